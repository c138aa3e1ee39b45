"""Numerals and script folding for the temporal rules.

Contract
--------
* :data:`FOLD` is a ``str.translate`` table that maps, one character to one character (so offsets are
  preserved): full-width digits, letters and punctuation to ASCII, and the Simplified forms of every
  character the Chinese rule tables use to their Traditional form. The rules are written once, in
  Traditional Chinese, and matched against ``text.translate(FOLD)``; spans are then cut from the
  original text. This costs one C-level pass over the text instead of an OpenCC conversion.
* :func:`cn_int` reads a Chinese or Arabic numeral (``二〇一四``, ``十二``, ``廿三``, ``兩``, ``３``) as an
  ``int``; :func:`cn_digits` reads digit-by-digit year numerals (``一九九九`` -> 1999).
"""

from __future__ import annotations

import re

# Simplified -> Traditional for the characters used in the Chinese rule tables (one to one).
# tests/temporal/test_temporal_numerals.py checks with OpenCC that every table character is covered.
_S2T_PAIRS = (
    "个個 当當 节節 农農 历曆 腊臘 财財 国國 圣聖 诞誕 这這 后後 岁歲 周週 纪紀 来來 东東 阳陽 时時 间間 "
    "开開 几幾 两兩 从從 于於 过過 际際 劳勞 动動 儿兒 妇婦 亲親 万萬 亿億 号號 "
    "乡鄉 庆慶 双雙 无無 阴陰 闰閏 岁歲 顷頃 为為 该該 将將 预預 计計 划劃 达達 约約 "
    "头頭 报報 历曆 点點 钟鐘 华華 关關 结結 东東 场場 还還 实實 现現 发發 财財 务務 "
    "业業 绩績 报報 级級 龄齡 轻輕 纪紀 岁歲 数數 余餘 内內 "
    "万萬 圆圓 块塊 项項 条條 种種 门門 层層 页頁 届屆 届屆 场場 轮輪 "
    "间間 际際 临臨 随隨 继繼 届屆 会會 议議 战戰 届屆 圣聖 诞誕 "
    "礼禮 档檔 阅閱 养養 习習 环環 调調 与與 "
    "学學 叶葉 药藥 费費 资資 购購 医醫 长長 阶階 韩韓 饼餅 黄黃 "
    "师師 树樹 军軍 画畫 规規 赛賽 盘盤 辈輩 饭飯 厅廳 楼樓 机機 馆館 "
    "价價 审審 气氣 线線 选選 语語 谈談 举舉 闭閉 连連 续續 订訂 "
    "乐樂 启啟 宁寧 宝寶 干乾 祯禎 绍紹 统統 绪緒 兴興 观觀 丰豐 贞貞 顺順 寻尋 听聽 龙龍 惊驚 蛰蟄 谷穀 满滿 处處 "
)
S2T: dict[str, str] = {}
for _pair in _S2T_PAIRS.split():
    if len(_pair) == 2 and _pair[0] != _pair[1]:
        S2T[_pair[0]] = _pair[1]

FOLD: dict[int, int] = {}
for _c in list(range(0xFF10, 0xFF1A)) + list(range(0xFF21, 0xFF3B)) + list(range(0xFF41, 0xFF5B)):
    FOLD[_c] = _c - 0xFEE0  # full-width digits and letters
FOLD[0x3000] = 0x20  # ideographic space
for _a, _b in (("〜", "~"), ("～", "~"), ("－", "-"), ("／", "/"), ("．", "."), ("＇", "'")):
    FOLD[ord(_a)] = ord(_b)
for _s, _t in S2T.items():
    FOLD[ord(_s)] = ord(_t)

_FOLDABLE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(FOLD)) + "]")
_FOLD_STR = {chr(k): chr(v) for k, v in FOLD.items()}


def fold(text: str) -> str:
    """``text`` with full-width digits/letters and Simplified rule characters folded (same length).

    Chinese full-width punctuation is left alone (the rules accept it). Text with nothing to fold is
    returned as is; sparse folds go through one regex pass instead of a per-character ``translate``.
    """
    first = _FOLDABLE.search(text)
    if first is None:
        return text
    return _FOLDABLE.sub(lambda m: _FOLD_STR[m.group()], text)


_DIGIT = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
_UNIT = {"十": 10, "廿": 20, "卅": 30, "百": 100, "千": 1000}

CN_DIGITS = "〇零○一二三四五六七八九"
"""Characters that spell one digit each in digit-by-digit years (``二〇一四``)."""

CN_NUM = "〇零○一二三四五六七八九十廿卅兩百千"
"""Characters of a Chinese numeral."""


def cn_digits(s: str) -> int:
    """Digit-by-digit numeral (``一九九九`` -> 1999, ``2026`` -> 2026)."""
    n = 0
    for ch in s:
        d = _DIGIT.get(ch)
        if d is None:
            d = int(ch)
        n = n * 10 + d
    return n


def cn_int(s: str) -> int:
    """A Chinese numeral with units (``十二`` 12, ``二十三`` 23, ``廿三`` 23, ``三十一`` 31) or Arabic digits.

    Digit-only Chinese strings (``二〇一四``) read digit by digit. Raises ``ValueError`` when empty.
    """
    s = s.strip()
    if not s:
        raise ValueError("empty numeral")
    if s.isdigit():
        return int(s)
    if not any(ch in _UNIT for ch in s):
        return cn_digits(s)
    total, cur = 0, 0
    for ch in s:
        if ch in _DIGIT:
            cur = _DIGIT[ch]
        elif ch in _UNIT:
            unit = _UNIT[ch]
            if unit in (20, 30):  # 廿, 卅 stand for 二十, 三十
                total += unit
                cur = 0
                continue
            total += (cur or 1) * unit
            cur = 0
        else:
            raise ValueError(f"not a numeral: {s!r}")
    return total + cur


EN_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a hundred": 100, "hundred": 100,
}
EN_COUNT_NUMBERS = tuple(w for w, n in EN_NUMBERS.items() if " " not in w and w not in ("a", "an", "hundred") and n <= 50)
"""The number words a count of units is told with (``three weeks``, ``fifty years``), in :data:`EN_NUMBERS` order."""
EN_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
EN_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
EN_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_EN_BELOW_100 = (r"(?:(?:" + "|".join(EN_TENS) + r")(?:[\s-]+(?:" + "|".join(EN_UNITS) + r"))?|" + "|".join(EN_TEENS)
                 + "|" + "|".join(EN_UNITS) + ")")
_EN_THOUSAND_BEFORE = ("in", "In", "since", "Since", "March", "march", "April", "april", "May", "may", "June",
                       "june", "July", "july", "August", "august")
_EN_THOUSAND_AFTER_END = (",", "ary", "ber", "st", "nd", "rd", "th", "quarter of", "half of")
"""What may stand (followed by a space) right before a year spelled ``two thousand and five`` without ``the year``:
a preposition or a month name (whole words), or a word ending (a comma, ``January``/``October``, an ordinal day
such as ``January first``, ``the third quarter of``); not ``of`` alone (``a crowd of two thousand``)."""
_EN_THOUSANDS = r"[Tt]wo\s+thousand(?:\s+(?:and\s+)?" + _EN_BELOW_100 + r")?"
EN_THOUSANDS_YEAR = (r"[Tt]wo\s+thousand(?:\s+(?:and\s+)?" + _EN_BELOW_100
                     + r"(?!\s+(?:hundred|thousand|million|billion|[a-z]+s)\b)|(?!\s+(?!and\b)[a-z]))")
"""A year of the 2000s spelled out (``two thousand and ten``), not a count before a noun (``two thousand people``,
``two thousand five hundred``): read right after a name that takes a year (``Easter Sunday two thousand ten``)."""
EN_SPELLED_YEAR = (
    r"(?P<syc>[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty)"
    r"[\s-]+(?P<syn>(?:" + "|".join(EN_TENS) + r")(?:[\s-]+(?:" + "|".join(EN_UNITS) + r"))?|" + "|".join(EN_TEENS)
    + r"|(?:oh|o|zero)[\s-]+(?:" + "|".join(EN_UNITS) + r")|hundred(?:\s+(?:and\s+)?" + _EN_BELOW_100 + r")?)"
    r"|(?:[Tt]he\s+year\s+|(?:" + "|".join([*(rf"(?<=\b{w}\s)" for w in _EN_THOUSAND_BEFORE),
                                              *(rf"(?<={w}\s)" for w in _EN_THOUSAND_AFTER_END)])
    + r")(?=" + _EN_THOUSANDS + r"(?!\s+(?!and\b)[a-z])))(?P<syt>" + _EN_THOUSANDS + ")"
)
"""A year spelled out in words: ``nineteen ninety-six``, ``twenty twenty``, ``nineteen oh five``, ``nineteen
hundred ninety three``, ``the year two thousand``, ``in two thousand and fifteen``; read by
:func:`en_spelled_year`."""


def en_spelled_year(century: str | None, rest: str | None, thousands: str | None = None) -> int:
    """The year of an :data:`EN_SPELLED_YEAR` match: ``("nineteen", "ninety-six")`` -> 1996,
    ``(None, None, "two thousand and five")`` -> 2005."""
    if thousands:
        words = thousands.lower().replace("-", " ").split()
        tail = [w for w in words[2:] if w != "and"]
        return 2000 + sum(EN_NUMBERS[w] for w in tail)
    if century is None or rest is None:
        raise ValueError("a spelled-out year needs its century and the rest, or the thousands")
    c = EN_NUMBERS[century.lower()]
    words = rest.lower().replace("-", " ").split()
    return c * 100 + sum(EN_NUMBERS.get(w, 0) for w in words if w not in ("oh", "o", "zero", "hundred", "and"))
EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
EN_DAY_ORDINALS: dict[str, int] = {
    w: i for i, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                                "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                                "seventeenth", "eighteenth", "nineteenth", "twentieth"), 1)}
"""Ordinal words of the days of a month up to 20; :func:`en_day` also reads ``twenty-second``, ``thirtieth``,
``thirty first``, cardinals (``twenty nine``) and ``15th``."""
EN_DAY_WORDS = (r"(?:(?:twenty|thirty)[\s-](?:" + "|".join(list(EN_DAY_ORDINALS)[:9]) + "|" + "|".join(EN_UNITS)
                + r")|thirtieth|" + "|".join(EN_DAY_ORDINALS) + r"|twenty|thirty)")
"""A day of the month in words (``first``, ``twenty-second``, ``twenty nine``, ``thirtieth``)."""


def en_day(s: str) -> int:
    """The day of the month of an ordinal or cardinal (``first`` 1, ``twenty-second`` 22, ``15th`` 15,
    ``twenty nine`` 29, ``thirtieth`` 30); raises ``KeyError`` for other words."""
    s = s.strip().lower()
    digits = s.rstrip("stndrh")
    if digits.isdigit():
        return int(digits)
    if s == "thirtieth":
        return 30
    total = 0
    for w in s.replace("-", " ").split():
        total += EN_DAY_ORDINALS[w] if w in EN_DAY_ORDINALS else EN_NUMBERS[w]
    return total


def en_int(s: str) -> int:
    """An English cardinal (``seventeen``, ``17``, ``a``)."""
    s = s.strip().lower()
    if s.isdigit():
        return int(s)
    return EN_NUMBERS[s]
