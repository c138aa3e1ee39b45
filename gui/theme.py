"""Light and dark themes: the Qt palette, the style sheet in ``resources/styles`` and canvas colours.

Contract: :data:`THEMES` maps ``"light"``/``"dark"`` to canvas colours (hex strings);
:func:`apply_theme` sets the application palette and style sheet; :func:`lane_color` gives the
colour of lane ``i`` (a qualitative palette readable on both backgrounds).
"""

from __future__ import annotations

from timeline.resources import resource_path

THEMES: dict[str, dict[str, str]] = {
    "light": {
        "window": "#f6f7f9", "base": "#ffffff", "text": "#1f2328", "muted": "#57606a", "lane_alt": "#f0f2f5",
        "grid": "#d0d7de", "cluster": "#3b5b8c", "cluster_text": "#ffffff", "select": "#d9480f",
        "accent": "#0969da", "highlight": "#ffe066", "highlight_text": "#1f2328", "region": "#0969da",
    },
    "dark": {
        "window": "#1e2126", "base": "#16181c", "text": "#e6edf3", "muted": "#9aa4ae", "lane_alt": "#1f2329",
        "grid": "#3a414a", "cluster": "#5d8ad6", "cluster_text": "#0b0d10", "select": "#ff8c42",
        "accent": "#58a6ff", "highlight": "#f2cc60", "highlight_text": "#0b0d10", "region": "#58a6ff",
    },
}

LANE_COLORS: tuple[str, ...] = (
    "#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#eeca3b", "#9d755d", "#ff9da6",
    "#79706e",
)


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
