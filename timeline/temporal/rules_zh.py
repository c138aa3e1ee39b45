"""Chinese rules (Traditional; Simplified text is folded to Traditional before matching).

Each rule is pattern + normalizer + examples at :data:`~timeline.temporal.rules.EXAMPLE_REF`
(2026-02-18). Order matters: at one position the first rule that matches wins, so longer and more
specific rules come first. Building blocks (``_year``, ``_month`` ...) take a group prefix so that one
pattern can hold two dates (ranges).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

from timeline.model import Granularity, Mod
from timeline.temporal import lexicon as lx
from timeline.temporal import lunar
from timeline.temporal.fiscal import SPLIT_YEAR_END, fiscal_value, organization_end_month
from timeline.temporal.lexicon import alternation
from timeline.temporal.numerals import cn_digits, cn_int, fold
from timeline.temporal.resolve import (
    PAST_WINDOW,
    Context,
    Norm,
    Tense,
    add_months,
    century_value,
    day_exists,
    day_value,
    decade_value,
    half_month_value,
    month_value,
    narrated_year,
    occurrence_by_tense,
    range_value,
    valid_value,
    week_value,
    weekend_value,
    xun_value,
    year_by_tense,
    year_value,
)
from timeline.temporal.rules import GroupReader, Groups, Rule

S = r"[ \t\xa0]?"
CN = lx.CN_DIGIT_CHARS
CNN = lx.CN_NUM_CHARS
_NOT_ZHONG = lx.ZH_NOT_ZHONG


_ROC = lx.ZH_ROC_MARKER
_YEAR_NOT_BEFORE = alternation(lx.ZH_YEAR_NOT_BEFORE)
_DAY_NOT_BEFORE = alternation(lx.ZH_DAY_NOT_BEFORE)
_NTH_WEEK_WORD = rf"(?:[{lx.ZH_WEEK_CHARS}]|個?{S}(?:{alternation(w for w in lx.ZH_WEEK_WORDS if len(w) > 1)}))"
_NTH_WEEK = rf"{_NTH_WEEK_WORD}(?![{''.join(lx.ZH_WEEKDAYS)}])"
"""The week word after an ordinal (第三週, 第三個星期, 第一個禮拜), not a weekday's (第一個星期一)."""


_YEAR2_AFTER = (rf"{S}年{S}(?:(?:\d{{1,2}}|{lx.ZH_MONTH_NUM}){S}月|(?:第{S})?[一二三四1-4]{S}季|[上下]半年"
                rf"|{alternation(lx.ZH_SHORT_YEAR_PARTS, lx.ZH_SHORT_YEAR_PARTS)}"
                rf"|的?第{S}(?:\d{{1,2}}|{lx.ZH_MONTH_NUM}){S}個{S}月|的?第{S}(?:[1-4]\d|5[0-3]|0?[1-9]|[一二三四五]?十[{lx.CN_1_9}]?|[{lx.CN_1_9}]){S}{_NTH_WEEK})")
"""What must follow a two-digit year (``87年5月``, ``九七年一季度``, ``07年下半年``) unless it starts with a zero
(``08年``, ``零七年``): a bare ``30年`` is thirty years."""


_ERA_NAMES = alternation(lx.ZH_ERAS)
_APPROX_PAIRS = alternation(lx.ZH_APPROX_DIGIT_PAIRS)


def era_year(era: str, n: str) -> int:
    """The Gregorian year of year ``n`` of a reign era (:data:`lexicon.ZH_ERAS`): 元 is its first."""
    return lx.ZH_ERAS[era] + (1 if n == "元" else cn_int(n)) - 1


def _year_abs(p: str) -> str:
    return (rf"(?P<{p}ya>(?P<{p}y4>(?<!\d)(?<!\d\.)(?<!{_ROC})(?<!{_ROC}[ \t\xa0])\d{{4}})"
            rf"|(?P<{p}yc>(?<![{CNN}\d])(?!\d{{4}})[{CN}\d]{{4}}(?![{CN}\d]))"
            rf"|(?P<{p}era>{_ERA_NAMES}){S}(?P<{p}eran>元|\d{{1,2}}|[{lx.CN_1_9}十]{{1,3}})(?={S}年)"
            rf"|(?P<{p}yk>(?<![{CNN}\d])[兩二]千(?:零[{lx.CN_1_9}]|零?[一二]?十[{lx.CN_1_9}]?|(?={_YEAR2_AFTER})))"
            rf"|(?P<{p}y2>(?<![\d.])(?<!{_ROC})(?<!{_ROC}[ \t\xa0])(?:0\d(?={S}年)|\d{{2}}(?={_YEAR2_AFTER})))"
            rf"|(?P<{p}y2c>(?<![{CNN}\d])(?<!{_ROC})(?<!{_ROC}[ \t\xa0])(?:[零〇○][{CN}](?={S}年)|[{CN}]{{2}}(?={_YEAR2_AFTER})"
            rf"|(?!{_APPROX_PAIRS})[{CN}]{{2}}(?={S}年)))"
            rf"|(?P<{p}y3c>(?<![{CNN}\d])[{CN}]{{3}}(?={S}年{S}(?:\d{{1,2}}|{lx.ZH_MONTH_NUM}){S}月))"
            rf"|{_ROC}{S}(?P<{p}yroc>\d{{1,4}}|[{lx.CN_ROC_CHARS}]{{1,5}})"
            rf"|(?P<{p}yroc3>(?<![\d.])1[0-2]\d(?={S}年{S}\d{{1,2}}{S}月|年度|{S}年{S}(?:[上下]半年|第?{S}[一二三四1-4]{S}季)))"
            rf"|(?P<{p}ypw>[{''.join(lx.ZH_YEAR_PAREN)}]){S}[{lx.ZH_DAY_PAREN_OPEN}]{S}(?P<{p}ypn>\d{{4}}|1?\d{{2}}){S}[）)])"
            rf"{S}年(?!{_YEAR_NOT_BEFORE})")


_YREL = alternation(lx.ZH_YEAR_WORDS, lx.ZH_YEAR_GUARDS, lx.ZH_YEAR_GUARDS_BEFORE)


def _year(p: str) -> str:
    return rf"(?:{_year_abs(p)}|(?P<{p}yrel>{_YREL}))"


QUARTER_PART = rf"(?P<qpart>{alternation(lx.ZH_QUARTER_PARTS, lx.ZH_QUARTER_PART_GUARDS)})"
"""初/末/底 right after a quarter (一季度末, 上季度初): its start or end, read through :data:`_MONTH_PART_MOD`."""


_YEAR_PARTS = alternation([f"年?{w}" for w in lx.ZH_PART_MOD if w != "頭"] + ["頭"],
                          {f"年?{w}": g for w, g in lx.ZH_YEAR_PART_GUARDS.items()} | {"頭": lx.ZH_YEAR_PART_GUARDS["頭"]})
"""年初 年中 年底 年末 年尾 (the 年 may already have been read with the year: 2025 年中) and 頭 (年頭)."""


_SEASON2 = alternation(w for w in lx.ZH_SEASONS if len(w) >= 2)
_SEASON1 = "".join(w for w in lx.ZH_SEASONS if len(w) == 1)


def _ypart(p: str) -> str:
    return (rf"(?P<{p}ypart>{_YEAR_PARTS}|{alternation(lx.ZH_HALF_YEAR)}"
            rf"|的?第{S}(?P<{p}nth_m>1[0-2]|0?[1-9]|{lx.ZH_MONTH_NUM}){S}個{S}月"
            rf"|的?第{S}(?P<{p}nth_d>[1-3]\d\d|[1-9]\d?|[{lx.CN_1_9}]?百?零?[{lx.CN_1_9}]?十?[{lx.CN_1_9}]?){S}天{zh_time_of_day(p + 'n')}"
            rf"|的?第{S}(?P<{p}nth_w>[1-4]\d|5[0-3]|0?[1-9]|[一二三四五]?十[{lx.CN_1_9}]?|[{lx.CN_1_9}]){S}{_NTH_WEEK}"
            rf"|(?P<{p}fmo>首月)|的?[前首]{S}(?P<{p}fq>[一二三兩1-3]){S}(?:個)?季度?"
            rf"|的?[前首]{S}(?P<{p}fm>十[一二]?|[{lx.CN_1_9}兩]|1[0-2]|[1-9]){S}個?月"
            rf"|的?最?後{S}(?P<{p}lq>[一二三兩1-3]){S}個?季度|的?最?後{S}(?P<{p}lm>十[一]?|[{lx.CN_1_9}兩]|1[01]|[1-9]){S}個?月"
            rf"|(?:第{S})?(?P<{p}q>[一二三四五1-5]){S}季度?(?:{QUARTER_PART.replace('qpart', p + 'qpart')})?|Q(?P<{p}qq>[1-5])|第(?P<{p}qh>[一二]){S}季|(?P<{p}qf>首)季度?(?![節賽])"
            rf"|的?{S}(?P<{p}sea>{_SEASON2})(?![{lx.ZH_SEASON_NOT_BEFORE}])|(?P<{p}sea2>[{_SEASON1}])(?![\u3400-\u9fff]))")


def _mweek(p: str) -> str:
    """第二週 after a month (3月第二週, 去年十二月的第一週): the week of the month's n-th Monday; with a weekday
    (5月第二個星期日), that weekday's n-th occurrence in the month; 最後一週 / 最後一個星期五 (12月最後一週, 11月最後一個
    星期五): the week of its last Thursday (the last week most of whose days are in the month), its last Friday."""
    return (rf"(?:(?:的?第{S}(?P<{p}mw>[1-5]|[一二三四五])|的?(?P<{p}mwl>{alternation(lx.ZH_LAST_WORDS)}){S}一?){S}"
            rf"(?:{_NTH_WEEK_WORD}(?P<{p}mwd>[{''.join(lx.ZH_WEEKDAYS)}]){zh_time_of_day(p + 'w')}|{_NTH_WEEK}))")


def _month(p: str) -> str:
    return (rf"(?:(?P<{p}mo>(?<![\d.])(?:1[0-2]|0?[1-9])(?![\d.])|(?<![{CNN}])(?:{lx.ZH_MONTH_NUM}|元(?=月)))"
            rf"{S}月(?:份)?(?![{lx.ZH_MONTH_NOT_BEFORE}])"
            rf"|(?P<{p}smo>(?<![\d./])(?:1[0-2]|0?[1-9]))/(?=(?:3[01]|[12]\d|0?[1-9]){S}[{lx.ZH_DAY_UNITS}])"
            rf"|[{''.join(lx.ZH_MONTH_PAREN)}]{S}[{lx.ZH_DAY_PAREN_OPEN}]{S}(?P<{p}mpn>1[0-2]|0?[1-9]){S}[）)]{S}月)")


_MREL = alternation(lx.ZH_MONTH_WORDS)


_MONTH_PARTS = (f"{alternation(lx.ZH_XUN)}|{alternation(lx.ZH_HALF_MONTH)}"
                f"|{alternation(lx.ZH_PART_MOD, lx.ZH_MONTH_PART_GUARDS)}")


def _mpart(p: str) -> str:
    """The part of a month after it; the month word may be told twice (十二月月底, 3月月中)."""
    return rf"(?:月(?=[{''.join(w for w in lx.ZH_PART_MOD if len(w) == 1)}]))?(?P<{p}mpart>{_MONTH_PARTS})"


def _day(p: str) -> str:
    """A day after its month: ``14日``, ``十四號``, ``初一``, or in digits with no 日 where nothing but a clause end
    or a part of day can follow (``1月3，``, ``十月31晚上``; ``1月3家`` is a count)."""
    return (rf"(?:(?P<{p}d>(?<![\d.])(?:3[01]|[12]\d|0?[1-9])(?![\d.])"
            rf"|{lx.ZH_DAY_NUM})"
            rf"{S}[{lx.ZH_DAY_UNITS}](?!{_DAY_NOT_BEFORE})|(?P<{p}dch>初[{lx.CN_1_9}十])(?![{lx.ZH_DAY_UNITS}]?[{lx.CN_1_9}十])"
            rf"|(?P<{p}dn>(?<![\d.])(?:3[01]|[12]\d|0?[1-9]))(?={_BARE_DAY_END}))")


def _numeric(p: str) -> str:
    """``2026-02-16``, ``2026/2/16``, ``2026-02``, ``2026.2.16`` (a dotted form needs the day: ``1643.04`` is a number),
    ``1994.01-19`` (two separators told differently: only with a four-digit year and a two-digit month and day);
    a two-digit day may run into a clock time (``2026-02-1809:30``, how some sites stamp an article)."""
    return (rf"(?P<{p}ny>(?<![\d.])(?:19|20)\d\d)(?:(?P<{p}ns>[-/])(?P<{p}nm>1[0-2]|0?[1-9])"
            rf"(?:(?P={p}ns)(?P<{p}nd>3[01]|[12]\d|0?[1-9]))?"
            rf"|\.(?P<{p}nm2>1[0-2]|0?[1-9])\.(?P<{p}nd2>3[01]|[12]\d|0?[1-9])"
            rf"|[-/.](?P<{p}nm5>1[0-2]|0[1-9])[-/.](?P<{p}nd5>3[01]|[12]\d|0[1-9])(?![A-Za-z]))"
            rf"(?:(?![\d%]|\.\d|{S}[{lx.ZH_AMOUNT_AFTER}])|(?<=[-/]\d\d[-/]\d\d)(?=[01]\d:[0-5]\d|2[0-3]:[0-5]\d))"
            rf"|(?P<{p}ny3>(?<![\d.])(?:1[5-9]|20)\d\d)(?:(?P<{p}nsp>[ -])(?P<{p}nm3>0[1-9]|1[0-2])(?P={p}nsp)"
            rf"|(?P<{p}nm4>0[1-9]|1[0-2]))(?P<{p}nd3>0[1-9]|[12]\d|3[01])(?![\d%]|\.\d|{S}[{lx.ZH_AMOUNT_AFTER}])")


FEST_NAMES = sorted((n for n in lunar.FESTIVALS if n not in lx.ZH_FESTIVAL_GUARDS and not n.startswith("年初")),
                    key=len, reverse=True)
FEST = (lx.word_trie(FEST_NAMES) + "|" + alternation(lx.ZH_FESTIVAL_GUARDS, lx.ZH_FESTIVAL_GUARDS,
                                                 {"國慶": f"(?<![{lx.ZH_SURNAME_CHARS}])", **lx.ZH_FESTIVAL_GUARDS_BEFORE})
        + "|" + lx.ZH_NEW_YEAR_DAY)
"""Festival names (:data:`lunar.FESTIVALS`), longest first; those that are also other words only in the
contexts :data:`lexicon.ZH_FESTIVAL_GUARDS` allows."""
_FEST_APP = alternation(lx.ZH_FESTIVALS_AFTER_DATE)
_WEEKDAY_ONE = rf"(?:{alternation(lx.ZH_WEEK_WORDS)})?{S}[{''.join(lx.ZH_WEEKDAYS)}]"
WEEKDAY_GLOSS = rf"[（(]{S}{_WEEKDAY_ONE}(?:{S}[、，,至到\-–—]{S}{_WEEKDAY_ONE})?{S}[）)]"
"""A weekday glossing the date it follows in brackets (``12月5日(六)``, ``6月8日（週一）``, ``19日至20日（週六、日）``):
part of the date's mention, so that a clock time after it still refines that day and the weekday is not read apart
as this week's (2026-12-05, issue 13)."""


ZH_PARTS_OF_DAY = lx.ZH_PARTS_OF_DAY
_ZH_POD_WORDS = "|".join(sorted((w for w in (*ZH_PARTS_OF_DAY, *lx.ZH_NOON) if len(w) == 2 and w[0] not in "今昨當翌次"),
                               key=len, reverse=True))
"""The part-of-day words that may follow a day (``晚`` alone is guarded in the pattern: ``晚會`` is a gala)."""
_ZH_PM = lx.ZH_PM
_ZH_HOUR = rf"[01]?\d|2[0-4]|二十[一二三四]?|十[{lx.CN_1_9}]?|[{lx.CN_1_9}兩零]"
_ZH_MINUTE = rf"[0-5]?\d|[一二三四五]?十[{lx.CN_1_9}]?|[{lx.CN_1_9}]|[零〇][{lx.CN_1_9}]"
_ZH_BARE_MINUTE = rf"[0-5]\d|[二三四五]十[{lx.CN_1_9}]?|十[{lx.CN_1_9}]|[零〇][{lx.CN_1_9}]"
"""Minutes told after 點 without 分 (``9點20``, ``九點二十``, ``九點零九``): two digits or a tens numeral, never one digit."""
_ZH_BARE_MINUTE_NOT_BEFORE = rf"[\d{CNN}{lx.ZH_BARE_MINUTE_NOT_BEFORE}]"


def zh_time_of_day(p: str) -> str:
    """A part of day and/or clock time after a day (``上午``, ``晚上8點``, ``十時半``, ``8點15分``, ``9點20``,
    ``20時1刻``, ``下午5:00``), groups prefixed ``p``; :func:`zh_refine` reads them."""
    return (rf"(?:{S}(?P<{p}zpd>{_ZH_POD_WORDS}|晚{lx.ZH_EVENING_GUARD})"
            rf"(?!{S}(?:{alternation(lx.ZH_POD_NOT_BEFORE)}))"
            rf"|(?={S}(?:{_ZH_HOUR}){S}[{lx.ZH_HOUR_UNITS}]))?"
            rf"(?:{S}(?P<{p}zh>{_ZH_HOUR}){S}[{lx.ZH_HOUR_UNITS}](?:鐘|整)?(?:{S}(?P<{p}zm>{_ZH_MINUTE}){S}分"
            rf"|(?P<{p}zhalf>半)|{S}(?P<{p}zq>[一三13]){S}刻|(?<=點)(?P<{p}zmb>{_ZH_BARE_MINUTE})(?!{_ZH_BARE_MINUTE_NOT_BEFORE}))?"
            rf"|{S}(?P<{p}zch>[01]?\d|2[0-3])[:：](?P<{p}zcm>[0-5]\d)(?![\d:：]))?")


def zh_refine(day: str | None, g: GroupReader, p: str = "", part: str | None = None) -> tuple[str | None, Granularity]:
    """``day`` refined by the :func:`zh_time_of_day` groups (or by ``part``, a word such as ``今晚``):
    ``("2026-02-18", 上午)`` -> ``("2026-02-18TMO", "time")``, ``晚上8點`` -> ``T20:00``; else ``(day, "day")``."""
    if day is None:
        return None, "day"
    pd = (g(p + "zpd") if g.has(p + "zpd") else None) or part
    hour = g(p + "zh") if g.has(p + "zh") else None
    if hour:
        h = cn_int(hour)
        if h > 24:
            return day, "day"
        if pd in _ZH_PM and h < 12:
            h += 12
        mm = (cn_int(g.req(p + "zm")) if g(p + "zm") else 30 if g(p + "zhalf") else
              15 * cn_int(g.req(p + "zq")) if g.has(p + "zq") and g(p + "zq") else
              cn_int(g.req(p + "zmb")) if g.has(p + "zmb") and g(p + "zmb") else 0)
        return (f"{day}T{h:02d}:{mm:02d}", "time") if mm < 60 else (day, "day")
    if g.has(p + "zch") and g(p + "zch"):  # 下午5:00, 晚上7：30: a clock time with a colon
        h, mm = int(g.req(p + "zch")), int(g.req(p + "zcm"))
        if pd in _ZH_PM and h < 12:
            h += 12
        return f"{day}T{h:02d}:{mm:02d}", "time"
    if pd in lx.ZH_NOON:
        return f"{day}T12:00", "time"
    if pd in ZH_PARTS_OF_DAY:
        return f"{day}T{ZH_PARTS_OF_DAY[pd]}", "time"
    return day, "day"


def _md(p: str, app: bool) -> str:
    day = _day(p)
    if app:
        day += rf"(?:{S}(?P<{p}app>{_FEST_APP})(?:{alternation(lx.ZH_FESTIVAL_DAY_SUFFIX)})?)?"
    day += rf"(?:{S}{WEEKDAY_GLOSS})?" + zh_time_of_day(p)
    return rf"(?:{_month(p)}|(?P<{p}mrel>{_MREL})(?![{lx.ZH_REL_MONTH_NOT_BEFORE}])){S}(?:{day}|{_mpart(p)}|{_mweek(p)})?"


def _date(p: str, app: bool = False) -> str:
    """Year/month/day with parts (``2026 年2 月初``, ``去年9月``, ``2月14日``, ``上月15日``, ``2026/2/16``).

    The month-day part appears twice (after a year, and alone); the second copy's groups carry an extra
    ``x`` in their prefix and :func:`date_norm` reads both.
    """
    return (rf"(?:{_numeric(p)}"
            rf"|{_year(p)}{S}(?:{_md(p, app)}|{_ypart(p)})?"
            rf"|{_md(p + 'x', app)})")


_MONTH_PART_MOD: dict[str, Mod] = lx.ZH_PART_MOD
_SPAN_SEP = alternation(lx.ZH_SPAN_SEPARATORS)
_BARE_DAY_END = (rf"{S}(?:{_ZH_POD_WORDS})|[ \t]?(?:[{re.escape(lx.ZH_CLAUSE_END)}]|$)"
                 rf"|{S}(?:{_SPAN_SEP}){S}(?:\d|[{CNN}])")
"""What may follow a day told in digits without 日 (``1月3``): a part of day, a clause end or a range separator
before the range's other end (``1月3至2月10``)."""
"""月初 月中 月底...: the part of a month a modifier word names."""

_TMOD: dict[str, Mod] = lx.ZH_MOD_AFTER
TMOD = rf"(?P<tmod>{alternation(lx.ZH_MOD_AFTER, lx.ZH_MOD_AFTER_GUARDS)})"
PMOD = rf"(?P<pmod>{alternation(lx.ZH_APPROX_BEFORE)})"


# ------------------------------------------------------------------------------------------ helpers
def _int(s: str) -> int:
    return cn_int(s)


MAX_ROC_YEAR = 200
"""Republic of China years run from 1 (1912); a larger 民國 year is a typo, never a Gregorian year."""


def roc_number(s: str) -> int:
    """A Republic of China year number: ``114``, ``一一四`` (digit by digit) or ``一百一十四``."""
    return cn_digits(s) if len(s) > 1 and not any(c in s for c in "十百") and not s.isdigit() else cn_int(s)


def _apply_mod(n: Norm, g: GroupReader) -> Norm:
    if g.has("pmod") and g("pmod"):
        n.mod = "APPROX"
    if g.has("tmod") and g("tmod"):
        n.mod = _TMOD[g.req("tmod")]
    return n


_SENTENCE_END = re.compile(r"[。！？!?\n；;]")
_YEAR_OF_ACCOUNT = re.compile(rf"(?<![\d.])(?P<ya>(?:19|20)\d\d){S}年度(?![，,、；;。])")
"""A year told as a year of account (``2025年度利潤分配``): the period a return, report or dividend covers (not
``2025年度，`` opening a narration)."""
ACCOUNT_YEAR_REACH = 80
"""How far back in its sentence a year of account still governs a month-day told without a year."""


def _account_year_in_sentence(ctx: Context, y: int, pos: int) -> bool:
    """Whether year ``y`` was told as a year of account (:data:`_YEAR_OF_ACCOUNT`) before ``pos`` in its sentence."""
    a = max(0, pos - ACCOUNT_YEAR_REACH)
    for m in _SENTENCE_END.finditer(ctx.text, a, pos):
        a = m.end()
    return any(int(m["ya"]) == y for m in _YEAR_OF_ACCOUNT.finditer(ctx.text, a, pos))
_DCT_YEAR_WORDS = frozenset(lx.ZH_REF_YEARS)


def _rel_year(word: str, ctx: Context, pos: int, bare: bool) -> tuple[int | None, bool]:
    """Year for a relative year word (:data:`lexicon.ZH_YEAR_WORDS`); ``(None, _)`` drops the mention."""
    ref = ctx.ref
    kind, off = lx.ZH_YEAR_WORDS[word]
    if word in lx.ZH_COMPARE_PREV_YEARS and (base := compared_base(ctx, pos, "year")) is not None:
        return int(base[:4]) - 1, True  # 2025年營收較上年增長: 2024, the year before the one a figure is told for
    if kind == "ref":
        return (ref.year + off if ref else None), True
    if kind == "narrated":
        return ctx.narrative_year(pos), True
    if kind == "next":
        if not ctx.recent_focus(pos, 400) or ctx.focus_year is None:
            return None, True
        return ctx.focus_year + off, True
    if kind == "prev":
        if ctx.recent_focus(pos, 400) and ctx.focus_year is not None:
            return ctx.focus_year + off, True
        return (ref.year + off if ref else None), True
    # 當年 同年 該年 那年 那一年: the year just narrated; bare, they often mean "back then" -> need a close date
    if ctx.recent_focus(pos, 150 if bare else 400):
        return ctx.focus_year, True
    return None, True


_SCHEDULED_BEFORE = re.compile(rf"(?:{alternation(lx.ZH_SCHEDULED_BEFORE)})[^。！？!?\n；;，,]{{0,6}}$")


def _zh_cues(words: tuple[str, ...]) -> str:
    """:func:`lexicon.alternation` of cue words listed in both scripts, as the folded text writes them (each folded,
    repeats dropped, the order kept), with :data:`lexicon.ZH_TENSE_GUARDS` around them."""
    folded = tuple(dict.fromkeys(fold(w) for w in words))
    return alternation(folded, lx.ZH_TENSE_GUARDS, lx.ZH_TENSE_GUARDS_BEFORE)


_TENSE_CUES: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("future", re.compile(_zh_cues(lx.ZH_TENSE_FUTURE_BEFORE)), re.compile(
        rf"{_zh_cues(lx.ZH_TENSE_FUTURE_AFTER)}|(?P<force>起(?:正式)?(?:{_zh_cues(lx.ZH_IN_FORCE_VERBS)}))")),
    ("past", re.compile(_zh_cues(lx.ZH_TENSE_PAST_BEFORE)), re.compile(_zh_cues(lx.ZH_TENSE_PAST_AFTER))),
)
_TENSE_BREAK = re.compile(r"[。！？!?；;，,：:\n]")
_TENSE_STOP = re.compile(rf"(?P<say>(?:{_zh_cues(lx.ZH_TENSE_REPORT_VERBS)})了?)|(?:\d|[{lx.CN_NUM_CHARS}])+\s?[年月日號]"
                         rf"|(?:{alternation(lx.ZH_YEAR_WORDS)}|{alternation(lx.ZH_MONTH_WORDS)})")
"""Where the reading after a date stops: a verb of saying (read with its 了) or another date."""
_TENSE_OPENER = re.compile(rf"[\s「『“\"（(]*(?:{_zh_cues(lx.ZH_TENSE_CLAUSE_OPENERS)})?[\s]*")


def _tense_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch :func:`zh_tense` reads around the date ``text[start:end]``: back to its clause's start, on to its
    clause's end (the next clause's for a date that opens its own and is followed by a comma), stopped after a verb of
    saying and before another date."""
    a = max(0, start - lx.ZH_TENSE_REACH)
    for m in _TENSE_BREAK.finditer(text, a, start):
        a = m.end()
    b = min(len(text), end + lx.ZH_TENSE_REACH)
    brk = _TENSE_BREAK.search(text, end, b)
    if brk is not None:
        if brk.start() == end and text[end] in "，," and _TENSE_OPENER.fullmatch(text, a, start):
            nxt = _TENSE_BREAK.search(text, end + 1, b)
            b = nxt.start() if nxt is not None else b
        else:
            b = brk.start()
    if (stop := _TENSE_STOP.search(text, end, b)) is not None:
        b = stop.end() if stop.lastgroup == "say" else stop.start()
    return a, b


def zh_tense(text: str, start: int, end: int) -> Tense:
    """``"future"`` or ``"past"`` as the cue nearest to the date ``text[start:end]`` in its clause says
    (:data:`lexicon.ZH_TENSE_FUTURE_BEFORE` and the lists beside it, read up to :data:`lexicon.ZH_TENSE_REACH`
    characters on each side; a tie goes to the future), ``None`` with no cue. A date that opens its clause and is
    followed by a comma reads the next clause (``5月1日，新規將正式施行``); the reading after a date stops at a verb of
    saying and at another date (:data:`_TENSE_STOP`: ``8月18日，公司宣布將於10月…`` tells no future of 18 August); a
    coming-into-force verb (``起施行``) yields to any past cue in the clause (``已於3月1日起施行``) and is read as
    ``"start"`` (:func:`resolve.year_by_tense`: a start that began a short while ago is still this year's)."""
    a, b = _tense_span(text, start, end)
    best: tuple[int, int, str] | None = None
    force = past = False
    for rank, (kind, before, after) in enumerate(_TENSE_CUES):
        for c in before.finditer(text, a, start):
            past |= kind == "past"
            key = (start - c.end(), rank)
            if best is None or key < best[:2]:
                best, force = (*key, kind), False
        for c in after.finditer(text, start, b):
            past |= kind == "past"
            key = (max(0, c.start() - end), rank)
            if best is None or key < best[:2]:
                best = (*key, kind)
                force = kind == "future" and c.group("force") is not None
    if best is None:
        return None
    if force:
        return "past" if past else "start"
    return best[2]


_STRICT_PAST = re.compile(_zh_cues(lx.ZH_TENSE_STRICT_PAST))


def _past_window(ctx: Context, pos: int = 0, end: int = 0) -> int:
    """How far ahead of the article's day a date told in the past tense may lie: :data:`lexicon.ZH_PAST_AHEAD_DAYS`
    when that day is known and the clause of ``text[pos:end]`` tells a done act only (a perfective cue of
    :data:`lexicon.ZH_TENSE_STRICT_PAST`, no future cue or coming into force anywhere in it, and the date not the
    end point after 至 / 到: ``已延長至10月15日``, ``報名截至9月30日``), else :data:`resolve.PAST_WINDOW`."""
    if not ctx.ref_exact:
        return PAST_WINDOW
    end = max(pos, end)
    a, b = _tense_span(ctx.text, pos, end)
    future_before, future_after = _TENSE_CUES[0][1], _TENSE_CUES[0][2]
    if (ctx.text[max(0, pos - 1):pos] in lx.ZH_UNTIL_BEFORE or future_before.search(ctx.text, a, pos)
            or future_after.search(ctx.text, end, b) or not _STRICT_PAST.search(ctx.text, a, b)):
        return PAST_WINDOW
    return lx.ZH_PAST_AHEAD_DAYS


def _next_window(ctx: Context, moving: bool = False) -> int:
    """How far into the next year a date told with no tense cue may lie: :data:`lexicon.ZH_NO_CUE_NEXT_YEAR_DAYS`
    when the article's day is known (:data:`lexicon.ZH_MOVING_NEXT_YEAR_DAYS` for a ``moving`` day: a lunar date or
    a festival not on a fixed Gregorian day), else 0 (the article's year or the one before, as before)."""
    if not ctx.ref_exact:
        return 0
    return lx.ZH_MOVING_NEXT_YEAR_DAYS if moving else lx.ZH_NO_CUE_NEXT_YEAR_DAYS


def _end_of(g: GroupReader, pos: int) -> int:
    """The end of the match read through ``g`` when the reader has one, else ``pos``."""
    m = getattr(g, "m", None)
    return m.end() if m is not None else pos


def _tense_at(ctx: Context, g: GroupReader, pos: int) -> Tense:
    """:func:`zh_tense` of the mention matched at ``pos`` (its end read from the match when the reader has one)."""
    m = getattr(g, "m", None)
    return zh_tense(ctx.text, pos, m.end() if m is not None else pos)


def date_norm(g: GroupReader, ctx: Context, pos: int, p: str = "", inherit: tuple[int, int | None] | None = None,
              bare_ok: bool = True) -> Norm | None:
    """Value of a :func:`_date` match with group prefix ``p``; ``inherit`` gives (year, month) for range ends."""
    raw, g = g, _Either(g, p)
    relative = False
    if g("ny3"):  # 20240307, 2010 01 29, 1789-01-29: year, two-digit month, two-digit day
        ny, nm = int(g.req("ny3")), int(g("nm3") or g.req("nm4"))
        v = day_value(ny, nm, int(g.req("nd3")))
        return Norm(v, "day", focus_year=ny, focus_month=nm) if v else None
    if g("ny"):
        ny, nm = int(g.req("ny")), int(g("nm") or g("nm5") or g.req("nm2"))
        nd = g("nd") or g("nd2") or g("nd5")
        if nd:
            v = day_value(ny, nm, int(nd))
            return Norm(v, "day", focus_year=ny, focus_month=nm) if v else None
        return Norm(month_value(ny, nm), "month", focus_year=ny, focus_month=nm)
    y: int | None = None
    has_year = False
    if g("ya"):  # a year in numerals (read only when one was told: most dates have none)
        y = _abs_year(g, ctx.ref)
        if y is None:  # 民國0年 does not exist; 民國1000年 is not a Gregorian year
            return None
        has_year = True
    elif g("yrel"):
        bare = not (g("mo") or g("ypart"))
        y, relative = _rel_year(g.req("yrel"), ctx, pos, bare)
        if y is None and ctx.ref is None and g("yrel") in _DCT_YEAR_WORDS:
            return Norm(None, "year" if bare else "month", relative=True)  # 今年 without an article date
        if y is None and (bare or ctx.ref is not None):
            return None
        has_year = True
    mo = g("mo") or g("smo") or g("mpn")  # 11/3號: month/day with 號; 本（2）月 (Taiwan): the month in brackets
    m: int | None = None
    if mo:
        m = 1 if mo == "元" else _int(mo)  # 元月 is January
        if not 1 <= m <= 12:
            return None
    elif g("mrel"):
        relative = True
        kind, off = lx.ZH_MONTH_WORDS[g.req("mrel")]
        if kind == "ref" and off == 0 and has_year and y is not None and ctx.ref is not None:
            m = ctx.ref.month  # 去年本月: this month's number, in the year told
        elif kind == "focus":
            if ctx.recent_focus(pos, 400) and ctx.focus_year is not None and ctx.focus_month is not None:
                y, m = add_months(ctx.focus_year, ctx.focus_month, off)
            elif ctx.nothing_told() and ctx.ref is not None:
                y, m = add_months(ctx.ref.year, ctx.ref.month, off)  # 當月 with no date told before: the article's
            else:
                return None
        elif ctx.ref is None:
            return Norm(None, "month", relative=True)
        elif off == -1 and (base := compared_base(ctx, pos, "month")) is not None:
            y, m = add_months(int(base[:4]), int(base[5:7]), off)  # 10月份…較上月: September
        else:
            y, m = add_months(ctx.ref.year, ctx.ref.month, off)
        has_year = True
    d = _int(g.req("d")) if g.has("d") and g("d") else None
    if d is None and g.has("dn") and g("dn"):  # 1月3, 十月31: a day in digits with no 日
        d = int(g.req("dn"))
    if d is None and g.has("dch") and g("dch"):  # 十月初一: the first of the month
        d = _int(g.req("dch")[1:])
    if d is not None and m is not None and not day_exists(m, d):
        return None
    if not has_year:
        relative = True
        if inherit is not None:
            y = inherit[0]
        elif m is not None:
            y = ctx.year_at(pos)
            if y is not None and not ctx.recent_focus(pos) and ctx.ref is not None:
                # 將於3月5日舉行 told in a December article: next year's; 5月1日 with no cue in February: this May
                y = year_by_tense(ctx.ref, m, d, _tense_at(ctx, raw, pos), _past_window(ctx, pos, _end_of(raw, pos)),
                                  _next_window(ctx))
            elif y is not None and ctx.ref is not None:
                when = _tense_at(ctx, raw, pos)
                if y < ctx.ref.year and _account_year_in_sentence(ctx, y, pos):
                    # 2025年度個人所得稅匯算將於6月30日結束, 2025年度利潤分配方案已於6月20日審議通過: a year of account
                    # (the year a return, report or dividend covers) is settled after it; a month-day told after it
                    # in its sentence is read from the article date by its tense
                    y = year_by_tense(ctx.ref, m, d, when, _past_window(ctx, pos, _end_of(raw, pos)), _next_window(ctx))
                elif when == "future" and y < ctx.ref.year and _SENTENCE_END.search(ctx.text, ctx.focus_pos, pos):
                    # 去年淨利潤增長。……須在4月30日前披露: a date told as still to come, in a sentence after the one
                    # that stood in a past year, is read from the article date
                    y = year_by_tense(ctx.ref, m, d, when)
                else:
                    y = narrated_year(ctx, y, m, d, when)
    if m is None and inherit is not None and inherit[1] is not None and d is not None and not mo:
        m = inherit[1]
    if y is None:
        gran: Granularity = "day" if d else "month" if m else "year"
        return Norm(None, gran, relative=True)
    if d is not None and m is not None:
        v = day_value(y, m, d)
        if not v:
            return None
        v, gran = zh_refine(v, g) if not g("app") else (v, "day")
        return Norm(v, gran, relative=relative, focus_year=y, focus_month=m)
    if m is not None and (g("mw") or g("mwl")):  # 3月第二週: the week of the month's second Monday
        wd = lx.ZH_WEEKDAYS[g.req("mwd")] if g("mwd") else 0
        first = dt.date(y, m, 1)
        if g("mwl"):  # 12月最後一週: the week of its last Thursday (most of whose days are in the month, as ISO
            # weeks belong to a year); 11月最後一個星期五: its last Friday
            last = dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)
            day = last - dt.timedelta(days=(last.weekday() - (wd if g("mwd") else 3)) % 7)
        else:
            day = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (_int(g.req("mw")) - 1))
        if day.month != m:
            return None
        if g("mwd"):  # 5月第二個星期日: that day
            v, gran = zh_refine(day.isoformat(), g, "w")
            return Norm(v, gran, None, relative, y, m)
        return Norm(week_value(day), "week", None, relative, y, m)
    if m is not None:
        part = g("mpart")
        if part in lx.ZH_XUN:
            return Norm(_xun_span(y, m, part), "xun", None, relative, y, m)
        if part in lx.ZH_HALF_MONTH:
            return Norm(half_month_value(y, m, lx.ZH_HALF_MONTH[part]), "day", None, relative, y, m)
        mod = _MONTH_PART_MOD.get(part or "")
        return Norm(month_value(y, m), "month", mod, relative, y, m)
    part = g("ypart")
    if part:
        if g("sea") or g("sea2"):  # 2023年冬季, 去年夏天: the season of that year (see :func:`_n_season`)
            return season_norm(lx.ZH_SEASONS[g("sea") or g.req("sea2")], y, relative, ctx,
                               relative and g("yrel") in _DCT_YEAR_WORDS)
        if g("nth_m"):  # 2021年的第三個月: its third month
            nm = _int(g.req("nth_m"))
            return Norm(month_value(y, nm), "month", None, relative, y, nm) if 1 <= nm <= 12 else None
        if g("nth_d"):  # 2025年第十天: its tenth day
            n = _int(g.req("nth_d")) if g.req("nth_d") else 0
            if not 1 <= n <= (366 if calendar.isleap(y) else 365):
                return None
            day = dt.date(y, 1, 1) + dt.timedelta(days=n - 1)
            v, gran = zh_refine(day.isoformat(), g, "n")
            return Norm(v, gran, None, relative, y, day.month)
        if g("fmo"):  # 2005年首月: its first month
            return Norm(month_value(y, 1), "month", None, relative, y, 1)
        if g("fq"):  # 今年前三季度: the first quarters of the year
            return Norm(range_value(f"{y:04d}-Q1", f"{y:04d}-Q{_int(g.req('fq'))}"), "quarter", None, relative, y)
        if g("nth_w"):  # 2021年的第一週: its first (ISO) week
            n = _int(g.req("nth_w"))
            return Norm(f"{y:04d}-W{n:02d}", "week", None, relative, y) if 1 <= n <= dt.date(y, 12, 28).isocalendar()[1] else None
        if g("lq"):  # 2025年後兩季度: the last quarters of the year
            n = _int(g.req("lq"))
            return Norm(range_value(f"{y:04d}-Q{5 - n}", f"{y:04d}-Q4"), "quarter", None, relative, y)
        if g("lm"):  # 2025年後三個月: the last months of the year
            n = _int(g.req("lm"))
            return Norm(range_value(month_value(y, 13 - n), month_value(y, 12)), "month", None, relative, y)
        if g("fm"):  # 2025年前10個月
            n = _int(g.req("fm"))
            return Norm(range_value(month_value(y, 1), month_value(y, n)), "month", None, relative, y) if n <= 12 else None
        q = g("q") or g("qq") or g("qh") or ("1" if g("qf") else None)
        if q:
            qn = _int(q)
            if not 1 <= qn <= 4:
                return Norm(None, "quarter", relative=relative)
            return Norm(f"{y:04d}-Q{qn}", "quarter", _MONTH_PART_MOD.get(g("qpart") or ""), relative, y)
        if part in lx.ZH_HALF_YEAR:
            return Norm(f"{y:04d}-H{lx.ZH_HALF_YEAR[part]}", "half", None, relative, y)
        mod = _MONTH_PART_MOD[part.removeprefix("年")]
        return Norm(year_value(y), "year", mod, relative, y)
    return Norm(year_value(y), "year", None, relative, y)


def _xun_span(y: int, m: int, word: str) -> str | None:
    """The days a 旬 word (:data:`lexicon.ZH_XUN`) covers: 上旬 the 1st-10th, 中下旬 the 11th to the month's end."""
    first, last = lx.ZH_XUN[word]
    a, b = xun_value(y, m, first), xun_value(y, m, last)
    return f"{a.split('/')[0]}/{b.split('/')[1]}" if a and b else None


class ToldDate(NamedTuple):
    """A date as a :func:`_date` match tells it, before any reference is applied: the year when told in numerals,
    the year word (``去年``), the month and the day (``None`` for what is not told)."""

    year: int | None
    year_word: str | None
    month: int | None
    day: int | None
    festival_at: int | None
    """Where a festival name told right after the day starts (``2月16日除夕``), else ``None``."""


def told_date(g: GroupReader) -> ToldDate:
    """The parts of a ``zh_date`` match as told (for article dating, which reads dates without a reference)."""
    e = _Either(g, "")
    if e("ny3"):
        return ToldDate(int(e.req("ny3")), None, int(e("nm3") or e.req("nm4")), int(e.req("nd3")), None)
    if e("ny"):
        nd = e("nd") or e("nd2") or e("nd5")
        return ToldDate(int(e.req("ny")), None, int(e("nm") or e("nm5") or e.req("nm2")), int(nd) if nd else None, None)
    y = (int(e.req("y4")) if e("y4") else cn_digits(e.req("yc")) if e("yc") else cn_int(e.req("yk")) if e("yk")
         else _abs_year(e) if e("ypn") else None) if e("ya") else None
    mo = e("mo") or e("smo") or e("mpn")
    m = (1 if mo == "元" else _int(mo)) if mo else None
    d = _int(e.req("d")) if e("d") else int(e.req("dn")) if e("dn") else None
    app = g.start("app") if g.has("app") and g("app") else g.start("xapp") if g.has("xapp") and g("xapp") else None
    return ToldDate(y, e("yrel"), m, d, app)


# ------------------------------------------------------------------------------------------ normalizers
_YEAR_DOC_AFTER = re.compile(rf"{S}年{S}(?:{alternation(lx.ZH_YEAR_DOC_AFTER)})")


def _n_date(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    n = date_norm(g, ctx, pos)
    if n is None:
        return None
    e = _Either(g, "")
    if e("mrel") and n.granularity == "month" and compared_base(ctx, pos, "month") is not None:
        n.comparison = True  # 比上月末高: the base of a comparison, not a period the story stands in
    elif (e("yrel") in lx.ZH_COMPARE_PREV_YEARS and n.granularity == "year"
          and compared_base(ctx, pos, "year") is not None):
        n.comparison = True  # 較上年增長: the year compared with
    elif (n.granularity == "year" and g.has("ya") and g("ya") and not e("ypart") and not e("mo")
          and _YEAR_DOC_AFTER.match(ctx.text, g.end("ya"))):
        n.comparison = True  # 披露2025年年報: a year naming a document, not the year the story stands in
    return _apply_mod(n, g)


def _n_festival(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    name = g.req("fest")
    if g("lunar") and name == "春節":
        name = "農曆春節"
    year: int | None = None
    relative = True
    yn = None
    if g("ya"):  # 2025年中秋節, 雍正四年大年三十
        year = _abs_year(g, ctx.ref)
        if year is None:
            return None
        relative = False
        if g("yroc") or g("yroc3"):  # 民國115年國慶: the Republic's National Day, 10 October
            name = lx.ZH_ROC_FESTIVALS.get(name, name)
    elif g("yrel"):
        year, _ = _rel_year(g.req("yrel"), ctx, pos, False)
        if year is None:
            return None
    label = lunar.lunar_label(name) if g("era") else None
    if year is not None and label is not None:
        # 乾隆六十年中秋節: an imperial era's dates are written as told, the lunar month and day not converted
        # (康熙二十年八月十五 is 1681-08-15); solar terms and solar festivals stay the days they are
        d = dt.date(year, *label) if day_value(year, *label) else None
    elif year is not None:
        d = lunar.festival_date(name, year)
    elif (ctx.recent_focus(pos, 200) and ctx.ref is not None and ctx.focus_year is not None
          and abs(ctx.focus_year - ctx.ref.year) >= 2):
        d = lunar.festival_date(name, ctx.focus_year)  # a story told years back: 2009年 ... 雙11
    elif ctx.ref is not None:  # 勞動節 with no cue in February: this May's; 將在中秋節: the coming one
        d = occurrence_by_tense(lambda y: lunar.festival_date(name, y), ctx.ref, _tense_at(ctx, g, pos),
                                _next_window(ctx, moving=not lunar.is_fixed_solar(name)
                                             and (g("fsuf") or "") in ("", *lx.ZH_FESTIVAL_DAY_SUFFIX)))
    else:
        return Norm(None, "day", relative=True)
    if d is None:
        return None
    yn = d.year
    mod: Mod | None = "APPROX" if name in lunar.APPROX_FESTIVALS else None
    suf = g("fsuf") or ""
    smod, week = lx.ZH_FESTIVAL_SUFFIX_MOD.get(suf, (None, 0))
    if suf in lx.ZH_FESTIVAL_SAME_WEEK:  # 中秋節當週: the week of that day
        return Norm(week_value(d), "week", None, relative, yn)
    if week:
        if week < 0:
            a, b = d - dt.timedelta(days=7), d - dt.timedelta(days=1)
        else:
            a, b = d + dt.timedelta(days=1), d + dt.timedelta(days=7)
        return Norm(f"{a.isoformat()}/{b.isoformat()}", "week", smod, relative, yn)
    if smod is not None:
        mod = smod
    last = lunar.festival_last_day(name, d)
    if last is not None:  # 齋月, 逾越節: the range of their days (齋月期間 is that range, not around it)
        return Norm(f"{d.isoformat()}/{last.isoformat()}", "day", None if mod == "APPROX" else mod, relative, yn)
    if mod is None:  # 元宵節晚上8時, 除夕當晚8時: the festival's day refined by a part of day or clock time
        evening = suf in lx.ZH_PM and g.has("zh") and g("zh")  # 除夕當晚8時: 20:00 (當晚 alone stays the day)
        v, gran = zh_refine(d.isoformat(), g, part=suf if evening else None)
        return Norm(v, gran, None, relative, yn)
    return Norm(d.isoformat(), "day", mod, relative, yn)


FESTIVAL_SPAN_MAX = 60
"""The longest span, in days, that two festivals joined by 至 may make (除夕至大年初三, 聖誕節至元旦)."""


def _n_festival_span(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``除夕至大年初三``, ``聖誕節至元旦``: the days from the first festival (placed as :func:`_n_festival` places one
    told alone, in the year told when a year word opens it) to the next occurrence of the second on or after it."""
    fa, fb = g.req("fa"), g.req("fb")
    if fb not in lunar.FESTIVALS:  # 正月初六至初八, 除夕至初三: a bare 初N is a day of the new year
        fb = lx.ZH_NEW_YEAR_MONTH + fb
    if ctx.ref is None:
        return Norm(None, "day", relative=True)
    if g("yrel"):
        y, _ = _rel_year(g.req("yrel"), ctx, pos, False)
        da = lunar.festival_date(fa, y) if y is not None else None
    else:
        da = occurrence_by_tense(lambda y: lunar.festival_date(fa, y), ctx.ref, _tense_at(ctx, g, pos),
                                 _next_window(ctx))
    if da is None:
        return None
    db = next((d for y in (da.year, da.year + 1) if (d := lunar.festival_date(fb, y)) is not None and d >= da), None)
    if db is None or (db - da).days > FESTIVAL_SPAN_MAX:
        return None
    return Norm(range_value(da.isoformat(), db.isoformat()), "day", None, True, da.year, da.month)


def _n_month_event(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``兩會期間``, ``今年全國兩會``: a recurring event held every year in a known month (:data:`lexicon.ZH_MONTH_EVENTS`)
    as that month, in the year told, else placed by the tense rule as a month told without a year; the words after
    it give its mod (:data:`lexicon.ZH_MONTH_EVENT_SUFFIX_MOD`)."""
    month = lx.ZH_MONTH_EVENTS[g("mev") or g.req("mev2")]
    mod = lx.ZH_MONTH_EVENT_SUFFIX_MOD.get(g("mevs") or g("mevs2") or "")
    if g("ya"):
        y = _abs_year(g, ctx.ref)
        relative = False
    elif g("yrel"):
        y, relative = _rel_year(g.req("yrel"), ctx, pos, False)
    elif ctx.ref is not None:
        y, relative = year_by_tense(ctx.ref, month, None, _tense_at(ctx, g, pos),
                                    _past_window(ctx, pos, _end_of(g, pos))), True
    else:
        return Norm(None, "month", mod, True)
    if y is None:
        return None
    return Norm(month_value(y, month), "month", mod, relative, y, month)


def _abs_year(g: GroupReader, ref: dt.date | None = None) -> int | None:
    """The year of a :func:`_year_abs` match (its ``ya`` group took part): four digits, digit by digit (二〇一四,
    三六七), as a number (兩千零八), of a reign era (康熙二十), two digits (08, 九七: placed by :func:`_two_digit_year`
    around the article date ``ref``) or of the Republic of China (民國114); ``None`` for a Republic year that does
    not exist."""
    if g("y4"):
        return int(g.req("y4"))
    if g("yc") or g("y3c"):
        return cn_digits(g("yc") or g.req("y3c"))
    if g("yk"):  # 兩千零八年: the year as a number
        return cn_int(g.req("yk"))
    if g("era"):  # 康熙二十年
        return era_year(g.req("era"), g.req("eran"))
    if g("y2") or g("y2c"):
        yy = int(g.req("y2")) if g("y2") else cn_digits(g.req("y2c"))
        return _two_digit_year(yy, ref)
    if g("ypn"):  # 去（2025）年, 今(115)年 (Taiwan news): the number is the year, Gregorian or of the Republic
        n = g.req("ypn")
        if len(n) == 4:
            return int(n)
        return 1911 + int(n) if 1 <= int(n) <= MAX_ROC_YEAR else None
    roc = roc_number(g("yroc") or g.req("yroc3"))  # 民國114年 (Taiwan): 1911 + 114
    return 1911 + roc if 1 <= roc <= MAX_ROC_YEAR else None


def _told_year(g: GroupReader, ctx: Context, pos: int) -> tuple[int | None, bool]:
    """The year a :func:`_year` group tells (``None`` when there is none or it cannot be placed) and whether it is
    relative (a year word)."""
    if g("ya"):
        return _abs_year(g, ctx.ref), False
    if g("yrel"):
        return _rel_year(g.req("yrel"), ctx, pos, False)[0], True
    return None, True


def _n_lunar_date(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """A lunar month-day: marked (農曆八月十五, 農曆8月23號) or named (正月初一, 臘月二十), or a numbered month with a
    day told without 日 as lunar days are (八月十五, 去年十一月廿九), in the lunar year told, else the nearest one.
    After a year written in numerals, an unmarked numbered month-day is a calendar day (2024年三月初三: 3 March).
    A marked month without its day (陰曆二〇二一年六月, 農曆六月) is the range of its days."""
    if g("lmo") or g("lmn"):
        return _lunar_month(g, ctx, pos)
    lm, ld = g("lm") or g("lm2") or g.req("lm3"), g("ld") or g("ld2") or g("ld3") or g.req("ldd")
    month = lx.ZH_LUNAR_MONTH_NAMES.get(lm) or _int(lm)
    day = _int(ld[1:]) if ld.startswith("初") else _int(ld)
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    if g("lp1"):
        month = -month  # 農曆閏六月初一: the leap month (negative, as lunar.lunar_to_solar reads it)
    has_year = g("ya") or g("yrel")
    if has_year:
        year, relative = _told_year(g, ctx, pos)
        if year is None:
            return Norm(None, "day", relative=True) if ctx.ref is None else None
        if not relative and (not g("lunar") and lm not in lx.ZH_LUNAR_MONTH_NAMES or g("era")):
            # 2024年三月初三: a calendar day; 神龍二年正月初一: an imperial era's lunar day, as told
            v = day_value(year, month, day)
            if not v:
                return None
            v, gran = zh_refine(v, g)
            return Norm(v, gran, None, False, year, month)
        d = lunar.lunar_to_solar(year, month, day)
    elif ctx.ref is None:
        return Norm(None, "day", relative=True)
    else:
        relative = True
        d = occurrence_by_tense(lunar.lunar_day(month, day), ctx.ref, _tense_at(ctx, g, pos),
                                _next_window(ctx, moving=True))
    if d is None:
        return None
    if g("ldr"):  # 正月初六至初八: the days of one lunar month, from the first told to the second
        ld2 = g.req("ldr")
        last = _int(ld2[1:]) if ld2.startswith("初") else _int(ld2)
        if not day < last <= 30:
            return None
        return Norm(range_value(d.isoformat(), (d + dt.timedelta(days=last - day)).isoformat()), "day", None,
                    relative, d.year, d.month)
    v, gran = zh_refine(d.isoformat(), g)
    return _apply_mod(Norm(v, gran, None, relative, d.year, d.month), g)  # 正月十五前後: around that day


def _lunar_month(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """陰曆二〇二一年六月, 農曆六月, 2024年正月: the days of a lunar month, in the lunar year told (the year may stand
    after the marker) or the one the tense of its clause chooses (as a month-day's, :func:`zh_tense`); with its day
    (農曆2021年八月十五), that day. An imperial era's month is told as it stands (光緒二十八年正月: 1902-01), as its
    numbered months are."""
    lm = g("lmo") or g.req("lmn")
    month = lx.ZH_LUNAR_MONTH_NAMES.get(lm) or _int(lm)
    if not 1 <= month <= 12:
        return None
    if g("lp3") or g("lp4"):
        month = -month  # 閏六月, 農曆閏二月初一: the leap month (negative, as lunar.lunar_to_solar reads it)
    q = _Either(g, "q")
    if g("ya") or g("yrel") or q("ya") or q("yrel"):
        year, relative = _told_year(g if g("ya") or g("yrel") else q, ctx, pos)
        if year is None:
            return Norm(None, "day", relative=True) if ctx.ref is None else None
        if (g("era") or q("era")) and not g("lmd") and not g("lmdd"):  # 光緒二十八年正月: an era's month, as told
            return Norm(month_value(year, month), "month", None, False, year, month)
    elif ctx.ref is None:
        return Norm(None, "day", relative=True)
    else:
        relative = True  # the lunar year chosen by the tense as a month-day's (its last day for a future one)
        when = _tense_at(ctx, g, pos)
        edge = 30 if when == "future" else 1
        years = {lunar.lunar_to_solar(y, month, edge): y for y in range(ctx.ref.year - 1, ctx.ref.year + 2)}
        chosen = occurrence_by_tense(lambda y: lunar.lunar_to_solar(y, month, edge), ctx.ref, when)
        if chosen is None:
            return None
        year = years[chosen]
    ld = g("lmd") or g("lmdd")
    if ld:
        day = _int(ld[1:]) if ld.startswith("初") else _int(ld)
        d = lunar.lunar_to_solar(year, month, day) if 1 <= day <= 30 else None
        if d is None:
            return None
        v, gran = zh_refine(d.isoformat(), g)
        return Norm(v, gran, None, relative, d.year, d.month)
    a, b = lunar.lunar_to_solar(year, month, 1), lunar.lunar_to_solar(year, month, 30)
    if a is None or b is None:
        return None
    return Norm(range_value(a.isoformat(), b.isoformat()), "day", None, relative, a.year, a.month)


_DPART: dict[str, Mod] = lx.ZH_ERA_PART_MOD


def _n_decade(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    mod = _DPART.get(g("dpart") or g("cpart") or "")
    cent: int | None = None
    if g("cent"):
        cent = _int(g.req("cent"))
    elif g("prev"):
        if ctx.ref is None:
            return Norm(None, "century", relative=True)
        cent = ctx.ref.year // 100 + lx.ZH_CENTURY_WORDS[g.req("prev")]
    dec = g("dec")
    if dec:
        n = int(dec) if dec.isdigit() else (cn_digits(dec) if all(c in CN or c.isdigit() for c in dec) else _int(dec))
        if len(dec) == 4 and dec.isdigit() or (dec.isdigit() is False and n >= 100):
            year = n
        elif n % 10 or n >= 100:
            return None
        elif cent is not None:
            year = (cent - 1) * 100 + n
        else:
            year = 1900 + n if n >= 30 else 2000 + n
        if year % 10:
            return None
        return Norm(decade_value(year), "decade", mod, bool(g("prev")), year)
    if cent is None:
        return None
    return Norm(century_value(cent), "century", mod, bool(g("prev")))


_WEEK_UNITS = tuple(u for u, kind in lx.ZH_COUNT_UNITS.items() if kind == "week")


def _unit_days(unit: str, n: int) -> int:
    """Whole days in ``n`` of a unit below a month (3 weeks: 21; 30 hours: 1; 20 minutes: 0)."""
    return int(n * lx.ZH_UNIT_DAYS[lx.ZH_COUNT_UNITS[unit]] + 1e-9)


_TOLD_DAY = re.compile(rf"[^。！？!?\n；;]{{0,16}}?(?<!\d)(\d{{1,2}})\s?月\s?(\d{{1,2}})\s?[{lx.ZH_DAY_UNITS}]")


def _told_day_after(ctx: Context, end: int, year: int) -> dt.date | None:
    """The month-day told right after a relative day expression in its clause (``兩天前，…於2月14日``)."""
    m = _TOLD_DAY.match(ctx.text, end)
    if m is None:
        return None
    y = ctx.focus_day.year if ctx.focus_day is not None else year
    try:
        return dt.date(y, int(m[1]), int(m[2]))
    except ValueError:
        return None


def _n_ago(g: Groups, ctx: Context, pos: int) -> Norm | None:
    raw = g("n") or ""
    if any(c in raw for c in lx.CN_VAGUE_COUNT_CHARS):
        return None
    unit = g("unit") or ("個" + g.req("unit2") if g("unit2") else "")  # 一個多月前: a month and more, as 一個月多前
    many = bool(g("many") or g("many2") or g("many3"))
    if raw in lx.ZH_APPROX_DIGIT_PAIRS:  # 三四年前, 七八天後: three or four, about the nearer count
        raw, many = raw[0], True
    if lx.ZH_COUNT_UNITS[unit] == "quarter":  # 三個季度後: counted in months, three a quarter
        if not raw or g("half"):
            return None
        n = 3 * _int(raw)
        if g("later"):
            return _n_later(n, "個月", many, ctx, pos)
        if ctx.ref is None:
            return Norm(None, "month", relative=True)
        y, m = add_months(ctx.ref.year, ctx.ref.month, -n)
        return Norm(month_value(y, m), "month", "APPROX" if many else None, True)
    if g("halfn") or g("half"):  # 半年前, 一年半前: in months
        if unit not in ("年", "個月"):
            return None
        months = (6 if unit == "年" else 0) + (12 * _int(raw) if raw and unit == "年" else _int(raw) if raw else 0)
        if unit == "個月":
            return None  # 半個月前: a fortnight, below the month
        if g("later"):
            return _n_later_months(months, many, ctx, pos)
        if ctx.ref is None:
            return Norm(None, "month", relative=True)
        y, m = add_months(ctx.ref.year, ctx.ref.month, -months)
        return Norm(month_value(y, m), "month", "APPROX" if many else None, True)
    n = _int(raw)
    if g("later"):
        return _n_later(n, unit, many, ctx, pos, g.m.end())
    if (unit == "日" and g("n") and 1 <= n <= 31 and not many
            and ctx.text[max(0, pos - 1):pos] in lx.ZH_DEADLINE_BEFORE):
        return _deadline_day(n, ctx, pos)  # 須於10日前提交: before the 10th, not ten days ago
    ref = ctx.ref
    if ref is None:
        return Norm(None, "year", relative=True)
    if unit == "年":
        if many and n >= 10:
            return Norm(decade_value(ref.year - n - 5), "decade", "APPROX", True)
        y = ref.year - n
        return Norm(year_value(y), "year", "APPROX" if many else None, True)
    if unit == "個月":
        y, m = add_months(ref.year, ref.month, -n)
        return Norm(month_value(y, m), "month", "APPROX" if many else None, True)
    days = _unit_days(unit, n)
    told = _told_day_after(ctx, g.m.end(), ref.year) if lx.ZH_COUNT_UNITS[unit] == "day" else None
    if told is not None and ctx.focus_day is not None and ctx.focus_day - dt.timedelta(days=days) == told:
        # 2月16日除夕當晚…就在兩天前，字節跳動於2月14日上線: counted from the day just narrated, as the date
        # told next in the clause confirms
        return Norm(told.isoformat(), "day", "APPROX" if many else None, True)
    if not ctx.ref_exact:
        return None
    d = ref - dt.timedelta(days=days)
    if unit in _WEEK_UNITS:
        return Norm(week_value(d), "week", "APPROX" if many else None, True)
    return Norm(d.isoformat(), "day", "APPROX" if many else None, True)


def _deadline_day(d: int, ctx: Context, pos: int) -> Norm | None:
    """``於10日前`` after a word of place in time (於 / 在 / 到 / 至): a deadline, the day ``d`` of the month just
    narrated (else of the article's month, the next one when that day is already over and the sentence speaks
    of the future), with mod ``BEFORE``."""
    if ctx.focus_year is not None and ctx.focus_month is not None and ctx.recent_focus(pos, DAY_ONLY_REACH):
        y, m = ctx.focus_year, ctx.focus_month
    elif ctx.ref is not None and ctx.ref_exact:
        y, m = ctx.ref.year, ctx.ref.month
        if d < ctx.ref.day and (_FUTURE_NEAR.search(ctx.text, max(0, pos - 12), pos) is not None
                                or zh_tense(ctx.text, pos, pos) == "future"):
            y, m = add_months(y, m, 1)  # 請於5日前繳費 told on the 9th: a deadline ahead, next month's 5th
    else:
        return None
    v = day_value(y, m, d)
    return Norm(v, "day", "BEFORE", True, y, m) if v else None


_CLAUSE_OPEN = re.compile(r"(?:^|[。！？!?\n；;，,：:][ \t]?)$")
"""What stands right before a count that opens its clause (。三天後，)."""
_PAST_AFTER = re.compile(rf"[^。！？!?\n；;]{{0,40}}?(?:{alternation(lx.ZH_PAST_CUES)})")
_FUTURE_NEAR = re.compile(alternation((*lx.ZH_FUTURE_CUES, *lx.ZH_FUTURE_CUE_GUARDS), lx.ZH_FUTURE_CUE_GUARDS,
                                      lx.ZH_FUTURE_CUE_GUARDS_BEFORE))


def _n_later_months(months: int, many: bool, ctx: Context, pos: int) -> Norm | None:
    """``半年後``, ``一年半後``: months after a month told earlier in the sentence, or after the article's month when
    the sentence speaks of the future; else not reported (as :func:`_n_later`)."""
    local = ctx.recent_focus(pos, 120) and not _SENTENCE_END.search(ctx.text, ctx.focus_pos, pos)
    future = _FUTURE_NEAR.search(ctx.text, max(0, pos - 12), min(len(ctx.text), pos + 16)) is not None
    if local and ctx.focus_year is not None and ctx.focus_month is not None:
        y, m = ctx.focus_year, ctx.focus_month
    elif future and ctx.ref is not None:
        y, m = ctx.ref.year, ctx.ref.month
    elif future:
        return Norm(None, "month", relative=True)
    else:
        return None
    y, m = add_months(y, m, months)
    return Norm(month_value(y, m), "month", "APPROX" if many else None, True)


def _n_later(n: int, unit: str, many: bool, ctx: Context, pos: int, end: int | None = None) -> Norm | None:
    """``兩年後``, ``3個月後``, ``10天後``: from a date told earlier in the same sentence; else from the article date
    when the sentence speaks of the future (``將``, ``預計``), or, for days and weeks (the article day being known),
    when no date was told shortly before. A ``兩年後,`` in a story told in the past counts from an event the text
    may never have dated (``七年後雅虎對我們進行了投資``; ``兩年後，…明顯提升`` with no tense word at all): not
    reported. A count of quarters (``三個季度後``) is one of months."""
    mod: Mod | None = "APPROX" if many else None
    local = ctx.recent_focus(pos, 120) and not _SENTENCE_END.search(ctx.text, ctx.focus_pos, pos)
    future = _FUTURE_NEAR.search(ctx.text, max(0, pos - 12), min(len(ctx.text), pos + 16)) is not None
    if (not local and lx.ZH_COUNT_UNITS[unit] in ("day", "week", "month") and ctx.focus_day is not None
            and ctx.focus_day_pos >= ctx.focus_pos and pos - ctx.focus_day_pos <= SAME_DAY_REACH
            and _CLAUSE_OPEN.search(ctx.text, max(0, pos - 2), pos) and zh_tense(ctx.text, pos, end or pos) != "future"):
        # 5月12日，地震發生。三天後，救援隊抵達: a count opening its clause after a day the story told is counted
        # from that day (a narrative anchor), not from the article's, unless its clause tells a future
        # (三天後，新規將實施); a noun such as 拍攝計劃 near it is no such cue; "一個月後，" after a day is that
        # day's month plus one
        local = True
    told_past = _PAST_AFTER.match(ctx.text, pos) is not None
    if not (local or future or unit not in ("年", "個月") and not ctx.recent_focus(pos) and not told_past):
        return None
    if unit == "年":
        y = ctx.focus_year if local else ctx.ref.year if ctx.ref else None
        return Norm(year_value(y + n) if y else None, "year", mod, True)
    if unit == "個月":
        if local and ctx.focus_year is not None and ctx.focus_month is not None:
            y, m = ctx.focus_year, ctx.focus_month
        elif ctx.ref is not None:
            y, m = ctx.ref.year, ctx.ref.month
        else:
            return Norm(None, "month", mod, True)
        y, m = add_months(y, m, n)
        return Norm(month_value(y, m), "month", mod, True)
    if lx.ZH_COUNT_UNITS[unit] in ("hour", "minute") and (local or told_past or not future):
        return None  # 談話一個小時後: hours after a narrated moment; 預計2小時後: the article's day
    if local and ctx.focus_day is not None and ctx.focus_day_pos >= ctx.focus_pos:
        base = ctx.focus_day
    elif ctx.ref is not None and ctx.ref_exact:
        base = ctx.ref
    else:
        return None
    week = unit in _WEEK_UNITS
    d = base + dt.timedelta(days=_unit_days(unit, n))
    return Norm(week_value(d) if week else d.isoformat(), "week" if week else "day", mod, True)


_THENCE_UNITS = {"年": "year", "個月": "month", "天": "day", "日": "day", "週": "week", "星期": "week"}
"""The units of a count told after 此後 / 其後 (此後一個月, 此後三年) and what each counts."""


def _n_thence(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``此後一個月``, ``其後三年``: a count after the happening told just before, in its paragraph (within
    :data:`SAME_DAY_REACH` characters of the last date told, no line break between): that date plus the count, in
    the count's unit (a day's week for weeks). With no date told before, not reported (nothing to count from)."""
    raw = g.req("n")
    if any(c in raw for c in lx.CN_VAGUE_COUNT_CHARS):
        return None
    n, unit = _int(raw), _THENCE_UNITS[g.req("unit")]
    if ctx.focus_year is None or pos - ctx.focus_pos > SAME_DAY_REACH or "\n" in ctx.text[max(0, ctx.focus_pos):pos]:
        return None
    if unit == "year":
        return Norm(year_value(ctx.focus_year + n), "year", None, True)
    if unit == "month":
        if ctx.focus_month is None:
            return None
        y, m = add_months(ctx.focus_year, ctx.focus_month, n)
        return Norm(month_value(y, m), "month", None, True)
    if ctx.focus_day is None or ctx.focus_day_pos < ctx.focus_pos:
        return None
    d = ctx.focus_day + dt.timedelta(days=n * (7 if unit == "week" else 1))
    return Norm(week_value(d), "week", None, True) if unit == "week" else Norm(d.isoformat(), "day", None, True)


def _n_compound_ago(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``1個月21天前``, ``兩年三個月前``: an offset in two units from the article date (a later one only when the
    sentence speaks of the future, as for :func:`_n_later`); a day needs the article's day."""
    u1, u2 = g.req("c1u"), g.req("c2u")
    n1, n2 = _int(g.req("c1")), _int(g.req("c2"))
    k1, k2 = lx.ZH_COUNT_UNITS[u1], lx.ZH_COUNT_UNITS[u2]
    if not (k1 == "year" and k2 == "month" or k1 == "month" and k2 != "month"):
        return None  # 兩年三個月 and 1個月21天 (or weeks); the finer unit second
    months = n1 * 12 if k1 == "year" else n1
    if k2 == "month":
        months += n2
        days = 0
    else:
        days = _unit_days(u2, n2)
    sign = -1 if g("ago") else 1
    if g("later") and _FUTURE_NEAR.search(ctx.text, max(0, pos - 12), min(len(ctx.text), pos + 16)) is None:
        return None
    ref = ctx.ref
    if ref is None:
        return Norm(None, "day" if days else "month", relative=True)
    y, m = add_months(ref.year, ref.month, sign * months)
    if not days:
        return Norm(month_value(y, m), "month", None, True)
    if not ctx.ref_exact:
        return None
    d = dt.date(y, m, min(ref.day, calendar.monthrange(y, m)[1])) + dt.timedelta(days=sign * days)
    return Norm(d.isoformat(), "day", None, True)


def _n_bare_part(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    # bare 年初/下半年 in news: the article's own year, unless a year was named earlier in the same sentence
    if g("bw"):  # 2026年第12週……第13週以來: a week number after one told with its year, in that year
        last = next((p[2] for p in reversed(ctx.periods) if p[0] >= pos - lx.ZH_BARE_WEEK_REACH
                     and p[3] == "week" and len(p[2]) == 8 and p[2][5] == "W"), None)
        if last is None:
            return None  # a bare 第13週 is as often a count of a season's or a pregnancy's weeks
        n, y0 = _int(g.req("bw")), int(last[:4])
        if not int(last[6:]) <= n <= dt.date(y0, 12, 28).isocalendar()[1]:
            return None
        return _apply_mod(Norm(f"{y0:04d}-W{n:02d}", "week", None, True, y0), g)
    y = ctx.ref.year if ctx.ref else None
    if ctx.recent_focus(pos, 120) and not _SENTENCE_END.search(ctx.text, ctx.focus_pos, pos):
        y = ctx.focus_year
    if y is None:
        return Norm(None, "year", relative=True)
    part = g.req("bp")
    if part in lx.ZH_HALF_YEAR:
        return _apply_mod(Norm(f"{y:04d}-H{lx.ZH_HALF_YEAR[part]}", "half", None, True), g)
    q = g("bq1") or g("bq2") or ("1" if g("bq3") else None)
    if q:
        qn = _int(q)
        return _apply_mod(Norm(f"{y:04d}-Q{qn}" if 1 <= qn <= 4 else None, "quarter",
                               _MONTH_PART_MOD.get(g("qpart") or ""), True), g)
    mod = _MONTH_PART_MOD[part.removeprefix("新").removeprefix("年").removeprefix("月")]
    return _apply_mod(Norm(year_value(y), "year", mod, True), g)  # 年底前: before the year's end, as 明年底前


_FIGURES = re.compile(rf"\d|{alternation(lx.ZH_FIGURE_WORDS)}")
"""A figure told in a sentence (a number in digits, 同比, 累計 …): what makes a bare 前11個月 a statistic's period."""


def _n_quarter_span(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``前三季度`` (the first three quarters), ``一至三季度``: a span of quarters told without its year, as in results
    and statistics: of the year narrated in the sentence, else of the article's year when the span has ended by the
    article's month, else of the year before (前三季度 told in February is last year's). ``前11個月`` opening its
    clause is the first months of such a year alike (a count of months before the article's reads ``11個月前``)."""
    if g("fmn"):
        n = _int(g.req("fmn"))
        end = _SENTENCE_END.search(ctx.text, pos)
        if not _FIGURES.search(ctx.text, pos + 2, end.start() if end is not None else len(ctx.text)):
            return None  # 前兩個月，他還在北京: the past months of a story, not the year's first ones in a statistic
        if ctx.recent_focus(pos, 120) and ctx.focus_year is not None and not _SENTENCE_END.search(ctx.text, ctx.focus_pos, pos):
            y = ctx.focus_year
        elif ctx.ref is not None:
            y = ctx.ref.year if n < ctx.ref.month else ctx.ref.year - 1
        else:
            return Norm(None, "month", relative=True)
        return Norm(range_value(month_value(y, 1), month_value(y, n)), "month", None, True, y)
    q1, q2 = (1, _int(g.req("fqn"))) if g("fqn") else (_int(g.req("fq1")), _int(g.req("fq2")))
    if not 1 <= q1 < q2 <= 4:
        return None
    if ctx.recent_focus(pos, 120) and ctx.focus_year is not None and not _SENTENCE_END.search(ctx.text, ctx.focus_pos, pos):
        y = ctx.focus_year
    elif ctx.ref is not None:
        y = ctx.ref.year if 3 * q2 < ctx.ref.month else ctx.ref.year - 1
    else:
        return Norm(None, "quarter", relative=True)
    return Norm(range_value(f"{y:04d}-Q{q1}", f"{y:04d}-Q{q2}"), "quarter", None, True, y)


def _n_bare_mpart(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    if ctx.recent_focus(pos) and ctx.focus_year is not None and ctx.focus_month is not None:
        y, m = ctx.focus_year, ctx.focus_month
    elif ctx.ref is not None:
        y, m = ctx.ref.year, ctx.ref.month
    else:
        return Norm(None, "month", relative=True)
    part = g.req("bm")
    if part in lx.ZH_HALF_MONTH:
        return Norm(half_month_value(y, m, lx.ZH_HALF_MONTH[part]), "day", None, True)
    if part in lx.ZH_XUN:
        return Norm(_xun_span(y, m, part), "xun", None, True)
    mod = _MONTH_PART_MOD[part.removeprefix("新").removeprefix("年").removeprefix("月")]
    return Norm(month_value(y, m), "month", mod, True)


def _n_recent(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    if ctx.ref is None:
        return Norm(None, "month", "APPROX", True)
    return Norm(month_value(ctx.ref.year, ctx.ref.month), "month", "APPROX", True)


_DAY_OFF = lx.ZH_DAY_WORDS


def _n_day_rel(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """今天, 明日, 昨晚 …: the article's day moved by the word; a day number glossed in brackets (``明日（13日）早上``)
    is part of the mention, the word's day (a number that does not name it drops the mention)."""
    if ctx.ref is None or not ctx.ref_exact:
        return None
    d = ctx.ref + dt.timedelta(days=_DAY_OFF[g.req("dr")])
    if g.has("drn") and g("drn") and int(g.req("drn")) != d.day:
        return None
    v, gran = zh_refine(d.isoformat(), g, part=g("dr"))
    return _apply_mod(Norm(v, gran, None, True), g)  # 後天起, 昨天以來: the day with its mod


def _n_day_paren(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """今（18）日, 昨(17)日 (Taiwan news): the day word's day, which the number names. With the article's day known,
    the day with that number nearest to the word's day (a number that disagrees with the word by more than a few
    days is a typo or another convention: not placed); else that day of the article's month."""
    ref = ctx.ref
    if ref is None:
        return Norm(None, "day", relative=True)
    n = int(g.req("pdn"))
    if not ctx.ref_exact:
        v = day_value(ref.year, ref.month, n)
        if v is None:
            return None
        v, gran = zh_refine(v, g)
        return Norm(v, gran, None, True, ref.year, ref.month)
    want = ref + dt.timedelta(days=lx.ZH_DAY_PAREN[g.req("pdw")])
    found = None
    for k in range(-DAY_PAREN_SLACK, DAY_PAREN_SLACK + 1):
        d = want + dt.timedelta(days=k)
        if d.day == n and (found is None or abs(k) < abs((found - want).days)):
            found = d
    if found is None:
        return None
    if g("pdp"):  # 今（5）晨: that day's morning
        return Norm(f"{found.isoformat()}T{lx.ZH_DAY_PAREN_PARTS[g.req('pdp')]}", "time", None, True, found.year,
                    found.month)
    v, gran = zh_refine(found.isoformat(), g)
    return Norm(v, gran, None, True, found.year, found.month)


DAY_PAREN_SLACK = 3
"""How many days a day number in brackets may lie from its word's day (a story filed after midnight says 昨（17）日
of what was 今 when written)."""


def _n_week_rel(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    if ctx.ref is None or not ctx.ref_exact:
        return None
    w = g.req("wr")
    off = lx.ZH_WEEK_REL[w] if w in lx.ZH_WEEK_REL else lx.ZH_PERIOD_PREFIXES[w[:-2]]
    mod = lx.ZH_WEEK_PART_MOD.get(g("wpart") or "")  # 下週初: the start of next week
    return Norm(week_value(ctx.ref + dt.timedelta(days=7 * off)), "week", mod, True)


_WEEKDAY = lx.ZH_WEEKDAYS
_GLOSS_OPEN = re.compile(rf"[日號]{S}[（(][^（()）。，；]{{0,6}}$")
"""What stands before a weekday inside the brackets glossing a date (``20日（週六``, ``20日（週六、``)."""


def _n_weekday(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """週一 .. 週日 (this week's day), 上週三 (last week's), 下週五 (next week's): needs the article day. The tense
    decides a bare weekday that this week's would contradict: told as scheduled or future (將於週一, 預計週一) and
    already past this week, it is next week's; told as done (週五簽了約) and still ahead, last week's; told with no
    tense at all and :data:`lexicon.ZH_WEEKDAY_AHEAD_PAST` days or more ahead, last week's too (news tells what
    happened: 周日 in a Monday story is the day before). Two weekdays of a week told as a list (本週六、日兩天) are
    one range of days."""
    if ctx.ref is None or not ctx.ref_exact:
        return None
    if _GLOSS_OPEN.search(ctx.text, max(0, pos - 12), pos):
        return None  # 19日至20日（週六、日）: a weekday glossing the date before it, read with that date
    off = 7 * lx.ZH_PERIOD_PREFIXES.get(g("wpre") or "", 0)
    monday = ctx.ref - dt.timedelta(days=ctx.ref.weekday())
    d = monday + dt.timedelta(days=off + _WEEKDAY[g.req("wd")])
    if not g("wpre"):
        before = max(0, pos - 12)
        if d < ctx.ref and (_SCHEDULED_BEFORE.search(ctx.text, before, pos)
                            or _FUTURE_NEAR.search(ctx.text, max(0, pos - 6), pos)):
            d += dt.timedelta(days=7)
        elif d > ctx.ref and _PAST_AFTER.match(ctx.text, pos):
            d -= dt.timedelta(days=7)
        elif ((d - ctx.ref).days >= lx.ZH_WEEKDAY_AHEAD_PAST and not _SCHEDULED_BEFORE.search(ctx.text, before, pos)
              and _tense_at(ctx, g, pos) is None):
            d -= dt.timedelta(days=7)  # 集團周日晚發出的公告 in a Monday story: the day before, not six days ahead
    if g("wd2"):  # 本週六、日: the two days (a later day of the same week), one range
        n2 = _WEEKDAY[g.req("wd2")] - _WEEKDAY[g.req("wd")]
        if n2 <= 0:
            return None
        return _apply_mod(Norm(range_value(d.isoformat(), (d + dt.timedelta(days=n2)).isoformat()), "day", None, True), g)
    v, gran = zh_refine(d.isoformat(), g)
    return _apply_mod(Norm(v, gran, None, True), g)


def _n_weekend(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """週末 (this week's Saturday and Sunday), 上週末, 下週末: needs the article day."""
    if ctx.ref is None or not ctx.ref_exact:
        return None
    off = 7 * lx.ZH_PERIOD_PREFIXES.get(g("wepre") or "", 0)
    return Norm(weekend_value(ctx.ref + dt.timedelta(days=off)), "week", None, True)


def compared_base(ctx: Context, pos: int, gran: Granularity) -> str | None:
    """The period of granularity ``gran`` (a month ``2026-10``, a quarter ``2026-Q3``) a figure is told for in the
    sentence before a ``上月``/``上季度`` at ``pos`` that follows a comparison word (:data:`lexicon.ZH_COMPARE_BEFORE`):
    the one before it is the period compared with. ``None`` when there is no such word or no such period."""
    if not ctx.text[max(0, pos - 4):pos].endswith(lx.ZH_COMPARE_BEFORE):
        return None
    a = _sentence(ctx.text, pos, pos)[0]
    for start, _end, v, g, _mod in reversed(ctx.periods):
        if start < a:
            break
        if g == gran and "/" not in v and start < pos:
            return v
    return None


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{3,}")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence (closed by 。！？； or a line end) that holds ``text[start:end]``."""
    a = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    b = _SENTENCE_END.search(text, end)
    return a, b.start() if b is not None else len(text)


_CLAUSE_END = re.compile(r"[，,。！？!?\n；;：:]")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause (closed by a comma, a colon or a sentence end) that holds ``text[start:end]``."""
    a = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 100), start)), default=max(0, start - 100))
    b = _CLAUSE_END.search(text, end)
    return a, b.start() if b is not None else len(text)


def _same_topic(text: str, pos: int, told_at: tuple[int, int]) -> bool:
    """Whether what the sentence after a ``同期`` at ``pos`` measures is named in ``text[told_at]`` (three Han
    characters in common: ``去年同期，工業增加值增速為4.8%`` after ``前三季度工業增加值增長5.9%``)."""
    b = _sentence(text, pos, pos)[1]
    told = text[told_at[0]:told_at[1]]
    for run in _HAN_RUN.findall(text, pos, min(b, pos + lx.ZH_SAME_PERIOD_TOPIC_REACH)):
        if any(run[i:i + 3] in told for i in range(len(run) - 2)):
            return True
    return False


def _part_mod(mod: Mod | None) -> Mod | None:
    """The mod a ``同期`` keeps from the period it compares with: its part (``9月末`` -> ``上年同期`` is September's
    end), not a start or end of a span (``以來``, ``前``)."""
    return mod if mod in ("START", "MID", "END") else None


def compared_period(ctx: Context, pos: int) -> tuple[str, Granularity, Mod | None] | None:
    """The period a ``同期`` at ``pos`` compares with: a period told in its own sentence first (``今年1-7月…，去年同期
    為…``); else, of the periods told before it, not one told as a forecast (``預計下半年將…``, :func:`zh_tense`), the
    latest whose clause, else whose sentence, names what the sentence after ``同期`` measures (:func:`_same_topic`:
    ``前三季度工業增加值…，其中第三季度…。…去年同期，工業增加值…`` compares the first three quarters), else the latest one;
    with every period a forecast's, the latest told (as before 2026-12-05)."""
    text = ctx.text
    own = _sentence(text, pos, pos)

    def not_forecast(start: int, end: int, v: str) -> bool:
        return zh_tense(text, start, end) != "future"

    found = ctx.compared_period(pos, SAME_DAY_REACH, lambda s, e, v: s >= own[0] and not_forecast(s, e, v))
    def on_topic_in_clause(start: int, end: int, v: str) -> bool:
        return not_forecast(start, end, v) and _same_topic(text, pos + 2, _clause(text, start, end))

    def on_topic_in_sentence(start: int, end: int, v: str) -> bool:
        return not_forecast(start, end, v) and _same_topic(text, pos + 2, _sentence(text, start, end))

    for accept in (on_topic_in_clause, on_topic_in_sentence):
        if found is None:
            found = ctx.compared_period(pos, SAME_DAY_REACH, accept)
    if found is None:
        found = ctx.compared_period(pos, SAME_DAY_REACH, not_forecast)
    if found is None:
        found = ctx.compared_period(pos, SAME_DAY_REACH, lambda s, e, v: True)
    return found


def _n_same_period(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """去年同期 (``2025年同期``): the period compared with (:func:`compared_period`), a year (前年: two) earlier, or in
    the year told; with none close before, the year itself. A comparison: it moves no focus and is no period that a
    later 同期 compares with."""
    found = compared_period(ctx, pos)
    if g("spyn") or g("spyc"):
        year = int(g.req("spyn")) if g("spyn") else cn_digits(g.req("spyc"))
        if found is None:
            return Norm(year_value(year), "year", None, False, year)
        v, gran, mod = found
        shifted = "/".join(f"{year + int(part[:4]) - int(found[0][:4]):04d}{part[4:]}" for part in v.split("/"))
        return Norm(shifted, gran, _part_mod(mod), True, comparison=True) if valid_value(shifted) else None
    off = -lx.ZH_YEAR_WORDS[g.req("spy")][1]
    if found is not None:
        v, gran, mod = found
        shifted = "/".join(f"{int(part[:4]) - off:04d}{part[4:]}" for part in v.split("/"))
        if valid_value(shifted):
            return Norm(shifted, gran, _part_mod(mod), True, comparison=True)
    if ctx.ref is None:
        return Norm(None, "year", None, True)
    return Norm(year_value(ctx.ref.year - off), "year", None, True)


ANAPHORA_REACH = 40
"""``這個季度`` points back to a quarter told at most this many characters before it."""


def _n_half_rel(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """上個半年 (the half-year before the article's), 下個半年, 這個半年: not 上半年 (the first half)."""
    if ctx.ref is None:
        return Norm(None, "half", relative=True)
    h = (ctx.ref.month - 1) // 6 + lx.ZH_PERIOD_PREFIXES[g.req("hrel")]
    return Norm(f"{ctx.ref.year + h // 2:04d}-H{h % 2 + 1}", "half", None, True)


def _n_quarter_rel(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    if ctx.ref is None:
        return Norm(None, "quarter", relative=True)
    w = g.req("qrel")
    if w.startswith("這") and ctx.last_gran == "quarter" and pos - ctx.last_pos <= ANAPHORA_REACH:
        # 公布了2026財年第三季度的業績，這個季度涵蓋…: the quarter just told, not the current one
        return Norm(ctx.last_value, "quarter", None, True)
    off = lx.ZH_PERIOD_PREFIXES[w]
    if off == -1 and (base := compared_base(ctx, pos, "quarter")) is not None:
        q, y = int(base[6]) - 1 + off, int(base[:4])  # 第三季度增長6.1%，比上季度加快: the second quarter
        y += q // 4
        return Norm(f"{y:04d}-Q{q % 4 + 1}", "quarter", _MONTH_PART_MOD.get(g("qpart") or ""), True, comparison=True)
    q, y = (ctx.ref.month - 1) // 3 + off, ctx.ref.year
    y += q // 4
    return Norm(f"{y:04d}-Q{q % 4 + 1}", "quarter", _MONTH_PART_MOD.get(g("qpart") or ""), True)


def _n_dotted_span(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``1999.08-2002.02``, ``2008.03—2009``, ``2015.09—至今`` (how a résumé dates its posts): the months from the
    first to the last (or to the year told), one range mention; to ``至今``, the first month with ``AFTER``."""
    y1, m1 = int(g.req("oy")), int(g.req("om"))
    first = month_value(y1, m1)
    if g("onow"):
        return Norm(first, "month", "AFTER", False, y1, m1)
    y2 = int(g.req("oy2"))
    last = month_value(y2, int(g.req("om2"))) if g("om2") else year_value(y2)
    if first is None or last is None or last[:7] <= first and len(last) == 7 or y2 < y1:
        return None
    return Norm(range_value(first, last), "month", None, False, y1, m1)


def _n_month_span(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``1-11月``, ``2025年1至11月``, ``3月5-7日``: one range mention."""
    y: int | None = int(g.req("sy")) if g("sy") else None
    if g("syrel"):
        if ctx.ref is None:
            return Norm(None, "month", relative=True)
        y = ctx.ref.year + lx.ZH_YEAR_WORDS[g.req("syrel")][1]
    if g("sm1"):
        m1, m2 = int(g.req("sm1")), int(g.req("sm2"))
        if not 1 <= m1 < m2 <= 12:
            return None
        if y is None:
            y = ctx.year_at(pos)
            if y is not None and ctx.ref is not None and (not ctx.recent_focus(pos) or y == ctx.ref.year):
                # a reported span (1-11月) has ended: in an article of February it is last year's
                y = ctx.ref.year if m2 < ctx.ref.month else ctx.ref.year - 1
        if y is None:
            return Norm(None, "month", relative=True)
        return Norm(range_value(month_value(y, m1), month_value(y, m2)), "month", None, not g("sy"), y)
    m, d1, d2 = int(g.req("dm")), int(g.req("d1")), int(g.req("d2"))
    if not (d1 < d2 and day_exists(m, d2)):
        return None
    if y is None:
        y = ctx.year_at(pos)
        if y is not None and not ctx.recent_focus(pos) and ctx.ref is not None:
            # placed by its first day, as a month-day
            y = year_by_tense(ctx.ref, m, d1, _tense_at(ctx, g, pos), _past_window(ctx, pos, _end_of(g, pos)),
                              _next_window(ctx))
    if y is None:
        return Norm(None, "day", relative=True)
    return Norm(range_value(day_value(y, m, d1), day_value(y, m, d2)), "day", None, not g("sy"), y, m)


def _n_numeric_date(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """Day, month and year in numbers in Chinese text. Mainland and Taiwan write the year first (2012-11-10, short
    12-11-10); Hong Kong writes the day first (5-8-2024, 9-6-25). So a four-digit year closes a day-first date, and
    of two-digit fields the first is the year when written with two digits, else the day. Month-first (US) order is
    not read in Chinese text. A two-digit first field that cannot be a year's date (05/05/89) is the day."""
    a, b, c = g.req("za"), g.req("zb"), g.req("zc")
    m = int(b)
    if len(c) == 4:
        orders = [(int(c), int(a))]
    elif len(a) == 2:  # year first; if that is no date (05/05/89), day first
        orders = [(_two_digit_year(int(a), ctx.ref), int(c)), (_two_digit_year(int(c), ctx.ref), int(a))]
    else:
        orders = [(_two_digit_year(int(c), ctx.ref), int(a))]
    for y, d in orders:
        v = day_value(y, m, d) if 1 <= m <= 12 else None
        if v:
            return Norm(v, "day", None, False, y, m)
    return None


def _bare_month_day(g: GroupReader, ctx: Context, pos: int, m: int, d: int) -> tuple[int, str] | None:
    """The year and the day value of month ``m`` day ``d`` told without a year: the year narrated close before,
    else the one the tense rule gives (:func:`resolve.year_by_tense`); ``None`` when no such day exists."""
    if not day_exists(m, d) or ctx.ref is None:
        return None
    y = ctx.year_at(pos) if ctx.recent_focus(pos) else None
    if y is None:
        y = year_by_tense(ctx.ref, m, d, _tense_at(ctx, g, pos), _past_window(ctx, pos, _end_of(g, pos)),
                          _next_window(ctx))
    v = day_value(y, m, d)
    return (y, v) if v else None


def _n_md_clock(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``02-16 09:30``: a month-day in two-digit fields with a clock time, as news sites stamp an article or a post;
    its year is placed as a bare month-day's (the year narrated close before, else the latest such day)."""
    m, d = int(g.req("sm")), int(g.req("sd"))
    if ctx.ref is None:
        return Norm(None, "time", relative=True) if day_exists(m, d) else None
    found = _bare_month_day(g, ctx, pos, m, d)
    if found is None:
        return None
    y, v = found
    return Norm(f"{v}T{g.req('sh')}:{g.req('smi')}", "time", None, True, y, m)


_SCORE_BEFORE = re.compile(rf"(?:{alternation(lx.ZH_SCORE_BEFORE)})[^{re.escape(lx.ZH_CLAUSE_END)}]*$")


def _n_md_short(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``6·30`` (how an event is named after its day: 7·20暴雨), ``09-01`` (a zero-padded month-day), a headline's
    month.day or month/day (``12.5早報｜``, ``【12/5】``, ``11.30港股收市：``: at a line's start or in a headline's
    brackets, before the bracket's end or a headline separator, :data:`lexicon.ZH_HEADLINE_SEP`): the day, its year
    placed as a bare month-day's."""
    m, d = int(g("pm") or g("hm") or g.req("qm")), int(g("pd") or g("hd") or g.req("qd"))
    if g("qm") and _SCORE_BEFORE.search(ctx.text, max(0, pos - lx.ZH_SCORE_REACH), pos):
        return None  # 比分為03-01: a score
    if ctx.ref is None:
        return Norm(None, "day", relative=True) if day_exists(m, d) else None
    found = _bare_month_day(g, ctx, pos, m, d)
    if found is None:
        return None
    y, v = found
    return Norm(v, "day", None, True, y, m)


def _two_digit_year(yy: int, ref: dt.date | None = None) -> int:
    """``08`` is 2008, ``87`` is 1987: the latest such year at most :data:`lexicon.ZH_SHORT_YEAR_AHEAD` years after
    the article's year ``ref`` (told in 2021, ``52`` is 1952); with no article date, 40-99 are last century's."""
    if ref is None:
        return 1900 + yy if yy >= 40 else 2000 + yy
    y = (ref.year + lx.ZH_SHORT_YEAR_AHEAD) // 100 * 100 + yy
    return y if y <= ref.year + lx.ZH_SHORT_YEAR_AHEAD else y - 100


_DAY_LIST_SEP = f"[{lx.ZH_DAY_LIST_SEPARATORS}]"
"""What separates the days of a list told before their one 日 (``23、24日``: the first day is a mention too)."""
DAY_ONLY_REACH = 100
"""How close before a bare ``12日`` the month it belongs to must have been named."""


DAY_COUNT_BEFORE = lx.ZH_DAY_COUNT_BEFORE


_ATTRIBUTIVE_LAST_MONTH = re.compile(r"(?:上|前)(?:個|个)?月[\u4e00-\u9fff]{1,6}的")
"""A last month told inside a relative clause on a noun (上月辭世的詩人): no month the story goes on in."""


def _n_day_only(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``12日`` alone: a day of the month just narrated; with no month named close before, a day of the article's
    own month when its day is known (Chinese news leaves the month out only for the current one: 記者29日獲悉).
    Dropped when neither is known, or after a word that makes it a count of days (連續5日)."""
    if ctx.text[max(0, pos - 2):pos].endswith(DAY_COUNT_BEFORE):
        return None
    if ctx.focus_year is not None and ctx.focus_month is not None and ctx.recent_focus(pos, DAY_ONLY_REACH) \
            and not (ctx.ref is not None and ctx.ref_exact and _ATTRIBUTIVE_LAST_MONTH.match(ctx.text, ctx.focus_pos)):
        y, m = ctx.focus_year, ctx.focus_month
    elif ctx.ref is not None and ctx.ref_exact:
        # ("上月辭世的詩人，其追思會15日…舉行": last month names who the poet is, the story's own month is the article's)
        y, m = ctx.ref.year, ctx.ref.month
        d = _int(g("dd") or g.req("ddl"))
        if ctx.ref.day < d <= 31 and d - ctx.ref.day > lx.ZH_BARE_DAY_AHEAD_PAST and _tense_at(ctx, g, pos) not in ("future", "start"):
            y, m = add_months(y, m, -1)  # 統計局30日發布 in an article of 1 December: 30 November
        elif 1 <= d < ctx.ref.day and _tense_at(ctx, g, pos) == "future":
            y, m = add_months(y, m, 1)  # 將於5日開幕 told on the 9th: the 5th still to come, next month's
        if 1 <= d <= 31 and not day_value(y, m, d):
            # 29日 told in a February without one: the nearest month that has it, the one before when told as past
            step = -1 if _tense_at(ctx, g, pos) == "past" else 1
            while not day_value(y, m, d):
                y, m = add_months(y, m, step)
    else:
        return None
    v = day_value(y, m, _int(g("dd") or g.req("ddl")))
    if not v:
        return None
    v, gran = zh_refine(v, g)
    return Norm(v, gran, None, True, y, m)


_SAME_DAY = lx.ZH_SAME_DAY_WORDS
SAME_DAY_REACH = 200
"""How far back the day that ``當天``/``次日`` refer to may have been told."""


def story_day(ctx: Context, pos: int) -> dt.date | None:
    """The day an anaphoric day word (當天, 次日, 第三天) counts from: the day told last before it in the story
    (within :data:`SAME_DAY_REACH`); when the story has told no date at all before it, the article's own day when
    known (a story that opens ``當晚十時…`` speaks of its own day); else ``None`` (a month or year just told, as in
    ``2025年3月…當天``, names no day, and a day told long before is no longer the story's)."""
    if ctx.focus_day is not None and pos - ctx.focus_day_pos <= SAME_DAY_REACH:
        return ctx.focus_day
    if not ctx.nothing_told() or ctx.ref is None or not ctx.ref_exact:
        return None
    return ctx.ref


def _event_day_ahead(ctx: Context, pos: int) -> dt.date | None:
    """The day of the event an event's 當日 at ``pos`` refers to, told after it (:data:`lexicon.ZH_EVENT_DAY_AHEAD`:
    ``案件發生於本月9日``, ``事發時間為上月28日``): in the article's month unless a month is told (the latest such day
    not after the article date); ``None`` when no such day is told within reach or the article date is unknown."""
    ref = ctx.ref
    if ref is None:
        return None
    m = lx.ZH_EVENT_DAY_AHEAD.search(ctx.text, pos, pos + lx.ZH_EVENT_DAY_AHEAD_REACH)
    if m is None:
        return None
    y, mo, day = ref.year, ref.month, cn_int(m["d"])
    if m["rel"] and m["rel"] != "本月":
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    elif m["m"]:
        mo = cn_int(m["m"])
    try:
        d = dt.date(y, mo, day)
        if d > ref:  # told of a past event: the latest such day
            d = dt.date(y - 1, mo, day) if m["m"] else (d.replace(month=mo - 1) if mo > 1 else d.replace(year=y - 1, month=12))
    except ValueError:
        return None
    return d


def _n_same_day(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """當天, 次日, 前一天: the day just narrated, else the article's day (:func:`story_day`); not the article's day
    when an event word is glued to it (``案發當日``: the day of an incident the text tells later, if at all). A day
    counted from another (次日, 翌日, 前一天) needs a day told before it: with none (a headline "…破裂 環保局次日完成
    圍堵" opening the story) it counts from a happening the text has not dated yet, never from the article's day."""
    base = story_day(ctx, pos)
    if base is None:
        return None
    told = ctx.focus_day is not None and pos - ctx.focus_day_pos <= SAME_DAY_REACH
    if _SAME_DAY[g.req("sd")] and not told:
        return None
    if base == ctx.ref and not told and ctx.text[max(0, pos - 4):pos].endswith(lx.ZH_EVENT_DAY_BEFORE):
        base = _event_day_ahead(ctx, pos)  # 案發當日下午……案件發生於本月9日凌晨: the event's day, told after
        if base is None:
            return None
    d = base + dt.timedelta(days=_SAME_DAY[g.req("sd")])
    v, gran = zh_refine(d.isoformat(), g, part=g("sd"))
    return Norm(v, gran, None, True, d.year, d.month)


_SPAN_BEFORE = re.compile(rf"(?:{alternation(lx.ZH_SPAN_BEFORE)})[^。！？!?\n；;]*$")


def _n_nth_day(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """第三天 (上午): the n-th day of the story, the day last told being the first (``6月1日抵達，第三天上午`` is 3
    June); with no day told before, the article's day is the first (:func:`story_day`). After 的 or 進入 (會議的第三天,
    罷工進入第三天) it counts from an event the text may not date: read only after a day told. Glued to any other
    word (上映第十八天, 會議第四天; :data:`lexicon.ZH_NTH_DAY_OPENERS`) it is an ordinal count, never placed."""
    n = _int(g.req("nthd"))
    if not 1 <= n <= lx.ZH_NTH_DAY_MAX:
        return None
    before = ctx.text[pos - 1:pos]
    if ("\u4e00" <= before <= "\u9fff" and before not in lx.ZH_NTH_DAY_OPENERS
            and not ctx.text[max(0, pos - 2):pos].endswith(lx.ZH_NTH_DAY_EVENT_BEFORE)):
        return None  # 上映第十八天, 會議第四天: counted from an event's first day, not from the day told last
    if ctx.text[max(0, pos - 2):pos].endswith(lx.ZH_NTH_DAY_EVENT_BEFORE) and (
            ctx.focus_day is None or pos - ctx.focus_day_pos > SAME_DAY_REACH):
        return None
    told = ctx.focus_day is not None and pos - ctx.focus_day_pos <= SAME_DAY_REACH
    if not told and _SPAN_BEFORE.search(ctx.text, max(0, pos - 16), pos):
        return None  # 展覽為期三天，第三天最熱鬧: the third day of a span that began on a day not told
    base = story_day(ctx, pos)
    if base is None:
        return None
    d = base + dt.timedelta(days=n - 1)
    v, gran = zh_refine(d.isoformat(), g)
    return Norm(v, gran, None, True, d.year, d.month)


def _n_year2(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``在08年``, ``於789年``: a year of two digits (placed by :func:`_two_digit_year`) or of three (itself) after 在/於."""
    raw = g.req("y2s")
    y = int(raw) if len(raw) == 3 else _two_digit_year(int(raw), ctx.ref)
    return _apply_mod(Norm(year_value(y), "year", None, False, y), g)


_PLAN_WORD = re.compile(alternation(lx.ZH_PLAN_WORDS))


def _n_plan(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``十四五`` (the 14th five-year plan): 2021-2025; plans run in five-year steps since the third (1966)."""
    if len(g.req("plan")) == 1 and not _PLAN_WORD.match(ctx.text, g.end("plan") + 1):
        return None  # 十五 alone is the 15th (十五的月亮); the 10th plan is named 十五計劃
    n = _int(g.req("plan"))
    start = 1966 + 5 * (n - 3)
    return Norm(range_value(year_value(start), year_value(start + 4)), "year", None, False)


def _n_two_years(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """今明兩年 (this year and next), 去今兩年 (last year and this)."""
    if ctx.ref is None:
        return Norm(None, "year", relative=True)
    y = ctx.ref.year + lx.ZH_TWO_YEARS[g.req("two")]
    return Norm(range_value(year_value(y), year_value(y + 1)), "year", None, True)


def _n_split_year(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``2023/24賽季``: the two years a season, school year or year of account runs over, as one range. It puts
    the story in its first year, unless the article's year is one of the two: then a date told after it without a
    year is read from the article date by its tense (``2025-26賽季常規賽將於4月8日收官`` told in April 2026 is this
    April, not April 2025)."""
    if g("rsy"):  # 114學年度 (Taiwan): the school year that begins in August of the Republic's year 114, 2025
        y1 = 1911 + int(g.req("rsy"))
    else:
        y1 = int(g.req("sy1"))
        if int(g.req("sy2")) != (y1 + 1) % 100:
            return None
    under_way = ctx.ref is not None and y1 <= ctx.ref.year <= y1 + 1
    return _apply_mod(Norm(range_value(year_value(y1), year_value(y1 + 1)), "year", None, False,
                           None if under_way else y1), g)


def _n_within(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """年內 (within the year), 月內 (within the month): the article's year or month."""
    if ctx.ref is None:
        return Norm(None, "year", relative=True)
    if lx.ZH_WITHIN[g.req("within")] == "month":
        return Norm(month_value(ctx.ref.year, ctx.ref.month), "month", None, True, ctx.ref.year, ctx.ref.month)
    return Norm(year_value(ctx.ref.year), "year", None, True, ctx.ref.year)


def _n_years_ago_today(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """七十年前的今天, 去年的今天: the article's day, that many years back (a 29 February on the 28th); 去年此時,
    三年前這個時候 (:data:`lexicon.ZH_SAME_TIME_AGO_WORDS`): about that day (APPROX)."""
    if ctx.ref is None or not ctx.ref_exact:
        return None
    n = _int(g.req("tn")) if g("tn") else lx.ZH_SAME_TIME_YEARS[g.req("tyw")]
    y = ctx.ref.year - n
    if y < 1:
        return None
    d = ctx.ref.replace(year=y, day=28) if (ctx.ref.month, ctx.ref.day) == (2, 29) else ctx.ref.replace(year=y)
    return Norm(d.isoformat(), "day", "APPROX" if g("tapx") else None, True, y, d.month)


def season_norm(code: str, y: int, relative: bool, ctx: Context, this_year: bool) -> Norm | None:
    """Season ``code`` of year ``y`` (``2023-WI`` runs into 2024); a winter of the article's own year told in
    January or February is the one under way (begun the December before)."""
    if this_year and code == "WI" and ctx.ref is not None and ctx.ref.year == y and ctx.ref.month <= 2:
        y -= 1
    if not 1 <= y <= 9998:
        return None
    return Norm(f"{y:04d}-{code}", "season", None, relative, y)


def _n_season(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``今夏``, ``去冬``, ``明春``: a season of this, last or next year in two characters (a year with a season word,
    ``2023年冬季``, is read by ``zh_date``)."""
    if ctx.ref is None:
        return Norm(None, "season", relative=True)
    off = lx.ZH_SEASON_YEAR_CHARS[g.req("sc")]
    n = season_norm(lx.ZH_SEASONS[g.req("sea3")], ctx.ref.year + off, True, ctx, off == 0)
    return _apply_mod(n, g) if n else None


def _n_two_days(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """今明兩天 (today and tomorrow), 明後兩天 (tomorrow and the day after): two days from the article's day."""
    if ctx.ref is None or not ctx.ref_exact:
        return Norm(None, "day", relative=True)
    a = ctx.ref + dt.timedelta(days=lx.ZH_TWO_DAYS[g.req("twod")])
    return Norm(range_value(a.isoformat(), (a + dt.timedelta(days=1)).isoformat()), "day", None, True, a.year, a.month)


def _n_next_span(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """未來三天 (the three days after the article's), 接下來兩個月 (the two months after the article's month), 過去兩週
    (the two ISO weeks before the article's), 近三個月: whole units before or after the one the article date lies in,
    as the English ``the last/next N units`` (:data:`lexicon.COUNTED_RANGE_MAX`; counts of years are durations)."""
    n = _int(g.req("nxn"))
    unit = lx.ZH_NEXT_SPAN_UNITS[g.req("nxu")]
    if not 1 <= n <= lx.COUNTED_RANGE_MAX[unit]:
        return None
    if ctx.ref is None:
        return Norm(None, "day", relative=True)
    ahead = g("nxp") is None
    r = ctx.ref
    if unit == "month":
        y1, m1 = add_months(r.year, r.month, 1 if ahead else -n)
        y2, m2 = add_months(y1, m1, n - 1)
        return Norm(range_value(month_value(y1, m1), month_value(y2, m2)), "month", None, True, y1, m1)
    if unit == "quarter":
        k = r.year * 4 + (r.month - 1) // 3 + (1 if ahead else -n)
        return Norm(range_value(f"{k // 4:04d}-Q{k % 4 + 1}", f"{(k + n - 1) // 4:04d}-Q{(k + n - 1) % 4 + 1}"),
                    "quarter", None, True)
    if not ctx.ref_exact:
        return None
    step = dt.timedelta(days=1 if unit == "day" else 7)
    a = r + step * (1 if ahead else -n)
    b = a + step * (n - 1)
    if unit == "week":
        return Norm(range_value(week_value(a), week_value(b)), "week", None, True)
    return Norm(range_value(a.isoformat(), b.isoformat()), "day", None, True, a.year, a.month)


def _n_fiscal(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    raw = g("fy")
    relative = False
    end_month = organization_end_month(ctx.text, pos)
    if g("fsplit") and end_month == 12:
        end_month = SPLIT_YEAR_END  # 2026/27財政年度: a year told over two calendar years does not end in December
    if raw:
        fy = int(raw) if len(raw) == 4 else 2000 + int(raw)
    else:
        if ctx.ref is None:
            return Norm(None, "year", relative=True)
        r = ctx.ref
        fy = r.year if r.month <= end_month else r.year + 1
        w = g.req("frel")
        fy += -1 if w.startswith("上") else 1 if w.startswith("下") else 0
        relative = True
    q = g("fq") or g("fq2") or ("1" if g("fqf") else None)  # 2026財年首季: its first quarter
    h = g("fh")
    if g("fem"):  # 2025財年（截至2026年3月31日）, 2026財年上半年（截至2026年9月30日）: the period up to the end told
        span = 3 if q else 6 if h else 12
        if q and not 1 <= _int(q) <= 4:
            return None
        return Norm(fiscal_value(int(g.req("fey")), int(g.req("fem")), quarter=4 if span == 3 else None,
                                 half=2 if span == 6 else None), "quarter" if q else "half" if h else "year", None, False)
    if q:
        return Norm(fiscal_value(fy, end_month, quarter=_int(q)), "quarter", None, relative)
    if h:
        return Norm(fiscal_value(fy, end_month, half=1 if h == "上" else 2), "half", None, relative)
    return Norm(fiscal_value(fy, end_month), "year", None, relative)


_MEV_SUFFIX = alternation(lx.ZH_MONTH_EVENT_SUFFIX_MOD, lx.ZH_MOD_AFTER_GUARDS)
"""The words after a month event (兩會期間, 兩會前) that are part of its mention."""
_COUNT_UNITS_AFTER_GE = alternation(u[1:] for u in lx.ZH_COUNT_UNITS if u.startswith("個"))
"""The counted units that open with 個, without it (月, 小時 …): 一個多月前 puts 多 inside the unit."""
_DECADE_PARTS = alternation(lx.ZH_DECADE_PARTS)
"""The part words (:data:`lexicon.ZH_ERA_PART_MOD`) a decade takes (八十年代末)."""
_CENTURY_PARTS = alternation(lx.ZH_CENTURY_PARTS)
"""The part words (:data:`lexicon.ZH_ERA_PART_MOD`) a century takes (上世紀中葉)."""
_BARE_YEAR_PARTS = (alternation([*lx.ZH_BARE_YEAR_START, *(f"年{w}" for w in lx.ZH_BARE_PARTS)],
                               {f"年{w}": lx.ZH_YEAR_PART_GUARDS.get(w, "") for w in lx.ZH_PART_MOD})
                   + "|" + alternation(lx.ZH_BARE_HALF_YEARS))
"""年初 … 年尾 (:data:`lexicon.ZH_PART_MOD`) and the halves (:data:`lexicon.ZH_HALF_YEAR`) told without a year."""
_BARE_MONTH_PARTS = alternation([f"月{w}" for w in lx.ZH_BARE_PARTS], lx.ZH_BARE_MONTH_PART_GUARDS)
_BARE_XUN = alternation((*(w for w in lx.ZH_XUN if len(w) == 2), *lx.ZH_HALF_MONTH))
"""上旬 中旬 下旬 上半月 下半月 told without a month."""
_LUNAR_NAMES = "".join(lx.ZH_LUNAR_MONTH_NAMES)
_LUNAR_MONTH = rf"{alternation(lx.ZH_LUNAR_MONTH_NAMES)}|{lx.ZH_MONTH_NUM}|(?<![\d.])(?:1[0-2]|0?[1-9])"
_LUNAR_DAY = rf"{lx.ZH_LUNAR_DAY_NUM}|初(?:10|[1-9])(?!\d)"
_NOT_LUNAR_AFTER = rf"(?![{lx.ZH_NOT_LUNAR_DAY_AFTER}{lx.CN_1_9}十\d])"
"""A lunar day is told without 日 (八月十五, 正月初一): what must not follow it for the numeral to be that day.
The rule opens with a cheap look ahead for a lunar sign (曆, 正月, 月初, 月十...), so that a year is read twice only
where a lunar date may follow it."""
_WEEKDAY_NAMES = "".join(lx.ZH_WEEKDAYS)
_WEEK_PREFIX = alternation(lx.ZH_WEEKDAY_PREFIXES)

_AGO = alternation(lx.ZH_AGO_WORDS)
_LATER = alternation(lx.ZH_LATER_WORDS)


_MONTHS_ENDED_DAY = re.compile(
    rf"(?:{alternation(lx.ZH_MONTHS_ENDED_BEFORE)}){S}(?:(?P<y>(?:19|20)\d\d){S}年{S})?(?P<m>1[0-2]|0?[1-9]){S}月{S}"
    rf"(?P<d>3[01]|[12]\d|0?[1-9]){S}[{lx.ZH_DAY_UNITS}]{S}(?:{alternation(lx.ZH_MONTHS_ENDED_AFTER)}){S}$")
"""The day a period of months ends on, told right before the count (截至2026年9月30日止 | 九個月)."""


def _n_months_ended(g: GroupReader, ctx: Context, pos: int) -> Norm | None:
    """``截至2026年9月30日止九個月`` (a Hong Kong or Taiwan report's period): the months up to the month of the day
    told before the count, which must be that month's last day; three months ending on a quarter's last day are that
    quarter, twelve ending on 31 December that year; ``止年度`` is the year of account ending on that day (the twelve
    months' days). The day is a mention of its own, read by the day rules."""
    dm = _MONTHS_ENDED_DAY.search(ctx.text, max(0, pos - lx.ZH_MONTHS_ENDED_REACH), pos)
    n = 12 if g("mey") else _int(g.req("men"))
    if dm is None or not 1 <= n <= 24:
        return None
    m, d = int(dm.group("m")), int(dm.group("d"))
    if dm.group("y"):
        y, relative = int(dm.group("y")), False
    elif ctx.ref is not None:
        y, relative = ctx.ref.year - (dt.date(ctx.ref.year, m, 1) > ctx.ref), True
    else:
        return Norm(None, "month", relative=True)
    if d != calendar.monthrange(y, m)[1]:
        return None
    if n == 3 and m % 3 == 0:
        return Norm(f"{y:04d}-Q{m // 3}", "quarter", None, relative, y, m)
    if n == 12 and m == 12:
        return Norm(year_value(y), "year", None, relative, y)
    if g("mey"):  # 截至2025年3月31日止年度: a year of account ending that day
        sy, sm = add_months(y, m, -11)
        return Norm(range_value(f"{sy:04d}-{sm:02d}-01", f"{y:04d}-{m:02d}-{d:02d}"), "year", None, relative, y, m)
    sy, sm = add_months(y, m, 1 - n)
    return Norm(range_value(month_value(sy, sm), month_value(y, m)), "month", None, relative, y, m)


# ------------------------------------------------------------------------------------------ the table
RULES: tuple[Rule, ...] = (
    Rule("zh_plan", "zh",
         rf"(?<![{lx.CN_MONTH_CHARS}])(?P<plan>十[{lx.CN_1_9}]?|[{lx.CN_1_9[2:]}])五(?:(?P<planp>{alternation(lx.ZH_PLAN_PERIOD_WORDS)})"
         rf"|(?={alternation(lx.ZH_PLAN_AFTER)}))",
         _n_plan,
         (("十四五期間", "2021/2025", "year", None), ("“十五五”規劃", "2026/2030", "year", None))),
    Rule("zh_two_years", "zh",
         rf"(?P<two>{alternation(lx.ZH_TWO_YEARS)})",
         _n_two_years,
         (("今明兩年", "2026/2027", "year", None),)),
    Rule("zh_split_year", "zh",
         rf"(?P<sy1>(?<![\d.])(?:19|20)\d\d)[/\-－—–](?P<sy2>\d\d)(?=[ \t]?(?:{alternation(lx.ZH_SPLIT_YEAR_AFTER)}))"
         rf"|(?<![\d.])(?P<rsy>1[0-2]\d){S}(?:{alternation(lx.ZH_ROC_SCHOOL_YEAR_WORDS)})(?:{S}{TMOD})?",
         _n_split_year,
         (("2025/26賽季", "2025/2026", "year", None), ("2024-25學年", "2024/2025", "year", None),
          ("2025/27賽季", None, "", None), ("115學年度起，", "2026/2027", "year", "AFTER"),
          ("114學年度", "2025/2026", "year", None))),
    Rule("zh_within", "zh",
         rf"(?<![{lx.ZH_WITHIN_NOT_AFTER}])(?P<within>{alternation(lx.ZH_WITHIN)})(?![{lx.ZH_WITHIN_NOT_BEFORE}])",
         _n_within,
         (("新規有望在年內出台", "2026", "year", None), ("月內完成", "2026-02", "month", None), ("青年內部", None, "", None))),
    Rule("zh_years_ago_today", "zh",
         rf"(?:(?P<tn>(?<![\d.])\d{{1,3}}|(?<![{CNN}])[{lx.CN_1_9}十兩百]{{1,4}}){S}年前|(?P<tyw>{alternation(lx.ZH_SAME_TIME_YEARS)}))的?"
         rf"(?:{alternation(lx.ZH_SAME_DAY_AGO_DAYS)}|(?P<tapx>{alternation(lx.ZH_SAME_TIME_AGO_WORDS)}))",
         _n_years_ago_today,
         (("七十年前的今天", "1956-02-18", "day", None), ("去年的今天", "2025-02-18", "day", None),
          ("去年此時", "2025-02-18", "day", "APPROX"), ("前年這個時候", "2024-02-18", "day", "APPROX"),
          ("三年前此時", "2023-02-18", "day", "APPROX"))),
    Rule("zh_season", "zh",
         rf"(?<![{lx.ZH_SURNAME_CHARS}])(?P<sc>[{''.join(lx.ZH_SEASON_YEAR_CHARS)}])(?P<sea3>[{_SEASON1}])"
         rf"(?![{_SEASON1}天季節至分{lx.ZH_SEASON_NOT_BEFORE}])(?:{S}{TMOD})?",
         _n_season,
         (("今夏", "2026-SU", "season", None), ("明春開工", "2027-SP", "season", None), ("今冬", "2025-WI", "season", None))),
    Rule("zh_two_days", "zh",
         rf"(?P<twod>{alternation(lx.ZH_TWO_DAYS)})",
         _n_two_days,
         (("今明兩天有雨", "2026-02-18/2026-02-19", "day", None), ("明後兩天", "2026-02-19/2026-02-20", "day", None))),
    Rule("zh_next_span", "zh",
         rf"(?:{alternation(lx.ZH_NEXT_SPAN_WORDS)}|(?P<nxp>(?<![{lx.ZH_PAST_SPAN_NOT_AFTER}])(?:{alternation(lx.ZH_PAST_SPAN_WORDS)}))){S}(?P<nxn>\d{{1,2}}|[{lx.CN_1_9}十兩]{{1,3}}){S}(?P<nxu>{alternation(lx.ZH_NEXT_SPAN_UNITS)})"
         rf"(?![{lx.CN_1_9}十\d])",
         _n_next_span,
         (("未來三天", "2026-02-19/2026-02-21", "day", None), ("接下來兩個月", "2026-03/2026-04", "month", None),
          ("未來100天", None, "", None), ("過去兩週股價大漲", "2026-W06/2026-W07", "week", None),
          ("近三年營收增長", None, "", None), ("近三個月", "2025-11/2026-01", "month", None),
          ("過去三個月", "2025-11/2026-01", "month", None), ("最近兩天", "2026-02-16/2026-02-17", "day", None),
          ("將近三年", None, "", None))),
    Rule("zh_same_period", "zh",
         rf"(?:(?P<spy>{alternation(lx.ZH_SAME_PERIOD_YEARS)})|(?<![\d.])(?P<spyn>(?:19|20)\d\d){S}年"
         rf"|(?<![{CNN}\d])(?P<spyc>[{CN}]{{4}}){S}年){S}同期",
         _n_same_period,
         (("去年同期", "2025", "year", None), ("前年同期", "2024", "year", None),
          ("2025年同期", "2025", "year", None))),
    Rule("zh_fiscal", "zh",
         rf"(?:(?:(?P<fsplit>(?<![\d.])(?:19|20)\d\d){S}[/／-]{S}(?=\d\d(?!\d)|\d{{4}}{S}[財會]))?(?P<fy>(?<![\d])\d{{4}}|(?<![\d.])\d{{2}}){S}(?:年度)?"
         rf"|(?P<frel>{alternation(lx.ZH_FISCAL_PREFIXES)}))"
         rf"(?:{alternation(lx.ZH_FISCAL_YEAR_WORDS)})"
         rf"(?:{S}(?:第{S})?(?P<fq>[一二三四五1-5])(?:{alternation(lx.ZH_FISCAL_QUARTER_WORDS)})|{S}Q(?P<fq2>[1-5])|{S}(?P<fh>[上下])半(?:{alternation(lx.ZH_FISCAL_HALF_WORDS)})?"
         rf"|{S}(?P<fqf>{alternation(lx.ZH_FIRST_WORDS)})(?:{alternation(lx.ZH_FISCAL_QUARTER_WORDS)}))?"
         rf"(?:(?=[（(]{S}(?:{alternation(lx.REFERENCE_BEFORE)}){S}(?P<fey>(?:19|20)\d\d){S}年{S}(?P<fem>1[0-2]|0?[1-9]){S}月))?",
         _n_fiscal,
         (("阿里巴巴2025財年第三季度", "2024-10-01/2024-12-31", "quarter", None),
          ("2025財年第三季度", "2025-07-01/2025-09-30", "quarter", None),
          ("2026財年", "2026-01-01/2026-12-31", "year", None),
          ("阿里巴巴2025/26財年", "2025-04-01/2026-03-31", "year", None),
          ("2026/27財政年度", "2026-04-01/2027-03-31", "year", None),
          ("微軟2026財年首季", "2025-07-01/2025-09-30", "quarter", None),
          ("美國聯邦政府2027財年", "2026-10-01/2027-09-30", "year", None))),
    Rule("zh_decade", "zh",
         rf"(?:(?:(?P<cent>\d{{1,2}}|[一二]?十[{lx.CN_1_9}]?|[{lx.CN_1_9}]){S}世紀|(?P<prev>{alternation(lx.ZH_DECADE_CENTURY_WORDS)})){S})?"
         rf"(?P<dec>(?<![\d.])\d{{2,4}}|[{lx.CN_DECADE_CHARS}][{lx.CN_DECADE_CHARS}\d]{{1,3}}){S}年代(?P<dpart>{_DECADE_PARTS})?"
         rf"|(?:(?P<c2>\d{{1,2}}|[一二]?十[{lx.CN_1_9}]?|[{lx.CN_1_9}]){S}世紀|(?P<p2>{alternation(lx.ZH_CENTURY_WORDS)}))"
         rf"(?P<cpart>{_CENTURY_PARTS})?",
         lambda g, ctx, pos: _n_decade(_CenturyAlias(g), ctx, pos),
         (("2000年代初", "200X", "decade", "START"), ("90年代", "199X", "decade", None),
          ("2010 年代", "201X", "decade", None), ("20世紀", "19XX", "century", None),
          ("上世紀90年代", "199X", "decade", None), ("八十年代", "198X", "decade", None),
          ("二十一世紀初", "20XX", "century", "START"), ("上世紀末", "19XX", "century", "END"),
          ("本世紀", "20XX", "century", None), ("一九八０年代", "198X", "decade", None))),
    Rule("zh_festival_span", "zh",
         rf"(?:(?P<yrel>{alternation(lx.ZH_FESTIVAL_YEARS)}){S})?(?P<fa>{FEST}){S}(?:{_SPAN_SEP}){S}"
         rf"(?P<fb>{FEST}|初[{lx.CN_1_9}十](?![{lx.CN_1_9}十\d]))",
         _n_festival_span,
         (("除夕至大年初三", "2026-02-16/2026-02-19", "day", None), ("年初一至年初三", "2026-02-17/2026-02-19", "day", None), ("聖誕節至元旦", "2025-12-25/2026-01-01", "day", None),
          ("今年春節至元宵節", "2026-02-17/2026-03-03", "day", None), ("正月初六至初八", "2026-02-22/2026-02-24", "day", None),
          ("除夕至初三", "2026-02-16/2026-02-19", "day", None))),
    Rule("zh_month_event", "zh",
         rf"(?=[^\n。，,；;、]{{0,12}}?(?:{alternation(lx.ZH_MONTH_EVENTS)}))(?:{_year_abs('')}|(?P<yrel>{alternation(lx.ZH_FESTIVAL_YEARS)})){S}(?:全國)?"
         rf"(?P<mev>{alternation(lx.ZH_MONTH_EVENTS)})(?P<mevs>{_MEV_SUFFIX})?"
         rf"|(?<![{lx.ZH_MONTH_EVENT_NOT_AFTER}])(?P<mev2>{alternation(lx.ZH_MONTH_EVENTS)})"
         rf"(?:(?P<mevs2>{_MEV_SUFFIX})|(?={alternation(lx.ZH_MONTH_EVENT_AFTER)}))",
         _n_month_event,
         (("兩會期間", "2026-03", "month", None), ("今年全國兩會", "2026-03", "month", None),
          ("兩會前夕", "2026-03", "month", "BEFORE"), ("去年兩會上", "2025-03", "month", None),
          ("2025年兩會", "2025-03", "month", None), ("地方兩會期間", None, "", None), ("全國兩會代表", None, "", None))),
    Rule("zh_festival", "zh",
         rf"(?:{_year_abs('')}{S}|(?P<yrel>{alternation(lx.ZH_FESTIVAL_YEARS)})|{alternation(lx.ZH_FESTIVAL_PREFIXES)})?(?P<lunar>農曆)?{S}"
         rf"(?P<fest>{FEST})(?P<fsuf>{alternation(sorted(lx.ZH_FESTIVAL_SUFFIX_MOD, key=len, reverse=True), lx.ZH_FESTIVAL_SUFFIX_GUARDS)})?"
         + zh_time_of_day(""),
         _n_festival,
         (("春節", "2026-02-17", "day", "APPROX"), ("除夕", "2026-02-16", "day", None),
          ("除夕當晚", "2026-02-16", "day", None), ("除夕前", "2026-02-16", "day", "BEFORE"),
          ("元宵節過後", "2026-03-03", "day", "AFTER"),
          ("農曆春節前一周", "2026-02-10/2026-02-16", "week", "APPROX"),
          ("2026 年春節", "2026-02-17", "day", "APPROX"), ("今年春節", "2026-02-17", "day", "APPROX"),
          ("大年初一", "2026-02-17", "day", None), ("大年初三", "2026-02-19", "day", None),
          ("元宵節", "2026-03-03", "day", None), ("元宵節晚上8時", "2026-03-03T20:00", "time", None), ("中秋", "2025-10-06", "day", None),
          ("端午節", "2026-06-19", "day", None), ("重陽節", "2025-10-29", "day", None),
          ("元旦", "2026-01-01", "day", None), ("國慶假期", "2025-10-01", "day", "APPROX"),
          ("雙11", "2025-11-11", "day", None), ("雙十一", "2025-11-11", "day", None),
          ("聖誕節", "2025-12-25", "day", None), ("去年春節", "2025-01-29", "day", "APPROX"),
          ("春節期間", "2026-02-17", "day", "APPROX"), ("2025年中秋節", "2025-10-06", "day", None),
          ("五一假期", "2026-05-01", "day", "APPROX"), ("清明節", "2026-04-05", "day", None),
          ("復活節", "2026-04-05", "day", None), ("東正教耶穌受難日", "2026-04-10", "day", None),
          ("澳門回歸紀念日", "2025-12-20", "day", None),
          # a solar term inside an organisation's name (lexicon.ZH_NAME_WORD_GUARD) is no date; beside a holiday's
          # suffix it is
          ("白露冷鏈物流公司", None, "", None), ("春分科技", None, "", None), ("立冬食品", None, "", None),
          ("冬至前後物流", "2025-12-21", "day", "APPROX"),
          ("雙十連假", "2025-10-10", "day", "APPROX"), ("雙十年華", None, "", None), ("七夕情人節", "2025-08-29", "day", None),
          ("端午小長假期間", "2026-06-19", "day", "APPROX"), ("中秋節當週", "2025-W41", "week", None),
          ("年初二晚上", "2026-02-18TEV", "time", None), ("民國115年國慶大會", "2026-10-10", "day", None),
          ("2026年國慶", "2026-10-01", "day", "APPROX"), ("新春期間", "2026-02-17", "day", "APPROX"),
          ("新春路", None, "", None))),
    Rule("zh_lunar_date", "zh",
         rf"(?=[^\n。，,；;、]{{0,9}}?(?:曆|{lx.ZH_LUNAR_LEAP}|[{_LUNAR_NAMES}]月|月(?:初|[十廿二三])))(?:{_year('')}{S})?"
         rf"(?:(?P<lunar>{alternation(lx.ZH_LUNAR_MARKERS)}){S}(?P<lp1>{lx.ZH_LUNAR_LEAP})?(?P<lm>{_LUNAR_MONTH})月{S}"
         rf"(?:(?P<ld>{_LUNAR_DAY}){_NOT_LUNAR_AFTER}|(?P<ldd>(?<!\d)(?:30|[12]\d|0?[1-9])){S}[{lx.ZH_DAY_UNITS}])"
         rf"|(?P<lm2>{_LUNAR_MONTH})月(?P<ld2>{_LUNAR_DAY}){_NOT_LUNAR_AFTER}"
         rf"|(?P<lm3>{alternation(lx.ZH_LUNAR_MONTH_NAMES)})月{S}(?P<ld3>(?<!\d)(?:30|[12]\d|0?[1-9]))"
         rf"(?:{S}[{lx.ZH_DAY_UNITS}]|(?![\d.]|{S}[{lx.ZH_NOT_LUNAR_DAY_AFTER}]))"
         rf"|(?:(?P<mlunar>{alternation(lx.ZH_LUNAR_MARKERS)}){S}(?:{_year('q')}{S})?(?P<lp3>{lx.ZH_LUNAR_LEAP})?|(?P<lp4>{lx.ZH_LUNAR_LEAP}))"
         rf"(?P<lmo>{_LUNAR_MONTH})月"
         rf"(?:{S}(?:(?P<lmd>{_LUNAR_DAY}){_NOT_LUNAR_AFTER}|(?P<lmdd>(?<!\d)(?:30|[12]\d|0?[1-9])){S}[{lx.ZH_DAY_UNITS}])"
         rf"|(?!{S}(?:{_LUNAR_DAY}|\d|[{lx.ZH_LUNAR_MONTH_NOT_BEFORE}])))"
         rf"|(?P<lmn>{alternation(lx.ZH_LUNAR_MONTH_NAMES)})月(?!{S}(?:{_LUNAR_DAY}|\d|[{lx.ZH_LUNAR_MONTH_NOT_BEFORE}])))"
         + rf"(?:{S}(?:{_SPAN_SEP}){S}(?P<ldr>{_LUNAR_DAY}){_NOT_LUNAR_AFTER})?"
         + zh_time_of_day("") + rf"(?:{S}{TMOD})?",
         _n_lunar_date,
         (("臘月二十三", "2026-02-10", "day", None), ("正月十五", "2026-03-03", "day", None),
          ("正月十五前後", "2026-03-03", "day", "APPROX"), ("臘月二十三以前", "2026-02-10", "day", "BEFORE"),
          ("八月十五至十七", "2025-10-06/2025-10-08", "day", None),
          ("農曆八月十五", "2025-10-06", "day", None), ("五月初五", "2026-06-19", "day", None),
          ("2015年十月初一", "2015-10-01", "day", None), ("2014年農曆十月初一", "2014-11-22", "day", None), ("2023年臘月二十", "2024-01-30", "day", None),
          ("去年八月十六", "2025-10-07", "day", None), ("2019年農曆7月7號", "2019-08-07", "day", None),
          ("正月初6", "2026-02-22", "day", None), ("八月十五晚上", "2025-10-06TEV", "time", None),
          ("臘月18", "2026-02-05", "day", None), ("陰曆二〇二一年六月", "2021-07-10/2021-08-07", "day", None),
          ("光緒二十八年正月", "1902-01", "month", None), ("2024年正月", "2024-02-10/2024-03-09", "day", None),
          ("2025年農曆閏六月初一", "2025-07-25", "day", None), ("2023年閏二月", "2023-03-22/2023-04-19", "day", None))),
    Rule("zh_dotted_span", "zh",
         rf"(?P<oy>(?<![\d.])(?:1[89]|20)\d\d)\.(?P<om>0[1-9]|1[0-2]){S}(?:{_SPAN_SEP}){S}"
         rf"(?:(?P<oy2>(?:1[89]|20)\d\d)(?:\.(?P<om2>0[1-9]|1[0-2]))?(?![\d%]|\.\d)|(?P<onow>{alternation(lx.ZH_UNTIL_NOW_WORDS)}))",
         _n_dotted_span,
         (("1998.09—2002.07 就讀於某大學", "1998-09/2002-07", "month", None), ("2011.03-2013", "2011-03/2013", "month", None),
          ("2019.10—至今 任董事", "2019-10", "month", "AFTER"))),
    Rule("zh_month_span", "zh",
         rf"(?:(?P<sy>(?<![\d.])(?:1[5-9]|20)\d\d){S}年{S}|(?P<syrel>{alternation(lx.ZH_SPAN_YEARS)}){S})?"
         rf"(?:(?P<sm1>(?<![\d.])1[0-2]|(?<![\d.])0?[1-9]){S}(?:{_SPAN_SEP}){S}(?P<sm2>1[0-2]|0?[1-9]){S}月(?!份?\d)"
         rf"|(?P<dm>(?<![\d.])1[0-2]|(?<![\d.])0?[1-9]){S}月{S}(?P<d1>3[01]|[12]\d|0?[1-9]){S}(?:{_SPAN_SEP}){S}"
         rf"(?P<d2>3[01]|[12]\d|0?[1-9]){S}[{lx.ZH_DAY_UNITS}](?:{S}{WEEKDAY_GLOSS})?)",
         _n_month_span,
         (("1-11月", "2025-01/2025-11", "month", None), ("2025年1至11月", "2025-01/2025-11", "month", None),
          ("3月5-7日", "2026-03-05/2026-03-07", "day", None), ("去年1-11月", "2025-01/2025-11", "month", None),
          ("3月5-7日（週四至六）", "2026-03-05/2026-03-07", "day", None))),
    Rule("zh_date", "zh",
         rf"(?:{PMOD}{S})?{_date('', app=True)}(?:{S}{TMOD})?",
         _n_date,
         (("2026年2月16日", "2026-02-16", "day", None), ("2026 年2 月 16 日", "2026-02-16", "day", None),
          ("2026/2/16", "2026-02-16", "day", None), ("2026-02-16", "2026-02-16", "day", None),
          ("2月20日(五)上午10時", "2026-02-20T10:00", "time", None), ("2月23日（週一）", "2026-02-23", "day", None),
          ("二〇一四年", "2014", "year", None), ("一九九九年十二月", "1999-12", "month", None),
          ("２０２６年", "2026", "year", None), ("87年5月", "1987-05", "month", None),
          ("2月14日", "2026-02-14", "day", None), ("去年", "2025", "year", None),
          ("今年", "2026", "year", None), ("明年", "2027", "year", None), ("前年", "2024", "year", None), ("大前年", "2023", "year", None),
          ("明年度總預算", "2027", "year", None), ("本年度", "2026", "year", None),
          ("上個月", "2026-01", "month", None), ("本月", "2026-02", "month", None),
          ("上上個月", "2025-12", "month", None),
          ("去年9月", "2025-09", "month", None), ("今年2月5日", "2026-02-05", "day", None),
          ("2026 年2 月初", "2026-02", "month", "START"), ("2025 年中", "2025", "year", "MID"),
          ("2022 年底", "2022", "year", "END"), ("2025年末", "2025", "year", "END"),
          ("2025年上半年", "2025-H1", "half", None), ("2025年下半年", "2025-H2", "half", None),
          ("2025年第三季度", "2025-Q3", "quarter", None), ("2025年三季度", "2025-Q3", "quarter", None),
          ("2025年Q3", "2025-Q3", "quarter", None), ("2025 年1 月下旬", "2025-01-21/2025-01-31", "xun", None),
          ("3月上旬", "2026-03-01/2026-03-10", "xun", None), ("5月中旬", "2026-05-11/2026-05-20", "xun", None),
          ("3月中下旬", "2026-03-11/2026-03-31", "xun", None),
          ("2023年以來", "2023", "year", "AFTER"), ("2026年前後", "2026", "year", "APPROX"),
          ("約2025年", "2025", "year", "APPROX"), ("2020年之前", "2020", "year", "BEFORE"),
          ("2月16日除夕", "2026-02-16", "day", None), ("2024年年初", "2024", "year", "START"),
          ("今年上半年", "2026-H1", "half", None), ("去年底", "2025", "year", "END"),
          ("今年前三季度", "2026-Q1/2026-Q3", "quarter", None), ("2025年前10個月", "2025-01/2025-10", "month", None),
          ("2月底", "2026-02", "month", "END"), ("2月30日", None, "", None), ("2026年13月", "2026", "year", None),
          ("2025年第五季度", None, "quarter", None), ("3月份", "2026-03", "month", None),
          ("2026.2.16", "2026-02-16", "day", None), ("2026-02", "2026-02", "month", None),
          ("2026年元月5日", "2026-01-05", "day", None), ("一九九０年三月", "1990-03", "month", None),
          ("二０一五年", "2015", "year", None), ("零八年", "2008", "year", None), ("九七年一季度", "1997-Q1", "quarter", None),
          ("15年7月", "2015-07", "month", None), ("30年", None, "", None), ("2005年首月", "2005-01", "month", None),
          ("2021年前兩個季度", "2021-Q1/2021-Q2", "quarter", None),
          ("20240307", "2024-03-07", "day", None), ("2010 01 29", "2010-01-29", "day", None),
          ("1789-01-29", "1789-01-29", "day", None), ("十二月二十二日", "2025-12-22", "day", None),
          ("2025-11-0408:15", "2025-11-04", "day", None), ("今個月十二號", "2026-02-12", "day", None),
          ("2019年的第五個月", "2019-05", "month", None), ("明年第二個月", "2027-02", "month", None),
          ("2024年第一百天", "2024-04-09", "day", None), ("兩千零八年", "2008", "year", None),
          ("兩千年三月", "2000-03", "month", None), ("去年本月五日", "2025-02-05", "day", None),
          ("2024年後兩季度", "2024-Q3/2024-Q4", "quarter", None), ("2019年後四個月", "2019-09/2019-12", "month", None),
          ("12/5號", "2025-12-05", "day", None), ("2027年的第十週", "2027-W10", "week", None), ("2026年3月第三週", "2026-W12", "week", None), ("12月最後一週", "2025-W52", "week", None),
          ("2025年11月最後一個星期五", "2025-11-28", "day", None),
          ("2021年第一個禮拜", "2021-W01", "week", None),
          ("2025年5月第二個星期日", "2025-05-11", "day", None),
          ("去年的最後兩個月", "2025-11/2025-12", "month", None), ("2024年的前 3 個月", "2024-01/2024-03", "month", None), ("乾隆五十年", "1785", "year", None), ("2022年伊始", "2022", "year", "START"),
          ("2023年冬季", "2023-WI", "season", None), ("今年暑期檔", "2026-SU", "season", None), ("去年夏天", "2025-SU", "season", None), ("今年冬天", "2025-WI", "season", None),
          ("1994.01-19", "1994-01-19", "day", None), ("10月31", "2025-10-31", "day", None), ("崇禎元年三月", "1628-03", "month", None), ("光緒28年", "1902", "year", None))),
    Rule("zh_md_clock", "zh",
         r"(?<![\d/.:-])(?P<sm>0[1-9]|1[0-2])-(?P<sd>0[1-9]|[12]\d|3[01])[ \t]+(?P<sh>[01]\d|2[0-3]):(?P<smi>[0-5]\d)"
         r"(?![\d:]|\.\d)",
         _n_md_clock,
         (("發佈於02-16 09:30", "2026-02-16T09:30", "time", None),)),
    Rule("zh_md_short", "zh",
         rf"(?<![\d/.:·-])(?:(?P<pm>1[0-2]|0?[1-9])[{lx.ZH_MD_DOTS}](?P<pd>3[01]|[12]\d|0?[1-9])(?![\d{lx.ZH_MD_DOTS}]|\.\d)"
         r"|(?P<qm>0[1-9]|1[0-2])-(?P<qd>0[1-9]|[12]\d|3[01])(?:(?<=0\d-\d\d)|(?<=-0\d))(?![\d:/-]|\.\d|[ \t]+(?:[01]\d|2[0-3]):))"
         rf"|(?:(?<![^\n])|(?<=[{lx.ZH_HEADLINE_OPEN}]))(?P<hm>1[0-2]|0?[1-9])[./](?P<hd>3[01]|[12]\d|0?[1-9])"
         rf"(?=[{lx.ZH_HEADLINE_CLOSE}]|[ \t]*[{lx.ZH_HEADLINE_SEP}]|[\u4e00-\u9fff]{{1,{lx.ZH_HEADLINE_WORDS}}}[ \t]*[{lx.ZH_HEADLINE_SEP}])",
         _n_md_short,
         (("「7·20」暴雨", "2025-07-20", "day", None), ("截止日期為09-01", "2025-09-01", "day", None),
          ("比分10-12", None, "", None), ("【2/16】台股收紅", "2026-02-16", "day", None),
          ("2.17早報｜油價下調", "2026-02-17", "day", None), ("2.5港股收市：恒指升1%", "2026-02-05", "day", None),
          ("漲幅2.5%：", None, "", None), ("2.5 倍", None, "", None))),
    Rule("zh_numeric_date", "zh",
         r"(?<![\d/.:,-])(?=\d\d?[/-]\d\d?[/-]\d)"
         r"(?:(?<=[\u3400-\u9fff])|(?<=[\u3400-\u9fff][ \t])|(?=[\d/-]+[ \t]?[\u3400-\u9fff]))"
         r"(?P<za>\d{1,2})(?P<zs>[/-])(?P<zb>\d{1,2})(?P=zs)(?P<zc>\d{4}|\d{1,2})(?![\d/%]|[.,]\d|-\d)",
         _n_numeric_date,
         (("會議定在5-8-2024舉行", "2024-08-05", "day", None), ("你9-6-25有空嗎", "2025-06-09", "day", None),
          ("報名截止18-3-5", "2018-03-05", "day", None))),
    Rule("zh_day_only", "zh",
         rf"(?:(?P<ddl>(?<![\d.月])(?:3[01]|[12]\d|0?[1-9]))(?=(?:{_DAY_LIST_SEP}(?:3[01]|[12]\d|0?[1-9]))+{S}[{lx.ZH_DAY_UNITS}]"
         rf"(?!{alternation(lx.ZH_BARE_DAY_NOT_BEFORE, lx.ZH_BARE_DAY_NOT_BEFORE_GUARDS)}))"
         rf"|(?P<dd>(?<![\d.月])(?:3[01]|[12]\d|0?[1-9])(?!\d)|(?<![{CNN}月])(?:{lx.ZH_DAY_NUM_TENS})){S}[{lx.ZH_DAY_UNITS}]"
         rf"(?!{alternation(lx.ZH_BARE_DAY_NOT_BEFORE, lx.ZH_BARE_DAY_NOT_BEFORE_GUARDS)}))" + zh_time_of_day(""),
         _n_day_only,
         (("記者12日獲悉", "2026-02-12", "day", None), ("代表團於十九日抵京", "2026-02-19", "day", None),
          ("9日上午", "2026-02-09TMO", "time", None), ("16日晚8時", "2026-02-16T20:00", "time", None))),
    Rule("zh_months_ended", "zh",
         rf"(?<=[{''.join(w[-1] for w in lx.ZH_MONTHS_ENDED_AFTER)}])(?:(?P<men>1\d|[1-9]|十[一二]?|[{lx.CN_1_9}兩]){S}個{S}月"
         rf"|(?P<mey>{alternation(lx.ZH_MONTHS_ENDED_YEAR)}))",
         _n_months_ended,
         (("截至2025年9月30日止九個月", "2025-01/2025-09", "month", None),
          ("截至2025年12月31日止三個月", "2025-Q4", "quarter", None),
          ("截至2025年12月31日止年度", "2025", "year", None),
          ("截至2025年3月31日止年度", "2024-04-01/2025-03-31", "year", None),
          ("截至2025年9月29日止九個月", None, "", None))),
    Rule("zh_compound_ago", "zh",
         rf"(?P<c1>(?<![\d.])\d{{1,3}}|(?<![{CNN}])[{lx.CN_1_9}十兩]{{1,3}}){S}(?P<c1u>{alternation(lx.ZH_COMPOUND_FIRST_UNITS)}){S}零?{S}"
         rf"(?P<c2>\d{{1,3}}|[{lx.CN_1_9}十兩]{{1,3}}){S}(?P<c2u>{alternation(lx.ZH_COMPOUND_SECOND_UNITS)})"
         rf"(?:(?P<ago>{_AGO}){lx.ZH_AGO_GUARD}|(?P<later>{_LATER}){lx.ZH_LATER_GUARD})",
         _n_compound_ago,
         (("1個月21天前", "2025-12-28", "day", None), ("兩年三個月前", "2023-11", "month", None),
          ("預計一年零兩個月後完工", "2027-04", "month", None))),
    Rule("zh_thence", "zh",
         rf"(?<![^，,。；;\n：:])(?:{alternation(lx.ZH_THENCE_WORDS)}){S}(?P<n>(?<![\d.])\d{{1,3}}|[{lx.CN_COUNT_CHARS}]{{1,3}}){S}"
         rf"(?P<unit>年|個月|天|日|週|星期)(?![前後內間裡中多半以來底初末的])",
         _n_thence,
         (("此後三年", None, "", None),)),
    Rule("zh_ago", "zh",
         rf"(?:(?P<n>(?<![\d.])\d{{1,3}}|(?<![{CNN}])[{lx.CN_COUNT_CHARS}]{{1,3}})|(?P<halfn>(?<![{lx.CN_COUNT_CHARS}多\d])半))"
         rf"(?P<many>多)?{S}(?:(?P<unit>{alternation(lx.ZH_COUNT_UNITS)})|個(?P<many3>多)(?P<unit2>{_COUNT_UNITS_AFTER_GE}))"
         rf"(?P<half>半)?(?P<many2>多)?"
         rf"(?:(?P<ago>{_AGO}){lx.ZH_AGO_GUARD}|(?P<later>{_LATER}){lx.ZH_LATER_GUARD})",
         _n_ago,
         (("二十多年前", "200X", "decade", "APPROX"), ("十年前", "2016", "year", None),
          ("3年前", "2023", "year", None), ("三個月前", "2025-11", "month", None),
          ("預計兩年後", "2028", "year", None), ("3個月後將上市", "2026-05", "month", None),
          ("3小時前", "2026-02-18", "day", None), ("預計一年半後", "2027-08", "month", None), ("預計40分鐘後抵達", "2026-02-18", "day", None),
          ("一個多月前", "2026-01", "month", "APPROX"))),
    Rule("zh_year2", "zh",
         rf"(?<=[在於])(?P<y2s>\d{{2}}(?!\d)|[1-9]\d\d(?={S}年(?![{lx.ZH_NOT_YEAR3_AFTER}]))){S}年(?![{lx.ZH_NOT_SHORT_YEAR_AFTER}])",
         _n_year2,
         (("他生於789年", "0789", "year", None), ("在500年的歷史中", None, "", None))),
    Rule("zh_bare_part", "zh",
         rf"(?<![{lx.CN_1_9}十\d{lx.ZH_BARE_PART_NOT_AFTER}])(?P<bp>{_BARE_YEAR_PARTS}"
         rf"|(?<![\d{lx.ZH_BARE_QUARTER_NOT_AFTER}])第(?P<bq1>[一二三四五1-5])季(?:度|(?!{S}(?:{alternation(lx.ZH_SHOW_SEASON_AFTER)})))|(?<![\d{lx.ZH_BARE_QUARTER_NOT_AFTER}第{lx.CN_MONTH_CHARS}])(?P<bq2>[一二三四1-4])季度|(?P<bq3>首)季度?(?![節賽])"
         rf"|(?<![\d{CNN}年的])第{S}(?P<bw>[1-4]\d|5[0-3]|0?[1-9]|[一二三四五]?十[{lx.CN_1_9}]?|[{lx.CN_1_9}]){S}{_NTH_WEEK})"
         rf"(?:(?<=[季度]){QUARTER_PART})?(?:(?<=[季度年底末初週拜期]){S}{TMOD})?",
         _n_bare_part,
         (("年初", "2026", "year", "START"), ("年底", "2026", "year", "END"), ("下半年", "2026-H2", "half", None),
          ("第三季度", "2026-Q3", "quarter", None), ("一季度末", "2026-Q1", "quarter", "END"),
          ("新年伊始", "2026", "year", "START"), ("二季度以後", "2026-Q2", "quarter", "AFTER"),
          ("年底前完成", "2026", "year", "BEFORE"), ("第二季拍攝計劃", None, "", None),
          ("年初以來漲幅達45%", "2026", "year", "AFTER"), ("第13週以來", None, "", None))),
    Rule("zh_quarter_span", "zh",
         rf"(?<![\d{CNN}年的第])(?:前{S}(?P<fqn>[二三兩2-3])|(?P<fq1>[一二三1-3]){S}(?:{_SPAN_SEP}){S}(?P<fq2>[二三四2-4])){S}個?季度"
         rf"|(?<![\d{CNN}年的第])前{S}(?P<fmn>1[01]|[2-9]|十一|[二三四五六七八九十兩]){S}個?月(?={S}[，,])",
         _n_quarter_span,
         (("前三季度", "2025-Q1/2025-Q3", "quarter", None), ("一至三季度", "2025-Q1/2025-Q3", "quarter", None),
          ("前11個月，營收增長5%", "2025-01/2025-11", "month", None), ("前兩個月，他還在北京", None, "", None))),
    Rule("zh_bare_month_part", "zh",
         rf"(?:(?<![\d{lx.CN_MONTH_CHARS}{lx.ZH_BARE_MONTH_PART_NOT_AFTER}])(?P<bm>{_BARE_MONTH_PARTS})|(?<![月每])(?P<bm2>{_BARE_XUN}))"
         rf"(?:{S}{TMOD})?",
         lambda g, ctx, pos: _apply_mod(n, g) if (n := _n_bare_mpart(_MonthPartAlias(g), ctx, pos)) else None,
         (("月底", "2026-02", "month", "END"), ("下旬", "2026-02-21/2026-02-28", "xun", None),
          ("下半月", "2026-02-16/2026-02-28", "day", None), ("月底前完成整改", "2026-02", "month", "BEFORE"),
          ("下旬以來", "2026-02-21/2026-02-28", "xun", "AFTER"))),
    Rule("zh_recent", "zh",
         rf"(?P<near>{alternation(lx.ZH_RECENT, before=lx.ZH_RECENT_GUARDS)})",
         _n_recent,
         (("近日", "2026-02", "month", "APPROX"), ("近期", "2026-02", "month", "APPROX"),
          ("日前", "2026-02", "month", "APPROX"))),
    Rule("zh_day_rel", "zh",
         rf"(?P<dr>{alternation(lx.ZH_DAY_WORDS, lx.ZH_DAY_GUARDS, lx.ZH_DAY_GUARDS_BEFORE)})"
         rf"(?:{S}[{lx.ZH_DAY_PAREN_OPEN}]{S}(?P<drn>3[01]|[12]\d|0?[1-9]){S}[{lx.ZH_DAY_UNITS}]{S}[）)])?" + zh_time_of_day("")
         + rf"(?:{S}{TMOD})?",
         _n_day_rel,
         (("今天上午", "2026-02-18TMO", "time", None), ("昨晚", "2026-02-17TEV", "time", None),
          ("明天下午3點", "2026-02-19T15:00", "time", None), ("今晚十時半", "2026-02-18T22:30", "time", None),
          ("大大後天", "2026-02-22", "day", None), ("大後日", "2026-02-21", "day", None),
          ("後日", "2026-02-20", "day", None), ("前日", "2026-02-16", "day", None),
          ("今早九點二十分", "2026-02-18T09:20", "time", None), ("尋日", "2026-02-17", "day", None),
          ("聽日", "2026-02-19", "day", None))),
    Rule("zh_day_paren", "zh",
         rf"(?P<pdw>[{''.join(lx.ZH_DAY_PAREN)}])[ \t]?[{lx.ZH_DAY_PAREN_OPEN}][ \t]?(?P<pdn>3[01]|[12]\d|0?[1-9])[ \t]?[）)](?:[ \t]?日|(?={S}(?:{_ZH_POD_WORDS}|晚{lx.ZH_EVENING_GUARD}))"
         rf"|(?P<pdp>{alternation(lx.ZH_DAY_PAREN_PARTS, lx.ZH_DAY_PAREN_PART_GUARDS)}))"
         + zh_time_of_day(""),
         _n_day_paren,
         (("市府今（18）日宣布", "2026-02-18", "day", None), ("警方昨(17)日晚間8時到場", "2026-02-17T20:00", "time", None),
          ("颱風昨（17）晚登陸", "2026-02-17TEV", "time", None), ("記者今（18）晨趕赴現場", "2026-02-18TMO", "time", None),
          ("昨（17）夜起風雨轉強", "2026-02-17TNI", "time", None))),
    Rule("zh_weekend", "zh",
         rf"(?<!每)(?<!每個)(?P<wepre>{_WEEK_PREFIX})?週末(?!{alternation(lx.ZH_WEEKEND_NOT_BEFORE)})",
         _n_weekend,
         ()),
    Rule("zh_weekday", "zh",
         rf"(?<!每)(?:(?P<wpre>{_WEEK_PREFIX})(?:[{lx.ZH_WEEK_CHARS}]{S}(?=星期|禮拜))?)?(?:{alternation(lx.ZH_WEEK_WORDS)})"
         rf"(?P<wd>[{_WEEKDAY_NAMES}])(?:[{lx.ZH_WEEKDAY_LIST_SEP}](?P<wd2>[{_WEEKDAY_NAMES}])(?={lx.ZH_WEEKDAY_LIST_END}))?"
         + zh_time_of_day("") + rf"(?:{S}{TMOD})?",
         _n_weekday,
         (("週一早上", "2026-02-16TMO", "time", None), ("上上個週三", "2026-02-04", "day", None),
          ("本週三起，新規實施", "2026-02-18", "day", "AFTER"), ("上週星期五", "2026-02-13", "day", None),
          ("下週六、日兩天", "2026-02-28/2026-03-01", "day", None), ("週六、日本隊出賽", "2026-02-21", "day", None))),
    Rule("zh_same_day", "zh",
         rf"(?P<sd>{alternation(lx.ZH_SAME_DAY_WORDS)})" + zh_time_of_day(""),
         _n_same_day,
         ()),
    Rule("zh_nth_day", "zh",
         rf"(?<![年月\d{lx.ZH_NTH_DAY_NOT_AFTER}])第{S}(?P<nthd>[1-9]|[{lx.CN_1_9}]|十[{lx.CN_1_9}]?){S}天"
         rf"(?!{alternation(lx.ZH_NTH_DAY_NOT_BEFORE)})" + zh_time_of_day(""),
         _n_nth_day,
         (("第三天上午", "2026-02-20TMO", "time", None), ("第二天", "2026-02-19", "day", None))),
    Rule("zh_quarter_rel", "zh",
         rf"(?P<qrel>{alternation(lx.ZH_QUARTER_PREFIXES)})季度{QUARTER_PART}?",
         _n_quarter_rel,
         (("本季度", "2026-Q1", "quarter", None), ("上季度", "2025-Q4", "quarter", None),
          ("下一季度", "2026-Q2", "quarter", None), ("這個季度", "2026-Q1", "quarter", None),
          ("上季度末", "2025-Q4", "quarter", "END"))),
    Rule("zh_half_rel", "zh",
         rf"(?P<hrel>{alternation(lx.ZH_HALF_PREFIXES)})半年(?!{alternation(lx.ZH_HALF_REL_NOT_BEFORE)})",
         _n_half_rel,
         (("上個半年", "2025-H2", "half", None), ("下一個半年", "2026-H2", "half", None),
          ("這個半年", "2026-H1", "half", None))),
    Rule("zh_week_rel", "zh",
         rf"(?P<wr>{alternation(lx.ZH_WEEK_REL)}|(?:{alternation(lx.ZH_LIBAI_PREFIXES)})禮拜(?![{_WEEKDAY_NAMES}]))"
         rf"(?P<wpart>{alternation(lx.ZH_WEEK_PART_MOD, lx.ZH_WEEK_PART_GUARDS)})?",
         _n_week_rel,
         (("上週", "2026-W07", "week", None), ("今個星期", "2026-W08", "week", None), ("下下週", "2026-W10", "week", None),
          ("下個禮拜", "2026-W09", "week", None), ("下週初", "2026-W09", "week", "START"), ("本週內", "2026-W08", "week", None))),
)


class _Either(GroupReader):
    """Reads a date group from either copy of the month-day part (prefix ``p`` or ``p + "x"``).

    Over an engine hit (a :class:`Groups` holding the spans of the groups that took part) the texts are read
    once, into one table by name (the copy with prefix ``p`` before the one with ``p + "x"``): a date's
    normalizer asks a score of names, most of them absent, and each then costs one look-up."""

    __slots__ = ("g", "p", "px", "got")

    def __init__(self, g: GroupReader, p: str) -> None:
        self.g, self.p, self.px = g, p, p + "x"
        self.got: dict[str, str] | None = None
        if isinstance(g, Groups) and g.spans is not None:
            spans, text, px, p_len, px_len = g.spans, g.text, self.px, len(p), len(p) + 1
            got = {n[px_len:]: text[a:b] for n, (a, b) in spans.items() if n.startswith(px)}
            got.update((n[p_len:], text[a:b]) for n, (a, b) in spans.items() if n.startswith(p))
            self.got = got

    def __call__(self, name: str) -> str | None:
        if self.got is not None:
            return self.got.get(name)
        g = self.g
        v = g(self.p + name) if g.has(self.p + name) else None
        if v is None and g.has(self.px + name):
            v = g(self.px + name)
        return v

    def has(self, name: str) -> bool:
        return self.g.has(self.p + name) or self.g.has(self.px + name)


class _Alias(GroupReader):
    """Maps the group names of an alternative branch onto the names a normalizer reads."""

    __slots__ = ("g", "names")

    def __init__(self, g: GroupReader, names: dict[str, str]) -> None:
        self.g, self.names = g, names

    def __call__(self, name: str) -> str | None:
        v = self.g(name)
        if v is None and name in self.names:
            return self.g(self.names[name])
        return v

    def has(self, name: str) -> bool:
        return self.g.has(name)

    def start(self, name: str) -> int:
        return self.g.start(name)


def _CenturyAlias(g: GroupReader) -> _Alias:
    return _Alias(g, {"cent": "c2", "prev": "p2"})


def _MonthPartAlias(g: GroupReader) -> _Alias:
    return _Alias(g, {"bm": "bm2"})
