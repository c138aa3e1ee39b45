"""Edits of a timeline's events as plain functions (no Qt): what the viewer's undo commands apply.

Contract: every function takes a :class:`~timeline.model.Timeline` and returns a NEW event list (the
timeline is not changed); events are replaced with :func:`dataclasses.replace`, never mutated, and every
changed or new event is marked ``edited=True``. New ids come from the one allocator,
:meth:`Timeline.new_event_id`. Unknown ids raise ``KeyError``; an edit that makes no sense (merging one
event, splitting an event with a single mention) raises ``ValueError``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from timeline.model import Event, MentionRef, Timeline, TimeSpan


def _index(timeline: Timeline, event_id: str) -> int:
    for i, e in enumerate(timeline.events):
        if e.id == event_id:
            return i
    raise KeyError(event_id)


def replace_event(timeline: Timeline, event_id: str, **changes: Any) -> list[Event]:
    """The events with ``event_id`` changed (``title=``, ``time=``, ``lanes=`` ...) and marked edited."""
    events = list(timeline.events)
    i = _index(timeline, event_id)
    events[i] = replace(events[i], edited=True, **changes)
    return events


def move_to_lane(timeline: Timeline, event_id: str, mode: str, lane: str) -> list[Event]:
    """The events with ``event_id`` put in ``lane`` under lane mode ``mode`` (actor, article, tag)."""
    old = timeline.events[_index(timeline, event_id)]
    return replace_event(timeline, event_id, lanes={**old.lanes, mode: lane})


def delete_events(timeline: Timeline, event_ids: list[str]) -> list[Event]:
    """The events without ``event_ids`` (ids not present are ignored)."""
    ids = set(event_ids)
    return [e for e in timeline.events if e.id not in ids]


def add_event(timeline: Timeline, event: Event) -> tuple[list[Event], Event]:
    """The events with ``event`` appended (a fresh id when it has none or a taken one), and that event."""
    if not event.id or any(e.id == event.id for e in timeline.events):
        event = replace(event, id=timeline.new_event_id())
    event = replace(event, edited=True)
    return [*timeline.events, event], event


def merge_events(events: list[Event]) -> Event:
    """One event from several: the first one's id, title and date; all mentions (once each), actors and
    tags in order; the first non-empty summary."""
    if not events:
        raise ValueError("nothing to merge")
    first = events[0]
    mentions: list[MentionRef] = []
    actors: list[str] = []
    tags: list[str] = []
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


def merge(timeline: Timeline, event_ids: list[str]) -> list[Event]:
    """The events with ``event_ids`` (at least two distinct) merged into the first of them, at its place."""
    ids = list(dict.fromkeys(event_ids))
    if len(ids) < 2:
        raise ValueError("merge needs at least two events")
    by_id = {e.id: e for e in timeline.events}
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise KeyError(missing[0])
    merged = merge_events([by_id[i] for i in ids])
    drop = set(ids[1:])
    return [merged if e.id == ids[0] else e for e in timeline.events if e.id not in drop]


def split(timeline: Timeline, event_id: str) -> list[Event]:
    """The events with ``event_id`` (two or more mentions) split into one event per mention, in its place:
    the first keeps the id, the others get fresh ids and, when their mention states a valid date, that
    date."""
    i = _index(timeline, event_id)
    e = timeline.events[i]
    if len(e.mentions) < 2:
        raise ValueError("only an event with several mentions can be split")
    parts = [replace(e, mentions=[e.mentions[0]], edited=True)]
    handed_out: list[str] = []
    for m in e.mentions[1:]:
        new_id = timeline.new_event_id(handed_out)
        handed_out.append(new_id)
        time = e.time
        if m.value:
            try:
                time = TimeSpan.from_value(m.value, m.granularity, m.mod)
            except ValueError:
                pass
        parts.append(replace(e, id=new_id, mentions=[m], time=time, edited=True))
    events = list(timeline.events)
    events[i:i + 1] = parts
    return events
