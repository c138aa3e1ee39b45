"""Text helpers for event building: script normalisation, sentences, clauses and content terms.

Contract
--------
* :func:`to_simplified` converts Traditional to Simplified Chinese with OpenCC and always returns a string
  of the same length as its input, so offsets found in the converted text are offsets in the original.
* :func:`sentence_spans` splits a text into sentences (Chinese and English punctuation, line breaks);
  :func:`sentence_at` finds the sentence around a character span.
* :func:`content_terms` turns a (converted) piece of text into a bag of content terms: Chinese character
  bigrams without function characters, lower-cased English content words, and numbers with their unit.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sized
from functools import lru_cache
from sys import intern

_converter = None


def _opencc():
    global _converter
    if _converter is None:
        import opencc

        _converter = opencc.OpenCC("t2s")
    return _converter


@lru_cache(maxsize=4096)
def _convert_char(ch: str) -> str:
    out = _opencc().convert(ch)
    return out if len(out) == 1 else ch


_TABLE: dict[int, str] = {}
_SEEN: set[str] = set()


def to_simplified(text: str) -> str:
    """Traditional -> Simplified with OpenCC's ``t2s`` character conversion (see module docstring).

    Each distinct CJK character is converted by OpenCC once and remembered, so a text is converted with
    one ``str.translate`` pass: fast on large corpora and length-preserving by construction.
    """
    if not text:
        return text
    chars = set(text)
    new = chars - _SEEN
    if new:
        for ch in new:
            if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff":
                out = _convert_char(ch)
                if out != ch:
                    _TABLE[ord(ch)] = out
        _SEEN.update(new)
    if len(text) > _WHOLE_TEXT and not any(ord(ch) in _TABLE for ch in chars):
        # nothing to convert (a Simplified or English article): the text itself, equal to what translate gives,
        # without a transient copy of a whole article (translate writes 4 bytes a character before it shrinks)
        return text
    return text.translate(_TABLE)


_WHOLE_TEXT = 4096
"""From this length on, :func:`to_simplified` first looks whether any character converts at all."""


# ---------------------------------------------------------------------------------------------- sentences
_SENT_END = re.compile(r"[。！？!?]+[」』”’\"')）]*|\n+"
                       r"|(?<![A-Z])(?<!Mr)(?<!Ms)(?<!Dr)(?<!Mrs)(?<!Jr)(?<!St)(?<!vs)(?<!Inc)(?<!Co)"
                       r"\.(?=\s+[A-Z\"“(\u4e00-\u9fff])"
                       # a ticker or an acronym of three capitals or more ends a sentence: "… the symbol KNSL. Founded …"
                       r"|(?<=[A-Z][A-Z][A-Z])\.(?=\s+[A-Z][a-z])"
                       r"|(?<=[a-z0-9”’\"')])\.(?=[A-Z\u4e00-\u9fff“\"])|\.\s*$"
                       # an English sentence followed by Chinese text: "… a reorganization. 1995年1月23日，…"
                       r"|(?:(?<=[A-Za-z][a-zA-Z])|(?<=[0-9”’\"')%]))(?<!Mr)(?<!Ms)(?<!Dr)(?<!Jr)(?<!St)(?<!vs)(?<!Co)\.(?=\s*(?:[\u3400-\u9fff「『（]|\d{1,4}\s*[年月日]))")


MAX_SENTENCE = 1000
"""Longest sentence in characters. A longer run without a sentence end (a table flattened to one line, a page
with no punctuation) is cut into pieces of at most this length, at the last white space of the second half
of each piece where there is one: every mention's context is bounded, so event building stays linear in the
text however it is punctuated."""

_SPACE = re.compile(r"\s")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """All sentences of ``text`` as ``(start, end)`` spans without surrounding white space (at most
    :data:`MAX_SENTENCE` characters each)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        end = m.end() if m.group().strip() else m.start()
        _push_bounded(text, pos, end, spans)
        pos = m.end()
    _push_bounded(text, pos, len(text), spans)
    return spans


def _push_bounded(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    while b - a > MAX_SENTENCE:
        cut = a + MAX_SENTENCE
        half = a + MAX_SENTENCE // 2
        spaces = [m.start() for m in _SPACE.finditer(text, half, cut)]
        if spaces:
            cut = spaces[-1]
        _push(text, a, cut, spans)
        a = cut
    _push(text, a, b, spans)


def _push(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append((a, b))


class SentenceIndex:
    """Sentence lookup for one text (built once per article)."""

    def __init__(self, text: str):
        self.text = text
        self.spans = sentence_spans(text)
        self._starts = [a for a, _ in self.spans]

    def at(self, start: int, end: int) -> tuple[int, int]:
        """The sentence holding ``text[start:end]`` (extended if the span crosses a sentence end)."""
        i = bisect.bisect_right(self._starts, start) - 1
        if i < 0:
            return (start, max(end, start))
        a, b = self.spans[i]
        j = i
        while b < end and j + 1 < len(self.spans):
            j += 1
            b = self.spans[j][1]
        return a, max(b, end)


def sentence_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (convenience wrapper around :class:`SentenceIndex`)."""
    return SentenceIndex(text).at(start, end)


_CLAUSE_SPLIT = re.compile(r"[，；;：—–]+|(?:(?<!\d):|:(?!\d\d))+|(?:(?<!\d),|,(?!\d))+|——|\s[-–—]\s|(?<=[a-z]),")
# (not "1,200", nor a time told "2:24:51" / "9:30")


def _in_bracket(text: str, a: int, b: int, i: int) -> bool:
    """``text[i]`` lies inside a bracket of at most 30 characters opened and closed within ``text[a:b]``."""
    op = max(text.rfind("（", max(a, i - 30), i), text.rfind("(", max(a, i - 30), i))
    if op < 0 or max(text.rfind("）", op, i), text.rfind(")", op, i)) >= 0:
        return False
    close = [k for k in (text.find("）", i, min(b, op + 31)), text.find(")", i, min(b, op + 31))) if k >= 0]
    return bool(close)


_SCORE_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}-\d{1,2}(?:\(\d+\))?$")
_SCORE_AFTER = re.compile(r"\s*\d{1,2}-\d{1,2}(?![\d-])")


def clause_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Clauses of ``text[a:b]`` split at commas, semicolons, colons and dashes (absolute offsets), not inside a
    short bracket ("（股份代號：2896）", "（以下简称“公司”，…）")."""
    out: list[tuple[int, int]] = []
    pos = a
    for m in _CLAUSE_SPLIT.finditer(text, a, b):
        if _in_bracket(text, a, b, m.start()):
            continue
        if _SCORE_BEFORE.search(text, max(a, m.start() - 6), m.start()) and _SCORE_AFTER.match(text, m.end()):
            continue  # "beat Sofia Arana 6-4, 7-5 in the final": the comma of a score
        _push(text, pos, m.start(), out)
        pos = m.end()
    _push(text, pos, b, out)
    return out


# ------------------------------------------------------------------------------------------------ terms
# Function characters (Simplified) that make a bigram uninformative.
_STOP_CHARS = set("的了在是和与及也都就而但又并被把将对于以这那其之为等个一不有上下中到从向让使给着过很更最还已再才"
                  "他她它们我你您我们此该其各每某本所如若因则即便虽然而且或者吗呢吧啊呀么什啥谁哪")
_EN_STOP = set("""a an the and or but if of to in on at by for from with as is are was were be been being it its
this that these those there here he she they we you i me my our your his her their them us do does did
done have has had having not no so than then too very can could would should will shall may might must
about into over after before when while where which who whom what how why all any some more most other
such only own same just also now up down out off again further once because until both each few many
much one two three first last new said says say like yeah well right know think going get got mean really
jeremy tepper joe tsai transcript""".split())

_CJK = re.compile(r"[\u3400-\u9fff]+")
_LATIN = re.compile(r"[A-Za-z][A-Za-z\-']+")
_NUMBER_UNIT = re.compile(r"(?<!\d)\d+(?:\.\d+)?\s*(?:亿|万|千|百|%|倍|美元|元|家|人|个)")
_DIGITS = re.compile(r"\d")


def content_terms(norm: str) -> Counter[str]:
    """A bag of content terms of ``norm`` (already converted with :func:`to_simplified`). The terms are
    interned (``sys.intern``): the bags of every statement of a corpus, kept until its events are made,
    share one string per distinct term instead of one per occurrence."""
    bag: Counter[str] = Counter()
    for m in _CJK.finditer(norm):
        run = m.group()
        for i in range(len(run) - 1):
            bg = run[i:i + 2]
            if bg[0] in _STOP_CHARS or bg[1] in _STOP_CHARS:
                continue
            bag[intern(bg)] += 1
    for m in _LATIN.finditer(norm):
        w = m.group().lower().strip("-'")
        if len(w) < 3 or w in _EN_STOP:
            continue
        if w.endswith("s") and len(w) > 4 and not w.endswith("ss"):
            w = w[:-1]
        bag[intern(w)] += 1
    for m in _NUMBER_UNIT.finditer(norm):
        bag[intern(re.sub(r"\s+", "", m.group()))] += 1
    for key in amounts(norm):
        bag[intern(key)] += 1
    if "百分之" in norm or "ercent" in norm or "per cent" in norm:
        for key in _worded_percents(norm):
            bag[intern(key)] += 1
    return bag


_ZH_PERCENT = re.compile(r"百分之([零〇一二两三四五六七八九十百]+)(?:[点點]([零〇一二三四五六七八九]+))?")
_EN_PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:percent|per\s+cent)(?![A-Za-z])", re.I)


def _worded_percents(norm: str) -> list[str]:
    """Percentages told in words, with the key "N%" a figure written with a sign gives: "百分之六十" / "60
    percent" -> ``60%`` ("百分之三十四点五" -> ``34.5%``)."""
    out: list[str] = []
    for m in _ZH_PERCENT.finditer(norm):
        whole = zh_number(m.group(1))
        if whole is None:
            continue
        frac = "".join(str(_ZH_DIGIT[ch]) for ch in m.group(2)) if m.group(2) else ""
        out.append(f"{whole}.{frac}%" if frac else f"{whole}%")
    for m in _EN_PERCENT.finditer(norm):
        out.append(f"{m.group(1)}%")
    return out


_AMOUNT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(万亿|亿|万|trillion|billion|million|tn|bn|m)(?![A-Za-z])", re.I)
_WAN = {"万亿": 100000000, "亿": 10000, "万": 1, "trillion": 100000000, "tn": 100000000, "billion": 100000,
        "bn": 100000, "million": 100, "m": 100}
_EN_NUMBER_WORD = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                   "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
                   "forty": 40, "fifty": 50, "hundred": 100, "a hundred": 100, "one hundred": 100}
# "two billion yuan", "a hundred million dollars": a number in words before a large unit
_EN_WORD_AMOUNT = re.compile(r"(?<![A-Za-z-])(" + "|".join(sorted(_EN_NUMBER_WORD, key=len, reverse=True))
                             + r")\s+(trillion|billion|million)(?![A-Za-z])", re.I)


_ZH_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_SCALE = {"十": 10, "百": 100, "千": 1000}
# a number in Chinese numerals before 亿 / 万, a digit among them (not "千万" / "数十万": no amount told)
_ZH_AMOUNT = re.compile(r"(?<![数几多\d零〇一二两三四五六七八九十百千])([零〇一二两三四五六七八九十百千]*[一二两三四五六七八九]"
                        r"[零〇一二两三四五六七八九十百千]*)(万亿|亿|万)")


_PLAIN_AMOUNT = re.compile(r"(?:(?<![A-Za-z])(?:US|HK|S|A|C)?[$€£¥]\s?(\d{1,3}(?:,\d{3})+)|(?<![\d,.])(\d{1,3}(?:,\d{3})+)\s*"
                           r"(?:yuan|renminbi|RMB|CNY|dollars|euros|pounds|yen|won|rupees|HKD|USD|EUR))"
                           r"(?![\d,]|\.\d|\s*(?:billion|million|bn|m)\b)", re.I)


def zh_number(text: str) -> int | None:
    """The value of a Chinese numeral below ten thousand (十二 -> 12, 三千二百 -> 3200, 一百零五 -> 105, 八 -> 8);
    None when it is not one (digits run together, "一二")."""
    total, digit = 0, None
    last_scale = 10000
    for ch in text:
        if ch in _ZH_DIGIT:
            if digit is not None and _ZH_DIGIT[ch] and digit:
                return None  # two digits in a row ("一二"): no number
            digit = _ZH_DIGIT[ch]
        elif ch in _ZH_SCALE:
            scale = _ZH_SCALE[ch]
            if scale >= last_scale:
                return None
            total += (1 if digit is None else digit) * scale
            digit, last_scale = None, scale
        else:
            return None
    return total + (digit or 0)


def _worded_amounts(norm: str) -> list[str]:
    """The amount keys of :func:`amounts` told in Chinese numerals ("十二亿元", "三千二百万元": as 12亿 / 3200万),
    in English words ("two billion yuan": as 20亿) or as a sum written out in full ("860,000 yuan",
    "$1,500,000": as 86万 / 150万)."""
    out: list[str] = []
    if "亿" in norm or "万" in norm:
        yi_end, yi = -1, 0.0  # "四亿五千万": the 万 part right after a 亿 part adds to it (one amount, 4.5亿)
        for m in _ZH_AMOUNT.finditer(norm):
            value = zh_number(m.group(1))
            if value:
                amount = float(value) * _WAN[m.group(2)]
                if m.group(2) == "万" and m.start() == yi_end and out:
                    out[-1] = f"amount:{yi + amount:g}"
                    continue
                if m.group(2) == "亿":
                    yi_end, yi = m.end(), amount
                out.append(f"amount:{amount:g}")
    if "illion" in norm:
        for m in _EN_WORD_AMOUNT.finditer(norm):
            value = _EN_NUMBER_WORD[" ".join(m.group(1).lower().split())]
            out.append(f"amount:{float(value) * _WAN[m.group(2).lower()]:g}")
    if "," in norm:
        for m in _PLAIN_AMOUNT.finditer(norm):
            value = int((m.group(1) or m.group(2)).replace(",", ""))
            if value >= 10000:
                out.append(f"amount:{value / 10000:g}")
    return list(dict.fromkeys(out))


def amounts(norm: str) -> list[str]:
    """Amounts written with a large unit, as one key in every script and language: ``35.4亿``, ``3.54
    billion`` and ``3,540 million`` all give ``amount:354000`` (in units of 万). Distinctive numbers are
    strong evidence that two tellings are one happening. A precise amount also gives its roundings that keep
    three significant digits or more (``1643.04万`` also gives ``amount:1643``), so a telling that rounds
    it ("約1643萬股") shares a key with it."""
    out = _worded_amounts(norm)
    yi_end, yi = -1, 0.0  # "4亿5000万": one amount (4.5亿), as in words
    for m in _AMOUNT.finditer(norm.replace(",", "")):
        written = m.group(1)
        unit = _WAN[m.group(2).lower()]
        if unit == 1 and m.start() == yi_end and out:
            out[-1] = f"amount:{yi + float(written):g}"
            continue
        if m.group(2) == "亿":
            yi_end, yi = m.end(), float(written) * unit
        out.append(f"amount:{float(written) * unit:g}")
        # the same amount told less precisely ("约1643万股" / "1643.04万股"): its roundings in the written
        # unit that keep at least three significant digits (2.52亿 gives no 2.5亿, which is another amount)
        decimals = len(written.split(".")[1]) if "." in written else 0
        for k in range(decimals - 1, -1, -1):
            r = round(float(written), k)
            if len(f"{r:.{k}f}".replace(".", "").lstrip("0")) < 3:
                break
            key = f"amount:{r * unit:g}"
            if key not in out:
                out.append(key)
    return out


def blank_spans(text: str, spans: Iterable[tuple[int, int]], shift: int = 0) -> str:
    """``text`` with each ``(start, end)`` span, less ``shift`` (spans of a longer text that ``text`` is the
    slice of from ``shift`` on), replaced by spaces (same length), e.g. to drop dates.

    Spans (any iterable of pairs) may overlap, be out of order or reach past the text (clipped to it). Written into one UTF-32 buffer
    (4 bytes a character; lone surrogates pass through): a list of the characters cost 8 bytes a character
    plus a string object of about 76 bytes for each one outside Latin-1 (a Chinese article's whole text).
    ``shift`` spares the caller a shifted copy of the spans (two new integers and a tuple a span: a sentence
    of a text of dates holds thousands)."""
    if isinstance(spans, Sized) and not len(spans):
        return text
    buf = bytearray(text.encode("utf-32-le", "surrogatepass"))
    n = len(text)
    for a, b in spans:
        a, b = max(0, a - shift), min(n, b - shift)
        if a < b:
            buf[4 * a:4 * b] = _SPACE32 * (b - a)
    return buf.decode("utf-32-le", "surrogatepass")


_SPACE32 = " ".encode("utf-32-le")


def has_digit(s: str) -> bool:
    return bool(_DIGITS.search(s))


# ------------------------------------------------------------------------------------ literal scanning
class LiteralScanner:
    """Leftmost-longest search for many literal aliases in one pass (a first-character index, like a
    one-level Aho-Corasick trie): much faster than one big regex alternation in Python's ``re``.

    ``exact`` aliases match as written; ``latin`` aliases (ASCII) match case-insensitively, not after a
    letter or digit, and, when ``latin_whole_word`` is true, not before a lower-case letter. With ``proper``
    (names), an alias written with a capital first letter does not match a word written in lower case
    ("Nets" is no match for "whose nets snagged"; "NETS" and "Nets" are).
    """

    def __init__(self, exact: dict[str, str], latin: dict[str, str], latin_whole_word: bool = True,
                 proper: frozenset[str] = frozenset()):
        self._capital = proper  # lower-cased aliases written with a capital first letter (names)
        self._exact: dict[str, list[tuple[str, str]]] = {}
        for alias, value in sorted(exact.items(), key=lambda kv: -len(kv[0])):
            if alias:
                self._exact.setdefault(alias[0], []).append((alias, value))
        self._latin: dict[str, list[tuple[str, str]]] = {}
        for alias, value in sorted(latin.items(), key=lambda kv: -len(kv[0])):
            if alias:
                self._latin.setdefault(alias[0].lower(), []).append((alias.lower(), value))
        self._whole = latin_whole_word
        parts = []
        if self._exact:
            parts.append("[" + "".join(re.escape(c) for c in sorted(self._exact)) + "]")
        if self._latin:
            latin_firsts = set(self._latin) | {c.upper() for c in self._latin}
            parts.append("(?<![A-Za-z0-9])[" + "".join(re.escape(c) for c in sorted(latin_firsts)) + "]")
        self._first = re.compile("|".join(parts)) if parts else None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """``(start, end, value)`` of every match inside ``text[start:end]``, in text order."""
        end = len(text) if end is None else min(end, len(text))
        if self._first is None or start >= end:
            return []
        # work on the range plus one character of context each side (for the word-boundary tests)
        lo = max(0, start - 1)
        piece = text[lo:min(len(text), end + 1)]
        lower = _lower(piece)
        if len(lower) != len(piece):
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in piece)
        stop = end - lo
        out: list[tuple[int, int, str]] = []
        pos = start - lo
        for m in self._first.finditer(piece, start - lo, stop):
            i = m.start()
            if i < pos:
                continue
            hit = None
            for alias, value in self._exact.get(piece[i], ()):
                if i + len(alias) <= stop and piece.startswith(alias, i):
                    hit = (i, i + len(alias), value)
                    break
            if hit is None and lower[i] in self._latin and not (i > 0 and _ALNUM(lower[i - 1])):
                for alias, value in self._latin[lower[i]]:
                    j = i + len(alias)
                    if j <= stop and lower.startswith(alias, i) and not (
                            self._whole and j < len(piece) and "a" <= piece[j] <= "z") and not (
                            alias in self._capital and "a" <= piece[i] <= "z"):
                        hit = (i, j, value)
                        break
            if hit is not None:
                out.append((hit[0] + lo, hit[1] + lo, hit[2]))
                pos = hit[1]
        return out


_LOWER_CHUNK = 1 << 16


def _lower(s: str) -> str:
    """``s.lower()``, a long text a chunk at a time: ``str.lower`` of a non-ASCII text works in a buffer of 12
    bytes a character before it makes its result (a whole article scanned for names and keywords: 240 MB for
    20 million Chinese characters). The same string: lowering is a function of each character alone, except
    for a capital sigma at a word's end (``Σ`` -> ``ς``), which reads its neighbours; a text holding one is
    lowered whole."""
    if len(s) <= _LOWER_CHUNK or s.isascii() or "\u03a3" in s:
        return s.lower()
    return "".join([s[k:k + _LOWER_CHUNK].lower() for k in range(0, len(s), _LOWER_CHUNK)])


def _ALNUM(ch: str) -> bool:  # noqa: N802
    return ch.isascii() and ch.isalnum()


def scanner_for_aliases(aliases: dict[str, list[str]], keep_traditional: bool,
                        latin_whole_word: bool, proper: bool = False) -> LiteralScanner:
    """A :class:`LiteralScanner` mapping every alias of ``aliases`` (value -> its aliases) to its value.

    Chinese aliases are matched in their Simplified form (texts are converted before scanning) and, with
    ``keep_traditional``, as written too; ASCII aliases case-insensitively (with ``proper``, names: an alias
    written with a capital does not match the word in lower case). The first value to claim an alias keeps it.
    """
    cjk: dict[str, str] = {}
    latin: dict[str, str] = {}
    capital: set[str] = set()
    for value, als in aliases.items():
        for a in als:
            if a.isascii():
                latin.setdefault(a.lower(), value)
                if proper and a[:1].isupper() and not any(b[:1].islower() for b in als if b.lower() == a.lower()):
                    capital.add(a.lower())
            else:
                cjk.setdefault(to_simplified(a), value)
                if keep_traditional:
                    cjk.setdefault(a, value)
    return LiteralScanner(cjk, latin, latin_whole_word=latin_whole_word, proper=frozenset(capital))
