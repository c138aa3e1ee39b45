"""Placeholder event builder: one event per mention, titled by its sentence (to be replaced)."""

from __future__ import annotations

from timeline.model import Event, MentionRef, Source, TemporalMention

_ENDS = "。！？!?\n"


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    a = start
    while a > 0 and text[a - 1] not in _ENDS:
        a -= 1
    b = end
    while b < len(text) and text[b] not in _ENDS:
        b += 1
    if b < len(text) and text[b] != "\n":
        b += 1
    while a < b and text[a].isspace():
        a += 1
    return a, b


def build_events(sources: list[Source], mentions: dict[str, list[TemporalMention]]) -> list[Event]:
    events: list[Event] = []
    for src in sources:
        for m in mentions.get(src.id, []):
            span = m.span()
            if span is None:
                continue
            s0, s1 = sentence_bounds(src.text, m.start, m.end)
            sentence = src.text[s0:s1]
            ref = MentionRef(src.id, m.start, m.end, m.text, s0, s1, m.value, m.granularity, m.mod)
            events.append(Event(id=f"e{len(events) + 1}", time=span, title=sentence[:30], summary=sentence,
                                 mentions=[ref]))
    return events
