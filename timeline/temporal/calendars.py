"""Islamic and Jewish festivals on the Gregorian calendar, declared as data and placed by two libraries.

Contract
--------
* :data:`FEASTS` declares each festival once, by an English name: the calendar it is kept by, its month and day
  there, and how many days it lasts (``0``: to the end of its month, as Ramadan). :data:`ZH_NAMES` gives the
  Chinese names (both scripts) of the same festivals; the English names the rules read are in
  :data:`timeline.temporal.lexicon.EN_HOLIDAYS`, pointing at the keys of :data:`FEASTS`.
* :func:`first_day` is the Gregorian day a festival begins in a Gregorian year (the first one when a year holds
  two, as Islamic years are 10-11 days shorter), ``None`` outside the years the calendar library covers;
  :func:`last_day` the last day of a festival that lasts more than one day (``None`` for one-day festivals).
* Days are civil days of observance: a Jewish festival that begins at sundown is placed on the day that follows
  (Yom Kippur 5779 is 2018-09-19, not the evening of the 18th); festivals kept for a different number of days in
  Israel and abroad take the diaspora count that calendars outside Israel print (Passover 8 days, Shavuot 2).
* The Islamic calendar is the Umm al-Qura calendar of Saudi Arabia (``hijridate``: 1343-1500 AH, 1924-2077);
  local sightings of the new moon may differ by a day. The Hebrew calendar is arithmetic (``convertdate``).
  Hindu lunisolar festivals (Diwali, Holi) are not placed: no library here computes them reliably.
"""

from __future__ import annotations

import datetime as dt
import warnings
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Feast:
    """A festival kept by a calendar other than the Gregorian one."""

    calendar: str
    """``"hijri"`` (Umm al-Qura) or ``"hebrew"``."""
    month: int
    """Its month there (Hebrew months as ``convertdate`` numbers them: 1 Nisan ... 7 Tishrei ... 12 Adar; Adar II,
    13, in a leap year; :data:`ADAR` stands for the Adar of Purim either way)."""
    day: int
    days: int = 1
    """How many days it lasts; ``0``: to the last day of its month."""
    sabbath_moves: bool = False
    """A fast that falls on a Saturday is kept on the Sunday (Tisha B'Av)."""


ADAR = -12
"""The month of Purim: Adar, or Adar II in a Hebrew leap year."""

FEASTS: dict[str, Feast] = {
    # Islamic (Hijri months: 1 Muharram, 3 Rabi al-Awwal, 7 Rajab, 9 Ramadan, 10 Shawwal, 12 Dhu al-Hijjah)
    "Islamic New Year": Feast("hijri", 1, 1), "Ashura": Feast("hijri", 1, 10), "Mawlid": Feast("hijri", 3, 12),
    "Isra and Mi'raj": Feast("hijri", 7, 27), "Ramadan": Feast("hijri", 9, 1, 0),
    "Laylat al-Qadr": Feast("hijri", 9, 27), "Eid al-Fitr": Feast("hijri", 10, 1),
    "Day of Arafah": Feast("hijri", 12, 9), "Eid al-Adha": Feast("hijri", 12, 10),
    # Jewish (convertdate's months: 1 Nisan, 2 Iyar, 3 Sivan, 5 Av, 7 Tishrei, 9 Kislev, 11 Shevat)
    "Rosh Hashanah": Feast("hebrew", 7, 1, 2), "Yom Kippur": Feast("hebrew", 7, 10),
    "Sukkot": Feast("hebrew", 7, 15, 7), "Shemini Atzeret": Feast("hebrew", 7, 22),
    "Simchat Torah": Feast("hebrew", 7, 23), "Hanukkah": Feast("hebrew", 9, 25, 8),
    "Tu BiShvat": Feast("hebrew", 11, 15), "Purim": Feast("hebrew", ADAR, 14),
    "Passover": Feast("hebrew", 1, 15, 8), "Lag BaOmer": Feast("hebrew", 2, 18),
    "Shavuot": Feast("hebrew", 3, 6, 2), "Tisha B'Av": Feast("hebrew", 5, 9, 1, True),
}
"""Islamic and Jewish festivals by their English name."""

ZH_NAMES: dict[str, str] = {
    "齋月": "Ramadan", "斋月": "Ramadan", "萊麥丹月": "Ramadan", "莱麦丹月": "Ramadan",
    "開齋節": "Eid al-Fitr", "开斋节": "Eid al-Fitr", "肉孜節": "Eid al-Fitr", "肉孜节": "Eid al-Fitr",
    "古爾邦節": "Eid al-Adha", "古尔邦节": "Eid al-Adha", "宰牲節": "Eid al-Adha", "宰牲节": "Eid al-Adha",
    "伊斯蘭新年": "Islamic New Year", "伊斯兰新年": "Islamic New Year", "伊斯蘭曆新年": "Islamic New Year",
    "伊斯兰历新年": "Islamic New Year", "回曆新年": "Islamic New Year", "回历新年": "Islamic New Year",
    "伊斯蘭教新年": "Islamic New Year", "伊斯兰教新年": "Islamic New Year", "爾代節": "Eid al-Fitr", "尔代节": "Eid al-Fitr",
    "阿舒拉節": "Ashura", "阿舒拉节": "Ashura", "聖紀節": "Mawlid", "圣纪节": "Mawlid",
    "登霄節": "Isra and Mi'raj", "登霄节": "Isra and Mi'raj",
    "猶太新年": "Rosh Hashanah", "犹太新年": "Rosh Hashanah", "贖罪日": "Yom Kippur", "赎罪日": "Yom Kippur",
    "住棚節": "Sukkot", "住棚节": "Sukkot", "光明節": "Hanukkah", "光明节": "Hanukkah",
    "哈努卡節": "Hanukkah", "哈努卡节": "Hanukkah", "修殿節": "Hanukkah", "修殿节": "Hanukkah",
    "普珥節": "Purim", "普珥节": "Purim", "逾越節": "Passover", "逾越节": "Passover",
    "七七節": "Shavuot", "七七节": "Shavuot",
}
"""Chinese names of :data:`FEASTS` (Traditional and Simplified script)."""


@lru_cache(maxsize=1024)
def _to_gregorian(calendar: str, year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of ``year``/``month``/``day`` in ``calendar``; ``None`` outside what the library covers."""
    try:
        if calendar == "hijri":
            from hijridate import Hijri

            return Hijri(year, month, day).to_gregorian()
        from convertdate import hebrew

        if month == ADAR:
            month = 13 if hebrew.leap(year) else 12
        with warnings.catch_warnings():  # convertdate calls its own deprecated month_days
            warnings.simplefilter("ignore", DeprecationWarning)
            return dt.date(*hebrew.to_gregorian(year, month, day))
    except (ValueError, OverflowError):
        return None


def _native_years(calendar: str, year: int) -> range:
    """The years of ``calendar`` that overlap Gregorian ``year``."""
    if calendar == "hijri":
        first = int((year - 622) * 33 / 32)  # an Islamic year is 354-355 days
        return range(first - 1, first + 3)
    return range(year + 3760, year + 3762)


def first_day(name: str, year: int) -> dt.date | None:
    """The Gregorian day festival ``name`` (a key of :data:`FEASTS`) begins in Gregorian ``year`` (the first of
    two in one year), ``None`` when unknown or out of the calendar library's range."""
    f = FEASTS.get(name)
    if f is None:
        return None
    days = [d for ny in _native_years(f.calendar, year)
            if (d := _to_gregorian(f.calendar, ny, f.month, f.day)) is not None and d.year == year]
    if not days:
        return None
    d = min(days)
    if f.sabbath_moves and d.weekday() == 5:
        d += dt.timedelta(days=1)
    return d


def last_day(name: str, start: dt.date) -> dt.date | None:
    """The last day of festival ``name`` begun on ``start`` when it lasts more than one day, else ``None``."""
    f = FEASTS.get(name)
    if f is None or f.days == 1:
        return None
    if f.days > 1:
        return start + dt.timedelta(days=f.days - 1)
    # to the end of its month: the day before the next month's first day
    for n in range(28, 32):
        d = start + dt.timedelta(days=n)
        if _month_of(f.calendar, d) != f.month:
            return d - dt.timedelta(days=1)
    return None


def _month_of(calendar: str, d: dt.date) -> int:
    if calendar == "hijri":
        from hijridate import Gregorian

        return Gregorian(d.year, d.month, d.day).to_hijri().month
    from convertdate import hebrew

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return int(hebrew.from_gregorian(d.year, d.month, d.day)[1])
