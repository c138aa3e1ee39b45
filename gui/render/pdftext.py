"""Searchable PDF text: repair the ToUnicode tables Qt writes, so CJK text copies and searches as typed.

Why: Qt's PDF writer embeds each font with a ``/ToUnicode`` CMap built by walking the font's cmap from
U+0000 upwards and giving every glyph the *first* code point that reaches it. CJK fonts such as Noto Sans
CJK share one glyph between an ordinary ideograph and its Kangxi radical or CJK radical-supplement twin
(人 U+4EBA and ⼈ U+2F08, 里 and ⾥, 高 and ⾼ ...), and between punctuation twins (– U+2013 and ‒ U+2012,
space and tab). The radicals come first, so pdftotext, search and copy/paste return ⼈ for 人 and
"阿里巴巴" cannot be found.

Contract
--------
:func:`repair_to_unicode` rewrites, in the PDF bytes, each ToUnicode destination code point that the
document never draws but that shares its glyph (in one of ``fonts``) with a character the document does
draw, into that character. Only 4-hex-digit (BMP) destinations are rewritten, in place and at the same
length, so stream lengths and the cross-reference table stay valid. Everything else is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.S)
_HEX4 = re.compile(rb"<([0-9A-Fa-f]{4})>")


def glyph_twins(fonts: Iterable[object], text: str) -> dict[int, int]:
    """``{wrong code point: drawn code point}`` for the BMP code points of the fonts' cmaps that share a
    glyph with a character of ``text`` but do not occur in ``text`` (``fonts`` are ``QFont`` objects).

    Only the code points Qt would list first matter (those below the drawn character); they are found by
    asking each font for the glyphs of candidates from blocks that hold such twins (controls, general
    punctuation, CJK radicals, Kangxi radicals, CJK symbols), which keeps this to a few thousand lookups.
    """
    from PySide6.QtGui import QRawFont

    used = {c for c in set(text) if ord(c) < 0x10000}
    candidates = [chr(c) for c in (*range(0x00, 0x100), *range(0x2000, 0x2070), *range(0x2E80, 0x2FE0),
                                   *range(0x3000, 0x3040))]
    out: dict[int, int] = {}
    conflicts: set[int] = set()
    for font in fonts:
        raw = QRawFont.fromFont(font)  # type: ignore[arg-type]
        if not raw.isValid():
            continue
        by_glyph: dict[int, str] = {}
        for ch in sorted(used):  # the lowest drawn character wins a shared glyph, as Qt would pick
            g = raw.glyphIndexesForString(ch)
            if g and g[0]:
                by_glyph.setdefault(g[0], ch)
        for ch in candidates:
            if ch in used:
                continue
            g = raw.glyphIndexesForString(ch)
            if not g or not g[0] or g[0] not in by_glyph:
                continue
            target = ord(by_glyph[g[0]])
            if target <= ord(ch):
                continue  # Qt already names the drawn character for this glyph
            if out.get(ord(ch), target) != target:
                conflicts.add(ord(ch))
            out[ord(ch)] = target
    for c in conflicts:
        out.pop(c, None)
    return out


def _fix_line(line: bytes, section: bytes, subst: dict[int, int]) -> bytes:
    """One line of a ``bfchar`` or ``bfrange`` section with its destination code points rewritten."""
    toks = list(_HEX4.finditer(line))
    bracket = line.find(b"[")
    if section == b"beginbfchar":          # "<src> <dst>"
        dst = toks[1:2]
    elif bracket >= 0:                      # "<a> <b> [<dst> <dst> ...]"
        dst = [t for t in toks if t.start() > bracket]
    elif len(toks) >= 3 and toks[0].group(1) == toks[1].group(1):
        dst = toks[2:3]                     # "<a> <a> <dst>": one code
    else:
        return line                         # "<a> <b> <dst>", a < b: consecutive destinations, keep
    buf = bytearray(line)
    for t in dst:
        c = int(t.group(1), 16)
        if c in subst:
            buf[t.start():t.end()] = b"<%04X>" % subst[c]
    return bytes(buf)


def repair_to_unicode(data: bytes, subst: dict[int, int]) -> bytes:
    """``data`` (a PDF) with ToUnicode destinations rewritten by ``subst`` (see module docstring)."""
    if not subst or b"/Adobe-Identity-UCS" not in data:
        return data
    subst = {k: v for k, v in subst.items() if v < 0x10000}

    def fix_stream(m: re.Match[bytes]) -> bytes:
        body = m.group(1)
        if b"begincmap" not in body or b"/Ordering (UCS)" not in body:
            return m.group(0)
        out, section = [], None
        for line in body.split(b"\n"):
            s = line.strip()
            if s.endswith((b"beginbfrange", b"beginbfchar")):
                section = s.rsplit(b" ", 1)[-1]
            elif s in (b"endbfrange", b"endbfchar"):
                section = None
            elif section is not None:
                line = _fix_line(line, section, subst)
            out.append(line)
        new = b"\n".join(out)
        if len(new) != len(body):  # never: every rewrite keeps 4 hex digits (/Length and xref stay right)
            return m.group(0)
        return m.group(0).replace(body, new, 1)

    return _STREAM.sub(fix_stream, data)
