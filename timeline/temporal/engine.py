"""The extractor: all rule tables joined into one regular expression, scanned once per text.

Contract
--------
* :func:`scan` folds the text (:func:`numerals.fold`: full-width and Simplified forms, same length) and
  runs the joined pattern once; the result is memoized per text (a pure function of the text, so the
  memo never changes an answer: article-date inference followed by extraction scans an article once).
* :func:`resolve_matches` walks the matches in text order with a :class:`~resolve.Context` (article date,
  narrative focus) and asks each rule's normalizer for a value. A mention whose normalizer returns ``None``
  is not reported (impossible dates, vague or unanchorable expressions); a value of ``None`` is reported.
* The public entry points (``extract``, ``infer_reference``) live in :mod:`timeline.temporal.api`, which
  layers article-date inference (:mod:`dct`) on top of this module; this module never imports :mod:`dct`.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache

from timeline.model import TemporalMention
from timeline.temporal import rules_en, rules_zh
from timeline.temporal.numerals import cn_int, fold
from timeline.temporal.resolve import Context, valid_value, value_start
from timeline.temporal.resolve import range_value as resolve_range
from timeline.temporal.rules import Groups, Rule

RULES: tuple[Rule, ...] = rules_zh.RULES + rules_en.RULES

_GROUP_NAME = re.compile(r"\(\?P([<=])(\w+)")
_REFERENCE_BEFORE = ("截至", "截止", "截止到", "截至到", "as of", "As of")
_CJK = re.compile(r"[\u3400-\u9fff]")
_FREQUENCY_BEFORE = re.compile(r"(?:每年|每個?月|每逢|每週|每到|每當|(?<![A-Za-z])(?:[Ee]very|[Ee]ach))[ \t]?$")
_LIST_DAY = re.compile(r"(?:和|、|及|與|跟|或|,|，)[ \t]?(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)[ \t]?[日號](?!報|本)")
_EN_LIST_DAY = re.compile(rules_en.EN_LIST_DAY + r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|or)\s|,?\s+(?:19|20)\d\d(?!\d)"
                          r"|\s+(?:of\s+)?(?:[Ll]ast|[Tt]his|[Nn]ext)\s+year\b)")
"""An English list day after a month-day mention, only where a date list can go on or end (not ``10 and 12
people``)."""


# Speed: Python's regex engine tries every alternative at every position, so the joined pattern is split
# into families by the kind of character a match can start with. Each family sits behind a cheap guard (a
# lookahead that fails at once on most positions), and a global guard skips the characters no rule starts with.
_CN_RUN = "〇零○一二三四五六七八九十兩廿卅"
_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+(?:of\\s+)?\\d"
_CJK_START = "元今去明前後本當同次翌該那這新上下第約大近日昨農正臘冬春除元端中重情婦勞兒國雙平聖萬清母父感年月七五週周星禮隔建愚教植光八民半首"
_DAY_WORD_START = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
                   r"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twent|thirt)")
_SEASONS = r"[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter"
_REL_UNITS = (r"(?:year|yr|month|week|quarter|qtr|night|morning|afternoon|evening|" + _SEASONS + "|"
              r"[Mm]onday|[Tt]uesday|[Ww]ednesday"
              r"|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|Christmas|Thanksgiving|Halloween|" + _MONTHS + ")")
_PREP_OBJECTS = (r"[\s-]+(?:\d|'|the|this|last|next|[Ee]arly|[Mm]id|[Ll]ate|[Tt]went|[Nn]inet|[Ee]ight|" + _SEASONS + r"|Christmas|Thanksgiving|Halloween|Valentine|New\s+Year|"
                 + _MONTHS
                 + r"|(?:january|february|march|april|june|july|august|september|october|november|december)\b)")
_COUNTED = r"\s+(?:years?|months?|weeks?|days?|decades?|fortnights?)\b"
LATIN_OPENERS: list[str] = [
    # month and day names, quarters, fiscal years, holidays
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    *(rf"{m}[a-z]*\.?,?\s+(?:of\s+)?(?:\d|(?:this|last|next)\s+year|(?:the\s+)?{_DAY_WORD_START})|{m}/" for m in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")),
    "Q[1-4]", "H[12]", "FY", "[Ff]iscal", r"[Ff]inancial\s+year", r"[Yy]ear\s+end(?:ed|ing)\s", r"[Ee]nd-(?:19|20)\d\d",
    r"[Yy]ear-end\s+(?:19|20)\d\d", "[Mm]onday", "[Tt]uesday", "[Ww]ednesday", "[Tt]hursday", "[Ff]riday",
    "[Ss]aturday", "[Ss]unday", "[Yy]esterday", "[Tt]oday", "[Tt]onight", "[Tt]omorrow", "Christmas",
    r"New\s+Year", "Valentine", "Halloween", "Thanksgiving", "Mother", "Father", r"Chinese\s+New", r"Lunar\s+New",
    r"Spring\s+Festival", "Lantern", r"[Ee]ve\s+of\s", r"Dragon\s+Boat", "Mid-[Aa]utumn", "Singles", r"Labou?r\s+Day",
    r"Memorial\s+Day", r"Independence\s+Day", r"National\s+Day",
    # the ..., last/this/next/that ..., prepositions before a year or month
    r"[Tt]he\s+" + _DAY_WORD_START,
    r"[Tt]he\s+(?:[a-z]+\s+months|early|mid|late|quarter|latest|most|just|recent|current|comparable|corresponding|fiscal|" + _SEASONS + r"|\d|'|[Tt]went|[Nn]inet|[Ee]ight|first|second|third|fourth|1st|2nd|3rd|4th|same"
    r"|following|next|previous|prior|current|coming|last|fifth|eve\s+of|year[-\s]|same\s+(?:period|quarter|month|half)|end|beginning|start|middle|day\s+(?:after|before))",
    *(rf"{w}\s+{_REL_UNITS}" for w in ("[Ll]ast", "[Tt]his", "[Nn]ext", "[Tt]hat")),
    *(w + _PREP_OBJECTS for w in ("[Ii]n", "[Bb]y", "[Uu]ntil", "[Ff]rom", "[Bb]etween", "[Dd]uring", "[Tt]hrough",
                                   "[Ss]ince", "[Bb]efore", "[Aa]fter", "[Aa]round", "[Aa]bout", "[Cc]irca", r"c\.",
                                   "[Ee]arly", "[Mm]id", "[Ll]ate")),
    *(rf"{w}[\s-]+(?:this|last|next)\s" for w in ("[Ee]arly", "[Mm]id", "[Ll]ate")),
    *(rf"{w}[\s-]+(?:{_SEASONS})" for w in ("[Ee]arly", "[Mm]id", "[Ll]ate", "[Pp]ast", "[Cc]oming")),
    *(rf"{w}[\s,]+(?:of\s+)?(?:\d|[Nn]ineteen|[Ee]ighteen|[Tt]wenty|the\s+year)" for w in _SEASONS.split("|")),
    *(rf"{w}[\s-]+[a-z]" for w in ("[Ee]leven", "[Tt]welve", "[Tt]hirteen", "[Ff]ourteen", "[Ff]ifteen", "[Ss]ixteen",
                                    "[Ss]eventeen", "[Ee]ighteen", "[Nn]ineteen", "[Tt]wenty")),
    r"[Tt]he\s+year\s+two", r"[Tt]hat\s+quarter", r"the\s+\d",
    *(rf"[{w[0].upper()}{w[0]}]{w[1:]}[a-z]*(?:[\s-][a-z]+)?\s+(?:day\s+)?(?:of|in)\s"
      for w in _DAY_WORD_START[3:-1].split("|")), r"noon\s", r"midnight\s", r"[Dd]ay\s+(?:after|before)\s",
    *(rf"{w}\s+(?:\d|noon|midnight)" for w in ("[Aa]t", "[Aa]round", "[Aa]bout")),
    *(rf"{m}\s+(?:of\s+)?(?:[Nn]ineteen|[Ee]ighteen|[Tt]wenty)" for m in (
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December")),
    # counted units (two years ago), ordinals, parts of a unit, centuries
    *(w + _COUNTED for w in ("[Aa]n?", "[Oo]ne", "[Tt]wo", "[Tt]hree", "[Ff]our", "[Ff]ive", "[Ss]ix", "[Ss]even",
                             "[Ee]ight", "[Nn]ine", "[Tt]en", "[Ee]leven", "[Tt]welve", r"[Tt]hirt\w*", r"[Ff]ourt\w*",
                             r"[Ff]ift\w*", r"[Ss]ixt\w*", r"[Ss]event\w*", r"[Ee]ight\w*", r"[Nn]inet\w*",
                             "[Tt]wenty", "[Ff]orty", "[Ss]everal", "[Mm]any")),
    *(rf"{w}[\s-]+(?:quarter|qtr|half|fiscal)" for w in ("[Ff]irst", "[Ss]econd", "[Tt]hird", "[Ff]ourth")),
    r"first\s+\w+\s+months",
    *(rf"{w}\s+(?:quarter|qtr)" for w in ("1st", "2nd", "3rd", "4th")),
    *(rf"{w}\s+(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day"
      for w in ("[Ff]irst", "[Ss]econd", "[Tt]hird", "[Ff]ourth", "[Ff]ifth", "1st", "2nd", "3rd", "4th", "5th")),
    *(rf"{w}\.?,?\s+(?:the\s+)?[A-Z0-9]" for w in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")),
    *(rf"{w}\s+of" for w in ("[Ee]nd", "[Bb]eginning", "[Ss]tart", "[Mm]iddle")),
    *(rf"{w}\s+(?:this|the|last|next)" for w in ("[Ee]arlier", "[Ll]ater")),
    r"[Tt]his\s+past\s", r"[Tt]he\s+(?:next|following|previous|same)\s+day", r"[Yy]ear[-\s](?:earlier|ago)\s",
    r"[Ss]ame\s+(?:period|quarter|month|half)\s",
    *(rf"{w}[\s-]" for w in ("[Ee]ighteenth", "[Nn]ineteenth", "[Tt]wentieth", "[Tt]wenty")),
]
"""Words that can open an English expression, with what must follow them; the latin family's guard."""


def _by_first_letter(openers: list[str]) -> str:
    """One alternation grouped by first letter, so the regex engine rejects most words on their first character."""
    groups: dict[str, list[str]] = {}
    for alt in openers:
        if len(alt) > 3 and alt[0] == "[" and alt[3] == "]" and alt[1].isalpha() and alt[2].isalpha():
            firsts, rest = alt[1:3], alt[4:]
        else:
            firsts, rest = alt[0], alt[1:]
        for ch in firsts:
            groups.setdefault(ch, []).append(rest)
    return "|".join(f"{re.escape(ch)}(?:{'|'.join(rests)})" for ch, rests in sorted(groups.items()))


FAMILY_GUARDS: dict[str, str] = {
    "digit": r"(?<![0-9])(?=\d+\s?(?:[年月日號財世多個季代天週周星禮QHqh/\-.~至到—–'s:〇零○]|st|nd|rd|th|\s?[A-Za-z])|(?:1[5-9]|20)\d\d(?!\d)|(?:19|20)\d{6}(?!\d))",
    "cn": rf"(?<![{_CN_RUN}])(?=[{_CN_RUN}幾數][{_CN_RUN}幾數0-9]{{0,3}}多?\s?(?:[年月日號季夕天週周代一]|世紀|個[月星禮]|星期|禮拜|(?<=五)[規計時期末初以開收的”」\"』’]))",
    "cjk": (r"(?=今[年天日晨晚]|去年|明[年天日]|前[年天一夕]|後[年天]|大[後前]天|本[年月週周財星]|當[年月天日晚]|同[年月日一]|次[年月日]|翌[年日]|隔天|該年"
            r"|那一?年|這[一個]?[年月春週周季禮星]|新的?一年|上[個半旬週周世星月一財季年禮]|下[個半旬週周星月一財季年禮]|第|約|大[約概致年]"
            r"|近[日期來]|日前|昨[天日晚夜]|農曆|正月|臘[月八]|冬[月至]|春節|除夕|元[旦宵月]|端午|中[秋旬元]|重陽|情人|婦女"
            r"|勞動|兒童|國慶|雙(?:11|十|12)|平安夜|聖誕|萬聖|清明|母親|父親|感恩|年[初中底末尾]|月[初中底末尾]|七夕|五一|本|今"
            r"|建軍|八一建|愚人|教師|植樹|光棍"
            r"|[週周][一二三四五六日天末]|星期|禮拜|民國|隔[年月]|半年[前以之]|首季)"),
    "latin": r"(?<![A-Za-z])(?=" + _by_first_letter(LATIN_OPENERS) + ")",
    "quote": r"(?=')",
}
RULE_STARTS: dict[str, tuple[str, ...]] = {
    "zh_fiscal": ("digit", "cjk"), "zh_decade": ("digit", "cn", "cjk"), "zh_festival": ("digit", "cn", "cjk"),
    "zh_lunar_date": ("cn", "cjk"), "zh_date": ("digit", "cn", "cjk"), "zh_ago": ("digit", "cn", "cjk"),
    "zh_year2": ("digit",), "zh_bare_part": ("digit", "cn", "cjk"), "zh_bare_month_part": ("cjk",),
    "zh_recent": ("cjk",), "zh_day_rel": ("cjk",), "zh_week_rel": ("cjk",), "zh_weekday": ("cjk",),
    "zh_quarter_rel": ("cjk",), "zh_same_day": ("cjk",), "zh_weekend": ("cjk",), "zh_same_period": ("cjk",), "zh_plan": ("cn",), "zh_two_years": ("cjk",), "en_weekday": ("latin", "digit"), "en_holiday": ("latin",), "en_part_of": ("latin",), "zh_month_span": ("digit", "cjk"), "zh_day_only": ("digit", "cn"), "en_numeric_date": ("digit",), "en_mon_numeric": ("digit", "latin"), "en_spelled_day": ("latin",), "en_month_day_only": ("latin",),
    "en_fiscal": ("latin",), "en_fiscal_end": ("latin",), "en_months_span": ("latin", "digit"), "en_month_range": ("latin",), "en_month_relyear": ("latin",), "en_fiscal_pre": ("latin", "digit"),
    "en_story_day": ("latin",), "en_year_ago_period": ("latin",), "en_nth_weekday": ("latin", "digit"), "en_range": ("digit", "latin"), "en_decade": ("digit", "latin", "quote"),
    "en_century": ("digit", "latin"), "en_quarter": ("digit", "latin"), "en_monthname": ("digit", "latin"),
    "en_ago": ("digit", "latin"), "en_rel": ("latin",), "en_day_rel": ("latin", "digit"), "year": ("digit", "latin"),
    "en_apos_year": ("quote",), "en_season": ("latin",), "en_spelled_year": ("latin",), "en_the_quarter": ("latin",),
}
_ANY_START = rf"(?=[0-9'{_CN_RUN}{_CJK_START}]|(?<![A-Za-z])[A-Za-z])"


@lru_cache(maxsize=2)
def _joined(guarded: bool = True) -> re.Pattern[str]:
    """All rules in one pattern. Which rule wins is explicit: at each position the first rule in :data:`RULES`
    order that matches (longer and more specific rules are listed first). The guarded pattern groups the rules
    into families by the characters a match can start with (:data:`RULE_STARTS`), each behind a cheap
    lookahead; the families' first characters are disjoint, so the order within each family is the priority
    order. ``guarded=False`` is the plain alternation in priority order: the guards only make matching
    faster, and the answers must be the same (tests check it)."""
    families = []
    for k, (fam, guard) in enumerate(FAMILY_GUARDS.items()):
        alts = []
        for i, rule in enumerate(RULES):
            if fam not in RULE_STARTS[rule.name]:
                continue
            tag = f"r{i}f{k}"
            pat = _GROUP_NAME.sub(lambda m, tag=tag: f"(?P{m[1]}{tag}_{m[2]}", rule.pattern)
            alts.append(f"(?P<{tag}>{pat})")
            _RULE_INDEX[tag] = i
            _GROUP_NAMES[tag] = frozenset(m[2] for m in _GROUP_NAME.finditer(rule.pattern) if m[1] == "<")
        families.append(f"{guard}(?:{'|'.join(alts)})")
    if not guarded:  # every rule once, in priority order
        alts = []
        for i, rule in enumerate(RULES):
            tag = f"r{i}f0"
            pat = _GROUP_NAME.sub(lambda m, tag=tag: f"(?P{m[1]}{tag}_{m[2]}", rule.pattern)
            alts.append(f"(?P<{tag}>{pat})")
            _RULE_INDEX[tag] = i
            _GROUP_NAMES[tag] = frozenset(m[2] for m in _GROUP_NAME.finditer(rule.pattern) if m[1] == "<")
        return re.compile("|".join(alts))
    return re.compile(f"{_ANY_START}(?:{'|'.join(families)})")


_RULE_INDEX: dict[str, int] = {}
_GROUP_NAMES: dict[str, frozenset[str]] = {}


class Hit:
    """One match of the joined pattern, kept compact: its span, its rule tag and the spans of only those
    of the rule's groups that took part. A ``re.Match`` of the joined pattern holds a slot for each of
    its hundreds of groups (about 8 KB each), so a text of short dates (``2014年`` repeated) needed
    about 9 KB per mention; a hit needs a few hundred bytes. Offers what :class:`~timeline.temporal.rules.Groups`
    and :func:`resolve_matches` read from a match (``lastgroup``, ``span``, ``group``, ``start``, ``end``)."""

    __slots__ = ("_end", "_folded", "_groups", "_start", "lastgroup")

    def __init__(self, m: re.Match[str], folded: str) -> None:
        tag = m.lastgroup or ""
        self.lastgroup = tag
        self._start, self._end = m.span()
        self._folded = folded
        groups: dict[str, tuple[int, int]] = {}
        for full in _full_names(tag):
            span = m.span(full)
            if span[0] >= 0:
                groups[full] = span
        self._groups = groups

    @property
    def re(self) -> _TagPattern:
        """Stands in for ``Match.re``: its ``groupindex`` names this rule's groups."""
        return _tag_pattern(self.lastgroup)

    def span(self, name: str | None = None) -> tuple[int, int]:
        return (self._start, self._end) if name is None else self._groups.get(name, (-1, -1))

    def group(self, name: str) -> str | None:
        span = self._groups.get(name)
        return None if span is None else self._folded[span[0]:span[1]]

    def start(self, name: str | None = None) -> int:
        return self.span(name)[0]

    def end(self, name: str | None = None) -> int:
        return self.span(name)[1]


class _TagPattern:
    __slots__ = ("groupindex",)

    def __init__(self, names: tuple[str, ...]) -> None:
        self.groupindex = dict.fromkeys(names, 0)


@cache
def _tag_pattern(tag: str) -> _TagPattern:
    return _TagPattern(_full_names(tag))


@cache
def _full_names(tag: str) -> tuple[str, ...]:
    return tuple(f"{tag}_{n}" for n in sorted(_GROUP_NAMES.get(tag, ())))


@lru_cache(maxsize=32)
def scan(text: str, guarded: bool = True) -> tuple[str, tuple[Hit, ...]]:
    """The folded text and every match of the joined pattern, in text order, as compact :class:`Hit`
    records (memoized per text: a pure function of it). ``guarded=False`` scans without the speed guards
    (for tests: same answers, slower)."""
    folded = fold(text)
    return folded, tuple(Hit(m, folded) for m in _joined(guarded).finditer(folded))


def _lang(rule: Rule, folded: str, start: int, end: int) -> str:
    if rule.lang != "auto":
        return rule.lang
    window = folded[max(0, start - 4):start] + folded[end:end + 4]
    return "zh" if _CJK.search(window) else "en"


def is_reference_point(folded: str, start: int) -> bool:
    """True when the mention at ``start`` follows ``截至``/``as of`` (a cut-off date, not a narrated time)."""
    return folded[max(0, start - 6):start].rstrip().endswith(_REFERENCE_BEFORE)


def resolve_matches(text: str, folded: str, matches: tuple[Hit, ...], reference: dt.date | None,
                    exact: bool) -> list[TemporalMention]:
    """Normalize the matches of :func:`scan` against ``reference`` and the narrative focus."""
    ctx = Context(folded, reference, exact)
    out: list[TemporalMention] = []
    last_end = -1
    for m in matches:
        tag = m.lastgroup
        rule = RULES[_RULE_INDEX[tag]]
        start, end = m.span()
        if start < last_end or _FREQUENCY_BEFORE.search(folded, max(0, start - 7), start):
            continue  # overlapped, or a frequency (每年3月, every March): not a time on the calendar
        g = Groups(m, f"{tag}_", _GROUP_NAMES[tag])
        try:
            n = rule.norm(g, ctx, start)
        except (ValueError, OverflowError):
            continue  # arithmetic past the calendar's ends (year 1, year 9999): not a date
        if n is None:
            continue
        if n.value is not None and not valid_value(n.value):
            n.value, n.focus_year, n.focus_month = None, None, None
        if g.has("span") and g("span") is not None:
            start, end = g.start("span"), g.end("span")
        focus_year, focus_month = n.focus_year, n.focus_month
        if focus_year is None and n.relative and n.value and n.granularity in _FOCUS_GRANULARITIES and not n.comparison:
            # a time told from the article date (two weeks ago, 近日) brings the narrative back to the present
            first = value_start(n.value)
            focus_year, focus_month = (first.year, first.month) if first else (None, None)
        if (focus_year is not None and n.mod not in ("AFTER", "BEFORE") and not n.comparison
                and not is_reference_point(folded, start)):
            ctx.set_focus(start, focus_year, focus_month, True)
            if n.granularity in ("day", "time") and n.value and "/" not in n.value:
                ctx.focus_day, ctx.focus_day_pos = dt.date.fromisoformat(n.value[:10]), start
        if n.value is not None and not n.comparison:
            ctx.last_value, ctx.last_gran, ctx.last_pos = n.value, n.granularity, start
        lang = _lang(rule, folded, start, end)
        out.append(TemporalMention(start, end, text[start:end], n.value, n.granularity, n.mod, n.relative,
                                   lang, rule.name))
        last_end = end
        list_re = _LIST_DAY if rule.lang == "zh" else _EN_LIST_DAY if rule.name == "en_monthname" else None
        if n.granularity == "day" and n.value and "/" not in n.value and list_re is not None:
            y, mo = int(n.value[:4]), int(n.value[5:7])
            pos = end
            while (lm := list_re.match(folded, pos)) is not None:
                try:
                    v = dt.date(y, mo, int(lm["d"])).isoformat()
                except (ValueError, OverflowError):
                    break
                s2, e2 = lm.start("d"), lm.end()
                out.append(TemporalMention(s2, e2, text[s2:e2], v, "day", None, True, rule.lang,
                                           f"{rule.lang}_list_day"))
                pos = last_end = e2
    return _merge_ranges(text, folded, out)


_FOCUS_GRANULARITIES = ("day", "week", "month", "xun", "quarter", "half", "year")
_RANGE_SEP = re.compile(r"[ \t]?(?:至|到|——|—|–|-|~|－)[ \t]?")
_RANGE_DAY = re.compile(r"[ \t]?(?:至|到|——|—|–|-|~)[ \t]?(?P<d>3[01]|[12]\d|0?[1-9](?!\d)|三十一?|二十[一二三四五六七八九]?"
                        r"|廿[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[ \t]?[日號]")
_EN_RANGE_SEP = re.compile(r"\s+(?P<w>to|through|until|and)\s+")
_EN_RANGE_PRE = re.compile(r"(?P<w>[Ff]rom|[Bb]etween)\s+$")
_EXPLICIT_YEAR = re.compile(r"\d{4}|[〇零○一二三四五六七八九]{4}|[今去明前後本當同次翌]年")
_RANGEABLE = ("day", "month", "year", "quarter", "half")


_UNTIL_NOW = re.compile(r"[ \t]?(?:至今|迄今|到現在|到目前為止)")


def _merge_ranges(text: str, folded: str, ms: list[TemporalMention]) -> list[TemporalMention]:
    """``A至B``, ``A—B``, ``A~B``, ``2月14日至16日``: one mention ``A/B``; B takes A's year when it has none.

    ``A至今`` (until now) is reported like ``A以來``: A with ``AFTER``.
    """
    out: list[TemporalMention] = []
    i = 0
    while i < len(ms):
        a = ms[i]
        simple = (a.value is not None and "/" not in a.value and a.mod in (None, "START", "MID", "END")
                  and a.granularity in _RANGEABLE)
        if simple and a.lang == "zh":
            until_now = _UNTIL_NOW.match(folded, a.end)
            if until_now is not None and (i + 1 == len(ms) or ms[i + 1].start >= until_now.end()):
                # 2015年至今 reads like 2015年以來: the start, with AFTER (the open end is the article date)
                e = until_now.end()
                out.append(TemporalMention(a.start, e, text[a.start:e], a.value, a.granularity, "AFTER", a.relative,
                                           a.lang, a.rule))
                i += 1
                continue
        if simple and a.lang == "zh" and a.granularity == "day":
            dm = _RANGE_DAY.match(folded, a.end)
            if dm is not None and (i + 1 == len(ms) or ms[i + 1].start >= dm.end()):
                try:
                    vb = dt.date(int(a.value[:4]), int(a.value[5:7]), cn_int(dm["d"])).isoformat()
                except (ValueError, OverflowError):
                    vb = ""
                if vb > a.value:
                    e = dm.end()
                    out.append(TemporalMention(a.start, e, text[a.start:e], f"{a.value}/{vb}", "day", None,
                                               a.relative, a.lang, "zh_range"))
                    i += 1
                    continue
        if simple and i + 1 < len(ms):
            b = ms[i + 1]
            sep = _RANGE_SEP.fullmatch(folded, a.end, b.start)
            start = a.start
            if sep is None and a.lang == "en":
                sep = _EN_RANGE_SEP.fullmatch(folded, a.end, b.start)
                pre = _EN_RANGE_PRE.search(folded, max(0, a.start - 9), a.start)
                if sep is not None and pre is not None and (sep["w"] == "and") == (pre["w"].lower() == "between"):
                    start = pre.start()
                else:
                    sep = None
            if (sep is not None and b.value is not None and "/" not in b.value
                    and b.mod in (None, "START", "MID", "END") and b.granularity in _RANGEABLE):
                vb = b.value
                if not _EXPLICIT_YEAR.search(folded, b.start, b.end) and vb < a.value:
                    vb = f"{int(vb[:4]) + 1:04d}{vb[4:]}"
                v = resolve_range(a.value, vb)
                if v is not None and valid_value(v):
                    out.append(TemporalMention(start, b.end, text[start:b.end], v, a.granularity, None,
                                               a.relative or b.relative, a.lang, f"{a.lang}_range"))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out
