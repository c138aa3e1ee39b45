"""The generated lunar month table agrees with lunar_python; festival placement."""

from __future__ import annotations

import datetime as dt

import pytest
from lunar_python import Lunar

from timeline.temporal import lunar


@pytest.mark.parametrize("year", [1900, 1949, 1987, 1999, 2000, 2017, 2020, 2023, 2025, 2026, 2033, 2057, 2099])
def test_table_matches_lunar_python(year: int) -> None:
    for month, day in ((1, 1), (1, 15), (5, 5), (8, 15), (9, 9), (12, 8), (12, 23)):
        s = Lunar.fromYmd(year, month, day).getSolar()
        assert lunar.lunar_to_solar(year, month, day) == dt.date(s.getYear(), s.getMonth(), s.getDay())


def test_known_festivals() -> None:
    assert lunar.festival_date("春節", 2026) == dt.date(2026, 2, 17)
    assert lunar.festival_date("除夕", 2026) == dt.date(2026, 2, 16)
    assert lunar.festival_date("除夕", 2025) == dt.date(2025, 1, 28)
    assert lunar.festival_date("中秋節", 2025) == dt.date(2025, 10, 6)
    assert lunar.festival_date("清明", 2026) == dt.date(2026, 4, 5)
    assert lunar.festival_date("感恩節", 2025) == dt.date(2025, 11, 27)
    assert lunar.festival_date("母親節", 2026) == dt.date(2026, 5, 10)


def test_nearest_occurrence() -> None:
    assert lunar.nearest("春節", dt.date(2026, 2, 16)) == dt.date(2026, 2, 17)
    assert lunar.nearest("中秋", dt.date(2026, 2, 18)) == dt.date(2025, 10, 6)
    assert lunar.nearest("春節", dt.date(2026, 1, 5)) == dt.date(2026, 2, 17)
    assert lunar.nearest("春節", dt.date(2025, 11, 1)) == dt.date(2025, 1, 29)


def test_outside_the_table_falls_back_to_lunar_python() -> None:
    s = Lunar.fromYmd(1850, 1, 1).getSolar()
    assert lunar.lunar_to_solar(1850, 1, 1) == dt.date(s.getYear(), s.getMonth(), s.getDay())
    assert lunar.lunar_to_solar(2026, 13, 1) is None
