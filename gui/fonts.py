"""Picking a font that renders Chinese.

Contract: :func:`find_cjk_font` returns the family name of an installed CJK-capable font (Traditional
Chinese preferred) or ``None``; it needs a ``QGuiApplication``. The image exporter reuses it.
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


def ui_font(point_size: float | None = None):
    """The application font with the CJK family as fallback, so Latin and Chinese both render well."""
    from PySide6.QtGui import QFont, QGuiApplication

    font = QFont(QGuiApplication.font())
    cjk = find_cjk_font()
    if cjk:
        fams = [f for f in font.families() if f != cjk]
        font.setFamilies([*(fams or [font.family()]), cjk])
    if point_size:
        font.setPointSizeF(point_size)
    return font
