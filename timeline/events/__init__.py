"""From temporal mentions to timeline events.

Public contract
---------------
``build_events(sources, mentions, gazetteer=None, keywords=None) -> list[Event]``
    ``sources`` are the articles; ``mentions`` maps a source id to the temporal mentions found in
    that source's text (offsets into ``Source.text``). Returns the events, each carrying the
    :class:`~timeline.model.MentionRef` of every mention it was built from, merged across articles
    and languages. Mentions that anchor no event of their own (reference-only dates) are left out of
    every event. See :mod:`timeline.events.builder` for the rules.
``load_gazetteer(paths, include_default=False) -> Gazetteer``
    Actor gazetteer files (TSV or JSON); ``default_gazetteer()`` is ``resources/actors.tsv`` plus the
    files listed in ``$TIMELINE_ACTORS``.
"""

from timeline.events.builder import build_events
from timeline.events.gazetteer import Gazetteer, GazetteerError, default_gazetteer, load_gazetteer
from timeline.events.keywords import KeywordTable, default_keywords, load_keywords

__all__ = ["build_events", "Gazetteer", "GazetteerError", "default_gazetteer", "load_gazetteer",
           "KeywordTable", "default_keywords", "load_keywords"]
