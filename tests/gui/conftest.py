"""Fixtures for the viewer tests: temporary settings and recovery folder, a synthetic timeline."""

from __future__ import annotations

import datetime as dt
import gc

import pytest

from timeline.model import Event, MentionRef, Source, Timeline, TimeSpan

# Invented sample text (not from any corpus): every event points at a sentence of it.
ZH_TEXT = ("甲公司在二〇二六年二月發布新模型。乙公司於1911年10月10日成立。丙機構表示將在2025年擴大投資。"
           "丁集團的新產品在2026年2月3日上市。")
EN_TEXT = "Acme opened a lab in March 2024. The lab hired 40 people in 2025. Acme said on 5 February 2026 it would expand."


def _mention(src: Source, needle: str) -> MentionRef:
    i = src.text.index(needle)
    s0 = src.text.rfind("。", 0, i) + 1 if "。" in src.text[:i] else 0
    s1 = src.text.find("。", i)
    s1 = len(src.text) if s1 < 0 else s1 + 1
    return MentionRef(src.id, i, i + len(needle), needle, s0, s1)


def make_timeline(dense: int = 30) -> Timeline:
    """Sources in Chinese and English, events of every precision, and ``dense`` day events in
    February 2026 in one lane (the crowded case)."""
    zh = Source(id="d1a1", title="甲公司新聞", text=ZH_TEXT, date=dt.date(2026, 2, 10), lang="zh")
    en = Source(id="d1a2", title="Acme news", text=EN_TEXT, date=dt.date(2026, 2, 6), lang="en")
    ev: list[Event] = [
        Event("e1", TimeSpan.from_value("1911-10-10"), "乙公司成立", actors=["乙公司"],
              mentions=[_mention(zh, "1911年10月10日")]),
        Event("e2", TimeSpan.from_value("2025"), "丙機構擴大投資", actors=["丙機構"],
              mentions=[_mention(zh, "2025年")]),
        Event("e3", TimeSpan.from_value("2024-03"), "Acme opened a lab", actors=["Acme"],
              mentions=[_mention(en, "March 2024")]),
        Event("e4", TimeSpan.from_value("2025", mod="APPROX"), "The lab hired 40 people", actors=["Acme"],
              mentions=[_mention(en, "2025")]),
        Event("e5", TimeSpan.from_value("2026-02-05"), "Acme said it would expand", actors=["Acme"],
              mentions=[_mention(en, "5 February 2026"), _mention(zh, "2026年2月3日")]),
        Event("e6", TimeSpan.from_value("2026-02"), "甲公司發布新模型", actors=["甲公司"],
              mentions=[_mention(zh, "二〇二六年二月")]),
    ]
    for k in range(dense):
        d = dt.date(2026, 2, 1) + dt.timedelta(days=k % 28)
        ev.append(Event(f"e{7 + k}", TimeSpan.day(d), f"丁集團動態{k + 1}", actors=["丁集團"],
                        mentions=[_mention(zh, "2026年2月3日")]))
    return Timeline(sources=[zh, en], events=ev, title="synthetic")


@pytest.fixture
def timeline() -> Timeline:
    return make_timeline()


@pytest.fixture
def settings(tmp_path, monkeypatch):
    """A QSettings in a temporary INI file; recovery files in a temporary folder."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("TIMELINE_RECOVERY_DIR", str(tmp_path / "recovery"))
    monkeypatch.setenv("TIMELINE_AUTOSAVE_SECONDS", "3600")
    s = QSettings(str(tmp_path / "settings" / "viewer.ini"), QSettings.Format.IniFormat)
    s.setValue("language", "en")
    yield s


@pytest.fixture
def lang_en():
    from gui import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def window(qtbot, settings, timeline, lang_en, monkeypatch):
    """A shown main window on the synthetic timeline; closed without prompts afterwards."""
    from gui import dialogs
    from gui.mainwindow import MainWindow

    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *a, **k: "discard")
    monkeypatch.setattr(dialogs, "ask_restore", lambda *a, **k: False)
    w = MainWindow(settings)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    w.set_timeline(timeline)
    w.activateWindow()
    w.canvas.setFocus()
    qtbot.wait(10)
    yield w
    dispose(w)
    del w


def dispose(w) -> None:
    """Close a main window without prompts and delete it now (its C++ side and its Python side), so
    no window, menu or timer outlives the test that made it."""
    from PySide6.QtCore import QCoreApplication, QEvent

    w.doc.undo_stack.setClean()
    w.doc.restored = False
    if w.isVisible():
        w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # really delete it now
    gc.collect()   # and its Python side, not at a random later point


@pytest.fixture
def make_window(qtbot, monkeypatch):
    """``make_window(settings)`` -> a new (not shown) ``MainWindow``, disposed of after the test."""
    from gui import dialogs
    from gui.mainwindow import MainWindow

    made = []

    def make(settings):
        w = MainWindow(settings)
        made.append(w)
        return w

    yield make
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *a, **k: "discard")
    while made:
        dispose(made.pop())
