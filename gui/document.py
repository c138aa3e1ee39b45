"""The open document: a timeline, its file, its undo stack and whether it has unsaved edits.

Contract: the viewer edits a timeline only through :mod:`gui.commands` pushed on ``undo_stack``;
commands replace ``timeline.events`` with a new list (events are replaced, never mutated in place),
then call :meth:`Document.notify` which emits ``changed``. ``modified`` is true when the undo stack is
not at its clean index or the document was restored from a recovery file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from timeline.model import Event, Timeline


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

    @property
    def modified(self) -> bool:
        try:
            return self.restored or not self.undo_stack.isClean()
        except RuntimeError:  # the stack is being destroyed with the window
            return False

    def set_timeline(self, tl: Timeline, path: Path | None = None, origin: str = "") -> None:
        self.timeline = tl
        self.path = path
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

    def mark_saved(self, path: Path) -> None:
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
