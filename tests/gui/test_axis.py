"""The calendar axis: the shared tick engine (gui.presentation.ticks), labels in both languages,
dates before 1970, the same ticks on screen as in an export."""

from __future__ import annotations

import datetime as dt

from gui.presentation.ticks import TICK_SPECS, choose_ticks, tick_label
from timeline.model import day_number


def _labels(d0: dt.date, d1: dt.date, width: float, lang: str) -> list[str]:
    ticks, _ = choose_ticks(day_number(d0), day_number(d1), width, lang)
    return [t.label for t in ticks if t.major and t.label]


def test_levels_adapt_to_zoom():
    assert _labels(dt.date(2016, 1, 1), dt.date(2026, 1, 1), 1200, "en")[:3] == ["2016", "2017", "2018"]
    assert all(len(s) == 4 for s in _labels(dt.date(1900, 1, 1), dt.date(2026, 1, 1), 1000, "en"))
    days = _labels(dt.date(2026, 2, 1), dt.date(2026, 2, 11), 1000, "en")
    assert days[0] == "1 Feb 2026" and "2" in days
    assert [(t.unit, t.n) for t in TICK_SPECS][:2] == [("day", 1), ("day", 2)]  # the table, finest first


def test_month_ticks_and_chinese_labels():
    zh = _labels(dt.date(2025, 11, 15), dt.date(2026, 4, 2), 1000, "zh")
    assert zh[0] == "2025年12月" and "2026年1月" in zh and "2月" in zh
    assert tick_label(dt.date(2026, 2, 1), "month", 1, "en", first=True) == "Feb 2026"


def test_decades_and_days_before_1970():
    assert _labels(dt.date(1901, 1, 1), dt.date(1960, 1, 1), 1000, "zh")[:2] == ["1910年代", "1920年代"]
    assert tick_label(dt.date(1910, 1, 1), "year", 10, "en") == "1910s"
    assert tick_label(dt.date(1911, 10, 10), "day", 1, "zh", first=True) == "1911年10月10日"
    assert tick_label(dt.date(1911, 10, 10), "day", 1, "en") == "10"


def test_date_axis_shows_the_engine_ticks(window):
    """The canvas's date axis labels exactly what the shared engine gives for its range and width."""
    from PySide6.QtGui import QFontMetricsF

    from gui.presentation.ticks import scale_ticks
    from gui.presentation.timescale import linear_scale

    axis = window.canvas.date_axis
    x0, x1 = day_number(dt.date(2025, 11, 15)), day_number(dt.date(2026, 4, 2))
    levels = axis.tickValues(x0, x1, 900)
    shown = dict(zip(levels[0][1], axis.tickStrings(levels[0][1], 1.0, levels[0][0]), strict=True))
    fm = QFontMetricsF(axis.style.get("tickFont") or axis.font())
    ticks = scale_ticks(linear_scale(x0, x1), 900, "en", fm.horizontalAdvance, min_gap=18,
                        min_spacing=axis.min_label_px * 0.9)
    assert shown == {t.day: t.label for t in ticks if t.major and t.label}
    assert "Dec 2025" in shown.values() or "2025" in "".join(shown.values())
