"""The language data the engine reads: words around a mention (cut-off, frequency, list and range words) and
the start guards of the joined pattern (which characters and words a rule's match can begin with).

The engine (:mod:`engine`) holds no Chinese or English words; everything language-specific it needs is here or
in the rule tables. Guards only make matching faster: ``tests/temporal/test_temporal_rules.py`` checks that the
answers are the same without them.
"""

from __future__ import annotations

import re

from timeline.temporal import rules_en

REFERENCE_BEFORE = ("截至", "截止", "截止到", "截至到", "as of", "As of")
FREQUENCY_BEFORE = re.compile(r"(?:每年|每個?月|每逢|每週|每到|每當|(?<![A-Za-z])(?:[Ee]very|[Ee]ach))[ \t]?$")
ZH_LIST_DAY = re.compile(r"(?:和|、|及|與|跟|或|,|，)[ \t]?(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)[ \t]?[日號](?!報|本)")
EN_LIST_DAY_AFTER = re.compile(rules_en.EN_LIST_DAY + r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|or)\s|,?\s+(?:19|20)\d\d(?!\d)"
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
    r"Memorial\s+Day", r"Independence\s+Day", r"National\s+Day", "Easter", r"Good\s+Friday",
    # the ..., last/this/next/that ..., prepositions before a year or month
    r"[Tt]he\s+" + _DAY_WORD_START,
    r"[Tt]he\s+(?:[a-z]+\s+months|year|full|whole|entire|early|mid|late|quarter|latest|most|just|recent|current|comparable|corresponding|fiscal|" + _SEASONS + r"|\d|'|[Tt]went|[Nn]inet|[Ee]ight|first|second|third|fourth|1st|2nd|3rd|4th|same"
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
    r"[Tt]his\s+past\s", r"[Tt]he\s+(?:next|following|previous|same)\s+day", r"[Yy]ear[-\s](?:earlier|ago)\s", r"[Tt]he\s+week\s+of\s", r"[Tt]he\s+(?:(?:current|latest|last|previous|past|coming|next)\s+)?(?:fiscal|financial)\s+year",
    *(rf"{w}\s+(?:fiscal|financial)\s+year" for w in ("[Tt]his", "[Ll]ast", "[Nn]ext")), r"[Tt]he\s+(?:[Nn]ine|[Ee]igh|[Ss]even|[Ss]ix|[Ff]if|[Ff]or|[Tt]hir)ties", r"[Yy]ear(?:[-\s]end|['’]s\s+end)",
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
    "cjk": (r"(?=今[年天日晨晚]|去年|明[年天日]|前[年天一夕]|後[年天]|大[後前]天|本[年月週周財星日]|當[年月天日晚]|同[年月日一]|次[年月日]|翌[年日]|隔天|該年"
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
    "en_fiscal": ("latin",), "en_fiscal_rel": ("latin",), "en_fiscal_end": ("latin",), "en_months_span": ("latin", "digit"), "en_month_range": ("latin",), "en_month_relyear": ("latin",), "en_fiscal_pre": ("latin", "digit"),
    "en_story_day": ("latin",), "en_year_ago_period": ("latin",), "en_nth_weekday": ("latin", "digit"), "en_range": ("digit", "latin"), "en_decade": ("digit", "latin", "quote"),
    "en_century": ("digit", "latin"), "en_quarter": ("digit", "latin"), "en_monthname": ("digit", "latin"),
    "en_ago": ("digit", "latin"), "en_rel": ("latin",), "en_day_rel": ("latin", "digit"), "year": ("digit", "latin"),
    "en_apos_year": ("quote",), "en_season": ("latin",), "en_spelled_year": ("latin",), "en_the_quarter": ("latin",), "en_the_year": ("latin",), "en_year_end": ("latin",), "en_clock_date": ("digit", "latin"),
}
ANY_START = rf"(?=[0-9'{_CN_RUN}{_CJK_START}]|(?<![A-Za-z])[A-Za-z])"


RANGE_SEP = re.compile(r"[ \t]?(?:至|到|——|—|–|-|~|－)[ \t]?")
RANGE_DAY = re.compile(r"[ \t]?(?:至|到|——|—|–|-|~)[ \t]?(?P<d>3[01]|[12]\d|0?[1-9](?!\d)|三十一?|二十[一二三四五六七八九]?"
                        r"|廿[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[ \t]?[日號]")
EN_RANGE_SEP = re.compile(r"\s+(?P<w>to|through|until|and)\s+")
EN_RANGE_PRE = re.compile(r"(?P<w>[Ff]rom|[Bb]etween)\s+$")
EXPLICIT_YEAR = re.compile(r"\d{4}|[〇零○一二三四五六七八九]{4}|[今去明前後本當同次翌]年")


UNTIL_NOW = re.compile(r"[ \t]?(?:至今|迄今|到現在|到目前為止)")


def en_range_words_agree(sep: str, pre: str) -> bool:
    """``between A and B`` and ``from A to B`` are ranges; ``between A to B``, ``from A and B`` are not."""
    return (sep == "and") == (pre.lower() == "between")
