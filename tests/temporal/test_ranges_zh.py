"""Chinese clock ranges, ranges of times of day and of 旬, weekly timetables, leap lunar months and an event's day
told after its 當日 (issue 13, session 8; from the twelfth and thirteenth fresh sets). Each example asserts the rule
that read it, so that a later rule taking the words over shows here. Examples written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import extract

CASES = [
    # text, article date, mention, value, granularity, rule that made it
    ("5月8日上午9時至11時半開放。", "2026-05-06", "5月8日上午9時至11時半",
     "2026-05-08T09:00/2026-05-08T11:30", "time", "zh_clock_range"),
    ("今天下午兩點到五點停水。", "2026-05-06", "今天下午兩點到五點", "2026-05-06T14:00/2026-05-06T17:00", "time",
     "zh_clock_range"),
    ("昨晚11點至1點，道路封閉。", "2026-05-06", "昨晚11點至1點", "2026-05-05T23:00/2026-05-06T01:00", "time",
     "zh_clock_range"),
    ("今晚7點到7點30開會。", "2026-05-06", "今晚7點到7點30", "2026-05-06T19:00/2026-05-06T19:30", "time",
     "zh_clock_range"),
    ("週六凌晨至週日清晨有暴雨。", "2026-05-06", "週六凌晨至週日清晨", "2026-05-09TNI/2026-05-10TMO", "time",
     "zh_range"),
    ("上週二至週四，工廠停工。", "2026-05-06", "上週二至週四", "2026-04-28/2026-04-30", "day", "zh_range"),
    ("項目將於3月中旬至5月上旬試運行。", "2026-02-01", "3月中旬至5月上旬", "2026-03-11/2026-05-10", "xun", "zh_range"),
    ("2028年農曆閏五月初十，村裡修了橋。", "2026-05-06", "2028年農曆閏五月初十", "2028-07-02", "day",
     "zh_lunar_date"),
    ("春節黃金週期間，客流大增。", "2026-02-25", "春節黃金週期間", "2026-02-17", "day", "zh_festival"),
    ("事發當日上午，他曾報警。事故發生在本月3日。", "2026-05-06", "當日上午", "2026-05-03TMO", "time", "zh_same_day"),
    ("2026年第12週貨運量增長。第13週以來，運價回調。", "2026-04-02", "第13週以來", "2026-W13", "week", "zh_bare_part"),
    ("該集團2026財年第一季（截至2026年6月30日）虧損收窄。", "2026-08-10", "2026財年第一季", "2026-04-01/2026-06-30",
     "quarter", "zh_fiscal"),
    ("中秋節當晚9時，煙火表演開始。", "2026-09-20", "中秋節當晚9時", "2026-09-25T21:00", "time", "zh_festival"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[2] for c in CASES])
def test_read_by_its_rule(case: tuple[str, str, str, str, str, str]) -> None:
    text, ref, mention, value, gran, rule = case
    got = [(m.text, m.value, m.granularity, m.rule) for m in extract(text, dt.date.fromisoformat(ref))]
    assert (mention, value, gran, rule) in got, got


@pytest.mark.parametrize("text", [
    "週一至週五上午9點至下午5點受理。",  # office hours: a weekly timetable
    "每週二至週四下午開放。",  # the other end of a frequency's range
    "星期一到星期五9:00-17:00營業。",
    "事發當日上午，他曾報警。",  # an event's day the text never tells
    "懷孕第13週以來，她一直在家休養。",  # a bare week number with no week of a year told: a count
])
def test_no_date(text: str) -> None:
    assert [(m.text, m.value) for m in extract(text, dt.date(2026, 5, 6)) if m.value] == []
