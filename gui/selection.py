"""The one selection and filter state that the canvas and the event list share.

Before, the canvas and the event table each stored the selection and kept each other in step through a
``_syncing`` flag. Now one :class:`SelectionModel` holds

* ``current``: the index (into ``timeline.events``) of the selected event, ``-1`` when none;
* ``mask``: the search filter, a boolean array over ``timeline.events`` or ``None`` (everything shown).

Views write to it (``set_current``, ``set_mask``) and observe it (``currentChanged``, ``filterChanged``).
``set_current`` only emits when the value really changes, so a view that follows the model and writes the
same value back ends the round trip there: no feedback loop and no guard flag.

``reset`` changes the state without telling anyone; it is for the moment a document is replaced and
every view is rebuilt from scratch anyway.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Signal


class SelectionModel(QObject):
    """Selected event and filter mask shared by every view of one timeline (see module docstring)."""

    currentChanged = Signal(int)     # noqa: N815 (Qt naming)
    filterChanged = Signal(object)   # noqa: N815 (np.ndarray | None)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current = -1
        self._mask: np.ndarray | None = None

    @property
    def current(self) -> int:
        """The selected event's index, ``-1`` when none."""
        return self._current

    @property
    def mask(self) -> np.ndarray | None:
        """The filter over ``timeline.events`` (``None``: all shown)."""
        return self._mask

    def set_current(self, index: int) -> bool:
        """Select event ``index`` (``-1`` clears); emits ``currentChanged`` and returns True only when the
        selection changed."""
        index = int(index)
        if index < 0:
            index = -1
        if index == self._current:
            return False
        self._current = index
        self.currentChanged.emit(index)
        return True

    def set_mask(self, mask: np.ndarray | None) -> None:
        """Filter the views to events whose entry is true (``None`` shows all); always emits
        ``filterChanged`` (a new mask with the same content still asks views to reveal the hits)."""
        self._mask = None if mask is None else np.asarray(mask, dtype=bool)
        self.filterChanged.emit(self._mask)

    def reset(self, current: int | None = None, mask: np.ndarray | None | bool = False) -> None:
        """Set ``current`` and/or ``mask`` silently (``mask=False``: leave it), for views being rebuilt."""
        if current is not None:
            self._current = max(int(current), -1)
        if mask is not False:
            self._mask = None if mask is None else np.asarray(mask, dtype=bool)
