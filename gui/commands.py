"""Undoable edits (``QUndoCommand`` subclasses) on a :class:`gui.document.Document`.

Contract: every command computes the new event list in its constructor and swaps whole lists in
``redo``/``undo`` (events are dataclasses replaced with :func:`dataclasses.replace`, never mutated), so
undo restores exactly the previous state. ``select_id`` is the event id the viewer selects after the
command runs (``None`` = clear); after undo the previously selected id is offered instead.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from gui.i18n import tr
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


def _replace_one(doc, event_id: str, **changes) -> tuple[list[Event], Event]:
    events = list(doc.timeline.events)
    i = doc.index_of(event_id)
    if i < 0:
        raise KeyError(event_id)
    old = events[i]
    events[i] = replace(old, edited=True, **changes)
    return events, old


class RenameCommand(SnapshotCommand):
    def __init__(self, doc, event_id: str, title: str) -> None:
        events, old = _replace_one(doc, event_id, title=title)
        super().__init__(doc, tr("Rename {title}").format(title=_short(old.title)), events, event_id, event_id)


class RedateCommand(SnapshotCommand):
    def __init__(self, doc, event_id: str, time: TimeSpan) -> None:
        events, old = _replace_one(doc, event_id, time=time)
        super().__init__(doc, tr("Re-date {title}").format(title=_short(old.title)), events, event_id, event_id)


class MoveLaneCommand(SnapshotCommand):
    def __init__(self, doc, event_id: str, mode: str, lane: str) -> None:
        old = doc.timeline.events[doc.index_of(event_id)]
        lanes = dict(old.lanes)
        lanes[mode] = lane
        events, _ = _replace_one(doc, event_id, lanes=lanes)
        super().__init__(doc, tr("Move {title} to {lane}").format(title=_short(old.title), lane=lane), events,
                         event_id, event_id)


class DeleteCommand(SnapshotCommand):
    def __init__(self, doc, event_ids: list[str]) -> None:
        ids = set(event_ids)
        events = [e for e in doc.timeline.events if e.id not in ids]
        super().__init__(doc, tr("Delete {n} events").format(n=len(ids)), events, None,
                         event_ids[0] if event_ids else None)


class AddCommand(SnapshotCommand):
    def __init__(self, doc, event: Event) -> None:
        if not event.id or doc.index_of(event.id) >= 0:
            event = replace(event, id=doc.timeline.new_event_id())
        event = replace(event, edited=True)
        self.event = event
        super().__init__(doc, tr("Add {title}").format(title=_short(event.title)),
                         [*doc.timeline.events, event], event.id)


def merge_events(events: list[Event]) -> Event:
    """One event from several: the first one's title and date, all mentions, actors and tags."""
    first = events[0]
    mentions, actors, tags = [], [], []
    seen = set()
    for e in events:
        for m in e.mentions:
            k = (m.source_id, m.start, m.end)
            if k not in seen:
                seen.add(k)
                mentions.append(m)
        actors.extend(a for a in e.actors if a not in actors)
        tags.extend(t for t in e.tags if t not in tags)
    return replace(first, mentions=mentions, actors=actors, tags=tags, edited=True,
                   summary=first.summary or next((e.summary for e in events if e.summary), ""))


class MergeCommand(SnapshotCommand):
    """Merge ``event_ids`` (at least two) into the first of them, at its place in the list."""

    def __init__(self, doc, event_ids: list[str]) -> None:
        if len(event_ids) < 2:
            raise ValueError("merge needs at least two events")
        ids = list(dict.fromkeys(event_ids))
        by_id = {e.id: e for e in doc.timeline.events}
        merged = merge_events([by_id[i] for i in ids])
        drop = set(ids[1:])
        events = [merged if e.id == ids[0] else e for e in doc.timeline.events if e.id not in drop]
        super().__init__(doc, tr("Merge {n} events").format(n=len(ids)), events, ids[0], ids[0])


class SplitCommand(SnapshotCommand):
    """Split an event with several mentions into one event per mention (the first keeps the id)."""

    def __init__(self, doc, event_id: str) -> None:
        i = doc.index_of(event_id)
        e = doc.timeline.events[i]
        if len(e.mentions) < 2:
            raise ValueError("only an event with several mentions can be split")
        parts = [replace(e, mentions=[e.mentions[0]], edited=True)]
        used = {x.id for x in doc.timeline.events}
        n = len(doc.timeline.events) + 1
        for m in e.mentions[1:]:
            while f"e{n}" in used:
                n += 1
            used.add(f"e{n}")
            time = e.time
            if m.value:
                try:
                    time = TimeSpan.from_value(m.value, m.granularity, m.mod)
                except ValueError:
                    pass
            parts.append(replace(e, id=f"e{n}", mentions=[m], time=time, edited=True))
        events = list(doc.timeline.events)
        events[i:i + 1] = parts
        super().__init__(doc, tr("Split {title}").format(title=_short(e.title)), events, event_id, event_id)
