"""The one table of shortcuts: docs in sync, no clashes, every entry wired to an action."""

from __future__ import annotations

from pathlib import Path

from gui.shortcuts import SHORTCUTS, key_sequences, markdown

DOC = Path(__file__).resolve().parents[2] / "docs" / "SHORTCUTS.md"


def test_docs_shortcuts_md_is_generated_from_the_table(qapp):
    assert DOC.read_text(encoding="utf-8") == markdown(), "run: python -m gui.shortcuts > docs/SHORTCUTS.md"


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
