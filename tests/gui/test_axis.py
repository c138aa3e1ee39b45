"""The calendar axis: adaptive units, labels in both languages, dates before 1970."""

from __future__ import annotations

import datetime as dt

from gui.axis import choose_unit, tick_days, tick_label
from timeline.model import day_number


def test_units_adapt_to_zoom():
    assert choose_unit(3652.5 / 1000, 80) == ("year", 1)       # ten years on 1000 px
    assert choose_unit(3652.5 * 3 / 1000, 80) == ("year", 5)   # thirty years
    assert choose_unit(400 * 365 / 1000, 80)[0] == "year" and choose_unit(400 * 365 / 1000, 80)[1] >= 20
    assert choose_unit(365 / 1000, 80)[0] == "month"
    assert choose_unit(10 / 1000, 80) == ("day", 1)


def test_month_ticks_and_chinese_labels():
    x0, x1 = day_number(dt.date(2025, 11, 15)), day_number(dt.date(2026, 4, 2))
    ticks = tick_days(x0, x1, "month", 1)
    labels = [tick_label(t, "month", 1, "zh") for t in ticks]
    assert "2026年2月" in labels and labels[0] == "2025年12月"
    assert tick_label(ticks[2], "month", 1, "en") == "Feb 2026"


def test_decades_and_days():
    ticks = tick_days(day_number(dt.date(1901, 1, 1)), day_number(dt.date(1960, 1, 1)), "year", 10)
    assert [tick_label(t, "year", 10, "zh") for t in ticks][:2] == ["1910年代", "1920年代"]
    assert tick_label(ticks[0], "year", 10, "en") == "1910s"
    d = day_number(dt.date(1911, 10, 10))
    assert tick_label(d, "day", 1, "zh") == "10月10日" and tick_label(d, "day", 1, "en") == "10 Oct"
    week = tick_days(d, d + 30, "day", 7)
    assert all(dt.date.fromordinal(int(t) + 719163).weekday() == 0 for t in week)
