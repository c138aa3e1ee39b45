"""Decoding corpus bytes to text.

Contract
--------
:func:`decode_bytes` returns the text, or raises ``ValueError`` with a short human reason
("empty file", "binary data, not text", ...). Nothing is ever decoded lossily: every decode is strict.

Order of decisions:

1. a byte-order mark wins (UTF-8, UTF-16, UTF-32);
2. strict UTF-8;
3. UTF-16 without a BOM when every other byte is NUL (ASCII-heavy UTF-16), else NUL bytes mean binary;
4. the legacy Chinese encodings GB18030 (a superset of GBK and GB2312) and Big5 (``cp950``,
   ``big5hkscs``) are each tried strictly and scored by the share of their non-ASCII characters that
   are common Chinese characters or CJK punctuation. Short texts are the hard case for statistical
   detectors; the wrong one of GB18030/Big5 almost always yields rare characters, so the score
   separates them. charset-normalizer is the arbiter when the two scores are close, and the fallback
   for everything else (Shift-JIS, EUC-KR, Latin-1, ...); when it names a Western single-byte code
   page, Windows-1252 is used if it fits (short Latin texts are ambiguous; the tool reads English).
   EUC-KR Korean, whose Hangul bytes look like common GB2312 characters, is recognised by its
   short space-separated words of Hangul only.
5. the result is rejected as binary when it holds NUL or many control characters.
"""

from __future__ import annotations

import codecs
import functools
import re
from typing import Any

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

LEGACY_CHINESE = ("gb18030", "cp950", "big5hkscs")
"""Candidates tried strictly when the bytes are not UTF-8 (in order of preference on a tie)."""

SAMPLE_BYTES = 256 * 1024
"""How much of a file is scored when choosing an encoding (the chosen one then decodes the whole)."""

_GOOD_SCORE = 0.85
_CLOSE = 0.08


def decode_bytes(data: bytes) -> str:
    """Decode ``data`` (see module docstring). Raises ``ValueError`` when it is not usable text."""
    if not data.strip():
        raise ValueError("empty file")
    text = _decode(data)
    if not text.strip():
        raise ValueError("empty file (only white space)")
    _reject_binary(text)
    return text


def detect_encoding(data: bytes) -> str:
    """The codec name :func:`decode_bytes` would use for ``data`` (for messages and tests)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    has_nul = b"\x00" in data[:SAMPLE_BYTES]
    utf16 = _utf16_without_bom(data) if has_nul else None
    if utf16:
        return utf16
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    return _choose_legacy(data, has_nul)


def _decode(data: bytes) -> str:
    enc = detect_encoding(data)
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        raise ValueError(f"not valid {enc} at byte {exc.start} (the file mixes encodings?)") from None
    except LookupError:  # pragma: no cover - charset-normalizer named a codec Python lacks
        raise ValueError(f"unknown text encoding {enc!r}") from None


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[:4096]
    if len(head) < 4 or len(data) % 2:
        return None
    odd_nul, even_nul = head[1::2].count(0), head[0::2].count(0)
    half = len(head) // 2
    for enc, nuls, other in (("utf-16-le", odd_nul, even_nul), ("utf-16-be", even_nul, odd_nul)):
        if nuls > half * 0.3 and other < half * 0.05:
            try:
                data.decode(enc)
            except UnicodeDecodeError:
                continue
            return enc
    return None


def _sample_decode(data: bytes, enc: str) -> str | None:
    """Strictly decode the first :data:`SAMPLE_BYTES` (a cut multi-byte sequence at the end is fine)."""
    dec = codecs.getincrementaldecoder(enc)("strict")
    try:
        return dec.decode(data[:SAMPLE_BYTES], final=len(data) <= SAMPLE_BYTES)
    except UnicodeDecodeError:
        return None


def _choose_legacy(data: bytes, has_nul: bool) -> str:
    scored: list[tuple[float, str]] = []
    # Legacy Chinese text never holds NUL bytes; UTF-16 of pure CJK text may hold none or a few.
    candidates = () if has_nul else LEGACY_CHINESE
    if len(data) % 2 == 0:
        candidates = (*candidates, "utf-16-le", "utf-16-be")
    for enc in candidates:
        sample = _sample_decode(data, enc)
        if sample is not None:
            scored.append((chinese_score(sample), enc))
    scored.sort(key=lambda t: -t[0])  # stable: ties keep LEGACY_CHINESE order
    if scored and scored[0][0] >= _GOOD_SCORE:
        best_score, best = scored[0]
        if best == "gb18030" and _looks_korean(data):
            return "euc_kr"
        close = [e for s, e in scored[1:] if best_score - s < _CLOSE and _family(e) != _family(best)]
        if not close:
            return best
        arb = _normalizer_pick(data, [best, *close])
        return arb if arb in (best, *close) else best
    if has_nul:
        raise ValueError("binary data, not text")
    bad_utf8 = _mostly_utf8(data)
    if bad_utf8 is not None:
        raise ValueError(f"not valid UTF-8 at byte {bad_utf8} (the rest is UTF-8; the file mixes encodings?)")
    picked = _normalizer_pick(data, None)
    if picked in _SINGLE_BYTE_LATIN and picked != "cp1252" and _decodes(data, "cp1252"):
        return "cp1252"  # short Latin texts are ambiguous; this tool reads English, not Central European
    if picked is not None:
        return picked
    if scored and scored[0][0] >= 0.5:
        return scored[0][1]
    raise ValueError("binary data or an unknown encoding, not text")


def _looks_korean(data: bytes) -> bool:
    """EUC-KR Hangul occupies the same byte rows as common GB2312 characters, so Korean decodes as
    plausible Chinese. Korean is told apart by its writing: only Hangul syllables, in short words
    separated by ASCII spaces (Chinese runs are long and use full-width punctuation)."""
    sample = _sample_decode(data, "euc_kr")
    if sample is None:
        return False
    runs = [r for r in re.split(r"[\x00-\x7f]+", sample) if r]
    chars = sum(len(r) for r in runs)
    if len(runs) < 3 or chars == 0:
        return False
    hangul = sum(1 for r in runs for ch in r if "\uac00" <= ch <= "\ud7a3")
    return hangul / chars > 0.95 and chars / len(runs) <= 6


def _mostly_utf8(data: bytes) -> int | None:
    """Offset of the first bad byte when ``data`` is UTF-8 text with a few invalid bytes, else None."""
    sample = data[:SAMPLE_BYTES]
    text = sample.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    non_ascii = sum(1 for ch in text if ch >= "\x80") - bad
    if non_ascii < 10 or bad > non_ascii // 100 + 1:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return None


_SINGLE_BYTE_LATIN = frozenset({"cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859-1", "iso8859-2",
                                "iso8859-9", "iso8859-15", "iso8859-13", "mac-roman", "mac-latin2"})


def _decodes(data: bytes, enc: str) -> bool:
    try:
        data.decode(enc)
    except UnicodeDecodeError:
        return False
    return True


def _family(enc: str) -> str:
    return "gb" if enc.startswith("gb") else "utf-16" if enc.startswith("utf-16") else "big5"


def _normalizer_pick(data: bytes, among: list[str] | None) -> str | None:
    """charset-normalizer's best guess (optionally restricted to ``among``), as a Python codec name."""
    from charset_normalizer import from_bytes

    kwargs: dict[str, Any] = {"cp_isolation": among} if among else {}
    try:
        best = from_bytes(data[: 4 * SAMPLE_BYTES], **kwargs).best()
    except Exception:  # noqa: BLE001 - a detector failure must not crash reading
        return None
    if best is None:
        return None
    enc = best.encoding
    try:
        return codecs.lookup(enc).name
    except LookupError:
        return None


_CJK_PUNCT = set("，。、；：？！「」『』（）《》〈〉【】〔〕“”‘’…—–·．～％＋－／＝＜＞　︰﹐﹑﹔﹕﹖﹗︵︶")


@functools.cache
def common_chinese() -> frozenset[str]:
    """Common Chinese characters, Simplified and Traditional, read from the codecs themselves.

    GB2312 level 1 (the 3,755 most used Simplified characters, rows 0xB0-0xD7) and Big5's
    "frequently used" block (5,401 Traditional characters, 0xA440-0xC67E).
    """
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for lead in range(0xA4, 0xC7):
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            if lead == 0xC6 and trail > 0x7E:
                break
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                pass
    chars.update(chr(c) for c in range(0x3000, 0x3040))  # CJK symbols and punctuation
    chars.update(chr(c) for c in range(0xFF01, 0xFF5F))  # full-width ASCII forms
    return frozenset(chars | _CJK_PUNCT)


def chinese_score(text: str) -> float:
    """Share of the non-ASCII characters of ``text`` that are common Chinese characters or punctuation.

    ASCII-only text scores 1.0; control characters count against the score.
    """
    common = common_chinese()
    good = total = 0
    for ch in text:
        if ch < "\x80":
            if ch < " " and ch not in "\t\n\r\f":
                total += 1
            continue
        total += 1
        if ch in common:
            good += 1
    return 1.0 if total == 0 else good / total


def _reject_binary(text: str) -> None:
    head = text[:SAMPLE_BYTES]
    if "\x00" in head:
        raise ValueError("binary data, not text")
    controls = sum(1 for ch in head if ch < " " and ch not in "\t\n\r\f\x1b")
    if controls > max(8, len(head) // 200):
        raise ValueError("binary data, not text")
