"""Setting a story's publication date after loading (the viewer's "Set Story Date…").

Contract
--------
:func:`set_story_date` is pure: it returns new source and event lists and never mutates the timeline.
The story gets the new date (``date_source`` ``user``, or ``unknown`` when the date is cleared); its text is
scanned again against that date, so its relative dates resolve (or, cleared, stay unresolved); the events
built from that story are rebuilt from its new mentions:

* an event the user edited is kept as it is;
* any other event loses this story's mentions; one left without mentions is dropped;
* the story's new events (datelines set aside, :func:`timeline.pipeline.events_for`) are added with fresh
  ids; they are not merged with other stories' events (a full re-run of the pipeline does that).

Events are returned in time order; no event id changes except for the new ones.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from timeline.model import Event, Source, Timeline


def set_story_date(tl: Timeline, source_id: str, date: dt.date | None) -> tuple[list[Source], list[Event]]:
    """The timeline's sources and events after giving story ``source_id`` the date ``date`` (see module
    docstring). Raises ``KeyError`` for an unknown story."""
    from timeline.pipeline import events_for, story_mentions

    i = next((k for k, s in enumerate(tl.sources) if s.id == source_id), -1)
    if i < 0:
        raise KeyError(source_id)
    old = tl.sources[i]
    src = dataclasses.replace(old, date=date, date_source="user" if date else "unknown",
                              date_evidence="set by the user" if date else "date cleared by the user")
    mentions = story_mentions(src.text, date, date is not None)
    src.unresolved = sum(1 for m in mentions if m.value is None)
    edited_spans = {(r.start, r.end) for e in tl.events if e.edited for r in e.mentions if r.source_id == source_id}
    mentions = [m for m in mentions if (m.start, m.end) not in edited_spans]
    kept: list[Event] = []
    for e in tl.events:
        if e.edited or source_id not in e.source_ids:
            kept.append(e)
            continue
        refs = [r for r in e.mentions if r.source_id != source_id]
        if refs:
            kept.append(dataclasses.replace(e, mentions=refs))
    new = events_for([src], {src.id: mentions})
    allocator = Timeline(events=[*kept, *tl.events])  # never reuse an id, not even one dropped here
    reserved: list[str] = []
    for e in new:
        e.id = allocator.new_event_id(reserved)
        reserved.append(e.id)
    sources = list(tl.sources)
    sources[i] = src
    events = sorted(kept + new, key=lambda e: (e.time.start, e.time.end))
    return sources, events


def undated_sources(tl: Timeline) -> list[Source]:
    """The stories without a publication date."""
    return [s for s in tl.sources if s.date is None]
