"""Colours shared by the viewer and the image exporter (no Qt): theme colours and the lane palette.

Contract
--------
* :data:`THEMES` maps ``"light"``/``"dark"`` to the named colours (``#rrggbb``) of the viewer's canvas
  and style sheet; :func:`image_theme` gives the subset an exported image uses, from the same table.
* :data:`LANE_COLORS` is the qualitative lane palette; :func:`lane_colors` gives ``n`` distinct colours
  (the palette, then golden-ratio hues), so lane ``i`` has the same colour on screen and in an export
  and a legend never repeats one.
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass

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


def lane_colors(n: int, theme: str = "light") -> list[str]:
    """``n`` distinct colours: :data:`LANE_COLORS`, then golden-ratio hues readable on ``theme``."""
    out = list(LANE_COLORS[:n])
    h = 0.11
    while len(out) < n:
        h = (h + 0.618033988749895) % 1.0
        light, sat = (0.45, 0.55) if theme == "light" else (0.68, 0.6)
        r, g, b = colorsys.hls_to_rgb(h, light, sat)
        out.append(f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}")
    return out


@dataclass(frozen=True)
class Theme:
    """The colours of an exported image."""

    background: str
    foreground: str
    muted: str
    grid: str
    band: str
    band_alt: str


def image_theme(name: str) -> Theme:
    """The image colours of theme ``name``, taken from :data:`THEMES` (what the canvas shows)."""
    c = THEMES[name]
    return Theme(c["base"], c["text"], c["muted"], c["grid"], c["lane_alt"], c["base"])
