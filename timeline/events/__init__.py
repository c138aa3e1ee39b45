"""From temporal mentions to timeline events.

Public contract
---------------
``build_events(sources, mentions) -> list[Event]``
    ``sources`` are the articles; ``mentions`` maps a source id to the temporal mentions found in
    that source's text (offsets into ``Source.text``). Returns the events, each carrying the
    :class:`~timeline.model.MentionRef` of every mention it was built from, merged across articles
    and languages. Mentions that anchor no event of their own are left out of every event.
"""

from timeline.events.builder import build_events

__all__ = ["build_events"]
