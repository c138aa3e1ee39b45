"""Caps on how much of a text field the viewer puts into a widget.

Contract: :func:`cap` returns ``text`` unchanged when it has at most ``limit`` characters, else its first
``limit - 1`` characters and ``…``. Only what is *shown* is capped (table cells, the details panel,
canvas labels, lane names, the window title, completion lists); the model keeps every character and
saves it unchanged. Qt lays out a label's whole text, so a ten-million-character title used to take
minutes and a gigabyte to show.
"""

from __future__ import annotations

MAX_FIELD = 2000
"""Characters of one field shown in a cell, a label or the details panel."""
MAX_LINE = 200
"""Characters shown where one short line is expected (the window title, a lane name)."""


def cap(text: str, limit: int = MAX_FIELD) -> str:
    """``text`` cut to ``limit`` characters with a trailing ``…`` (see module docstring)."""
    if len(text) <= limit:
        return text
    return text[: max(0, limit - 1)] + "…"


def cap_join(items: list[str], sep: str = ", ", limit: int = MAX_FIELD) -> str:
    """``sep.join(items)`` capped, without building the whole string when the items are huge."""
    out: list[str] = []
    n = 0
    for it in items:
        piece = it if n == 0 else sep + it
        out.append(piece[: limit + 1 - n])
        n += len(out[-1])
        if n > limit:
            break
    return cap("".join(out), limit)
