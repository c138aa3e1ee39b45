"""Every keyboard shortcut of the viewer, declared in one table.

Contract
--------
* :data:`SHORTCUTS` is the single source of truth: ``(action id, label, keys, description, scope)``.
  ``keys`` holds ``QKeySequence.StandardKey`` names (``"Open"``) or portable key strings (``"Ctrl+E"``).
  ``scope`` is ``"window"`` (active anywhere in the main window) or ``"canvas"`` (only while the timeline
  canvas has focus, so arrows keep working in the list and the source panel).
* Every key listed is bound on every platform: a standard key gets the platform's own bindings *and*
  its portable spelling from :data:`PORTABLE` (so ``Ctrl+Shift+Z`` and ``Ctrl+Y`` both redo under X11,
  where Qt's default is only the former).
* The main window builds its ``QAction`` objects from this table; ``docs/SHORTCUTS.md`` and the table in
  README.md are generated from it by ``python -m gui.shortcuts --write`` (``python -m gui.shortcuts``
  prints the sheet) and a test checks that both are in sync. The generated text does not depend on the
  platform it was generated on.
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
    _s("redo", "Redo", ("Ctrl+Y", "Ctrl+Shift+Z"), "Redo the undone edit"),
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

PORTABLE: dict[str, str] = {
    "Open": "Ctrl+O", "Save": "Ctrl+S", "SaveAs": "Ctrl+Shift+S", "Quit": "Ctrl+Q", "Undo": "Ctrl+Z",
    "Redo": "Ctrl+Y", "Find": "Ctrl+F",
}
"""The documented key of each standard key; bound in addition to whatever the platform binds (some
Linux desktops bind nothing to Quit, X11 binds only Ctrl+Shift+Z to Redo)."""

BY_ID: dict[str, Shortcut] = {s.id: s for s in SHORTCUTS}


def _is_standard(k: str) -> bool:
    return k in PORTABLE


def portable_keys(sc: Shortcut) -> list[str]:
    """The documented keys of a shortcut, platform-independent (standard keys by their portable spelling)."""
    out: list[str] = []
    for k in sc.keys:
        t = PORTABLE[k] if _is_standard(k) else k
        if t not in out:
            out.append(t)
    return out


def key_sequences(sc: Shortcut) -> list:
    """The ``QKeySequence`` objects of a shortcut: the documented keys first, then any other binding the
    platform gives a standard key (e.g. ``Ctrl+Shift+Z`` for Undo's neighbour on some desktops)."""
    from PySide6.QtGui import QKeySequence

    out: list[QKeySequence] = [QKeySequence(k) for k in portable_keys(sc)]
    for k in sc.keys:
        if _is_standard(k):
            out.extend(QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, k)))
    seen: set[str] = set()
    uniq = []
    for seq in out:
        t = seq.toString(QKeySequence.SequenceFormat.PortableText)
        if seq.isEmpty() or t in seen:
            continue
        seen.add(t)
        uniq.append(seq)
    return uniq


def key_text(sc: Shortcut) -> str:
    """Human-readable documented key(s), e.g. ``Ctrl+O`` or ``Ctrl+Y / Ctrl+Shift+Z``."""
    from PySide6.QtGui import QKeySequence

    texts: list[str] = []
    for k in portable_keys(sc):
        t = QKeySequence(k).toString(QKeySequence.SequenceFormat.PortableText)
        if t not in texts:
            texts.append(t)
    return " / ".join(texts)


SCOPES = {"window": "anywhere", "canvas": "timeline canvas", "panel": "canvas, list, source"}


def markdown_table() -> str:
    """The shortcut table as Markdown (also pasted into README.md's "Keyboard shortcuts" section)."""
    lines = ["| Key | Action | Where | Description |", "|---|---|---|---|"]
    for sc in SHORTCUTS:
        keys = key_text(sc).replace("|", "\\|")
        lines.append(f"| `{keys}` | {sc.label} | {SCOPES[sc.scope]} | {sc.description} |")
    return "\n".join(lines) + "\n"


def markdown() -> str:
    """The shortcut sheet as Markdown (the content of ``docs/SHORTCUTS.md``)."""
    head = ["# Keyboard shortcuts", "",
            "Generated from `gui/shortcuts.py` by `python -m gui.shortcuts --write`; "
            "press F1 in the viewer to see the same sheet.", ""]
    return "\n".join(head) + "\n" + markdown_table()


README_START = "<!-- shortcuts: generated by python -m gui.shortcuts --write -->"
README_END = "<!-- /shortcuts -->"


def readme_with_table(readme: str) -> str:
    """``readme`` with the text between :data:`README_START` and :data:`README_END` replaced by the table."""
    a = readme.index(README_START) + len(README_START)
    b = readme.index(README_END, a)
    return readme[:a] + "\n" + markdown_table() + readme[b:]


def write_docs(repo=None) -> list:
    """Regenerate ``docs/SHORTCUTS.md`` and README.md's table; returns the files that changed."""
    from pathlib import Path

    repo = Path(repo) if repo else Path(__file__).resolve().parent.parent
    changed = []
    for path, make in ((repo / "docs" / "SHORTCUTS.md", lambda _old: markdown()),
                       (repo / "README.md", readme_with_table)):
        old = path.read_text(encoding="utf-8")
        new = make(old)
        if new != old:
            path.write_text(new, encoding="utf-8")
            changed.append(path)
    return changed


def _ensure_app():
    import os

    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return QGuiApplication([])
    return QGuiApplication.instance()


if __name__ == "__main__":
    _app = _ensure_app()
    if "--write" in sys.argv[1:]:
        for p in write_docs():
            print(f"updated {p}")
    else:
        sys.stdout.write(markdown())
