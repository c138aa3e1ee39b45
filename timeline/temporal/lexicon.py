"""The language data the engine reads: words around a mention (cut-off, frequency, list and range words) and
the start guards of the joined pattern (which characters and words a rule's match can begin with).

The engine (:mod:`engine`) holds no Chinese or English words; everything language-specific it needs is here or
in the rule tables. Guards only make matching faster: ``tests/temporal/test_temporal_rules.py`` checks that the
answers are the same without them. The Chinese families' guards are built from the same word tables the rules read
(:data:`ZH_CJK_OPENER_WORDS`, :func:`_cn_guard`, at the end of this module): a word added to a table is admitted
without editing a guard.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline.model import Mod
from timeline.temporal.lunar import FESTIVALS, SOLAR_TERMS
from timeline.temporal.numerals import EN_ORDINALS, EN_TEENS, EN_UNITS, fold

REFERENCE_BEFORE = ("截至", "截止", "截止到", "截至到", "as of", "As of")
FREQUENCY_BEFORE = re.compile(r"(?:(?:每年|每個?月|每逢|每週|每到|每當|(?<![恰適适正時时])逢)的?|(?<![A-Za-z])(?:[Ee]very|[Ee]ach)"
                              r"|每(?:週|星期|禮拜)[一二三四五六日天][ \t]?(?:至|到|—|–|-|~))[ \t]?$")
SINCE_BEFORE = re.compile(r"(?<![A-Za-z])[Ss]ince[ \t]+$")
"""``since`` right before a mention whose rule did not take it in (``since the start of the year``, ``since early
2025``): the mention starts at ``since`` and is the time with AFTER, as ``since March`` is (a time told with END
keeps it: ``since year end`` is the year's end, as documented)."""
ZH_LIST_DAY = re.compile(r"(?:和|、|及|與|跟|或|,|，)[ \t]?(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)[ \t]?[日號](?!報|本)")
EN_LIST_DAY = r"(?:,\s*|,?\s+(?:and|or|&)\s+)(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:]|[.,]\d)"
"""One more day of a month-day list (``October 10 and 12``, ``March 3, 5 and 7``)."""
EN_LIST_DAY_AFTER = re.compile(EN_LIST_DAY + r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|or)\s|,?\s+(?:19|20)\d\d(?!\d)"
                          r"|\s+(?:of\s+)?(?:[Ll]ast|[Tt]his|[Nn]ext)\s+year\b)")
"""An English list day after a month-day mention, only where a date list can go on or end (not ``10 and 12
people``)."""


# English word tables read by the rules and by the latin family's guard below (a word added to a table is
# admitted by the guard without editing it).
EN_DAY_ANCHORS: dict[str, int] = {"today": 0, "tomorrow": 1, "tmrw": 1, "yesterday": -1}
"""Day words that a count of days, weeks, months or years can be told from (``three weeks from tomorrow``)."""
EN_PART_ABBREVIATIONS: dict[str, tuple[str, Mod]] = {"eod": ("day", "END"), "eom": ("month", "END"),
                                                   "eoy": ("year", "END")}
"""Business shorthand for the end of the current unit (``by EOD``, ``at the EOY``), read in any case."""
EN_REST_WORDS = ("rest", "remainder")
"""``the rest of the day/week/year``: what is left of the current unit (the unit itself, no mod)."""
EN_PART_OWNERS = ("the", "this", "my", "our", "current")
"""Words before the unit of ``the end of the day`` / ``the rest of my week`` that keep it the current one."""
EN_ERA_AFTER = ("A.D.", "AD", "A.D", "C.E.", "CE", "a.d.", "a.d")
"""Era marks after a year of the common era (``476 AD``, ``in 14 a.d.``): the year as told, any size. Years
before it (``44 BC``) have no FORMAT.md value and are no mentions."""
EN_ERA_BEFORE = ("A.D.", "AD")
"""Era marks before a year (``AD 79``)."""
EN_FAR_YEAR_PREPS = ("in", "by", "until", "before", "after", "through", "beyond", "around")
"""Prepositions that make a year after 2099 a year (``by 2100``, ``in 2150``); a bare ``2150`` is a count."""
EN_WEEKDAY_NAMES: dict[str, int] = {"monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2,
                                    "wed": 2, "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4,
                                    "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6}
"""Weekday names and abbreviations (Monday = 0), longest spelling of each first."""
EN_MONTH_NAMES: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12}
"""Month names and their abbreviations."""
EN_HOLIDAYS: dict[str, str] = {
    "christmas": "聖誕節", "christmas day": "聖誕節", "xmas": "聖誕節", "xmas day": "聖誕節",
    "christmas eve": "平安夜", "xmas eve": "平安夜",
    "new year's day": "元旦", "new year day": "元旦", "new year's eve": "New Year's Eve", "new year eve": "New Year's Eve",
    "valentine's day": "情人節", "valentine day": "情人節", "st. valentine's day": "情人節", "saint valentine's day": "情人節",
    "halloween": "萬聖節", "thanksgiving": "感恩節", "thanksgiving day": "感恩節", "thanks giving day": "感恩節",
    "mother's day": "母親節", "father's day": "父親節",
    "chinese new year": "春節", "lunar new year": "春節", "spring festival": "春節", "chinese lunar new year": "春節",
    "chinese new year's day": "春節", "chinese lunar new year's day": "春節", "lunar new year's day": "春節",
    "lantern festival": "元宵節", "dragon boat festival": "端午節", "mid-autumn festival": "中秋節",
    "singles' day": "雙11", "singles day": "雙11", "labor day": "Labor Day", "labour day": "Labor Day",
    "memorial day": "Memorial Day", "independence day": "Independence Day", "national day": "國慶節",
    "boxing day": "Boxing Day", "st. patrick's day": "St. Patrick's Day", "saint patrick's day": "St. Patrick's Day",
    "st. paddy's day": "St. Patrick's Day", "saint paddy's day": "St. Patrick's Day",
    "veterans day": "Veterans Day", "veterans' day": "Veterans Day",
    "earth day": "Earth Day", "bastille day": "Bastille Day", "martin luther king day": "Martin Luther King Day",
    "martin luther king jr. day": "Martin Luther King Day", "martin luther king's day": "Martin Luther King Day",
    "martin luther king jr.'s day": "Martin Luther King Day", "mlk day": "Martin Luther King Day",
    "mlk jr. day": "Martin Luther King Day", "presidents' day": "Presidents' Day",
    "columbus day": "Columbus Day", "election day": "Election Day",
    "juneteenth": "Juneteenth", "may day": "May Day", "international workers' day": "May Day",
    "black friday": "Black Friday", "cyber monday": "Cyber Monday",
    "easter": "Easter", "easter sunday": "Easter", "easter day": "Easter", "good friday": "Good Friday",
    "easter monday": "Easter Monday", "easter week": "Easter",
    "ash wednesday": "聖灰日", "shrove tuesday": "懺悔節", "pancake day": "懺悔節", "mardi gras": "懺悔節",
    "palm sunday": "棕枝主日", "maundy thursday": "濯足節", "holy thursday": "濯足節", "holy saturday": "聖週六",
    "ascension day": "耶穌升天節", "pentecost": "五旬節", "pentecost sunday": "五旬節", "whit sunday": "五旬節",
    "whitsunday": "五旬節", "whit monday": "Whit Monday", "trinity sunday": "聖三一主日",
    "orthodox easter": "東正教復活節", "orthodox easter sunday": "東正教復活節",
    "orthodox good friday": "東正教耶穌受難日", "orthodox great friday": "東正教耶穌受難日",
    "clean monday": "Clean Monday", "orthodox shrove monday": "Clean Monday", "lazarus saturday": "Lazarus Saturday",
    # Islamic and Jewish festivals (:data:`calendars.FEASTS`)
    "ramadan": "Ramadan", "ramazan": "Ramadan", "ramadhan": "Ramadan",
    "eid al-fitr": "Eid al-Fitr", "eid ul-fitr": "Eid al-Fitr", "id al-fitr": "Eid al-Fitr",
    "eid al-adha": "Eid al-Adha", "eid ul-adha": "Eid al-Adha", "id ul-adha": "Eid al-Adha", "eid al-azha": "Eid al-Adha",
    "bakr id": "Eid al-Adha", "bakrid": "Eid al-Adha", "feast of the sacrifice": "Eid al-Adha",
    "feast of sacrifice": "Eid al-Adha", "sacrifice feast": "Eid al-Adha",
    "islamic new year": "Islamic New Year", "hijri new year": "Islamic New Year", "ashura": "Ashura",
    "day of ashura": "Ashura", "mawlid": "Mawlid", "mawlid al-nabi": "Mawlid", "mawlid an-nabi": "Mawlid",
    "isra and mi'raj": "Isra and Mi'raj", "laylat al-qadr": "Laylat al-Qadr", "night of power": "Laylat al-Qadr",
    "day of arafah": "Day of Arafah", "day of arafat": "Day of Arafah",
    "rosh hashanah": "Rosh Hashanah", "rosh hashana": "Rosh Hashanah", "yom kippur": "Yom Kippur",
    "sukkot": "Sukkot", "succot": "Sukkot", "sukkoth": "Sukkot", "succos": "Sukkot", "sukkos": "Sukkot", "feast of tabernacles": "Sukkot",
    "shemini atzeret": "Shemini Atzeret", "simchat torah": "Simchat Torah", "simhat torah": "Simchat Torah",
    "hanukkah": "Hanukkah", "hanukah": "Hanukkah", "chanukah": "Hanukkah", "chanukkah": "Hanukkah",
    "tu bishvat": "Tu BiShvat", "tu b'shvat": "Tu BiShvat", "purim": "Purim", "passover": "Passover",
    "pesach": "Passover", "lag baomer": "Lag BaOmer", "lag b'omer": "Lag BaOmer", "shavuot": "Shavuot",
    "shavuos": "Shavuot", "feast of weeks": "Shavuot", "tisha b'av": "Tisha B'Av",
    # Hindu, Sikh, Jain and Buddhist festivals of India (:data:`calendars.HINDU_FEASTS`), with their usual spellings
    "diwali": "Diwali", "deepavali": "Diwali", "deepawali": "Diwali", "divali": "Diwali", "lakshmi puja": "Diwali",
    "dhanteras": "Dhanteras", "dhanatrayodashi": "Dhanteras", "dhantrayodashi": "Dhanteras",
    "choti diwali": "Choti Diwali", "chhoti diwali": "Choti Diwali", "kali chaudas": "Choti Diwali",
    "naraka chaturdashi": "Naraka Chaturdashi", "narak chaturdashi": "Naraka Chaturdashi",
    "govardhan puja": "Govardhan Puja", "bhai dooj": "Bhai Dooj", "bhaiya dooj": "Bhai Dooj", "bhau beej": "Bhai Dooj",
    "kali puja": "Kali Puja", "chhath": "Chhath", "chhath puja": "Chhath", "dala puja": "Chhath",
    "surya shashthi": "Chhath", "navratri": "Navratri", "navaratri": "Navratri", "sharad navratri": "Navratri",
    "chaitra navratri": "Chaitra Navratri", "durga puja": "Durga Puja", "maha saptami": "Maha Saptami",
    "maha ashtami": "Maha Ashtami", "durga ashtami": "Maha Ashtami", "maha navami": "Maha Navami",
    "dussehra": "Dussehra", "dusshera": "Dussehra", "dasara": "Dussehra", "vijayadashami": "Dussehra",
    "vijaya dashami": "Dussehra", "karva chauth": "Karva Chauth", "karwa chauth": "Karva Chauth",
    "rath-yatra": "Rath Yatra", "ratha-yatra": "Rath Yatra", "raksha bandhan": "Raksha Bandhan",
    "mahavir jayanti": "Mahavir Jayanti", "mahaveer jayanti": "Mahavir Jayanti",
    "mahavir janma kalyanak": "Mahavir Jayanti", "mahaveer janma kalyanak": "Mahavir Jayanti",
    "maha shivaratri": "Maha Shivaratri", "maha shivratri": "Maha Shivaratri", "mahashivratri": "Maha Shivaratri",
    "mahashivaratri": "Maha Shivaratri", "vasant panchami": "Vasant Panchami", "basant panchami": "Vasant Panchami",
    "saraswati puja": "Vasant Panchami", "lohri": "Lohri", "makar sankranti": "Makar Sankranti",
    "makara sankranti": "Makar Sankranti", "makara sankranthi": "Makar Sankranti", "maghi": "Makar Sankranti",
    "bhogi": "Bhogi", "bogi": "Bhogi", "bhogi pongal": "Bhogi", "bogi pandigai": "Bhogi", "pongal": "Pongal",
    "thai pongal": "Pongal", "mattu pongal": "Mattu Pongal", "maattu pongal": "Mattu Pongal",
    "kaanum pongal": "Kaanum Pongal", "kanum pongal": "Kaanum Pongal", "kanni pongal": "Kaanum Pongal",
    "vaisakhi": "Vaisakhi", "baisakhi": "Vaisakhi", "vaishakhi": "Vaisakhi", "vasakhi": "Vaisakhi",
    "onam": "Onam", "thiruvonam": "Onam", "thiru onam": "Onam", "holika dahan": "Holika Dahan",
    "chhoti holi": "Holika Dahan", "choti holi": "Holika Dahan", "kamudu pyre": "Holika Dahan", "holi": "Holi",
    "dhulandi": "Holi", "phagwah": "Holi", "janmashtami": "Janmashtami", "krishna janmashtami": "Janmashtami",
    "gokulashtami": "Janmashtami", "ganesh chaturthi": "Ganesh Chaturthi", "vinayaka chaturthi": "Ganesh Chaturthi",
    "ram navami": "Ram Navami", "rama navami": "Ram Navami", "hanuman jayanti": "Hanuman Jayanti",
    "ugadi": "Ugadi", "yugadi": "Ugadi", "gudi padwa": "Ugadi", "samvatsaradi": "Ugadi", "chaitra sukladi": "Ugadi",
    "chaitra sukhladi": "Ugadi", "guru gobind singh jayanti": "Guru Gobind Singh Jayanti",
    "guru govind singh jayanti": "Guru Gobind Singh Jayanti", "guru gobind singh birthday": "Guru Gobind Singh Jayanti",
    "guru ravidas jayanti": "Guru Ravidas Jayanti", "guru ravidass jayanti": "Guru Ravidas Jayanti",
    "guru ravidas birthday": "Guru Ravidas Jayanti", "guru ravidass birthday": "Guru Ravidas Jayanti",
    "valmiki jayanti": "Valmiki Jayanti", "maharishi valmiki jayanti": "Valmiki Jayanti",
    "pargat diwas": "Valmiki Jayanti", "guru nanak jayanti": "Guru Nanak Jayanti",
    "guru nanak gurpurab": "Guru Nanak Jayanti", "guru purnima": "Guru Purnima", "buddha purnima": "Buddha Purnima",
    "buddha jayanti": "Buddha Purnima", "vesak": "Buddha Purnima", "wesak": "Buddha Purnima",
    "buddha day": "Buddha Purnima", "thaipusam": "Thaipusam", "vishu": "Vishu", "puthandu": "Puthandu",
    "tamil new year": "Puthandu", "pohela boishakh": "Pohela Boishakh", "pahela baishakh": "Pohela Boishakh",
    "bengali new year": "Pohela Boishakh", "nag panchami": "Nag Panchami", "naag panchami": "Nag Panchami",
    "hartalika teej": "Hartalika Teej", "anant chaturdashi": "Anant Chaturdashi", "rabindra jayanti": "Rabindra Jayanti",
    "rabindranath jayanti": "Rabindra Jayanti", "rabindranath tagore jayanti": "Rabindra Jayanti",
    "tagore jayanti": "Rabindra Jayanti", "parsi new year": "Parsi New Year", "jamshedi navroz": "Parsi New Year",
    "ides of march": "Ides of March", "great lent": "Great Lent", "great fast": "Great Lent", "lent": "Lent",
    "jumu'atul-wida": "Jumu'atul-Wida", "jamat ul-vida": "Jumu'atul-Wida", "jumat ul-vida": "Jumu'atul-Wida",
    "alvida jumma": "Jumu'atul-Wida", "boss's day": "Boss's Day", "bosses day": "Boss's Day", "boss day": "Boss's Day",
    "national boss day": "Boss's Day", "king's day": "King's Day", "koningsdag": "King's Day",
    "civil rights day": "Martin Luther King Day", "easter mon": "Easter Monday", "branch sunday": "棕枝主日",
    "white sunday": "五旬節", "mawlid al-nabawi": "Mawlid",
    "mawlid an-nabawi": "Mawlid", "laylat al-kadr": "Laylat al-Qadr", "laylat al-qadr night": "Laylat al-Qadr",
    "amun jadid": "Islamic New Year", "the prophet's ascension": "Isra and Mi'raj", "isra mi'raj": "Isra and Mi'raj",
    "feast of the ingathering": "Sukkot", "hannukkah": "Hanukkah", "hanukka": "Hanukkah", "chanuka": "Hanukkah",
    "rosh hashanna": "Rosh Hashanah", "chinese new years": "春節", "chinese lunar new years": "春節",
}
"""English holiday names (lower case, one space between words) and the festival name :mod:`lunar` places them by
(a festival both languages name points at the Chinese name :data:`lunar.FESTIVALS` holds, ``christmas`` at 聖誕節,
``ash wednesday`` at 聖灰日; English-only ones at :data:`lunar.ENGLISH_ONLY`). In a name an apostrophe is optional
(``new years eve``, ``saint patricks day``), a full stop too (``St Patrick's Day``), and words may be joined by a
hyphen. Names are read in any case (``thanksgiving 2012``, ``mlk day``) except :data:`EN_HOLIDAYS_CAPITALISED`."""
EN_HOLIDAYS_CAPITALISED = frozenset({
    "memorial day", "independence day", "national day", "election day", "may day", "spring festival", "easter week",
    "labor day", "labour day", "holy thursday", "holy saturday", "ascension day", "earth day", "lent", "boss day"})
"""Holiday names that are also common phrases (``a memorial day for the victims``, ``its national day``, ``may
day``): read only with each word capitalised (``Memorial Day``)."""
EN_HOLIDAY_REL: dict[str, str] = {"last": "last", "previous": "last", "next": "next", "following": "next",
                                  "coming": "next", "this": "this"}
"""Words before a holiday: ``last``/``previous`` the latest occurrence before the article date, ``next``/
``following``/``coming`` the first one after it, ``this`` the article year's."""
EN_HALF_WORDS: dict[str, int] = {"first": 1, "second": 2, "last": 2}
"""Which half ``the first/second/last half`` and ``the first/last two quarters`` of a year mean."""
EN_PART_REL: dict[str, str] = {"coming": "next", "upcoming": "next", "past": "last", "current": "this"}
"""Words before the unit of ``the end of …`` that read as ``next``/``last``/``this``, counted from the article date
(``by the end of the coming year``, ``at the start of the past month``); not ``previous``/``following``, which count
from the time narrated (``the end of the previous year`` after a story in 2010 is 2009's)."""
EN_NUMERIC_RANGE_PREPS = ("between", "from", "on", "during", "for", "over", "until", "through")
"""Prepositions that make two month/day pairs joined by a dash a range of days (``between 10/1-11/7``)."""
EN_LOWER_MONTH_ABBRS = ("sept", "oct", "nov", "dec", "feb", "aug")
"""Month abbreviations read in lower case after ``last``/``next`` (``last sept``); the others are words or names
(``jan``, ``mar``, ``apr``, ``jun``, ``jul``)."""
EN_VERB_MONTHS = ("march", "may")
"""Month names that are also verbs: in lower case never read after ``last``/``next`` (``next march`` is a walk)."""
EN_MODAL_MONTHS = ("may",)
"""Month names that are also modal verbs: in lower case not read after a preposition either (``in may be``)."""


def _ci(word: str) -> str:
    """``word`` with its first letter in either case (``[Mm]onday``)."""
    return f"[{word[0].upper()}{word[0]}]{word[1:]}"


def _longest_per_value(table: dict[str, int]) -> list[str]:
    """The full name of each value of a name table (its longest spelling), in value order."""
    best: dict[int, str] = {}
    for w, n in table.items():
        if len(w) > len(best.get(n, "")):
            best[n] = w
    return [best[n] for n in sorted(best)]


_MONTH_FULL = _longest_per_value(EN_MONTH_NAMES)
_MONTH_PREFIXES = list(dict.fromkeys(w[:3] for w in EN_MONTH_NAMES))
_WEEKDAY_FULL = _longest_per_value(EN_WEEKDAY_NAMES)
EN_WEEKDAY_FULL_RE = "(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day"
"""A weekday's full name, capitalized or not."""
_WEEKDAY_PREFIXES = list(dict.fromkeys(w[:3] for w in EN_WEEKDAY_NAMES))


def _holiday_word(word: str, first: bool, any_case: bool = False) -> str:
    r"""One word of a holiday name as the rules read it: capitalized when it opens the name, else in either case
    (``Thanksgiving [Dd]ay``), as written when the name is read in any case (the caller wraps it in ``(?i:)``); an
    apostrophe optional and in either form (``Valentine['’]?s``), a full stop optional (``St\.?``), the parts of a
    hyphenated word joined by a hyphen or a space (``Mid[-\s][Aa]utumn``)."""
    tail = ""
    if word.endswith("'s"):
        word, tail = word[:-2], "['’]?s"
    elif word.endswith("'"):
        word, tail = word[:-1], "['’]?"
    parts = [re.escape(x).replace(r"\.", r"\.?") for x in word.split("-")]
    if not any_case:
        parts = [parts[0][0].upper() + parts[0][1:] if first else _ci(parts[0]), *(_ci(x) for x in parts[1:])]
    return r"[-\s]".join(parts) + tail


def holiday_key(text: str) -> str:
    """The spelling-free key of a holiday name (lower case, no apostrophes or full stops, hyphens as spaces): what
    :data:`EN_HOLIDAY_KEYS` is looked up by (``New Years Eve`` and ``new year's eve`` are one name)."""
    return " ".join(re.sub(r"['’.]", "", text.lower()).replace("-", " ").split())


EN_HOLIDAY_KEYS: dict[str, str] = {holiday_key(k): v for k, v in EN_HOLIDAYS.items()}
""":data:`EN_HOLIDAYS` by :func:`holiday_key`."""


def _holiday_name(key: str, words: int | None = None) -> str:
    """The pattern of a holiday name of :data:`EN_HOLIDAYS` (its first ``words`` words only: a guard's opener)."""
    any_case = key not in EN_HOLIDAYS_CAPITALISED
    body = r"\s+".join(_holiday_word(w, i == 0, any_case) for i, w in enumerate(key.split(" ")[:words]))
    # in any case: the first letter as a class, so that the guards group the name by it (:func:`_by_first_letter`)
    return f"[{body[0].upper()}{body[0]}](?i:{body[1:]})" if any_case else body


def en_holiday_names() -> str:
    """The alternation of every name of :data:`EN_HOLIDAYS`, longest first (``Easter Monday`` before ``Easter``)."""
    return "|".join(dict.fromkeys(_holiday_name(k) for k in sorted(EN_HOLIDAYS, key=len, reverse=True)))


def _holiday_openers() -> list[str]:
    """The guard's openers for :data:`EN_HOLIDAYS`: the first two words of each name (``Labor\\s+[Dd]ay``)."""
    return list(dict.fromkeys(_holiday_name(k, 2) for k in EN_HOLIDAYS))


_HOLIDAY_OPENERS = _holiday_openers()
_HOLIDAY_WORDS = [_holiday_name(k) for k in EN_HOLIDAYS if " " not in k]
"""Holidays named by one word (``Christmas``, ``Halloween``): what may follow ``last``/``this``/``next``."""
HOLIDAY_REL_OPENERS = [_ci(w) + r"\s+(?:" + "|".join(_HOLIDAY_OPENERS) + ")" for w in EN_HOLIDAY_REL]
"""A holiday after ``last``/``next``/``previous``/``following``/``this`` (guard openers; after ``the`` the opener of
``the last``, ``the following`` lets it pass)."""


# Speed: Python's regex engine tries every alternative at every position, so the joined pattern is split
# into families by the kind of character a match can start with. Each family sits behind a cheap guard (a
# lookahead that fails at once on most positions), and a global guard skips the characters no rule starts with.
_CN_RUN = "〇零○一二三四五六七八九十兩廿卅"
_MONTHS = ("|".join(p.capitalize() for p in _MONTH_PREFIXES) + "|(?:" + "|".join(_MONTH_PREFIXES)
           + r")[a-z]*\.?,?\s+(?:of\s+)?\d")
_DAY_WORD_START = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
                   r"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twent|thirt)")
_SEASONS = r"[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter"
_REL_UNITS = (r"(?:year|yr|month|week|quarter|qtr|night|morning|afternoon|evening|" + _SEASONS + "|"
              + "|".join(_ci(w) for w in _WEEKDAY_FULL) + "|" + "|".join(_HOLIDAY_WORDS) + "|" + _MONTHS + ")")
_PREP_OBJECT_ALTS = [r"\d", "'", "the", "this", "last", "next", "[Ee]arly", "[Mm]id", "[Ll]ate", "[Tt]went", "[Nn]inet",
                     "[Ee]ight", *_SEASONS.split("|"), *_HOLIDAY_OPENERS, *_MONTHS.split("|", len(_MONTH_PREFIXES)),
                     "(?:" + "|".join(m for m in _MONTH_FULL if m not in EN_MODAL_MONTHS) + r")\b"]
"""What may follow a preposition that opens an English expression (:data:`LATIN_PREP_OPENER`), one alternative each."""
_PREP_OBJECTS = r"[\s-]+(?:" + "|".join(_PREP_OBJECT_ALTS) + ")"
_COUNTED = r"\s+(?:(?:business\s+|working\s+)?days?|years?|months?|weeks?|decades?|fortnights?|hours?|minutes?|seconds?)\b"
_PREP_WORDS = ("[Ii]n", "[Bb]y", "[Uu]ntil", "[Ff]rom", "[Bb]etween", "[Dd]uring", "[Tt]hrough", "[Ss]ince", "[Bb]efore",
               "[Aa]fter", "[Aa]round", "[Aa]bout", "[Cc]irca", r"c\.", "[Ee]arly", "[Mm]id", "[Ll]ate")
LATIN_PREP_OPENER = f"(?:{'|'.join(_PREP_WORDS)}){_PREP_OBJECTS}"
"""Prepositions before a year, a month, a season or a holiday (``in 2019``, ``since March``), with what may follow
them written once for all of them: the latin family's guard holds it beside :data:`LATIN_OPENERS` (in each of them it
made the guard about 38,000 characters longer, and compiling it twice as long)."""
LATIN_OPENERS: list[str] = [
    # month and day names, quarters, fiscal years, holidays
    *(p.capitalize() for p in _MONTH_PREFIXES),
    *(rf"{m}[a-z]*\.?,?\s+(?:of\s+)?(?:\d|(?:this|last|next)\s+year|(?:the\s+)?{_DAY_WORD_START}|the\s+\d)" for m in _MONTH_PREFIXES),
    # its own alternative (joined to the one above by a top-level |, grouping by first letter made it need the
    # letter twice, and jan5, sep-30, mar/3 were found only without the guards)
    *(rf"{m}[a-z]*[/.-]?\d" for m in _MONTH_PREFIXES),
    "Q[1-4]", r"q[1-4][\s-]\d", "H[12]", "FY", "[Ff]iscal", r"[Ff]inancial\s+year", r"[Yy]ear\s+end(?:ed|ing)\s", r"[Ee]nd-(?:19|20)\d\d",
    r"[Yy]ear-end\s+(?:19|20)\d\d", *(_ci(w) for w in _WEEKDAY_FULL), *(_ci(w) for w in EN_DAY_ANCHORS), "[Tt]onight",
    "[Tt]onite", *_HOLIDAY_OPENERS, *HOLIDAY_REL_OPENERS, r"[Ee]ve\s+of\s",
    *(rf"{w}\s+{EN_WEEKDAY_FULL_RE}\b" for w in ("[Ee]arly", "[Ll]ate")),  # late Tuesday: the day with END
    r"[Tt]he\s+(?:[a-z]+\s+weeks|week)\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\s",  # the (nine) week(s) ended Friday
    *(rf"[{w[0].upper()}{w[0]}]{w[1:]}\s+day\b" for w in ("polling", "voting")),  # polling day: the vote's day told
    # the ..., last/this/next/that ..., prepositions before a year or month
    r"[Tt]he\s+" + _DAY_WORD_START,
    *(rf"{w}\s+\w+(?:\s+\w+)?\s+(?:quarters|months|days|weeks|years)" for w in (r"[Tt]he\s+(?:last|past|previous|next|coming|upcoming)", "[Ll]ast", "[Pp]ast", "[Pp]revious", "[Nn]ext", "[Cc]oming", "[Uu]pcoming")),
    *(rf"{w}\s+week\s+(?:of|in)\s" for w in ("[Ff]irst", "[Ss]econd", "[Tt]hird", "[Ff]ourth", "[Ll]ast", "[Ff]inal")),
    r"[Tt]he\s+(?:first|second|third|fourth|last|final)\s+week\s+(?:of|in)\s",
    r"[Tt]he\s+(?:March|June|Sept|Dec)[a-z.]*[\s-]quarter",  # the December quarter: the quarter ending then
    r"[Oo]n\s+or\s+a(?:bout|round)\s",  # on or about Jan. 3: the day, approximately
    *(rf"[{w[0].upper()}{w[0]}]{w[1:]}day\s+week\b" for w in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")),
    r"[Aa]\s+week\s+(?:on|from)\s",  # Thursday week, a week on Tuesday: a week after the coming weekday
    *(rf"{w}\s+(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)days\s+ago" for w in ("[Tt]wo", "[Tt]hree", "[Ff]our")),
    r"[Tt]he\s+(?:[a-z]+\s+months|noughties|naughties|two\s+thousand|year|full|whole|entire|early|mid|late|quarter|latest|most|just|recent|current|comparable|corresponding|fiscal|" + _SEASONS + r"|\d|'|[Tt]went|[Nn]inet|[Ee]ight|first|second|third|fourth|1st|2nd|3rd|4th|same"
    r"|following|next|previous|prior|current|coming|last|fifth|eve\s+of|year[-\s]|same\s+(?:period|quarter|month|half)|end|beginning|start|middle|day\s+(?:after|before))",
    *(rf"{w}\s+{_REL_UNITS}" for w in ("[Ll]ast", "[Tt]his", "[Nn]ext", "[Tt]hat")),
    *(rf"{w}\s+(?:{'|'.join(m for m in _MONTH_FULL if m not in EN_VERB_MONTHS)})\b" for w in ("[Ll]ast", "[Nn]ext")),
    *(rf"{w}\s+(?:{'|'.join(EN_LOWER_MONTH_ABBRS)})(?![a-z])" for w in ("[Ll]ast", "[Nn]ext")),
    *(rf"{w}\s+\d\d?/\d" for w in ("[Tt]his", "[Nn]ext", "[Ll]ast")),
    r"[Cc][Yy]\s?'?\d\d", r"[Uu]pcoming\s+(?:year|yr|month|quarter|qtr|week|decade)", r"[Tt]he\s+upcoming\s",
    *(rf"{w}[\s-]+(?:this|last|next)\s" for w in ("[Ee]arly", "[Mm]id", "[Ll]ate")),
    *(rf"{w}\s+in\s+(?:the|this|last|next|\d)" for w in ("[Ee]arly", "[Ll]ate")),
    *(rf"{w}[\s-]?(?:morning|afternoon|evening)\s" for w in ("[Ee]arly", "[Mm]id", "[Ll]ate")),
    *(rf"{w}[\s-]+(?:{_SEASONS})" for w in ("[Ee]arly", "[Mm]id", "[Ll]ate", "[Pp]ast", "[Cc]oming")),
    *(rf"{w}[\s,]+(?:of\s+)?(?:\d|[Nn]ineteen|[Ee]ighteen|[Tt]wenty|the\s+year)" for w in _SEASONS.split("|")),
    *(rf"{w}[\s-]+[a-z]" for w in ("[Ee]leven", "[Tt]welve", "[Tt]hirteen", "[Ff]ourteen", "[Ff]ifteen", "[Ss]ixteen",
                                    "[Ss]eventeen", "[Ee]ighteen", "[Nn]ineteen", "[Tt]wenty")),
    r"[Tt]he\s+year\s+two", r"[Tt]wo\s+thousand\b", r"[Tt]he\s+(?:year|month|week|quarter)\s+(?:after|before)\s", *(rf"{u}\s+(?:after\s+(?:the\s+)?next|before\s+last)" for u in ("year", "month", "week", "quarter", *(m.capitalize() for m in _MONTH_FULL))), r"[Ll]ast\s+day\s+(?:of|in)\s",
    *(rf"{w}(?:[\s-][a-z]+)?\s+(?:of\s+)?[A-Z]" for w in ("[Tt]en", "[Ee]leven", "[Tt]welve", "[Tt]hirteen", "[Ff]ourteen",
                                                           "[Ff]ifteen", "[Ss]ixteen", "[Ss]eventeen", "[Ee]ighteen",
                                                           "[Nn]ineteen", "[Oo]ne", "[Tt]wo", "[Tt]hree", "[Ff]our",
                                                           "[Ff]ive", "[Ss]ix", "[Ss]even", "[Ee]ight", "[Nn]ine",
                                                           "[Tt]wenty", "[Tt]hirty")), r"[Tt]hat\s+quarter", r"the\s+\d",
    *(rf"[{w[0].upper()}{w[0]}]{w[1:]}[a-z]*(?:[\s-][a-z]+)?\s+(?:day\s+)?(?:of|in)\s"
      for w in _DAY_WORD_START[3:-1].split("|")), r"noon\s", r"midnight\s", r"[Dd]ay\s+(?:after|before)\s",
    *(rf"{w}\s+(?:\d|noon|midnight)" for w in ("[Aa]t", "[Aa]round", "[Aa]bout")),
    *(rf"{m.capitalize()}\s+(?:of\s+)?(?:[Nn]ineteen|[Ee]ighteen|[Tt]wenty)" for m in _MONTH_FULL),
    # counted units (two years ago), ordinals, parts of a unit, centuries
    *(w + _COUNTED for w in ("[Aa]n?", "[Oo]ne", "[Tt]wo", "[Tt]hree", "[Ff]our", "[Ff]ive", "[Ss]ix", "[Ss]even",
                             "[Ee]ight", "[Nn]ine", "[Tt]en", "[Ee]leven", "[Tt]welve", r"[Tt]hirt\w*", r"[Ff]ourt\w*",
                             r"[Ff]ift\w*", r"[Ss]ixt\w*", r"[Ss]event\w*", r"[Ee]ight\w*", r"[Nn]inet\w*",
                             "[Tt]wenty", "[Ff]orty", "[Ss]everal", "[Mm]any")),
    *(rf"{_ci(w)}[\s-]+(?:quarter|qtr|half|fiscal)" for w in EN_ORDINALS if w.isalpha()),
    r"first\s+\w+\s+months",
    *(rf"{w}\s+(?:quarter|qtr)" for w in EN_ORDINALS if not w.isalpha()),
    *(rf"{w}\s+(?:{'|'.join(_ci(d[:-3]) for d in _WEEKDAY_FULL)})day"
      for w in ("[Ff]irst", "[Ss]econd", "[Tt]hird", "[Ff]ourth", "[Ff]ifth", "1st", "2nd", "3rd", "4th", "5th")),
    *(rf"{w.capitalize()}\.?,?\s+(?:the\s+)?[A-Z0-9]" for w in _WEEKDAY_PREFIXES),
    *(rf"{w}[a-z]{{0,6}}\.?,?\s+the\s+(?:\d|{_DAY_WORD_START}|twenty|thirty)" for w in _WEEKDAY_PREFIXES),
    *(rf"{w}[a-zA-Z]{{0,2}}\.?(?:,?\s+(?:at\s+)?\d|\s*(?:[,;!?]|\.?$|\.\s))"
      for w in (*(d.capitalize() for d in _WEEKDAY_PREFIXES), *(d.upper() for d in _WEEKDAY_PREFIXES))),
    *(rf"{w}\s+of" for w in ("[Ee]nd", "[Bb]eginning", "[Ss]tart", "[Mm]iddle")),
    *(rf"{w}\s+(?:this|the|last|next)" for w in ("[Ee]arlier", "[Ll]ater")),
    r"[Tt]his\s+past\s", r"[Tt]his\s+coming\s", r"[Tt]he\s+(?:next|following|previous|preceding|same)\s+(?:day|morning|afternoon|evening|night)",
    r"[Nn]ext\s+day", r"the\s+(?:morning|afternoon|evening)",
    *(rf"{w}[\s-]?(?:morning|afternoon|evening)" for w in ("mid", "late", "early")), r"[Tt]he\s+(?:day|morning|afternoon|evening|night)\s+(?:after|before)",
    r"[Tt]hat\s+(?:same\s+)?day", r"[Tt]hat\s+same\s", *(rf"{w}\s+(?:that|in\s+the\s+day)" for w in ("[Ee]arlier", "[Ll]ater")), r"[Yy]ear[-\s](?:earlier|ago)\s", r"[Tt]he\s+week\s+of\s", r"[Tt]he\s+(?:(?:current|latest|last|previous|past|coming|next)\s+)?(?:fiscal|financial)\s+year",
    *(rf"{w}\s+(?:fiscal|financial)\s+year" for w in ("[Tt]his", "[Ll]ast", "[Nn]ext")), r"[Tt]he\s+(?:[Nn]ine|[Ee]igh|[Ss]even|[Ss]ix|[Ff]if|[Ff]or|[Tt]hir)ties", r"[Yy]ear(?:[-\s]end|['’]s\s+end)",
    r"[Ss]ame\s+(?:period|quarter|month|half)\s", r"[Tt]he\s+(?:[a-z-]+\s+)?weekend",
    r"[Hh]alf[\s-]an[\s-]hour", r"[Ll]ess\s+than\s", r"[Yy]ear\s+\d", r"A\.?D\.?\s?\d", *(rf"{w}\s+[A-Za-z]{{3}}\s+\d" for w in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")),
    *(rf"{w}\s+of\s" for w in (r"[Tt]he\s+(?:" + "|".join(EN_REST_WORDS) + ")", *(_ci(w) for w in EN_REST_WORDS))),
    *(w + r"\b" for k in EN_PART_ABBREVIATIONS for w in (k.upper(), k, k.capitalize())),
    *(rf"{w}\s+(?:[Mm]on|[Tt]ues?|[Ww]ed|[Tt]hu(?:rs?)?|[Ff]ri|[Ss]at|[Ss]un)\b" for w in ("[Tt]his", "[Nn]ext", "[Ll]ast")),
    *(rf"{w}\s+(?:hrs?|mins?)\b" for w in ("[Aa]n?", "[Oo]ne", "[Tt]wo", "[Tt]hree", "[Ff]our", "[Ff]ive", "[Ss]ix", "[Ss]even", "[Ee]ight", "[Nn]ine", "[Tt]en", "[Ff]ew")),
    *(rf"{w}\s+(?:\w+\s*)?(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)\b" for w in ("[Nn]ext", "[Ll]ast", "[Pp]ast", "[Pp]revious", "[Cc]oming", r"[Tt]he\s+(?:next|last|past|previous|coming)")),
    *(rf"{w}\s+(?:(?:fiscal|financial)\s+)?(?:year|quarter|\w+\s+months)\s+(?:that\s+|which\s+)?end" for w in ("[Tt]he", "[Ii]ts", "[Tt]heir")),
    r"[Cc]urrent\s+(?:year|quarter|qtr|month|week|decade)", r"[Pp](?:ast|revious)\s+(?:quarter|qtr|decade)",
    r"[Tt]he\s+past\s+(?:quarter|qtr)", *(rf"{w}\s+(?:decade|calendar\s+year)" for w in ("[Ll]ast", "[Tt]his", "[Nn]ext")),
    *(rf"{w}[\s-]" for w in ("[Ee]ighteenth", "[Nn]ineteenth", "[Tt]wentieth", "[Tt]wenty")),
]
"""Words that can open an English expression, with what must follow them; with :data:`LATIN_PREP_OPENER`, the latin
family's guard."""


def _split_word(alt: str) -> tuple[str, str] | None:
    """``alt`` cut before its first whitespace item outside any group (``\\s+``, ``[\\s-]+`` ...): its first
    word and what must follow it, each a whole pattern of its own; None when it has no such item or holds an
    alternation outside any group."""
    depth, i, cut = 0, 0, None
    while i < len(alt):
        c = alt[i]
        if c == "\\":
            if depth == 0 and cut is None and alt.startswith(r"\s", i):
                cut = i
            i += 2
            continue
        if c == "[":  # a character class: skipped whole
            if depth == 0 and cut is None and alt.startswith(r"[\s", i):
                cut = i
            j = i + 1
            j += alt.startswith("^", j)
            j += alt.startswith("]", j)
            while j < len(alt) and alt[j] != "]":
                j += 2 if alt[j] == "\\" else 1
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return None
        i += 1
    if not cut:
        return None
    return alt[:cut], alt[cut:]


SHARED_TAIL_MIN = 1000
"""Characters a tail shared by several first words must have to be written once."""


def _shared_tails(openers: list[str]) -> tuple[list[str], list[str]]:
    """Openers whose first word is followed by the same long pattern (``[Ll]ast\\s+(...)``, ``[Nn]ext\\s+(...)``)
    written as one alternative, ``(?:[Ll]ast|[Nn]ext)\\s+(...)``: the same language (the guard is a lookahead,
    the union of its alternatives), the shared pattern compiled once instead of once per word (en's openers
    repeat tails of 1,000-2,000 characters, which made the guard over 55,000 characters long). Returns the
    other openers and the joined alternatives."""
    by_tail: dict[str, list[str]] = {}
    for alt in openers:
        cut = _split_word(alt)
        if cut is not None:
            by_tail.setdefault(cut[1], []).append(cut[0])
    # only long tails: a joined alternative is tried at every English word; one of a short tail with many first
    # words (``a`` / ``one`` / ``two`` … + ``years``) made scanning English 20 % slower, one of 748 characters
    # (the units after last / this / next / that) 4 %; the holidays after last / next / this … (2,748
    # characters, six words) cost no measurable scanning
    shared = {tail for tail, heads in by_tail.items() if len(heads) > 1 and len(tail) >= SHARED_TAIL_MIN}
    rest = [alt for alt in openers if (cut := _split_word(alt)) is None or cut[1] not in shared]
    joined = [f"{_first_letters(heads)}(?:{'|'.join(dict.fromkeys(heads))}){tail}"
              for tail, heads in by_tail.items() if tail in shared]
    return rest, joined


def _first_letters(heads: list[str]) -> str:
    """A lookahead for the letters ``heads`` start with (``[Ll]ast`` gives L and l), so that a word starting
    with none of them is rejected on its first character, as :func:`_by_first_letter` does for the others;
    empty when a head's first character is not a plain letter."""
    letters: set[str] = set()
    for h in heads:
        if len(h) > 3 and h[0] == "[" and h[3] == "]" and h[1].isalpha() and h[2].isalpha():
            letters.update(h[1:3])
        elif h[:1].isalnum():
            letters.add(h[0])
        else:
            return ""
    return f"(?=[{''.join(sorted(letters))}])"


def _latin_guard(openers: list[str]) -> str:
    """The alternation of the latin family's guard: :func:`_by_first_letter` of the openers, their shared
    tails written once (:func:`_shared_tails`)."""
    rest, joined = _shared_tails(openers)
    return "|".join([_by_first_letter(rest), *joined])


def _by_first_letter(openers: list[str]) -> str:
    """One alternation grouped by first letter, so the regex engine rejects most words on their first character;
    within a letter the alternatives are grouped further by their leading characters (:func:`_trie`)."""
    groups: dict[str, list[str]] = {}
    for alt in openers:
        if len(alt) > 3 and alt[0] == "[" and alt[3] == "]" and alt[1].isalpha() and alt[2].isalpha():
            firsts, rest = alt[1:3], alt[4:]
        else:
            firsts, rest = alt[0], alt[1:]
        for ch in firsts:
            groups.setdefault(ch, []).append(rest)
    return "|".join(f"{re.escape(ch)}(?:{_trie(rests)})" for ch, rests in sorted(groups.items()))


_QUANTIFIERS = frozenset("?*+{")


def _lead(alt: str) -> tuple[str, str] | None:
    """The first character an alternative matches exactly once, written on its own, and the rest of the
    alternative: ``c…`` (a letter or digit), ``[Xx]…`` (a letter in either case) or ``(?i:c…)`` (a group
    ignoring case that is the whole alternative, without a ``|`` of its own), followed by no quantifier, in an
    alternative without a ``|`` outside its groups; ``None`` otherwise. The lead and the rest written one after the other are the alternative."""
    if alt[:1].isascii() and alt[:1].isalnum():
        head, rest, after = alt[0], alt[1:], alt[1:2]
    elif len(alt) > 3 and alt[0] == "[" and alt[3] == "]" and alt[1].isalpha() and alt[1].swapcase() == alt[2]:
        head, rest, after = alt[:4], alt[4:], alt[4:5]
    elif (alt.startswith("(?i:") and alt.endswith(")") and alt[4:5].isascii() and alt[4:5].isalnum()
          and ("(" not in alt[1:] and ")" not in alt[:-1] and "|" not in alt  # the usual (?i:word\s+word)
               or _closing(alt, 0) == len(alt) - 1 and "|" not in _top_level(alt[4:-1]))):
        head, rest, after = f"(?i:{alt[4]})", "" if len(alt) == 6 else f"(?i:{alt[5:]}", alt[5:6]
    else:
        return None
    if after and after in _QUANTIFIERS or "|" in alt and "|" in _top_level(alt):
        return None  # a | outside any group: the first character belongs to the first branch only
    return head, rest


def _class_end(alt: str, i: int) -> int:
    """Where the character class opened at ``alt[i]`` closes (its ``]``; ``len(alt)`` if it does not): a ``]`` right
    after ``[`` or ``[^`` is a member, escapes are skipped."""
    j = i + 1 + alt.startswith("^", i + 1)
    j += alt.startswith("]", j)
    while j < len(alt) and alt[j] != "]":
        j += 2 if alt[j] == "\\" else 1
    return j


def _closing(alt: str, i: int) -> int:
    """Where the group opened at ``alt[i]`` closes (escapes and character classes skipped); -1 if it does not."""
    depth, j = 0, i
    while j < len(alt):
        c = alt[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(alt, j)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    return -1


def _top_level(alt: str) -> str:
    """``alt`` without its groups, escapes and character classes: what is left is at its top level."""
    out, j = [], 0
    while j < len(alt):
        c = alt[j]
        if c == "\\":
            j += 2
            continue
        if c == "(":
            end = _closing(alt, j)
            if end < 0:
                return "|"  # not understood: as if it had a | of its own
            j = end + 1
            continue
        if c == "[":
            j = _class_end(alt, j) + 1
            continue
        out.append(c)
        j += 1
    return "".join(out)


def _trie(alts: list[str]) -> str:
    """The alternation of ``alts`` for a guard (a lookahead: only whether one of them matches counts, not which),
    with the alternatives that start with the same character (:func:`_lead`) written once behind it, level by
    level: the regex engine tries each alternative of an alternation in turn, and a character shared by forty
    alternatives (``t`` of ``the …``, ``this …``, ``today`` …) is then compared once, not forty times. An
    alternative that ends where another goes on makes the longer one needless (``Jan`` passes wherever
    ``January`` does)."""
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for alt in dict.fromkeys(alts):
        lead = _lead(alt) if alt else None
        if lead is None:
            others.append(alt)
        else:
            groups.setdefault(lead[0], []).append(lead[1])
    out = []
    for head, rests in groups.items():
        if "" in rests:
            out.append(head)
        elif len(rests) == 1:
            out.append(head + rests[0])
        else:
            out.append(f"{head}(?:{_trie(rests)})")
    return "|".join(out + others)


ZH_ERAS: dict[str, int] = {
    # Qing
    "順治": 1644, "康熙": 1662, "雍正": 1723, "乾隆": 1736, "嘉慶": 1796, "道光": 1821, "咸豐": 1851, "同治": 1862,
    "光緒": 1875, "宣統": 1909,
    # Ming
    "洪武": 1368, "建文": 1399, "永樂": 1403, "洪熙": 1425, "宣德": 1426, "景泰": 1450, "天順": 1457, "成化": 1465,
    "弘治": 1488, "正德": 1506, "嘉靖": 1522, "隆慶": 1567, "萬曆": 1573, "泰昌": 1620, "天啟": 1621, "崇禎": 1628,
    # Tang and Song, the best known
    "武德": 618, "貞觀": 627, "永徽": 650, "神龍": 705, "開元": 713, "天寶": 742, "大曆": 766, "貞元": 785, "元和": 806,
    "慶曆": 1041, "熙寧": 1068, "元豐": 1078, "元祐": 1086, "靖康": 1126, "紹興": 1131}
"""Imperial reign eras and their first Gregorian year: 康熙二十年 is 1662 + 20 - 1 = 1681 (元年 is the first year).
Read only before a numbered year (康熙三年), where the names are no other word."""
_ERA_FIRSTS = "".join(sorted({w[0] for w in ZH_ERAS}))


ZH_LUNAR_MARKERS = ("農曆", "陰曆")
"""Words that mark a month-day as lunar (農曆八月十五)."""
ZH_LUNAR_LEAP = "閏"
"""Before a lunar month, its leap month (農曆閏六月初一, 閏二月: the month repeated after its namesake in a lunar
year of thirteen months); it marks the month as lunar by itself."""

FAMILY_GUARDS: dict[str, str] = {
    "digit": r"(?<![0-9])(?=\d+\s?(?:[年月日號財世多個季代天週周星禮學QHqh/\-.~至到—–'s:〇零○、，·•・‧]|小時|分鐘|st|nd|rd|th|\s?[A-Za-z])|(?:1[5-9]|2\d)\d\d(?!\d)|(?:19|20)\d{6}(?!\d)|\d{1,2}(?:st|nd|rd|th)?,\s?\d)",
    "cn": "",  # read from the word tables at the end of this module (:func:`_cn_guard`)
    "cjk": "",  # read from the word tables at the end of this module (:func:`_cjk_guard`)
    "latin": (r"(?=[A-Za-z])(?<![A-Za-z])(?=" + _latin_guard(LATIN_OPENERS)
              + rf"|(?:{_trie(list(_PREP_WORDS))})[\s-]+(?:{_trie(_PREP_OBJECT_ALTS)}))"),  # LATIN_PREP_OPENER
    "quote": r"(?=')",
}
POSSESSIVE_AFTER = re.compile(r"['’]s\s+[a-z]")
"""A possessive after a time told from the article date (``next summer's edition``, ``last year's report``): a year
or a season (:data:`POSSESSIVE_UNFOCUSED`) qualifies a noun there and does not move the narrative to it; a day does
(``Tuesday's vote … The next day``)."""
POSSESSIVE_UNFOCUSED = frozenset({"year", "season"})
STAMP_OPENERS = ("【", "[", "**", "__")
"""What may stand before an update's clock time opening its line (``【09:30】``, ``**09:30**``)."""
STAMP_CLOCK = (r"(?P<sth>[01]?\d|2[0-3])(?:[:：]|\.(?=\d\d[ \t]?[AaPp]\.?[Mm])|[时時点點](?=[0-5]?\d分))"
               r"(?P<stm>[0-5]\d|(?<=[时時点點])\d(?=分))分?(?![:\d])")
"""An update's clock time: ``10:32``, ``10：32``, ``10.32`` (a dot only before am/pm), ``9时10分``."""
STAMP_AFTER = (r"(?P<stapm>[ \t]*(?P<stap>[AaPp])\.?[Mm]\.?(?![A-Za-z]))?(?:[】\]]|\*\*|__)?"
               r"(?=[ \t\u3000]*(?:\n[ \t\u3000]*)?[^\s\d])")
"""What follows an update's clock time: am/pm, the closing bracket or bold, then its text on the line or the next."""
STAMP_LINE_START = r"(?:(?<![^\n])|(?<=[ \t\u3000【\[*_]))"
"""What may stand right before an update's clock (a lookbehind: the mention starts at the clock); that only blanks
and one of :data:`STAMP_OPENERS` stand between the line's start and the clock is checked by the rule
(:data:`STAMP_PREFIX`)."""
STAMP_PREFIX = r"[ \t\u3000]*(?:【|\[|\*\*|__)?"
"""The whole of a line before an update's clock: blanks, then one of :data:`STAMP_OPENERS`."""
STAMP_LINE = (r"(?:^|\n)[ \t\u3000]*(?:[【\[]|\*\*|__)?" + STAMP_CLOCK + STAMP_AFTER)
"""A whole line opening with an update's clock time (counted: two or more make the clocks updates)."""

RULE_STARTS: dict[str, tuple[str, ...]] = {
    "zh_fiscal": ("digit", "cjk"), "zh_month_event": ("digit", "cn", "cjk"), "zh_festival_span": ("digit", "cn", "cjk"), "zh_decade": ("digit", "cn", "cjk"), "zh_festival": ("digit", "cn", "cjk"),
    "zh_lunar_date": ("digit", "cn", "cjk"), "zh_date": ("digit", "cn", "cjk"), "zh_ago": ("digit", "cn", "cjk"),
    "zh_compound_ago": ("digit", "cn"), "zh_months_ended": ("digit", "cn", "cjk"), "zh_thence": ("cjk",),
    "zh_year2": ("digit",), "zh_bare_part": ("digit", "cn", "cjk"), "zh_bare_month_part": ("cjk",),
    "zh_recent": ("cjk",), "zh_day_rel": ("cjk",), "zh_week_rel": ("cjk",), "zh_weekday": ("cjk",),
    "zh_quarter_rel": ("cjk",), "zh_same_day": ("cjk",), "zh_day_paren": ("cjk",), "zh_nth_day": ("cjk",), "zh_md_clock": ("digit",), "zh_md_short": ("digit",), "zh_dotted_span": ("digit",), "zh_weekend": ("cjk",), "zh_same_period": ("digit", "cn", "cjk"), "zh_plan": ("cn",), "zh_two_years": ("cjk",), "zh_two_days": ("cjk",), "zh_quarter_span": ("digit", "cn", "cjk"), "zh_season": ("cjk",), "zh_within": ("cjk",), "zh_years_ago_today": ("digit", "cn", "cjk"), "zh_split_year": ("digit",), "zh_next_span": ("cjk",), "en_weekday": ("latin", "digit"), "en_holiday": ("latin", "digit"), "en_part_of": ("latin",), "zh_month_span": ("digit", "cjk"), "zh_day_only": ("digit", "cn"), "zh_numeric_date": ("digit",), "zh_half_rel": ("cjk",), "en_numeric_date": ("digit",), "en_mon_numeric": ("digit", "latin"), "en_spelled_day": ("latin",), "en_month_day_only": ("latin", "digit"),
    "en_fiscal": ("latin",), "en_fiscal_rel": ("latin",), "en_fiscal_end": ("latin",), "en_months_span": ("latin", "digit"), "en_month_range": ("latin",), "en_month_relyear": ("latin",), "en_fiscal_pre": ("latin", "digit"),
    "en_story_day": ("latin",), "en_nth_day_today": ("latin",), "en_vote_day": ("latin",), "en_year_ago_period": ("latin",), "en_nth_weekday": ("latin", "digit"), "en_range": ("digit", "latin"), "en_decade": ("digit", "latin", "quote"),
    "en_century": ("digit", "latin"), "en_quarter": ("digit", "latin"), "en_monthname": ("digit", "latin"),
    "en_ago": ("digit", "latin"), "en_rel": ("latin",), "en_day_rel": ("latin", "digit"), "year": ("digit", "latin"),
    "en_day_offset": ("digit", "latin"), "en_compound_ago": ("digit", "latin"), "en_rel_month_day": ("digit", "latin"),
    "en_weekday_day": ("latin",), "en_num_month": ("digit", "latin"), "en_date_spelled_year": ("digit", "latin"),
    "en_nth_month": ("digit", "latin"), "en_week_weekday": ("latin",), "en_after_next": ("latin",), "en_last_day_of": ("latin", "digit"), "en_rel_numeric_date": ("latin",), "en_calendar_year": ("latin",), "en_numeric_range": ("digit",),
    "en_apos_year": ("quote",), "en_season": ("latin",), "en_spelled_year": ("latin",), "en_the_quarter": ("latin",), "en_the_year": ("latin",), "en_year_end": ("latin",), "en_clock_date": ("digit", "latin"), "en_month_short_year": ("digit", "latin"), "en_week_of_month": ("latin",), "en_last_n": ("latin",),
    "en_the_weekend": ("latin",), "en_rel_year_part": ("latin",), "en_period_ended": ("latin",),
    "en_list_day": ("digit",), "en_year_told": ("digit", "latin"), "en_ctime": ("latin",), "clock_stamp": ("digit",), "en_event_offset": ("digit", "latin"), "en_clock_offset": ("digit", "latin"),
}


ZH_SPAN_SEPARATORS = ("——", "—", "–", "-", "~", "－", "至", "到")
"""What separates the two ends of a Chinese range told in numbers (1—5月, 2018年2——4月, 3月5至7日, 1月3至2月10)."""
ZH_RANGE_AND = re.compile(r"[ \t]?(?:與|和|及|跟)[ \t]?")
ZH_RANGE_BETWEEN_AFTER = re.compile(r"[ \t]?之?間")
"""``A與B之間``, ``A和B間`` (between A and B): one range mention A/B, as ``A至B`` (the 與 read only when 間 follows B)."""
ZH_UNTIL_NOW_WORDS = ("至今", "今")
"""The open end of a résumé's span (2019.10—至今, 2019.10-今): until now."""
ZH_SPAN_QUALIFIES = re.compile(r"(?:期間|期间|之間|之间|間|间)?[^，,。；;！？\n]{0,8}?的")
"""After a span of years (2027年至2029年), what makes it qualify a noun (間生產的車, 期間出廠的): no narrative time."""
RANGE_SEP = re.compile(r"[ \t]?(?:起?至|到|——|—|–|-|~|－)[ \t]?")
RANGE_DAY = re.compile(r"[ \t]?(?:至|到|——|—|–|-|~)[ \t]?(?P<d>3[01]|[12]\d|0?[1-9](?!\d)|三十一?|二十[一二三四五六七八九]?"
                        r"|廿[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[ \t]?[日號]")
EN_RANGE_SEP = re.compile(r"\s+(?P<w>to|through|thru|until|till|and)\s+(?:the\s+)?")
EN_RANGE_PRE = re.compile(r"(?P<w>[Ff]rom|[Bb]etween)\s+$")
YEARLESS_DATE_RULES = frozenset({"zh_date", "en_monthname", "en_numeric_date", "en_mon_numeric", "en_spelled_day",
                                 "en_clock_date"})
"""Rules whose mention, told without a year, is a calendar date placed in a year by the tense (``March 3``,
``3月5日``): the first end of a range takes the year its last end tells (``from March 3 to April 5, 2024``), where
a day told from the article date does not (``from next Friday to Oct 1st 2020``)."""
DEICTIC_OPENER = re.compile(r"(?:[Tt]his|[Ll]ast|[Nn]ext|[Cc]oming|[Pp]ast|[Pp]revious|[Tt]he\s+(?:last|next|coming|past|previous))\s")
"""A word before a month that places it from the article date (``this May``, ``last March``): such a first end of
a range keeps its year (``from this May to Oct 2020``)."""
EXPLICIT_YEAR = re.compile(r"\d{4}|[〇零○一二三四五六七八九]{4}|[今去明前後本當同次翌]年")


UNTIL_NOW = re.compile(r"[ \t]?(?:至今|迄今|到現在|到目前為止)")
ZH_BARE_WEEKDAY = re.compile(r"(?:週|星期|禮拜)[一二三四五六日天]")
"""A weekday told without a week word before it (``週五``): as a range's last end (``上週一至週五``,
``下星期二至星期四``) it is the first such day after the range's start, in the week the start names (2026-12-05)."""
ZH_TIMETABLE = re.compile(
    r"(?:週|星期|禮拜)[一二三四五六日天][ \t]?(?:至|到|—|–|-|~)[ \t]?(?:週|星期|禮拜)?[一二三四五六日天][ \t]?"
    r"(?:凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚間|夜間|晚)?[ \t]?"
    r"(?:(?:2[0-4]|[01]?\d|二十[一二三四]?|十[一二三四五六七八九]?|[一二三四五六七八九兩零])[ \t]?[時點]|[01]?\d[:：][0-5]\d)")
"""A weekly timetable: a range of bare weekdays (no 本 / 下 / 上 before them) with a clock time after it
(``週一至週五上午9點至下午5點受理``, opening hours): no date, none of its words is placed (2026-12-05, issue 13)."""
ZH_CLOCK_RANGE_END = re.compile(
    r"[ \t]?(?:至|到|——|—|–|-|~)[ \t]?"
    r"(?P<pd>凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚間|夜間|深夜|半夜|晚(?=[ \t]?[\d一二三四五六七八九十兩]))?[ \t]?"
    r"(?:(?P<h>2[0-4]|[01]?\d|二十[一二三四]?|十[一二三四五六七八九]?|[一二三四五六七八九兩零])[ \t]?[時點](?:鐘|整)?"
    r"(?:[ \t]?(?P<m>[0-5]?\d|[一二三四五]?十[一二三四五六七八九]?|[一二三四五六七八九])[ \t]?分|(?P<half>半)"
    r"|[ \t]?(?P<q>[一三13])[ \t]?刻|(?<=點)(?P<mb>[0-5]\d|[二三四五]十[一二三四五六七八九]?|十[一二三四五六七八九]|[零〇][一二三四五六七八九])"
    r"(?![\d〇零○一二三四五六七八九十廿卅兩分]))?"
    r"|(?P<ch>[01]?\d|2[0-3])[:：](?P<cm>[0-5]\d)(?![\d:：]))")
"""The second end of a clock range told after a day's clock time, as a bare clock (``3月20日凌晨兩點到四點``,
``上午9時至11時半``, ``下午2:00-4:30``, ``晚10點至凌晨2點``): read with the first end's day into one mention ``A/B``
(a bare clock alone is no mention). Its part of day, else the first end's afternoon, sets the hour; an end not
after the first is on the next day (2026-12-05, issue 13)."""


def en_range_words_agree(sep: str, pre: str) -> bool:
    """``between A and B`` and ``from A to B`` are ranges; ``between A to B``, ``from A and B`` are not."""
    return (sep == "and") == (pre.lower() == "between")


# ------------------------------------------------------------------------------------------ Chinese word lists
# Each list is declared once, here, beside what it means; rules_zh builds its patterns from these tables (in the
# order given: at one position the first alternative that matches wins) and its normalizers read the same
# tables. A guard (a lookahead or lookbehind) keeps a word from matching inside a longer word that is no date.
# Written in Traditional script: Simplified text is folded to it before matching (numerals.fold).


def alternation(words: Iterable[str], guards: dict[str, str] | None = None,
                before: dict[str, str] | None = None) -> str:
    """``w1|(?<!y)w2(?!x)|...``: the words in the order given, each preceded by its guard from ``before`` (a
    lookbehind) and followed by its guard from ``guards`` (a lookahead)."""
    guards, before = guards or {}, before or {}
    return "|".join(f"{before.get(w, '')}{w}{guards.get(w, '')}" for w in words)


def word_trie(words: Iterable[str]) -> str:
    """One pattern matching any of ``words``, the longest where several match (a word that is the start of another
    makes the rest optional and greedy: 復活節(?:星期一|前夜)?), shared starts written once: a long word list
    (:data:`lunar.FESTIVALS`) costs a step per character at a position instead of one try per word."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        kids = [(ch, sub) for ch, sub in sorted(node.items()) if ch]
        if not kids:
            return ""
        alts = [re.escape(ch) + emit(sub) for ch, sub in kids]
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


ZH_DAY_UNITS = "日號"
"""The characters that close a day of the month (14日, 十四號)."""
CODE_LABELS = ("代號", "代号", "代碼", "代码", "編號", "编号", "編碼", "编码", "號碼", "号码", "型號", "型号", "股號", "股号",
               "車次", "车次", "航班號", "航班号", "stock code")
"""Labels after which a four-digit number is a code, not a year (``（股份代號：1873）``, ``編號2019的文件``); read on
the folded text, listed in both scripts."""
ZH_HOUR_UNITS = "時點"
"""The characters that close a clock hour (8點, 十時)."""
ZH_BARE_MINUTE_NOT_BEFORE = "分秒萬億元個人家位名度倍%％"
"""What must not follow the minutes told after 點 without 分 (``9點20``): a unit makes the number a count (``8點20萬``
is no clock time; ``8點20分`` is read with its 分)."""
ZH_WEEK_CHARS = "週周"
"""The characters of a week (第三週; 周 is folded to 週, both are listed for text read unfolded)."""
ZH_BARE_PART_NOT_AFTER = "每兩幾多年今去明本當同"
"""Characters (besides numerals and digits) after which 年初, 上半年 or 第三季度 is part of a longer expression
(每年初, 今年初 and 兩年初 are read by the date and count rules), not the article's own year's part."""
ZH_SHOW_SEASON_AFTER = ("拍攝", "拍摄", "開拍", "开拍", "播出", "開播", "开播", "首播", "劇", "剧", "節目", "节目",
                        "續訂", "续订", "定檔", "定档", "預告", "预告", "上映", "第")
"""Words after a bare ``第N季`` (no 度) that make it a season of a show, not a quarter (``第二季拍攝計劃``, ``第三季開播``,
``第二季第5集``; 2026-12-05, issue 13)."""
ZH_BARE_QUARTER_NOT_AFTER = "前每個"
"""What may not stand before a bare quarter (前三季度 is a range of the year told, 每季度 a frequency, 三個季度 a
count)."""
ZH_BARE_MONTH_PART_NOT_AFTER = "每個月"
"""What may not stand before a bare 月底 or 上旬 (每月底, 三個月底, 2月底 is read with its month)."""
ZH_DAY_LIST_SEPARATORS = "、,，"
"""What separates the days of a list that shares one 日 (``18、19日``)."""
ZH_CLAUSE_END = "，,。；;！!？?、)）」』"
"""Punctuation that ends a clause (what may follow a day told in digits without 日: ``1月3，``)."""
CN_DIGIT_CHARS = "〇零○一二三四五六七八九"
"""Chinese characters that spell one digit (a year is spelled digit by digit: 二〇一四, 一九九０)."""
CN_NUM_CHARS = "〇零○一二三四五六七八九十廿卅兩"
"""Characters a Chinese numeral may be made of (what may not stand right before one)."""
CN_1_9 = "一二三四五六七八九"
"""The Chinese numerals one to nine."""
CN_VAGUE_COUNT_CHARS = "幾數"
"""Numerals of a count that names no number (幾年前, 數月後): such a count is not placed."""
CN_COUNT_CHARS = CN_1_9 + "十兩" + CN_VAGUE_COUNT_CHARS
"""Characters of a small count told in Chinese (三, 十二, 兩, 幾, 數: 三年前, 幾個月後)."""
CN_MONTH_CHARS = CN_1_9 + "十"
"""Characters of a month (or a day below 20) in Chinese numerals (十二月)."""
CN_DAY_CHARS = CN_MONTH_CHARS + "廿卅"
"""Characters of a day of the month in Chinese numerals (二十二, 廿三, 卅一)."""
CN_DECADE_CHARS = "〇零" + CN_MONTH_CHARS
"""Characters a decade's number starts with (八十年代, 一九八０年代)."""
CN_ROC_CHARS = "〇零" + CN_MONTH_CHARS + "百"
"""Characters of a Republic of China year (民國一一四年, 民國一百一十四年)."""
ZH_MONTH_NUM = rf"十[一二]?|[{CN_1_9}]"
"""A month 1-12 in Chinese numerals."""
ZH_DAY_NUM = rf"三十一?|二十[{CN_1_9}]?|廿[{CN_1_9}]?|十[{CN_1_9}]?|[{CN_1_9}]"
"""A day of the month 1-31 in Chinese numerals (read with numerals.cn_int)."""
ZH_DAY_NUM_TENS = rf"三十一?|二十[{CN_1_9}]?|廿[{CN_1_9}]?|十[{CN_1_9}]"
"""A day of the month 10-31 in Chinese numerals (a bare single digit + 日 is too often no date)."""

ZH_YEAR_WORDS: dict[str, tuple[str, int]] = {
    # a year of account told with 度 (明年度總預算, 本年度), and the third year back or ahead (大前年, 大後年): before
    # the words they start with, since the pattern tries the words in this order
    "今年度": ("ref", 0), "本年度": ("ref", 0), "明年度": ("ref", 1), "去年度": ("ref", -1), "大前年": ("ref", -3),
    "大後年": ("ref", 3),
    "今年": ("ref", 0), "去年": ("ref", -1), "明年": ("ref", 1), "前年": ("ref", -2), "後年": ("ref", 2),
    "本年": ("ref", 0), "當年": ("focus", 0), "同一年": ("focus", 0), "同年": ("focus", 0), "次年": ("next", 1),
    "翌年": ("next", 1), "該年": ("focus", 0), "那一年": ("focus", 0), "那年": ("focus", 0),
    "這一年": ("narrated", 0), "這年": ("narrated", 0), "上年": ("ref", -1), "下年": ("ref", 1), "隔年": ("next", 1),
    "前一年": ("prev", -1), "上一年": ("prev", -1), "新的一年": ("ref", 0), "新一年": ("ref", 0),
    "第二年": ("next", 1),
}
"""Year words and how their year is found: ``ref`` = the article's year plus the offset; ``focus`` = the year just
narrated (當年, 同年); ``narrated`` = the year the narrative stands in (這一年); ``next`` = the year after the one just
narrated (次年); ``prev`` = the year before the one just narrated, else before the article's (前一年)."""
ZH_YEAR_GUARDS = {"後年": "(?!天)", "這年": "(?!頭)", "上年": "(?![紀齡級])", "下年": "(?![紀齡級])",
                  "上一年": "(?![半多])", "前一年": "(?![半多])"}
ZH_YEAR_GUARDS_BEFORE = {"上一年": "(?<!馬)", "上年": "(?<!馬)"}
"""後天 is a day, 這年頭 "these days", 上年紀 "getting old"; 馬上一年半 is "right away, a year and a half" (上一年
before 半 or 多, or after 馬, is no year)."""
ZH_REF_YEARS = tuple(w for w, (kind, _) in ZH_YEAR_WORDS.items() if kind == "ref")
"""The year words told from the article's own year."""

ZH_MONTH_WORDS: dict[str, tuple[str, int]] = {
    "上上個月": ("ref", -2), "下下個月": ("ref", 2), "上一個月": ("ref", -1), "上個月": ("ref", -1), "上月": ("ref", -1), "本月": ("ref", 0), "這個月": ("ref", 0),
    "今個月": ("ref", 0),
    "這月": ("ref", 0), "下一個月": ("ref", 1), "下個月": ("ref", 1), "下月": ("ref", 1), "當月": ("focus", 0),
    "同月": ("focus", 0), "次月": ("focus", 1), "隔月": ("focus", 1),
}
"""Month words: ``ref`` = the article's month plus the offset; ``focus`` = the month just narrated plus the offset."""
ZH_MONTH_PAREN = "".join(w[0] for w, (kind, _) in ZH_MONTH_WORDS.items() if len(w) == 2 and kind == "ref")
"""The month words Taiwan news writes with the month's number inside (本（2）月20日, 上(1)月): the first character
of each two-character ``X月`` of :data:`ZH_MONTH_WORDS` told from the article's month."""

ZH_PART_MOD: dict[str, Mod] = {"初": "START", "中": "MID", "底": "END", "末": "END", "尾": "END", "頭": "START",
                               "伊始": "START"}
"""Part words after a year or a month (年初, 月中, 年底, 2022年伊始) and the part they name (a quarter takes
:data:`ZH_QUARTER_PARTS`)."""
ZH_NOT_ZHONG = "國華文央心東部外共資方期段小大間級旬美日韓企科學層階等醫藥"
"""What 中 must not be followed by to be "the middle of" (年中國 is 年 + 中國)."""
ZH_YEAR_PART_GUARDS = {"中": f"(?![{ZH_NOT_ZHONG}])", "尾": "(?![牙款數])", "頭": "(?![條版號像發部等])"}
ZH_MONTH_PART_GUARDS = {"初": f"(?![{CN_1_9}十])", **ZH_YEAR_PART_GUARDS}
"""A month's 初 must not start a day (十月初一 is a day)."""
ZH_QUARTER_PART_GUARDS = {"初": "(?![步期次衷選賽審級稿])", "末": "(?![期尾])", "底": "(?![線價部氣層薪牌])"}
ZH_HALF_YEAR: dict[str, int] = {"上半年": 1, "下半年": 2, "前半年": 1, "後半年": 2}
"""Half-year words and the half they name."""
ZH_XUN: dict[str, tuple[int, int]] = {"上中旬": (1, 2), "中上旬": (1, 2), "中下旬": (2, 3), "上旬": (1, 1), "中旬": (2, 2), "下旬": (3, 3)}
"""旬 words (a month's thirds) and the first and last third they cover."""
ZH_HALF_MONTH: dict[str, bool] = {"上半月": False, "下半月": True}
"""Half-month words; ``True`` for the second half."""
ZH_ERA_PART_MOD: dict[str, Mod] = {
    "初期": "START", "初": "START", "中期": "MID", "中葉": "MID", "中": "MID", "末期": "END", "末": "END",
    "後期": "END", "前期": "START", "上半葉": "START", "前半葉": "START", "下半葉": "END", "後半葉": "END"}
"""Part words after a decade or a century (八十年代末, 上世紀中葉)."""
ZH_DECADE_PARTS = ("初期", "初", "中期", "中葉", "中", "末期", "末", "後期", "前期")
ZH_CENTURY_PARTS = ("初期", "初", "中葉", "中期", "末期", "末", "上半葉", "前半葉", "下半葉", "後半葉")
"""The part words of :data:`ZH_ERA_PART_MOD` a decade (八十年代末) and a century (上世紀中葉) take, in matching
order (a longer word before its prefix)."""
ZH_CENTURY_WORDS: dict[str, int] = {"上個世紀": 0, "上世紀": 0, "本世紀": 1}
"""Words for a century counted from the article's year: the offset added to ``year // 100`` (上世紀 in 2026 is
the 20th century, 19XX; 本世紀 the 21st)."""
ZH_DECADE_CENTURY_WORDS = ("上個世紀", "上世紀")
"""Those of :data:`ZH_CENTURY_WORDS` that may stand before a decade (上世紀90年代)."""
ZH_QUARTER_PARTS = ("初", "末", "底")
"""The part words of :data:`ZH_PART_MOD` a quarter takes (一季度末, 本季度初)."""
ZH_BARE_PARTS = ("初", "中", "底", "末", "尾", "伊始")
"""The part words of :data:`ZH_PART_MOD` told after a bare 年 or 月 (年初, 月底, 年伊始)."""
ZH_BARE_YEAR_START = ("新年伊始",)
"""Words for the start of the article's own year told without a year (新年伊始: as the year begins)."""
ZH_BARE_MONTH_PART_GUARDS = {"月中": "(?![心])"}
"""月中 before 心 is 月中心, no date."""

ZH_MOD_AFTER: dict[str, Mod] = {
    "左右": "APPROX", "前後": "APPROX", "以來": "AFTER", "之前": "BEFORE", "以前": "BEFORE", "之後": "AFTER",
    "以後": "AFTER", "前夕": "BEFORE", "前": "BEFORE", "後": "AFTER", "起": "AFTER",
    "或之後": "AFTER", "或以後": "AFTER", "及以後": "AFTER", "或之前": "BEFORE", "或以前": "BEFORE", "及以前": "BEFORE"}
"""Words after a time that make it approximate, a start or an end (2020年前後, 2023年以來, 2020年之前, 2016年12月1日
或之後: on or after)."""
ZH_MOD_AFTER_GUARDS = {"前": rf"(?![{CN_1_9}十兩幾\d年往])", "後": rf"(?![{CN_1_9}十兩幾\d年])",
                       "起": r"(?=[，,。、；;\s]|$)"}
"""前/後 before a number or 年 start another expression (前三季度), 前往 is "go to" (7月7日前往深圳: on the 7th); 起
marks a start only at a clause end."""
ZH_APPROX_BEFORE = ("大約", "大概", "約莫", "大致", "約")
"""Words before a time that make it approximate."""

ZH_DAY_WORDS: dict[str, int] = {
    "昨天": -1, "今天": 0, "明天": 1, "大大前天": -4, "大前天": -3, "前天": -2, "昨日": -1, "今日": 0, "明日": 1,
    "今晨": 0, "今早": 0, "今晚": 0, "昨晚": -1, "昨夜": -1, "大大後天": 4, "大後天": 3, "大後日": 3, "大前日": -3,
    "本日": 0, "後天": 2, "後日": 2, "前日": -2, "尋日": -1, "聽日": 1,
    "前晚": -2, "明晚": 1, "明早": 1, "明晨": 1, "昨晨": -1, "昨早": -1, "今夜": 0}
"""Day words and their offset from the article's day (前日/後日: the day before yesterday / after tomorrow, as Hong
Kong and Taiwan news write them; 尋日/聽日: yesterday/tomorrow in Cantonese)."""
_NOT_DAY_AFTER = "本軍韓圓元子期程語文式常方籍報"
ZH_DAY_GUARDS = {"今日": "(?!頭條)", "明日": "(?!之)", "後天": "(?!的|性|努力|養成|形成|習得|因素|培養|學習|環境|條件|失調)",
                 "後日": f"(?![{_NOT_DAY_AFTER}談])", "前日": f"(?![{_NOT_DAY_AFTER}])",
                 "尋日": "(?![本軍韓])", "聽日": "(?![本軍韓語文])"}
ZH_DAY_GUARDS_BEFORE = {"後天": "(?<![先和與及])", "後日": "(?<![之以然隨最事此其午先前落往])",
                        "前日": "(?<![之以目提事此其午先當空從史生節假一二三四五六七八九十幾數多\\d])",
                        "前晚": "(?<![之以目提事此其午先當空從史生節假一二三四五六七八九十幾數多\\d])"}
"""後天 is also "acquired" (先天和後天, 後天因素); 前日/後日 must not be the end of another word (目前, 之後, 節日前) nor
start one (前日本, 後日談)."""
ZH_DAY_PAREN: dict[str, int] = {w[0]: off for w, off in ZH_DAY_WORDS.items() if len(w) == 2 and w[1] == "日"}
"""The day words that Taiwan news writes with the day's number inside (今（18）日, 昨(17)日, 明（19）日): the first
character of each ``X日`` of :data:`ZH_DAY_WORDS` and its offset."""
ZH_DAY_PAREN_OPEN = "（("
ZH_DAY_PAREN_PARTS = {"晨": "MO", "夜": "NI"}
ZH_DAY_PAREN_PART_GUARDS = {"夜": "(?![間间裡里晚市店班])"}
"""One-character parts of day written right after the bracket (今（5）晨, 昨（4）夜): that day's morning, night (not
夜市, 夜班)."""
ZH_YEAR_PAREN = "".join(w[0] for w, (kind, _) in ZH_YEAR_WORDS.items() if len(w) == 2 and w[1] == "年" and kind == "ref")
"""The year words Taiwan news writes with the year's number inside (去（2025）年, 今(115)年: a Gregorian or a Republic
of China year): the first character of each ``X年`` of :data:`ZH_YEAR_WORDS` told from the article's year."""
"""The brackets that open the day's number (full-width or not)."""
ZH_SAME_DAY_WORDS: dict[str, int] = {
    "當天": 0, "當日": 0, "當晚": 0, "同日": 0, "同一天": 0, "次日": 1, "翌日": 1, "隔天": 1, "前一天": -1, "前一日": -1,
    "翌晨": 1, "次晨": 1}
"""Words for the day just narrated and their offset from it."""
ZH_NTH_DAY_MAX = 30
"""The largest n of a story's n-th day (第三天) read as a day; a larger count is rather a span of its own."""
ZH_NTH_DAY_EVENT_BEFORE = ("的", "進入", "入")
"""Words before 第N天 that count it from an event the text may not date (會議的第三天, 罷工進入第三天)."""
ZH_SPAN_BEFORE = ("為期", "为期", "連續", "连续", "一連", "一连", "長達", "长达", "歷時", "历时", "持續", "持续")
"""Words that tell a span of days (展覽為期三天，第三天…): a 第N天 after them in the sentence counts from the span's
untold first day, not from the article's; read on the folded text, listed in both scripts."""
ZH_NTH_DAY_OPENERS = "在於于到至是即而則则也都就又再才"
"""Han characters after which 第N天 still opens a clause of the story (到第三天, 在第二天上午). After any other Han
character it is glued to the word of an event and counts from that event's first day, which the text may not have
told (上映第十八天, 會議第四天, 假期第三天): an ordinal count, never placed (2026-12-05)."""
ZH_NTH_DAY_NOT_AFTER = "從自每"
"""What must not stand right before 第N天 for it to be a day of the story (從第一天開始: from day one)."""
ZH_NTH_DAY_NOT_BEFORE = ("內", "以", "起", "開始", "就")
"""What must not follow 第N天 for it to be a day of the story (第三天內, 第三天起: a span, not the day)."""
ZH_WEEKDAY_LIST_SEP = "、"
ZH_WEEKDAY_LIST_END = r"(?:[兩二]天|[，,。；;（(）)\s]|$)"
"""A second weekday after a weekday and 、 (本週六、日兩天, 週五、六（12、13日）) is a day of the same week, one range with
the first, where the list ends there (a clause end, a bracket, 兩天): not 週六、日本 (Japan)."""
ZH_LAST_WORDS = ("最後",)
"""Before 一週 / 一個星期五 after a month (12月最後一週): its last week or weekday."""
ZH_WEEKDAYS: dict[str, int] = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
"""Weekday names after 週/星期/禮拜, Monday = 0."""
ZH_WEEK_WORDS = ("週", "星期", "禮拜")
ZH_PERIOD_PREFIXES: dict[str, int] = {
    "上上個": -2, "上上": -2, "下下個": 2, "下下": 2, "上一個": -1, "上一": -1, "上個": -1, "上": -1, "下一個": 1, "下一": 1, "下個": 1, "下": 1, "這一個": 0, "這一": 0,
    "這個": 0, "這": 0, "本": 0, "今個": 0}
"""Words before a week, weekday, weekend or quarter and the offset they give (上週三, 下個季度, 這個禮拜, 上上週:
two weeks back)."""
ZH_WEEKDAY_AHEAD_PAST = 4
"""A weekday told with no prefix and no tense that lies this many days or more after the article day in the article's
(Monday-based) week is last week's (周日 / 周六 in a Monday story; 周三 in a Monday story stays this week's)."""
ZH_WEEKDAY_PREFIXES = ("上上個", "上上", "下下個", "下下", "上個", "上", "下個", "下", "本", "這個", "這")
"""The prefixes a weekday or weekend takes (上週三, 下週末)."""
ZH_QUARTER_PREFIXES = ("本", "上一個", "上一", "上個", "上", "下一個", "下一", "下個", "下", "這個", "這")
ZH_HALF_PREFIXES = ("上一個", "上個", "下一個", "下個", "這個")
"""The prefixes a half-year takes (上個半年: the previous half; 上半年 without 個 is the first half)."""
ZH_LIBAI_PREFIXES = ("上上個", "上上", "下下個", "下下", "上個", "上", "下個", "下", "這一個", "這一", "這個", "這", "本", "今個")
"""The prefixes 禮拜 (week) takes."""
ZH_WEEK_REL: dict[str, int] = {
    "上上週": -2, "下下週": 2, "上上個星期": -2, "下下個星期": 2, "上週": -1, "本週": 0, "這一週": 0, "這週": 0, "下週": 1, "上個星期": -1, "這個星期": 0, "下個星期": 1,
    "上星期": -1, "下星期": 1, "本星期": 0, "今個星期": 0, "上一週": -1, "下一週": 1, "上一個星期": -1, "下一個星期": 1}
"""Week words and their offset from the article's week (禮拜 forms are built with :data:`ZH_WEEK_PREFIXES`)."""
ZH_RECENT = ("近日", "近期", "日前", "近來", "前不久", "不久前")
"""Words for "lately": the article's month, approximately."""
ZH_RECENT_GUARDS = {"日前": r"(?<![\d一二三四五六七八九十幾數多節生念假期今昨明每當同首])"}
"""日前 after a number or a day word ends another expression (三日前, 節日前)."""
ZH_PARTS_OF_DAY: dict[str, str] = {
    "凌晨": "NI", "清晨": "MO", "早上": "MO", "早晨": "MO", "上午": "MO", "下午": "AF", "傍晚": "EV",
    "晚上": "EV", "晚間": "EV", "晚": "EV", "夜間": "NI", "深夜": "NI", "半夜": "NI", "午夜": "NI",
    "今晨": "MO", "今早": "MO", "今晚": "EV", "昨晚": "EV", "昨夜": "NI", "當晚": "EV",
    "前晚": "EV", "明晚": "EV", "明早": "MO", "明晨": "MO", "昨晨": "MO", "昨早": "MO", "今夜": "NI",
    "翌晨": "MO", "次晨": "MO"}
"""Chinese parts of day and their TIMEX3 codes (``中午``/``午間`` are the clock time 12:00, :data:`ZH_NOON`)."""
ZH_NOON = ("中午", "午間")
ZH_PM = ("下午", "傍晚", "晚上", "晚間", "晚", "今晚", "昨晚", "當晚", "前晚", "明晚")
"""Parts of day after which a clock hour below 12 is in the afternoon or evening (晚上8點 is 20:00)."""

ZH_FESTIVAL_SUFFIX_MOD: dict[str, tuple[Mod | None, int]] = {
    "當晚": (None, 0), "當天": (None, 0), "當日": (None, 0), "當夜": (None, 0), "夜": (None, 0), "期間": ("APPROX", 0),
    "前後": ("APPROX", 0), "前夕": ("BEFORE", 0), "假期": ("APPROX", 0), "長假": ("APPROX", 0), "小長假": ("APPROX", 0),
    "黃金週": ("APPROX", 0), "前一周": ("APPROX", -1), "前一週": ("APPROX", -1), "後一周": ("APPROX", 1),
    "後一週": ("APPROX", 1), "連假期間": ("APPROX", 0), "黃金週期間": ("APPROX", 0), "假期期間": ("APPROX", 0),
    "長假期間": ("APPROX", 0), "小長假期間": ("APPROX", 0), "連假": ("APPROX", 0), "之前": ("BEFORE", 0), "以前": ("BEFORE", 0), "之後": ("AFTER", 0), "以後": ("AFTER", 0),
    "以來": ("AFTER", 0), "過後": ("AFTER", 0), "前": ("BEFORE", 0), "後": ("AFTER", 0), "當週": (None, 0),
    "當周": (None, 0)}
"""Words after a festival name and what they make of it (the longest that follows wins: 黃金週期間 over 黃金週): its
own day (當晚), around it (期間), before or after it,
or (second field -1/1) the week before or after it (春節前一週)."""
ZH_FESTIVAL_SAME_WEEK = ("當週", "當周")
"""Suffixes of :data:`ZH_FESTIVAL_SUFFIX_MOD` that make the festival's week of it (中秋節當週: the ISO week of that
day)."""
ZH_FESTIVAL_SUFFIX_GUARDS = {"前": rf"(?![{CN_1_9}十兩幾\d])", "後": rf"(?![{CN_1_9}十兩幾\d])"}
ZH_FESTIVAL_PAST_SUFFIX = ("當晚", "當天", "當日", "當夜", "夜", "期間")
"""Festival suffixes that tell the festival as this year's, already happening or past (article dating)."""

ZH_LUNAR_MONTH_NAMES: dict[str, int] = {"正": 1, "臘": 12, "冬": 11}
"""Names of lunar months (正月, 臘月, 冬月); other lunar months are numbered like solar ones."""
ZH_LUNAR_MONTH_NOT_BEFORE = "初中底末上下旬"
"""What must not follow a marked lunar month told without its day (農曆六月初, 農曆六月上旬: a part of it, not read)."""
ZH_LUNAR_DAY_NUM = rf"初[{CN_1_9}十]|十[{CN_1_9}]|二十[{CN_1_9}]?|廿[{CN_1_9}]?|三十"
"""A day of a lunar month (初一 … 初十, 十一 … 十九, 二十/廿 …, 三十), told without 日."""

ZH_COUNT_UNITS: dict[str, str] = {
    "年": "year", "個月": "month", "個星期": "week", "星期": "week", "個禮拜": "week", "禮拜": "week", "周": "week",
    "週": "week", "天": "day", "日": "day", "個小時": "hour", "小時": "hour", "分鐘": "minute", "個季度": "quarter"}
"""Units counted in an offset (三年前, 兩個星期後, 10天後, 3小時前) and the unit they are."""
ZH_COMPOUND_FIRST_UNITS = ("年", "個月")
ZH_COMPOUND_SECOND_UNITS = ("個月", "個星期", "星期", "週", "周", "天", "日")
"""The units of :data:`ZH_COUNT_UNITS` an offset in two units is told in (兩年三個月前, 1個月21天前): the coarser
first, the finer second."""
ZH_FISCAL_QUARTER_WORDS = ("季度", "財季", "季")
"""Words for a quarter of a fiscal year (2025財年第三季度, 財年Q3 aside)."""
ZH_FISCAL_HALF_WORDS = ("年", "財年")
"""What may follow 上半/下半 after a fiscal year (2025財年上半財年)."""
ZH_UNIT_DAYS: dict[str, float] = {"week": 7, "day": 1, "hour": 1 / 24, "minute": 1 / 1440}
"""Days in one of the units below a month (an offset in hours or minutes is told as its day)."""

ZH_FESTIVALS_AFTER_DATE = ("除夕", "春節", f"大年初[{CN_1_9}十]", "元宵節?", "元旦", "國慶節?", "中秋節?", "端午節?",
                           "聖誕節?", "平安夜", "情人節", "冬至", "清明節?")
"""Festival names that may follow the month-day they fall on (2月16日除夕): the day stays the date told."""
ZH_FESTIVAL_DAY_SUFFIX = ("當晚", "當天", "當日", "夜")

ZH_FISCAL_YEAR_WORDS = ("財年", "財政年度", "會計年度")
ZH_FIRST_WORDS = ("首",)
"""Words for "the first" before a quarter word after a fiscal year (2026財年首季: its first quarter)."""
"""Words for a fiscal year (2025財年)."""
ZH_FESTIVAL_YEARS = ("今年", "去年", "明年", "前年", "當年", "同年")
"""The year words (:data:`ZH_YEAR_WORDS`) a festival takes (今年春節, 當年中秋)."""
ZH_SPAN_YEARS = ("今年", "去年", "前年", "明年")
"""The year words (:data:`ZH_YEAR_WORDS`) a month span takes (去年1-11月)."""
ZH_SAME_PERIOD_YEARS = ("去年", "上年", "前年")
"""The year words (:data:`ZH_YEAR_WORDS`) before 同期 (the same period a year or two earlier)."""
ZH_YEAR_DOC_AFTER = ("年報", "年报", "年度報告", "年度报告", "財報", "财报", "報告", "报告")
"""A year right before one of these names a document (``披露2025年年報``): it does not move the story into that year,
so a month-day told after it stays the article's (2026-12-05)."""
ZH_COMPARE_PREV_YEARS = ("上年", "上一年")
"""Year words that, after a comparison word (:data:`ZH_COMPARE_BEFORE`) and a year told in the sentence, are the year
before the one told (``2025年營收較上年增長10%`` is 2024), not the year before the article's (2026-12-05, issue 13)."""
ZH_COMPARE_BEFORE = ("環比", "环比", "較", "较", "比", "與", "与", "同", "相較於", "相较于", "相比")
"""Words right before 上月 / 上季度 that make it the period before the one a figure is told for in the same sentence
(``10月份…集資總額較上月增加`` is September; ``第三季度增長6.1%，比上季度加快`` is the second quarter), not the period
before the article's (2026-12-05)."""
ZH_SAME_PERIOD_TOPIC_REACH = 24
"""How many characters after 同期 are read for what it measures (去年同期，工業增加值增速為4.8%)."""
ZH_BARE_HALF_YEARS = ("上半年", "下半年")
"""The halves of :data:`ZH_HALF_YEAR` told without a year (前半年 alone is rather half a year before)."""
ZH_AGO_WORDS = ("之前", "以前", "前")
ZH_AGO_GUARD = "(?!夕|後|往)"
"""Words after a count that put it before the article day (三天前), and what must not follow them (前夕, 前後;
前往 "go to": 王平7日前往工地 is the 7th, not seven days ago; 前來 / 前進 are left alone: 三年前來過 / 三年前進入
公司 are both "three years ago")."""
ZH_DEADLINE_BEFORE = ("於", "在", "到", "至")
"""A character right before ``10日前`` that makes it a deadline (須於10日前提交: before the 10th), not a count of days
ago (folded text: 于 reads as 於)."""
ZH_LATER_WORDS = ("之後", "以後", "後")
ZH_LATER_GUARD = "(?![天的])"
"""Words after a count that put it after (三天後), and what must not follow them (後天 is a day word)."""
ZH_EVENING_GUARD = "(?![會宴餐飯報輩年期點霞])"
"""晚 alone after a day is its evening, but not in 晚會, 晚宴, 晚報 ..."""
ZH_POD_NOT_BEFORE = ("時段", "時分", "時間", "時候", "場", "班", "市", "盤", "間")
"""Words after a part of day that make it part of a noun (上午時段, 晚場, 早市), not the day's part."""
ZH_BYLINE_WORDS = ("記者", "记者")
"""The word that opens a reporter's byline in parentheses after a dateline (``（記者王小林）``); read on the raw text,
so in both scripts."""
ZH_MONTHS_ENDED_BEFORE = ("截至", "截止", "截止至")
ZH_MONTHS_ENDED_AFTER = ("止",)
ZH_MONTHS_ENDED_YEAR = ("年度", "財政年度", "財年")
ZH_MONTHS_ENDED_REACH = 24
"""``截至2026年9月30日止 | 九個月``: the words around the day a count of months ends on (Hong Kong and Taiwan
reports), and how far before the count they are looked for."""
ZH_ROC_MARKER = "民國"
ZH_ROC_FESTIVALS = {"國慶": "雙十國慶", "國慶日": "雙十國慶", "國慶節": "雙十國慶"}
"""Festivals after a Republic year (民國115年國慶大會) that are the Republic's own: its National Day is 10 October,
not the mainland's 1 October."""
"""What opens a year of the Republic of China (民國114年, Taiwan): a number after it is no Gregorian year."""
ZH_YEAR_NOT_BEFORE = ("代", "級", "紀", "齡")
"""What must not follow the 年 of a year: 年代 (a decade), 年級 (a school grade), 年紀 and 年齡 (an age)."""
ZH_MONTH_NOT_BEFORE = "活薪費租供均息卡票亮球光餅付"
"""Characters that make a 月 after a number no month (月活 monthly actives, 月薪 a salary, 月亮 the moon, 月餅)."""
ZH_REL_MONTH_NOT_BEFORE = "球亮光餅"
"""Characters that make a relative month word (本月, 上月...) part of another word (月球, 月亮, 月光, 月餅)."""
ZH_DAY_NOT_BEFORE = ("報", "本", "元", "股", "子", "頭", "線", "樓", "館", "機", "門", "廳")
"""What must not follow the 日/號 of a day (日報 a daily, 日元 the yen, 號子...; 5號線 a metro line, 3號樓 a
building, 2號機 a unit, 1號門 a gate: numbered things, no days)."""
ZH_BARE_DAY_NOT_BEFORE = (*ZH_DAY_NOT_BEFORE, "遊", "游", "內", "間", "前", "後", "以", "之", "左右", "夜", "起效")
"""What must not follow a day told without its month (``12日``): also a count of days (3日遊, 5日內, 7日後). ``起``
may follow (``5日起調整`` is from the 5th on), not ``起效`` (3日起效: takes effect in three days)."""
ZH_BARE_DAY_NOT_BEFORE_GUARDS = {"夜": "(?![間间裡里晚])", "前": "(?!往)", "以": "(?=[上內内後后來来前下外])"}
"""夜 after a bare day is 日夜 (day and night) unless it opens a part of day (``8日夜間``, ``8日夜里``); 前 is a
count of days unless it opens 前往 (``王平7日前往工地``: the 7th); 以 only in a count (``3日以內`` / ``以上`` /
``以後`` / ``以來``), not as "by" (``甲集團11日以8億元入股乙``: the 11th)."""
ZH_WEEK_PART_MOD: dict[str, Mod | None] = {"初": "START", "前期": "START", "中期": "MID", "後期": "END", "后期": "END",
                                          "內": None}
"""Part words after a relative week (``下週初``: the start of next week; ``本週內``: within the week, the week itself, as
``年內``; 週末 is the weekend, read apart)."""
ZH_WEEK_PART_GUARDS = {"初": "(?![步次級级中賽赛期])", "內": "(?![部容閣阁地外])"}
"""初 after a week is no part when it opens a word (``下週初步討論``: a preliminary talk)."""
ZH_BARE_DAY_AHEAD_PAST = 20
"""A bare ``N日`` more than this many days after the article's day, told with no future cue, is the previous month's
(``國家統計局30日發布`` in an article of 1 December is 30 November: news tells the days just past without their
month; one still to come carries 將/擬 …)."""
ZH_DAY_COUNT_BEFORE = ("連續", "连续", "為期", "为期", "一連", "一连", "接連", "接连", "近", "每", "共", "約", "约", "逾",
                       "數", "数", "幾", "几", "首", "前", "後", "后", "最後", "最后", "頭", "头", "整整", "長達", "长达",
                       "第")
"""Words before ``N日`` that make it a count of days (連續5日, 為期3日), not a day of the month; read on the raw text,
so in both scripts. 第 makes an ordinal (第6号台风 a typhoon's number, 第3號令 an order's, 第5日 the fifth day of
something), never a day of the month."""
ZH_WEEKEND_NOT_BEFORE = ("版", "班", "愉快")
"""What must not follow 週末 for it to be a weekend of the calendar (週末版 a weekend edition, 週末愉快)."""
ZH_HALF_REL_NOT_BEFORE = ("前", "後", "以", "之", "多", "內", "來", "時間", "的時間")
"""What must not follow 上個/下個/這個半年 for it to be a half-year (上個半年多, 這個半年時間: a duration)."""
ZH_AMOUNT_AFTER = "萬億元股"
"""Characters after a number that make it an amount (2026.2萬, 2026/2億元), not a numeric date."""
ZH_NOT_LUNAR_DAY_AFTER = "日號萬億千百個元人家年天次位名股期屆%"
"""What must not follow a lunar day told without 日 (八月十五, besides a further numeral) for it to be that day:
一月十五萬, 八月十五人 are counts."""
ZH_NOT_SHORT_YEAR_AFTER = "前後多來間內之半左以代級度底初中末挑"
"""What must not follow a two-digit year after 在/於 (在25年前, 於10年內: a count of years; 在90年代)."""
ZH_NOT_YEAR3_AFTER = "的裡里歷曆历"
"""What must not follow a three-digit year after 在/於 either (在500年的歷史中, 在300年裡: a count of years)."""
ZH_APPROX_DIGIT_PAIRS = ("一二", "二三", "三四", "四五", "五六", "六七", "七八", "八九")
"""Two numerals in a row that count approximately (三四年: three or four years). Any other pair of numerals told
digit by digit before 年 (三三年, 九八年, 零七年) is a short year: a count of years is told as a number (三十三年)."""
ZH_SHORT_YEAR_PARTS: dict[str, str] = {"底": "(?![蘊蕴氣線子])", "末": "(?!期)", "初": "(?![心衷])"}
"""Year parts that make a two-digit year in digits a year (19年底, 08年初; a bare 30年 is thirty years), each with
what must not follow it (30年初心: a first aspiration kept for thirty years)."""
ZH_SHORT_YEAR_AHEAD = 20
"""A two-digit year (08年, 九零年, 3-7-27) is the latest year with those last two digits that lies at most this many
years after the article's year (told in 2021, 24年 is 2024, 41年 2041 and 五二年 1952; told in 1973, 九零年 is
1990), the sliding window Java's date parsing uses; with no article date, 40-99 are last century's and 00-39 this
one's."""
ZH_MD_DOTS = "·•・‧"
"""Dots between a month and its day in an event named after its day (7·20暴雨, 6·30)."""
ZH_HEADLINE_OPEN = r"【\["
"""Brackets a headline's date may open (``【12/5】台股收紅``)."""
ZH_HEADLINE_CLOSE = r"】\]"
ZH_HEADLINE_SEP = "｜|：:"
"""What ends a headline's label (``12.5早報｜``, ``11.30港股收市：``): a month.day at a line's start followed, at once
or after at most :data:`ZH_HEADLINE_WORDS` Han characters (no space: ``1.1 研究背景：`` is a section number), by one
of these is the headline's date."""
ZH_HEADLINE_WORDS = 8
ZH_SCORE_BEFORE = ("比分", "比數", "比数", "戰成", "战成", "以", "勝", "胜", "負", "负", "戰績", "战绩", "總分", "总分")
"""Words shortly before a zero-padded ``03-01`` in its clause that make it a score (比分為03-01), not a month-day;
read on the raw text, so in both scripts."""
ZH_SCORE_REACH = 8
"""How many characters before such a pair a score word is looked for."""
ZH_TWO_YEARS: dict[str, int] = {"今明兩年": 0, "去今兩年": -1, "今明年": 0}
"""Words for two years and the offset of the first from the article's year (今明兩年: this and next)."""
ZH_TWO_DAYS: dict[str, int] = {"今明兩天": 0, "今明兩日": 0, "今明天": 0, "明後兩天": 1, "明後兩日": 1, "明後天": 1,
                               "昨今兩天": -1, "昨今兩日": -1}
"""Words for two days and the offset of the first from the article's day (今明兩天: today and tomorrow)."""
ZH_ROC_SCHOOL_YEAR_WORDS = ("學年度", "学年度")
"""What follows a Republic of China year that names a school year (Taiwan: ``114學年度`` is August 2025 to July 2026,
the two years as one range as ``2024-25學年``; 2026-12-05, issue 13)."""
ZH_SPLIT_YEAR_AFTER = ("賽季", "學年", "球季", "雪季", "年度")
"""What may follow a period told across two years with the second one shortened (2023/24賽季, 2023-24學年): the two
years as one range (a fiscal year across two years, 2023/24財年, is read by the fiscal rules instead)."""
ZH_WITHIN: dict[str, str] = {"年內": "year", "月內": "month"}
"""``年內``, ``月內`` (within the year, the month: 年內完成, 月內出台): the article's year or month."""
ZH_WITHIN_NOT_AFTER = "0123456789〇零○一二三四五六七八九十兩廿卅多幾數半個每今本去明當同該近往前後上下青少成老新晚早中童學学週周歷历"
"""What must not stand before them: a count or a year or month word (三年內, 今年內, 本月內 are read otherwise) or
a word 年 ends (青年內部, 少年內心)."""
ZH_WITHIN_NOT_BEFORE = "部容心外地衣科閣阁涵在行需向銷销褲裤"
"""What must not follow them (年內部: 內部 is the inside; 月內衣)."""
ZH_SAME_DAY_AGO_DAYS = ("今天", "今日", "這一天", "這天")
"""``七十年前的今天``, ``去年的今天``: the article's day that many years back."""
ZH_SAME_TIME_AGO_WORDS = ("此時", "這個時候", "這時候", "此刻")
"""After 去年 / 前年 / N年前 (去年此時, 三年前這個時候): about the article's day that many years back (APPROX)."""
ZH_SAME_TIME_YEARS: dict[str, int] = {"去年": 1, "前年": 2, "大前年": 3}
"""Year words before :data:`ZH_SAME_DAY_AGO_DAYS` or :data:`ZH_SAME_TIME_AGO_WORDS`, and how many years back."""
ZH_SEASONS: dict[str, str] = {"暑期檔": "SU", "暑期档": "SU", "春季": "SP", "春天": "SP", "夏季": "SU", "夏天": "SU", "秋季": "FA",
                              "秋天": "FA", "冬季": "WI", "冬天": "WI", "暑期": "SU", "暑假": "SU",
                              "春": "SP", "夏": "SU", "秋": "FA", "冬": "WI"}
"""Season words after a year (2023年冬季, 去年夏天, 今年春) and their TIMEX3 codes (meteorological seasons, as the
English ones: winter 2023 runs from December 2023 to February 2024); a one-character season only where no other Han
character follows it (去年冬至 is the solar term, 今年春節 the festival). The summer holidays (今年暑期, 暑假, a film
industry's 暑期檔, 档 in Simplified: not folded) are the summer; longer words first (the pattern tries them in this order)."""
ZH_SEASON_NOT_BEFORE = "奧奥運运令"
"""What must not follow a season for it to be one: an event named by it (2022年冬季奧運會 was held in February 2022,
not in winter 2022, which runs into 2023; 冬令營)."""
ZH_SEASON_YEAR_CHARS: dict[str, int] = {"今": 0, "去": -1, "明": 1}
"""今夏, 去冬, 明春: a season of this, last or next year told in two characters."""
ZH_NEXT_SPAN_WORDS = ("未來", "接下來的", "接下來", "今後")
ZH_PAST_SPAN_WORDS = ("過去的", "過去", "最近", "近")
ZH_NEXT_SPAN_UNITS: dict[str, str] = {
    "天": "day", "日": "day", "個星期": "week", "個禮拜": "week", "星期": "week", "禮拜": "week", "週": "week",
    "周": "week", "個月": "month", "個季度": "quarter", "季度": "quarter"}
"""``未來三天`` (the next three days: the days after the article's), ``接下來兩個月`` (the months after the article's
month), ``過去兩週`` (the two ISO weeks before the article's), ``近三個月`` (the three months before the article's month), as
English ``the next three months``; counts up to :data:`COUNTED_RANGE_MAX` of each unit (``未來100天`` is a duration,
and so are counts of years: ``近三年``, ``今後五年``). ``近`` is no such word inside ``將近`` / ``接近`` (nearly)."""
ZH_PAST_SPAN_NOT_AFTER = "將将接靠附鄰邻臨临貼贴幾几"
"""Characters before ``近`` that make it another word (``將近三年``: nearly three years)."""


# English word data read by the English rules (patterns and normalisers alike).
EN_VAGUE_COUNTS = ("a couple of", "a few", "several", "many")
"""Counts told without a number (``a few weeks ago``): a count of units that is approximate."""
EN_REL_MONTH_WORDS: dict[str, int] = {"next": 1, "following": 1, "coming": 1, "this": 0, "current": 0,
                                      "previous": -1, "prior": -1, "last": -1, "past": -1}
"""Which month, counted from the article's, ``the 20th of next/this/last month`` means."""
EN_OFFSET_DIRECTIONS: dict[str, int] = {"after": 1, "from": 1, "before": -1}
"""``N units after/from/before <day>``: the direction of the count."""
EN_COUNT_UNITS: dict[str, str] = {"day": "day", "days": "day", "week": "week", "weeks": "week", "fortnight": "fortnight",
                                  "fortnights": "fortnight", "month": "month", "months": "month", "year": "year",
                                  "years": "year"}
"""Units a date offset is counted in (``2 years 1 month 21 days ago``)."""
EN_CLOCK_UNITS: dict[str, int] = {"hours": 3600, "hour": 3600, "hrs": 3600, "hr": 3600, "minutes": 60, "minute": 60,
                                  "mins": 60, "min": 60, "seconds": 1, "second": 1, "secs": 1, "sec": 1}
"""Clock units an offset from now can be counted in (``in 5 minutes``, ``two hours later``), in seconds. An
offset in them lands on the day it falls on (FORMAT.md has no clock value for a time told from now). ``min``
and ``mins`` only in lower case (``Min.`` is a minister); ``2h`` only written on its digits (:data:`EN_CLOCK_H`)."""
EN_CLOCK_H = "h"
"""The one-letter hour unit, read only right after its digits (``within 2h``)."""
EN_CLOCK_HALF_HOUR = ("half an hour", "half-an-hour")
"""A half hour told in words (``in half an hour``)."""
EN_CLOCK_OFFSET_DIRECTIONS: dict[str, int] = {"ago": -1, "earlier": -1, "later": 1, "from now": 1, "from right now": 1,
                                              "hence": 1, "in the future": 1}
"""What may follow a clock offset (``30 min later``, ``3 minutes from now``) and its sign; ``later``/``earlier``
count from the day just narrated, the others from the article date."""
EN_CLOCK_RANGE_WORDS = ("to", "until", "untill", "till", "and")
"""Words between the two ends of a clock range after a day (``Thursday from 9:30 to 11:00``); a dash too."""
EN_CLOCK_WINDOW_WORDS: dict[str, int] = {"next": 1, "coming": 1, "last": -1, "past": -1, "previous": -1}
"""``the next 5 hours``, ``the past 3 minutes``: a window of clock units either side of the article's time."""


def en_words(words: Iterable[str], capitalized: bool = True) -> str:
    """An alternation of English words, longest first so that none stops short on a prefix (``tues`` before
    ``tue``); ``capitalized``: each may also start with a capital (``[Tt]omorrow``)."""
    out = []
    for w in sorted(words, key=len, reverse=True):
        out.append(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" if capitalized and w[0].isalpha() else re.escape(w))
    return "|".join(out)

# Cue words around a mention (what the sentence says about the time, not the time itself)
ZH_PAST_CUES = ("了", "曾經", "已經", "過")
"""Words after an offset that tell it in the past (七年後雅虎對我們進行了投資: counted from an untold event)."""
ZH_FUTURE_CUES = ("將", "預計", "預期", "預測", "有望", "計劃", "計畫", "目標", "未來", "屆時", "可望")
ZH_FUTURE_CUE_GUARDS = {"會": "[^議計員談]", "要": "[^求素點]"}
"""Future cue words near an offset (預計兩年後); 會 and 要 only when not the start of a noun (會議, 要求)."""
ZH_NOUN_HUI_BEFORE = "大協协學学工員员事商覽览展晚年社機机聚峰例宴兩两"
"""Characters before 會 that make it the end of a noun (股東大會, 董事會, 博覽會, 社會, 機會, 兩會), not "will"."""
ZH_FUTURE_CUE_GUARDS_BEFORE = {"會": f"(?<![{ZH_NOUN_HUI_BEFORE}])"}
"""會 is no future cue as the end of a noun (``三天後，公司召開股東大會`` tells no future)."""
# Chinese tense cues (rules_zh.zh_tense): what the clause of a date told without a year says of it, read as the
# English cues are (resolve.year_by_tense: a future cue gives the next such date, a past cue the latest one unless
# it lies less than 60 days ahead, no cue the article's year up to 150 days ahead). Matching runs on the folded
# text (numerals.fold covers only the rule tables' characters), so every cue is listed in both scripts; the
# pattern folds each and drops the repeats. At one position the first alternative in the order given wins.
ZH_TENSE_FUTURE_BEFORE = ("即將", "即将", "將要", "将要", "將", "将", "預計", "预计", "預期", "预期", "預定", "预定",
                          "計劃", "计划", "計畫", "擬於", "拟于", "擬在", "拟在", "擬將", "拟将", "準備", "准备",
                          "打算", "有望", "可望", "定於", "定于", "屆時", "届时", "會在", "会在", "會於", "会于",
                          "就要", "快要", "下一步", "力爭", "力争", "爭取", "争取", "須在", "须在", "須於", "须于",
                          "應在", "应在", "應於", "应于", "務必於", "务必于", "請於", "请于", "請在", "请在")
"""Future cues read before a date in its clause (力爭在春節前完成, 須在4月30日前披露, 應在8月20日前申報, 請於5日前繳費: a goal,
a deadline or a request ahead) (他們將在勞動節舉行活動, 預計6月完工, 定於5月1日)."""
ZH_PAST_AHEAD_DAYS = 7
"""A date told without a year in the past tense (``10月已完成驗收``) is the latest such day that lies at most this many
days after the article's day when that day is known (a past act cannot lie ahead; the slack covers a story filed the
day before it is dated); a month by its first day (``resolve.year_by_tense``), so a month told in the past tense
that begins more than a week ahead is last year's (told on 28 August, ``10月已完成`` is last October; 2026-12-05,
issue 13)."""
ZH_FIGURE_WORDS = ("同比", "環比", "环比", "增長", "增长", "下降", "減少", "减少", "累計", "累计", "共計", "共计", "實現",
                   "实现", "達到", "达到", "百分")
"""Words of a reported figure: a bare ``前11個月`` opening a sentence that tells one is the year's first months."""
ZH_TENSE_STRICT_PAST = ("已經", "已经", "已於", "已于", "已", "曾經", "曾经", "曾於", "曾于", "曾在", "曾", "早在", "了")
"""The past cues that tell a done act (not 截至 / 以來 / 至今, which also frame figures and deadlines): only with one of
these, and no future cue in the clause, is a date held to :data:`ZH_PAST_AHEAD_DAYS`."""
ZH_NO_CUE_NEXT_YEAR_DAYS = 31
"""A date told without a year and with no tense cue that falls in the next year at most this many days after the
article's day is that one (``元旦假期（1月1日至3日）`` told on 28 December is the coming New Year, not the one eleven
months back; a later one is this year's, as the 150-day rule reads it; 2026-12-05, issue 13)."""
ZH_MOVING_NEXT_YEAR_DAYS = 75
"""The same for a day that moves in the Gregorian year (a lunar date, 除夕, 春節, 臘八, a solar term): the lunar
year's last month and its new year fall in January or February, so told in December with no tense cue (腊八节当天,
十二月初八, 除夕夜) they are the coming ones, up to this many days ahead, not the ones ten or eleven months back. Not
a festival's period (春節期間, 春節假期: as often a review of the last one, so the window stays the one above)."""
ZH_TENSE_FUTURE_AFTER = ("即將", "即将", "將要", "将要", "將", "将", "就要", "快要", "屆時", "届时")
"""Future cues read after a date in its clause (5月1日將正式開幕)."""
ZH_IN_FORCE_VERBS = ("施行", "實施", "实施", "生效", "執行", "执行", "實行", "实行", "啟用", "启用")
"""Verbs of coming into force read after ``起`` (or ``起正式``) right after a date (新規自5月1日起施行): a future
cue, unless the clause also tells a past one (已於3月1日起施行)."""
ZH_TENSE_PAST_BEFORE = ("已經", "已经", "已於", "已于", "已", "曾經", "曾经", "曾於", "曾于", "曾在", "早在", "截至")
"""Past cues read before a date in its clause (已於3月5日簽約, 早在6月; 截至6月30日: figures as of a day, reported
after it; 截止 is left out, 報名截止到6月30日 is a deadline ahead); 曾 alone is also a surname."""
ZH_TENSE_PAST_AFTER = ("了", "已經", "已经", "已", "以來", "以来", "至今", "迄今", "曾")
"""Past cues read after a date in its clause (3月5日簽了約, 6月以來: the mention's own 以來 counts)."""
ZH_TENSE_GUARDS = {"將": "(?![軍领領士近])", "了": "(?![解結结不如])", "已": "(?![婚知])",
                   "計劃": "(?![書书生])"}
ZH_TENSE_GUARDS_BEFORE = {"將": "(?<![大中少上主老名武猛戰战干幹])", "了": "(?<![為为除罷罢不])",
                          "會在": f"(?<![{ZH_NOUN_HUI_BEFORE}])", "會於": f"(?<![{ZH_NOUN_HUI_BEFORE}])"}
"""Where a cue is none: 將軍, 將近 (nearly), 少將; 為了 (in order to), 除了, 了解; 已婚; 計劃書 (a plan, a noun); 會於 / 會在
after a noun ending in 會 (全國兩會於3月5日召開, 股東大會在6月舉行)."""
ZH_TENSE_REPORT_VERBS = ("宣布", "宣佈", "表示", "稱", "称", "說", "说", "透露", "指出", "介紹", "介绍", "獲悉", "获悉",
                         "強調", "强调", "認為", "认为", "預告", "预告", "通報", "通报")
"""Verbs of saying: what follows one after a date is what was said, whose tense is not the date's (``8月18日，公司
宣布將於10月開通``: the announcement is not ahead). The reading after a date stops at such a verb (and its 了)."""
ZH_TENSE_REACH = 40
"""How many characters before and after a date its clause is read for a tense cue."""
ZH_TENSE_CLAUSE_OPENERS = ("在", "於", "于", "自", "從", "从", "到", "至", "而", "並", "并", "但", "此外")
"""Words that may stand between a clause's start and a date that opens it: such a date followed by a comma
(``5月1日，新規將…``) reads the clause after the comma for its cue."""


ZH_PLAN_PERIOD_WORDS = ("時期", "期間")
"""Words after a five-year plan's number that name its period (十四五時期); read as part of the mention."""
ZH_PLAN_WORDS = ("規劃", "計劃", "計畫", *ZH_PLAN_PERIOD_WORDS)
"""Words after a five-year plan's number (十五計劃, 十四五時期)."""
ZH_FORECAST_BEFORE = ("預計", "預測", "預期", "計劃", "計畫", "目標", "力爭", "爭取", "將於", "將在", "有望在", "有望於", "規劃")
ZH_FORECAST_LINK = ("到", "至", "在", "於")
ZH_FORECAST_AFTER = ("將", "預計", "有望", "前將", "之前將", "時將", "會達", "將達")
"""Words before (預計2030年) or after (2030年將達) a date that make it a forecast, not a date the article stands
after (article dating)."""
ZH_UNTIL_BEFORE = ("至", "到", "直到", "直至")
ZH_PRESENT_AFTER = ("目前", "現任", "現為", "如今", "現在")
"""``至2023年9月，目前擔任``: a state told as ended before the present (article dating)."""
ZH_SCHEDULED_BEFORE = ("將於", "將在", "定於", "擬於", "預計於", "預計在", "計劃於", "計劃在", "計畫於", "預定", "屆時")
"""Words before a date told without a year that schedule something on it (將於3月5日舉行): the date is not over,
so it lies in the article's year or the next, never in a year already past."""
ORG_SUFFIXES: dict[str, str] = {
    "科技": "科技", "集团": "集團", "公司": "公司", "银行": "銀行", "汽车": "汽車", "医疗": "醫療", "物流": "物流", "半导体": "半導體", "能源":
    "能源", "食品": "食品", "传媒": "傳媒", "游戏": "遊戲", "航空": "航空", "材料": "材料", "机器人": "機器人", "数据": "數據", "资本": "資本",
    "控股": "控股", "电子": "電子", "网络": "網絡", "证券": "證券", "保险": "保險", "药业": "藥業", "动力": "動力", "实业": "實業", "电器": "電器",
    "通信": "通信", "软件": "軟件", "制药": "製藥", "生物": "生物", "地产": "地產", "影业": "影業", "文化": "文化", "航运": "航運", "钢铁": "鋼鐵",
    "化工": "化工", "电力": "電力", "光电": "光電", "智能": "智能", "电池": "電池", "医药": "醫藥", "重工": "重工", "光伏": "光伏", "锂业": "鋰業",
    "矿业": "礦業", "航天": "航天", "船舶": "船舶", "零售": "零售", "百货": "百貨", "乳业": "乳業", "酒业": "酒業", "精密": "精密", "精工": "精工",
    "光学": "光學", "铁路": "鐵路", "电网": "電網", "水务": "水務", "燃气": "燃氣", "新能源": "新能源", "新材料": "新材料", "新材": "新材", "种业":
    "種業", "农业": "農業", "纺织": "紡織", "股份": "股份", "置业": "置業", "置地": "置地", "巴士": "巴士", "微电子": "微電子", "律师事务所": "律師事務所", "会计师事务所":
    "會計師事務所", "职工会": "職工會", "工会": "工會", "生技": "生技"}
"""The words that end an organisation's name (科技, 集团, 银行 … 生技), Simplified -> Traditional (character by
character). One list read twice: the events' name finder (:data:`timeline.events.names.ORG_SUFFIXES`, on Simplified
text) finds organisations ending with them, and the dating rules do not read a solar term inside such a name
(:data:`ZH_NAME_WORD_GUARD`: 白露冷链物流公司, 春分科技, 立冬食品 are no dates)."""
ZH_NAME_GAP_NOT = "前後后當当這这天期夜以至到和與与及的時时節节日間间假連连、，,。；;：:（）()"
"""Characters that cannot stand between a solar term and an organisation word of one name: a holiday's suffix or a
connective shows the solar term is a date (``冬至前後物流忙``)."""
ZH_NAME_WORD_GUARD = ("(?!(?:(?![" + ZH_NAME_GAP_NOT + "])[\u4e00-\u9fff]){0,2}(?:"
                      + "|".join(sorted({f for pair in ORG_SUFFIXES.items() for w in pair for f in (w, fold(w))},
                                        key=len, reverse=True)) + "))")
"""What must not follow a solar term for it to be a date: up to two more characters of a name, then an organisation
word (:data:`ORG_SUFFIXES`, both scripts, folded as the text is)."""
ZH_QUOTE_CLOSERS = "”」』\""
"""Closing quotes that may stand between a name and the word that shows what it is (``“618”大促``)."""
ZH_FESTIVAL_GUARDS = {"五一": "(?=假|長假|小長假|黃金|期間|勞動|節)", "十一": "(?=假|長假|小長假|黃金|期間)", "618": f"(?=[{ZH_QUOTE_CLOSERS}]?(?:大促|購物節|期間|活動))",
                      "228": f"(?=[{ZH_QUOTE_CLOSERS}]?(?:連假|假期|紀念|和平))", "二二八": "(?=連假|假期|紀念|和平)",
                      "農曆年": "(?![份度底尾初中])",
                      "清明": "(?=假|小長假|期間|前後|當天|時節)", "國慶": "", "大寒": "(?!潮|流|冷)", "小寒": "(?!潮|流|冷)",
                      "大暑": "(?!天)", "白露": "(?!水)", "雙十": "(?=連假|假期|長假|期間)",
                      "新春": "(?=期間|假期|長假|小長假|連假|黃金週|前後|前夕|過後)"}
"""Festival names that are also other words, and what must follow them to be the festival (bare 清明 is also
"politically clean"; 國慶 after a surname is a given name, :data:`ZH_SURNAME_CHARS`; 大寒潮 is a cold wave, 大暑天 a hot
day; 新春 is the Spring Festival only as a holiday, 新春期間, not in 新春祝福). Every solar term (:data:`lunar.SOLAR_TERMS`) also takes :data:`ZH_NAME_WORD_GUARD`: not inside a name."""
ZH_FESTIVAL_GUARDS.update({t: ZH_FESTIVAL_GUARDS.get(t, "") + ZH_NAME_WORD_GUARD for t in SOLAR_TERMS})
ZH_NEW_YEAR_DAY_NOT_BEFORE = "些個个位家種种項项批直度季月日號号年天週周成萬万億亿千百半多"
"""What must not follow 年初一 … 年初十 for it to be a day of the lunar new year (Hong Kong's 年初一, 年初三): 年初一些
is "early this year, some"."""
ZH_NEW_YEAR_DAY = ("(?<![0-9〇零○一二三四五六七八九十兩今去明前後后本同當当該该翌次隔大正])年初[一二三四五六七八九十]"
                   f"(?![{ZH_NEW_YEAR_DAY_NOT_BEFORE}])")
"""年初一 … 年初十 as one pattern (the festival rule tries it after the other names): not after a year (今年初一些,
2026年初一季度: a year's start) nor inside 大年初一 / 正月初一, their own names."""
ZH_FESTIVAL_GUARDS_BEFORE = {"十一": "(?<![第0-9〇零○一二三四五六七八九十兩百千雙双])"}
"""What must not stand before a festival name that is also a number (十一 of 十一長假, National Day: not 第十一,
二十一, 雙十一)."""
ZH_SURNAME_CHARS = ("王李張劉陳楊黃趙吳周徐孫馬朱胡郭何高林羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董袁潘于蔣蔡余杜葉程蘇魏呂丁任沈姚盧姜崔鐘譚陸汪范金"
                    "石廖賈夏韋付方白鄒孟熊秦邱江尹薛閻段雷侯龍史陶黎賀顧毛郝龔邵萬錢嚴覃武戴莫孔向湯"
                    "张刘陈杨黄赵吴孙马罗郑谢许韩冯邓萧蒋叶苏吕卢钟谭陆贾韦邹阎龙贺顾龚万钱严汤")
"""Common surnames, Traditional then the Simplified forms that differ: 王國慶 is a name, not National Day."""
ZH_PLAN_AFTER = ("規劃", "計劃", "計畫", "末", "初", "以來", "開局", "收官", "”", "」", '\\"', "』", "’")
"""What may follow a five-year plan's number (十四五規劃, “十五五”): a bare 十五 is fifteen."""
EN_BARE_MONTHS = ("January", "February", "September", "October", "November", "December")
"""Month names that stand for their month even without a preposition or a day (``sales for January``); the others
are also names or common words (May, March, June, August...)."""
EN_REPORT_NOUNS = ("results", "earnings", "figures", "numbers", "report", "profit", "profits", "loss", "losses", "sales",
                   "revenue", "revenues")
"""Nouns after a quarter that name it as the period of a report (``fourth-quarter results``)."""
EN_COMPOUND_LINKS = ("-to-", "-over-", "-on-")
"""Links of a compound that makes a unit no date (``quarter-to-quarter``, ``year-on-year``, ``year-over-year``)."""
EN_COMPARISON_WORDS = (r"compared\s+(?:with|to)", "from", "than", "versus", r"vs\.?", "against")
"""Words that tell a comparison before a period (``compared with ... last year``, ``up from ... a year ago``)."""
EN_REL_SPELLINGS = {"the coming": "next", "the upcoming": "next", "upcoming": "next", "this past": "last", "current": "the current", "past": "last",
                    "previous": "last", "the past": "last", "the last": "last"}
"""Spellings of ``last``/``next``/``this`` before a unit that read as them (``the coming quarter``)."""
EN_NOT_PAST_BEFORE = ("be", "been", "being", "is", "are", "am", "has", "have", "the", "a", "an", "its", "their", "his", "her", "our",
                      "this", "that", "stay", "stays", "remain", "remains", "get", "gets", "become", "becomes",
                      "seem", "seems")
"""Words after which an ``-ed`` word is a passive or an adjective, not a past tense (``will be held``, ``will stay
closed``: a link verb in the present or bare form makes the participle a state)."""
EN_LASTING_VERBS = ("stay", "stays", "remain", "remains", "run", "runs", "continue", "continues", "last", "lasts")
"""Verbs in the present of a state that lasts up to a day (``schools stay closed until Wednesday``, ``the offer runs
until Friday``): the day after ``until`` is ahead, whatever past was told earlier in the sentence."""
EN_NOT_PAST_ADVERBS = ("still", "not", "yet", "also", "already", "just")
"""Adverbs that may stand between those words and the ``-ed`` word (``a still unspecified date``)."""
EN_RATE_AMOUNT_WORDS = ("percent", "per cent", "%", "pounds", "pound", "euros", "euro", "dollars", "dollar", "yuan",
                        "yen", "cents", "pence", "million", "billion", "thousand", "hundred", "tons", "tonnes",
                        "barrels", "hours", "km", "miles", "people", "passengers", "visitors", "cars", "units")
"""Words of an amount that may stand between its number and ``a <unit>`` of a rate (``8 pounds a day``)."""
EN_RELATIVE_WORDS = ("which", "who", "whose", "where")
"""Words that open a relative clause after a comma (``, which had been expected,``)."""
EN_CLAUSE_OPENERS = ("On", "By", "Until", "Early", "Late", "And", "But", "Then", "Also")
"""Words that may stand between a clause's start and a date that opens it (``On Monday, ...``)."""
EN_STORY_DAY_WORDS: dict[str, int] = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0,
                                      "before": -1, "after": 1}
"""``the next day``, ``the previous night``, ``the day before``: how many days from the day just narrated."""
EN_STORY_DAY_PARTS = ("morning", "afternoon", "evening", "night")
"""Parts of a day told like the day itself (``the next morning``, ``that night``, ``the night before``)."""
EN_STORY_DAY_WITHIN = ("earlier", "later")
"""``earlier that day``, ``later in the day``: a time within the day just narrated (the day itself)."""
EN_TIME_ZONES = ("EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "HST", "GMT", "UTC", "BST", "IST", "CET",
                 "CEST", "EET", "EEST", "WET", "MSK", "HKT", "JST", "KST", "SGT", "AEST", "AEDT", "ET", "CT", "MT", "PT")
"""Time zone abbreviations read after a clock time (``9 a.m. EST``, ``8:00 gmt``, ``9 am (BST)``; the US wire's zone
without its season, ``5 p.m. ET``)."""
EN_DURATION_CUES = ("first", "second", "third", "fourth", "fifth", "only", "time", "times", "record", "percent", "highest", "lowest", "best", "worst", "biggest",
                    "largest", "smallest", "strongest", "weakest", "sharpest", "steepest", "longest", "most", "least",
                    "up", "down", "more", "less", "fewer", "total", "average", "per")
"""Words before ``in 7 days`` (in its clause) that make it the period of a measure, not a date: ``the first
drop in 7 days``, ``up 4% in a week``, ``twice as many times in a week``."""
EN_ORDINAL_MEASURE_CUES = ("first", "second", "third", "fourth", "fifth", "only", "record", "most", "least")
"""Of :data:`EN_DURATION_CUES`, the ones that make ``in a year`` a measure even in a future clause when they stand
right before it (``will be its second increase in a year``); ``up`` / ``more`` do not (``will go up in a week``)."""
EN_DECADE_PHRASES: dict[str, int] = {"noughties": 2000, "naughties": 2000, "two thousands": 2000, "twenty tens": 2010,
                                     "two thousand and tens": 2010, "twenty twenties": 2020, "two thousand and twenties": 2020}
"""Decades of this century named by a phrase after ``the`` (a space also stands for a hyphen: ``the twenty-tens``)."""
EN_LAST_N_WORDS: dict[str, int] = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "upcoming": 1}
"""``the last 2 quarters``, ``the next three months``: whole units before (-1) or after (1) the current one."""
COUNTED_RANGE_MAX: dict[str, int] = {"day": 31, "workday": 31, "week": 26, "month": 100, "quarter": 100}
"""The longest count of each unit read as a range from the article date (``the past two weeks``, ``過去兩週``, ``the
next three days``, ``未來三天``); a longer one (``未來100天``) is a duration, no mention. Counts of years are durations
in both languages (``over the past two years``, ``過去兩年，行業陷入競賽``, ``今後五年``: the shared corpus's gold and
TimeML's DURATION agree), no mention."""
EN_COUNTED_RANGE_UNITS: dict[str, str] = {"days": "day", "weeks": "week", "months": "month", "quarters": "quarter",
                                          "business days": "workday", "working days": "workday"}
"""Units of ``the last/next N units`` (:data:`EN_LAST_N_WORDS`)."""
EN_COUNTED_RANGE_OWNERS = ("his", "her", "its", "their", "my", "our", "your", "whose")
"""Words before ``last two years`` that make it someone's (``his last two years at the firm``), no date."""
EN_SEASON_PREPS = ("in", "during", "by", "until", "till", "through", "over", "since", "before", "after", "for", "from",
                   "to", "into", "throughout", "until")
"""Prepositions before ``the fall`` that make it the season (``in the fall``; ``led the fall`` is a decline)."""
EN_WEEK_OF_MONTH: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}
"""``the first/second/.../last week of March``: which seven days of the month (-1: the last seven)."""
EN_NOT_SUPERLATIVES = ("interest", "protest", "contest", "request", "forest", "honest", "modest", "harvest", "suggest",
                       "arrest", "invest", "digest", "rest", "test", "west", "nest", "guest", "quest", "chest", "unrest",
                       "priest", "earnest", "inquest", "conquest", "manifest", "pest", "vest", "crest")
"""Words in ``-est`` that are no superlative (a superlative before ``in 7 days`` makes it a measured period: ``the
busiest hour in a week``)."""
EN_DAY_ONLY_PREPS = ("for", "by", "until", "till", "since", "from", "before", "after", "through")
"""Prepositions (besides ``on``) before a bare day of the month, ``by the 21st``: read only where the day ends its
phrase (:data:`EN_DAY_ONLY_FOLLOWERS`), so that ``for the 3rd straight year`` is no date."""
EN_DAY_ONLY_FOLLOWERS = ("at", "and", "or", "to", "through", "until", "when", "from", "between")
"""Words that may follow such a bare day of the month (``by the 21st at noon``, ``from the 3rd to the 9th``)."""
EN_SCHEDULED_PRESENT_VERBS = ("meet", "begin", "start", "open", "close", "resume", "arrive", "leave", "return",
                              "travel", "visit", "vote", "host", "convene", "reconvene", "kick off", "take office")
"""Verbs that, in the present tense right before a bare weekday, tell a scheduled coming day (``the two leaders
meet Monday``, ``the court reconvenes Tuesday``; their ``-s`` forms too): news writes a timetable so."""
EN_SCHEDULED_PRESENT_ADVERBS = ("separately", "again", "jointly", "privately", "formally", "briefly", "here", "there")
"""Adverbs read between such a verb and its weekday (``meet separately Monday``)."""
EN_DETERMINERS = ("the", "The", "a", "A", "an", "An", "its", "their", "his", "her", "our", "this", "that", "s")
"""Words before a noun (``the vote``, ``a visit``, ``Friday's close``): a scheduling verb's form after one is a noun."""
EN_ATTRIBUTIVE_DETERMINERS = ("the", "a", "an", "its", "their", "his", "her", "our", "this", "that")
"""Words before a date used as a noun's modifier (``a June 30 ruling``, ``its April meeting``; any case)."""
EN_OUTCOME_NOUNS = ("ruling", "verdict", "decision", "judgment", "judgement", "order", "injunction", "sentence",
                    "settlement", "agreement", "deal", "accord", "filing", "complaint", "lawsuit", "indictment",
                    "ban", "law", "decree", "attack", "crash", "shooting", "quake", "earthquake")
"""Nouns that name what was done or what happened (an outcome exists once made): a date modifying one (``a June 30
ruling``, ``the Jan. 6 attack``) in a clause told as future (``would appeal``, ``will investigate``) is told of a
past event, and the clause's future does not move it ahead. A noun of a plan (``summit``, ``deadline``,
``hearing``, ``meeting``, ``election``, ``report``) keeps the clause's tense."""
EN_DEADLINE_NOUNS = ("deadline", "cutoff", "cut-off", "target date")
"""Nouns of a time limit: a month-day modifying one (``faces a Dec. 31 deadline``, one word between allowed: ``the
March 1 filing deadline``) in a clause with no tense told is the coming one; told as past (``missed the Dec. 31
deadline``) the latest. A weekday keeps its own rule (``by the Tuesday deadline`` in a report of the week is past)."""
EN_TODAY_IS = ("Today is", "today is", "It's", "it's", "It’s", "it’s", "It is", "it is", "This is", "this is")
"""What before ``the eighth day of …`` makes the count the article's own day (``Today is the eighth day of the
blockade``); a past ``It was`` tells a day of the story instead, not read."""
EN_TITLE_NOUNS = ("show", "programme", "program", "newspaper", "broadcast", "anchor", "co-host", "host")
"""Nouns after a capitalised ``Today`` that make it a title (``the Today show``, ``Today programme``)."""
EN_DEADLINE_WORDS = ("until", "till", "by")
"""Prepositions that make the day after them a deadline (``until 9 a.m. Tuesday``)."""
EN_VOTE_DAY_NAMES = ("polling", "voting")
"""Words before ``day`` that name the day of a vote (``turnout on polling day``): the day the vote was told on."""
EN_VOTE_WORDS = ("polls", "election", "elections", "vote", "votes", "referendum", "ballot", "ballots", "runoff")
"""Words of a vote in the sentence that told a day: ``go to the polls on May 7`` makes May 7 polling day."""
EN_VOTE_EVE_NOUNS = ("election", "elections", "vote", "referendum", "poll", "polls", "ballot", "runoff")
"""Nouns after ``the eve of`` that name a vote: ``On the eve of the election`` is the day before the vote's day told
(as ``polling day`` is that day)."""
VOTE_DAY_REACH = 600
"""How far (characters) before ``polling day`` the vote's day may have been told."""
EN_WEEKEND_ADJECTIVES = ("long", "holiday", "extended", "three-day", "four-day")
"""Words read between ``the`` and ``weekend`` (``over the long weekend``): still the weekend, its Saturday and
Sunday."""
EN_UNTIL_WORDS = ("until", "till")
"""Prepositions that end a state at a day: a weekday after one told in the past is the one after the state began
(``the trial was suspended until Wednesday``), not the latest one."""
EN_CARDINAL_DAYS = (*EN_TEENS, *EN_UNITS)
"""Days of the month spelled as cardinals (``fifteen August``), read only where a spelled year follows."""

# English tense cues (rules_en.tense): the words before (or, for a clause-opening date, after) a date told without
# a year that say whether it lies ahead or behind. A space in a phrase stands for any run of whitespace; matching
# ignores case and takes, at one position, the first alternative in the order given.
EN_PERIOD_TOPIC_WORDS = ("growth", "sales", "revenue", "revenues", "profit", "profits", "earnings", "output", "economy",
                         "economic", "inflation", "demand", "prices", "margins", "orders", "deliveries", "spending",
                         "investment", "exports", "imports", "production", "shipments", "results", "GDP", "income",
                         "losses", "hiring", "unemployment", "borrowing", "lending", "rates")
"""Words of figures told by period: ``the second half`` without a year is the year's half only in a sentence that
holds one of them (``expect growth to slow in the first half``), not a game's (``scored in the second half``)."""
EN_WEEKS_ENDED_MAX = 26
"""The largest count of weeks read in ``the N weeks ended <day>`` (retailers report periods of up to 26 weeks)."""
EN_GAME_WORDS = ("game", "games", "match", "matches", "goal", "goals", "scored", "score", "scores", "minute",
                 "minutes", "half-time", "halftime", "points", "play", "played", "playing", "team", "teams", "side",
                 "coach", "striker", "quarterback", "inning", "innings", "lead", "led", "trailed", "trailing")
"""Words of a game: a sentence holding one reads ``the second half`` as the game's half, not the year's."""
EN_COMPANY_WORDS = ("company", "companies", "firm", "firms", "retailer", "carmaker", "automaker", "maker", "group",
                    "chipmaker", "bank", "lender", "insurer", "airline", "operator", "conglomerate", "Inc", "Corp",
                    "Ltd", "plc", "its", "profit", "profits", "pretax", "earnings", "revenue", "revenues", "sales",
                    "income", "margins", "results", "losses", "shipments", "deliveries", "orders", "dividend")
"""Words of a company (or its ``its``, or a figure a company reports: ``posted a jump in profit``): a half reported as past without its year in a sentence holding one is often
the company's fiscal half, whose months the text does not tell (not placed, unless the company's fiscal year is
known: :func:`fiscal.nearby_end_month`)."""
EN_FUTURE_MODALS = ("will", "won't", "shall")
"""Modal verbs that tell a future (``will meet on Friday``); a contraction ``we'll`` is one too (a pattern)."""
EN_SCHEDULE_WORDS = ("due", "set", "scheduled", "expected", "planned", "to")
"""Words after a form of ``be`` that put what follows ahead (``is due``, ``were scheduled``, ``is to``)."""
EN_FUTURE_BE = ("is", "are", "was", "were")
"""Forms of ``be`` before :data:`EN_SCHEDULE_WORDS` read before a date (``was scheduled on Friday``: still ahead)."""
EN_FUTURE_AFTER_BE = ("is", "are", "am")
"""Forms of ``be`` before ``going to`` or :data:`EN_SCHEDULE_WORDS` read after a date that opens its clause (a
plan told in the past, ``was to``, is not read there)."""
EN_FUTURE_CUES = ("let's", "let us", "going to", "plans to", "plan to", "planned to", "planning to", "would",
                  "scheduled", "expected to", "expects to", "expect to", "schedule", "schedules", "scheduling",
                  "as soon as", "as early as", "set to", "planning", "payable", "effective", "upcoming", "next",
                  "coming", "agreed to", "agree to", "agrees to", "agreement to", "hoped to", "hopes to", "hope to",
                  "intended to", "intends to", "intend to", "aimed to", "aims to", "aim to",
                  "expect", "expects", "expecting", "forecast", "forecasts", "predict", "predicts",
                  "takes effect", "take effect", "goes into effect", "go into effect", "comes into force",
                  "come into force", "kicks in", "kick in", "could", "might", "warned of", "warns of",
                  "warning of", "warn of")
"""Further future cues read before a date (``plans to``, ``as early as``, ``upcoming``, ``next``, ``could arrive``
(not ``could not``, ``could have``, ``could be reached``: the wire's idiom of a past try); ``expect drier
weather on Thursday``: what one expects or forecasts lies ahead; a rule that ``takes effect on Jan. 1`` in the
present tense is one still to come, where a past one ``took effect``)."""
EN_PAST_INTENTIONS = ("planned to", "hoped to", "intended to", "expected to", "aimed to", "wanted to", "meant to")
"""An intention told in the past (``had hoped to launch in September``): the date after it is a future of the time
narrated, the first such month after a past year narrated in its sentence (else after the article date)."""
EN_SUCCESSOR_ROLES = ("director", "directors", "chairman", "chairwoman", "chair", "chief", "president", "leader",
                      "coach", "manager", "head", "editor", "governor", "ceo", "captain", "conductor", "secretary",
                      "minister", "premier", "mayor", "pope", "king", "queen", "commissioner", "principal", "dean")
"""Roles after ``next`` that name a successor, not a time (``named her its next music director on Monday``): that
``next`` is no future cue."""
EN_FUTURE_CUE_GUARDS = {"planning": r"(?!\s+to\b)", "could": r"(?!\s+(?:not|never|only|hardly|barely|have|be\s+(?:reached|located|found|contacted))\b)",
                        "might": r"(?!\s+(?:not|never|have)\b)",
                        "next": rf"(?!\s+to\b)(?!\s+(?:[\w-]+\s+)?(?:{'|'.join(EN_SUCCESSOR_ROLES)})\b)"}
EN_FUTURE_CUE_GUARDS_BEFORE = {"going to": r"(?<!was\s)(?<!were\s)", "scheduled": r"(?<!had\sbeen\s)",
                               "expected to": r"(?<!had\sbeen\s)"}
"""Where those cues are none: ``next to`` is a place, ``was going to`` and ``had been scheduled`` a plan told in
the past."""
EN_FUTURE_AFTER_CUES = ("plans to", "plan to")
"""Further future cues read after a date that opens its clause (``On Tuesday, the league plans to ...``)."""
EN_POSTPONE_VERBS = ("postpone", "delay", "defer", "adjourn", "extend", "put off")
"""Verbs that, in any form and followed within a few words by ``until``, put the date after it ahead
(``postponed the vote until Friday``)."""
EN_PAST_CUES = ("was", "were", "had", "did", "said", "says", "told", "ago", "last", "earlier")
"""Past cues read before a date (``said on Friday``, ``last Tuesday``); beside them any word in ``-ed`` (a
pattern), but for those of :data:`EN_NOT_PAST_ED`."""
EN_PAST_VERBS = ("agreed", "freed", "guaranteed", "began", "met", "held", "came", "went", "took", "made", "gave",
                 "left", "won", "lost", "fell", "rose", "sold", "saw", "became", "spoke", "wrote", "paid")
"""Past tenses that the ``-ed`` pattern does not take: irregular verbs and those in ``-eed``."""
EN_NOT_PAST_ED = ("hundred",)
"""Words in ``-ed`` that are no verb."""
EN_NOT_PAST_ED_AFTER = ("the", "a", "an", "its", "their")
"""Words after which a word in ``-ed`` is an adjective, not a past tense (``the revised figures``); a word shorter
than three letters must stand alone (``a``, not the end of ``visa``)."""


def en_phrases(words: Iterable[str], guards: dict[str, str] | None = None,
               before: dict[str, str] | None = None) -> str:
    """:func:`alternation` of English words and phrases in the order given, each space matching any run of
    whitespace (``let us`` -> ``let\\s+us``); the words are taken literally (no regular expression)."""
    guards, before = guards or {}, before or {}
    ws = r"\s+"
    return "|".join(f"{before.get(w, '')}{ws.join(map(re.escape, w.split(' ')))}{guards.get(w, '')}" for w in words)

# Story dating (timeline.dating): the words of a Chinese dateline, read on the raw text, so each in both scripts.
ZH_DATELINE_FILED = ("電", "电", "訊", "讯")
"""The word that closes a Chinese dateline after its day (新华社北京十二月二十二日电, 中央社記者台北22日電)."""
ZH_DATELINE_REPORTED = ("消息", "報道", "报道")
"""Further words that close a dateline that names its month (北京2月18日消息)."""
ZH_DATELINE_AGENCY = ("社", "網", "网", "報", "报", "台", "新聞", "新闻", "記者", "记者", "電視", "电视")
"""Words of an agency, paper, site or reporter, one of which must stand before a dateline naming only its day."""
ZH_QUOTED_REPORT = ("據", "据")
"""``according to``: a dateline after it is a report quoted in a sentence (据新华社3月5日电报道), not the story's."""
STAMP_LABELS = ("发布时间", "發布時間", "发表时间", "發表時間", "时间", "時間", "日期", "来源", "來源", "Published",
                "Updated", "Posted", "Date", "Dateline", "First published")
"""Labels before a publication date in a page's header (``发布时间：``, ``Published:``), read in any case."""
STAMP_LABELS_ON = ("Published", "Updated", "Posted", "First published")
"""Those labels that may be followed by ``on`` (``Published on``)."""

# Words after a number that make it a count or a measure, not a year (2025萬, 2020 people).
NOT_YEAR_UNITS = ("萬", "億", "元", "個", "次", "人", "名", "家", "件", "台", "位", "款", "座", "種", "項", "條", "月", "日", "號", "點",
                  "時", "分", "秒", "歲", "倍", "多", "餘", "美元", "港元", "股", "米", "公里", "千", "百", "km", "kg", "mm", "cm",
                  "GB", "MB", "TB", "ms", "px", "mAh")
"""Units and measure words (Chinese and abbreviations) right after a number: ``2025元``, ``2020 km``."""
EN_NOT_YEAR_NOUNS = ("people", "persons", "employees", "users", "companies", "times", "units", "shares", "yuan",
                     "dollars", "points", "members", "customers", "stores", "meters", "miles", "feet", "words",
                     "pages", "hours", "minutes", "seconds", "days", "years", "months", "weeks", "students", "items",
                     "products", "tons", "cars", "homes", "jobs", "votes", "cases", "deaths", "tokens", "parameters",
                     "GPUs", "chips", "pixels", "bytes", "bits", "characters", "rows", "samples", "images", "stores",
                     "shops", "units", "calories", "yen", "won", "euros", "pounds")
"""English nouns after a number that count things (``2020 people``, ``1999 shares``), read as whole words."""


# ------------------------------------------------------------------------------------------ the cjk guard
ZH_RULE_OPENERS = ("第", "首季", "元月", "前二季", "前三季", "前兩季", "前2季", "前3季",
                   *(f"{a}{sep}" for a in "一二三" for sep in ("至", "到", "—", "-")),
                   *(f"前{c}" for c in "123456789二三四五六七八九十兩"))
"""Openers written into the Chinese patterns themselves rather than into a word table: 第 (第三季度, 第三天, 第二年),
首季 (the first quarter), 元月 (January), 前三季度 (the first three quarters), 一至三季度 and 前11個月 (the guard reads
their first two characters)."""
ZH_THENCE_WORDS = ("此後", "其後", "自此")
"""Words before a count that count it from the happening told just before (此後一個月, 其後三年: rule zh_thence)."""
ZH_FISCAL_PREFIXES = ("本", "今", "上一", "上", "下一", "下")
"""Words before a fiscal-year word that count it from the article's (本財年, 上一財年)."""
ZH_EVENT_DAY_BEFORE = ("案發", "案发", "事發", "事发", "出事", "發案", "发案", "事故發生", "事故发生")
"""Event words glued before 當日 / 當天 (``案發當日下午``): the day of that event, which the text may tell only later;
with no day told before it is not the article's day and is left unplaced (2026-12-05, issue 13)."""
ZH_EVENT_DAY_AHEAD = re.compile(
    r"(?:發生|案發|事發|出事)(?:時間)?(?:於|在|是|為)?[ \t]?(?:(?P<rel>本月|上月|上個月)|(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月)?"
    r"[ \t]?(?P<d>3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九])[ \t]?[日號]")
"""The event's day told after an event's 當日 (``案發當日下午……案件發生於本月9日凌晨``): a day of the article's month
(or of the month told, the latest one) read after the event word, up to :data:`ZH_EVENT_DAY_AHEAD_REACH` characters
ahead; the cataphoric 當日 is that day (2026-12-05, issue 13, session 8)."""
ZH_EVENT_DAY_AHEAD_REACH = 80
ZH_BARE_WEEK_REACH = 120
"""How far after a week number told with its year (``2026年第12週``) a bare one (``第13週以來``) is read in that year;
with no such week just told, a bare ``第N週`` is no date (a count of a season's or a pregnancy's weeks)."""
ZH_NEW_YEAR_MONTH = "正月"
"""The lunar month whose days 初一 … 初十 are festivals (正月初六): a bare 初N closing a range of festivals is its day."""
ZH_MONTH_EVENTS: dict[str, int] = {"兩會": 3}
"""Recurring national events held every year in a known month, beside the festivals (folded text: 两会 reads as
兩會): the national people's congress and political consultative conference, early March. Told with a year
(``今年全國兩會``) or with a word of time after it (``兩會期間``, ``兩會前``, ``兩會召開``) the event is that month,
placed by the tense rule as a month told without a year (2026-12-05, issue 13); the local sessions (``地方兩會``,
``省兩會``), held in January and February, are not it."""
ZH_MONTH_EVENT_NOT_AFTER = "省市縣县區区州方"
"""Characters right before 兩會 that make it a local session (地方兩會, 省兩會, 市兩會): not the national one."""
ZH_MONTH_EVENT_SUFFIX_MOD: dict[str, Mod | None] = {
    "期間": None, "前夕": "BEFORE", "之前": "BEFORE", "以前": "BEFORE", "前": "BEFORE", "之後": "AFTER",
    "以後": "AFTER", "後": "AFTER", "閉幕後": "AFTER", "結束後": "AFTER"}
"""Words after a month event that are part of its mention, and the mod each gives (兩會期間 is the month itself)."""
ZH_MONTH_EVENT_AFTER = ("召開", "開幕", "閉幕", "舉行", "上", "時", "的時候")
"""Words after a month event that show it is told as a time, without being part of the mention (兩會召開, 在兩會上)."""
ZH_FESTIVAL_PREFIXES = ("這個", "這", "今")
"""Words before a festival name that make it this year's (這個春節, 今中秋)."""


def _cjk_opener_words() -> tuple[str, ...]:
    """Every word a Chinese rule's match can open with when it opens with a Han character, built from the tables
    the rules read (year, month, day, week and weekday words with their prefixes, quarter and half-year words,
    parts, festivals, lunar months, eras aside): a word added to a table is admitted by the guard without editing
    it. Numerals open the ``cn`` family instead."""
    words = [*ZH_YEAR_WORDS, *ZH_MONTH_WORDS, *ZH_DAY_WORDS, *ZH_SAME_DAY_WORDS, *ZH_WEEK_REL, *ZH_RECENT,
             *ZH_TWO_YEARS, *ZH_TWO_DAYS, *ZH_NEXT_SPAN_WORDS, *ZH_WITHIN, *ZH_CENTURY_WORDS, *ZH_APPROX_BEFORE, *ZH_HALF_YEAR, *ZH_XUN, *ZH_HALF_MONTH,
             *FESTIVALS, *ZH_MONTH_EVENTS, *ZH_LUNAR_MARKERS, ZH_ROC_MARKER, *ZH_RULE_OPENERS, *ZH_THENCE_WORDS,
             *ZH_MONTHS_ENDED_YEAR]
    words += [f"{unit}{w}" for unit in "年月" for w in ZH_BARE_PARTS] + list(ZH_BARE_YEAR_START)
    words += [f"{name}月" for name in ZH_LUNAR_MONTH_NAMES]
    words += [f"{ZH_LUNAR_LEAP}{c}" for c in CN_1_9 + "十0123456789" + "".join(ZH_LUNAR_MONTH_NAMES)]  # 閏六月
    # 過去兩週, 近三年: a one-character word is admitted only before a count (a guard reads two characters)
    words += [f"{w}{c}" if len(w) == 1 else w for w in ZH_PAST_SPAN_WORDS for c in (CN_1_9 + "十兩0123456789 ")]
    words += [f"{y}{s}" for y in ZH_SEASON_YEAR_CHARS for s in ZH_SEASONS if len(s) == 1]  # 今夏, 去冬
    words += [f"{w}{d}" for w in ZH_WEEK_WORDS for d in (*ZH_WEEKDAYS, "末")]
    words += [f"{p}{w}" for p in ZH_WEEKDAY_PREFIXES for w in ZH_WEEK_WORDS]
    words += [f"{p}禮拜" for p in ZH_LIBAI_PREFIXES]
    words += [f"{p}季度" for p in ZH_QUARTER_PREFIXES]
    words += [f"{p}半年" for p in ZH_HALF_PREFIXES]
    words += [f"{p}{w}" for p in ZH_FISCAL_PREFIXES for w in ZH_FISCAL_YEAR_WORDS]
    words += [f"{p}{f}" for p in ZH_FESTIVAL_PREFIXES for f in FESTIVALS]
    words += [f"半{u}" for u in ZH_COUNT_UNITS]  # 半年前
    words += [f"{w}{b}" for w in (*ZH_DAY_PAREN, *ZH_YEAR_PAREN, *ZH_MONTH_PAREN)
              for b in ZH_DAY_PAREN_OPEN]  # 今（18）日, 去（2025）年, 本（2）月
    return tuple(dict.fromkeys(w for w in words if "\u3400" <= w[0] <= "\u9fff"))


ZH_CJK_OPENER_WORDS = _cjk_opener_words()
"""The words of :func:`_cjk_opener_words` (``tests/temporal/test_temporal_rules.py`` tells each inside a sentence
and checks that the guards change no answer)."""


def _cjk_guard(words: Iterable[str]) -> str:
    """The cjk family's guard: the first two characters of every opener word, grouped by the first (a word of one
    character admits every position it stands at), then the reign eras before a year number."""
    seconds: dict[str, set[str]] = {}
    for w in words:
        seconds.setdefault(w[0], set()).add(w[1:2])
    alts = []
    for first, nexts in sorted(seconds.items()):
        if "" in nexts:
            alts.append(re.escape(first))
        else:
            alts.append(re.escape(first) + "[" + "".join(re.escape(c) for c in sorted(nexts)) + "]")
    eras = rf"(?:{'|'.join(ZH_ERAS)})[元{_CN_RUN}0-9]"
    return rf"(?=[\u3400-\u9fff])(?={'|'.join(alts)}|{eras})"


def _cn_guard() -> str:
    """The cn family's guard: a Chinese numeral (not inside a longer one) and, after it, a character of a date
    (年, 月, 日, 季, 年代, 世紀; 七夕, 五一), the start of a counted unit (:data:`ZH_COUNT_UNITS`: 三個季度, 兩小時), or,
    after 五, what follows a five-year plan's number (:data:`ZH_PLAN_AFTER`, :data:`ZH_PLAN_PERIOD_WORDS`)."""
    singles = set(ZH_CN_DATE_AFTER) | {u for u in ZH_COUNT_UNITS if len(u) == 1}
    pairs: dict[str, set[str]] = {}
    for u in ZH_COUNT_UNITS:
        if len(u) > 1 and u[0] not in singles:
            pairs.setdefault(u[0], set()).update((u[1], "多") if u[0] == "個" else u[1])  # 一個多月: 多 inside
    units = "|".join([f"[{''.join(sorted(singles))}]", "世紀",
                      *(f"{re.escape(a)}[{''.join(sorted(b))}]" for a, b in sorted(pairs.items()))])
    plan = "".join(sorted({re.escape(w.lstrip("\\")[0]) for w in (*ZH_PLAN_AFTER, *ZH_PLAN_PERIOD_WORDS)}))
    return (rf"(?<![{_CN_RUN}])(?=[{_CN_RUN}{CN_VAGUE_COUNT_CHARS}][{_CN_RUN}{CN_VAGUE_COUNT_CHARS}千0-9]{{0,4}}多?\s?"
            rf"(?:{units}|(?<=五)[{plan}]))")


ZH_CN_DATE_AFTER = "年月日號季夕代一"
"""Characters after a Chinese numeral that open a date (三月, 二〇二〇年, 三季度, 八十年代; 七夕 and 五一, 八一 of the
festival names); the units a count is told in come from :data:`ZH_COUNT_UNITS`."""
FAMILY_GUARDS["cn"] = _cn_guard()
FAMILY_GUARDS["digit"] = (FAMILY_GUARDS["digit"][:-1] + "".join(
    f"|{name}{guard}" for name, guard in ZH_FESTIVAL_GUARDS.items() if name.isdigit())
    + r"|(?:(?<![^\n])|(?<=[\n 【\[*_\t\u3000]))\d{1,2}[時点點][0-5]?\d分" + ")")
"""A festival named by digits (``618大促``, ``“228”連假``) starts where its own guard lets it: the digit family's guard
admits it there; so does a Chinese clock time after a line's start (``9時10分 …``, an update's stamp,
:data:`STAMP_CLOCK`)."""
FAMILY_GUARDS["cjk"] = _cjk_guard(ZH_CJK_OPENER_WORDS)
_CJK_START = "".join(sorted({w[0] for w in ZH_CJK_OPENER_WORDS}))
FAMILY_FIRSTS: dict[str, str] = {"digit": "0-9", "cn": _CN_RUN, "cjk": _CJK_START + _ERA_FIRSTS, "latin": "A-Za-z",
                                 "quote": "'"}
"""Each family's first characters, as the inside of a character class: a position the scan tries the family at
starts with one of them and passes the family's guard (:data:`FAMILY_GUARDS`). The scan searches for each family
separately, and a search for a pattern that begins with a character class skips every other character inside the
regex engine, without trying the guard there."""
ANY_START = f"(?=[{''.join(FAMILY_FIRSTS[f] for f in ('digit', 'quote', 'cn', 'cjk'))}]|(?<![A-Za-z])[A-Za-z])"
"""The global guard: the characters any rule's match can start with (digits, numerals, the cjk openers' first
characters, era names, a Latin letter at a word's start), the union of :data:`FAMILY_FIRSTS`."""
