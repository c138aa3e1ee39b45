"""The one table of shortcuts: docs in sync, no clashes, every entry wired to an action."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from gui import dialogs
from gui.shortcuts import BY_ID, SHORTCUTS, key_sequences, markdown, readme_with_table

REPO = Path(__file__).resolve().parents[2]
DOC = REPO / "docs" / "SHORTCUTS.md"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_docs_shortcuts_md_is_generated_from_the_table(qapp):
    assert DOC.read_text(encoding="utf-8") == markdown(), "run: python -m gui.shortcuts --write"


def test_readme_table_is_generated_from_the_table(qapp):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert readme == readme_with_table(readme), "run: python -m gui.shortcuts --write"


def test_documented_keys_are_bound_whatever_the_platform_binds(qapp, monkeypatch):
    """X11's platform theme binds only Ctrl+Shift+Z to Redo; the documented Ctrl+Y must work anyway."""
    real = QKeySequence.keyBindings

    def x11_like(std):
        if std == QKeySequence.StandardKey.Redo:
            return [QKeySequence("Ctrl+Shift+Z")]
        if std == QKeySequence.StandardKey.Quit:
            return []
        return real(std)

    monkeypatch.setattr(QKeySequence, "keyBindings", x11_like)
    texts = {s.toString() for s in key_sequences(BY_ID["redo"])}
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= texts
    assert "Ctrl+Q" in {s.toString() for s in key_sequences(BY_ID["quit"])}
    assert "`Ctrl+Y / Ctrl+Shift+Z` | Redo" in markdown()


@pytest.mark.parametrize("mods", [CTRL, CTRL | SHIFT], ids=["ctrl+y", "ctrl+shift+z"])
def test_redo_keys_redo(window, qtbot, monkeypatch, mods):
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Renamed")
    i = window.doc.index_of("e2")
    window.select_event(i)
    window.canvas.setFocus()
    old = window.doc.timeline.events[i].title
    qtbot.keyClick(window.canvas, Qt.Key.Key_F2)
    assert window.doc.timeline.events[window.doc.index_of("e2")].title == "Renamed"
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, CTRL)
    assert window.doc.timeline.events[window.doc.index_of("e2")].title == old
    key = Qt.Key.Key_Y if mods == CTRL else Qt.Key.Key_Z
    qtbot.keyClick(window.canvas, key, mods)
    assert window.doc.timeline.events[window.doc.index_of("e2")].title == "Renamed"


def test_no_two_actions_share_a_key_in_overlapping_scopes(qapp):
    seen: dict[str, str] = {}
    for sc in SHORTCUTS:
        for seq in key_sequences(sc):
            k = seq.toString()
            scope = "canvas" if sc.scope == "canvas" else "window"
            for other_scope in {scope, "window"}:
                assert (other_scope, k) not in seen or seen[(other_scope, k)] == sc.id, (k, sc.id)
            seen[(scope, k)] = sc.id


def test_every_shortcut_has_an_action(window):
    for sc in SHORTCUTS:
        assert sc.id in window.actions_by_id
        act = window.actions_by_id[sc.id]
        if sc.scope != "panel":
            assert act.shortcuts(), sc.id
