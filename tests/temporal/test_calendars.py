"""Islamic, Jewish and Hindu festivals (timeline/temporal/calendars.py): days checked against published calendars."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import calendars, lexicon, lunar
from timeline.temporal.api import extract

D = dt.date


@pytest.mark.parametrize(("name", "year", "first", "last"), [
    ("Ramadan", 2024, D(2024, 3, 11), D(2024, 4, 9)),  # Umm al-Qura: 1 Ramadan 1445 to 30 Ramadan
    ("Eid al-Fitr", 2024, D(2024, 4, 10), None),
    ("Eid al-Adha", 2024, D(2024, 6, 16), None),
    ("Eid al-Adha", 2007, D(2007, 12, 20), None),  # 2006 had two: December and January
    ("Yom Kippur", 2023, D(2023, 9, 25), None),  # the day, not the evening before
    ("Passover", 2024, D(2024, 4, 23), D(2024, 4, 30)),  # eight days, as kept outside Israel
    ("Hanukkah", 2024, D(2024, 12, 26), D(2025, 1, 2)),  # runs into the next Gregorian year
    ("Rosh Hashanah", 2025, D(2025, 9, 23), D(2025, 9, 24)),
    ("Purim", 2024, D(2024, 3, 24), None),  # 5784 is a leap year: Adar II
    ("Tisha B'Av", 2015, D(2015, 7, 26), None),  # 9 Av fell on a Saturday: kept on Sunday
    ("Diwali", 2023, D(2023, 11, 12), None),  # Hindu festivals: the table of hindu_table.py, days as kept in India
    ("Diwali", 1950, D(1950, 11, 9), None),  # Diwali's table reaches 1901-2100
    ("Holika Dahan", 2024, D(2024, 3, 24), None),  # the day before Holi
    ("Bhai Dooj", 2024, D(2024, 11, 3), None),  # the day after Govardhan Puja
    ("Navratri", 2023, D(2023, 10, 15), D(2023, 10, 23)),  # to the day before Dussehra
    ("Durga Puja", 2023, D(2023, 10, 20), D(2023, 10, 24)),  # Shashthi to Dashami (Dussehra)
    ("Chaitra Navratri", 2024, D(2024, 4, 9), D(2024, 4, 17)),
    ("Rabindra Jayanti", 2019, D(2019, 5, 9), None),  # 25 Boishakh: 24 days after Pohela Boishakh
    ("Parsi New Year", 2018, D(2018, 8, 17), None),  # 365 days a year, no leap day
    ("Parsi New Year", 2022, D(2022, 8, 16), None),
])
def test_feast_days(name: str, year: int, first: dt.date, last: dt.date | None) -> None:
    assert calendars.first_day(name, year) == first
    assert calendars.last_day(name, first) == last


def test_out_of_range_is_none() -> None:
    assert calendars.first_day("Eid al-Fitr", 2100) is None  # beyond Umm al-Qura's table
    assert calendars.first_day("Holi", 2040) is None  # beyond the Hindu table's years (2001-2035)
    assert calendars.first_day("Diwali", 2101) is None


def test_hindu_table_is_current() -> None:
    """Every table a festival names is in the generated module (scripts/make_hindu_table.py writes it)."""
    from timeline.temporal.hindu_table import DATES

    for name, feast in calendars.HINDU_FEASTS.items():
        for t in (*feast.tables, *(feast.until or ())):
            assert t in DATES, (name, t)
    for key, name in lexicon.EN_HOLIDAYS.items():
        if name in calendars.HINDU_FEASTS:
            assert lunar.festival_date(name, 2024) is not None, key


def test_both_languages_share_one_declaration() -> None:
    for zh, en in calendars.ZH_NAMES.items():
        assert lunar.festival_date(zh if zh in lunar.FESTIVALS else _fold(zh), 2024) == calendars.first_day(en, 2024)


def _fold(text: str) -> str:
    from timeline.temporal.numerals import fold

    return fold(text)


@pytest.mark.parametrize(("text", "ref", "value"), [
    ("The fast of Ramadan ended this week, the ministry said.", "2024-04-12", "2024-03-11/2024-04-09"),
    ("Shops will close for Eid al-Adha.", "2024-06-01", "2024-06-16"),
    ("明年齋月將於三月開始", "2024-06-01", "2025-03-01/2025-03-29"),
    ("Families gathered last Passover.", "2025-01-10", "2024-04-23/2024-04-30"),
])
def test_told_without_year(text: str, ref: str, value: str) -> None:
    got = [m.value for m in extract(text, dt.date.fromisoformat(ref))]
    assert value in got, got
