"""Editing through the keyboard: rename, re-date, delete, add, merge, split, move lane; undo and redo."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from gui import dialogs
from timeline.model import TimeSpan

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _select(window, event_id):
    i = window.doc.index_of(event_id)
    window.select_event(i)
    window.canvas.setFocus()
    return i


def _undo(qtbot, w):
    qtbot.keyClick(w.canvas, Qt.Key.Key_Z, CTRL)


def _redo(qtbot, w):
    qtbot.keyClick(w.canvas, Qt.Key.Key_Z, CTRL | SHIFT)


def test_rename_undo_redo(window, qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "新名稱")
    _select(window, "e2")
    qtbot.keyClick(window.canvas, Qt.Key.Key_F2)
    e = window.doc.timeline.events[window.doc.index_of("e2")]
    assert e.title == "新名稱" and e.edited
    assert window.doc.modified and window.windowTitle().startswith("synthetic*")
    row = window.table.row_of(window.doc.index_of("e2"))
    assert window.table.proxy.index(row, 3).data() == "新名稱"
    assert window.details.values["Title"].text() == "新名稱"
    _undo(qtbot, window)
    assert window.doc.timeline.events[window.doc.index_of("e2")].title == "丙機構擴大投資"
    assert not window.doc.modified
    _redo(qtbot, window)
    assert window.doc.timeline.events[window.doc.index_of("e2")].title == "新名稱"
    assert window.canvas.selected == window.doc.index_of("e2")


def test_redate_with_precision_moves_marker(window, qtbot, monkeypatch):
    span = TimeSpan.from_value("1999-05", mod="APPROX")
    monkeypatch.setattr(dialogs, "ask_span", lambda *a, **k: span)
    i = _select(window, "e6")
    qtbot.keyClick(window.canvas, Qt.Key.Key_D, CTRL)
    e = window.doc.timeline.events[i]
    assert e.time == span and e.time.granularity == "month"
    a = window.canvas.arrays
    assert a.start[a.rank[i]] == span.start_day and a.approx[a.rank[i]]
    _undo(qtbot, window)
    assert window.doc.timeline.events[i].time.value == "2026-02"


def test_redate_dialog_validates(qtbot):
    d = dialogs.RedateDialog(None, TimeSpan.from_value("2026-02"))
    qtbot.addWidget(d)
    d.value.setText("2026-13")
    d._accept()
    assert d.result_span is None and d.error.text()
    d.value.setText("2025-Q3")
    d._accept()
    assert d.result_span.granularity == "quarter"


def test_delete_and_add(window, qtbot, monkeypatch):
    n = len(window.doc.timeline.events)
    _select(window, "e1")
    qtbot.keyClick(window.canvas, Qt.Key.Key_Delete)
    assert len(window.doc.timeline.events) == n - 1 and window.doc.index_of("e1") < 0
    assert window.table.proxy.rowCount() == n - 1
    _undo(qtbot, window)
    assert window.doc.index_of("e1") == 0
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Added by hand")
    monkeypatch.setattr(dialogs, "ask_span", lambda *a, **k: TimeSpan.from_value("1950"))
    qtbot.keyClick(window.canvas, Qt.Key.Key_N, CTRL)
    assert len(window.doc.timeline.events) == n + 1
    new = window.doc.timeline.events[-1]
    assert new.title == "Added by hand" and new.time.granularity == "year"
    assert window.canvas.selected == n


def test_merge_selected_rows_and_split_back(window, qtbot):
    t = window.table
    i3, i4 = window.doc.index_of("e3"), window.doc.index_of("e4")
    sm = t.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    sm.clearSelection()
    sm.select(t.proxy.index(t.row_of(i3), 0), flags)
    sm.select(t.proxy.index(t.row_of(i4), 0), flags)
    t.setFocus()
    qtbot.keyClick(t, Qt.Key.Key_M, CTRL)
    evs = window.doc.timeline.events
    assert window.doc.index_of("e4") < 0
    merged = evs[window.doc.index_of("e3")]
    assert len(merged.mentions) == 2
    _select(window, "e3")
    qtbot.keyClick(window.canvas, Qt.Key.Key_M, CTRL | SHIFT)
    evs = window.doc.timeline.events
    assert len([e for e in evs if e.title == merged.title]) == 2
    _undo(qtbot, window)
    _undo(qtbot, window)
    assert window.doc.index_of("e4") >= 0 and len(window.doc.timeline.events[window.doc.index_of("e3")].mentions) == 1


def test_move_to_lane(window, qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_lane", lambda *a, **k: "甲公司")
    i = _select(window, "e3")
    qtbot.keyClick(window.canvas, Qt.Key.Key_L, CTRL)
    a = window.canvas.arrays
    assert a.lane_names[a.lane[a.rank[i]]] == "甲公司"
    assert window.doc.timeline.events[i].lanes == {"actor": "甲公司"}
    _undo(qtbot, window)
    a = window.canvas.arrays
    assert a.lane_names[a.lane[a.rank[i]]] == "Acme"


def test_move_to_lane_dialog_shows_the_no_actor_label_and_keeps_the_key(window, qtbot, monkeypatch):
    from timeline.model import Event, TimeSpan

    tl = window.doc.timeline
    tl.events.append(Event("noact", TimeSpan.from_value("2025-06-01"), "an event with no actor"))
    window.set_timeline(tl)
    shown = []
    monkeypatch.setattr(dialogs, "ask_lane", lambda parent, title, lanes, cur: shown.append(lanes) or "(no actor)")
    i = _select(window, "e3")
    qtbot.keyClick(window.canvas, Qt.Key.Key_L, CTRL)
    assert shown and shown[0][-1] == "(no actor)" and "—" not in shown[0]
    a = window.canvas.arrays
    assert a.lane_names[a.lane[a.rank[i]]] == "—"           # the model keeps the key
    assert window.canvas.lane_axis.names[a.lane[a.rank[i]]] == "(no actor)"
