"""The event list: a Qt model/view table over ``timeline.events``.

Contract
--------
* :class:`EventTableModel` has one row per event, in ``timeline.events`` order, and computes every cell
  on demand in :meth:`~EventTableModel.data` (no per-row objects are built up front, so 100k events
  cost nothing until they scroll into view). ``SORT_ROLE`` gives a cheap sort key per cell.
* :class:`EventFilterProxy` (a ``QSortFilterProxyModel``) sorts by ``SORT_ROLE`` and filters with a bool
  numpy mask over events (:meth:`~EventFilterProxy.set_mask`), the same mask the canvas uses.
* :class:`EventTable` is the view; ``event_at(proxy_row)`` / ``select_event(index)`` convert between
  view rows and event indices, and ``selected_events()`` lists the selected event indices.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from gui.i18n import tr
from timeline.model import GRANULARITIES, Event, Timeline

COLUMNS: tuple[str, ...] = ("Date (as written)", "Normalized", "Precision", "Title", "Actors", "Sources")
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
EVENT_ROLE = int(Qt.ItemDataRole.UserRole) + 2


def written_date(e: Event) -> str:
    """The date as the text states it (the first mention), else the normalized value."""
    return e.mentions[0].text if e.mentions else (e.time.value or e.time.start.isoformat())


def normalized_date(e: Event) -> str:
    t = e.time
    v = t.value or (t.start.isoformat() if t.start == t.end else f"{t.start.isoformat()}/{t.end.isoformat()}")
    return f"~{v}" if t.mod == "APPROX" else (f"{v} ({t.mod})" if t.mod else v)


def precision_text(e: Event) -> str:
    s = tr(e.time.granularity)
    return f"{s}, {tr('approximate')}" if e.time.mod else s


class EventTableModel(QAbstractTableModel):
    """Rows computed on demand from ``timeline.events`` (see module docstring)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None

    def set_timeline(self, tl: Timeline | None) -> None:
        self.beginResetModel()
        self.timeline = tl
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or self.timeline is None:
            return 0
        return len(self.timeline.events)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.timeline is None:
            return None
        e = self.timeline.events[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return written_date(e)
            if col == 1:
                return normalized_date(e)
            if col == 2:
                return precision_text(e)
            if col == 3:
                return e.title
            if col == 4:
                return ", ".join(e.actors)
            return str(len(e.source_ids))
        if role == SORT_ROLE:
            if col in (0, 1):
                return e.time.start.toordinal() * 100000 + e.time.end.toordinal() % 100000
            if col == 2:
                return GRANULARITIES.index(e.time.granularity) if e.time.granularity in GRANULARITIES else 99
            if col == 3:
                return e.title
            if col == 4:
                return ", ".join(e.actors)
            return len(e.source_ids)
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return e.summary or e.title
        if role == EVENT_ROLE:
            return index.row()
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 2), self.index(self.rowCount() - 1, 2))


class EventFilterProxy(QSortFilterProxyModel):
    """Sorting by ``SORT_ROLE`` and filtering by a numpy mask over event indices."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.mask: np.ndarray | None = None
        self.setSortRole(SORT_ROLE)

    def set_mask(self, mask: np.ndarray | None) -> None:
        self.beginFilterChange() if hasattr(self, "beginFilterChange") else None
        self.mask = None if mask is None else np.asarray(mask, dtype=bool)
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        m = self.mask
        return True if m is None or row >= m.size else bool(m[row])


class EventTable(QTableView):
    """The list view; see module docstring."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("eventList")
        self.source_model = EventTableModel(self)
        self.proxy = EventFilterProxy(self)
        self.proxy.setSourceModel(self.source_model)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        vh = self.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = self.horizontalHeader()
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col, w in ((0, 120), (1, 110), (2, 70), (4, 110), (5, 60)):
            self.setColumnWidth(col, w)

    def set_timeline(self, tl: Timeline | None) -> None:
        self.proxy.set_mask(None)
        self.source_model.set_timeline(tl)

    def event_at(self, proxy_row: int) -> int:
        return self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()

    def row_of(self, event_index: int) -> int:
        """The view row of an event, or -1 when it is filtered out."""
        return self.proxy.mapFromSource(self.source_model.index(event_index, 0)).row()

    def selected_events(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.selectionModel().selectedRows()}
        return sorted(rows)

    def select_event(self, index: int) -> None:
        """Make event ``index`` the current, only selected row and scroll to it (``-1`` clears)."""
        sm = self.selectionModel()
        if index < 0:
            sm.clearSelection()
            return
        r = self.row_of(index)
        if r < 0:
            sm.clearSelection()
            return
        idx = self.proxy.index(r, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        sm.setCurrentIndex(idx, flags)
        self.scrollTo(idx, QAbstractItemView.ScrollHint.EnsureVisible)
