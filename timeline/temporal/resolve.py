"""Values, modifiers and the narrative context that partial and relative expressions resolve against.

Contract
--------
* :class:`Norm` is what a rule's normalizer returns: the TIMEX3-style ``value`` (``None`` when the
  expression cannot be placed), ``granularity``, ``mod``, ``relative`` (resolved against the article date or
  the narrative) and whether the mention moves the narrative focus.
* :class:`Context` carries the article date (``ref``; ``ref_exact`` says whether the day itself is known),
  the narrative focus (the year, and month, the text last stood in, and where that was said), and the
  folded text. Partial dates (``2月14日``, ``當年8月``, ``次年``) take the focus when it was set by a dated
  mention close enough before them, else the article date.
* The ``*_value`` helpers validate: an impossible calendar date yields ``None`` and the rule is dropped,
  never a wrong date.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from timeline.model import Granularity, Mod

FOCUS_REACH = 300
"""How many characters back an explicit date still sets the year of a partial date."""

PAST_WINDOW = 60
"""A partial date further than this many days after the article date is taken from the year before."""


@dataclass(slots=True)
class Norm:
    """A normalizer's answer; ``focus_year``/``focus_month`` say where the narrative now stands."""

    value: str | None
    granularity: Granularity
    mod: Mod | None = None
    relative: bool = False
    focus_year: int | None = None
    focus_month: int | None = None
    comparison: bool = False
    """A period not narrated: told for comparison (``a year earlier``, ``比上月末``) or naming a thing (``2025年年報``):
    it neither moves the focus nor becomes the period that later comparisons shift."""
    context_only: bool = False
    """No mention, but the period the story stands in all the same (``the quarter-to-quarter comparison``)."""


@dataclass(slots=True)
class Context:
    """What a normalizer may read: the folded text, the article date and the narrative focus."""

    text: str
    ref: dt.date | None
    ref_exact: bool = False
    focus_year: int | None = None
    focus_month: int | None = None
    focus_pos: int = -10**9
    focus_explicit: bool = False
    focus_day: dt.date | None = None
    focus_day_pos: int = -10**9
    last_value: str | None = None
    last_gran: Granularity | None = None
    last_pos: int = -10**9
    reported_value: str | None = None
    """The last quarter or half told (not for comparison) that had ended by the article date: the results period
    a report is about, which ``the year-ago period`` shifts when the period told last is a forecast."""
    reported_pos: int = -10**9
    focus_told: bool = False
    """Whether the focus year was told as such (``in 1997``, ``2025年``), not placed from the article date (``in
    January`` read as next January): only a told year outweighs the tense of a date in its sentence."""
    focus_before_year: tuple | None = None
    """The focus (year, month, position, explicit, told) before the last year told set it: what a span of years
    qualifying a noun gives back (``2027年至2029年間生產的車`` does not move the narrative)."""
    periods: list[tuple[int, int, str, Granularity, Mod | None]] = field(default_factory=list)
    """The latest placed periods told (start, end, value, granularity, mod), in text order, comparisons left out
    and the two ends of a range told ``A至B`` joined: what a later ``同期`` may compare with
    (:meth:`compared_period`); the engine keeps only the latest few (``engine.PERIODS_KEPT``)."""

    offset_anchors: list[tuple[int, str, dt.date]] = field(default_factory=list)
    """Happenings dated by a count from another (``…, two days after 87% of members voted to walk out``): where
    the clause told starts, its first words and its day; a later ``A week after the vote`` counts from the one whose
    words name the same thing (:func:`rules_en._n_event_offset`). Only the latest few are kept."""

    def year_at(self, pos: int) -> int | None:
        """The year a partial date at ``pos`` stands in: recent narrative focus, else the article year."""
        if self.focus_year is not None and pos - self.focus_pos <= FOCUS_REACH:
            return self.focus_year
        return self.ref.year if self.ref else None

    def narrative_year(self, pos: int) -> int | None:
        """The focus year for anaphoric expressions (``當年``, ``次年``): focus if any, else article year."""
        if self.focus_year is not None:
            return self.focus_year
        return self.ref.year if self.ref else None

    def nothing_told(self) -> bool:
        """True while no mention before has placed the story in time (no focus, no period told): an anaphoric word
        (當天, 當月) then speaks of the article's own day or month."""
        return self.focus_year is None and self.last_value is None

    def recent_focus(self, pos: int, reach: int = FOCUS_REACH) -> bool:
        return self.focus_year is not None and self.focus_explicit and pos - self.focus_pos <= reach

    def period_shifted(self, pos: int, years: int, reach: int = 200) -> tuple[str, Granularity] | None:
        """The period told just before ``pos`` (a day, month, quarter, half-year...), ``years`` later (or
        earlier, when negative): ``去年同期`` and ``a year earlier`` after ``2025年第三季度`` are 2024-Q3."""
        v, gran = self.last_value, self.last_gran
        if not v or gran is None or gran not in _SHIFTABLE or pos - self.last_pos > reach or "X" in v:
            return None
        shifted = "/".join(f"{int(part[:4]) + years:04d}{part[4:]}" for part in v.split("/"))
        return (shifted, gran) if valid_value(shifted) else None

    def reported_shifted(self, pos: int, years: int, reach: int) -> tuple[str, Granularity] | None:
        """The reported period (:attr:`reported_value`) told up to ``reach`` characters before ``pos``, ``years``
        later (earlier when negative), with its precision."""
        v = self.reported_value
        if not v or pos - self.reported_pos > reach:
            return None
        shifted = f"{int(v[:4]) + years:04d}{v[4:]}"
        return (shifted, "half" if "-H" in v else "quarter") if valid_value(shifted) else None

    def compared_period(self, pos: int, reach: int,
                        accept: Callable[[int, int, str], bool]) -> tuple[str, Granularity, Mod | None] | None:
        """The period a comparison at ``pos`` (``去年同期``) is made with: the latest shiftable period told within
        ``reach`` characters before it that ``accept(start, end, value)`` keeps (the language's rule: not a
        forecast's period, the one whose sentence speaks of the same thing), with its mod; ``None`` when none is
        kept."""
        for start, end, v, gran, mod in reversed(self.periods):
            if pos - start > reach:
                break
            if gran in _SHIFTABLE and "X" not in v and start < pos and accept(start, end, v):
                return v, gran, mod
        return None

    def set_focus(self, pos: int, year: int | None, month: int | None, explicit: bool) -> None:
        if year is None:
            return
        self.focus_year, self.focus_month, self.focus_pos, self.focus_explicit = year, month, pos, explicit


_SHIFTABLE = ("day", "xun", "month", "quarter", "half")


def year_value(y: int) -> str | None:
    return f"{y:04d}" if 1 <= y <= 9999 else None


def month_value(y: int, m: int) -> str | None:
    return f"{y:04d}-{m:02d}" if 1 <= y <= 9999 and 1 <= m <= 12 else None


def day_value(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def day_exists(m: int, d: int) -> bool:
    """True when month ``m`` has a day ``d`` in some year (2月29日 exists, 2月30日 does not)."""
    return 1 <= m <= 12 and 1 <= d <= (29 if m == 2 else calendar.monthrange(2001, m)[1])


def xun_value(y: int, m: int, part: int) -> str | None:
    """上旬 (1), 中旬 (2), 下旬 (3) as the day range they cover."""
    if not (1 <= y <= 9999 and 1 <= m <= 12 and part in (1, 2, 3)):
        return None
    first = 1 + 10 * (part - 1)
    last = 10 * part if part < 3 else calendar.monthrange(y, m)[1]
    return f"{y:04d}-{m:02d}-{first:02d}/{y:04d}-{m:02d}-{last:02d}"


def half_month_value(y: int, m: int, second: bool) -> str | None:
    """上半月 (days 1-15) or 下半月 (16 to the month's end) as a day range."""
    if not (1 <= y <= 9999 and 1 <= m <= 12):
        return None
    last = calendar.monthrange(y, m)[1]
    a, b = (16, last) if second else (1, 15)
    return f"{y:04d}-{m:02d}-{a:02d}/{y:04d}-{m:02d}-{b:02d}"


def week_value(d: dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def weekend_value(d: dt.date) -> str:
    """The weekend (Saturday and Sunday) of the ISO week ``d`` lies in, TIMEX3-style: ``2026-W07-WE``."""
    return week_value(d) + "-WE"


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def past_year(ref: dt.date, m: int, d: int = 1, window: int = PAST_WINDOW) -> int:
    """The year of month ``m`` (day ``d``) as an article dated ``ref`` most likely means it: this year's, unless
    that lies more than ``window`` days ahead."""
    y = ref.year
    if not day_exists(m, d):
        return y
    if m == 2 and d == 29 and not calendar.isleap(y):
        return y
    if ref <= dt.date.max - dt.timedelta(days=window) and dt.date(y, m, d) > ref + dt.timedelta(days=window):
        return y - 1
    return y


NO_CUE_WINDOW = 150
"""A date told without a year and without any tense cue (in either language) is this year's when it lies at most
this many days after the article date (an upcoming date is told without a year as readily as a past one), else
last year's; told in the past tense, the shorter :data:`PAST_WINDOW` applies."""

Tense = str | None
"""What a tense reader says of a date told without a year: ``"future"``, ``"past"``, ``"start"`` (a coming into
force: 起施行, takes effect) or ``None`` (no cue)."""


def _began_lately(ref: dt.date, m: int, d: int | None) -> bool:
    """True when this year's month ``m`` (day ``d``, else its first) lies at most :data:`PAST_WINDOW` days before
    ``ref`` (on ``ref`` included)."""
    try:
        began = dt.date(ref.year, m, d or 1)
    except ValueError:
        return False
    return ref - dt.timedelta(days=PAST_WINDOW) <= began <= ref


def year_by_tense(ref: dt.date, m: int, d: int | None, when: Tense, past_window: int = PAST_WINDOW,
                  next_window: int = 0) -> int:
    """The year of month ``m`` (day ``d``) told without one in an article dated ``ref``: the next such day for
    a future tense; else the article's year unless that lies more than ``past_window`` (past tense; a language
    may hold a past act closer to the article's day than :data:`PAST_WINDOW`) or :data:`NO_CUE_WINDOW` (no cue)
    days ahead (:func:`past_year`). A month (``d`` is ``None``) is weighed by its 15th; the article's own month
    counts as both the last and the next one. With no cue, a day (a month: its first day) of the next year that
    lies at most ``next_window`` days ahead is that one (``1月1日`` told on 28 December; a language may leave this
    at 0). A start (``when == "start"``) is read as the future unless this year's day began at most
    :data:`PAST_WINDOW` days before ``ref`` (``新規7月1日起施行`` told on 20 July: in force since this July)."""
    if when == "start":
        return ref.year if _began_lately(ref, m, d) else _year_by_tense(ref, m, d, "future", past_window, next_window)
    return _year_by_tense(ref, m, d, when, past_window, next_window)


def _year_by_tense(ref: dt.date, m: int, d: int | None, when: Tense, past_window: int, next_window: int) -> int:
    """:func:`year_by_tense` for a future or past tense or none."""
    if (m, d) == (2, 29) and 5 <= ref.year <= 9994:  # the nearest February 29th on the tense's side
        leaps = [dt.date(y, 2, 29) for y in range(ref.year - 4, ref.year + 5) if calendar.isleap(y)]
        if when == "future":
            return min(c for c in leaps if c >= ref).year
        window = past_window if when == "past" else NO_CUE_WINDOW
        return max(c for c in leaps if c <= ref + dt.timedelta(days=window)).year
    day = min(d or 15, 28) if m == 2 else (d or 15)
    cands = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cands.append((y, dt.date(y, m, day)))
        except ValueError:
            continue
    if d is None:  # a month: this month counts as both the last and the next one
        if ref.month == m:
            return ref.year
        first = {y: dt.date(y, m, 1) for y, _ in cands}
        if when == "future":
            return min(y for y in first if first[y] > ref)
    if when == "future":
        return min(y for y, c in cands if c >= ref)
    if when is None and next_window and ref.year + 1 <= 9999 and day_exists(m, d or 1):
        with_day = min(d or 1, 28) if m == 2 else (d or 1)
        if ref < dt.date(ref.year + 1, m, with_day) <= ref + dt.timedelta(days=next_window):
            return ref.year + 1
    return past_year(ref, m, d or 1, past_window if when == "past" else NO_CUE_WINDOW)


def narrated_year(ctx: Context, y: int, m: int, d: int | None, when: Tense) -> int:
    """The year of month ``m`` (day ``d``) told without one right after the narrative stood in year ``y``, month
    ``ctx.focus_month`` (the news strategy: the last told date sets the focus). A month-day on or after the focus
    month stays in the focus year; one before it does not go back within a past focus year but moves on to the
    year after (``去年11月上線……5月9日宣布`` in an article of May: this May 9th), as long as that day is not
    later than the article date allows for the tense (:data:`PAST_WINDOW` past, :data:`NO_CUE_WINDOW` without a
    cue, any for the future); otherwise, and when the focus is the article's year or later, ``y`` stands. When
    the year after the focus is still before the article's year (a flashback two years or more back: ``上一次加價
    是在2022年9月。……已於5月中旬收到申請`` told in June 2024), nothing narrated leads to that year: the month is
    read from the article date by its tense (:func:`year_by_tense`), as if no year had been narrated."""
    ref, fm = ctx.ref, ctx.focus_month
    if ref is None or fm is None or m >= fm or y != ctx.focus_year or y >= ref.year:
        return y
    if y + 1 < ref.year:
        return year_by_tense(ref, m, d, when)
    day = min(d or 15, 28) if m == 2 else (d or 15)
    try:
        then = dt.date(y + 1, m, day)
    except ValueError:
        return y
    if when != "future" and then > ref + dt.timedelta(days=PAST_WINDOW if when == "past" else NO_CUE_WINDOW):
        return y
    return y + 1


def occurrence_by_tense(on: Callable[[int], dt.date | None], ref: dt.date, when: Tense,
                        next_window: int = 0) -> dt.date | None:
    """The occurrence of a yearly day told without a year (a festival, a lunar date; ``on(year)`` gives its day in
    a Gregorian year) that an article dated ``ref`` means, by the same rule as :func:`year_by_tense`: the next one
    (on or after ``ref``) for a future tense; else this year's unless it lies more than :data:`PAST_WINDOW` (past
    tense) or :data:`NO_CUE_WINDOW` (no cue) days after ``ref``, then last year's; with no cue, next year's when it
    lies at most ``next_window`` days ahead (元旦 told on 28 December)."""
    if not 2 <= ref.year <= 9998:
        return on(ref.year)
    if when == "future":
        ahead = (d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := on(y)) is not None and d >= ref)
        return min(ahead, default=None)
    if when is None and next_window:
        nxt = on(ref.year + 1)
        if nxt is not None and ref < nxt <= ref + dt.timedelta(days=next_window):
            return nxt
    window = dt.timedelta(days=PAST_WINDOW if when == "past" else NO_CUE_WINDOW)
    this = on(ref.year)  # as :func:`past_year`: this year's, or last year's when this year's lies too far ahead
    return this if this is not None and this <= ref + window else on(ref.year - 1)


def decade_value(y: int) -> str | None:
    return f"{y // 10:03d}X" if 1 <= y <= 9999 else None


def century_value(c: int) -> str | None:
    """The ``c``-th century (20 -> ``19XX``)."""
    return f"{c - 1:02d}XX" if 1 <= c <= 99 else None


def range_value(a: str | None, b: str | None) -> str | None:
    """``a/b``, or ``a`` alone when both ends are the same value (今年最後一個季度 is one quarter); ``None`` when an
    end is missing or the range is no calendar range."""
    if not a or not b:
        return None
    if a == b:
        return a
    from timeline.model import TimeSpan

    try:
        TimeSpan.from_value(f"{a}/{b}")
    except (ValueError, OverflowError):
        return None
    return f"{a}/{b}"


_YEAR_ZERO = ("0000",)


VALID_MEMO = 4096
"""How many distinct values :func:`valid_value` remembers its answer for."""


@lru_cache(maxsize=VALID_MEMO)
def valid_value(value: str) -> bool:
    """True when ``value`` is a calendar value inside years 1..9999 (``TimeSpan.from_value`` accepts it).

    The one guard every reported value passes: arithmetic at the calendar's ends (``去年`` in year 1,
    ``H10000``) yields ``False`` here and the mention is reported with a null value instead. Remembered for
    the latest :data:`VALID_MEMO` values (a pure function of the value; a text's dates repeat, and article
    dating resolves each text two or three times): checking builds a span and throws it away.
    """
    from timeline.model import TimeSpan

    if any(part.startswith(_YEAR_ZERO) for part in value.split("/")):
        return False
    try:
        TimeSpan.from_value(value)
    except (ValueError, OverflowError, TypeError):
        return False
    return True


def value_start(value: str | None) -> dt.date | None:
    """First day a value covers (for ranges, of the first end)."""
    if not value:
        return None
    from timeline.model import parse_point

    try:
        return parse_point(value.split("/", 1)[0])[0]
    except (ValueError, OverflowError):
        return None


def value_end(value: str | None) -> dt.date | None:
    """Last day a value covers (for ranges, of the last end)."""
    if not value:
        return None
    from timeline.model import parse_point

    try:
        return parse_point(value.rsplit("/", 1)[-1])[1]
    except (ValueError, OverflowError):
        return None
