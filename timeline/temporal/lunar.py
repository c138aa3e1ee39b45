"""Festivals and lunar dates on the Gregorian calendar, through the ``lunar_python`` library.

Contract
--------
* :data:`FESTIVALS` maps a festival name (Traditional script, as the rules match it) to its definition:
  a lunar month/day, a solar month/day, a solar term, or an n-th weekday of a month.
* :func:`festival_date` is the Gregorian day of a festival in a given Gregorian year (``None`` if the
  festival is unknown); :func:`lunar_to_solar` converts a lunar month/day of the lunar year that begins in
  a Gregorian year; :func:`nearest` picks the occurrence a news article means by a bare festival: the one in
  the reference year unless that one lies more than ``window`` days after the reference date, else the
  year before (news speaks of the festival just past or just coming).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache

from lunar_python import Lunar, LunarYear, Solar


@lru_cache(maxsize=4096)
def lunar_to_solar(lunar_year: int, month: int, day: int) -> dt.date | None:
    """Gregorian date of lunar ``month``/``day`` in ``lunar_year`` (day 30 of a 29-day month is the last day)."""
    try:
        if day == 30:
            day = LunarYear.fromYear(lunar_year).getMonth(month).getDayCount()
        s = Lunar.fromYmd(lunar_year, month, day).getSolar()
    except Exception:  # lunar_python raises bare Exception for impossible dates
        return None
    return dt.date(s.getYear(), s.getMonth(), s.getDay())


def _lunar(month: int, day: int) -> Callable[[int], dt.date | None]:
    def f(year: int) -> dt.date | None:
        # lunar month 12 of the lunar year starting in year-1 falls in January/February of ``year``
        return lunar_to_solar(year - 1 if month == 12 else year, month, day)
    return f


def _new_years_eve(year: int) -> dt.date | None:
    first = lunar_to_solar(year, 1, 1)
    return first - dt.timedelta(days=1) if first else None


def _solar(month: int, day: int) -> Callable[[int], dt.date | None]:
    return lambda year: dt.date(year, month, day)


@lru_cache(maxsize=512)
def _jieqi(year: int, name: str) -> dt.date | None:
    for ly in (year, year + 1):
        table = Lunar.fromYmd(ly, 1, 1).getJieQiTable()
        for key, s in table.items():
            if key == name and s.getYear() == year:
                return dt.date(s.getYear(), s.getMonth(), s.getDay())
    return None


def _term(name: str) -> Callable[[int], dt.date | None]:
    return lambda year: _jieqi(year, name)


def _nth_weekday(month: int, weekday: int, n: int) -> Callable[[int], dt.date | None]:
    def f(year: int) -> dt.date | None:
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(weekday - d.weekday()) % 7)
        return d + dt.timedelta(weeks=n - 1)
    return f


FESTIVALS: dict[str, Callable[[int], dt.date | None]] = {
    "春節": _lunar(1, 1), "農曆新年": _lunar(1, 1), "農曆春節": _lunar(1, 1), "大年初一": _lunar(1, 1),
    "除夕": _new_years_eve, "大年三十": _new_years_eve, "年三十": _new_years_eve,
    "元宵": _lunar(1, 15), "元宵節": _lunar(1, 15), "端午": _lunar(5, 5), "端午節": _lunar(5, 5),
    "七夕": _lunar(7, 7), "七夕節": _lunar(7, 7), "中元節": _lunar(7, 15),
    "中秋": _lunar(8, 15), "中秋節": _lunar(8, 15), "重陽": _lunar(9, 9), "重陽節": _lunar(9, 9),
    "臘八": _lunar(12, 8), "臘八節": _lunar(12, 8),
    "元旦": _solar(1, 1), "情人節": _solar(2, 14), "婦女節": _solar(3, 8), "勞動節": _solar(5, 1),
    "五一": _solar(5, 1), "兒童節": _solar(6, 1), "國慶": _solar(10, 1), "國慶節": _solar(10, 1),
    "國慶日": _solar(10, 1), "雙11": _solar(11, 11), "雙十一": _solar(11, 11), "雙12": _solar(12, 12),
    "雙十二": _solar(12, 12), "618": _solar(6, 18), "平安夜": _solar(12, 24), "聖誕": _solar(12, 25),
    "聖誕節": _solar(12, 25), "萬聖節": _solar(10, 31),
    "清明": _term("清明"), "清明節": _term("清明"), "冬至": _term("冬至"),
    "母親節": _nth_weekday(5, 6, 2), "父親節": _nth_weekday(6, 6, 3), "感恩節": _nth_weekday(11, 3, 4),
}
for _i, _cn in enumerate("一二三四五六七八九十", 1):
    FESTIVALS[f"大年初{_cn}"] = _lunar(1, _i)
    FESTIVALS[f"正月初{_cn}"] = _lunar(1, _i)

APPROX_FESTIVALS = frozenset({"春節", "農曆新年", "農曆春節", "國慶", "國慶節", "五一", "勞動節"})
"""Festivals that name a holiday period rather than one day: reported as their main day + ``APPROX``."""


def festival_date(name: str, year: int) -> dt.date | None:
    """The Gregorian day of festival ``name`` in Gregorian ``year``."""
    f = FESTIVALS.get(name)
    if f is None:
        return None
    try:
        return f(year)
    except ValueError:
        return None


def nearest(name: str, reference: dt.date, window: int = 60) -> dt.date | None:
    """The occurrence of ``name`` a bare mention means in an article dated ``reference``."""
    d = festival_date(name, reference.year)
    if d is not None and d <= reference + dt.timedelta(days=window):
        return d
    return festival_date(name, reference.year - 1)


def nearest_lunar(month: int, day: int, reference: dt.date, window: int = 60) -> dt.date | None:
    """A lunar month/day (``臘月二十三``, ``正月十五``) placed like :func:`nearest`."""
    d = _lunar(month, day)(reference.year)
    if d is not None and d <= reference + dt.timedelta(days=window):
        return d
    return _lunar(month, day)(reference.year - 1)


def solar_of(d: dt.date) -> Solar:
    return Solar.fromYmd(d.year, d.month, d.day)
