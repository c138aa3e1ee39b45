"""Undoable edits (``QUndoCommand`` subclasses) on a :class:`gui.document.Document`.

Contract: every command computes the new event list in its constructor with the domain edits of
:mod:`timeline.edits` (merge, split, id allocation: tested without Qt) and swaps whole lists in
``redo``/``undo`` (events are never mutated), so undo restores exactly the previous state.
``select_id`` is the event id the viewer selects after the command runs (``None`` = clear); after undo
the previously selected id is offered instead.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from gui.i18n import tr
from timeline import edits
from timeline.model import Event, TimeSpan


def _short(title: str) -> str:
    return title if len(title) <= 20 else title[:19] + "…"


class SnapshotCommand(QUndoCommand):
    """Base: swap ``doc.timeline.events`` between the list before and the list after."""

    def __init__(self, doc, text: str, new_events: list[Event], select_after: str | None,
                 select_before: str | None = None) -> None:
        super().__init__(text)
        self.doc = doc
        self.before = list(doc.timeline.events)
        self.after = new_events
        self.select_after = select_after
        self.select_before = select_before
        self.select_id: str | None = None

    def redo(self) -> None:
        self.select_id = self.doc.select_hint = self.select_after
        self.doc.set_events(list(self.after))

    def undo(self) -> None:
        self.select_id = self.doc.select_hint = self.select_before
        self.doc.set_events(list(self.before))


def _title(doc, event_id: str) -> str:
    i = doc.index_of(event_id)
    if i < 0:
        raise KeyError(event_id)
    return doc.timeline.events[i].title


class RenameCommand(SnapshotCommand):
    def __init__(self, doc, event_id: str, title: str) -> None:
        old = _title(doc, event_id)
        events = edits.replace_event(doc.timeline, event_id, title=title)
        super().__init__(doc, tr("Rename {title}").format(title=_short(old)), events, event_id, event_id)


class RedateCommand(SnapshotCommand):
    def __init__(self, doc, event_id: str, time: TimeSpan) -> None:
        old = _title(doc, event_id)
        events = edits.replace_event(doc.timeline, event_id, time=time)
        super().__init__(doc, tr("Re-date {title}").format(title=_short(old)), events, event_id, event_id)


class MoveLaneCommand(SnapshotCommand):
    def __init__(self, doc, event_id: str, mode: str, lane: str) -> None:
        old = _title(doc, event_id)
        events = edits.move_to_lane(doc.timeline, event_id, mode, lane)
        super().__init__(doc, tr("Move {title} to {lane}").format(title=_short(old), lane=lane), events,
                         event_id, event_id)


class DeleteCommand(SnapshotCommand):
    def __init__(self, doc, event_ids: list[str]) -> None:
        events = edits.delete_events(doc.timeline, event_ids)
        super().__init__(doc, tr("Delete {n} events").format(n=len(set(event_ids))), events, None,
                         event_ids[0] if event_ids else None)


class AddCommand(SnapshotCommand):
    def __init__(self, doc, event: Event) -> None:
        events, self.event = edits.add_event(doc.timeline, event)
        super().__init__(doc, tr("Add {title}").format(title=_short(self.event.title)), events, self.event.id)


merge_events = edits.merge_events  # kept for callers of the old name


class MergeCommand(SnapshotCommand):
    """Merge ``event_ids`` (at least two) into the first of them, at its place (:func:`timeline.edits.merge`)."""

    def __init__(self, doc, event_ids: list[str]) -> None:
        ids = list(dict.fromkeys(event_ids))
        events = edits.merge(doc.timeline, ids)
        super().__init__(doc, tr("Merge {n} events").format(n=len(ids)), events, ids[0], ids[0])


class SplitCommand(SnapshotCommand):
    """Split an event with several mentions into one event per mention (:func:`timeline.edits.split`)."""

    def __init__(self, doc, event_id: str) -> None:
        old = _title(doc, event_id)
        events = edits.split(doc.timeline, event_id)
        super().__init__(doc, tr("Split {title}").format(title=_short(old)), events, event_id, event_id)


class StoryDateCommand(QUndoCommand):
    """Give one story a publication date (or clear it): :func:`timeline.storydate.set_story_date` re-resolves
    that story's relative dates and rebuilds its events; undo swaps the sources and events back."""

    def __init__(self, doc, source_id: str, date) -> None:
        from timeline.storydate import set_story_date

        src = next(s for s in doc.timeline.sources if s.id == source_id)
        super().__init__(tr("Set date of {title}").format(title=_short(src.title)))
        self.doc = doc
        self.before = (list(doc.timeline.sources), list(doc.timeline.events))
        self.after = set_story_date(doc.timeline, source_id, date)
        self.select_id: str | None = None

    def _apply(self, state) -> None:
        self.doc.select_hint = None
        self.doc.timeline.sources = list(state[0])
        self.doc.set_events(list(state[1]))

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)
