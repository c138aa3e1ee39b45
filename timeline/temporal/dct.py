"""Article date (document creation time) inference.

Contract
--------
:func:`infer` returns the date an article was most likely written, from its own text, or ``None`` when
the text holds no usable date. Steps:

1. The article year: the latest year stated explicitly, leaving out forecasts (``2030年將達``, ``預計2027年``),
   fiscal periods and ranges; raised by cut-off dates that lie in the past (``截至2025年底`` puts the article
   in 2026 or later) and by states told as ended (``任副主席至2023年9月，目前任主席`` puts it after September 2023) and by quarters and half-years told without a forecast word (they are reported when over), by a month-day that names a festival (``2月16日除夕`` only fits 2026 among recent
   years) and by the same month told both ways (``去年11月`` and ``2025年11月`` put the article in 2026; such
   guesses are dropped when they disagree, e.g. ``去年2月`` and ``今年2月`` next to ``2026年2月``).
2. The day: the latest day (or month start) of that year the narrative stands in, resolved with the year as
   provisional reference, including festivals told as past or as this year's (``除夕當晚``, ``春節期間``,
   ``今年春節``) unless a forecast word or ``前`` follows; cut-off dates are
   lower bounds. With no such date the article sits at the end of its year.
3. A publication stamp (``2026-02-18 10:30``, ``Published: February 18, 2026``) or a news-agency dateline
   (``北京2月18日電``, ``BEIJING, Feb. 18 (Reuters) -``) near the top gives the day itself, which then counts
   as known (``今天``, ``yesterday`` resolve). So does a full date opening a line of the head
   (``2026年2月8日，``, ``January 12, 2026 -``) when no date the article states with its year lies after it:
   an explicit dateline wins over every derived guess of steps 1-2.
"""

from __future__ import annotations

import datetime as dt
import re
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from timeline.temporal import lexicon as lx
from timeline.temporal import lunar
from timeline.temporal.engine import Hit, first_chars, hit_rule, is_reference_point, resolve_matches, scan
from timeline.temporal.lexicon import alternation
from timeline.temporal.resolve import PAST_WINDOW, value_end, value_start
from timeline.temporal.rules_zh import FEST, ToldDate, told_date

_FORECAST_BEFORE = re.compile(rf"(?:(?:{alternation(lx.ZH_FORECAST_BEFORE)})(?:{alternation(lx.ZH_FORECAST_LINK)})?"
                              r"|expected in|forecast for|by)\s?$")
_FORECAST_AFTER = re.compile(rf"^(?:\s?(?:年|年底|年末|年前)?\s?(?:{alternation(lx.ZH_FORECAST_AFTER)}))")
_FEST_AFTER = re.compile(rf"\s?[(（]?\s?({FEST})")
_PAST_FEST_SUFFIX = lx.ZH_FESTIVAL_PAST_SUFFIX
_THIS_FEST = re.compile(r"(?:今年|這個?|(?:19|20)\d\d\s?年)")
_SKIP_RULES = ("zh_fiscal", "en_fiscal", "zh_range", "en_range")
_DCT_RELATIVE_RULES = ("zh_recent", "zh_day_rel", "zh_week_rel", "zh_ago", "zh_bare_part", "zh_bare_month_part",
                       "en_rel", "en_day_rel", "en_ago")
_DCT_RELATIVE_WORDS = re.compile(
    alternation(w for w, (kind, _) in lx.ZH_MONTH_WORDS.items() if kind == "ref")
    + rf"|(?:{alternation(w for w, (_, off) in lx.ZH_YEAR_WORDS.items() if off >= 0 and w in lx.ZH_REF_YEARS)})"
    + rf"(?![\s\d{lx.CN_1_9}十])")
"""Words told from the article's own month or (this or a later) year: no evidence of the article's date."""


class _ToldDates:
    """The told dates of one text, in text order, read as ``(start, end, parts)`` triples (iteration, ``len``):
    stored as two arrays of offsets and a list of the parts, 24 bytes a date, not a tuple of 64 (a text of dates
    holds one every few characters while its article date is inferred; issue 17)."""

    __slots__ = ("ends", "starts", "told")

    def __init__(self) -> None:
        self.starts, self.ends = array("q"), array("q")
        self.told: list[ToldDate] = []

    def __len__(self) -> int:
        return len(self.told)

    def __iter__(self) -> Iterator[tuple[int, int, ToldDate]]:
        return zip(self.starts, self.ends, self.told, strict=True)


def _told_dates(text: str) -> _ToldDates:
    """Every date the Chinese date rule finds in ``text``, as told (``(start, end, parts)``, in text order): the
    engine's own rules, read without a reference (memoized with the scan: the same hits give the same dates)."""
    return _told_dates_of(scan(text)[1])


@lru_cache(maxsize=32)
def _told_dates_of(hits: Sequence[Hit]) -> _ToldDates:
    """Equal told dates are one object (a chronology or a table repeats dates: about 120 bytes each saved)."""
    out = _ToldDates()
    same: dict[ToldDate, ToldDate] = {}
    for h in hits:
        rule, g = hit_rule(h)
        if rule.name == "zh_date":
            t = told_date(g)
            start, end = h.span()
            out.starts.append(start)
            out.ends.append(end)
            out.told.append(same.setdefault(t, t))
    return out


def _forecast(folded: str, start: int, end: int) -> bool:
    return bool(_FORECAST_BEFORE.search(folded[max(0, start - 8):start])
                or _FORECAST_AFTER.search(folded[end:end + 6]))


def _festival_years(text: str, folded: str, near: int | None) -> list[int]:
    """Years in which a stated month-day falls on the festival named with it (``2月16日除夕`` -> 2026).

    Years close after the latest explicit year are tried first (lunar tables cost a few ms per year).
    """
    years = []
    target = near if near is not None else 2020
    for _, end, told in _told_dates(text):
        if told.month is None or told.day is None:
            continue
        m = _FEST_AFTER.match(folded, told.festival_at if told.festival_at is not None else end)
        if m is None:
            continue
        month, day, name = told.month, told.day, m[1]
        if name not in lunar.FESTIVALS or lunar.is_fixed_solar(name):
            continue
        for span in (range(target - 1, target + 5), range(target + 5, target + 13), range(target - 13, target - 1)):
            fits = [y for y in span if lunar.festival_date(name, y) == _safe_date(y, month, day)]
            if fits:
                years.append(min(fits, key=lambda y: (abs(y - target), -y)))
                break
    return years


def _plus_days(d: dt.date, n: int) -> dt.date:
    """``d`` plus ``n`` days, clamped to the calendar's last day (year 9999)."""
    return d + dt.timedelta(days=n) if d <= dt.date.max - dt.timedelta(days=n) else dt.date.max


_UNTIL_BEFORE = re.compile(rf"(?:{alternation(lx.ZH_UNTIL_BEFORE)}|until|through)\s?$")
_PRESENT_AFTER = re.compile(rf"^[^。！？!?\n]{{0,16}}?(?:{alternation(lx.ZH_PRESENT_AFTER)}|now\b|currently|today)")


def _ended_state(folded: str, start: int, end: int) -> bool:
    """True for the end of a state told as over: ``至2023年9月，目前擔任`` / ``until 2023; he is now``."""
    return bool(_UNTIL_BEFORE.search(folded, max(0, start - 6), start)
                and _PRESENT_AFTER.search(folded[end:end + 12]))


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_CLOCK_AFTER = re.compile(r"\s*\d{1,2}:\d\d")
"""A clock time right after a full date: a publication stamp (``2026-02-18 10:30``)."""
_DAY_END = "日號0123456789"
"""How a date a clock time follows must end (not with a part of day: ``2月18日晚上7:00`` is told, not a stamp)."""
_EN_STAMP = re.compile(
    r"(?:(?:Published|Updated|Posted|Date)\s*(?:on)?:?\s*|[A-Z][A-Za-z .]{1,30},\s+)"
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:,?\s+((?:19|20)\d\d))?"
    r"(?:\s*\((?:Reuters|AP|AFP|Xinhua|Bloomberg|CNN|BBC)\))?\s*[-—–:]?")
_EN_MONTHS = {m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                                            "Dec"), 1)}
_DATELINE_AFTER = re.compile(r"\s?(?:電|訊|讯|电|消息)")
"""What follows the month-day of a news-agency dateline (``北京2月18日電``)."""
DATELINE_REACH = 300
"""A publication stamp (``2026-02-18 10:30``) or news-agency dateline (``北京2月18日電``) counts only this close
to the start of the article."""


def infer(text: str) -> dt.date | None:
    """The inferred article date, or ``None``."""
    return infer_with_precision(text)[0]


def infer_with_precision(text: str) -> tuple[dt.date | None, bool]:
    """The inferred article date and whether the day itself is known (a stamp or dateline at the top)."""
    folded, _ = scan(text)
    head = folded[:DATELINE_REACH]
    told_head = [(s, e, t) for s, e, t in _told_dates(text) if s < DATELINE_REACH]
    for _, e, t in told_head:
        if (t.year is not None and t.month is not None and t.day is not None and folded[e - 1] in _DAY_END
                and _CLOCK_AFTER.match(folded, e)):
            d = _safe_date(t.year, t.month, t.day)
            if d is not None:
                return d, True
            break
    own = self_told(text)
    if own is not None and own[0] is not None:
        return own[0], True
    lead = _lead_date(head, folded, told_head)
    if lead is not None and _latest_explicit(text, folded) <= lead:
        # a full date opening the body and not passed by any date the article states: its dateline
        return lead, True
    d = _infer(text)
    if own is not None and own[1].day is not None:
        # the days the story narrates, leaving out the told day itself (read against a provisional date)
        content = _infer(_SELF_TOLD_ANY.sub(lambda m: " " * len(m[0]), text))
        filled = _fill_self_told(own[1], content) if content is not None else None
        if filled is not None:
            return filled, True
    m = _EN_STAMP.search(head)
    if m is not None and (m[3] or d is not None) and (m[3] or "(" in m[0] or m[0].startswith(("Pub", "Upd", "Pos", "Dat"))):
        for y in ((int(m[3]),) if m[3] else (d.year, d.year - 1) if d is not None else ()):
            day = _safe_date(y, _EN_MONTHS[m[1]], int(m[2]))
            if day is not None and (m[3] or (d is not None and day <= _plus_days(d, PAST_WINDOW))):
                return day, True
    line = next((t for _, e, t in told_head if t.month is not None and t.day is not None
                 and _DATELINE_AFTER.match(folded, e)), None)
    if line is not None and d is not None and line.month is not None and line.day is not None:
        for y in (d.year, d.year - 1):
            day = _safe_date(y, line.month, line.day)
            if day is not None and day <= _plus_days(d, PAST_WINDOW):
                return day, True
    return d, False


_SELF_YEAR = re.compile(r"今\s?[(（]\s?(\d{2,4})\s?[)）]\s?年")
_SELF_MONTH = re.compile(r"本\s?[(（]\s?(\d{1,2})\s?[)）]\s?月")
_SELF_DAY = re.compile(r"(今|昨|前)\s?[(（]\s?(\d{1,2})\s?[)）]\s?日")
_SELF_TOLD_ANY = re.compile(rf"{_SELF_MONTH.pattern}|{_SELF_DAY.pattern}")
_SELF_DAY_BACK = {"今": 0, "昨": 1, "前": 2}


@dataclass(frozen=True, slots=True)
class SelfTold:
    """The article's own date as Taiwanese news tells it: ``今（115）年`` (a Minguo or Gregorian year),
    ``本（2）月``, ``今（18）日`` (or ``昨（17）日``, which puts today a day later); any part may be missing."""

    year: int | None
    month: int | None
    day: int | None
    back: int
    """Days from the told day to the article's day (0 for 今, 1 for 昨, 2 for 前)."""
    evidence: str


def self_told(text: str) -> tuple[dt.date | None, SelfTold] | None:
    """The article's own date told with bracketed numbers (``今（18）日``, ``本（2）月``, ``今(115)年``), or
    ``None`` when the text has none of them. The date is set when year, month and day are all told (a day told
    as ``昨（17）日`` counts one day later); otherwise it is ``None`` and the parts are kept for
    :func:`_fill_self_told`. A year below 1000 is a Minguo year (``115`` is 2026)."""
    my = _SELF_YEAR.search(text)
    mm = _SELF_MONTH.search(text)
    days = list(_SELF_DAY.finditer(text))
    md = next((m for m in days if m[1] == "今"), days[0] if days else None)
    if my is None and mm is None and md is None:
        return None
    year = int(my[1]) if my else None
    if year is not None and year < 1000:
        year += 1911
    if year is not None and not 1900 <= year <= 2200:
        year = None
    month = int(mm[1]) if mm and 1 <= int(mm[1]) <= 12 else None
    day = int(md[2]) if md and 1 <= int(md[2]) <= 31 else None
    back = _SELF_DAY_BACK[md[1]] if md else 0
    told = SelfTold(year, month, day, back, " ".join(m[0] for m in (my, mm, md) if m))
    if year is None or month is None or day is None:
        return None, told
    d = _safe_date(year, month, day)
    return (_plus_days(d, back) if d is not None else None), told


def _fill_self_told(told: SelfTold, content: dt.date) -> dt.date | None:
    """The article's date from a told day (``今（18）日``) whose month or year is missing, taken from the
    content's date (the latest day the story narrates): the first such day on or after it, within a month;
    ``None`` without a told day, or without a told month when the content only gave a year (its last day)."""
    if told.day is None or told.month is None and (content.month, content.day) == (12, 31):
        return None  # the year's last day: nothing narrated in the year, no month to take
    y = told.year if told.year is not None else content.year
    start = dt.date(y, told.month, 1) if told.month is not None else dt.date(y, content.month, 1)
    for k in range(3):
        mo = start.month + (k if told.month is None else 0)
        yy = start.year + (mo - 1) // 12
        d = _safe_date(yy, (mo - 1) % 12 + 1, told.day)
        if d is None:
            continue
        d = _plus_days(d, told.back)
        if told.month is not None or told.year is not None or content <= d <= _plus_days(content, 31):
            return d
    return None


_LEAD_ZH_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[^\d\n，,。]{1,12}?[ \t]?)?$")
_LEAD_ZH_AFTER = re.compile(r"\s?(?:[(（][^)）\n]{1,8}[)）])?\s?[，,：:]")
"""Around a full date opening a line of the head: a short place or agency name before, a weekday in brackets and a
comma or colon after (``新華社北京2026年2月8日（星期日），``)."""
_LEAD_EN = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][A-Za-z .]{1,30},\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                      r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)"
                      r"\s*(?:\([A-Za-z .]{1,20}\)\s*)?[-—–:]\s")


def _lead_date(head: str, folded: str, told_head: list[tuple[int, int, ToldDate]]) -> dt.date | None:
    """A full date opening a line of the article's head (``2026年2月8日，``, ``January 12, 2026 -``,
    ``HANGZHOU, February 17, 2026 -``): a dateline candidate."""
    for s, e, t in told_head:
        if (t.year is not None and t.month is not None and t.day is not None and e <= len(head) and head[e - 1] in "日號"
                and _LEAD_ZH_AFTER.match(head, e) and _LEAD_ZH_BEFORE.search(head, max(0, s - 40), s)):
            return _safe_date(t.year, t.month, t.day)
    m = _LEAD_EN.search(head)
    if m is not None:
        from timeline.dating import headline_after  # local: timeline.dating imports this package

        if headline_after(head, m.end(3)):
            return None  # "March 31, 2025: the deadline for …": a date in a headline, not a dateline
        return _safe_date(int(m[3]), _EN_MONTHS[m[1]], int(m[2]))
    return None


def _latest_explicit(text: str, folded: str) -> dt.date:
    """The latest first day of any date the article states with its year (forecasts, fiscal periods and
    ranges left out); ``date.min`` when there is none."""
    _, matches = scan(text)
    latest = dt.date.min
    for m in resolve_matches(text, folded, matches, None, False):
        if m.relative or not m.value or m.rule in _SKIP_RULES or m.granularity in ("decade", "century"):
            continue
        if _forecast(folded, m.start, m.end):
            continue
        s = value_start(m.value)
        if s is not None and s > latest:
            latest = s
    return latest


def _infer(text: str) -> dt.date | None:
    folded, matches = scan(text)
    first = resolve_matches(text, folded, matches, None, False)
    year: int | None = None
    bound: dt.date | None = None
    for m in first:
        if m.relative or not m.value or m.rule in _SKIP_RULES or m.granularity in ("decade", "century"):
            continue
        s = value_start(m.value)
        e = value_end(m.value)
        if s is None or e is None:
            continue
        if is_reference_point(folded, m.start):
            b = e if m.granularity == "day" else _plus_days(e, 1)
            bound = b if bound is None or b > bound else bound
            continue
        if _ended_state(folded, m.start, m.end):
            # 擔任執行副主席至2023年9月，目前擔任主席: that state ended, the article stands after it
            b = _plus_days(e, 1)
            bound = b if bound is None or b > bound else bound
        if _forecast(folded, m.start, m.end):
            continue
        year = s.year if year is None else max(year, s.year)
        if m.granularity in ("quarter", "half") and m.mod is None:
            # figures for a quarter or half-year are reported once it is over
            b = _plus_days(e, 1)
            bound = b if bound is None or b > bound else bound
    del first  # not held while the second pass makes as many mentions again (a date every few characters)
    fest_years = _festival_years(text, folded, year)
    if fest_years:
        year = max([*fest_years, *([year] if year else [])])
    told = [t for _, _, t in _told_dates(text) if t.month is not None]
    explicit_months = {(t.year, t.month) for t in told if t.year is not None}
    implied = {y + 1 for t in told if t.year_word == "去年" for y, m2 in explicit_months if m2 == t.month}
    implied |= {y for t in told if t.year_word == "今年" for y, m2 in explicit_months if m2 == t.month}
    if len(implied) == 1:  # guesses that disagree (去年2月 and 今年2月 next to 2026年2月) say nothing
        year = max(year or 0, *implied)
    if bound is not None:
        year = max(year or 0, bound.year)
    if not year:
        return None
    provisional = dt.date(year, 12, 31)
    second = resolve_matches(text, folded, matches, provisional, False)
    evidence: list[dt.date] = []
    for m in second:
        if not m.value or m.rule in _SKIP_RULES or "/" in m.value and m.rule != "zh_festival":
            continue
        if m.granularity not in ("day", "month", "xun", "week"):
            continue
        if m.rule in _DCT_RELATIVE_RULES or m.rule != "zh_festival" and _DCT_RELATIVE_WORDS.match(folded, m.start):
            continue
        if (m.rule == "zh_festival" and not m.text.endswith(_PAST_FEST_SUFFIX)
                and not _THIS_FEST.match(folded, m.start)):  # 今年春節, 這春節: the festival the article is in
            continue
        if m.mod in ("AFTER", "BEFORE") or _forecast(folded, m.start, m.end):
            continue
        s = value_start(m.value)
        if s is None or s.year != year:
            continue
        if is_reference_point(folded, m.start):
            continue
        evidence.append(s)
    if evidence:
        latest = max(evidence)
        return bound if bound is not None and bound > latest else latest
    # nothing narrated inside the year: the article sits at its end (cut-offs only say "not before")
    return bound if bound is not None and bound > provisional else provisional


# ------------------------------------------------------------------------------------- collections
_ANCHOR_YEARS = ("今年", "去年", "明年", "前年")
"""The year words (:data:`lexicon.ZH_YEAR_WORDS`) that place an article in its year."""
_ANCHOR_FIRST = "".join(sorted({re.escape(piece[0]) for piece in (*_ANCHOR_YEARS, *FEST.split("|"), *"TtLlNn")
                                 if piece}))
"""A superset of the characters an :data:`_ANCHOR` match can start with (speed: most positions fail at once)."""
_ANCHOR_FEST = rf"(?:{FEST})(?:{alternation(w for w in lx.ZH_FESTIVAL_PAST_SUFFIX if w != '夜')})"
_ANCHOR_EN = r"(?<![A-Za-z])(?:[Tt]his|[Ll]ast|[Nn]ext)\s+year(?![A-Za-z])"
_ANCHOR = re.compile(rf"(?=[{_ANCHOR_FIRST}])(?:{alternation(_ANCHOR_YEARS)}|{_ANCHOR_FEST}|{_ANCHOR_EN})")
"""Words that tell the article's year from its own date (``今天``/``today`` say nothing about the year: in an
interview they are the speaker's day)."""
_ANCHOR_FEST_FIRST = "".join(sorted({re.escape(ch) for ch in re.findall(r"\\?(.)", _ANCHOR_FIRST)
                                      if first_chars(_ANCHOR_FEST).match(ch)}))
"""The characters of :data:`_ANCHOR_FIRST` a festival word can start with (read from the parsed pattern)."""
_ANCHOR_PARTS = (re.compile(alternation(_ANCHOR_YEARS)),
                 re.compile(rf"[{_ANCHOR_FEST_FIRST}](?<=(?={_ANCHOR_FEST})(?s:.))"),
                 re.compile(rf"[TtLlNn](?<=(?={_ANCHOR_EN})(?s:.))"))
""":data:`_ANCHOR`'s three kinds of words, each searched for on its own with the characters it starts with as a
class in front (the regex engine then skips every other character without trying the words there): there is
a match of one of them wherever :data:`_ANCHOR` has one (the year words and T, L, N are among its first
characters). About a tenth of the time of one search for all three on a text without them."""
COLLECTION_SPREAD = 62
"""The anchored articles of one file must lie within this many days of each other to date the others."""


def anchored(text: str, day_known: bool = False) -> bool:
    """True when an article places itself in time: a stamp or dateline (``day_known``), or words that tell
    its year from its own date (``今年``, ``去年11月``, ``除夕當晚``, ``last year``). Its inferred date is then
    more than a lower bound set by the latest event it narrates."""
    if day_known:
        return True
    folded, _ = scan(text)
    return any(p.search(folded) is not None for p in _ANCHOR_PARTS)  # as _ANCHOR.search(folded), faster


def infer_collection(texts: list[str]) -> list[tuple[dt.date | None, bool]]:
    """Article dates for the articles of one file (a collection put together at one time).

    Each article is dated from its own text (:func:`infer_with_precision`). An article that does not place
    itself in time (no stamp, no ``今年``/``last year``/``除夕當晚``...: an interview transcript, a feature
    telling past events) only yields a lower bound, the latest event it narrates. When at least two anchored
    articles of the file agree within :data:`COLLECTION_SPREAD` days, such an article takes their median date
    if that is later than its own bound (articles collected together are published close together).
    Returns ``(date, day_known)`` per article; a date taken from the file never has its day known.
    """
    own = [infer_with_precision(t) for t in texts]
    flags = [anchored(t, exact) for t, (_, exact) in zip(texts, own, strict=True)]
    dates = sorted(d for (d, _), a in zip(own, flags, strict=True) if a and d is not None)
    if len(dates) < 2 or (dates[-1] - dates[0]).days > COLLECTION_SPREAD:
        return own
    median = dates[len(dates) // 2]  # the upper median
    return [(d, exact) if a or (d is not None and d >= median) else (median, False)
            for (d, exact), a in zip(own, flags, strict=True)]
