"""Every keyboard shortcut of the viewer, declared in one table.

Contract
--------
* :data:`SHORTCUTS` is the single source of truth: ``(action id, label, keys, description, scope)``.
  ``keys`` holds ``QKeySequence.StandardKey`` names (``"Open"``) or portable key strings (``"Ctrl+E"``).
  ``scope`` is ``"window"`` (active anywhere in the main window) or ``"canvas"`` (only while the timeline
  canvas has focus, so arrows keep working in the list and the source panel).
* The main window builds its ``QAction`` objects from this table; ``docs/SHORTCUTS.md`` is generated
  from it by ``python -m gui.shortcuts > docs/SHORTCUTS.md`` and a test checks that it is in sync.
* Labels and descriptions are English keys of :mod:`gui.i18n`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Shortcut:
    id: str
    label: str
    keys: tuple[str, ...]
    description: str
    scope: str = "window"


def _s(id: str, label: str, keys: str | tuple[str, ...], description: str, scope: str = "window") -> Shortcut:
    return Shortcut(id, label, (keys,) if isinstance(keys, str) else tuple(keys), description, scope)


SHORTCUTS: tuple[Shortcut, ...] = (
    _s("open", "Open…", "Open", "Open a corpus (.txt, .md, .html) or a project file"),
    _s("open_folder", "Open Folder…", "Ctrl+Shift+O", "Open a folder of articles"),
    _s("save", "Save", "Save", "Save the project"),
    _s("save_as", "Save As…", "SaveAs", "Save the project under a new name"),
    _s("export_image", "Export Image…", "Ctrl+E", "Export the timeline as PNG, SVG or PDF"),
    _s("quit", "Quit", "Quit", "Quit the viewer"),
    _s("undo", "Undo", "Undo", "Undo the last edit"),
    _s("redo", "Redo", "Redo", "Redo the undone edit"),
    _s("find", "Find…", "Find", "Search text, actor and date range"),
    _s("clear", "Clear", "Esc", "Clear the search, or the selection"),
    _s("rename", "Rename Event…", "F2", "Rename the selected event"),
    _s("redate", "Re-date Event…", "Ctrl+D", "Change the date and precision of the selected event"),
    _s("delete", "Delete Event", "Del", "Delete the selected events"),
    _s("add", "Add Event…", "Ctrl+N", "Add a new event"),
    _s("merge", "Merge Events", "Ctrl+M", "Merge the events selected in the list"),
    _s("split", "Split Event", "Ctrl+Shift+M", "Split a merged event into one event per mention"),
    _s("move_lane", "Move to Lane…", "Ctrl+L", "Move the selected event to another lane"),
    _s("prev_event", "Previous Event", "Left", "Select the previous event in time", "canvas"),
    _s("next_event", "Next Event", "Right", "Select the next event in time", "canvas"),
    _s("prev_lane", "Previous Lane", "Up", "Move to the lane above", "canvas"),
    _s("next_lane", "Next Lane", "Down", "Move to the lane below", "canvas"),
    _s("first_event", "First Event", "Home", "Select the first event", "canvas"),
    _s("last_event", "Last Event", "End", "Select the last event", "canvas"),
    _s("zoom_in", "Zoom In", ("+", "="), "Zoom in on the time axis", "canvas"),
    _s("zoom_out", "Zoom Out", "-", "Zoom out on the time axis", "canvas"),
    _s("fit_all", "Fit All", "0", "Fit all events in the view", "canvas"),
    _s("show_source", "Show Source", ("Return", "Enter"), "Open the source panel at the mention", "canvas"),
    _s("fit_selection", "Fit Selection", "Ctrl+0", "Fit the selected event in the view"),
    _s("zoom_decade", "Decade", "Ctrl+1", "Show ten years"),
    _s("zoom_year", "Year", "Ctrl+2", "Show one year"),
    _s("zoom_month", "Month", "Ctrl+3", "Show one month"),
    _s("zoom_week", "Week", "Ctrl+4", "Show one week"),
    _s("zoom_day", "Day", "Ctrl+5", "Show one day"),
    _s("focus_next", "Next Panel", "Tab", "Cycle focus: canvas, list, source", "panel"),
    _s("focus_prev", "Previous Panel", "Shift+Tab", "Cycle focus backwards", "panel"),
    _s("help_shortcuts", "Keyboard Shortcuts", "F1", "Show this sheet"),
)

_FALLBACK: dict[str, str] = {
    "Open": "Ctrl+O", "Save": "Ctrl+S", "SaveAs": "Ctrl+Shift+S", "Quit": "Ctrl+Q", "Undo": "Ctrl+Z",
    "Redo": "Ctrl+Shift+Z", "Find": "Ctrl+F",
}
"""Used when the platform binds nothing to a standard key (e.g. Quit on some Linux desktops)."""

BY_ID: dict[str, Shortcut] = {s.id: s for s in SHORTCUTS}


def key_sequences(sc: Shortcut) -> list:
    """The ``QKeySequence`` objects of a shortcut (standard keys expanded for this platform)."""
    from PySide6.QtGui import QKeySequence

    out: list[QKeySequence] = []
    for k in sc.keys:
        std = getattr(QKeySequence.StandardKey, k, None)
        if std is not None:
            out.extend(QKeySequence.keyBindings(std) or [QKeySequence(_FALLBACK[k])])
        else:
            out.append(QKeySequence(k))
    return [s for s in out if not s.isEmpty()]


def key_text(sc: Shortcut) -> str:
    """Human-readable key(s), e.g. ``Ctrl+O``; standard keys are named as the platform binds them."""
    from PySide6.QtGui import QKeySequence

    texts: list[str] = []
    seqs = key_sequences(sc)
    if any(getattr(QKeySequence.StandardKey, k, None) is not None for k in sc.keys):
        seqs = seqs[:1]  # the platform's primary binding; the others are listed in the menus
    for seq in seqs:
        t = seq.toString(QKeySequence.SequenceFormat.PortableText)
        if t not in texts:
            texts.append(t)
    return " / ".join(texts)


def markdown() -> str:
    """The shortcut sheet as Markdown (the content of ``docs/SHORTCUTS.md``)."""
    scopes = {"window": "anywhere", "canvas": "timeline canvas", "panel": "canvas, list, source"}
    lines = ["# Keyboard shortcuts", "",
             "Generated from `gui/shortcuts.py` by `python -m gui.shortcuts > docs/SHORTCUTS.md`; "
             "press F1 in the viewer to see the same sheet.", "",
             "| Key | Action | Where | Description |", "|---|---|---|---|"]
    for sc in SHORTCUTS:
        keys = key_text(sc).replace("|", "\\|")
        lines.append(f"| `{keys}` | {sc.label} | {scopes[sc.scope]} | {sc.description} |")
    return "\n".join(lines) + "\n"


def _ensure_app():
    import os

    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return QGuiApplication([])
    return QGuiApplication.instance()


if __name__ == "__main__":
    _app = _ensure_app()
    sys.stdout.write(markdown())
