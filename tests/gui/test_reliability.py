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


def test_huge_fields_are_capped_on_display_and_kept_in_the_model(make_window, settings, tmp_path, monkeypatch):
    from gui.eventlist import sort_keys
    from gui.textcap import MAX_FIELD, MAX_LINE
    from timeline.model import Event, Source, Timeline, TimeSpan

    monkeypatch.setattr(dialogs, "ask_restore", lambda *a, **k: False)
    n = 1_000_000
    big = "長" * n
    tl = Timeline(sources=[Source(id="s1", title="S" * n, text="x")],
                  events=[Event(id="e1", time=TimeSpan.from_value("2020"), title=big, summary="U" * n,
                                actors=["A" * n, "B"], tags=["G" * n]),
                          Event(id="e2", time=TimeSpan.from_value("2021"), title="short", actors=["B"])],
                  title="X" * n)
    project = tmp_path / "big.timeline.json"
    save_project(tl, project)
    w = make_window(settings)
    w.open_paths([str(project)], background=False)
    w.select_event(0)
    assert len(w.windowTitle()) < MAX_LINE + 50
    model = w.table.model()
    cells = [str(model.index(r, c).data() or "") for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert max(map(len, cells)) <= MAX_FIELD
    assert all(len(v.text()) <= MAX_FIELD for v in w.details.values.values())
    assert len(w.canvas.title_of(0)) <= MAX_LINE
    assert list(sort_keys(w.doc.timeline, 3)) in ([1, 0], [0, 1])  # ranks without a fixed-width string array
    # the model keeps every character, and saving writes them back unchanged
    assert w.doc.timeline.events[0].title == big and w.doc.timeline.title == "X" * n
    out = tmp_path / "again.timeline.json"
    assert w.save_as(str(out))
    again, before = open_timeline(out), open_timeline(project)
    assert (again.events, again.sources, again.title) == (before.events, before.sources, before.title)


def test_cancel_interrupts_inside_one_big_document(qtbot, tmp_path, monkeypatch):
    """Cancel lands while the single document is still being extracted, not after it.

    The extraction of the story is held in Python code (as a long extraction is) until the cancel arrives,
    so the test does not race the machine's speed."""
    import threading
    import time

    import timeline.pipeline as pipeline
    from gui.loader import LoadJob

    big = tmp_path / "one-big-article.txt"
    big.write_text("大事記\n" + "".join(f"{2000 + i % 25}年{i % 12 + 1}月{i % 28 + 1}日，某公司發布公告，"
                                         "表示將擴大投資。" for i in range(3000)), encoding="utf-8")
    done: list[str] = []
    inside = threading.Event()
    real = pipeline.process_document
    real_mentions = pipeline.story_mentions

    def watched(*args, **kwargs):
        res = real(*args, **kwargs)
        done.append("document finished")
        return res

    def slow_mentions(*args, **kwargs):
        inside.set()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # Python bytecode: an asynchronous Cancelled lands here
            time.sleep(0.005)
        return real_mentions(*args, **kwargs)

    monkeypatch.setattr(pipeline, "process_document", watched)
    monkeypatch.setattr(pipeline, "story_mentions", slow_mentions)
    job = LoadJob([str(big)])
    finished: list[object] = []
    job.finished.connect(lambda *a: finished.append(a))
    job.start()
    qtbot.waitUntil(inside.is_set, timeout=20000)
    with qtbot.waitSignal(job.cancelled, timeout=30000):
        job.cancel()
    assert done == [] and finished == []   # interrupted inside process_document
    assert not job.running
