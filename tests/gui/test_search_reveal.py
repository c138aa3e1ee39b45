"""Search brings its hits into view, can hide the lanes without hits, and counts "1 event" / "N events"."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from timeline.model import Event, Source, Timeline, TimeSpan

CTRL = Qt.KeyboardModifier.ControlModifier


def many_lanes(n_lanes: int = 40) -> Timeline:
    """Invented data: ``n_lanes`` actor lanes with routine events in 2024-2025, and one event titled
    with a rare word in the last lane, years earlier."""
    src = Source(id="s1", title="Invented wire", text="", date=dt.date(2025, 6, 1), lang="en")
    events = []
    k = 0
    for lane in range(n_lanes):
        for j in range(3):
            k += 1
            day = dt.date(2024, 1, 1) + dt.timedelta(days=(lane * 7 + j * 90) % 700)
            events.append(Event(id=f"e{k}", time=TimeSpan.day(day), title=f"Routine note {lane}-{j}",
                                actors=[f"Actor {lane:02d}"]))
    events.append(Event(id="hit", time=TimeSpan.day(dt.date(2015, 3, 4)), title="Zephyr 上市 listing",
                        actors=[f"Actor {n_lanes - 1:02d}"]))
    events.append(Event(id="hit2", time=TimeSpan.day(dt.date(2024, 5, 6)), title="Second zephyr item",
                        actors=[f"Actor {n_lanes - 2:02d}"]))
    return Timeline(sources=[src], events=events, title="lanes")


@pytest.fixture
def win(window):
    window.set_timeline(many_lanes())
    window.canvas.set_view_range(19800, 19830)   # a month in 2024, far from the 2015 event
    window.canvas.lane_top = 0
    window.canvas._fit_lanes()
    return window


def type_text(widget, text: str) -> None:
    """Type ``text`` as key events carrying the characters (QTest.keyClicks only knows ASCII keys)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _search(qtbot, w, text: str) -> None:
    qtbot.keyClick(w.canvas, Qt.Key.Key_F, CTRL)
    assert w.search.isVisible()
    type_text(w.search.text, text)
    assert w.search.text.text() == text
    qtbot.waitUntil(lambda: w.mask is not None, timeout=2000)
    qtbot.wait(20)


def _on_screen(w, index: int) -> bool:
    p = w.canvas.marker_pos(index)
    if p is None:
        return False
    vp = w.canvas.viewport().rect()
    vb = w.canvas.mapFromScene(w.canvas.vb.sceneBoundingRect()).boundingRect()
    return vp.contains(p) and vb.top() <= p.y() <= vb.bottom()


def test_search_scrolls_lanes_and_fits_time_to_a_single_hit(win, qtbot):
    c = win.canvas
    hit = win.doc.index_of("hit")
    assert c.lanes_out_of_view()[1] > 0           # the hit's lane starts scrolled out of view
    assert not _on_screen(win, hit)
    _search(qtbot, win, "上市")
    assert int(win.mask.sum()) == 1
    assert win.search.count.text() == "1 event"
    assert "1 of " in win.status_label.text()
    assert _on_screen(win, hit), (c.view_range(), c.lane_top)


def test_hide_lanes_without_hits(win, qtbot):
    c = win.canvas
    _search(qtbot, win, "zephyr")
    assert win.search.count.text() == "2 events"
    box = win.search.hide_lanes
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    assert c.n_display_lanes() == 2 and c.lanes_out_of_view() == (0, 0)
    assert sorted(c.lane_axis.names) == ["Actor 38", "Actor 39"]
    c.fit_all()
    qtbot.wait(10)
    for eid in ("hit", "hit2"):
        assert _on_screen(win, win.doc.index_of(eid)), eid
    # clearing the search shows every lane again
    qtbot.keyClick(win.search.text, Qt.Key.Key_Escape)
    qtbot.wait(10)
    assert win.mask is None and c.n_display_lanes() == 40
