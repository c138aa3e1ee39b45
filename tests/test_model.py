"""The model keeps precision: a year stays a year, pre-1900 dates work, ranges and invalid values."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import Event, Source, Timeline, TimeSpan, day_number, from_day_number


@pytest.mark.parametrize("value,start,end,gran", [
    ("1999", "1999-01-01", "1999-12-31", "year"),
    ("2026-02", "2026-02-01", "2026-02-28", "month"),
    ("2024-02", "2024-02-01", "2024-02-29", "month"),
    ("2025-Q3", "2025-07-01", "2025-09-30", "quarter"),
    ("2025-H1", "2025-01-01", "2025-06-30", "half"),
    ("199X", "1990-01-01", "1999-12-31", "decade"),
    ("19XX", "1900-01-01", "1999-12-31", "century"),
    ("2026-W07", "2026-02-09", "2026-02-15", "week"),
    ("2025-01-X3", "2025-01-21", "2025-01-31", "xun"),
    ("1840-06-28", "1840-06-28", "1840-06-28", "day"),
    ("2025-11-27/2026-02-05", "2025-11-27", "2026-02-05", "day"),
])
def test_values_become_spans(value, start, end, gran):
    s = TimeSpan.from_value(value)
    assert (s.start.isoformat(), s.end.isoformat(), s.granularity) == (start, end, gran)
    assert TimeSpan.from_dict(s.to_dict()) == s


@pytest.mark.parametrize("bad", ["2026-02-30", "2026-13", "2026-Q5", "abc", "2026-03-01/2026-02-01", "0000"])
def test_invalid_values_raise(bad):
    with pytest.raises(ValueError):
        TimeSpan.from_value(bad)


def test_day_numbers_work_before_1970():
    d = dt.date(1850, 3, 4)
    assert day_number(d) < 0
    assert from_day_number(day_number(d)) == d


def test_compatibility_is_containment():
    year = TimeSpan.from_value("2014")
    day = TimeSpan.from_value("2014-09-19")
    other = TimeSpan.from_value("2013")
    assert year.compatible(day) and day.compatible(year)
    assert not other.compatible(day)


def test_timeline_round_trips_through_dict():
    src = Source(id="s1", title="T", text="文本", date=dt.date(2026, 2, 18))
    ev = Event(id="e1", time=TimeSpan.from_value("1999", mod="APPROX"), title="創立", actors=["Alibaba"],
               lanes={"actor": "Alibaba"}, edited=True)
    tl = Timeline(sources=[src], events=[ev], title="x", view={"lane_mode": "actor"})
    back = Timeline.from_dict(tl.to_dict())
    assert back == tl
    assert back.lanes("actor") == ["Alibaba"]


def test_season_and_time_values_keep_their_precision() -> None:
    from timeline.model import TimeSpan

    w = TimeSpan.from_value("2012-WI")
    assert (w.start.isoformat(), w.end.isoformat(), w.granularity) == ("2012-12-01", "2013-02-28", "season")
    t = TimeSpan.from_value("2013-03-22TAF")
    assert (t.start, t.end, t.granularity) == (t.start, t.start, "time") and t.start.isoformat() == "2013-03-22"
    assert TimeSpan.from_value("2013-03-23T15:00").granularity == "time"
    assert TimeSpan.from_dict(t.to_dict()) == t
