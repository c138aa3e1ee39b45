"""A season has no sharp edges: "last spring" (March - May) and "二季度" (April - June) may tell one day of both, so
they are compatible dates for a merge, as a week across a month end is (a retelling by season joined nothing once
a quarter's telling had joined the day's event). A season and a period it does not touch stay apart. Own texts;
names no list holds."""

from __future__ import annotations

import datetime as dt

from tests.events.built import events_of
from timeline.events.reference import compatible
from timeline.model import TimeSpan


def _span(a: str, b: str, gran: str, value: str) -> TimeSpan:
    return TimeSpan(dt.date.fromisoformat(a), dt.date.fromisoformat(b), gran, None, value)  # type: ignore[arg-type]


SPRING = _span("2030-03-01", "2030-05-31", "season", "2030-SP")
Q2 = _span("2030-04-01", "2030-06-30", "quarter", "2030-Q2")
Q3 = _span("2030-07-01", "2030-09-30", "quarter", "2030-Q3")
DAY = _span("2030-04-15", "2030-04-15", "day", "2030-04-15")
JUNE_DAY = _span("2030-06-20", "2030-06-20", "day", "2030-06-20")


def test_a_season_and_an_overlapping_period_are_compatible():
    assert compatible(SPRING, Q2) and compatible(Q2, SPRING)
    assert not compatible(SPRING, Q3)
    assert compatible(SPRING, DAY) and not compatible(SPRING, JUNE_DAY)  # a day must lie inside the season


DAY_TELLING = "棠溪物流收購鷺洲倉儲\n（2030年4月16日）\n棠溪物流4月15日宣布收購鷺洲倉儲60%股權，作價4.5億元。\n"
QUARTER_TELLING = "棠溪物流二季度回顧\n（2030年7月10日）\n棠溪物流二季度宣布以4.5亿元收购鹭洲仓储60%股权。\n"
SEASON_TELLING = ("Tangxi Logistics in 2030\nJanuary 8, 2031 — Last spring Tangxi Logistics agreed to buy 60% of "
                  "Luzhou Warehousing.\n")


def test_a_season_retelling_joins_an_event_a_quarter_retelling_joined(tmp_path):
    events = events_of(tmp_path, {"a.txt": DAY_TELLING, "b.txt": QUARTER_TELLING, "c.txt": SEASON_TELLING})
    assert [len(e.source_ids) for e in events] == [3], [(e.time.value, e.title, e.source_ids) for e in events]
