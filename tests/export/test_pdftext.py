"""The ToUnicode repair on CMap bytes as Qt writes them (no Qt needed)."""

from __future__ import annotations

from gui.render.pdftext import repair_to_unicode

CMAP = b"""1 0 obj
<< /Length 999 >>
stream
/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
3 beginbfrange
<0000> <0000> <0000>
<0001> <0004> [<2F08> <963F> <2FA5> <0009> ]
<0005> <0005> <2012>
<0006> <0008> <2F00>
endbfrange
1 beginbfchar
<2F08> <2F08>
endbfchar
endcmap
endstream
endobj
"""


def test_destinations_are_rewritten_in_place():
    subst = {0x2F08: 0x4EBA, 0x2FA5: 0x91CC, 0x0009: 0x0020, 0x2012: 0x2013, 0x2F00: 0x4E00}
    out = repair_to_unicode(CMAP, subst)
    assert len(out) == len(CMAP)
    assert b"[<4EBA> <963F> <91CC> <0020> ]" in out
    assert b"<0005> <0005> <2013>" in out
    assert b"<0006> <0008> <2F00>" in out           # a range of consecutive codes is left alone
    assert b"<2F08> <4EBA>\nendbfchar" in out        # bfchar: the source (a glyph id) is kept
    assert b"<0001> <0004>" in out


def test_other_streams_and_empty_maps_are_untouched():
    other = b"1 0 obj\n<< /Length 8 >>\nstream\n<2F08>\nendstream\nendobj\n"
    assert repair_to_unicode(other + CMAP, {}) == other + CMAP
    assert repair_to_unicode(other + CMAP, {0x2F08: 0x4EBA}).startswith(other)
