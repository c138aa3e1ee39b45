"""Opening, saving, recovery, layout persistence, drag and drop, and the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from gui import dialogs
from timeline.io import open_timeline

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
REPO = Path(__file__).resolve().parents[2]

ARTICLE = "測試新聞{n}\n某公司在2024年3月{n}日宣布新計畫，並表示將於2025年擴大規模。\n"


def _corpus(tmp_path: Path, n: int = 3, bad: bool = True) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    for i in range(1, n + 1):
        (d / f"a{i:03d}.txt").write_text(ARTICLE.format(n=i % 28 + 1), encoding="utf-8")
    if bad:
        (d / "broken.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00binary" * 50)
    return d


def test_save_as_and_save_round_trip(window, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "mine.timeline.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(out))
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Renamed")
    window.select_event(0)
    qtbot.keyClick(window.canvas, Qt.Key.Key_F2)
    assert window.doc.modified
    qtbot.keyClick(window.canvas, Qt.Key.Key_S, CTRL | SHIFT)
    assert out.exists() and not window.doc.modified
    assert "*" not in window.windowTitle() and window.doc.path == out
    tl = open_timeline(out)
    assert tl.events[0].title == "Renamed" and tl.events[0].edited
    assert len(tl.events) == len(window.doc.timeline.events)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Again")
    qtbot.keyClick(window.canvas, Qt.Key.Key_F2)
    qtbot.keyClick(window.canvas, Qt.Key.Key_S, CTRL)            # plain save goes to the same file
    assert open_timeline(out).events[0].title == "Again"
    assert str(out.resolve()) in window.recent_files()
    # the project keeps the view: reopening shows the same range and lane mode
    window.set_lane_mode("article")
    window.canvas.set_view_range(20000, 20100)
    qtbot.keyClick(window.canvas, Qt.Key.Key_S, CTRL)
    window.set_lane_mode("actor")
    window.open_paths([str(out)], background=False)
    assert window.canvas.view_range() == (20000.0, 20100.0) and window.canvas.lane_mode == "article"


def test_unsaved_changes_prompt_on_close(window, qtbot, monkeypatch):
    answers = []
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Edited")
    window.select_event(0)
    qtbot.keyClick(window.canvas, Qt.Key.Key_F2)

    def ask(parent, name):
        answers.append(name)
        return "cancel"

    monkeypatch.setattr(dialogs, "ask_unsaved", ask)
    assert not window.close()
    assert window.isVisible() and answers == ["synthetic"]
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *a, **k: "discard")
    assert window.close()


CRASH = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from PySide6.QtCore import QSettings
    app = QApplication([])
    sys.path.insert(0, {tests!r})
    from tests.gui.conftest import make_timeline
    from gui.mainwindow import MainWindow
    from gui.commands import RenameCommand
    w = MainWindow(QSettings({ini!r}, QSettings.Format.IniFormat))
    w.set_timeline(make_timeline())
    w.push(RenameCommand(w.doc, "e2", "edited before the crash"))
    w.autosave()
    os._exit(3)   # the crash: no close, no save
""")


def test_autosave_crash_and_restore_cycle(qtbot, settings, make_window, tmp_path, monkeypatch, lang_en):
    ini = str(tmp_path / "crash.ini")
    code = CRASH.format(tests=str(REPO / "tests"), ini=ini)
    env = {**os.environ, "TIMELINE_RECOVERY_DIR": os.environ["TIMELINE_RECOVERY_DIR"]}
    r = subprocess.run([sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert r.returncode == 3, r.stderr
    files = list(Path(os.environ["TIMELINE_RECOVERY_DIR"]).glob("autosave-*.timeline.json"))
    assert len(files) == 1
    asked = []
    monkeypatch.setattr(dialogs, "ask_restore", lambda parent, when: asked.append(when) or True)
    w = make_window(settings)
    assert w.check_recovery()
    assert asked and w.doc.modified
    e = w.doc.timeline.events[w.doc.index_of("e2")]
    assert e.title == "edited before the crash" and e.edited
    assert not files[0].exists()              # the crashed session's file is consumed
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *a, **k: "discard")
    w.close()
    assert not list(Path(os.environ["TIMELINE_RECOVERY_DIR"]).glob("autosave-*.timeline.json"))


def test_autosave_timer_writes_only_when_modified(window, qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "x")
    assert window.autosave() is None
    window.autosave_timer.setInterval(50)
    window.select_event(0)
    qtbot.keyClick(window.canvas, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.recovery.path.exists(), timeout=3000)
    data = json.loads(window.recovery.path.read_text(encoding="utf-8"))
    assert data["events"][0]["title"] == "x" and data["recovery"]["saved_at"]


def test_background_load_lists_unreadable_files_and_loads_the_rest(window, qtbot, tmp_path):
    d = _corpus(tmp_path, 3)
    assert window.open_paths([str(d)])
    assert window.progress.isVisible() and window.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not window.job.running, timeout=30000)
    qtbot.wait(20)
    assert len(window.doc.timeline.sources) == 3
    assert window.doc.timeline.events
    assert window.error_dialog is not None and window.error_dialog.isVisible()
    assert "broken.txt" in window.error_dialog.informativeText()
    assert not window.progress.isVisible()
    assert window.canvas.arrays is not None and len(window.canvas.arrays) == len(window.doc.timeline.events)


def test_cancel_keeps_the_window_responsive(window, qtbot, tmp_path):
    from PySide6.QtCore import QTimer

    d = _corpus(tmp_path, 150, bad=False)
    before = window.doc.timeline
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(window.job.running))
    timer.start(5)
    window.open_paths([str(d)])
    # progress arrives in the GUI thread while the worker runs, and timers keep firing
    qtbot.waitUntil(lambda: window.progress.value() > 0 or not window.job.running, timeout=30000)
    running_ticks = sum(ticks)
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.job.running, timeout=30000)
    timer.stop()
    qtbot.wait(20)
    assert running_ticks >= 1
    if window.doc.timeline is before:
        assert "cancelled" in window.status_label.text().lower()
        assert not window.progress.isVisible()
    else:  # the machine was fast enough to finish first
        assert len(window.doc.timeline.sources) == 150


def test_open_dialog_project_and_recent(window, qtbot, tmp_path, monkeypatch):
    from timeline.io.project import save_project

    p = tmp_path / "p.timeline.json"
    save_project(window.doc.timeline, p)
    monkeypatch.setattr(dialogs, "ask_open_paths", lambda *a, **k: [str(p)])
    qtbot.keyClick(window.canvas, Qt.Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: not window.job.running, timeout=30000)
    assert window.doc.path == p
    assert window.recent_menu.actions()[0].text() == str(p.resolve())


def test_drop_files_opens_them(window, qtbot, tmp_path):
    d = _corpus(tmp_path, 2, bad=False)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in sorted(d.iterdir())])
    pos = QPointF(200, 200)
    enter = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(enter)
    qtbot.waitUntil(lambda: window.job is not None and not window.job.running, timeout=30000)
    assert len(window.doc.timeline.sources) == 2


def test_layout_and_preferences_restored_on_next_start(qtbot, settings, make_window, lang_en, monkeypatch):
    w = make_window(settings)
    w.show()
    qtbot.waitExposed(w)
    w.events_dock.hide()
    w.resize(640, 520)
    w.set_lane_mode("article")
    w.set_theme("dark")
    w.close()
    w2 = make_window(settings)
    w2.show()
    qtbot.waitExposed(w2)
    assert w2.events_dock.isHidden()
    assert w2.size().width() == 640
    assert w2.theme == "dark" and w2.lane_mode_setting == "article"
    w2.set_theme("light")
    w2.close()


def test_event_list_gets_a_default_share_but_a_saved_layout_wins(qtbot, settings, make_window, lang_en):
    w = make_window(settings)
    w.resize(1600, 1000)
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(20)
    rows = w.table.verticalHeader().defaultSectionSize()
    assert w.events_dock.height() >= 0.25 * w.height()
    assert w.table.viewport().height() >= 8 * rows
    w.resizeDocks([w.events_dock], [180], Qt.Orientation.Vertical)
    qtbot.wait(20)
    saved = w.events_dock.height()
    w.close()
    w2 = make_window(settings)
    w2.show()
    qtbot.waitExposed(w2)
    qtbot.wait(20)
    assert abs(w2.events_dock.height() - saved) <= 4
    w2.close()


def _run_viewer(args, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "TIMELINE_RECOVERY_DIR": str(tmp_path / "rec")}
    return subprocess.run([sys.executable, "-m", "gui.app", *args], env=env, cwd=REPO, capture_output=True,
                          text=True, timeout=120)


def test_screenshot_cli_with_select_and_size(shared_corpus, tmp_path, qapp):
    from PySide6.QtGui import QImage

    out = tmp_path / "shot.png"
    r = _run_viewer([str(shared_corpus), "--screenshot", str(out), "--select", "阿里", "--size", "1200x800",
                     "--lang", "zh"], tmp_path)
    assert r.returncode == 0, r.stderr
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1200, 800)
    out2 = tmp_path / "shot2.png"
    r = _run_viewer([str(shared_corpus), "--screenshot", str(out2), "--select", "no such text 12345"], tmp_path)
    assert r.returncode == 0 and "no event matches" in r.stderr and out2.exists()


def test_first_paint_of_the_real_corpus_is_readable(qtbot, settings, make_window, shared_corpus, lang_en):
    """The shared corpus opens fitted, with every drawn label inside the canvas and none overlapping."""

    w = make_window(settings)
    w.resize(1600, 900)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_paths([str(shared_corpus)], background=False)
    c = w.canvas
    L = c.view_layout()
    x0, x1 = c.view_range()
    a = c.arrays
    assert x0 <= a.bounds[0] and x1 >= a.bounds[1]
    rects = [r for r, _t, _row in L.labels]
    assert rects
    vp = c.viewport().rect()
    for i, r in enumerate(rects):
        assert vp.contains(r.toAlignedRect().adjusted(1, 1, -1, -1))
        assert not any(r.intersects(o) for o in rects[i + 1:])
    k = c.lanes_per_view()
    drawn = {int(a.lane[row]) for row, *_ in L.singles} | {cl.lane for cl, *_ in L.counts}
    assert set(c.display_lanes()[c.lane_top:c.lane_top + k]) <= drawn   # every lane shown has events drawn
    shown = c.shown if c.shown is not None else np.ones(len(a.lane), dtype=bool)  # statements are not drawn
    in_view = int((np.isin(a.lane, list(drawn)) & shown).sum())
    assert sum(cl.count for cl, *_ in L.counts) + len(L.singles) == in_view   # every event is drawn once
    # more lanes than fit: Shift+wheel scrolls them, and Down on the canvas follows the selection
    if c.n_display_lanes() > k:
        w.canvas.setFocus()
        for _ in range(len(a.lane_names)):
            qtbot.keyClick(c, Qt.Key.Key_Down)
        assert c.lane_top > 0 and c.lane_top <= c.lane_row(c.current_lane) < c.lane_top + k
    w.close()


def test_viewer_without_arguments_opens_the_sample(tmp_path, qapp):
    from PySide6.QtGui import QImage

    from timeline.pipeline import sample_corpus_dir

    if not any(sample_corpus_dir().glob("*")):
        import pytest

        pytest.skip("the sample corpus is not there yet")
    out = tmp_path / "sample.png"
    r = _run_viewer(["--screenshot", str(out), "--size", "1000x700"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert QImage(str(out)).width() == 1000
