"""Picking a font that renders Chinese.

Contract: :func:`find_cjk_font` returns the family name of an installed CJK-capable font (Traditional
Chinese preferred) or ``None``; :func:`find_latin_font` an installed Latin sans-serif family that is not a
CJK font. :func:`font_families` lists them Latin first: a CJK font's Latin punctuation is full-width
(``That’ s``), so Latin text and punctuation must come from the Latin font and only what it lacks from
the CJK one. The canvas, the lists (:func:`ui_font`) and the image exporter all use this order. They
need a ``QGuiApplication``.
"""

from __future__ import annotations

PREFERRED: tuple[str, ...] = (
    "Noto Sans CJK TC", "Noto Sans CJK HK", "Noto Sans CJK SC", "Noto Sans TC", "Noto Sans SC",
    "Source Han Sans TC", "Source Han Sans SC", "Microsoft JhengHei", "Microsoft YaHei", "PingFang TC",
    "PingFang SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Serif CJK TC", "AR PL UMing TW",
)


def find_cjk_font() -> str | None:
    """An installed family that can draw Traditional Chinese, or ``None`` when there is none."""
    from PySide6.QtGui import QFontDatabase

    families = QFontDatabase.families()
    present = set(families)
    for fam in PREFERRED:
        if fam in present:
            return fam
    for fam in families:
        systems = QFontDatabase.writingSystems(fam)
        if QFontDatabase.WritingSystem.TraditionalChinese in systems:
            return fam
    for fam in families:
        if QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(fam):
            return fam
    return None


LATIN_PREFERRED: tuple[str, ...] = (
    "DejaVu Sans", "Noto Sans", "Liberation Sans", "Cantarell", "Ubuntu", "Segoe UI", "Helvetica Neue",
    "Arial", "Helvetica", "Roboto", "Open Sans", "FreeSans",
)


def _is_cjk(fam: str) -> bool:
    from PySide6.QtGui import QFontDatabase

    ws = QFontDatabase.writingSystems(fam)
    W = QFontDatabase.WritingSystem
    return any(w in ws for w in (W.TraditionalChinese, W.SimplifiedChinese, W.Japanese, W.Korean)) or \
        any(k in fam for k in ("CJK", "Han Sans", "WenQuanYi", "JhengHei", "YaHei", "PingFang", "Ming"))


def find_latin_font() -> str | None:
    """An installed Latin sans-serif family that is not a CJK font (``None`` when there is none)."""
    from PySide6.QtGui import QFontDatabase

    families = QFontDatabase.families()
    present = set(families)
    for fam in LATIN_PREFERRED:
        if fam in present and not _is_cjk(fam):
            return fam
    for fam in families:
        if QFontDatabase.WritingSystem.Latin in QFontDatabase.writingSystems(fam) and not _is_cjk(fam) \
                and not QFontDatabase.isFixedPitch(fam) and "Math" not in fam and "Symbol" not in fam:
            return fam
    return None


def font_families(base: list[str] | None = None) -> list[str]:
    """The family list for text that mixes Latin and Chinese: a Latin font, then ``base`` (other
    families, e.g. the platform default), then the CJK font. Never a CJK font ahead of the Latin one."""
    latin, cjk = find_latin_font(), find_cjk_font()
    out: list[str] = []
    for fam in ([latin] if latin else []) + [f for f in (base or []) if not (cjk and f == cjk)] + ([cjk] if cjk else []):
        if fam and fam not in out:
            out.append(fam)
    return out


def ui_font(point_size: float | None = None):
    """The application font: a Latin family first (proportional Latin punctuation such as ’), the
    platform default next, the CJK family last, so Latin and Chinese both render well."""
    from PySide6.QtGui import QFont, QGuiApplication

    font = QFont(QGuiApplication.font())
    fams = font_families(list(font.families()) or [font.family()])
    if fams:
        font.setFamilies(fams)
    if point_size:
        font.setPointSizeF(point_size)
    return font
