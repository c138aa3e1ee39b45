"""An English sentence told as recent ("recently", no date mention) retells a dated event of its subject and
action from the weeks before its article, as Chinese 近日 / 日前 do (issue 12, deliver 4). Texts written for
the test."""

from __future__ import annotations

import datetime as dt

from timeline.model import Source

from .test_builder import events_for, mention

DATED = "On May 3, 2022, Corvane Motors completed its acquisition of Haiyu Data for 2.1 billion yuan."


def _src(sid: str, text: str, day: dt.date) -> Source:
    return Source(id=sid, title="", text=text, date=day, lang="en")


def test_recent_english_sentence_joins_the_dated_event():
    recent = "Corvane Motors recently completed an acquisition, people familiar with the matter said."
    evs = events_for((_src("a", DATED, dt.date(2022, 5, 4)), [mention(DATED, "May 3, 2022", "2022-05-03", "day")]),
                     (_src("b", recent, dt.date(2022, 5, 20)), []))
    (ev,) = evs
    assert set(ev.source_ids) == {"a", "b"} and ev.time.start == dt.date(2022, 5, 3)


def test_not_recent_or_not_told_as_recent_stays_apart():
    later = "Corvane Motors recently completed an acquisition, people familiar with the matter said."
    plain = "Corvane Motors completed an acquisition, people familiar with the matter said."
    other = "Corvane Motors recently completed an acquisition of Tamsin Foods."
    for text, day in ((later, dt.date(2022, 9, 30)), (plain, dt.date(2022, 5, 20)), (other, dt.date(2022, 5, 20))):
        (ev,) = events_for((_src("a", DATED, dt.date(2022, 5, 4)),
                            [mention(DATED, "May 3, 2022", "2022-05-03", "day")]), (_src("b", text, day), []))
        assert ev.source_ids == ["a"], text
