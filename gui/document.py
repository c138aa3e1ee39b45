"""The open document: a timeline, its file, its undo stack and whether it has unsaved edits.

Contract: the viewer edits a timeline only through :mod:`gui.commands` pushed on ``undo_stack``;
commands replace ``timeline.events`` with a new list (events are replaced, never mutated in place),
then call :meth:`Document.notify` which emits ``changed``. ``modified`` is true when the undo stack is
not at its clean index or the document was restored from a recovery file. :meth:`Document.changed_on_disk`
tells whether another program or window changed the project file since this document read or saved it
(size, modification time and SHA-256 are kept in ``disk_stamp``).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from timeline.model import Event, Timeline


class DiskStamp:
    """A project file as one window saw it: its path, size, modification time and SHA-256."""

    __slots__ = ("mtime_ns", "path", "sha256", "size")

    def __init__(self, path: Path, size: int, mtime_ns: int, sha256: str) -> None:
        self.path, self.size, self.mtime_ns, self.sha256 = path, size, mtime_ns, sha256


def disk_stamp(path: Path) -> DiskStamp | None:
    """The :class:`DiskStamp` of ``path`` now, or ``None`` when it cannot be read."""
    try:
        st = os.stat(path)
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return None
    return DiskStamp(Path(path), st.st_size, st.st_mtime_ns, h.hexdigest())


class Document(QObject):
    changed = Signal()
    modifiedChanged = Signal(bool)  # noqa: N815

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.timeline = Timeline()
        self.path: Path | None = None          # the project file, once saved/opened as a project
        self.origin: str = ""                  # what was opened (corpus path or project)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self.restored = False
        self.select_hint: str | None = None    # event id a command wants selected after it ran
        self.undo_stack.cleanChanged.connect(lambda clean: self.modifiedChanged.emit(self.modified))
        self.disk_stamp: DiskStamp | None = None  # the project file as this window last read or wrote it

    @property
    def modified(self) -> bool:
        try:
            return self.restored or not self.undo_stack.isClean()
        except RuntimeError:  # the stack is being destroyed with the window
            return False

    def set_timeline(self, tl: Timeline, path: Path | None = None, origin: str = "",
                     stamp: DiskStamp | None = None) -> None:
        """Show ``tl``; ``stamp`` is the project file as it was read (taken now from ``path`` if not given)."""
        self.timeline = tl
        self.path = path
        self.disk_stamp = stamp if stamp is not None or path is None else disk_stamp(path)
        self.origin = origin
        self.restored = False
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.changed.emit()
        self.modifiedChanged.emit(False)

    def set_events(self, events: list[Event]) -> None:
        self.timeline.events = events
        self.notify()

    def notify(self) -> None:
        self.changed.emit()

    def changed_on_disk(self, path: Path | None = None) -> bool:
        """Whether the project file was changed by someone else since this window read or wrote it.

        Compares size, modification time and content hash with :attr:`disk_stamp`; a file that was
        touched but holds the same bytes is not a change, and a file that is gone is not one either
        (saving recreates it).
        """
        path = path or self.path
        if path is None or self.disk_stamp is None or Path(path) != self.disk_stamp.path:
            return False
        now = disk_stamp(Path(path))
        return now is not None and now.sha256 != self.disk_stamp.sha256

    def mark_saved(self, path: Path) -> None:
        self.disk_stamp = disk_stamp(path)
        self.path = path
        self.restored = False
        self.undo_stack.setClean()
        self.modifiedChanged.emit(False)

    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        if self.origin:
            return Path(self.origin).name
        return self.timeline.title or "Untitled"

    def index_of(self, event_id: str) -> int:
        for i, e in enumerate(self.timeline.events):
            if e.id == event_id:
                return i
        return -1
