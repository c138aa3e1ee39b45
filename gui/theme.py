"""Light and dark themes: the Qt palette, the style sheet in ``resources/styles`` and canvas colours.

Contract: :data:`THEMES` maps ``"light"``/``"dark"`` to canvas colours (hex strings; the table is
:mod:`gui.presentation.colors`, shared with the image exporter);
:func:`apply_theme` sets the application palette and style sheet; :func:`lane_color` gives the
colour of lane ``i`` (a qualitative palette readable on both backgrounds).
"""

from __future__ import annotations

from gui.presentation import colors as _colors
from timeline.resources import resource_path

# the colour tables live in the presentation layer, shared with the image exporter
THEMES = _colors.THEMES
LANE_COLORS = _colors.LANE_COLORS


def lane_color(i: int) -> str:
    return LANE_COLORS[i % len(LANE_COLORS)]


def style_sheet(name: str) -> str:
    """The style sheet ``resources/styles/<name>.qss`` with ``@accent`` etc. filled from :data:`THEMES`."""
    p = resource_path("styles", f"{name}.qss")
    try:
        css = p.read_text(encoding="utf-8")
    except OSError:
        return ""
    for k, v in sorted(THEMES[name].items(), key=lambda kv: -len(kv[0])):
        css = css.replace(f"@{k}", v)
    return css


def apply_theme(app, name: str) -> None:
    """Set the Fusion style, a palette for ``name`` and its style sheet on ``app`` (a QApplication)."""
    from PySide6.QtGui import QColor, QPalette

    c = THEMES[name]
    app.setStyle("Fusion")
    pal = QPalette()
    R = QPalette.ColorRole
    pal.setColor(R.Window, QColor(c["window"]))
    pal.setColor(R.WindowText, QColor(c["text"]))
    pal.setColor(R.Base, QColor(c["base"]))
    pal.setColor(R.AlternateBase, QColor(c["lane_alt"]))
    pal.setColor(R.Text, QColor(c["text"]))
    pal.setColor(R.Button, QColor(c["window"]))
    pal.setColor(R.ButtonText, QColor(c["text"]))
    pal.setColor(R.ToolTipBase, QColor(c["base"]))
    pal.setColor(R.ToolTipText, QColor(c["text"]))
    pal.setColor(R.PlaceholderText, QColor(c["muted"]))
    pal.setColor(R.Highlight, QColor(c["accent"]))
    pal.setColor(R.HighlightedText, QColor("#ffffff"))
    pal.setColor(R.Link, QColor(c["accent"]))
    app.setPalette(pal)
    app.setStyleSheet(style_sheet(name))
