"""English rules, plus the script-neutral bare-year rule (``NeurIPS 2025``, ``in 2014``).

Same shape as :mod:`rules_zh`: pattern + normalizer + examples at 2026-02-18. English month names are read
from a table here (the engine never calls dateparser on the hot path: it has no offsets and is slow).
Rules with ``lang="auto"`` take the language of the characters around the mention.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from timeline.model import Granularity, Mod, as_granularity
from timeline.temporal import lexicon as lx
from timeline.temporal.fiscal import SPLIT_YEAR_END, fiscal_value, nearby_end_month, organization_end_month
from timeline.temporal.numerals import (
    EN_COUNT_NUMBERS,
    EN_DAY_ORDINALS,
    EN_DAY_WORDS,
    EN_ORDINALS,
    EN_SPELLED_YEAR,
    EN_THOUSANDS_YEAR,
    cn_int,
    en_day,
    en_int,
    en_spelled_year,
)
from timeline.temporal.resolve import (
    FOCUS_REACH,
    NO_CUE_WINDOW,
    PAST_WINDOW,
    Context,
    Norm,
    add_months,
    century_value,
    day_exists,
    day_value,
    decade_value,
    month_value,
    narrated_year,
    occurrence_by_tense,
    past_year,
    range_value,
    value_end,
    value_start,
    week_value,
    weekend_value,
    year_by_tense,
    year_value,
)
from timeline.temporal.rules import GroupReader, Groups, Rule

B0 = r"(?<![A-Za-z0-9])"
B1 = r"(?![A-Za-z0-9])"

MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
          "oct": 10, "nov": 11, "dec": 12}


def _mon(name: str) -> str:
    """A month name or abbreviation, capitalized or not (it only ever stands next to a day or year number); the
    full stop of an abbreviation is part of it (``Jan.``), a full stop after a full name ends the sentence."""
    return (rf"(?P<{name}>[Jj]an(?:uary|\.)?|[Ff]eb(?:ruary|\.)?|[Mm]ar(?:ch|\.)?|[Aa]pr(?:il|\.)?|[Mm]ay|[Jj]un(?:e|\.)?"
            rf"|[Jj]ul(?:y|\.)?|[Aa]ug(?:ust|\.)?|[Ss]ep(?:tember|t\.?|\.)?|[Oo]ct(?:ober|\.)?|[Nn]ov(?:ember|\.)?"
            rf"|[Dd]ec(?:ember|\.)?)")


_FULL_MON = ("(?!(?<=[Tt]his\\s)[a-z]|(?<=[Ll]ast\\s)(?:march|may)|(?<=[Nn]ext\\s)(?:march|may))"
             "(?P<mon4>[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|May|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober"
             "|[Nn]ovember|[Dd]ecember|(?:Sept?|Oct|Nov|Dec|Feb|Aug)(?:\\.|(?!\\.))|(?:Jan|Mar|Apr|Jun|Jul)\\."
             f"|(?:(?<=[Ll]ast\\s)|(?<=[Nn]ext\\s))(?:{'|'.join(lx.EN_LOWER_MONTH_ABBRS)})(?![a-z]))")
"""A month name standing alone (``in March``, ``early march``); after ``this`` capitalized only (``this march`` is a
walk), after ``last``/``next`` any but lower-case ``march`` and ``may`` (``next june``, not ``next may``); an
abbreviation capitalized (``last Sept.``, ``by Oct``; ``Jan``, ``Mar``, ``Apr``, ``Jun``, ``Jul`` only with their full
stop: ``Jan`` is a name, ``Mar-a-Lago`` a place), or in lower case after ``last``/``next`` (``last sept``:
:data:`lexicon.EN_LOWER_MONTH_ABBRS`)."""
_NUM = rf"\d{{1,3}}|(?i:an?|{'|'.join((*EN_COUNT_NUMBERS, *lx.EN_VAGUE_COUNTS))})"
"""A count before a unit: digits, a number word up to fifty (:data:`numerals.EN_NUMBERS`) or a vague count
(:data:`lexicon.EN_VAGUE_COUNTS`)."""
_NUM_EXACT = rf"\d{{1,3}}|(?i:an?|{'|'.join(EN_COUNT_NUMBERS)})"
"""A count told exactly (``_NUM`` without the vague ``a few``, ``several``)."""
_YEAR = r"(?:1[5-9]|20)\d\d"
_IN_PARAGRAPH = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
"""The gap between a clock time and its date: spaces, or one line break (a wrapped line), never a blank line."""
_TO_CLOCK = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*(?=[A-Za-z]))"
"""The gap from a date to its clock time: spaces, or a wrapped line going on with a word (``at 9 a.m.``); a clock
opening the next line is an update's stamp of its own (a live blog under its dateline), never the date's time."""
_UNITS = "|".join(lx.NOT_YEAR_UNITS)
_COUNT_NOUNS = "|".join(lx.EN_NOT_YEAR_NOUNS)

_PRE_MOD: dict[str, Mod] = {"on or about": "APPROX", "on or around": "APPROX", "since": "AFTER", "after": "AFTER", "before": "BEFORE", "around": "APPROX", "circa": "APPROX",
            "about": "APPROX", "c.": "APPROX", "approximately": "APPROX", "early": "START", "mid": "MID",
            "late": "END", "the end of": "END", "end of": "END", "the beginning of": "START",
            "the start of": "START", "the middle of": "MID", "the early": "START", "the late": "END",
            "end": "END", "year-end": "END", "beginning of": "START", "start of": "START", "middle of": "MID"}


def _pre_mod(s: str | None) -> Mod | None:
    if not s:
        return None
    return _PRE_MOD.get(" ".join(s.lower().strip(" -").split()).removesuffix(" in"))


_CODE_BEFORE = re.compile(rf"(?:{lx.alternation(lx.CODE_LABELS)})[\s:：#]*$", re.I)


def _n_year(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """A bare year (``in 2014``, ``NeurIPS 2025``); not a number after a code label (``股份代號：1873``, a stock
    code; ``編號2019``; :data:`lexicon.CODE_LABELS`)."""
    if _CODE_BEFORE.search(ctx.text, max(0, pos - 12), g.start("yr")):
        return None
    y = int(g.req("yr"))
    return Norm(year_value(y), "year", _pre_mod(g("pre")), False, y)


_FAR_YEAR_PREPS = "|".join(f"(?<=(?<![A-Za-z])[{w[0].upper()}{w[0]}]{w[1:]}\\s)" for w in lx.EN_FAR_YEAR_PREPS)
"""Where a year after 2099 may start: right after a preposition of :data:`lexicon.EN_FAR_YEAR_PREPS`."""


_DAY_YEAR = rf"(?:1[0-4]\d\d(?![\d%]|[.,]\d|\s+(?:{_COUNT_NOUNS}){B1})|{_YEAR})"
"""The year of a day told in full (``5 December 1391``): any from 1000, where a bare number is read from 1500."""


def _n_year_told(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """A year told as one beyond the four digits from 1500 to 2099 the bare-year rule reads: ``the year 1000``,
    ``476 AD``, ``AD 79``, ``by 2100``."""
    y = int(g("ytn") or g("yte") or g("ytb") or g.req("ytf"))
    v = year_value(y)
    return None if v is None else Norm(v, "year", None, False, y)


def _n_apos(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    yy = int(g.req("ay"))
    y = 1900 + yy if yy >= 30 else 2000 + yy
    return Norm(year_value(y), "year", None, False, y)


_CAP_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
"""Full month names, capitalized: a month used as a modifier (``the March accession``, ``a June agreement``) or
possessive (``December's figures``; not ``May's``, a name)."""


_BARE_MONTHS = "|".join(lx.EN_BARE_MONTHS)
_AFTER_MONTH = "(?:" + "|".join(f"(?<={m}{sep})" for m in _CAP_MONTHS.split("|") for sep in (r"\sand\s", r"\sor\s", r",\s")) + ")"
"""Right after a month name and ``and``/``or``/a comma: a month name there continues a list of months (``in June
and July``, ``June, July and August``), whichever its name."""


def _month_of(s: str) -> int:
    return MONTHS[s[:3].lower()]


_LIST_TAIL = re.compile(rf"(?:{lx.EN_LIST_DAY.replace('?P<d>', '')})*(?:,?\s+(?P<ty>(?:19|20)\d\d)(?!\d)"
                        r"|\s+(?:of\s+)?(?P<tw>[Ll]ast|[Tt]his|[Nn]ext)\s+year\b)")
"""What may follow a month-day without a year: more days of the list, then the list's year."""


_MONTH_LIST_TAIL = re.compile(rf"(?:(?:,\s*|\s+(?:and|or)\s+)(?:{_CAP_MONTHS}))+,?\s+(?P<my>(?:19|20)\d\d)(?![\d-])")
"""What may follow a month without a year: more months of the list, then the list's year (``May and June 2025``)."""


_LIST_SEP_BEFORE = re.compile(r"(?:\sand|\sor|,)\s$")


_ATTRIBUTIVE_BEFORE = re.compile(rf"\b(?:{'|'.join(lx.EN_ATTRIBUTIVE_DETERMINERS)})\s+$", re.IGNORECASE)
_OUTCOME_AFTER = re.compile(rf"\s+(?:[a-z][a-z-]+\s+)?(?:{'|'.join(lx.EN_OUTCOME_NOUNS)})s?\b")
_DEADLINE_AFTER = re.compile(rf"\s+(?:[a-z][a-z-]+\s+)?(?:{'|'.join(lx.EN_DEADLINE_NOUNS)})s?\b")


def _year_of_told(ctx: Context, m: int, d: int | None, start: int, end: int) -> int:
    """The year of a month (day) told without one (:func:`year_by_tense`), except that a date modifying a noun of
    an outcome (:data:`lexicon.EN_OUTCOME_NOUNS`, at most one word between: ``a June 30 court ruling``) in a
    clause told as future takes the tense of the noun's event, which is past: ``would ask the court to overturn a
    June 30 ruling`` told in July is this June's ruling (a noun of a plan, ``the March 4 summit``, keeps the
    clause's future); a date modifying a noun of a time limit (:data:`lexicon.EN_DEADLINE_NOUNS`) with no tense
    told is the coming one (``faces a Dec. 31 deadline`` told in February)."""
    assert ctx.ref is not None
    when = tense(ctx.text, start, end)
    if when is None and _DEADLINE_AFTER.match(ctx.text, end) is not None:
        when = "future"  # "the landlord faces a Dec. 31 deadline": a time limit not told as past lies ahead
    if (when == "future" and _OUTCOME_AFTER.match(ctx.text, end) is not None
            and _ATTRIBUTIVE_BEFORE.search(ctx.text, max(0, start - 6), start) is not None):
        when = "past"
    return year_by_tense(ctx.ref, m, d, when)


_SEASON_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}
"""The months of each season (northern meteorological seasons, as :func:`season_bounds`)."""


def _season_frame_year(ctx: Context, pos: int, m: int) -> int | None:
    """The year of month ``m`` told without one in the sentence of a season told just before it that is not the
    article's own (``Last spring the firm said it would open the plant in mid-April``, ``last winter … in
    January``): a month of that season lies in it, whatever the clause's tense; else ``None``."""
    lv = ctx.last_value
    if (ctx.last_gran != "season" or lv is None or len(lv) != 7 or lv[4] != "-" or lv[5:] not in _SEASON_MONTHS
            or m not in _SEASON_MONTHS[lv[5:]] or pos - ctx.last_pos > 200
            or _SENTENCE_BREAK.search(ctx.text, ctx.last_pos, pos) is not None):
        return None
    y = int(lv[:4])
    first, last = season_bounds(y, lv[5:])
    if ctx.ref is not None and first <= ctx.ref <= last:
        return None  # the season under way: the month by its tense
    return y + 1 if lv[5:] == "WI" and m <= 2 else y


def _n_monthname(g: Groups, ctx: Context, pos: int) -> Norm | None:
    mon = (g("mon") or g("mon2") or g("mon3") or g("mon5") or g("mon6") or g("mon7") or g("mon8") or g("mon9")
           or g.req("mon4"))
    m = _month_of(mon)
    d_raw = g("d") or g("d2") or g("dc") or g("dt")
    y_raw = g("y") or g("y2") or g("y3")
    d = int(d_raw) if d_raw else None
    relative = False
    mod: Mod | None = None
    tail = _LIST_TAIL.match(ctx.text, g.m.end()) if d is not None and not y_raw else None
    if tail is not None and tail["ty"]:  # "March 3 and 5, 2024": the year told after the list of days
        y_raw = tail["ty"]
    if d is None and not y_raw and (mtail := _MONTH_LIST_TAIL.match(ctx.text, g.m.end())) is not None:
        y_raw = mtail["my"]  # "in May and June 2025": the year told after the list of months
    if ((g("mon8") or g("mon7")) and not y_raw and ctx.last_gran == "month" and ctx.last_value
            and "/" not in ctx.last_value and pos - ctx.last_pos <= 40 and _LIST_SEP_BEFORE.search(ctx.text, max(0, pos - 6), pos)):
        # "June, July and August": a month continuing a list lies in the list's year (the next after December)
        ly, lm = int(ctx.last_value[:4]), int(ctx.last_value[5:7])
        return Norm(month_value(ly + (m < lm), m), "month", None, True, ly + (m < lm), m)
    if y_raw:
        y = int(y_raw)
    else:
        relative = True
        pre = (g("pre") or "").lower().strip(" -")
        if ctx.ref is None:
            return Norm(None, "day" if d else "month", relative=True)
        if tail is not None:  # "October 10 and 12 last year": the list's year told from the article date
            y = ctx.ref.year + {"this": 0, "last": -1, "next": 1}[tail["tw"].lower()]
        elif pre == "last":
            y = ctx.ref.year - 1 if m >= ctx.ref.month else ctx.ref.year
        elif pre == "next":
            y = ctx.ref.year + 1 if m <= ctx.ref.month else ctx.ref.year
        elif pre == "this":
            y = ctx.ref.year
        elif (sy := _season_frame_year(ctx, pos, m)) is not None:
            y = sy  # "Last spring the firm said it would open the plant in mid-April": that spring's April
        elif (pre in ("until", "through", "by") and tense(ctx.text, g.m.start()) != "past"
              and not (_other_year_in_focus(ctx, pos) and (_same_sentence(ctx, pos) or _framing_year(ctx, pos)))):
            y = ctx.ref.year if m >= ctx.ref.month else ctx.ref.year + 1  # a deadline lies ahead
        elif (_other_year_in_focus(ctx, pos) and ctx.focus_year is not None and ctx.focus_year < ctx.ref.year
              and (_same_sentence(ctx, pos) or _framing_year(ctx, pos))
              and _PAST_INTENTION.search(ctx.text, max(ctx.focus_pos, pos - TENSE_REACH), pos)):
            # "In March 2019 the firm had planned to open the plant in May": a future of the time narrated
            fm = ctx.focus_month
            y = ctx.focus_year + (1 if fm is not None and m < fm else 0)
        elif (_other_year_in_focus(ctx, pos) and ctx.focus_year is not None
              and (_same_sentence(ctx, pos) or _framing_year(ctx, pos))
              and not (ctx.focus_year < ctx.ref.year and tense(ctx.text, g.m.start()) == "future")):
            # "invited in July 1997, they join on March 12": not when told as future; a day earlier in the year than
            # a past focus month moves on to the next year ("launched in November 2022, and on May 9 ...")
            y = narrated_year(ctx, ctx.focus_year, m, d, tense(ctx.text, g.m.start(), g.m.end()))
        else:
            y = _year_of_told(ctx, m, d, g.m.start(), g.m.end())
        mod = _pre_mod(pre)
    if g("mpre"):
        mod = _pre_mod(g("mpre"))
        if d is not None and mod in ("START", "MID", "END"):
            return None  # "early March 7" is not an expression
    if g("wdp"):
        if d is None:
            return None
        if relative and y is not None:  # "Monday, Feb 18": the year in which that day is a Monday
            wd = _EN_WEEKDAYS[_WEEKDAY_ABBR.get(g.req("wdp").lower().rstrip("."), g.req("wdp").lower())]
            y = next((c for c in (y, y + 1, y - 1, y + 2, y - 2) if (dv := day_value(c, m, d)) and
                      dt.date.fromisoformat(dv).weekday() == wd), y)
    if d is not None:
        v = day_value(y, m, d)
        if v and g("wkof") and not g("dd") and mod is None:  # "the week of March 6": the week that day lies in
            return Norm(week_value(dt.date.fromisoformat(v)), "week", None, relative, y, m)
        if v and g("dd"):
            return Norm(range_value(v, day_value(y, m, int(g.req("dd")))), "day", None, relative, y, m)
        d0 = g("d0") or g("d0b")
        if v and d0 and int(d0) < d:  # "10-12 February", "from 13 to 15 July": the days from the first
            return Norm(range_value(day_value(y, m, int(d0)), v), "day", None, relative, y, m)
        return Norm(v, "day", mod, relative, y, m) if v else None
    return Norm(month_value(y, m), "month", mod, relative, y, m)


_LIST_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
"""A day of the month in a list told before its month (``on 18 and 19 June``)."""


def _n_list_day(g: Groups, ctx: Context, pos: int) -> Norm | None:
    """``on 18 and 19 June``, ``on 3, 5 and 7 June 2025``: a day of a list told before its month, a mention of its
    own (the last day, with the month, is read by ``en_monthname``); the month and the year are those told after
    the list, else the year is placed by the tense like the month-day's."""
    return _month_day(g, ctx, int(g.req("ly")) if g("ly") else None, _month_of(g.req("lmon")), int(g.req("ld")))


_DECADE_WORDS = {"thir": 30, "for": 40, "fif": 50, "six": 60, "seven": 70, "eigh": 80, "nine": 90}
"""Spelled decades (``the nineties``) of the twentieth century; ``the twenties`` and ``the tens`` are left
out as they may be either century's."""


_DECADE_PHRASES = lx.en_words(lx.EN_DECADE_PHRASES).replace("\\ ", r"[\s-]+")


def _n_decade(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    mod = _pre_mod(g("dm"))
    if g("dph"):  # the noughties, the twenty-tens
        y = lx.EN_DECADE_PHRASES[" ".join(g.req("dph").lower().replace("-", " ").split())]
        return Norm(decade_value(y), "decade", mod, False, y)
    word = g("dw")
    if word:
        y = 1900 + _DECADE_WORDS[word.lower()[:-4]]
        return Norm(decade_value(y), "decade", mod, False, y)
    if g("dec"):
        y = int(g.req("dec"))
    else:
        n = int(g("d2") or g.req("d3"))
        y = 1900 + n if n >= 30 else 2000 + n
    return Norm(decade_value(y), "decade", mod, False, y)


_CENT_WORDS = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21}


def _n_century(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    c = int(g.req("c")) if g("c") else _CENT_WORDS[g.req("cw").lower()]
    return Norm(century_value(c), "century", _pre_mod(g("cm")), False)


def _yr(s: str | None) -> int | None:
    if not s:
        return None
    s = s.lstrip("'")
    return int(s) if len(s) == 4 else 2000 + int(s)


_REPORTED_PERIOD = re.compile(rf"[\s-]+(?:{lx.en_words(lx.EN_REPORT_NOUNS, False)})\b")
"""A quarter named as the period of a report (``will release fourth-quarter results``): a period over, whatever
the tense."""
QUARTER_FOCUS_YEARS = 2
"""A bare quarter or half-year takes the narrative year only when it lies at most this many years before the
article's year; otherwise it is read against the article date."""


_SENTENCE_START = re.compile(r"(?:^|[.!?;]\s+|\n)(?:[Ii]n|[Dd]uring|[Ff]or|[Tt]hroughout|[Bb]ack\s+in)?\s*$")
_SENTENCE_BREAK = re.compile(r"[.!?;][\"'’”)]*\s|\n")
"""A sentence end: a full stop (or ``!?;``), with the closing quotes or bracket after it (``"justified." While``)."""


def _other_year_in_focus(ctx: Context, pos: int) -> bool:
    """True when the narrative stands, close before ``pos``, in a year other than the article's, told as such (a
    year placed from the article date, ``in January`` read as next January, is not one)."""
    return ctx.recent_focus(pos) and ctx.ref is not None and ctx.focus_year != ctx.ref.year and ctx.focus_told


def _same_sentence(ctx: Context, pos: int) -> bool:
    """True when the narrative focus was set in the sentence of ``pos``."""
    return ctx.focus_pos >= 0 and _SENTENCE_BREAK.search(ctx.text, ctx.focus_pos, pos) is None


def _framing_year(ctx: Context, pos: int) -> bool:
    """True when the narrative year opens the sentence of ``pos`` (``In 2019, sales in the fourth quarter``):
    a year set as the frame of what follows, not one told in passing."""
    f = ctx.focus_pos
    if f < 0 or _SENTENCE_BREAK.search(ctx.text, f, pos):
        return False
    return _SENTENCE_START.search(ctx.text, max(0, f - 12), f) is not None


_PAST_INTENTION = re.compile(rf"\b(?:{lx.en_phrases(lx.EN_PAST_INTENTIONS)})\b", re.IGNORECASE)
"""An intention told in the past (:data:`lexicon.EN_PAST_INTENTIONS`)."""
_HAD_INTENTION = re.compile(rf"(?<=\bhad\s)(?:{lx.en_phrases(lx.EN_PAST_INTENTIONS)})\b", re.IGNORECASE)
"""A past perfect intention (``had hoped to``, ``had planned to``): no tense cue for a date told after it."""


_HALF_WORDS = lx.EN_HALF_WORDS
_QUARTER_ORD = "|".join(w for w in EN_ORDINALS if w.isalpha())
"""The ordinals of a quarter spelled out (``first``, ..., ``fourth``: :data:`numerals.EN_ORDINALS`)."""
_QUARTER_ORD_ALL = "|".join(EN_ORDINALS)
_QUARTER_ORD_CI = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" if w.isalpha() else w for w in EN_ORDINALS)


_PERIOD_TOPIC = re.compile(rf"\b(?:{'|'.join(lx.EN_PERIOD_TOPIC_WORDS)})\b", re.IGNORECASE)


_GAME_WORDS = re.compile(rf"\b(?:{'|'.join(lx.EN_GAME_WORDS)})\b", re.IGNORECASE)
_COMPANY_WORDS = re.compile(rf"\b(?:{'|'.join(lx.EN_COMPANY_WORDS)})\b")


def _bare_half(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``the second half`` without a year. Told as ahead (``expect growth to pick up in the second half``, ``a
    review is due in the second half``): the article year's half, the next year's when it is over. Told as past in
    a sentence of figures (:data:`lexicon.EN_PERIOD_TOPIC_WORDS`; ``the economy grew in the first half``): the
    latest such half ended by the article date; by a company whose fiscal year is known
    (:func:`fiscal.nearby_end_month`), that fiscal half; by another company (:data:`lexicon.EN_COMPANY_WORDS`:
    ``the firm's profit for the first half``) no mention, its fiscal half's months are not told. A sentence of a
    game (:data:`lexicon.EN_GAME_WORDS`: ``scored in the second half``) without a word of figures: no mention."""
    start = 0
    for b in _SENTENCE_BREAK.finditer(ctx.text, max(0, pos - 300), pos):
        start = b.end()
    end = g.m.end() if isinstance(g, Groups) else pos
    stop = _SENTENCE_BREAK.search(ctx.text, end, end + 300)
    stop_at = stop.start() if stop else min(len(ctx.text), end + 300)
    figures = _PERIOD_TOPIC.search(ctx.text, start, stop_at) is not None
    if not figures and _GAME_WORDS.search(ctx.text, start, stop_at) is not None:
        return None
    if ctx.ref is None:
        return Norm(None, "half", relative=True) if figures else None
    h = _HALF_WORDS[g.req("hob").lower()]
    y = ctx.ref.year
    last = dt.date(y, 6 * h, 30 if h == 1 else 31)
    if tense(ctx.text, pos, end) == "future" and not _REPORTED_PERIOD.match(ctx.text, end):
        if last < ctx.ref:
            y += 1
        return Norm(f"{y:04d}-H{h}", "half", None, True, y)
    if not figures:
        return None
    end_month = nearby_end_month(ctx.text, pos)
    if end_month is not None and end_month != 12:
        ended = [v for fy in range(y - 2, y + 1) if (v := fiscal_value(fy, end_month, half=h)) is not None
                 and v[11:] <= ctx.ref.isoformat()]
        return Norm(ended[-1], "half", None, True, int(ended[-1][:4]), int(ended[-1][5:7])) if ended else None
    if _COMPANY_WORDS.search(ctx.text, start, stop_at) is not None:
        return None
    if last >= ctx.ref:
        y -= 1
    return Norm(f"{y:04d}-H{h}", "half", None, True, y)


def _n_quarter(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    if g("hob"):
        return _bare_half(g, ctx, pos)
    q = g("q") or g("q2") or g("q3") or g("q6") or g("q7")
    if g("qo") or g("qo2"):
        q = str(EN_ORDINALS[(g("qo") or g.req("qo2")).lower()])
    if g("qsame"):  # "the 1988 quarter": the quarter just told, in that year; with none told, the year
        y5 = int(g.req("qy5"))
        if ctx.last_gran == "quarter" and ctx.last_value and pos - ctx.last_pos <= PERIOD_REACH:
            return Norm(f"{y5:04d}-{ctx.last_value[5:7]}", "quarter", None, False, y5, comparison=True)
        return Norm(year_value(y5), "year", None, False, y5, comparison=True)
    h = g("h") or g("h2") or g("h3")
    if g("ho") or g("hq"):
        h = str(_HALF_WORDS[(g("ho") or g.req("hq")).lower()])
    y = _yr(g("qy") or g("qy2") or g("qy3") or g("qy4") or g("qy5") or g("qy6") or g("qy7") or g("hy") or g("hy2")
            or g("hy3") or g("hy4"))
    if g("syc") or g("syt"):  # the third quarter of two thousand and twenty
        y = en_spelled_year(g("syc"), g("syn"), g("syt"))
    relative = False
    if y is None and q and g("qfis") and ctx.ref is not None and not (g("hrel") or g("qrel")):
        fiscal = _fiscal_quarter(ctx, pos, int(q), g.m.end() if isinstance(g, Groups) else pos)
        if fiscal is not None:
            return fiscal
    if y is None:
        relative = True
        rel = (g("hrel") or g("qrel") or "").lower()
        if rel in ("this", "last", "next") and ctx.ref is not None:
            y = ctx.ref.year + {"this": 0, "last": -1, "next": 1}[rel]
        else:
            y = ctx.year_at(pos)
            cjk = any("\u3400" <= c <= "\u9fff" for c in ctx.text[max(0, pos - 3):pos + 6])
            own = (not cjk and ctx.ref is not None and y != ctx.ref.year
                   and not (_same_sentence(ctx, pos) or _framing_year(ctx, pos)))
            if own and ctx.ref is not None:
                # in English a quarter told without a year is the news's own (the year just narrated only
                # when it was told in the same sentence or frames it: "In 2019, sales in the third quarter")
                y = ctx.ref.year
            far = (y is not None and ctx.ref is not None and ctx.ref.year - y > QUARTER_FOCUS_YEARS
                   and not _framing_year(ctx, pos))
            if far and ctx.ref is not None:
                # quarters are told without a year only near the news: a year far back in the narrative
                # (``bought in 2013 ... turned a profit in the third quarter``) is not theirs
                y = ctx.ref.year
            if y is not None and ctx.ref is not None and (own or far or not ctx.recent_focus(pos)) and not cjk:
                # "revenue in Q4", told in February: results are reported once the period is over (in Chinese
                # text a bare 第三季度/Q3 stays in the article's year, as the Chinese rules read it)
                if q:
                    first = dt.date(y, 3 * int(q) - 2, 1)
                elif h:
                    first = dt.date(y, 6 * int(h) - 5, 1)
                else:
                    raise LookupError("a quarter rule matched neither a quarter nor a half")
                end = g.m.end() if isinstance(g, Groups) else pos
                ahead = tense(ctx.text, pos, end) == "future" and not _REPORTED_PERIOD.match(ctx.text, end)
                if first > ctx.ref + dt.timedelta(days=PAST_WINDOW) and not ahead:
                    y -= 1  # ("expects a profit in the third quarter", told as future, stays ahead)
    if y is None:
        return Norm(None, "quarter" if q else "half", relative=True)
    if q:
        return Norm(f"{y:04d}-Q{q}", "quarter", _pre_mod(g("qpm")), relative, y)
    return Norm(f"{y:04d}-H{h}", "half", _pre_mod(g("qpm")), relative, y)


def _fiscal_quarter(ctx: Context, pos: int, q: int, end: int) -> Norm | None:
    """``its fiscal fourth quarter`` told without a year, by a company whose fiscal year does not end in December
    (:func:`nearby_end_month`): that quarter of the company's fiscal year, the latest one begun by the
    article date (results are reported once a quarter is over), or, told as still to come, the next one not yet
    over. ``None`` for a calendar fiscal year, or with no company named in this sentence or the one before (the
    calendar quarter is then read as any other)."""
    end_month = nearby_end_month(ctx.text, pos)
    if end_month is None or end_month == 12 or ctx.ref is None:
        return None
    ahead = tense(ctx.text, pos, end) == "future" and not _REPORTED_PERIOD.match(ctx.text, end)
    spans = [(fy, v) for fy in range(ctx.ref.year - 1, ctx.ref.year + 3)
             if (v := fiscal_value(fy, end_month, quarter=q)) is not None]
    if ahead:
        got = [(fy, v) for fy, v in spans if v[11:] >= ctx.ref.isoformat()]
        fy, v = got[0]
    else:
        got = [(fy, v) for fy, v in spans if v[:10] <= ctx.ref.isoformat()]
        if not got:
            return None
        fy, v = got[-1]
    return Norm(v, "quarter", None, True, int(v[:4]), int(v[5:7]))


def _n_fiscal(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``FY2025 Q3``, ``fiscal 2025``, ``fiscal year 2026-27``: a fiscal year (a quarter, a half) of the company named
    (:func:`fiscal.organization_end_month`); a year told over two calendar years ends in the second, in March when no
    company with another year end is named (:data:`fiscal.SPLIT_YEAR_END`)."""
    fy = _yr(g.req("fy"))
    if fy is None:
        return None
    end_month = organization_end_month(ctx.text, pos)
    if (fy2 := g("fy2")) is not None:  # fiscal year 2026-27: the year that ends in 2027
        if int(fy2) != (fy + 1) % 100:
            return None
        fy += 1
        if end_month == 12:
            end_month = SPLIT_YEAR_END
    q = g("q1") or g("q2")
    if g("q3"):  # FY2026第三季
        q = f"Q{cn_int(g.req('q3'))}"
    if g("qo") or g("qo2"):  # the third quarter of fiscal 2025, fiscal 2025 third quarter
        q = f"Q{EN_ORDINALS[(g('qo') or g.req('qo2')).lower()]}"
    if end_month == 12 and fy is not None:  # a fiscal year that is the calendar year: its calendar value
        if q and q[0] in "Qq":
            return Norm(f"{fy:04d}-Q{q[1]}", "quarter", None, False, fy)
        if q and q[0] in "Hh":
            return Norm(f"{fy:04d}-H{q[1]}", "half", None, False, fy)
        return Norm(year_value(fy), "year", None, False, fy)
    if q and q[0] in "Qq":
        return Norm(fiscal_value(fy, end_month, quarter=int(q[1])), "quarter", None, False)
    if q and q[0] in "Hh":
        return Norm(fiscal_value(fy, end_month, half=int(q[1])), "half", None, False)
    return Norm(fiscal_value(fy, end_month), "year", None, False)


_FISCAL_REL = {"": 0, "current": 0, "this": 0, "latest": -1, "last": -1, "previous": -1, "past": -1, "coming": 1,
               "next": 1}
"""Which fiscal year, counted from the one the article date lies in, ``the current/last/next fiscal year`` is."""


def _n_fiscal_rel(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``the current fiscal year``, ``last fiscal year``, ``the fiscal year``: counted from the fiscal year the
    article date lies in (the organization's fiscal calendar when known, else the calendar year)."""
    if ctx.ref is None:
        return Norm(None, "year", relative=True)
    off = _FISCAL_REL[(g("frel") or g("frel2") or "").lower()]
    end_month = organization_end_month(ctx.text, pos)
    fy = (ctx.ref.year if ctx.ref.month <= end_month else ctx.ref.year + 1) + off
    if end_month == 12:
        return Norm(year_value(fy), "year", None, True, fy)
    return Norm(fiscal_value(fy, end_month), "year", None, True)


def _quarter_ending(day: str | None) -> str | None:
    """The calendar quarter that ends on ``day`` (``1988-09-30`` -> ``1988-Q3``), else ``None``: a results period
    told by its last day."""
    if not day or len(day) != 10 or "/" in day:
        return None
    d = dt.date.fromisoformat(day)
    if d.month % 3 or d.day != calendar.monthrange(d.year, d.month)[1]:
        return None
    return f"{d.year:04d}-Q{d.month // 3}"


def _n_year_ago_period(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``the year-earlier period``, ``the same quarter last year``, ``year-ago`` (results): the period just
    told, a year back; with no period told, the year before the article's."""
    shifted = ctx.period_shifted(pos, -1, PERIOD_REACH)
    if (g("yeu") or g("spu") or g("spu2")) and (shifted is None or ctx.last_gran in ("quarter", "half", "year") and ctx.ref is not None
            and (last := value_end(ctx.last_value)) is not None and last > ctx.ref):
        # "the year-earlier period" with nothing told close before, or after a period that has not ended (a
        # forecast: "losses through the third quarter of 1990 ... In the year-ago period"): the period the report
        # is about, a year back (the adjective alone, "the year-ago results", keeps the year before)
        shifted = ctx.reported_shifted(pos, -1, REPORTED_REACH) or shifted
    if g("yqo"):  # "the year-ago third quarter": that quarter of the year before the one narrated
        y = int(shifted[0][:4]) if shifted is not None and shifted[0] else ctx.ref.year - 1 if ctx.ref else None
        if y is None:
            return Norm(None, "quarter", relative=True)
        return Norm(f"{y:04d}-Q{EN_ORDINALS[g.req('yqo').lower()]}", "quarter", None, True, comparison=True)
    if shifted is not None:
        unit = (g("yeu") or g("spu") or g("spu2") or "").lower()
        v = shifted[0]
        if unit == "quarter" and v and shifted[1] in ("day", "month") and len(v) >= 7:
            # "the quarter ended Sept. 30 ... the year-ago quarter": the quarter that day lies in
            return Norm(f"{v[:4]}-Q{(int(v[5:7]) - 1) // 3 + 1}", "quarter", None, True, comparison=True)
        if unit in ("period", "") and shifted[1] == "day" and (q := _quarter_ending(v)) is not None:
            return Norm(q, "quarter", None, True, comparison=True)  # "the quarter ended Sept. 30 ... the period"
        return Norm(v, shifted[1], None, True, comparison=True)
    if g("yeu") or g("spu") or g("spu2"):
        return None  # "the year-earlier period" with no period told: not placed
    if ctx.ref is None:
        return Norm(None, "year", relative=True)
    return Norm(year_value(ctx.ref.year - 1), "year", None, True)


_GENERIC_OF = ("world", "society", "youth", "generation", "economy", "culture", "technology", "people", "city",
               "workforce", "leaders", "future")
_GENERIC_NOW = ("world|society|youth|young|generation|children|kids|teenagers|students|standards|economy|culture"
                "|technology|computers|consumers|families|workers|leaders|women|men")
"""Nouns after ``today's``/``tomorrow's`` that make it mean 'nowadays'/'the future' (in today's world), not a day;
one word may stand between (``today's personal computers``, 2026-12-05)."""
_NOT_OF_TOMORROW = "(?<![^Aa]s\\sof\\s)" + "".join(f"(?<!{w}\\sof\\s)" for w in _GENERIC_OF)
"""Before ``tomorrow``: ``the people of tomorrow``, ``the cars of tomorrow`` (a plural or a generic noun and ``of``)
mean the future; ``as of tomorrow``, ``the end of tomorrow`` are the day."""

REPORTED_REACH = 2000
"""How far back the period a results story reports on (:attr:`Context.reported_value`) is still what ``the
year-earlier period`` compares with."""

PERIOD_REACH = 400
"""How far back a reporting period (``the third quarter``) may have been told for ``a year ago``, ``the
year-earlier period`` or ``the quarter`` to refer to it."""


def _latest_quarter(ctx: Context, pos: int, ended: bool = False) -> Norm | None:
    """``the quarter``, ``the latest quarter``: the quarter just told (unless it has not begun by the article date,
    or for ``ended`` (``the latest quarter``) not ended: ``a fourth-quarter charge`` told in November), else the last
    one ended by the article date."""
    if (ctx.last_gran == "quarter" and ctx.last_value and pos - ctx.last_pos <= PERIOD_REACH
            and not (ctx.ref is not None and (bound := (value_end if ended else value_start)(ctx.last_value)) is not None
                     and bound >= ctx.ref + dt.timedelta(days=0 if ended else 1))):
        # (a quarter told that has not begun is none reported on; "the latest quarter" is one that has ended)
        return Norm(ctx.last_value, "quarter", None, True)
    if ctx.ref is None:
        return Norm(None, "quarter", relative=True)
    y, q = ctx.ref.year, (ctx.ref.month - 1) // 3  # the quarter before the current one (0 = last year's Q4)
    if q == 0:
        y, q = y - 1, 4
    return Norm(f"{y:04d}-Q{q}", "quarter", None, True, y)


def _month_day(g: Groups, ctx: Context, y: int | None, m: int, d: int, clock: bool = False) -> Norm | None:
    """Month ``m`` day ``d`` of year ``y``; without a year (``None``) the tense cue before the match places it
    (:func:`year_by_tense`), and with no article date it stays unresolved. ``clock``: refined by the match's
    clock time or part of day (granularity ``time``)."""
    relative = False
    if y is None:
        if ctx.ref is None:
            return Norm(None, "time" if clock else "day", relative=True)
        if not day_exists(m, d):
            return None
        y, relative = year_by_tense(ctx.ref, m, d, tense(ctx.text, g.m.start(), g.m.end())), True
    v, gran = refine(day_value(y, m, d), g) if clock else (day_value(y, m, d), "day")
    return Norm(v, gran, None, relative, y, m) if v else None


def _n_clock_date(g: Groups, ctx: Context, pos: int) -> Norm | None:
    """``5 p.m. EST Nov. 9``, ``Nov. 6, 1989 at 10 a.m.``: a month-day refined by its clock time."""
    m, d = _month_of(g("cmon") or g.req("cmon2")), int(g("cd") or g.req("cd2"))
    raw_y = g("cy") or g("cy2")
    if not raw_y and g("cwd") and ctx.ref is not None and day_exists(m, d):
        # "Tuesday, Jan 15, 1:00 PM": the year, near the one the tense gives, in which that day is a Tuesday
        wd = lx.EN_WEEKDAY_NAMES[g.req("cwd").lower()]
        y0 = year_by_tense(ctx.ref, m, d, tense(ctx.text, g.m.start(), g.m.end()))
        y = next((c for c in (y0, y0 + 1, y0 - 1, y0 + 2, y0 - 2) if (dv := day_value(c, m, d))
                  and dt.date.fromisoformat(dv).weekday() == wd), y0)
        return _month_day(g, ctx, y, m, d, clock=True)
    return _month_day(g, ctx, int(raw_y) if raw_y else None, m, d, clock=True)


_STAMP_LINE = re.compile(lx.STAMP_LINE)
_STAMP_PREFIX = re.compile(lx.STAMP_PREFIX)


def _stamped_lines(text: str) -> int:
    """How many lines of ``text`` open with an update's clock time (:data:`lexicon.STAMP_LINE`), up to two."""
    n = 0
    for _ in _STAMP_LINE.finditer(text):
        n += 1
        if n == 2:
            break
    return n


def _n_clock_stamp(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """A live story's update stamped by a clock time opening its line: that time of the article's day (a live
    story is dated by the day it covers). Either in English with a dash or colon before its text (``14:05 GMT -
    The minister resigned.``, ``9:30am: Polls open``: one such line is enough), or, in either language, any clock
    time opening two or more lines of the text (:data:`lexicon.STAMP_LINE`: ``10:32 台风登陆…``, ``【09:30】…``,
    ``**09:30** …``, ``9时10分 …``, ``10.32am …``, ``2:05 p.m.`` with its text on the next line; the span is the
    clock, without am/pm or brackets). No mention without an article date (a clock alone tells no day)."""
    if ctx.ref is None:
        return None
    if g("span") is not None:  # an update's clock opening one of two or more such lines
        if (_STAMP_PREFIX.fullmatch(ctx.text, ctx.text.rfind("\n", 0, pos) + 1, pos) is None
                or _stamped_lines(ctx.text) < 2):
            return None
        h, mi = int(g.req("sth")), int(g.req("stm"))
        if (ap := g("stap")) and h <= 12:
            h = h % 12 + (12 if ap in "Pp" else 0)
        return Norm(f"{ctx.ref.isoformat()}T{h:02d}:{mi:02d}", "time", None, True)
    one = _clock_of(g, "k")
    if one is None:
        return None
    return Norm(f"{ctx.ref.isoformat()}T{one[0] % 24:02d}:{one[1]:02d}", "time", None, True)


def _n_ctime(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """A machine timestamp as feeds and scrapers write it (``Wed Oct 26 15:50:06 2016``, ``Wed Oct 26 15:50:06
    +0000 2016``): that day at that minute, told in full (the weekday is not checked)."""
    day = day_value(int(g.req("tsy")), _month_of(g.req("tsm")), int(g.req("tsd")))
    if day is None:
        return None
    return Norm(f"{day}T{int(g.req('tsh')):02d}:{g.req('tsmi')}", "time", None, False)


def _n_the_year(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``the year``, ``the full year`` in a report: the article's year."""
    if ctx.ref is None:
        return Norm(None, "year", relative=True)
    return Norm(year_value(ctx.ref.year), "year", None, True, ctx.ref.year)


def _n_year_end(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``by year-end``, ``around year end``, ``until year's end`` (told after a preposition, so that the
    adjective in ``year-end results`` is not read): the article's year, END; ``since``/``after year-end`` and a
    past year-end told in the first quarter are the year before."""
    if ctx.ref is None:
        return Norm(None, "year", relative=True)
    before = ctx.text[max(0, pos - 6):pos].lower()
    y = ctx.ref.year
    if "since" in before or "after" in before or (ctx.ref.month <= 3 and tense(ctx.text, pos) == "past"):
        y -= 1
    return Norm(year_value(y), "year", "END", True, y)


def _n_the_quarter(g: Groups, ctx: Context, pos: int) -> Norm | None:
    """``the quarter``, ``the latest quarter`` (:func:`_latest_quarter`); ``the December quarter``, ``the March
    quarter``: the quarter ending in that month, the month placed by its tense as a month told bare; in a compound (``the quarter-to-quarter
    comparison``) no mention, but the quarter the story stands in all the same (``context_only``)."""
    if (qm := g("tqm")) is not None:  # "the December quarter": the quarter that ends in that month
        if ctx.ref is None:
            return Norm(None, "quarter", relative=True)
        m = _month_of(qm)
        y = _year_of_told(ctx, m, None, g.m.start(), g.m.end())
        return Norm(f"{y:04d}-Q{m // 3}", "quarter", None, True, y)
    n = _latest_quarter(ctx, pos, ended=bool(g("tql")))
    if n is not None and ctx.text.startswith(lx.EN_COMPOUND_LINKS, g.m.end()):
        n.context_only = True
    return n


def _n_month_relyear(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``September last year``, ``March this year``, ``May of next year``."""
    if ctx.ref is None:
        return Norm(None, "month", relative=True)
    y = ctx.ref.year + {"this": 0, "last": -1, "next": 1}[g.req("mrw").lower()]
    m = _month_of(g.req("mrm"))
    return Norm(month_value(y, m), "month", None, True, y, m)


def _n_month_range(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``January-March 2025``, ``from March to May``: one month range (a year given applies to the end). Without a
    year, the article year's, unless, not told as ahead, its last month begins more than :data:`NO_CUE_WINDOW` days
    after the article date: then the year before (``profit for April-December rose``, told in February)."""
    m1, m2 = _month_of(g("mr1") or g.req("mr3")), _month_of(g("mr2") or g.req("mr4"))
    if g("mry"):
        y2 = int(g.req("mry"))
        y1 = y2 if m1 <= m2 else y2 - 1
        relative = False
    else:
        relative = True
        if ctx.recent_focus(pos) and ctx.focus_year is not None:
            y1 = ctx.focus_year
        elif ctx.ref is not None:
            y1 = past_year(ctx.ref, m1)
            y2 = y1 if m1 <= m2 else y1 + 1
            when = tense(ctx.text, pos, g.m.end() if isinstance(g, Groups) else pos)
            if when != "future" and dt.date(y2, m2, 1) > ctx.ref + dt.timedelta(days=NO_CUE_WINDOW):
                y1 -= 1  # "profit for April-December rose", told in February: the range that ended last year
        else:
            return Norm(None, "month", relative=True)
        y2 = y1 if m1 <= m2 else y1 + 1
    return Norm(range_value(month_value(y1, m1), month_value(y2, m2)), "month", None, relative, y1, m1)


def _n_months_span(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``the first nine months of 2025`` (from January), ``the 12 months ended Sept. 30`` (up to that month; the
    span is the count, ``the 12 months``: the month or day that ends it is a mention of its own, as with
    :func:`_n_period_ended`)."""
    raw = (g("fmn") or g.req("emn")).lower()
    if raw in lx.EN_VAGUE_COUNTS:
        return None
    n = en_int(raw)
    if not 1 <= n <= 12 and not (g("emn") and 1 <= n <= 36):
        return None
    if g("fmn"):
        if g("fmy"):
            y, relative = int(g.req("fmy")), False
        elif ctx.ref is None:
            return Norm(None, "month", relative=True)
        else:
            off = {"this": 0, "the": 0, "last": -1}[g.req("fmrel").lower()]
            y, relative = ctx.ref.year + off, True
        return Norm(range_value(month_value(y, 1), month_value(y, n)), "month", None, relative, y)
    m = _month_of(g.req("emon"))
    if g("emy"):
        y, relative = int(g.req("emy")), False
    elif ctx.ref is not None:
        y, relative = past_year(ctx.ref, m), True
    else:
        return Norm(None, "month", relative=True)
    sy, sm = add_months(y, m, 1 - n)
    return Norm(range_value(month_value(sy, sm), month_value(y, m)), "month", None, relative, y, m)


def _n_period_ended(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``the quarter ended Sept. 30``, ``the year ended July 2``, ``the six months ended Oct. 1``, ``the fiscal year
    ending June 30, 1990``: the period itself, as its own mention; the day that ends it is a mention of its own
    (read by the day rules, as TimeML marks it), so a reader keeps both the period and its closing day. A period
    ending on a calendar quarter's (year's) last day is that quarter (year); else the days it spans (months when
    it ends on a month's last day). The day's year: the one told, else the latest such day not more than 60 days
    ahead of the article (the tense rule for a past cue). ``the nine weeks ended Jan. 3``: the 63 days up to it."""
    weeks = 1
    if g("pewn"):  # the nine weeks ended Jan. 3: that many weeks of days up to the day
        raw = g.req("pewn").lower()
        if raw in lx.EN_VAGUE_COUNTS or not 1 <= (weeks := en_int(raw)) <= lx.EN_WEEKS_ENDED_MAX:
            return None
    if g("pewd"):  # the week ended Friday: the seven days up to the latest Friday (ending, told ahead: the next)
        if not g("pew"):
            return None
        if ctx.ref is None or not ctx.ref_exact:
            return Norm(None, "week", relative=True)
        wd = lx.EN_WEEKDAY_NAMES[g.req("pewd").lower()]
        if g.req("pet") != "ended" and tense(ctx.text, pos) == "future":
            last = ctx.ref + dt.timedelta(days=(wd - ctx.ref.weekday()) % 7)
        else:
            last = ctx.ref - dt.timedelta(days=(ctx.ref.weekday() - wd) % 7)
        return Norm(range_value((last - dt.timedelta(days=7 * weeks - 1)).isoformat(), last.isoformat()), "week", None,
                    True, last.year, last.month)
    if g("pemo"):  # the fiscal year ending in March: up to the month's end, the next one (ended: the latest)
        if ctx.ref is None:
            return Norm(None, "year", relative=True)
        m = _month_of(g.req("pemo"))
        y = ctx.ref.year
        if g.req("pet") == "ended":
            y -= dt.date(y, m, calendar.monthrange(y, m)[1]) >= ctx.ref
        else:
            y += dt.date(y, m, calendar.monthrange(y, m)[1]) < ctx.ref
        if g("pew"):
            return None
        months = 3 if g("peq") else 12
        if g("pen"):
            return None
        sy, sm = add_months(y, m, 1 - months)
        if months == 3 and m % 3 == 0:
            return Norm(f"{y:04d}-Q{m // 3}", "quarter", None, True, y, m)
        if m == 12:
            return Norm(year_value(y), "year", None, True, y)
        last = dt.date(y, m, calendar.monthrange(y, m)[1])
        return Norm(range_value(dt.date(sy, sm, 1).isoformat(), last.isoformat()), "quarter" if months == 3 else "year",
                    None, True, y, m)
    m, d = _month_of(g.req("pem")), int(g.req("ped"))
    if g("pew"):  # the week ended Nov. 28: the seven days up to it
        if g("pey"):
            y, relative = int(g.req("pey")), False
        elif ctx.ref is None or not day_exists(m, d):
            return Norm(None, "week", relative=True)
        else:
            y, relative = past_year(ctx.ref, m, d, 60), True
        try:
            last = dt.date(y, m, d)
        except ValueError:  # Feb. 29 of a common year
            return None
        return Norm(range_value((last - dt.timedelta(days=7 * weeks - 1)).isoformat(), last.isoformat()), "week", None,
                    relative, y, m)
    gran: Granularity = "quarter" if g("peq") else "year"
    months = 3 if g("peq") else 12
    if g("pen"):
        raw = g.req("pen").lower()
        if raw in lx.EN_VAGUE_COUNTS or not 1 <= (n := en_int(raw)) <= 36:
            return None
        months, gran = n, "month"
    if g("pey"):
        y, relative = int(g.req("pey")), False
    elif ctx.ref is None or not day_exists(m, d):
        return Norm(None, gran, relative=True)
    else:
        y, relative = past_year(ctx.ref, m, d, 60), True
    end = dt.date(y, m, d)
    sy, sm = add_months(y, m, 1 - months)
    if d == calendar.monthrange(y, m)[1]:
        if months == 3 and m % 3 == 0:
            return Norm(f"{y:04d}-Q{m // 3}", "quarter", None, relative, y, m)
        if months == 12 and m == 12:
            return Norm(year_value(y), "year", None, relative, y)
        if gran == "month":
            return Norm(range_value(month_value(sy, sm), month_value(y, m)), "month", None, relative, y, m)
        return Norm(range_value(dt.date(sy, sm, 1).isoformat(), end.isoformat()), gran, None, relative, y, m)
    py, pm = add_months(y, m, -months)
    start = dt.date(py, pm, min(d, calendar.monthrange(py, pm)[1])) + dt.timedelta(days=1)
    return Norm(range_value(start.isoformat(), end.isoformat()), gran, None, relative, y, m)


def _n_fiscal_end(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``the fiscal year ending March 2025``: the twelve months up to that month."""
    fy = int(g.req("fey"))
    return Norm(fiscal_value(fy, _month_of(g.req("fem"))), "year", None, False, fy)


def _n_range(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``from 2019 to 2021``, ``2019-21``, ``between 2010 and 2015``: the years as one range; ``the 2026/27
    financial year``: the fiscal year told over two calendar years (as ``fiscal year 2026-27``, :func:`_n_fiscal`)."""
    if (fa := g("rfa")) is not None:
        a = int(fa)
        if int(g.req("rfb")) != (a + 1) % 100:
            return None
        end_month = organization_end_month(ctx.text, pos)
        return Norm(fiscal_value(a + 1, SPLIT_YEAR_END if end_month == 12 else end_month), "year", None, False)
    a = int(g("ra") or g.req("ra2"))
    b_raw = g("rb") or g.req("rb2")
    b = int(b_raw) if len(b_raw) == 4 else (a // 100) * 100 + int(b_raw)
    if b < a:
        return None
    return Norm(range_value(year_value(a), year_value(b)), "year", None, False, a)


_COMPARED_BEFORE = re.compile(rf"\b(?:{'|'.join(lx.EN_COMPARISON_WORDS)})\b[^.;!?]{{0,50}}$", re.IGNORECASE)
"""A comparison told before a period in its clause (``compared with a loss of $3 million last year``)."""
_COMPARED_AMOUNTS_BEFORE = re.compile(rf"\b(?:{'|'.join(lx.EN_COMPARISON_WORDS)})\b(?:[^.;!?]|\.(?=\d)){{0,80}}$",
                                      re.IGNORECASE)
"""The same, read over amounts with a decimal point (``compared with a loss of $9.7 million, or 74 cents a share,
a year earlier``): whether ``a year earlier`` with nothing narrated is told at all."""


def _compared(text: str, pos: int, amounts: bool = False) -> bool:
    """Whether the period at ``pos`` is told for comparison (``up from ... a year ago``); ``amounts`` reads the
    clause over decimal amounts and further back."""
    if amounts:
        return _COMPARED_AMOUNTS_BEFORE.search(text, max(0, pos - 100), pos) is not None
    return _COMPARED_BEFORE.search(text, max(0, pos - 70), pos) is not None


_DURATION_BEFORE = re.compile(rf"(?:\b(?:{lx.en_phrases(lx.EN_DURATION_CUES)}|(?!(?:{lx.en_phrases(lx.EN_NOT_SUPERLATIVES)})\b)[a-z]+est)\b|%)"
                              r"[^.;!?]*$", re.IGNORECASE)
"""A word before ``in 7 days`` in its clause that makes it the period of a measure (``the first drop in 7
days``, ``up 4% in a week``), not the day it ends."""
_MEASURE_RIGHT_BEFORE = re.compile(rf"\b(?:{lx.en_phrases(lx.EN_ORDINAL_MEASURE_CUES)}|(?!(?:{lx.en_phrases(lx.EN_NOT_SUPERLATIVES)})\b)"
                                   r"[a-z]+est)(?:\s+[\w-]+){0,2}\s+(?:in|within|for)?\s*$", re.IGNORECASE)
"""An ordinal or a superlative at most two words before ``in a year`` (``its second increase in a year``, ``the
first time in a decade``, ``the biggest drop in a week``): the period of a measure whatever the tense."""


def _n_ago(g: Groups, ctx: Context, pos: int) -> Norm | None:
    raw = (g("n") or g.req("n2")).lower()
    if raw in lx.EN_VAGUE_COUNTS:
        return None
    n = en_int(raw)
    unit = " ".join((g("unit") or g.req("unit2")).lower().rstrip("s").split())
    workdays = unit != "day" and unit.endswith(" day")  # "in four business days": weekdays only
    if workdays:
        unit = "day"
    if unit == "fortnight":
        n, unit = 2 * n, "week"
    if g("n2") and not g("ntime"):
        # "the highest level in 10 years" is a duration; "will return in 7 days" is a date, and so is "in 7 days"
        # told without a past cue or a measure of a period before it (days and weeks only: "in 3 years" alone is
        # as often how long something took)
        when = tense(ctx.text, g.m.start())
        if _MEASURE_RIGHT_BEFORE.search(ctx.text, max(0, g.m.start() - 40), g.m.start()):
            return None  # "its second increase in a year", "for the first time in a decade": also in a future clause
        if when != "future" and (when == "past" or unit not in ("day", "week")
                                 or _DURATION_BEFORE.search(ctx.text, max(0, pos - 60), pos)):
            return None
    direction = " ".join((g("dir") or "hence").lower().split())
    later = direction in ("later", "earlier")  # told from the narrated time, not from the article date
    if direction == "ago" and unit == "year" and n == 1:
        # "sales rose in the third quarter from a year ago": that quarter a year back
        shifted = ctx.period_shifted(pos, -1, PERIOD_REACH)
        if shifted is not None and shifted[1] != "day":
            return Norm(shifted[0], shifted[1], None, True, comparison=True)
    if later and unit == "year":  # profit rose in the third quarter from a year earlier: that quarter, a year back
        shifted = ctx.period_shifted(pos, n if direction == "later" else -n, PERIOD_REACH)
        # A period (quarter, month...) compared a year back keeps its precision; after a day, "two
        # years later" tells a year, not the same calendar day.
        if shifted is not None and shifted[1] != "day":
            return Norm(shifted[0], shifted[1], None, True, comparison=True)
        if (direction == "earlier" and n == 1 and shifted is None and ctx.focus_pos <= ctx.reported_pos
                and not _compared(ctx.text, pos, amounts=True)
                and (rep := ctx.reported_shifted(pos, -1, REPORTED_REACH)) is not None):
            # "A year earlier, net income was $2.1 million" far after "a third-quarter net loss" and no year
            # narrated since: the period the report is about, a year back (told after "compared with", the year
            # before the article's, below)
            return Norm(rep[0], rep[1], None, True, comparison=True)
    if later and unit in ("day", "week"):  # two days later: from the day just narrated (none told: the article's)
        base = story_base(ctx, pos, forward=direction == "later", end=g.m.end())
        if base is None:
            return None
        d = base + dt.timedelta(days=(1 if direction == "later" else -1) * n * (7 if unit == "week" else 1))
        return Norm(d.isoformat(), "day", None, True)
    if later and (not ctx.recent_focus(pos, 600) or ctx.focus_year is None):
        if not (unit == "year" and direction == "earlier" and ctx.ref is not None
                and _compared(ctx.text, pos, amounts=True)):
            return None
        # "up from $3 million a year earlier", no year narrated: the year before the article's
        base_y, base_m, sign = ctx.ref.year, ctx.ref.month, -1
    elif later and ctx.focus_year is not None:
        base_y, base_m = ctx.focus_year, ctx.focus_month or 1
        sign = 1 if direction == "later" else -1
    else:
        if ctx.ref is None:
            return Norm(None, "year", relative=True)
        base_y, base_m = ctx.ref.year, ctx.ref.month
        sign = -1 if direction == "ago" else 1  # ago; from now, hence
    if unit == "year":
        y = base_y + sign * n
        # "up from $4 million a year earlier": a year told for comparison does not move the narrative
        told_for_comparison = n == 1 and sign < 0 and _compared(ctx.text, pos)
        return Norm(year_value(y), "year", None, True, y, comparison=told_for_comparison)
    if unit == "decade":
        y = base_y + sign * 10 * n
        return Norm(year_value(y), "year", "APPROX", True, y)
    if unit == "month":
        y, m = add_months(base_y, base_m, sign * n)
        return Norm(month_value(y, m), "month", None, True, y, m)
    days = n * 7 if unit == "week" else n
    if not ctx.ref_exact or ctx.ref is None:
        return None
    if workdays:  # counted over weekdays, Saturdays and Sundays skipped
        d = ctx.ref
        for _ in range(n):
            d += dt.timedelta(days=sign)
            while d.weekday() >= 5:
                d += dt.timedelta(days=sign)
        return Norm(d.isoformat(), "day", None, True)
    # weeks and days counted from a known day land on a day: "a week ago" is seven days back (not the ISO week)
    return Norm((ctx.ref + dt.timedelta(days=sign * days)).isoformat(), "day", None, True)


_REL_UNIT_GRAN: dict[str, Granularity] = {"decade": "decade", "year": "year", "quarter": "quarter", "month": "month", "week": "week",
                                          "weekend": "week"}
"""The precision of ``last year``, ``next quarter``, ``this weekend`` (a part of a week: ``2026-W07-WE``)."""


_REL_WORDS = lx.EN_REL_SPELLINGS


def _n_rel_year_part(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``this year's third quarter``, ``next year's first half``, ``last year's fourth-quarter``: one period, that
    quarter (half) of the year before, of or after the article's (a past one told for comparison)."""
    if ctx.ref is None:
        return Norm(None, "half" if g("ryh") else "quarter", relative=True)
    off = {"last": -1, "this": 0, "next": 1}[g.req("ryw").lower()]
    y = ctx.ref.year + off
    if g("ryh"):
        return Norm(f"{y:04d}-H{EN_ORDINALS[g.req('ryh').lower()]}", "half", None, True, y, comparison=off < 0)
    return Norm(f"{y:04d}-Q{EN_ORDINALS[g.req('ryq').lower()]}", "quarter", None, True, y, comparison=off < 0)


def _n_rel(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    w = " ".join(g.req("rw").lower().split())
    unit = {"yr": "year", "qtr": "quarter"}.get(g.req("ru").lower(), g.req("ru").lower())
    w = _REL_WORDS.get(w, w)
    if unit in ("quarter", "decade") and w in ("the following", "the next", "the previous", "the prior"):
        # "the previous quarter": the one before the quarter just told, else before the article's
        off = 1 if w in ("the following", "the next") else -1
        if unit == "quarter" and ctx.last_gran == "quarter" and ctx.last_value and pos - ctx.last_pos <= PERIOD_REACH:
            y, q = int(ctx.last_value[:4]), int(ctx.last_value[6]) - 1 + off
            return Norm(f"{y + q // 4:04d}-Q{q % 4 + 1}", "quarter", None, True, comparison=True)
        w = "next" if off == 1 else "last"
    if w in ("that", "the same", "the following", "the next", "the previous", "the prior"):
        # told from the narrated year (or month): needs a date close before
        if unit == "week":  # "the following week": the week after the day just narrated (story_base)
            base = story_base(ctx, pos, w not in ("that", "the same"))
            if base is None:
                return None
            off = 1 if w in ("the following", "the next") else -1 if w in ("the previous", "the prior") else 0
            return Norm(week_value(base + dt.timedelta(days=7 * off)), "week", None, True)
        if unit not in ("year", "month"):
            return None
        if ctx.focus_year is None and w != "that" and ctx.ref is not None:
            # "the same year", "the previous month", nothing narrated before: counted from the article's own (as
            # "the same day", en_story_day; "that year" needs a year told before it)
            off = 1 if w in ("the following", "the next") else -1 if w in ("the previous", "the prior") else 0
            if unit == "month":
                y, m = add_months(ctx.ref.year, ctx.ref.month, off)
                return Norm(month_value(y, m), "month", None, True, y, m)
            return Norm(year_value(ctx.ref.year + off), "year", None, True, ctx.ref.year + off)
        if not ctx.recent_focus(pos, 400) or ctx.focus_year is None:
            return None
        off = 1 if w in ("the following", "the next") else -1 if w in ("the previous", "the prior") else 0
        if unit == "month":
            if ctx.focus_month is None:
                return None
            y, m = add_months(ctx.focus_year, ctx.focus_month, off)
            return Norm(month_value(y, m), "month", None, True, y, m)
        y = ctx.focus_year + off
        return Norm(year_value(y), "year", None, True, y)
    if ctx.ref is None:
        return Norm(None, _REL_UNIT_GRAN[unit], relative=True)
    off = {"last": -1, "this": 0, "next": 1, "the current": 0}[w]
    if unit == "year" and off == -1 and (g("rposs") or _compared(ctx.text, pos)):
        # "earnings of $33 million last year", "last year's quarter", after "the third quarter": that quarter
        shifted = ctx.period_shifted(pos, -1, PERIOD_REACH)
        if shifted is not None and shifted[1] in ("quarter", "half", "month"):
            return Norm(shifted[0], shifted[1], None, True, comparison=True)
        if shifted is not None and shifted[1] == "day" and (ended := _quarter_ending(shifted[0])) is not None:
            return Norm(ended, "quarter", None, True, comparison=True)
    if unit == "quarter" and w == "this" and (_POSSESSIVE.match(ctx.text, g.end("ru")) or tense(ctx.text, pos) == "past"):
        # "This quarter's loss includes...", after "the third quarter ended Sept. 30": the quarter reported on
        told = ctx.period_shifted(pos, 0, PERIOD_REACH)
        if told is not None and told[1] == "quarter":
            return Norm(told[0], "quarter", None, True)
        if told is not None and told[1] == "day" and (ended := _quarter_ending(told[0])) is not None:
            return Norm(ended, "quarter", None, True)
    r = ctx.ref
    if unit == "decade":
        return Norm(decade_value(r.year + 10 * off), "decade", None, True)
    if unit == "year":
        return Norm(year_value(r.year + off), "year", None, True, r.year + off)
    if unit == "month":
        y, m = add_months(r.year, r.month, off)
        return Norm(month_value(y, m), "month", None, True, y, m)
    if unit == "quarter":
        q = (r.month - 1) // 3 + off
        y = r.year + q // 4
        return Norm(f"{y:04d}-Q{q % 4 + 1}", "quarter", None, True)
    if not ctx.ref_exact:
        return None
    if unit == "weekend":  # Saturday and Sunday of this (last, next) ISO week
        if off == 0 and r.weekday() < 5 and tense(ctx.text, pos, g.end("ru")) == "past":
            off = -1  # "We hiked this weekend." told on a weekday: the weekend just past
        return Norm(weekend_value(r + dt.timedelta(days=7 * off)), "week", None, True)
    return Norm(week_value(r + dt.timedelta(days=7 * off)), "week", None, True)


def _n_the_weekend(g: Groups, ctx: Context, pos: int) -> Norm | None:
    """``over the weekend``, ``during the weekend``, ``ahead of the weekend``: told in the future, the weekend of
    the article's week (the coming one, or the one under way); otherwise the latest weekend begun by the article's
    day (news tells a weekend after it: ``officials said over the weekend`` on a Monday is the two days just past).
    ``ahead of``/``before``/``until``/``by`` the weekend are read only in the future (in a past narrative they
    count from a day told, not from the article's). Needs the article's day."""
    if ctx.ref is None or not ctx.ref_exact:
        return None
    r = ctx.ref
    when = tense(ctx.text, pos, g.m.end())
    if g("twahead") is not None and when != "future":
        return None
    if when == "future" or r.weekday() >= 5:
        return Norm(weekend_value(r), "week", None, True)
    return Norm(weekend_value(r - dt.timedelta(days=7)), "week", None, True)


PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
                "overnight": "NI"}
"""Part-of-day words and their TIMEX3 codes (``Friday evening`` is ``…TEV``)."""
_POD_WORDS = "|".join(w for w in PARTS_OF_DAY if w not in ("tonight", "overnight"))
_ZONE_NAME = rf"(?i:{lx.en_words(lx.EN_TIME_ZONES, False)})(?![A-Za-z])"
_ZONE = (rf"(?:\s*\((?:[0-2]?\d:?[0-5]\d\s+)?{_ZONE_NAME}\)|\s+{_ZONE_NAME}"
         rf"(?:\s*\([0-2]?\d:?[0-5]\d\s+{_ZONE_NAME}\))?)?")
"""A time zone after a clock time, any case (``9 am EST``, ``8:00 gmt``, ``9 am (BST)``), or the same time told
in another zone in brackets (``10:35 a.m. (0735 GMT)``)."""


def _clock(p: str) -> str:
    """A clock time (``10 p.m.``, ``9:30 am``, ``9.30pm`` as British news writes it, ``15:00``, ``8h00``, an hour before a zone ``8 GMT``/``8h GMT``,
    ``noon``, ``midnight``), groups prefixed ``p``."""
    return (rf"(?:(?P<{p}ch>1[0-2]|0?[1-9])(?:[:.](?P<{p}cm>[0-5]\d))?\s?(?P<{p}ap>[AaPp](?:\.[Mm]\.|[Mm](?![A-Za-z])))"
            rf"|(?<![\d:])(?P<{p}ch24>[01]?\d|2[0-3])(?::|(?<=\d)h)(?P<{p}cm24>[0-5]\d)(?![\d:])"
            rf"|(?P<{p}chz>[01]?\d|2[0-3])h?(?=\s+{_ZONE_NAME})|(?P<{p}cnoon>noon|midnight)){_ZONE}")


_CLOCK_AHEAD = (rf"(?:(?:2[0-3]|[01]?\d)(?::[0-5]\d)?\s*[-–]\s*(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?[AaPp]\.?[Mm]|(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?[AaPp]\.?[Mm]|(?:[01]?\d|2[0-3])(?::|h)[0-5]\d"
                rf"|(?:[01]?\d|2[0-3])h?\s+{_ZONE_NAME})")
"""That a clock time follows (a lookahead: no groups)."""
def _clock_start(p: str) -> str:
    """The first end of a clock range (``9:30`` of ``9:30 to 11:00``, ``8`` of ``8-9am``), groups prefixed ``p``."""
    return rf"(?P<{p}h>2[0-3]|[01]?\d)(?:(?:[:.]|(?<=\d)h)(?P<{p}m>[0-5]\d))?(?:\s?(?P<{p}ap>[AaPp](?:\.[Mm]\.|[Mm])))?"


def _clock_range(p: str) -> str:
    """A clock range (``9:30 to 11:00``, ``8-9am``, ``between 1 and 3 pm``, ``from 9h30 until 11h00``): the end is a
    full clock time (``8-9`` alone is a score or a count), groups ``{p}s…`` and ``{p}e…``."""
    return (rf"(?:(?:[Ff]rom|[Bb]etween)\s+)?{_clock_start(p + 's')}\s*(?:[-–]|\s(?:{lx.en_phrases(lx.EN_CLOCK_RANGE_WORDS)})\s)\s*"
            rf"{_clock(p + 'e')}")


TOD_BEFORE = (rf"(?:{_clock_range('b')},?\s+(?:on\s+)?"
              rf"|(?:(?:at|around|about)\s+)?{_clock('b')},?\s+(?:on\s+)?"
              rf"|(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]?(?P<bpd>morning|afternoon|evening)\s+(?:on\s+)?)?")
"""A clock time, a clock range or a qualified part of day told before the day (``10 p.m. Wednesday``, ``noon
Thursday``, ``between 9:30 and 11:00 on Thursday``, ``mid-afternoon yesterday``)."""
TOD_AFTER = (rf"(?:\s+(?:(?i:early|late)\s+)?(?P<tpd>(?i:{_POD_WORDS})){B1}"
             rf"|\s+(?:(?i:early|late)\s+)?(?:in\s+the\s+)(?P<tpd2>(?i:morning|afternoon|evening)){B1}"
             rf"|\s+in\s+the\s+(?P<tpd3>early\s+hours)(?:\s+of\s+the\s+morning)?{B1}"
             rf"|,?\s+{_clock_range('a')}"
             rf"|,?\s+(?:at\s+|around\s+)?{_clock('a')})?")
"""A part of day, clock time or clock range told after the day (``Friday evening``, ``Monday early in the
morning``, ``Saturday at 9 am``, ``Thursday from 9:30 to 11:00``, ``Monday 8-9am``)."""


def _clock_of(g: GroupReader, p: str) -> tuple[int, int, bool] | None:
    """The clock time of :func:`_clock` groups prefixed ``p``: (hour, minute, told with am/pm), or ``None``."""
    if g(p + "cnoon"):
        return (12 if g(p + "cnoon") == "noon" else 24), 0, True
    if g(p + "ch"):
        return int(g.req(p + "ch")) % 12 + (12 if g.req(p + "ap")[0] in "Pp" else 0), int(g(p + "cm") or 0), True
    if g(p + "ch24"):
        return int(g.req(p + "ch24")), int(g.req(p + "cm24")), False
    if g(p + "chz"):
        return int(g.req(p + "chz")), 0, False
    return None


def refine(day: str | None, g: GroupReader) -> tuple[str | None, Granularity]:
    """``day`` refined by the part of day, clock time or clock range of :data:`TOD_BEFORE`/:data:`TOD_AFTER`,
    if any: ``("1998-02-12", "evening")`` -> ``("1998-02-12TEV", "time")``, ``8-9am`` ->
    ``…T08:00/…T09:00`` (a range's first end without am/pm takes the last end's half of the day unless that
    would put it after the end: ``11-1pm`` is 11:00 to 13:00); else ``(day, "day")``."""
    if day is None:
        return None, "day"
    pod = g("tpd") or g("tpd2") or g("bpd")
    if pod:
        return f"{day}T{PARTS_OF_DAY[pod.lower()]}", "time"
    if g("tpd3"):  # "in the early hours"
        return f"{day}TMO", "time"
    for p in ("b", "a"):
        if g(p + "sh") and (end := _clock_of(g, p + "e")) is not None:
            h, m = int(g.req(p + "sh")), int(g(p + "sm") or 0)
            if g(p + "sap"):
                h = h % 12 + (12 if g.req(p + "sap")[0] in "Pp" else 0)
            elif end[2] and end[0] >= 12 and h < 12 and (h + 12) * 60 + m <= end[0] * 60 + end[1]:
                h += 12  # "1-3 pm"
            if h * 60 + m > end[0] * 60 + end[1]:
                return f"{day}T{end[0]:02d}:{end[1]:02d}", "time"  # not a range of one day: its end alone
            return f"{day}T{h:02d}:{m:02d}/{day}T{end[0]:02d}:{end[1]:02d}", "time"
        if (one := _clock_of(g, p)) is not None:
            return f"{day}T{one[0]:02d}:{one[1]:02d}", "time"
    return day, "day"


_FUTURE_CUE = re.compile(rf"\b(?:{lx.en_phrases(lx.EN_FUTURE_MODALS)}|\w+'ll"
                         rf"|{lx.en_phrases(lx.EN_FUTURE_CUES, lx.EN_FUTURE_CUE_GUARDS, lx.EN_FUTURE_CUE_GUARDS_BEFORE)}"
                         rf"|(?:{lx.en_phrases(lx.EN_FUTURE_BE)})\s+(?:{lx.en_phrases(lx.EN_SCHEDULE_WORDS)})"
                         rf"|(?:{lx.en_phrases(lx.EN_POSTPONE_VERBS)})(?:s|e?d|ing)?\b(?:\s+\w+){{0,6}}?\s+until)\b",
                         re.IGNORECASE)
"""Future cues read before a date (:data:`lexicon.EN_FUTURE_CUES` and the words beside it)."""
_FUTURE_AFTER = re.compile(rf"\b(?:{lx.en_phrases(lx.EN_FUTURE_MODALS)}|\w+'ll|(?:{lx.en_phrases(lx.EN_FUTURE_AFTER_BE)})"
                           rf"\s+(?:{lx.en_phrases(('going to', *lx.EN_SCHEDULE_WORDS))})"
                           rf"|{lx.en_phrases(lx.EN_FUTURE_AFTER_CUES)})\b", re.IGNORECASE)
"""Future cues read after a date that opens its clause (a plan told in the past, ``planned to``, is not one)."""
_WORD_START = r"\b"
_NOT_PAST_ED_AFTER = "".join(rf"(?<!{'' if len(w) > 2 else _WORD_START}{re.escape(w)}\s)" for w in lx.EN_NOT_PAST_ED_AFTER)
_NOT_PAST_ED = "".join(f"(?<!{re.escape(w[:-2])})" for w in lx.EN_NOT_PAST_ED)
_PAST_CUE = re.compile(rf"\b(?:{lx.en_phrases(lx.EN_PAST_CUES)}|{_NOT_PAST_ED_AFTER}(?-i:[a-z]\w{{2,}}(?<!e){_NOT_PAST_ED}ed)(?!\s+by\b)"
                       rf"|{lx.en_phrases(lx.EN_PAST_VERBS)})\b", re.IGNORECASE)
"""Past cues read around a date: :data:`lexicon.EN_PAST_CUES`, :data:`lexicon.EN_PAST_VERBS` and any lower-case
word in ``-ed`` (not after an article, not in ``-eed``, not :data:`lexicon.EN_NOT_PAST_ED`)."""
_CLAUSE_END = re.compile(r"(?:(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Co))(?<!\b(?:Mrs|Gen|Gov|Sen|Rep|Col|Inc))\.|[!?;])"
                         r"\s+(?=[A-Z\"'])|,\s+(?=(?:where|which|who|whose|while|but|although)\b)|\n")
"""Where a clause ends for :func:`tense`: a sentence end (not the full stop of an initial or a title such as
``P.`` or ``Mr.``), a comma before a relative or contrasting clause (``, where``, ``, but``), a line break."""
_NOT_PAST_BEFORE = re.compile(rf"\b(?:{'|'.join(lx.EN_NOT_PAST_BEFORE)})\s+"
                              rf"(?:(?:{'|'.join(lx.EN_NOT_PAST_ADVERBS)}|\w+ly)\s+)?$", re.IGNORECASE)
"""What makes a past-looking word before it no past tense: a passive after ``be``/``is`` (``will be named``,
``is expected``) or an adjective after an article (``a still unspecified date``)."""
_CLAUSE_OPENER = re.compile(rf"[\s\"'(]*(?:(?:{lx.en_words(w.lower() for w in lx.EN_CLAUSE_OPENERS)})\s+)*")
"""What may stand between a clause's start and a date that opens it (``On``, ``And by``)."""
_RELATIVE_CLOSED = re.compile(rf"(?:{'|'.join(lx.EN_RELATIVE_WORDS)})\b[^,;]*,\s+")
"""A relative clause that opens the clause read for a tense cue and is closed by a comma before the date (``which
had been expected,``): its tense is its own, the reading starts after it."""
TENSE_REACH = 120
"""How many characters before a date its clause is read for a tense cue (and after a date that opens its clause).
News clauses put the verb well before the date (``will be named commander of ... for a mission in December``):
the clause's own end still bounds the reading."""


def tense(text: str, start: int, end: int | None = None) -> str | None:
    """``"future"`` when the tense cue nearest before the mention in its clause is a future one (``will``,
    ``is due``, ``plans to``, ``next``, ``until``; future wins a tie: ``is scheduled``), ``"past"`` for a past
    one (``said``, ``was``, ``-ed``), else ``None``. Cues after the date are read only for a mention that opens
    its clause (``On Tuesday, the league plans to...``; given its ``end``): elsewhere in news a date told
    without a year is most often past, and only a future told before it turns it ahead."""
    a = max(0, start - TENSE_REACH)
    for m in _CLAUSE_END.finditer(text, a, min(len(text), start + 1)):  # (+1: the lookahead of a sentence end
        if m.end() <= start:                                             # right before the mention sees it)
            a = m.end()
    if (rel := _RELATIVE_CLOSED.match(text, a, start)) is not None:
        a = rel.end()  # "The sale, which had been expected, is part of ...": the relative clause is over
    best: tuple[int, int, str] | None = None
    for kind, rx, rank in (("future", _FUTURE_CUE, 0), ("past", _PAST_CUE, 1)):
        for c in rx.finditer(text, a, start):
            if kind == "past" and _NOT_PAST_BEFORE.search(text, max(a, c.start() - 24), c.start()):
                continue  # "will be held", "would be paid", "a still unspecified date": a participle, not a past
            key = (start - c.end(), rank)
            if best is None or key < best[:2]:
                # "had hoped to launch in September": an intention of a past time, ahead of it or already over,
                # is no cue either way (the article's year up to the no-cue window, like a date told bare)
                best = (*key, "intent" if kind == "future" and _HAD_INTENTION.match(text, c.start()) else kind)
    if best is None and end is not None and _CLAUSE_OPENER.fullmatch(text, a, start):
        stop = min(len(text), end + TENSE_REACH)
        if (brk := _CLAUSE_END.search(text, end, stop)) is not None:
            stop = brk.start()
        for kind, rx, rank in (("future", _FUTURE_AFTER, 0), ("past", _PAST_CUE, 1)):
            after = rx.search(text, end, stop)
            if after is not None and (best is None or (after.start() - end, rank) < best[:2]):
                best = (after.start() - end, rank, kind)
    return best[2] if best and best[2] != "intent" else None


EN_PAST_WINDOW = NO_CUE_WINDOW
"""Kept for readers of the English rules: :data:`~resolve.NO_CUE_WINDOW`."""


_EN_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
                "sunday": 6}



_WEEKDAY_ABBRS = "|".join(a for w in sorted((w for w in lx.EN_WEEKDAY_NAMES if len(w) <= 5), key=len, reverse=True)
                          for a in (w.capitalize(), w.upper()))
"""Weekday abbreviations (``Thu``, ``FRI``): read as a weekday only before a clock time (``Thu at 8 am``) or after
``on`` at the end of a phrase (``on Sat.``); ``Sun``, ``Wed``, ``Sat`` are also words."""
_WEEKDAY_ABBR = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
                 "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday"}
_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
        "5th": 5, "last": -1}


def _n_nth_weekday(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``the first Monday of October 2014``, ``last Friday in March``, ``the second Tuesday of next month``: that
    day of the month (refined by a part of day told after the weekday)."""
    if g("nrel"):  # of next month: counted from the article's month
        if ctx.ref is None:
            return Norm(None, "day", relative=True)
        y, m = add_months(ctx.ref.year, ctx.ref.month, lx.EN_REL_MONTH_WORDS[g.req("nrel").lower()])
        relative = True
    elif g("nyr"):
        m, y, relative = _month_of(g.req("nmon")), int(g.req("nyr")), False
    elif ctx.recent_focus(pos) and ctx.focus_year is not None:
        m, y, relative = _month_of(g.req("nmon")), ctx.focus_year, True
    elif ctx.ref is not None:
        m = _month_of(g.req("nmon"))
        y, relative = past_year(ctx.ref, m), True
    else:
        return Norm(None, "day", relative=True)
    if not 1 <= y <= 9999:
        return None
    wd = _EN_WEEKDAYS[g.req("nwd").lower()]
    nth = _NTH[g.req("nth").lower()]
    last_day = calendar.monthrange(y, m)[1]
    if nth > 0:
        first = dt.date(y, m, 1)
        day = 1 + (wd - first.weekday()) % 7 + 7 * (nth - 1)
    else:
        day = last_day - (dt.date(y, m, last_day).weekday() - wd) % 7
    v = day_value(y, m, day) if day <= last_day else None
    if v is None:
        return None
    v, gran = refine(v, g)
    return Norm(v, gran, None, relative, y, m)


_DEADLINE_BEFORE = re.compile(rf"\b(?:{'|'.join(lx.EN_DEADLINE_WORDS)})\s+$", re.IGNORECASE)
"""A preposition that makes the day after it a deadline (``until 9 a.m. Tuesday``, ``by Friday``)."""


def _present_forms(verb: str) -> str:
    """``meet`` -> ``meet(?:e?s)?``, ``kick off`` -> ``kick(?:e?s)?\\s+off``: a verb with its ``-s`` form."""
    head, _, rest = verb.partition(" ")
    return head + r"(?:e?s)?" + (r"\s+" + rest if rest else "")


_SCHEDULED_PRESENT_BEFORE = re.compile(
    "".join(rf"(?<!\b{w}\s)" for w in lx.EN_DETERMINERS)  # a noun: "after the vote Monday", "a visit Friday"
    + rf"\b(?:{'|'.join(map(_present_forms, lx.EN_SCHEDULED_PRESENT_VERBS))})"
    rf"(?:\s+(?:{'|'.join(lx.EN_SCHEDULED_PRESENT_ADVERBS)})|(?:\s+[\w'’-]+){{1,6}}?\s+on)?\s+(?:on\s+)?$", re.IGNORECASE)
"""A scheduling verb in the present tense before a weekday (``meet separately Monday``, ``opens on Friday``, ``open
the new season at home on Wednesday``: words between only before ``on``)."""

_POSSESSIVE = re.compile(r"['’]s\b")
"""``Wednesday's ruling``: a weekday that names what happened on it is the latest one, whatever the tense."""


_LASTING_UNTIL = re.compile(rf"\b(?:{'|'.join(lx.EN_LASTING_VERBS)})\b[^.;,!?]{{0,30}}?\s(?:until|till)\s+(?:on\s+)?$",
                            re.IGNORECASE)
"""A lasting state in the present up to a weekday (:data:`lexicon.EN_LASTING_VERBS`)."""


def _weekday_ahead(text: str, start: int, end: int) -> bool:
    """Whether a bare weekday means the coming one: told in the future tense, or a deadline (``until Tuesday``) or
    a timetable in the present tense (``the two leaders meet Monday``) not told in the past."""
    when = tense(text, start, end)
    if _LASTING_UNTIL.search(text, max(0, start - 50), start) is not None:
        return True  # "schools stay closed until Wednesday"
    return when == "future" or (when is None and (_DEADLINE_BEFORE.search(text, max(0, start - 8), start) is not None
                                                  or _SCHEDULED_PRESENT_BEFORE.search(text, max(0, start - 80), start)
                                                  is not None))


_UNTIL_BEFORE = re.compile(rf"\b(?:{'|'.join(lx.EN_UNTIL_WORDS)})\s+(?:on\s+)?$", re.IGNORECASE)
"""``until`` before a weekday: the end of a state (``was suspended until Wednesday``) lies after its start."""


_MODAL_FUTURE = re.compile(rf"\b(?:{lx.en_phrases(lx.EN_FUTURE_MODALS)}|\w+'ll)\b", re.IGNORECASE)
_STATE_TOLD_PAST = re.compile(rf"\b(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?[a-z]{{2,}}(?:ed|en)"
                              rf"|(?:{lx.en_phrases(lx.EN_POSTPONE_VERBS)})(?:e?d)?)\b", re.IGNORECASE)
_SAME_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while)\s|[;.!?]\s")


def _until_told_past(text: str, start: int) -> bool:
    """Whether the weekday at ``start`` ends a state that a past act brought about: ``until`` right before it and,
    in the 60 characters of its clause before, a passive in the past or a postponing verb (``was suspended until
    Wednesday``, ``were adjourned until Thursday``, ``delayed the trial until Monday``) and no future modal (not
    ``will stay closed until Monday``; not an act that lasted up to that day, ``crews worked until Sunday``)."""
    if _UNTIL_BEFORE.search(text, max(0, start - 10), start) is None:
        return False
    a = max(0, start - 60)
    for m in _CLAUSE_END.finditer(text, a, start):
        a = m.end()
    return _STATE_TOLD_PAST.search(text, a, start) is not None and _MODAL_FUTURE.search(text, a, start) is None


def _state_base(ctx: Context, start: int) -> dt.date | None:
    """The day a state told with ``until`` began: a day told before in the same clause (``The trial, which opened
    on Tuesday, was adjourned until Thursday``), else the article's day (the act is news of the day)."""
    if (ctx.focus_day is not None and 0 <= start - ctx.focus_day_pos <= 200
            and _SAME_CLAUSE_BREAK.search(ctx.text, ctx.focus_day_pos, start) is None):
        return ctx.focus_day
    return ctx.ref


def _n_weekday(g: Groups, ctx: Context, pos: int) -> Norm | None:
    """``Monday`` in news is the latest one on or before the article day; ``next``/``last``/``this`` move it."""
    if ctx.ref is None or not ctx.ref_exact:
        return None
    wd = lx.EN_WEEKDAY_NAMES[(g("ewd") or g("ewa") or g.req("ewa2")).lower()]
    pre = " ".join((g("ewpre") or "").lower().split())
    if pre.startswith("this") and pre.endswith("past"):
        pre = "last"
    if pre == "this coming":  # the next such day after the article's
        d = ctx.ref + dt.timedelta(days=(wd - ctx.ref.weekday()) % 7 or 7)
        v, gran = refine(d.isoformat(), g)
        return Norm(v, gran, None, True)
    if pre.startswith("the "):
        # "the previous Friday": the one before the day just narrated (else before the article date)
        # (however far back that day was told: "the previous Friday" always counts from a day of the story)
        base = ctx.focus_day if ctx.focus_day is not None else ctx.ref
        if pre.endswith("following"):
            d = base + dt.timedelta(days=(wd - base.weekday()) % 7 or 7)
        else:
            d = base - dt.timedelta(days=(base.weekday() - wd) % 7 or 7)
        v, gran = refine(d.isoformat(), g)
        return Norm(v, gran, None, True)
    r = ctx.ref
    if pre == "this":
        d = r - dt.timedelta(days=r.weekday()) + dt.timedelta(days=wd)
    elif pre == "next":
        d = r - dt.timedelta(days=r.weekday()) + dt.timedelta(days=7 + wd)
    elif not pre and _until_told_past(ctx.text, g.m.start()):
        # "the trial was suspended until Wednesday": told in the past, the one after the day of the suspension
        base = _state_base(ctx, g.m.start()) or r
        d = base + dt.timedelta(days=(wd - base.weekday()) % 7 or 7)
    elif (not pre and r.weekday() != wd and not _POSSESSIVE.match(ctx.text, g.m.end())
          and _weekday_ahead(ctx.text, g.m.start(), g.m.end())):
        d = r + dt.timedelta(days=(wd - r.weekday()) % 7)  # "will meet on Friday": the coming one
    else:
        back = (r.weekday() - wd) % 7
        if pre == "last" and back == 0:
            back = 7
        d = r - dt.timedelta(days=back)
    v, gran = refine(d.isoformat(), g)
    late = g("ewlate")  # late Tuesday: the day's end; late Friday night stays the night
    return Norm(v, gran, ("END" if late[0] in "Ll" else "START") if late and gran == "day" else None, True)


def _n_calendar_year(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``CY2025``, ``cy24``: a calendar year (as against a fiscal one), two digits in this century."""
    y = _yr(g.req("cyy"))
    return Norm(year_value(y), "year", None, False, y) if y is not None else None


_RANGE_PREP_BEFORE = re.compile(rf"\b(?:{lx.en_words(lx.EN_NUMERIC_RANGE_PREPS)})\s+$")


def _n_numeric_range(g: Groups, ctx: Context, pos: int) -> Norm | None:
    """``12/22-1/3``, ``3/16-3/20, 2026``: two month/day dates joined by a dash, month first, read when a year
    follows, a preposition of time comes before (:data:`lexicon.EN_NUMERIC_RANGE_PREPS`: ``between 10/1-11/7``)
    or a day above 12 shows them to be dates (``2/29-3/1``; ``1/2-3/4`` is a fraction). With no year the last
    end is placed like ``Feb. 15`` (a range under way is the current one) and the first end is the latest such
    day before it."""
    m1, d1, m2, d2 = (int(g.req(k)) for k in ("ua", "ud", "ub", "ue"))
    told = g("uy") or g("uy2")
    if not (told or max(d1, d2) > 12 or _RANGE_PREP_BEFORE.search(ctx.text, max(0, pos - 12), pos)):
        return None
    if told:
        y2 = int(told)
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
        relative = False
    elif ctx.ref is None:
        return Norm(None, "day", relative=True)
    else:
        if not (day_exists(m1, d1) and day_exists(m2, d2)):
            return None
        when = tense(ctx.text, g.m.start(), g.m.end())
        y2 = year_by_tense(ctx.ref, m2, d2, when)  # placed by its last day: a range under way is this one
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
        if day_value(y1, m1, d1) is None:  # 2/29 of a common year: by its first day
            y1 = year_by_tense(ctx.ref, m1, d1, when)
            y2 = y1 if (m1, d1) <= (m2, d2) else y1 + 1
        relative = True
    a, b = day_value(y1, m1, d1), day_value(y2, m2, d2)
    if a is None or b is None:
        return None
    return Norm(range_value(a, b), "day", None, relative, y1, m1)


def _n_rel_numeric_date(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``this 5/12``, ``next 1/20``, ``last 2/25``: a month/day in digits after ``this`` (the article year's),
    ``next`` (the first one after the article date) or ``last`` (the latest one before it)."""
    if ctx.ref is None:
        return Norm(None, "day", relative=True)
    m, d, r = int(g.req("rnm")), int(g.req("rnd")), ctx.ref
    if not day_exists(m, d):
        return None
    w = g.req("rnw").lower()
    if w == "this":
        y = r.year
    elif w == "next":
        y = r.year if (m, d) > (r.month, r.day) else r.year + 1
    else:
        y = r.year if (m, d) < (r.month, r.day) else r.year - 1
    v = day_value(y, m, d)
    return Norm(v, "day", None, True, y, m) if v else None


def _two_digit_year(yy: int) -> int:
    """``'74`` is 1974, ``'15`` is 2015: two-digit years below 50 are this century's."""
    return 2000 + yy if yy < 50 else 1900 + yy


_DAY_FIRST_SEEN = re.compile(r"(?<![\d/.:,-])(?:1[3-9]|2\d|3[01])([/.-])(?:0?[1-9]|1[0-2])(?:\1(?:\d{4}|\d\d))?(?![\d/%]|[.,]\d)")
_MONTH_FIRST_SEEN = re.compile(r"(?<![\d/.:,-])(?:0?[1-9]|1[0-2])([/.-])(?:1[3-9]|2\d|3[01])(?:\1(?:\d{4}|\d\d))?(?![\d/%]|[.,]\d)")


@lru_cache(maxsize=16)
def _writes_day_first(text: str) -> bool:
    """Whether ``text`` writes its numeric dates day first: it has one that can only be day first (``18/5``,
    ``25.12.2025``) and none that can only be month first (``5/18``)."""
    return _DAY_FIRST_SEEN.search(text) is not None and _MONTH_FIRST_SEEN.search(text) is None


def _n_numeric_mdy(g: Groups, ctx: Context, pos: int) -> Norm | None:
    """Numeric dates in English order: month first (``10/31/74``, ``2/15``, ``10.31.1974``) unless the first
    number cannot be a month (``25/12/2025``, ``on 22/04`` are day first). A date without a year is placed like
    ``Feb. 15``; it needs a preposition before it (``on 3/1``) unless it reads as month/day only (``2/15``: not
    ``3/4`` or ``1/18``, fractions, nor ``24/7``). The year may follow a comma (``08/12,2015``); after ``on`` a
    month and day may be joined by a full stop (a two-digit day) or a hyphen (a day from 13: ``on 3-2`` is a score)
    when nothing but the clause's end follows (``on 4.22``, ``on 4-22``; not ``on 4.22 million``). A text that
    writes its dates day first (:func:`_writes_day_first`: ``starts on 18/5 … resume on 01/06/2026``) is read day
    first throughout."""
    a = int(g("na") or g("na2") or g("na4") or g("pa3") or g.req("pa"))
    b = int(g("nb") or g("nb2") or g("nb4") or g("pb3") or g("pb4") or g.req("pb"))
    m, d = (b, a) if a > 12 or (b <= 12 and _writes_day_first(ctx.text)) else (a, b)
    raw_y = g("ny") or g("ny2") or g("ny4")
    return _month_day(g, ctx, (int(raw_y) if len(raw_y) == 4 else _two_digit_year(int(raw_y))) if raw_y else None,
                      m, d)


_OWNER_BEFORE = re.compile(rf"(?:\b(?:{'|'.join(lx.EN_COUNTED_RANGE_OWNERS)})|['’]s?)\s+$", re.IGNORECASE)


# "last" as a verb: after "to" or a modal ("expected to last three days", "could last two weeks")
_VERB_LAST_BEFORE = re.compile(r"(?<![A-Za-z])(?:to|will|would|could|might|may|can|should|must|did|does|do|not|"
                               r"[’']ll)\s+$", re.IGNORECASE)


def _n_last_n(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``the past 2 days``, ``the last two weeks``, ``the last 2 quarters``, ``the next three months``: that many whole
    units (days, ISO weeks, months, quarters) before (or after) the one the article date lies in, as one range; up to
    :data:`lexicon.COUNTED_RANGE_MAX` of each unit (``the next three years`` is a duration, no mention).
    Days and weeks need the article's day. ``his last two years``, ``the last two days of the trial`` are no date."""
    raw = g.req("lnn").lower()
    if raw in ("a couple of", "a few", "several", "many"):
        return None
    n, unit = en_int(raw), lx.EN_COUNTED_RANGE_UNITS[g.req("lnu").lower()]
    if not 1 <= n <= lx.COUNTED_RANGE_MAX[unit]:
        return None
    if _OWNER_BEFORE.search(ctx.text, max(0, pos - 12), pos):
        return None
    if g.req("lnw").lower() == "last" and _VERB_LAST_BEFORE.search(ctx.text, max(0, pos - 12), pos):
        return None  # "is expected to last three days", "could last two weeks": the verb, a duration
    if ctx.ref is None:
        return Norm(None, as_granularity(unit), relative=True)
    ahead = lx.EN_LAST_N_WORDS[g.req("lnw").lower()] > 0
    r = ctx.ref
    if unit == "workday":  # "the next 4 business days": weekdays only, Saturdays and Sundays skipped
        if not ctx.ref_exact:
            return None
        days: list[dt.date] = []
        d, one = r, dt.timedelta(days=1 if ahead else -1)
        while len(days) < n:
            d += one
            if d.weekday() < 5:
                days.append(d)
        first, last = min(days), max(days)
        return Norm(range_value(first.isoformat(), last.isoformat()), "day", None, True, first.year, first.month)
    if unit in ("day", "week"):
        if not ctx.ref_exact:
            return None
        step = dt.timedelta(days=1 if unit == "day" else 7)
        first = r + step * (1 if ahead else -n)
        last = first + step * (n - 1)
        if unit == "day":
            return Norm(range_value(first.isoformat(), last.isoformat()), "day", None, True, first.year, first.month)
        return Norm(range_value(week_value(first), week_value(last)), "week", None, True)
    if unit == "month":
        first_m = add_months(r.year, r.month, 1 if ahead else -n)
        last_m = add_months(first_m[0], first_m[1], n - 1)
        return Norm(range_value(month_value(*first_m), month_value(*last_m)), "month", None, True)
    k = r.year * 4 + (r.month - 1) // 3 + (1 if ahead else -n)
    return Norm(range_value(f"{k // 4:04d}-Q{k % 4 + 1}", f"{(k + n - 1) // 4:04d}-Q{(k + n - 1) % 4 + 1}"),
                "quarter", None, True)


def _month_year(g: GroupReader, ctx: Context, pos: int, m: int, group: str) -> tuple[int, bool] | None:
    """The year of month ``m``: the one told in ``group`` (not relative), else chosen by the tense like
    ``in March`` (relative); None with no reference to choose from."""
    if g(group):
        return int(g.req(group)), False
    if ctx.ref is None:
        return None
    return year_by_tense(ctx.ref, m, None, tense(ctx.text, pos)), True


def _n_week_of_month(g: Groups, ctx: Context, pos: int) -> Norm | None:
    """``the first week of March``, ``the last week of December 2025``: the seven days it names (days 1-7, 8-14,
    ...; the last week ends on the month's last day), the month placed like ``in March``."""
    m = _month_of(g.req("wkm"))
    told = _month_year(g, ctx, pos, m, "wky")
    if told is None:
        return Norm(None, "day", relative=True)
    y, relative = told
    n = lx.EN_WEEK_OF_MONTH[g.req("wkn").lower()]
    last = calendar.monthrange(y, m)[1]
    a = last - 6 if n < 0 else 7 * (n - 1) + 1
    v = range_value(day_value(y, m, a), day_value(y, m, min(a + 6, last)))
    return Norm(v, "day", None, relative, y, m)


def _n_month_short_year(g: Groups, ctx: Context, pos: int) -> Norm | None:
    """``April of 87``, ``15 April of 87``: a month (day) with a two-digit year after ``of``; ``14th April 15`` (a
    day, a month and a two-digit year that ends the phrase: ``on 14 April 15 people died`` is a count)."""
    y, m = _two_digit_year(int(g("ssy") or g.req("ssy2"))), _month_of(g("ssm") or g.req("ssm2"))
    if g("ssd") or g("ssd2"):
        v = day_value(y, m, int(g("ssd") or g.req("ssd2")))
        return Norm(v, "day", None, False, y, m) if v else None
    return Norm(month_value(y, m), "month", None, False, y, m)


def _n_mon_numeric(g: Groups, ctx: Context, pos: int) -> Norm | None:
    """``31-Oct-74``, ``05/Aug/2016``, ``2019/aug/01``, ``Oct/2``: a month abbreviation between numbers."""
    m = _month_of(g("xm") or g("xm2") or g.req("xm3"))
    d = int(g("xd") or g("xd2") or g.req("xd3"))
    raw_y = g("xy") or g("xy2") or g("xy3")
    return _month_day(g, ctx, (int(raw_y) if len(raw_y) == 4 else _two_digit_year(int(raw_y))) if raw_y else None,
                      m, d)


def _n_spelled_day(g: Groups, ctx: Context, pos: int) -> Norm | None:
    """``the first of March``, ``March twenty-second``, ``the third day of October 2015``."""
    m = _month_of(g("sdm") or g.req("sdm2"))
    d = en_day(g("sdo") or g.req("sdo2"))
    if g("sdy"):
        y: int | None = int(g.req("sdy"))
    elif g("syc") or g("syt"):
        y = en_spelled_year(g("syc"), g("syn"), g("syt"))
    else:
        y = None
    return _month_day(g, ctx, y, m, d)


def _n_month_day_only(g: Groups, ctx: Context, pos: int) -> Norm | None:
    """``on the 15th``, ``by the 21st``: that day of the month just narrated (``In March ... on the 21st``), else
    of the article's month, or of the next one when it is past and nothing is told in the past tense (``on the
    3rd`` in a story of the 20th, told as past, is this month's). A day the month narrated does not have (``the
    31st`` after September) is read from the article's month."""
    raw = g("mdd") or g("mdd2") or g("mdd3") or g("mdd4")
    d = int(raw) if raw else en_day(g.req("mdo"))
    if ctx.recent_focus(pos) and ctx.focus_year is not None and ctx.focus_month is not None:
        y, m = ctx.focus_year, ctx.focus_month
        v = day_value(y, m, d)
        if v:
            return Norm(v, "day", None, True, y, m)
        # a day the month narrated does not have ("The first of September ... on the 31st"): read from the article
    if ctx.ref is None or not ctx.ref_exact:
        return None
    r = ctx.ref
    past = tense(ctx.text, g.m.start()) == "past"
    y, m = r.year, r.month
    if past and d > r.day:
        y, m = add_months(y, m, -1)
    elif not past and d < r.day:
        y, m = add_months(y, m, 1)
    v, gran = refine(day_value(y, m, d), g) if g("mdd4") else (day_value(y, m, d), "day")
    return Norm(v, gran, None, True, y, m) if v else None


_DAY_PREPS = "(?:" + "|".join(f"(?<=[{w[0].upper()}{w[0]}]{w[1:]}\\s)" for w in lx.EN_DAY_ONLY_PREPS) + ")"
"""A preposition before ``the 21st`` (lookbehinds: the mention starts at ``the``)."""
_DAY_FOLLOWERS = lx.en_words(lx.EN_DAY_ONLY_FOLLOWERS, False)

_PART_MOD: dict[str, Mod] = {"end": "END", "beginning": "START", "start": "START", "middle": "MID"}


_AT_THE_END = re.compile(r"\b[Aa]t\s+(?:[Tt]he\s+)?$")


def _n_part_of(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``the end of the year``, ``earlier this month``, ``the middle of next year``, ``the rest of the week``,
    ``by EOD``: parts of the current unit; ``the end of the day`` / ``the rest of the day`` is the day just
    narrated (else the article's: :func:`story_base`), never ``at the end of the day`` (an idiom)."""
    if g("pab"):
        unit, abbr_mod = lx.EN_PART_ABBREVIATIONS[g.req("pab").lower()]
    else:
        unit, abbr_mod = (g("pu") or g.req("pu2")).lower(), None
    if unit == "day":
        if _AT_THE_END.search(ctx.text, max(0, pos - 8), pos) and (g("pp2") or "").lower() == "end":
            return None  # "at the end of the day": an idiom ("in the end"), no time
        d = story_base(ctx, pos)
        word = (g("pp2") or "").lower()
        return None if d is None else Norm(d.isoformat(), "day", abbr_mod or _PART_MOD.get(word), True)
    if ctx.ref is None:
        return Norm(None, as_granularity(unit), relative=True)
    rel = " ".join((g("prel") or "this").lower().split()).removeprefix("the ")
    rel = lx.EN_PART_REL.get(rel, rel)
    off = {"last": -1, "next": 1}.get(rel, 0)
    word = (g("pp") or g("pp2") or "").lower()
    mod = abbr_mod or (_PART_MOD.get(word.split()[-1]) if word else None)
    if g("pe"):
        mod = None  # earlier/later this year: the unit itself
    if g("pm") or g("pm2"):
        mod = _PRE_MOD[(g("pm") or g.req("pm2")).lower()]
    r = ctx.ref
    if unit == "year":
        return Norm(year_value(r.year + off), "year", mod, True, r.year + off)
    if unit == "week":
        if not ctx.ref_exact:
            return None
        return Norm(week_value(r + dt.timedelta(days=7 * off)), "week", mod, True)
    y, m = add_months(r.year, r.month, off)
    return Norm(month_value(y, m), "month", mod, True, y, m)


EN_HOLIDAYS = lx.EN_HOLIDAYS


SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
"""Season words and their TIMEX3 codes (meteorological seasons: spring is March to May, winter runs from
December into the next February)."""
_SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON_WORDS = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in SEASONS)


def season_bounds(y: int, code: str) -> tuple[dt.date, dt.date]:
    """First and last day of season ``code`` of year ``y`` (winter ``y`` ends in February of ``y + 1``)."""
    first = dt.date(y, _SEASON_FIRST_MONTH[code], 1)
    ly, lm = add_months(y, _SEASON_FIRST_MONTH[code], 2)
    return first, dt.date(ly, lm, calendar.monthrange(ly, lm)[1])


_SEASON_PREP_BEFORE = re.compile(rf"\b(?:{lx.en_phrases(lx.EN_SEASON_PREPS)})\s+$", re.IGNORECASE)


def _n_season(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``last summer``, ``this fall``, ``the winter of 1994``, ``spring 2012``: a season as ``2012-SU``.

    ``last``/``this past``: the latest such season over by the article date; ``next``: the first to begin
    after it; ``this``/``the``: the one of the article's year (of the narrated year for ``the``)."""
    code = SEASONS[g.req("sea").lower()]
    pre = " ".join((g("spre") or "").lower().split())
    if g("sy") or g("syc") or g("syt"):
        y = int(g.req("sy")) if g("sy") else en_spelled_year(g("syc"), g("syn"), g("syt"))
        return Norm(f"{y:04d}-{code}", "season", _pre_mod(g("smod")), False, y)
    if not pre:
        return None  # a bare season word (winter storms, spring rolls) is not placed
    if (pre == "the" and g.req("sea").lower() == "fall"
            and not _SEASON_PREP_BEFORE.search(ctx.text, max(0, pos - 12), pos)):
        return None  # "banks led the fall": a decline; "in the fall" is the season
    if ctx.ref is None:
        return Norm(None, "season", relative=True)
    r = ctx.ref
    if pre in ("last", "this past", "past"):
        y = next(c for c in (r.year, r.year - 1, r.year - 2) if season_bounds(c, code)[1] < r)
    elif pre in ("next", "this coming", "coming"):
        y = next(c for c in (r.year - 1, r.year, r.year + 1) if season_bounds(c, code)[0] > r)
    else:
        base = r.year if pre == "this" else ctx.year_at(pos) or r.year
        y = base - 1 if code == "WI" and base == r.year and r.month <= 2 else base
        if ((base < r.year or pre == "the" and season_bounds(y, code)[1] < r)
                and tense(ctx.text, pos, g.end("sea")) == "future"):
            # "A plan was dropped in 2027. Cameras will be installed over the summer": still to come, so not the
            # narrated past year's but the first such season not over by the article date (also when the article
            # year's is over: "a review is scheduled for the spring", told in September, is next spring's)
            y = next(c for c in (r.year - 1, r.year, r.year + 1) if season_bounds(c, code)[1] >= r)
    return Norm(f"{y:04d}-{code}", "season", _pre_mod(g("smod")), True, y)


def _n_spelled_year(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``nineteen ninety-six``, ``the year two thousand``, ``January nineteen ninety-seven``."""
    y = en_spelled_year(g("syc"), g("syn"), g("syt"))
    if g("smon"):
        m = _month_of(g.req("smon"))
        return Norm(month_value(y, m), "month", None, False, y, m)
    return Norm(year_value(y), "year", None, False, y)


def _n_holiday(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """A holiday of :data:`lexicon.EN_HOLIDAYS` on its day: with its year (``Thanksgiving 2012``, ``Easter of next
    year``); after ``last``/``next`` (:data:`lexicon.EN_HOLIDAY_REL`) the latest occurrence before the article date
    or the first one after it (``next Thanksgiving`` told in February is this November's); after ``this`` the
    article year's; told bare, placed by the tense as a month-day without its year. ``the Easter weekend``, ``Memorial
    Day weekend``: the Saturday and Sunday next to it (before a Monday holiday; else those of its ISO week)."""
    from timeline.temporal import lunar

    key = lx.holiday_key(g.req("hol"))
    name = "除夕" if "eve" in key and "new year" in key and ("lunar" in key or "chinese" in key) else lx.EN_HOLIDAY_KEYS[key]
    year = int(g("hy") or g("hy2") or g("hy3") or 0) or None
    if g("syc") or g("syt") or g("hsyt"):  # Easter Sunday two thousand ten, Christmas nineteen ninety-nine
        year = en_spelled_year(g("syc"), g("syn"), g("syt") or g("hsyt"))
    rel = lx.EN_HOLIDAY_REL.get((g("hpre") or "").lower(), "")
    if g("hyr"):
        if ctx.ref is None:
            return Norm(None, "day", relative=True)
        year = ctx.ref.year + {"last": -1, "next": 1, "this": 0}[g.req("hyr").lower()]
    ahead = g("hin") or g("hin2")
    if ahead:  # "Diwali in five years", "Thanksgiving 9 months from now": the first one from that day on
        if ctx.ref is None:
            return Norm(None, "day", relative=True)
        raw = ahead.lower()
        base = _shift(ctx.ref, (g("hinu") or g.req("hinu2")).lower().rstrip("s"), en_int(raw))
        d = next((x for y in (base.year, base.year + 1) if (x := lunar.festival_date(name, y)) is not None and x >= base),
                 None)
        return Norm(d.isoformat(), "day", None, True, d.year) if d is not None else None
    if year is None and ctx.ref is None:
        return Norm(None, "day", relative=True)

    def on(y: int) -> dt.date | None:
        return lunar.festival_date(name, y)

    if year is not None:
        d = on(year)
    elif ctx.ref is not None and rel == "this":
        d = on(ctx.ref.year)
    elif ctx.ref is not None and rel:
        r = ctx.ref
        days = [x for y in range(r.year - 2, r.year + 3) if (x := on(y)) is not None]
        d = max((x for x in days if x < r), default=None) if rel == "last" else min((x for x in days if x > r), default=None)
    elif ctx.ref is not None:  # placed by the tense, as a month-day told without its year
        end = g.m.end() if isinstance(g, Groups) else pos
        d = occurrence_by_tense(on, ctx.ref, tense(ctx.text, pos, end))
    else:
        d = None
    if d is None:
        return None
    told = year is None or bool(rel) or bool(g("hyr"))
    if g("heve"):  # the eve of Eid al-Adha: the day before it
        return Norm((d - dt.timedelta(days=1)).isoformat(), "day", _pre_mod(g("hmod")), told, d.year)
    if g("hofn"):  # two weeks before Christmas, three days after Easter: the day it lands on
        raw = g.req("hofn").lower()
        if raw in lx.EN_VAGUE_COUNTS:
            return None
        d = _shift(d, lx.EN_COUNT_UNITS[g.req("hofu").lower()],
                   lx.EN_OFFSET_DIRECTIONS[g.req("hofd").lower()] * en_int(raw))
        return Norm(d.isoformat(), "day", None, told, d.year, d.month)
    if g("hwe") and lunar.festival_last_day(name, d) is None and not key.endswith(" week"):
        # the Easter weekend, the Memorial Day weekend: the Saturday and Sunday next to the holiday
        sat = d - dt.timedelta(days=2) if d.weekday() == 0 else d + dt.timedelta(days=5 - d.weekday())
        return Norm(weekend_value(sat), "week", _pre_mod(g("hmod")), told, sat.year)
    mod: Mod | None = _pre_mod(g("hmod")) or ("APPROX" if name in lunar.APPROX_FESTIVALS else None)
    if key.endswith(" week"):  # Easter week: the week that ends on Easter Sunday
        return Norm(week_value(d), "week", mod, told, d.year)
    last = lunar.festival_last_day(name, d)
    if last is not None:  # Ramadan, Passover, Lent: the range of their days
        return Norm(f"{d.isoformat()}/{last.isoformat()}", "day", mod, told, d.year)
    return Norm(d.isoformat(), "day", mod, told, d.year)


_STORY_AFTER = ("before", "after")
_STORY_PARTS = lx.en_words(lx.EN_STORY_DAY_PARTS, False)
STORY_DAY_REACH = 400
"""How far back the day that ``the next day``/``two days later`` count from may have been told."""


def story_base(ctx: Context, pos: int, from_article: bool = True, forward: bool = False,
               end: int | None = None) -> dt.date | None:
    """The day that ``the next day``, ``two days later`` count from: the day just narrated (told at most
    :data:`STORY_DAY_REACH` characters before); when no day has been told at all and the narrative has not left
    the article's time, the article's own day (``from_article``), but not to count ``forward`` in a clause told
    in the past (``Three days later, the index was down``: after an untold day, not after the article's); else
    ``None``. ``end``: where the mention ends (a mention that opens its clause reads its tense after it)."""
    if ctx.focus_day is not None and pos - ctx.focus_day_pos <= STORY_DAY_REACH:
        return ctx.focus_day
    if (from_article and ctx.focus_day is None and ctx.ref is not None and ctx.ref_exact
            and not _other_year_in_focus(ctx, pos)
            and not (forward and tense(ctx.text, pos, end) == "past")):
        return ctx.ref
    return None



_VOTE_WORDS = re.compile(rf"\b(?:{'|'.join(lx.EN_VOTE_WORDS)})\b", re.IGNORECASE)


def _n_vote_day(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``polling day``, ``voting day``: the day just narrated (told at most :data:`lexicon.VOTE_DAY_REACH`
    characters before) when the sentence that told it is of a vote (:data:`lexicon.EN_VOTE_WORDS`: ``Voters go to
    the polls on May 7. … turnout on polling day``); ``the eve of the election`` the day before it; else no mention
    (a vote's day not told)."""
    f = ctx.focus_day_pos
    if ctx.focus_day is None or not 0 <= pos - f <= lx.VOTE_DAY_REACH:
        return None
    start = 0
    for b in _SENTENCE_BREAK.finditer(ctx.text, max(0, f - 300), f):
        start = b.end()
    stop = _SENTENCE_BREAK.search(ctx.text, f, pos)
    if _VOTE_WORDS.search(ctx.text, start, stop.start() if stop else pos) is None:
        return None
    day = ctx.focus_day - dt.timedelta(days=1) if g("veve") else ctx.focus_day
    return Norm(day.isoformat(), "day", None, True)


def _n_nth_day_today(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``Today is the eighth day of the blockade``, ``It's the second day of the offensive``: a count of days told
    in the present tense of the article's own day is that day (only when the day is known)."""
    if ctx.ref is None or not ctx.ref_exact:
        return None
    return Norm(ctx.ref.isoformat(), "day", None, True)


def _n_story_day(g: Groups, ctx: Context, pos: int) -> Norm | None:
    """``the next day``, ``the day before``, ``that same day``, ``earlier that day``, ``the next morning``, ``that
    night``, ``in the morning`` (ending its phrase), ``by mid-afternoon``: counted from the day just narrated
    (refined by the part of day told; ``in the morning`` only after a day told, it is as often a habit). When no day has been told
    before and the narrative has not left the article's time, from the article's own day (a story that opens
    with ``the next day`` counts from its date), but for ``that day``/``that night``: a demonstrative needs a day
    told before it (``trades made that day`` with none is generic); a day told too far back places nothing."""
    base = story_base(ctx, pos, not (g("sdthat") or g("sdin")),
                      forward=lx.EN_STORY_DAY_WORDS.get((g("sdw") or g("sdb") or "same").lower(), 0) > 0, end=g.m.end())
    if base is None:
        return None
    w = (g("sdw") or g("sdb") or "same").lower()
    d = base + dt.timedelta(days=lx.EN_STORY_DAY_WORDS[w])
    part = g("sdp") or g("sdp2") or g("sdp3") or g("sdp4") or g("sdp5")
    if part:
        return Norm(f"{d.isoformat()}T{PARTS_OF_DAY[part.lower()]}", "time", None, True, d.year, d.month)
    return Norm(d.isoformat(), "day", None, True, d.year, d.month)


_TODAY_NAME_BEFORE = re.compile(r"\b[A-Z]{2,5}(?:['’]s)?\s+$")
_TODAY_NAME_AFTER = re.compile(rf"\s+(?:{'|'.join(lx.EN_TITLE_NOUNS)})\b")


def _n_day_rel(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``today``, ``yesterday``, ``tonight``, ``last night`` … from the article's day; a capitalised ``Today`` after
    an acronym or before a title noun is the name of a paper or a programme (``USA Today``, ``VOA Today``, ``the
    Today show``), no date."""
    if ctx.ref is None or not ctx.ref_exact:
        return None
    s = g.start("dr")
    if ctx.text.startswith("Today", s) and (_TODAY_NAME_BEFORE.search(ctx.text, max(0, s - 12), s)
                                             or _TODAY_NAME_AFTER.match(ctx.text, s + 5)):
        return None
    w = " ".join(g.req("dr").lower().split()).removeprefix("the ").replace("tmrw", "tomorrow").replace("tonite", "tonight")
    off = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "last night": -1, "this morning": 0,
           "this afternoon": 0, "this evening": 0, "this night": 0, "day after tomorrow": 2, "day before yesterday": -2}[w]
    day = (ctx.ref + dt.timedelta(days=off)).isoformat()
    part = PARTS_OF_DAY.get(w.split()[-1])
    if part is not None:  # tonight, last night, this morning: the day and its part
        return Norm(f"{day}T{part}", "time", None, True)
    v, gran = refine(day, g)
    return Norm(v, gran, None, True)


_EN_CARDINAL_DAYS = lx.en_words(lx.EN_CARDINAL_DAYS, False)
"""Days of the month spelled as cardinals (``fifteen August``), read only where a spelled year follows."""


def _n_after_next(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``the year after next``, ``the month after the next``: two units after the article's; ``the week before
    last``, ``the year before last``: two units before it; ``March after next``, ``January before last``: a year
    after ``next March`` (a year before ``last January``)."""
    if (mon := g("anm")) is not None:  # "March after next": a year after next March; "March before last"
        if ctx.ref is None:
            return Norm(None, "month", relative=True)
        m, r = _month_of(mon), ctx.ref
        y = (r.year - 1 if m >= r.month else r.year) - 1 if g("anb") else (r.year + 1 if m <= r.month else r.year) + 1
        return Norm(month_value(y, m), "month", None, True, y, m)
    unit = g.req("anu").lower()
    if ctx.ref is None:
        return Norm(None, _REL_UNIT_GRAN[unit], relative=True)
    r = ctx.ref
    k = -2 if g("anb") else 2
    if unit == "year":
        return Norm(year_value(r.year + k), "year", None, True, r.year + k)
    if unit == "month":
        y, m = add_months(r.year, r.month, k)
        return Norm(month_value(y, m), "month", None, True, y, m)
    if unit == "quarter":
        q = r.year * 4 + (r.month - 1) // 3 + k
        return Norm(f"{q // 4:04d}-Q{q % 4 + 1}", "quarter", None, True)
    if not ctx.ref_exact:
        return None
    return Norm(week_value(r + dt.timedelta(days=7 * k)), "week", None, True)


def _n_week_weekday(g: Groups, ctx: Context, pos: int) -> Norm | None:
    """``Friday next week``, ``last week on Tuesday``: that weekday of the ISO week before, of or after the
    article's; ``Thursday week``, ``a week on Tuesday`` (British): a week after the coming such weekday; ``two
    Tuesdays ago``: the second latest Tuesday before the article's day."""
    if ctx.ref is None or not ctx.ref_exact:
        return None
    if (wk := g("wwd3") or g("wwd4")) is not None:  # "Thursday week", "a week on Tuesday": a week after the next one
        r = ctx.ref
        ahead = (lx.EN_WEEKDAY_NAMES[wk.lower()] - r.weekday() - 1) % 7 + 1
        d = r + dt.timedelta(days=ahead + 7)
        return Norm(d.isoformat(), "day", None, True, d.year, d.month)
    if (wk := g("wwd5")) is not None:  # "two Tuesdays ago": the second latest Tuesday before the article's day
        r = ctx.ref
        back = (r.weekday() - lx.EN_WEEKDAY_NAMES[wk[:-3].lower() + "day"] - 1) % 7 + 1
        d = r - dt.timedelta(days=back + 7 * ({"two": 2, "three": 3, "four": 4}[g.req("wwn").lower()] - 1))
        return Norm(d.isoformat(), "day", None, True, d.year, d.month)
    wd = lx.EN_WEEKDAY_NAMES[(g("wwd") or g.req("wwd2")).lower()]
    off = {"next": 1, "last": -1, "this": 0}[(g("wwr") or g.req("wwr2")).lower()]
    r = ctx.ref
    d = r - dt.timedelta(days=r.weekday()) + dt.timedelta(days=7 * off + wd)
    v, gran = refine(d.isoformat(), g)
    return Norm(v, gran, None, True, d.year, d.month)


def _n_last_day_of(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``the last day of October 2015``: the month's last day (the month placed like ``in October``); ``the third
    last day of June``, ``the 2nd to last day of March``: counted back from it."""
    m = _month_of(g.req("ldm"))
    told = _month_year(g, ctx, pos, m, "ldy")
    if told is None:
        return Norm(None, "day", relative=True)
    y, relative = told
    raw = (g("ldn") or "first").lower()
    back = (EN_DAY_ORDINALS[raw] if raw in EN_DAY_ORDINALS else int(raw[:-2])) - 1  # "the third last day": two before it
    v = day_value(y, m, calendar.monthrange(y, m)[1] - back) if 1 <= y <= 9999 else None
    return Norm(v, "day", None, relative, y, m) if v else None


def _n_date_spelled_year(g: Groups, ctx: Context, pos: int) -> Norm | None:
    """``13 Sept nineteen seventy two``, ``fifteen August nineteen hundred ninety three``: a day, a month and a
    year spelled out."""
    m = _month_of(g("dsm") or g.req("dsm2"))
    raw = g("dsd") or g("dsd2")
    d = int(raw) if raw else en_day(g.req("dsw"))
    return _month_day(g, ctx, en_spelled_year(g("syc"), g("syn"), g("syt")), m, d)


def _n_nth_month(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``the third month of 2021``, ``the 9th month of next year``: that month of the year."""
    m = en_day(g.req("nmo"))
    if g("nmy4"):
        y, relative = int(g.req("nmy4")), False
    elif ctx.ref is None:
        return Norm(None, "month", relative=True)
    else:
        y, relative = ctx.ref.year + {"this": 0, "the": 0, "last": -1, "next": 1}[g.req("nmrel").lower()], True
    return Norm(month_value(y, m), "month", None, relative, y, m)


def _shift(d: dt.date, unit: str, n: int) -> dt.date:
    """Day ``d`` moved by ``n`` units (``day``, ``week``, ``fortnight``, ``month``, ``year``); a month or year
    shift keeps the day of the month, clamped to the month's last day (Jan 31 + 1 month = Feb 28)."""
    if unit in ("day", "week", "fortnight"):
        return d + dt.timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit])
    y, m = add_months(d.year, d.month, n * (12 if unit == "year" else 1))
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


_COUNT_PART = re.compile(rf"(?P<n>{_NUM})\s+(?P<u>{lx.en_words(lx.EN_COUNT_UNITS, False)})(?![A-Za-z])", re.IGNORECASE)
_COUNT = rf"(?:{_NUM})\s+(?:{lx.en_words(lx.EN_COUNT_UNITS, False)})"
"""One count of a unit (``21 days``, ``a month``)."""
_CLOCK_WORDS = rf"(?i:{lx.en_words((w for w in lx.EN_CLOCK_UNITS if w not in ('min', 'mins')), False)})|mins?"
_CLOCK_PART = re.compile(rf"(?P<n>{_NUM})\s*(?P<u>{_CLOCK_WORDS})(?![A-Za-z])")
_CLOCK = rf"(?:{_NUM})\s*(?:{_CLOCK_WORDS})(?![A-Za-z])"
"""One count of a clock unit after calendar ones (``1 day 2 hours later``, ``2 days 30 mins ago``)."""


_NOT_A_RATE = ("(?:(?![Aa]n?\\s)|" + "".join(rf"(?<!\d{re.escape(f'{w} ')})"
                                             for w in ("", "%", *(f" {x}" for x in lx.EN_RATE_AMOUNT_WORDS))) + ")")
"""Not ``a <unit>`` right after an amount (``$13.80 a month from October 1``, ``8 pounds a day``, ``15% a year``):
that is a rate, and the date after it stands alone."""


def _n_day_offset(g: Groups, ctx: Context, pos: int) -> Norm | None:
    """``three weeks from tomorrow``, ``two days before yesterday``, ``4 months after today``, ``3 days after
    January 12``: a count of units told from a day word or a month-day; the day it lands on."""
    if g("ofwd"):  # "the day before last Tuesday": a day either side of that weekday (placed as en_weekday places it)
        if ctx.ref is None or not ctx.ref_exact:
            return None
        r, wd = ctx.ref, lx.EN_WEEKDAY_NAMES[g.req("ofwd").lower()]
        back = (r.weekday() - wd) % 7 or (7 if g("ofwp") else 0)
        d = r - dt.timedelta(days=back) + dt.timedelta(days=lx.EN_OFFSET_DIRECTIONS[g.req("ofd2").lower()])
        v = f"{d.isoformat()}TNI" if g.req("ofthe").lower() == "night" else d.isoformat()
        return Norm(v, "time" if "T" in v else "day", None, True, d.year, d.month)
    raw = g.req("ofn").lower()
    if raw in lx.EN_VAGUE_COUNTS:
        return None
    sign = lx.EN_OFFSET_DIRECTIONS[g.req("ofd").lower()]
    if g("ofm"):  # "2 weeks before May 13, 1999": from that day
        y = int(g.req("ofy")) if g("ofy") else None
        anchor = _month_day(g, ctx, y, _month_of(g.req("ofm")), int(g.req("ofmd")))
        if anchor is None or anchor.value is None:
            return anchor
        base = dt.date.fromisoformat(anchor.value)
    elif ctx.ref is None or not ctx.ref_exact:
        return None
    else:
        base = ctx.ref + dt.timedelta(days=lx.EN_DAY_ANCHORS[g.req("ofa").lower()])
    d = _shift(base, lx.EN_COUNT_UNITS[g.req("ofu").lower()], sign * en_int(raw))
    return Norm(d.isoformat(), "day", None, True, d.year, d.month)


_RATE_BEFORE = re.compile(r"(?:\d|[a-z]{2,}(?<!was)(?<!has)(?<!is)s)\s+$")
_PARTICIPLE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*)[A-Z][a-z]+ing\s+$")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n\s*|[\"“]\s*)$")


def _n_event_offset(g: Groups, ctx: Context, pos: int) -> Norm | None:
    """``two weeks after Ostry's board rejected …``, ``a month after auditors found …``, ``Two days before the
    announcement, …``: a count of units told from another happening, not from a date. That happening is the one
    narrated last (the day or period told before, in the sentence or just before it). Opening its sentence, the
    count dates the sentence's main clause from it (``Two weeks after the vote, the minister resigned``: the vote +
    two weeks; ``Two days before the announcement, X had reported``: two days before it); inside a sentence, it
    dates the clause after it from the time told before (``agreed on Tuesday, two weeks after the board rejected
    …``: the rejection, two weeks before that Tuesday; ``, two days before the vote``: two days after it). Days and
    weeks need a day narrated; months and years count from the month or year. None when nothing is narrated."""
    raw = g.req("eon").lower()
    if raw in lx.EN_VAGUE_COUNTS:
        return None
    n = en_int(raw)
    unit = g.req("eou").lower().rstrip("s")
    if unit == "fortnight":
        n, unit = 2 * n, "week"
    after = g.req("eod").lower() == "after"
    if raw in ("a", "an") and _RATE_BEFORE.search(ctx.text, max(0, pos - 24), pos):
        return None  # "40,000 vehicles a day before it collapsed": a rate, no count from a happening
    opens = _OPENS_SENTENCE.search(ctx.text, max(0, pos - 6), pos) is not None
    if _PARTICIPLE_OPENING.search(ctx.text, max(0, pos - 30), pos):
        return None  # "Retaliating 13 days after the bombings, U.S. forces Thursday launched …": the day it counts
        # to is told after it
    sign = (1 if after else -1) if opens else (-1 if after else 1)
    day_near = ctx.focus_day is not None and pos - ctx.focus_day_pos <= STORY_DAY_REACH
    month_later = ctx.focus_year is not None and ctx.focus_explicit and ctx.focus_pos > ctx.focus_day_pos \
        and pos - ctx.focus_pos <= FOCUS_REACH \
        and not (ctx.ref is not None and (ctx.focus_year, ctx.focus_month or 12) > (ctx.ref.year, ctx.ref.month))
    # (a period told since the day but still to come, "would buy back shares by December", is a plan: the day told
    # stays the happening narrated last)
    if unit in ("day", "week"):
        base = ctx.focus_day if day_near and not month_later else None
        named = _named_anchor(ctx, g.end("eod")) if opens else None
        if named is not None:
            base = named  # "A week after the vote, …" where "…, two days after 87% … voted" dated the vote
        if base is None and ctx.nothing_told() and ctx.ref is not None and ctx.ref_exact:
            base = ctx.ref  # nothing narrated yet: the article's own day
        if base is None:
            return None
        d = base + dt.timedelta(days=sign * n * (7 if unit == "week" else 1))
        if not opens:
            _keep_anchor(ctx, g.end("eod"), d)
        return Norm(d.isoformat(), "day", None, True, comparison=not opens)
    if month_later and ctx.focus_year is not None:
        y, m = ctx.focus_year, ctx.focus_month
    elif day_near and ctx.focus_day is not None:
        y, m = ctx.focus_day.year, ctx.focus_day.month
    else:
        return None
    if unit == "year":
        return Norm(f"{y + sign * n:04d}", "year", None, True, comparison=not opens)
    if m is None:
        return None
    k = y * 12 + (m - 1) + sign * n * (12 if unit == "decade" else 1)
    if unit == "decade":
        return Norm(f"{k // 12:04d}", "year", None, True, comparison=not opens)
    return Norm(f"{k // 12:04d}-{k % 12 + 1:02d}", "month", None, True, comparison=not opens)


_ANCHOR_WORDS = re.compile(r"[A-Za-z]{4,}")
_NAMED_HAPPENING = re.compile(r"\s+the\s+([a-z]{4,})(?![A-Za-z])")
ANCHORS_KEPT = 8
"""How many happenings dated by a count from another a story keeps for a later count to name."""


def _keep_anchor(ctx: Context, at: int, day: dt.date) -> None:
    """Remember the happening told at ``at`` (the clause after "two days after") as dated ``day``."""
    stop = re.compile(r"[.;,!?\n]").search(ctx.text, at, at + 120)
    words = " ".join(w.lower() for w in _ANCHOR_WORDS.findall(ctx.text, at, stop.start() if stop else at + 120))
    if any(a == at for a, _, _ in ctx.offset_anchors):
        return
    ctx.offset_anchors.append((at, words, day))
    if len(ctx.offset_anchors) > ANCHORS_KEPT:
        del ctx.offset_anchors[0]


def _named_anchor(ctx: Context, at: int) -> dt.date | None:
    """The day of a happening told before ``at`` and dated by a count from another, when "the <noun>" at ``at``
    names it ("A week after the vote" after "…, two days after 87% of members voted": the vote's day); the latest
    such happening whose words share the noun's first four letters. None otherwise."""
    if not ctx.offset_anchors:
        return None
    m = _NAMED_HAPPENING.match(ctx.text, at)
    if m is None:
        return None
    stem = m.group(1)[:4]
    for a, words, day in reversed(ctx.offset_anchors):
        if a < at and any(w.startswith(stem) for w in words.split()):
            return day
    return None


def _clock_unit(k: str) -> str:
    """A clock unit (group ``u{k}``): ``hours``, ``min`` (lower case only: ``Min.`` is a minister)."""
    words = lx.en_words((w for w in lx.EN_CLOCK_UNITS if w not in ("min", "mins")), False)
    return rf"(?P<u{k}>(?i:{words})|mins?){B1}"


def _clock_count(k: str) -> str:
    """A count of clock units (groups suffixed ``k``): ``5 minutes``, ``30 min``, ``two hours``, ``2h``, ``an
    hour``, ``half an hour``."""
    return (rf"(?:(?P<half{k}>(?i:{lx.en_phrases(lx.EN_CLOCK_HALF_HOUR)})){B1}"
            rf"|(?P<n{k}>{_NUM})(?:\s*{_clock_unit(k)}|(?<=\d)(?P<uh{k}>{lx.EN_CLOCK_H}){B1}))")


_CLOCK_DIRS = lx.en_phrases(sorted(lx.EN_CLOCK_OFFSET_DIRECTIONS, key=len, reverse=True))


def _n_clock_offset(g: Groups, ctx: Context, pos: int) -> Norm | None:
    """``in 5 minutes``, ``within 2h``, ``30 min later``, ``two hours ago``, ``3 minutes from now``, ``the next 5
    hours``: a time counted in clock units from the article's (``later``/``earlier``: from the day just narrated,
    as ``two days later``). FORMAT.md has no clock value for a time told from now, so the answer is the day it
    falls on, counted in whole days from the start of that day (the clock of the article is not known): the same
    day below 24 hours. ``in``/``within`` a count is a date only as ``in 7 days`` is (told as future, or with no
    past cue and no measure before it: ``killed 12 people in 24 hours`` is a duration); a window of 24 hours or
    more (``the past 48 hours``) is the range of its days."""
    k = next((k for k in ("", "2", "3", "4") if g(f"n{k}") or g(f"half{k}") or g(f"u{k}")), "")
    raw = (g(f"n{k}") or "").lower()
    if g(f"half{k}"):
        secs = 1800
    elif not raw:  # "the next hour"
        secs = lx.EN_CLOCK_UNITS[g.req(f"u{k}").lower()]
    else:
        unit = (g(f"u{k}") or g.req(f"uh{k}")).lower()
        n = 1 if raw in lx.EN_VAGUE_COUNTS else en_int(raw)  # "a few minutes ago": well within its day
        secs = n * (3600 if unit == lx.EN_CLOCK_H else lx.EN_CLOCK_UNITS[unit])
        if raw in lx.EN_VAGUE_COUNTS and secs >= 3600:
            secs = 3600
    days = secs // 86400
    if not ctx.ref_exact or ctx.ref is None:
        return None
    if g("win"):  # the next / past N hours: a window from the article's time
        sign = lx.EN_CLOCK_WINDOW_WORDS[g.req("win").lower()]
        if sign < 0 and not raw:
            return None  # "the last minute" is an idiom ("a last-minute deal"), not a time
        if not days:
            return Norm(ctx.ref.isoformat(), "day", None, True)
        other = ctx.ref + dt.timedelta(days=sign * days)
        lo, hi = sorted((ctx.ref, other))
        return Norm(f"{lo.isoformat()}/{hi.isoformat()}", "day", None, True)
    direction = " ".join((g("dir") or "").lower().split())
    if not direction:  # in / within a count
        when = tense(ctx.text, g.m.start())
        if when == "past" or (when != "future" and _DURATION_BEFORE.search(ctx.text, max(0, pos - 60), pos)):
            return None
        direction = "from now"
    sign = lx.EN_CLOCK_OFFSET_DIRECTIONS[direction]
    if direction in ("later", "earlier"):
        base = story_base(ctx, pos, forward=sign > 0, end=g.m.end())
        if base is None:
            return None
    else:
        base = ctx.ref
    d = base + dt.timedelta(days=sign * days)
    return Norm(d.isoformat(), "day", None, True, d.year, d.month)


def _n_compound_ago(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``1 month 21 days ago``, ``2 years, 3 months from now``: several counts told from the article date
    (``later``/``earlier``: from the day just narrated, :func:`story_base`); the day they land on (larger units
    first, as a calendar counts them)."""
    direction = " ".join(g.req("cad").lower().split())
    base = (story_base(ctx, pos, forward=direction == "later", end=g.m.end() if isinstance(g, Groups) else None)
            if direction in ("later", "earlier")
            else ctx.ref if ctx.ref_exact else None)
    if base is None:
        return None
    sign = -1 if direction in ("ago", "earlier") else 1
    parts = [(lx.EN_COUNT_UNITS[m["u"].lower()], m["n"].lower()) for m in _COUNT_PART.finditer(g.req("cac"))]
    clock = [(m["u"].lower(), m["n"].lower()) for m in _CLOCK_PART.finditer(g.req("cac"))]
    if any(raw in lx.EN_VAGUE_COUNTS for _, raw in parts + clock):
        return None
    order = ("year", "month", "fortnight", "week", "day")
    d = base
    for unit, raw in sorted(parts, key=lambda p: order.index(p[0])):
        d = _shift(d, unit, sign * en_int(raw))
    # hours and minutes after the calendar units ("1 day 2 hours later"): whole days only, the clock is unknown
    d += dt.timedelta(days=sign * (sum(en_int(raw) * lx.EN_CLOCK_UNITS[u] for u, raw in clock) // 86400))
    return Norm(d.isoformat(), "day", None, True, d.year, d.month)


def _n_rel_month_day(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``the 20th of next month``, ``the fifteenth day of this month``: that day of the month counted from the
    article's."""
    if ctx.ref is None:
        return Norm(None, "day", relative=True)
    d = int(g.req("rmd")) if g("rmd") else en_day(g.req("rmo"))
    y, m = add_months(ctx.ref.year, ctx.ref.month, lx.EN_REL_MONTH_WORDS[g.req("rmw").lower()])
    v = day_value(y, m, d)
    return Norm(v, "day", None, True, y, m) if v else None


def _n_num_month(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``11/2016``, ``3-2015``, ``Dec-2018``, ``2016 November``: a month and its year written together."""
    name = g("nmm") or g("nmm2") or g("nmm3")
    m = lx.EN_MONTH_NAMES[name.lower().rstrip(".")] if name else int(g("nmn") or g.req("nmn2"))
    y = int(g("nmy") or g("nmy2") or g("nmy3") or g("nmy5") or g.req("nmy4"))
    return Norm(month_value(y, m), "month", None, False, y, m)


_WEEKDAY_DAY_REACH = 7
"""How many months either side of the article date ``Friday the 13th`` is looked for."""


def _n_weekday_day(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``Friday the 13th``, ``monday the twenty seventh``: the day of that number that falls on that weekday,
    in the month nearest the article date (the next such month for a future tense, the latest one for a
    past tense)."""
    if ctx.ref is None:
        return Norm(None, "day", relative=True)
    wd = lx.EN_WEEKDAY_NAMES[g.req("wdn").lower().rstrip(".")]
    raw = g("wdd") or g("wdd2")
    day = int(raw) if raw else en_day(g.req("wdo"))
    when = tense(ctx.text, pos)
    r = ctx.ref
    cands = []
    for k in range(-_WEEKDAY_DAY_REACH, _WEEKDAY_DAY_REACH + 1):
        y, m = add_months(r.year, r.month, k)
        v = day_value(y, m, day)
        if v and dt.date.fromisoformat(v).weekday() == wd:
            cands.append(dt.date.fromisoformat(v))
    if when == "future":
        cands = [c for c in cands if c >= r]
    elif when == "past":
        cands = [c for c in cands if c <= r]
    if not cands:
        return None
    d = min(cands, key=lambda c: (abs((c - r).days), c < r))
    v, gran = refine(d.isoformat(), g)
    return Norm(v, gran, None, True, d.year, d.month)


_MONTH_START = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
"""A month name with its day or year after it: what ``the quarter to`` must reach to be a period's end (``the
quarter to March 31``; ``in the quarter to $2 billion``, ``the latest quarter to total`` are the quarter itself)."""


RULES: tuple[Rule, ...] = (
    Rule("en_period_ended", "en",
         rf"{B0}(?P<span>(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:fiscal|financial)\s+)?(?:year|(?P<peq>quarter)|(?P<pen>{_NUM})\s+months)"
         rf"|[Ff]iscal\s+year|[Tt]he\s+(?P<pew>week|(?P<pewn>{_NUM})\s+weeks))(?=\s+(?:that\s+|which\s+)?(?P<pet>ended|ending|ends)\s+(?:on\s+)?"
         rf"(?:{_mon('pem')}\s+(?P<ped>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?{B1}(?:,?\s+(?P<pey>{_YEAR}){B1})?"
         rf"|in\s+(?P<pemo>{_CAP_MONTHS}){B1}(?!,?\s+\d)"
         rf"|(?P<pewd>{lx.EN_WEEKDAY_FULL_RE}){B1}))",
         _n_period_ended,
         (("the quarter ended Sept. 30", "2025-Q3", "quarter", None),
          ("its fiscal year ending June 30, 2026", "2025-07-01/2026-06-30", "year", None),
          ("the six months ended Aug. 12", "2025-02-13/2025-08-12", "month", None),
          ("Claims fell in the week ended Friday.", "2026-02-07/2026-02-13", "week", None),
          ("Claims rose in the week ended Jan. 31.", "2026-01-25/2026-01-31", "week", None),
          ("Sales rose in the four weeks ended Jan. 31.", "2026-01-04/2026-01-31", "week", None))),
    Rule("en_fiscal_end", "en",
         rf"{B0}(?:(?:[Ff]iscal|[Ff]inancial|FY)(?:\s+[Yy]ear)?|(?<=[Tt]he\s)[Yy]ear)\s+(?:ending|ended|that\s+ended|to)\s+"
         rf"(?:in\s+)?{_mon('fem')}\s+(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,?\s+)?(?P<fey>{_YEAR}){B1}",
         _n_fiscal_end,
         (("the fiscal year ending March 2025", "2024-04-01/2025-03-31", "year", None),
          ("fiscal year ended June 2024", "2023-07-01/2024-06-30", "year", None),
          ("the year ended December 2024", "2024-01-01/2024-12-31", "year", None))),
    Rule("en_months_span", "en",
         rf"{B0}(?:(?:[Tt]he\s+)?(?P<fmw>first)\s+(?P<fmn>{_NUM})\s+months\s+of\s+(?:(?P<fmy>{_YEAR})|(?P<fmrel>this|last|the)\s+year){B1}"
         rf"|(?P<span>(?:[Tt]he\s+)?(?P<emn>{_NUM})\s+months)(?=\s+(?:ended|ending|to|through)\s+{_mon('emon')}"
         rf"(?:\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)?(?:,?\s+(?P<emy>{_YEAR}))?{B1}))",
         _n_months_span,
         (("the first nine months of 2025", "2025-01/2025-09", "month", None),
          ("the first six months of this year", "2026-01/2026-06", "month", None))),  # "the 12 months to April": corpus_en.tsv
    Rule("en_fiscal", "en",
         rf"{B0}(?:(?P<q1>Q[1-4])\s?(?:of\s+)?)?(?:(?:the\s+)?(?P<qo>{_QUARTER_ORD})\s+(?:fiscal\s+)?quarter\s+of\s+)?"
         rf"(?:FY|[Ff]iscal(?:\s+[Yy]ear)?)\s?'?(?P<fy>\d{{4}}|\d{{2}})(?:[/–-](?P<fy2>\d\d)(?![\d/.-]))?{B1}(?:\s?(?P<q2>Q[1-4]|H[12]){B1}|[ \t]?第?(?P<q3>[一二三四1-4])(?:{lx.alternation(lx.ZH_FISCAL_QUARTER_WORDS)})"
         rf"|\s+(?P<qo2>{_QUARTER_ORD})\s+(?:fiscal\s+)?quarter{B1})?",
         _n_fiscal,
         (("FY2025 Q3", "2025-Q3", "quarter", None),
          ("Alibaba FY2025 Q3", "2024-10-01/2024-12-31", "quarter", None),
          ("fiscal 2025", "2025", "year", None),
          ("Q3 FY25", "2025-Q3", "quarter", None),
          ("Alibaba's fiscal 2025 third quarter", "2024-10-01/2024-12-31", "quarter", None),
          ("fiscal 2024 second quarter", "2024-Q2", "quarter", None),
          ("fiscal year 2026-27", "2026-04-01/2027-03-31", "year", None),
          ("Microsoft's FY2025/26 budget", "2025-07-01/2026-06-30", "year", None))),
    Rule("en_num_month", "en",
         rf"(?<![A-Za-z\d/.:,-])(?:(?P<nmn>1[0-2]|0?[1-9])\s?[/-]\s?(?P<nmy>{_YEAR})"
         rf"|(?P<nmm>[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ept?|[Oo]ct|[Nn]ov|[Dd]ec)[/-](?P<nmy2>{_YEAR}))"
         rf"(?![\d/%-]|[.,]\d)"
         rf"|(?<![A-Za-z\d/.:,-])(?P<nmy4>{_YEAR})(?:\s[/-]\s?|[/-]\s)(?P<nmn2>1[0-2]|0?[1-9])(?![\d/%-]|[.,]\d|\s?[/-]\s?\d)"
         rf"|(?<![\d/.:,-])(?P<nmy3>{_YEAR}),?\s+(?P<nmm2>(?i:january|february|march|april|june|july|august|september|october|november|december)"
         rf"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec){B1}(?!\.?,?\s*\d)"
         rf"|(?<![\d/.:,-])(?P<nmy5>{_YEAR})\s?,\s+(?P<nmm3>{'|'.join(lx.EN_LOWER_MONTH_ABBRS)})(?=\s*(?:[;!?)]|\.?\s*$|\.\s))",
         _n_num_month,
         (("11/2016", "2016-11", "month", None), ("3-2015", "2015-03", "month", None), ("Dec-2018", "2018-12", "month", None),
          ("2016 November", "2016-11", "month", None), ("2016 / 11", "2016-11", "month", None),
          ("The audit covers 2024, nov.", "2024-11", "month", None), ("13/2016", None, "", None))),
    Rule("en_range", "auto",
         rf"{B0}(?:(?:[Tt]he\s+)?(?P<rfa>{_YEAR})[/–-](?P<rfb>\d\d)\s+(?:financial|fiscal|tax)\s+year"
         rf"|[Bb]etween\s+(?P<ra2>{_YEAR})\s+and\s+(?P<rb2>{_YEAR})"
         rf"|(?:[Ff]rom\s+)?(?P<ra>{_YEAR})\s?(?:[–—-]|\s(?:to|through|thru|until|till)\s)\s?(?P<rb>{_YEAR}|\d\d)){B1}(?![-–/.]\d)(?:\s?年)?",
         _n_range,
         (("from 2019 to 2021", "2019/2021", "year", None), ("2019–21", "2019/2021", "year", None),
          ("between 2010 and 2015", "2010/2015", "year", None), ("1990 to 1995", "1990/1995", "year", None),
          ("from 1990 till 1995", "1990/1995", "year", None),
          ("a shortfall in the 2026/27 financial year", "2026-04-01/2027-03-31", "year", None),
          ("the 2025-26 tax year", "2025-04-01/2026-03-31", "year", None))),
    Rule("en_decade", "en",
         rf"{B0}(?:[Tt]he\s+)?(?:(?P<dm>early|mid|late|Early|Mid|Late)[\s-]+)?(?:the\s+)?"
         rf"(?:(?P<dec>(?:1[0-9]|20)\d0)(?:'?s|\s's?(?![A-Za-z])|\ss(?=\s*[.,;!?]|$))|'(?P<d2>\d0)s|(?<=[Tt]he\s)(?P<d3>[2-9]0)['’]?s"
         rf"|(?<=[Tt]he\s)(?:[Nn]ineteen[\s-]+)?(?P<dw>(?:[Nn]ine|[Ee]igh|[Ss]even|[Ss]ix|[Ff]if|[Ff]or|[Tt]hir)ties)"
         rf"|(?<=[Tt]he\s)(?P<dph>{_DECADE_PHRASES})){B1}",
         _n_decade,
         (("early 2000s", "200X", "decade", "START"), ("the 2010s", "201X", "decade", None),
          ("the '90s", "199X", "decade", None), ("late 1990s", "199X", "decade", "END"),
          ("mid-1980s", "198X", "decade", "MID"), ("the 80s", "198X", "decade", None),
          ("the nineties", "199X", "decade", None), ("in her late seventies", None, "", None),
          ("the 70's", "197X", "decade", None), ("the nineteen sixties", "196X", "decade", None),
          ("in the noughties", "200X", "decade", None), ("the twenty-tens", "201X", "decade", None),
          ("In the two thousand and tens", "201X", "decade", None), ("cars of the 1960 s.", "196X", "decade", None))),
    Rule("en_century", "en",
         rf"{B0}(?:(?P<cm>early|mid|late)[\s-]+)?(?:the\s+)?(?:(?P<c>\d{{1,2}})(?:st|nd|rd|th)"
         rf"|(?P<cw>[Ee]ighteenth|[Nn]ineteenth|[Tt]wentieth|[Tt]wenty[- ]first))[\s-][Cc]entury{B1}",
         _n_century,
         (("the 20th century", "19XX", "century", None), ("the twenty-first century", "20XX", "century", None))),
    Rule("en_quarter", "en",
         rf"{B0}(?:(?P<qpm>(?:[Tt]he\s+)?(?:end|beginning|start|middle)\s+of)\s+(?=the\s|Q\d|\d|(?:{_QUARTER_ORD})\s))?"
         rf"(?:Q(?P<q>[1-4])(?:(?:-|\s?(?:of\s+)?)'?(?P<qy>\d{{4}}|\d{{2}}))?|(?P<qy2>\d{{4}})[\s-]?[Qq](?P<q2>[1-4])"
         rf"|q(?P<q6>[1-4])[\s-](?P<qy6>\d{{4}})|(?P<hy4>\d{{4}})[\s-]?H(?P<h3>[12])"
         rf"|(?P<q3>[1-4])Q\s?'?(?P<qy3>\d{{4}}|\d{{2}})|(?P<qy7>[0-4]\d)[Qq](?P<q7>[1-4])"
         rf"|(?:the\s+)?(?P<qy5>(?:19|20)\d\d)\s+(?:(?P<qo2>{_QUARTER_ORD})[\s-]+quarter|(?P<qsame>quarter|period))"
         rf"|(?:the\s+)?(?P<qfis>[Ff]iscal\s+)?(?P<qo>{_QUARTER_ORD_CI})[\s-]+(?:quarter|qtr)(?:(?:\s+of)?\s+(?P<qy4>\d{{4}})|\s+of\s+(?:{EN_SPELLED_YEAR})|\s+of\s+(?P<qrel>this|last|next)\s+year{B1})?"
         rf"|(?P<h>[12])H\s?'?(?P<hy>\d{{4}}|\d{{2}})|H(?P<h2>[12])\s?(?P<hy2>\d{{4}})"
         rf"|(?:the\s+)?(?:(?P<ho>first|second|last)\s+half|(?P<hq>first|last)\s+two\s+quarters)"
         rf"\s+of\s+(?:(?P<hy3>\d{{4}})|(?P<hrel>this|last|next|the)\s+year)"
         rf"|[Tt]he\s+(?P<hob>first|second)\s+half(?!\s+of\b|[-\s]+(?:century|time|hour|mile|point|season|inning|decade)))"
         rf"{B1}",
         _n_quarter,
         (("Q3 2025", "2025-Q3", "quarter", None), ("2025Q3", "2025-Q3", "quarter", None),
          ("3Q25", "2025-Q3", "quarter", None), ("1H25", "2025-H1", "half", None),
          ("the third quarter of 2025", "2025-Q3", "quarter", None), ("Q4", "2025-Q4", "quarter", None),
          ("Q1", "2026-Q1", "quarter", None),
          ("the first half of 2024", "2024-H1", "half", None), ("H2 2025", "2025-H2", "half", None),
          ("the last half of 2024", "2024-H2", "half", None), ("the 1988 third quarter", "1988-Q3", "quarter", None),
          ("the first two quarters of 2027", "2027-H1", "half", None), ("in the fourth quarter of last year", "2025-Q4", "quarter", None), ("2017-q1", "2017-Q1", "quarter", None),
          ("q3 2019", "2019-Q3", "quarter", None), ("Q1-2019", "2019-Q1", "quarter", None),
          ("2019 H2", "2019-H2", "half", None), ("the second quarter of two thousand and nine", "2009-Q2", "quarter", None),
          ("It expects to return to profit in the fourth quarter.", "2026-Q4", "quarter", None),
          ("It will release fourth-quarter results.", "2025-Q4", "quarter", None),
          ("at the end of the third quarter of 2025", "2025-Q3", "quarter", "END"), ("sales in 24q2", "2024-Q2", "quarter", None),
          ("Economists expect growth to pick up in the second half.", "2026-H2", "half", None),
          ("The striker scored in the second half.", None, "", None),
          ("A new tariff is due in the second half.", "2026-H2", "half", None),
          ("Inflation eased in the second half, the ministry said.", "2025-H2", "half", None),
          ("The firm's profit fell in the first half.", None, "", None))),
    Rule("en_year_ago_period", "en",
         rf"{B0}(?:[Tt]he\s+)?(?:(?:comparable|corresponding)\s+)?(?:(?P<yep>[Yy]ear[-\s]earlier|[Yy]ear[-\s]ago)(?:\s+(?P<yeu>period|quarter|month|half)|[-\s]+(?P<yqo>{_QUARTER_ORD})[-\s]+quarter|(?=[-\s](?!earlier|ago)[a-z]))"
         rf"|(?:same|corresponding|comparable)\s+(?P<spu>period|quarter|month|half)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year)"
         rf"|(?<=[Tt]he\s)(?P<spu2>period|quarter|half)\s+a\s+year\s+(?:ago|earlier)){B1}",
         _n_year_ago_period,
         (("the year-earlier period", None, "", None), ("For the quarter a year ago, it earned $3 million.", None, "", None))),
    Rule("en_season", "en",
         rf"{B0}(?:(?P<spre>[Ll]ast|[Tt]his(?:\s+(?:past|coming))?|[Nn]ext|[Tt]he(?:\s+(?:past|coming))?|[Pp]ast|[Cc]oming)[\s-]+)?"
         rf"(?:(?P<smod>[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)?(?P<sea>{_SEASON_WORDS})"
         rf"(?:(?:,?\s+|\s+of\s+)(?:(?P<sy>{_YEAR})(?:[-/–]\d\d(?!\d))?|{EN_SPELLED_YEAR}))?{B1}(?!\s+of\s+(?!\d|[Nn]ineteen|[Tt]wenty))",
         _n_season,
         (("last summer", "2025-SU", "season", None), ("this fall", "2026-FA", "season", None),
          ("the winter of 1994", "1994-WI", "season", None), ("Spring 2012", "2012-SP", "season", None),
          ("next spring", "2026-SP", "season", None), ("this past winter", "2024-WI", "season", None),
          ("the winter of nineteen ninety-four", "1994-WI", "season", None),
          ("the fall of the wall", None, "", None), ("winter storms", None, "", None),
          ("The last overhaul was in the winter of 2009-10.", "2009-WI", "season", None))),
    Rule("en_date_spelled_year", "en",
         rf"{B0}(?:(?:[Tt]he\s+)?(?:(?P<dsd>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?|(?P<dsw>(?i:{EN_DAY_WORDS}|{_EN_CARDINAL_DAYS})))"
         rf"\s+(?:of\s+)?{_mon('dsm')}|{_mon('dsm2')}\s+(?:the\s+)?(?P<dsd2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)"
         rf",?\s+(?:of\s+)?(?:{EN_SPELLED_YEAR}){B1}",
         _n_date_spelled_year,
         (("13 Sept nineteen seventy two", "1972-09-13", "day", None),
          ("twenty five January nineteen eighty six", "1986-01-25", "day", None),
          ("on May 4, two thousand and nine", "2009-05-04", "day", None))),
    Rule("en_spelled_year", "en",
         rf"{B0}(?:{_FULL_MON.replace('mon4', 'smon')}\s+(?:of\s+)?)?(?:{EN_SPELLED_YEAR}){B1}(?!\s+(?:{_COUNT_NOUNS}){B1})"
         rf"(?!(?<=hundred)\s+[a-z])",  # "twelve hundred mostly new students" counts
         _n_spelled_year,
         (("nineteen ninety-six", "1996", "year", None), ("the year two thousand", "2000", "year", None),
          ("January nineteen ninety-seven", "1997-01", "month", None), ("nineteen oh five", "1905", "year", None),
          ("nineteen twenty people", None, "", None), ("It has twelve hundred mostly new members", None, "", None))),
    Rule("en_year_end", "en",
         rf"(?:(?<=[Bb]y\s)|(?<=[Aa]t\s)|(?<=[Aa]round\s)|(?<=[Ss]ince\s)|(?<=[Uu]ntil\s)|(?<=[Bb]efore\s)|(?<=[Aa]fter\s))"
         rf"(?:[Yy]ear[-\s]end|[Yy]ear['’]s\s+end){B1}(?![-\s]*(?:\d|[Nn]ineteen|[Tt]wenty))",
         _n_year_end,
         (("by year-end", "2026", "year", "END"), ("since year end", "2025", "year", "END"),
          ("the year-end bonus", None, "", None))),
    Rule("en_the_year", "en",
         rf"{B0}[Tt]he\s+(?:(?:full|current|whole|entire)\s+)?year{B1}"
         rf"(?![-\s]+(?:earlier|ago|before|after|when|that|in\s+which|of(?!\s+[$€£¥]?\d)|to|ended|ending|end|two|nineteen|\d+)\b"
         rf"|\s*['’]|-(?:{'|'.join(w.strip('-') for w in lx.EN_COMPOUND_LINKS)})-)",
         _n_the_year,
         (("for the full year", "2026", "year", None), ("the year before", None, "", None),
          ("shares hit a high for the year of 42 dollars", "2026", "year", None))),
    Rule("en_the_quarter", "en",
         rf"{B0}(?:[Tt]he\s+(?:(?:(?P<tql>latest|most\s+recent|just[-\s]ended|recent)|comparable)\s+"
         rf"|(?P<tqm>March|June|Sept(?:ember|\.)?|Dec(?:ember|\.)?)[\s-])?(?:fiscal\s+)?quarter"
         rf"|[Tt]hat\s+quarter|[Tt]he\s+latest\s+period){B1}(?!\s+(?:of|ended|ending|that|before|after)\b|\s+to\s+(?:date\b|{_MONTH_START})|[-\s]+(?:ago|earlier|century|mile|hour))",
         _n_the_quarter,
         (("the latest quarter", "2025-Q4", "quarter", None), ("the quarter", "2025-Q4", "quarter", None),
          ("The quarter-to-quarter comparison improved.", None, "", None),
          ("Sales rose in the December quarter.", "2025-Q4", "quarter", None),
          ("It expects growth in the June quarter.", "2026-Q2", "quarter", None))),
    Rule("en_month_relyear", "en",
         rf"{B0}{_mon('mrm')}\s+(?:of\s+)?(?P<mrw>this|last|next)\s+year{B1}",
         _n_month_relyear,
         (("September last year", "2025-09", "month", None), ("March of next year", "2027-03", "month", None))),
    Rule("en_fiscal_rel", "en",
         rf"{B0}(?:[Tt]he\s+(?:(?P<frel>current|latest|last|previous|past|coming|next)\s+)?|(?P<frel2>[Tt]his|[Ll]ast|[Nn]ext)\s+)"
         rf"(?:fiscal|financial)\s+year{B1}(?!\s+(?:end|ended|ending|of|\d)\b|\s+that\s+(?:ended|ends|began|begins|started|starts)\b"
         rf"|\s+to\s+[A-Z0-9]|['’])",
         _n_fiscal_rel,
         (("the current fiscal year", "2026", "year", None), ("last fiscal year", "2025", "year", None),
          ("a fiscal year of twelve months", None, "", None))),
    Rule("en_fiscal_pre", "en",
         rf"{B0}(?:[Tt]he\s+)?(?P<fy>(?:19|20)\d\d)\s+(?:fiscal|financial)\s+year{B1}",
         _n_fiscal,
         (("the 2025 fiscal year", "2025", "year", None),)),
    Rule("en_month_range", "en",
         rf"{B0}(?:[Bb]etween\s+{_mon('mr1')}\s+and\s+{_mon('mr2')}"
         rf"|(?:[Ff]rom\s+)?{_mon('mr3')}\s?(?:[-–—]|\s(?:to|through|until)\s)\s?{_mon('mr4')})"
         rf"(?:,?\s+(?P<mry>{_YEAR}))?{B1}(?!\s?\d)",
         _n_month_range,
         (("January-March 2025", "2025-01/2025-03", "month", None), ("from January to March", "2026-01/2026-03", "month", None),
          ("between Nov and Feb 2025", "2024-11/2025-02", "month", None))),
    Rule("en_ctime", "en",
         rf"{B0}(?i:{_WEEKDAY_ABBRS}),?\s+{_mon('tsm')}\s+(?P<tsd>[12]\d|3[01]|0?[1-9])\s+(?P<tsh>[01]?\d|2[0-3]):(?P<tsmi>[0-5]\d)"
         rf"(?::[0-5]\d)?(?:\s+(?:[+-]\d{{4}}|UTC|GMT))?\s+(?P<tsy>{_YEAR}){B1}",
         _n_ctime,
         (("posted Tue Mar 03 09:15:44 2026", "2026-03-03T09:15", "time", None),
          ("created_at: Fri Feb 13 23:05:10 +0000 2026", "2026-02-13T23:05", "time", None))),
    Rule("en_clock_date", "en",
         rf"{B0}(?:(?:{_clock_range('b')}|(?:(?:at|around|about)\s+)?{_clock('b')}),?{_IN_PARAGRAPH}(?:on\s+)?{_mon('cmon')}\s+(?P<cd>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
         rf"(?:,?\s+(?P<cy>{_YEAR}))?"
         rf"|(?:(?P<cwd>{lx.en_words(w for w in lx.EN_WEEKDAY_NAMES if len(w) > 5)})\.?,?\s+)?"
         rf"{_mon('cmon2')}\s+(?P<cd2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:,?\s+(?P<cy2>{_YEAR}))?,?{_TO_CLOCK}(?:{_clock_range('a')}|(?:at\s+|around\s+)?{_clock('a')})){B1}",
         _n_clock_date,
         (("5 p.m. EST Nov. 9, 2025", "2025-11-09T17:00", "time", None), ("March 3 at 9:30 am", "2026-03-03T09:30", "time", None),
          ("Tuesday, Feb. 3, at 10 a.m.", "2026-02-03T10:00", "time", None),
          ("Monday, Feb. 3, at 10 a.m.", "2025-02-03T10:00", "time", None),
          ("The hearing ran on March 3 from 9:30 to 11:45 am.", "2026-03-03T09:30/2026-03-03T11:45", "time", None),
          ("between 2 and 4 pm on Feb. 20", "2026-02-20T14:00/2026-02-20T16:00", "time", None),
          ("The vote was set for Nov. 6, 1989,\nat 10 a.m. sharp.", "1989-11-06T10:00", "time", None),
          ("March 4, 2031\n\n09:15 gmt - doors open", None, "", None))),
    Rule("en_last_n", "en",
         rf"{B0}(?:[Tt]he\s+)?(?P<lnw>{lx.en_words(lx.EN_LAST_N_WORDS)})\s+(?P<lnn>{_NUM})\s+"
         rf"(?P<lnu>{lx.en_words(lx.EN_COUNTED_RANGE_UNITS)}){B1}(?!\s+(?:of|before|after|from|earlier|later|ago)\b)",
         _n_last_n,
         (("sales for the last 2 quarters", "2025-Q3/2025-Q4", "quarter", None),
          ("in the next three months", "2026-03/2026-05", "month", None),
          ("the past few months", None, "", None), ("over the next 10 years", None, "", None),
          ("prices rose over the past two weeks", "2026-W06/2026-W07", "week", None),
          ("in the past 2 days", "2026-02-16/2026-02-17", "day", None),
          ("rain is due over the next three days", "2026-02-19/2026-02-21", "day", None),
          ("refunds follow in the next 3 business days", "2026-02-19/2026-02-23", "day", None),
          ("to hire 500 people over the next three years", None, "", None),
          ("his last two years at the bank", None, "", None), ("the last two days of the trial", None, "", None),
          ("the walkout is expected to last three days", None, "", None))),
    Rule("en_week_of_month", "en",
         rf"{B0}(?:[Tt]he\s+)?(?P<wkn>{lx.en_words(lx.EN_WEEK_OF_MONTH)})\s+week\s+(?:of|in)\s+{_mon('wkm')}"
         rf"(?:,?\s+(?P<wky>{_YEAR}))?{B1}",
         _n_week_of_month,
         (("in the first week of March", "2026-03-01/2026-03-07", "day", None),
          ("the last week of December 2025", "2025-12-25/2025-12-31", "day", None))),
    Rule("en_month_short_year", "en",

         rf"{B0}(?:(?:(?P<ssd>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+)?{_mon('ssm')}\s+of\s+'?(?P<ssy>\d\d){B1}"
         rf"(?![.,:]\d|\s*%|\s+(?:{_COUNT_NOUNS}){B1})"
         rf"|(?<![$€£¥])(?<![$€£¥]\s)(?P<ssd2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+{_mon('ssm2')}\s+'?(?P<ssy2>\d\d)(?=\s*(?:[.;!?)]|,\s+[a-z]|$)))",
         _n_month_short_year,
         (("born in April of 87", "1987-04", "month", None), ("on 15 April of 87", "1987-04-15", "day", None),
          ("in May of 20 people", None, "", None), ("It opened on 14th April 15.", "2015-04-14", "day", None))),
    Rule("en_list_day", "en",
         rf"(?:(?<=\b[Oo]n\s)|(?<=\d,\s)|(?<=\d[a-z]{{2}},\s))(?P<ld>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
         rf"(?=(?:,\s*{_LIST_DAY})*,?\s+(?:and|or|&)\s+{_LIST_DAY}\s+(?:of\s+)?{_mon('lmon')}"
         rf"(?:\s?,?\s+(?P<ly>{_YEAR}))?{B1})",
         _n_list_day,
         (("on 18 and 19 June 2025", "2025-06-18", "day", None), ("on 3 and 7 June", "2026-06-03", "day", None))),
    Rule("en_after_next", "en",
         rf"{B0}(?:(?:[Tt]he\s+)?(?P<anu>year|month|week|quarter)|(?P<anm>{_CAP_MONTHS}))\s+(?:after\s+(?:the\s+)?next|(?P<anb>before\s+last)){B1}",
         _n_after_next,
         (("the year after next", "2028", "year", None), ("the month after next", "2026-04", "month", None),
          ("the week before last", "2026-W06", "week", None), ("the quarter before last", "2025-Q3", "quarter", None),
          ("March after next", "2027-03", "month", None), ("January before last", "2025-01", "month", None))),
    Rule("en_monthname", "en",
         rf"{B0}(?<![$€£¥])(?<![$€£¥]\s)(?:(?P<wkof>[Tt]he\s+week\s+of)\s+(?=[A-Z]))?(?:(?P<mpre>[Oo]n\s+or\s+(?:about|around)|[Aa]round|[Ss]ince|[Bb]efore|[Aa]fter|[Ee]arly|[Mm]id|[Ll]ate|(?:[Tt]he\s+)?(?:end|beginning|start|middle)\s+of)[\s-]+)?"
         rf"(?:(?P<wdp>(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)"
         rf",?\s+(?:the\s+)?(?=\d|[A-Z]))?"
         rf"(?:{_mon('mon')}(?:\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|,\s*(?P<dc>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
         rf"|\s+the\s+(?P<dt>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))"
         rf"(?:(?:\s?[-–]\s?|\s+(?:to|through|thru|until|till)\s+)(?P<dd>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
         rf"(?![\d:]|[.,]\d|\s*(?:[AaPp]\.?[Mm]\b|%|o['’]clock)|\s+(?:{_COUNT_NOUNS}|percent|per)\b))?"
         rf"(?:\s?,?\s+(?:of\s+|in\s+(?={_YEAR}(?!\d|[.,]\d|\s+(?:{_COUNT_NOUNS}){B1})))?(?P<y>{_DAY_YEAR}))?(?![A-Za-z0-9]|:\d)"
         rf"|(?:(?:[Ff]rom\s+)?(?:the\s+)?(?P<d0>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\s?[-–]\s?|\s+(?:[Tt]o|through|thru|until|till)\s+(?:the\s+)?)(?=\d)"
         rf"|[Bb]etween\s+(?P<d0b>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+and\s+(?=\d))?(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|\.)?\s+(?:of\s+)?{_mon('mon2')}"
         rf"(?:\s?,?\s+(?:of\s+|in\s+(?={_YEAR}(?!\d|[.,]\d|\s+(?:{_COUNT_NOUNS}){B1})))?(?P<y2>{_DAY_YEAR}))?{B1}"
         rf"|{_mon('mon3')}\s?,?\s+(?:of\s+)?(?P<y3>{_YEAR}){B1}"
         rf"|(?:(?<=[Tt]he\s)|(?<=\b[Aa]\s)|(?<=\b[Aa]n\s)|(?<=\b[Ii]ts\s)|(?<=\b[Tt]heir\s)|(?<=\b[Oo]ur\s))"
         rf"(?P<mon5>{_CAP_MONTHS})(?=\s+(?!of\b)[a-z])"
         rf"|(?P<mon6>{_CAP_MONTHS.replace('|May', '')})(?=['’]s\s)"
         rf"|{_AFTER_MONTH}(?P<mon8>{_CAP_MONTHS}){B1}(?!\.?,?\s*(?:of\s+)?\d)"
         rf"|(?:(?<=\b[Aa]s\searly\sas\s)|(?<=\b[Aa]s\slate\sas\s)|(?<=\b[Aa]s\ssoon\sas\s))(?P<mon9>{_CAP_MONTHS}){B1}(?!\.?,?\s*(?:of\s+)?\d)"
         rf"|(?<![-/.])(?P<mon7>{_BARE_MONTHS}){B1}(?!\.?,?\s*(?:of\s+)?(?:\d|(?:this|last|next)\s+year|[Nn]ineteen|[Ee]ighteen|[Tt]wenty|[Tt]wo\s+thousand)"
         rf"|[-/.]\w|\s+(?:the\s+)?(?i:{EN_DAY_WORDS}){B1})"
         rf"|(?P<pre>[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]hrough"
         rf"|(?:[Tt]he\s+)?(?:end|beginning|start|middle)\s+of)"
         rf"[\s-]+{_FULL_MON}{B1}(?!\s+(?:of\s+)?\d|\s+(?:after\s+(?:the\s+)?next|before\s+last)\b|,?\s+(?:of\s+)?(?:{_YEAR}(?!\d)|\d{{1,2}}(?:st|nd|rd|th)|(?:this|last|next)\s+year|[Nn]ineteen|[Ee]ighteen|[Tt]wenty|[Ss]eventeen|[Tt]wo\s+thousand)))",
         _n_monthname,
         (("March 7, 2025", "2025-03-07", "day", None), ("7 March 2025", "2025-03-07", "day", None),
          ("march 3 2015", "2015-03-03", "day", None), ("the 1st of march", "2026-03-01", "day", None),
          ("October 2014", "2014-10", "month", None), ("March 18-19", "2026-03-18/2026-03-19", "day", None),
          ("through June", "2026-06", "month", None), ("since March 2020", "2020-03", "month", "AFTER"),
          ("before May 1, 2024", "2024-05-01", "day", "BEFORE"),
          ("March 2025", "2025-03", "month", None), ("Sept. 30, 2024", "2024-09-30", "day", None),
          ("March 7th", "2026-03-07", "day", None), ("in March", "2026-03", "month", None),
          ("The fire started on or about Jan. 3.", "2026-01-03", "day", "APPROX"),
          ("It began around March 3, 2024.", "2024-03-03", "day", "APPROX"),
          ("last December", "2025-12", "month", None), ("February 30, 2025", None, "", None),
          ("early March", "2026-03", "month", "START"), ("Monday, Feb 16", "2026-02-16", "day", None),
          ("Tuesday, March 3, 2026", "2026-03-03", "day", None), ("16. Nov. 2016", "2016-11-16", "day", None),
          ("The ceremony will be held on April 24.", "2026-04-24", "day", None),
          ("The job figures for January were strong.", "2026-01", "month", None),
          ("The fair opens on October, 1st.", "2025-10-01", "day", None), ("10-12 February 2025", "2025-02-10/2025-02-12", "day", None),
          ("In October, 12 firms closed.", "2025-10", "month", None), ("february the 15th", "2026-02-15", "day", None),
          ("They wed on 28 June in 2020.", "2020-06-28", "day", None), ("I'll be out next june", "2026-06", "month", None),
          ("The fair runs July 13 thru 15, 2025", "2025-07-13/2025-07-15", "day", None),
          ("from the 13th to the 15th of July 2025", "2025-07-13/2025-07-15", "day", None))),
    Rule("en_day_offset", "en",
         rf"{B0}{_NOT_A_RATE}(?P<ofn>{_NUM})\s+(?P<ofu>{lx.en_words(lx.EN_COUNT_UNITS, False)})\s+(?P<ofd>after|from|before)\s+"
         rf"(?:(?P<ofa>{lx.en_words(lx.EN_DAY_ANCHORS)})|{_mon('ofm')}\s+(?P<ofmd>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:,?\s+(?P<ofy>{_YEAR}))?){B1}"
         rf"|{B0}[Tt]he\s+(?P<ofthe>day|night)\s+(?P<ofd2>after|before)\s+(?:(?P<ofwp>last|this\s+past)\s+)?"
         rf"(?P<ofwd>[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday){B1}(?!,?\s+(?:the\s+)?\d|,?\s+[A-Z][a-z]+\.?\s+\d)",
         _n_day_offset,
         (("three weeks from tomorrow", "2026-03-12", "day", None), ("two days before yesterday", "2026-02-15", "day", None),
          ("4 months after today", "2026-06-18", "day", None), ("2 weeks before May 13, 1999", "1999-04-29", "day", None),
          ("the day before last Tuesday", "2026-02-16", "day", None), ("the night before Sunday", "2026-02-14TNI", "time", None))),
    Rule("en_clock_offset", "en",
         rf"{B0}{_clock_count('')}\s+(?P<dir>{_CLOCK_DIRS}){B1}"
         rf"|(?:(?<=\b[Ii]n\s)|(?<=\b[Ww]ithin\s))(?:(?:the\s+next|less\s+than)\s+)?{_clock_count('2')}"
         rf"(?!\s+(?:of|old|ago|later|earlier|from|hence|after|before)\b|[-'’])"
         rf"|{B0}(?:[Tt]he\s+)?(?P<win>(?i:{lx.en_words(lx.EN_CLOCK_WINDOW_WORDS, False)}))\s+(?:{_clock_count('3')}|(?:(?:few|couple\s+of)\s+)?{_clock_unit('4')})",
         _n_clock_offset,
         (("The ferry leaves in 20 minutes.", "2026-02-18", "day", None), ("Polls close within 2h", "2026-02-18", "day", None),
          ("We will talk again 45 min later", "2026-02-18", "day", None), ("the results, due in half an hour", "2026-02-18", "day", None),
          ("two hours from now", "2026-02-18", "day", None), ("in 36 hours", "2026-02-19", "day", None),
          ("over the next 72 hours", "2026-02-18/2026-02-21", "day", None), ("The fire was put out in 40 minutes.", None, "", None),
          ("the fastest lap in 10 minutes", None, "", None), ("within 24 hours of the launch", None, "", None),
          ("a deal reached at the last minute", None, "", None))),
    Rule("en_compound_ago", "en",
         rf"{B0}(?P<cac>{_COUNT}(?:(?:,\s*|\s+and\s+|\s+)(?:{_COUNT}|{_CLOCK}))+)\s+(?P<cad>ago|from\s+now|hence|later|earlier){B1}",
         _n_compound_ago,
         (("1 month 21 days ago", "2025-12-28", "day", None), ("two years and three months from now", "2028-05-18", "day", None),
          ("He will leave 2 years 21 days later", "2028-03-10", "day", None),
          ("The probe lands 3 days 30 hours from now", "2026-02-22", "day", None))),
    Rule("en_ago", "en",
         rf"{B0}(?:(?P<n>{_NUM})\s+(?P<unit>years?|months?|weeks?|(?:(?:business|working)\s+)?days?|decades?|fortnights?)\s+(?:or\s+so\s+)?(?P<dir>(?i:ago|later|earlier|from\s+(?:right\s+)?now|from\s+today|hence))"
         rf"|(?<=[Ii]n\s)(?<![A-Za-z][Ii]n\s)(?P<n2>{_NUM})\s+(?P<unit2>years?|months?|weeks?|(?:(?:business|working)\s+)?days?|fortnights?)"
         rf"(?:(?P<ntime>['’]s?\s+time)|(?!\s+(?:ago|later|earlier|old|of|time)\b))){B1}",
         _n_ago,
         (("two years ago", "2024", "year", None), ("17 years ago", "2009", "year", None),
          ("a decade ago", "2016", "year", "APPROX"), ("three months ago", "2025-11", "month", None),
          ("two years from now", "2028", "year", None), ("It will reopen in 7 days.", "2026-02-25", "day", None),
          ("a fortnight ago", "2026-02-04", "day", None), ("the best month in 10 years", None, "", None),
          ("The bridge reopens in two weeks' time.", "2026-03-04", "day", None), ("Three days later, the index was down.", None, "", None),
          ("Voting opens in 7 days", "2026-02-25", "day", None), ("the first drop in 7 days", None, "", None),
          ("the busiest hour in a week", None, "", None), ("Interest is due in 7 days", "2026-02-25", "day", None),
          ("a day from right now", "2026-02-19", "day", None), ("The refund arrives in 3 business days", "2026-02-23", "day", None))),
    Rule("en_week_weekday", "en",
         rf"{B0}(?:(?P<wwd>{lx.en_words(lx.EN_WEEKDAY_NAMES)})\.?(?P<wwtod>{TOD_AFTER}),?\s+(?:of\s+)?(?P<wwr>[Nn]ext|[Ll]ast|[Tt]his)\s+week"
         rf"|(?P<wwr2>[Nn]ext|[Ll]ast|[Tt]his)\s+week,?\s+(?:on\s+)?(?P<wwd2>{lx.en_words(lx.EN_WEEKDAY_NAMES)})\.?"
         rf"|(?P<wwd3>{lx.EN_WEEKDAY_FULL_RE})\s+week(?![-'’]|\s+(?:of|ago|earlier|later|before|after|end)\b)"
         rf"|[Aa]\s+week\s+(?:on|from)\s+(?P<wwd4>{lx.EN_WEEKDAY_FULL_RE})"
         rf"|(?P<wwn>[Tt]wo|[Tt]hree|[Ff]our)\s+(?P<wwd5>{lx.EN_WEEKDAY_FULL_RE})s\s+ago){B1}",
         _n_week_weekday,
         (("Friday next week", "2026-02-27", "day", None), ("next week on Tuesday", "2026-02-24", "day", None),
          ("Wednesday evening next week", "2026-02-25TEV", "time", None),
          ("The board meets on Thursday week.", "2026-02-26", "day", None),
          ("The board meets a week on Tuesday.", "2026-03-03", "day", None),
          ("Shares hit a low two Tuesdays ago.", "2026-02-10", "day", None))),
    Rule("en_rel_year_part", "en",
         rf"{B0}(?P<ryw>[Tt]his|[Nn]ext|[Ll]ast)\s+year['’]s\s+(?:(?P<ryq>{_QUARTER_ORD_ALL})[-\s]+quarter"
         rf"|(?P<ryh>first|second)[-\s]+half){B1}",
         _n_rel_year_part,
         (("this year's third quarter", "2026-Q3", "quarter", None), ("next year's first half", "2027-H1", "half", None),
          ("last year's fourth-quarter results", "2025-Q4", "quarter", None))),
    Rule("en_rel", "en",
         rf"{B0}(?<![Tt]he\s)(?<![Tt]he\s\s)(?P<rw>[Ll]ast|[Tt]his|[Nn]ext|[Tt]he current|[Cc]urrent|[Tt]hat|[Tt]he same|[Tt]he following|[Tt]he next|[Tt]he previous"
         rf"|[Tt]he prior|[Tt]he coming|[Tt]he upcoming|[Uu]pcoming|[Tt]his\s+past|(?:[Tt]he\s+)?(?:past|last)(?=\s+(?:quarter|qtr){B1})|(?:[Tt]he\s+)?previous(?=\s+(?:quarter|qtr|decade){B1}))"
         rf"\s+(?:calendar\s+(?=year))?(?P<ru>year|yr|month|quarter|qtr|weekend|week|decade){B1}(?!\s+of\b|[-\s]+(?:century|mile|hour)\b)"
         rf"(?:(?<=[Ll]ast\syear)(?P<rposs>['’]s\s+(?:quarter|period)){B1})?",
         _n_rel,
         (("last year", "2025", "year", None), ("this year", "2026", "year", None),
          ("next year", "2027", "year", None), ("last month", "2026-01", "month", None),
          ("this quarter", "2026-Q1", "quarter", None), ("the previous quarter", "2025-Q4", "quarter", None),
          ("the next decade", "203X", "decade", None), ("this calendar year", "2026", "year", None),
          ("current quarter", "2026-Q1", "quarter", None), ("It shut the same year.", "2026", "year", None),
          ("Talks resume the following week.", "2026-W09", "week", None), ("upcoming month holidays", "2026-03", "month", None))),
    Rule("en_calendar_year", "en",
         r"(?<![A-Za-z])(?:CY|[Cc]y)\s?'?(?P<cyy>(?:19|20)\d\d|\d\d)(?![\d%A-Za-z]|[.,]\d)",
         _n_calendar_year,
         (("sales in CY2025", "2025", "year", None), ("revenue for cy24", "2024", "year", None))),
    Rule("en_the_weekend", "en",
         rf"{B0}(?:(?<=[Oo]ver\s)|(?<=[Dd]uring\s)|(?<=[Tt]hrough\s)|(?<=[Tt]hroughout\s)|(?<=[Aa]t\s)|(?<=[Oo]n\s)"
         rf"|(?<=[Ss]ince\s)|(?P<twahead>(?<=[Aa]head\sof\s)|(?<=[Bb]efore\s)|(?<=[Uu]ntil\s)|(?<=[Bb]y\s)))"
         rf"[Tt]he\s+(?:(?:{'|'.join(lx.EN_WEEKEND_ADJECTIVES)})\s+)?weekend{B1}",
         _n_the_weekend,
         (("Officials said over the weekend that talks had failed.", "2026-W07-WE", "week", None),
          ("Talks will go on over the weekend.", "2026-W08-WE", "week", None),
          ("The repairs will be done before the weekend.", "2026-W08-WE", "week", None),
          ("Traffic was heavy over the long weekend.", "2026-W07-WE", "week", None))),
    Rule("en_weekday_day", "en",
         rf"{B0}(?P<wdn>{lx.en_words(lx.EN_WEEKDAY_NAMES)})\.?,?\s+(?:the\s+(?:(?P<wdd>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)|(?P<wdo>(?i:{EN_DAY_WORDS})))"
         rf"|(?P<wdd2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|(?=\s*(?:[,.;!?](?!\d)|$)|\s+(?:at|between|from)\s+\d)))"
         rf"(?![A-Za-z0-9]|\s+(?:of\s+)?(?:{_CAP_MONTHS}|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))"
         rf"{TOD_AFTER}",
         _n_weekday_day,
         (("Friday the 13th", "2026-02-13", "day", None), ("It will open on Friday the 13th", "2026-03-13", "day", None), ("monday the twenty third", "2026-02-23", "day", None),
          ("on Tuesday the 3rd at 7pm", "2026-03-03T19:00", "time", None))),
    Rule("en_nth_weekday", "en",
         rf"{B0}(?:[Tt]he\s+)?(?P<nth>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|1st|2nd|3rd|4th|5th|[Ll]ast)\s+"
         rf"(?P<nwd>[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)(?:\s+(?P<tpd>{_POD_WORDS}))?\s+(?:of|in)\s+"
         rf"(?:{_mon('nmon')}(?:,?\s+(?P<nyr>{_YEAR}))?|(?:the\s+)?(?P<nrel>this|next|last|following|coming|previous)\s+month){B1}",
         _n_nth_weekday,
         (("the first Monday of October 2014", "2014-10-06", "day", None),
          ("the second Tuesday of next month", "2026-03-10", "day", None),
          ("the first Friday evening of this month", "2026-02-06TEV", "time", None),
          ("last Sunday of March 2014", "2014-03-30", "day", None),
          ("third tuesday of september 2014", "2014-09-16", "day", None))),
    Rule("en_weekday", "en",
         rf"{B0}{TOD_BEFORE}(?:(?P<ewlate>[Ee]arly|[Ll]ate)\s+(?={lx.EN_WEEKDAY_FULL_RE}\b))?(?:(?P<ewpre>[Ll]ast|[Nn]ext|[Tt]his\s+past|[Tt]his\s+coming|[Tt]his|[Tt]he\s+(?:previous|preceding|following))\s+)?(?:(?P<ewd>[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)"
         rf"|(?P<ewa>{_WEEKDAY_ABBRS})\.?(?=,?\s+(?:at\s+)?{_CLOCK_AHEAD})"
         rf"|(?<=[Oo][Nn]\s)(?P<ewa2>{_WEEKDAY_ABBRS})(?=\.?\s*(?:[,;!?]|\.?$|\.\s)|\.?\s+at\s)){B1}"
         rf"(?!,?\s+(?:the\s+)?(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\s+(?:of\s+)?[A-Z]|[/.]\d(?!\d?(?::[0-5]\d)?\s?[AaPp]\.?[Mm](?![A-Za-z])|\d\s*(?:[-–]|to\s|until\s|and\s)\s*\d)|-\d\d?[/-]\d)"
         rf"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d|(?:the\s+)?(?i:{EN_DAY_WORDS})\b)))"  # "Friday, March 3": the month-name rule's
         rf"{TOD_AFTER}",
         _n_weekday,
         (("He resigned on Monday.", "2026-02-16", "day", None), ("The offer runs until Friday.", "2026-02-20", "day", None),
          ("On Monday, the board will vote.", "2026-02-23", "day", None),
          ("Until Monday, they had said nothing.", "2026-02-16", "day", None),
          ("They will appeal Monday's ruling.", "2026-02-16", "day", None),
          ("Shares fell from the previous Friday.", "2026-02-13", "day", None),
          ("The blast came at 10:35 a.m. (0735 GMT) Friday.", "2026-02-13T10:35", "time", None),
          ("Thursday 8h00 gmt", "2026-02-12T08:00", "time", None), ("It shut Thu at 8 am PST", "2026-02-12T08:00", "time", None),
          ("The market was shut on Sat.", "2026-02-14", "day", None), ("Sat 5 people down", None, "", None),
          ("The rally is this coming Sunday.", "2026-02-22", "day", None),
          ("The vote ran late Tuesday.", "2026-02-17", "day", "END"), ("Shares fell early Monday.", "2026-02-16", "day", "START"))),
    Rule("en_numeric_range", "en",
         r"(?<![\d/.:,-])(?P<ua>1[0-2]|0?[1-9])/(?P<ud>3[01]|[12]\d|0?[1-9])\s?[-–]\s?(?P<ub>1[0-2]|0?[1-9])/(?P<ue>3[01]|[12]\d|0?[1-9])"
         r"(?:,?\s+(?P<uy>(?:19|20)\d\d)|/(?P<uy2>(?:19|20)\d\d))?(?![\d/%]|[.,]\d|\s*(?:[Pp]ercent|cups?|inch|in\b|of\s))",
         _n_numeric_range,
         (("The office is shut between 12/22-1/3.", "2025-12-22/2026-01-03", "day", None),
          ("Voting runs 3/16-3/20, 2026", "2026-03-16/2026-03-20", "day", None),
          ("The period is 10/1-11/2/2017", "2017-10-01/2017-11-02", "day", None),
          ("Add 1/2-3/4 of the stock", None, "", None))),
    Rule("en_numeric_date", "auto",
         r"(?<![\d/.:,-])(?:(?P<na>3[01]|[12]\d|0?[1-9])(?P<ns>[/-])(?P<nb>3[01]|[12]\d|0?[1-9])(?P=ns)(?P<ny>(?:1[5-9]|20)\d\d|\d\d)"
         r"|(?P<na2>3[01]|[12]\d|0?[1-9])\.(?P<nb2>3[01]|[12]\d|0?[1-9])\.(?P<ny2>(?:1[5-9]|20)\d\d)"
         r"|(?P<na4>3[01]|[12]\d|0?[1-9])/(?P<nb4>3[01]|[12]\d|0?[1-9]),\s?(?P<ny4>(?:1[5-9]|20)\d\d|\d\d)"
         r"|(?<=[Oo]n\s)(?P<pa3>1[0-2]|0?[1-9])(?:\.(?P<pb3>3[01]|[12]\d|0[1-9])|-(?P<pb4>3[01]|2\d|1[3-9]))"
         r"(?=\s*(?:[,;!?)]|\.(?!\d)|$)|\s+at\s)"
         r"|(?:(?<=[Oo]n\s)|(?<=[Bb]y\s)|(?<=[Ss]ince\s)|(?<=[Uu]ntil\s)|(?<=[Ff]rom\s)|(?<=[Bb]efore\s)|(?<=[Aa]fter\s)"
         r"|(?=(?:[2-9]|1[0-2])/(?:1[3-9]|2\d|3[01])(?!\d))|(?=(?:1[3-9]|2\d|3[01])/(?:0[1-9]|1[0-2])(?!\d)))"
         r"(?P<pa>3[01]|[12]\d|0?[1-9])/(?P<pb>3[01]|[12]\d|0?[1-9]))(?![\d/%]|[.,]\d|-\d|\s?(?:[Pp]ercent|of\s|th\b))",
         _n_numeric_mdy,
         (("02/12/2013", "2013-02-12", "day", None), ("25/12/2025", "2025-12-25", "day", None),
          ("2/30/2025", None, "", None), ("10/31/74", "1974-10-31", "day", None), ("3-3-15", "2015-03-03", "day", None),
          ("10.31.1974", "1974-10-31", "day", None), ("2/15", "2026-02-15", "day", None),
          ("on 3/1", "2026-03-01", "day", None), ("3/4", None, "", None), ("1/18", None, "", None),
          ("It reopens 22/04", "2026-04-22", "day", None), ("It closed 08/12,2015", "2015-08-12", "day", None),
          ("The vote is on 4.22.", "2026-04-22", "day", None), ("They met on 4-22", "2025-04-22", "day", None), ("They drew on 3-2.", None, "", None),
          ("It rose on 4.22 million shares", None, "", None))),
    Rule("en_rel_numeric_date", "en",
         r"(?<![A-Za-z])(?P<rnw>[Tt]his|[Nn]ext|[Ll]ast)\s+(?P<rnm>1[0-2]|0?[1-9])/(?P<rnd>3[01]|[12]\d|0?[1-9])(?![\d/%]|[.,]\d)",
         _n_rel_numeric_date,
         (("The fee is due this 5/12.", "2026-05-12", "day", None), ("We meet next 1/20", "2027-01-20", "day", None),
          ("It shut last 2/25", "2025-02-25", "day", None))),
    Rule("en_mon_numeric", "en",
         r"(?<![\d/.:-])(?:(?P<xd>3[01]|[12]\d|0?[1-9])(?P<xs>[-/])(?P<xm>[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)"
         r"(?P=xs)(?P<xy>(?:1[5-9]|20)\d\d|\d\d)"
         r"|(?P<xy2>(?:1[5-9]|20)\d\d)(?P<xs2>[-/])(?P<xm2>[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)"
         r"(?P=xs2)(?P<xd2>3[01]|[12]\d|0?[1-9]))(?![\d/])"
         r"|(?<![A-Za-z])(?P<xm3>[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)"
         r"(?:uary|ruary|ch|il|e|y|ust|tember|t|ober|ember)?(?:[/.-]|(?<=[a-z]))(?P<xd3>3[01]|[12]\d|0?[1-9])(?![\d/:]|\.\d)"
         r"(?:(?:\s*,\s*|-)(?P<xy3>(?:1[5-9]|20)\d\d)(?!\d))?",
         _n_mon_numeric,
         (("31-Oct-74", "1974-10-31", "day", None), ("05/Aug/2016", "2016-08-05", "day", None),
          ("2019/aug/01", "2019-08-01", "day", None), ("Oct/2", "2025-10-02", "day", None),
          ("Dec31, 1994", "1994-12-31", "day", None), ("Sep-23-2020", "2020-09-23", "day", None),
          ("It will open Oct.23", "2026-10-23", "day", None))),
    Rule("en_spelled_day", "en",
         rf"{B0}(?:(?:[Tt]he\s+)?(?P<sdo>(?i:{EN_DAY_WORDS}))\s+(?:day\s+)?(?:of|in)\s+{_mon('sdm')}"
         rf"|(?:(?:{lx.en_words(w for w in lx.EN_WEEKDAY_NAMES if len(w) > 5)}),?\s+)?(?!(?:may|march)\b(?!\s+(?:the\s+)?(?:{EN_DAY_WORDS})\b,?\s+{_YEAR}(?!\d))){_mon('sdm2')}\s+(?:the\s+)?(?P<sdo2>{EN_DAY_WORDS}))"
         rf"(?:,?\s+(?:of\s+)?(?:(?P<sdy>{_YEAR})|{EN_SPELLED_YEAR}))?{B1}",
         _n_spelled_day,
         (("the first of March", "2026-03-01", "day", None), ("March twenty-second", "2026-03-22", "day", None),
          ("the third day of October 2015", "2015-10-03", "day", None), ("february the fifteenth", "2026-02-15", "day", None),
          ("January first two thousand and five", "2005-01-01", "day", None),
          ("the fifth of May of 1998", "1998-05-05", "day", None), ("march third 2015", "2015-03-03", "day", None),
          ("It falls on Sunday, March eighth.", "2026-03-08", "day", None))),
    Rule("en_rel_month_day", "en",
         rf"{B0}(?:[Tt]he\s+)?(?:(?P<rmd>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?|(?P<rmo>(?i:{EN_DAY_WORDS})))(?:\s+day)?\s+of\s+"
         rf"(?:the\s+)?(?P<rmw>{lx.en_words(lx.EN_REL_MONTH_WORDS, False)})\s+month{B1}",
         _n_rel_month_day,
         (("the 20th of next month", "2026-03-20", "day", None), ("the fifteenth day of this month", "2026-02-15", "day", None),
          ("the 30th of this month", None, "", None))),
    Rule("en_month_day_only", "en",
         rf"(?<=[Oo]n\s)(?:the\s+)?(?P<mdd>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th){B1}(?!\s+(?:of|century|anniversary|floor|time|day|year|place|minute|hour|round|amendment|birthday|edition)\b)"
         rf"|(?<=[Oo]n\s)the\s+(?P<mdo>(?i:{EN_DAY_WORDS}))(?=\s*(?:[,.;!?]|$))"
         rf"|(?<=[Oo]n\s)(?:the\s+)?(?P<mdd2>3[01]|[12]\d|0?[1-9])(?=\s+(?:at|from|between)\s+\d|,\s*\d{{1,2}}\s*[AaPp]\.?[Mm])"
         rf"|{_DAY_PREPS}the\s+(?P<mdd3>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?=\s*(?:[,.;:!?)]|$)|\s+(?:{_DAY_FOLLOWERS})\b)"
         rf"|{B0}(?:at\s+)?{_clock('b')}\s+on\s+(?:the\s+)?(?P<mdd4>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?=\s*(?:[,.;:!?)]|$))",
         _n_month_day_only,
         (("on the 20th", "2026-02-20", "day", None), ("on the 3rd", "2026-03-03", "day", None),
          ("It reopens on 24th", "2026-02-24", "day", None), ("They meet on the first.", "2026-03-01", "day", None),
          ("The store reopens on 25 at 9:00", "2026-02-25", "day", None),
          ("Bids are due by the 27th.", "2026-02-27", "day", None), ("The fair runs on the 21st from 10 am", "2026-02-21", "day", None),
          ("It was the best result for the 3rd straight year", None, "", None),
          ("The vote closes at 8pm on the 25th.", "2026-02-25T20:00", "time", None))),
    Rule("en_part_of", "en",
         rf"{B0}(?:(?:(?:[Tt]he\s+)?(?P<pp>end|beginning|start|middle)\s+of|(?P<pe>[Ee]arlier|[Ll]ater))\s+"
         rf"|(?P<pm>[Ee]arly|[Ll]ate|[Mm]id)[\s-]+(?=this|last|next)|(?P<pm2>[Ee]arly|[Ll]ate)\s+in\s+)"
         rf"(?P<prel>the|this|last|next|(?:the\s+)?(?:{'|'.join(lx.EN_PART_REL)}))\s+(?P<pu>year|month|week){B1}"
         rf"|{B0}(?:[Tt]he\s+)?(?P<pp2>end|{'|'.join(lx.EN_REST_WORDS)})\s+of\s+"
         rf"(?:(?:{'|'.join(lx.EN_PART_OWNERS)})\s+)?(?P<pu2>day|week|month|year){B1}(?!\s+\d|['’])"
         rf"|{B0}(?:(?<=[Aa]t\sthe\s)|(?<=[Bb]y\s)|(?<=[Bb]efore\s)|(?<=[Uu]ntil\s)|(?<=[Tt]ill\s)|(?<=[Bb]y\sthe\s))"
         rf"(?P<pab>(?i:{'|'.join(lx.EN_PART_ABBREVIATIONS)})){B1}",
         _n_part_of,
         (("the end of the year", "2026", "year", "END"), ("earlier this month", "2026-02", "month", None),
          ("the beginning of next year", "2027", "year", "START"), ("late last year", "2025", "year", "END"),
          ("early next month", "2026-03", "month", "START"), ("mid-this year", "2026", "year", "MID"),
          ("late in the year", "2026", "year", "END"), ("Bids close by the end of the day.", "2026-02-18", "day", "END"),
          ("Send the draft by EOD", "2026-02-18", "day", "END"), ("The road stays shut for the rest of the week.", "2026-W08", "week", None),
          ("At the end of the day, voters decide.", None, "", None), ("by the end of the coming year", "2027", "year", "END"),
          ("at the start of the past month", "2026-01", "month", "START"), ("sales by end of year", "2026", "year", "END"), ("A party is held at the end of the year.", "2026", "year", "END"))),
    Rule("en_nth_month", "en",
         rf"{B0}(?:[Tt]he\s+)?(?P<nmo>(?i:{'|'.join(list(EN_DAY_ORDINALS)[:12])})"
         rf"|1[0-2]th|11th|12th|[4-9]th|1st|2nd|3rd)\s+month\s+of\s+(?:(?P<nmy4>{_YEAR})|(?P<nmrel>this|last|next|the)\s+year){B1}",
         _n_nth_month,
         (("the third month of 2021", "2021-03", "month", None), ("the 9th month of next year", "2027-09", "month", None))),
    Rule("en_last_day_of", "en",
         rf"{B0}(?:[Tt]he\s+)?(?:(?P<ldn>(?i:{'|'.join(list(EN_DAY_ORDINALS)[1:10])})|[2-9]th|2nd|3rd|10th)[\s-]+(?:to[\s-]+)?)?"
         rf"last\s+day\s+(?:of|in)\s+{_mon('ldm')}(?:,?\s+(?P<ldy>{_YEAR}))?{B1}",
         _n_last_day_of,
         (("the last day of October 2015", "2015-10-31", "day", None), ("last day of February 2024", "2024-02-29", "day", None),
          ("the third last day of June 2024", "2024-06-28", "day", None), ("the 2nd to last day of March 2023", "2023-03-30", "day", None))),
    Rule("en_holiday", "en",
         rf"{B0}(?:(?P<hofn>{_NUM})\s+(?P<hofu>{lx.en_words(lx.EN_COUNT_UNITS, False)})\s+(?P<hofd>after|before|from(?![^.;,!?\n]{{0,40}}?\s(?:through|thru|until|till|to)\s))\s+"
         rf"|(?P<hmod>[Bb]efore|[Aa]fter|[Ss]ince)\s+(?:the\s+)?(?!(?:last|next|this)\s))?"
         rf"(?P<heve>(?:[Tt]he\s+)?[Ee]ve\s+of\s+(?:the\s+)?(?!(?:Chinese|Lunar)\s))?"
         rf"(?:(?:[Tt]he\s+)?(?P<hpre>{'|'.join(lx._ci(w) for w in lx.EN_HOLIDAY_REL)})\s+)?"
         rf"(?P<hol>(?:Chinese|Lunar)\s+New\s+Year['’]s\s+Eve|(?:[Tt]he\s+)?[Ee]ve\s+of\s+(?:the\s+)?(?:Chinese|Lunar)\s+New\s+Year"
         rf"|{lx.en_holiday_names()}){B1}(?![-\s]+[Ii]slands?{B1})"
         rf"(?:,?\s+(?P<hy>{_YEAR})|\s+(?:of|in)\s+(?:(?P<hy2>{_YEAR})|(?P<hyr>this|last|next)\s+year)"
         rf"|\s+(?:(?:{EN_SPELLED_YEAR})|(?P<hsyt>{EN_THOUSANDS_YEAR}))"
         rf"|\s+in\s+(?P<hin>{_NUM_EXACT})\s+(?P<hinu>years?|months?|weeks?)(?:['’]\s+time)?"
         rf"|\s+(?P<hin2>{_NUM_EXACT})\s+(?P<hinu2>years?|months?|weeks?)\s+(?:hence|from\s+now)){{0,1}}{B1}"
         rf"(?:(?P<hwe>[\s-]+(?:holiday\s+)?weekend){B1}(?:,?\s+(?P<hy3>{_YEAR}){B1})?)?",
         _n_holiday,
         (("Christmas", "2025-12-25", "day", None), ("Chinese New Year", "2026-02-17", "day", "APPROX"),
          ("Thanksgiving 2025", "2025-11-27", "day", None), ("last Christmas", "2025-12-25", "day", None),
          ("over the Easter weekend", "2026-W14-WE", "week", None), ("the Memorial Day weekend", "2026-W21-WE", "week", None),
          ("Lunar New Year's Eve", "2026-02-16", "day", None), ("the eve of the Lunar New Year", "2026-02-16", "day", None),
          ("Chinese New Year's Eve 2025", "2025-01-28", "day", None),
          ("before the Lantern Festival", "2026-03-03", "day", "BEFORE"), ("since Christmas", "2025-12-25", "day", "AFTER"),
          ("Easter 2024", "2024-03-31", "day", None), ("Good Friday 2025", "2025-04-18", "day", None),
          ("Election Day 2024", "2024-11-05", "day", None), ("St. Patrick's Day 2025", "2025-03-17", "day", None),
          ("Martin Luther King Jr. Day 2026", "2026-01-19", "day", None), ("thanksgiving 2012", "2012-11-22", "day", None),
          ("next Thanksgiving", "2026-11-26", "day", None), ("the previous Easter", "2025-04-20", "day", None),
          ("Black Friday of last year", "2025-11-28", "day", None), ("mlk day 2027", "2027-01-18", "day", None),
          ("Ash Wednesday 2027", "2027-02-10", "day", None), ("new years eve 2020", "2020-12-31", "day", None),
          ("two weeks before Christmas 2024", "2024-12-11", "day", None), ("3 days after Easter 2025", "2025-04-23", "day", None),
          ("on the eve of Eid al-Fitr 2025", "2025-03-29", "day", None), ("Ramadan 2025", "2025-03-01/2025-03-29", "day", None),
          ("the eve of Passover 2025", "2025-04-12", "day", None), ("Christmas in two years", "2028-12-25", "day", None),
          ("Easter Sunday two thousand ten", "2010-04-04", "day", None), ("Christmas nineteen ninety-nine", "1999-12-25", "day", None),
          ("Christmas two thousand people came", "2025-12-25", "day", None),
          ("Diwali 3 years from now", "2029-11-05", "day", None))),
    Rule("en_vote_day", "en",
         rf"{B0}(?:(?:{'|'.join(f'[{w[0].upper()}{w[0]}]{w[1:]}' for w in lx.EN_VOTE_DAY_NAMES)})\s+day"
         rf"|(?P<veve>[Tt]he\s+eve\s+of\s+(?:the\s+|this\s+)?(?:{'|'.join(lx.EN_VOTE_EVE_NOUNS)}))){B1}",
         _n_vote_day,
         (("Turnout on polling day may top 60%.", None, "", None),
          ("On the eve of the election, both rallied.", None, "", None))),  # with the vote's day told: corpus_en.tsv
    Rule("en_nth_day_today", "en",
         "(?:" + "|".join(f"(?<={w} )" for w in lx.EN_TODAY_IS) + ")"
         rf"[Tt]he\s+(?:(?i:{'|'.join(EN_DAY_ORDINALS)})|\d{{1,3}}(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|full)\s+)?day{B1}"
         rf"(?=\s+(?:of|in|since)\s)",
         _n_nth_day_today,
         (("This is the eighth day of the strike.", "2026-02-18", "day", None),
          ("It's the second day of the offensive.", "2026-02-18", "day", None),
          ("It was the second day of the offensive.", None, "", None))),
    Rule("en_story_day", "en",
         rf"{B0}(?:(?:[Tt]he\s+|(?=[Nn]ext\s))(?P<sdw>{lx.en_words(w for w in lx.EN_STORY_DAY_WORDS if w not in _STORY_AFTER)})"
         rf"\s+(?:day|(?P<sdp>{_STORY_PARTS})){B1}(?![-\s]+(?:of|that|when|as)\b|-)"
         rf"|[Tt]he\s+(?:day|(?P<sdp2>{_STORY_PARTS}))\s+(?P<sdb>{lx.en_words(_STORY_AFTER, False)})(?=\s*[,.;:!?)]|\s*$)"
         rf"|(?:(?:{lx.en_words(lx.EN_STORY_DAY_WITHIN)})\s+)?(?P<sdthat>[Tt]hat)\s+(?:same\s+)?(?:day|(?P<sdp3>{_STORY_PARTS})){B1}(?!['’-]|\s+(?:of|when)\b)"
         rf"|(?:{lx.en_words(lx.EN_STORY_DAY_WITHIN)})\s+in\s+the\s+day"
         rf"|(?<=[Ii]n\s)(?P<sdin>the\s+(?P<sdp4>morning|afternoon|evening))(?=\s*[,.;]|\s+(?:to|and|when|as|before|after)\b)"
         rf"|(?<=[Bb]y\s)(?P<sdby>(?:mid|late|early)[\s-]?(?P<sdp5>morning|afternoon|evening))(?=\s*[,.;])){B1}",
         _n_story_day,
         (("Markets will reopen the next day.", "2026-02-19", "day", None),
          ("The leader arrived later in the day.", "2026-02-18", "day", None),
          ("Traders who buy that day lose.", None, "", None), ("By mid-afternoon, the rally had faded.", "2026-02-18TAF", "time", None),
          ("He runs in the morning.", None, "", None),
          ("The count will end the next morning.", "2026-02-19TMO", "time", None),
          ("Talks collapsed after a meeting the night before.", "2026-02-17TNI", "time", None),
          ("next-day delivery", None, "", None), ("The next day, prices were lower.", None, "", None))),
    Rule("en_day_rel", "en",
         rf"{B0}{TOD_BEFORE}(?P<dr>(?:[Tt]he\s+)?[Dd]ay\s+(?:after\s+(?:tomorrow|tmrw)|before\s+yesterday)|[Yy]esterday"
         rf"|[Tt]oday(?!['’]s\s+(?:[a-z]+\s+)?(?:{_GENERIC_NOW})\b)|[Tt]onight|[Tt]onite|[Tt]mrw|{_NOT_OF_TOMORROW}[Tt]omorrow(?!['’]s\s+(?:[a-z]+\s+)?(?:{_GENERIC_NOW})\b)"
         rf"|[Ll]ast\s+night|[Tt]his\s+(?:morning|afternoon|evening|night)){B1}{TOD_AFTER}",
         _n_day_rel,
         (("I'll call tmrw", "2026-02-19", "day", None), ("see you tonite", "2026-02-18TNI", "time", None),
          ("Shares rose by mid-afternoon yesterday.", "2026-02-17TAF", "time", None),
          ("the day after tmrw", "2026-02-20", "day", None), ("It applies as of tomorrow.", "2026-02-19", "day", None),
          ("the people of tomorrow", None, "", None), ("The rain stops this night.", "2026-02-18TNI", "time", None))),
    Rule("year", "auto",
         rf"(?:(?P<pre>[Ss]ince|[Bb]efore|[Aa]fter|[Aa]round|[Cc]irca|[Aa]bout|c\.|[Ee]arly(?:\s+in)?|[Mm]id|[Ll]ate(?:\s+in)?|[Yy]ear-end|[Ee]nd(?=-)|"
         rf"(?:[Tt]he\s+)?(?:end|beginning|start|middle)\s+of)(?:\s+|-))?"
         rf"(?<![A-Za-z0-9$€£¥#.,/:_'第])(?P<yr>{_YEAR})"
         rf"(?![0-9A-Za-z%]|[.,]\d|[-–]\d{{3}}|[-–]\d+[-–]\d|\s?(?:{_UNITS})|\s+(?:{_COUNT_NOUNS}){B1}"
         rf"|[\s-]?(?:[Qq][1-4]|H[12]){B1}|[-/][A-Za-z]{{3}})",
         _n_year,
         (("in 2014", "2014", "year", None), ("NeurIPS 2025", "2025", "year", None),
          ("since 2019", "2019", "year", "AFTER"), ("mid-2025", "2025", "year", "MID"),
          ("the end of 2025", "2025", "year", "END"), ("before 2020", "2020", "year", "BEFORE"),
          ("end-2025", "2025", "year", "END"), ("year-end 2025", "2025", "year", "END"),
          ("late 2019", "2019", "year", "END"), ("early in 2025", "2025", "year", "START"), ("2000元", None, "", None), ("2000 people", None, "", None))),
    Rule("en_year_told", "en",
         rf"{B0}(?:[Tt]he\s+)?[Yy]ear\s+(?P<ytn>\d{{3,4}})(?![\d%]|[.,]\d|\s+of\b)"
         rf"|{B0}(?P<yte>\d{{1,4}})\s?(?:{'|'.join(re.escape(w) for w in lx.EN_ERA_AFTER)})(?![A-Za-z])"
         rf"|{B0}(?:{'|'.join(re.escape(w) for w in lx.EN_ERA_BEFORE)})\s?(?P<ytb>\d{{1,4}})(?![\d%]|[.,]\d)"
         rf"|(?:{_FAR_YEAR_PREPS})"
         rf"(?P<ytf>2[1-9]\d\d)(?![0-9A-Za-z%]|[.,]\d|\s?(?:{_UNITS})|\s+(?:{_COUNT_NOUNS}){B1})",
         _n_year_told,
         (("Rome fell in 476 AD.", "0476", "year", None), ("The town was founded in 14 a.d.", "0014", "year", None),
          ("the eruption of AD 79", "0079", "year", None), ("in the year 1000", "1000", "year", None),
          ("Sea levels may rise a metre by 2100.", "2100", "year", None), ("by 2150 tonnes", None, "", None),
          ("Caesar died in 44 BC.", None, "", None))),
    Rule("en_apos_year", "en",
         r"(?<![A-Za-z0-9'])'(?P<ay>\d\d)(?![\d'A-Za-z%])",
         _n_apos,
         (("'98", "1998", "year", None),)),
    Rule("en_event_offset", "en",
         rf"{B0}(?<!\bfor\s)(?<!\bwithin\s)(?<!\bup\sto\s)(?<!\bthan\s)(?<!\bby\s)(?<!\bthe\s)(?<!\bThe\s)(?<!\bleast\s)(?<!\bwait\s)"
         rf"(?P<eon>{_NUM})\s+(?P<eou>[Dd]ays?|[Ww]eeks?|[Ff]ortnights?|[Mm]onths?|[Yy]ears?)\s+(?:or\s+so\s+)?"
         rf"(?P<eod>after|before)(?=\s+(?!all\b|(?:{lx.en_words(lx.EN_DAY_ANCHORS)}){B1})[A-Za-z\"“'‘]|\s+\d{{1,3}}(?:[.,]\d+)?\s?%)",
         _n_event_offset,
         (("The results came a week after the firm named a new chief.", "2026-02-11", "day", None),
          ("Two days after the vote, the minister resigned.", "2026-02-20", "day", None),
          ("Dockers struck, two days after 87% of members voted to strike.", "2026-02-16", "day", None),
          ("The union struck for two weeks after talks failed.", None, "", None),
          ("Buyers must wait at least 30 days before closing the purchase.", None, "", None),
          ("It carried 40,000 cars a day before it collapsed.", None, "", None))),
    Rule("clock_stamp", "auto",
         rf"(?<![^\n])(?:{_clock('k')})(?=[ \t]*(?:[-–—|]|:(?=[ \t]))[ \t]+[A-Z\"“‘'])"
         rf"|{lx.STAMP_LINE_START}(?P<span>{lx.STAMP_CLOCK})(?={lx.STAMP_AFTER})",
         _n_clock_stamp,
         (("14:05 GMT - The minister resigned.", "2026-02-18T14:05", "time", None),
          ("9:30am: Polls opened.", "2026-02-18T09:30", "time", None),
          ("The score was 2-1 at 20:15 - a late goal.", None, "", None))),  # updates of two lines: corpus_*.tsv
)
