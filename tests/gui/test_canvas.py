"""The canvas driven with real clicks and keys: markers, count markers, zoom, pan, keyboard navigation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent

from timeline.model import day_number


def _fit_dense(window):
    c = window.canvas
    c.set_view_range(day_number(dt.date(2026, 1, 31)), day_number(dt.date(2026, 3, 2)))
    window.repaint()
    return c


def test_first_paint_is_fitted_and_dense_group_is_a_count_marker(window, qtbot):
    c = window.canvas
    x0, x1 = c.view_range()
    assert x0 <= day_number(dt.date(1911, 10, 10)) and x1 >= day_number(dt.date(2026, 2, 28))
    counts = c.cluster_markers()
    assert any(cl.count >= 30 for _p, cl in counts)
    # labels never overlap and stay inside the canvas
    L = c.view_layout()
    rects = [r for r, _t, _row in L.labels]
    for i, a in enumerate(rects):
        assert a.right() <= c.viewport().width()
        for b in rects[i + 1:]:
            assert not a.intersects(b), (a, b)


def test_click_on_marker_selects_event_in_canvas_list_and_panels(window, qtbot):
    c = _fit_dense(window)
    tl = window.doc.timeline
    idx = next(i for i, e in enumerate(tl.events) if e.id == "e5")   # Acme, 5 Feb 2026
    pos = c.marker_pos(idx)
    assert pos is not None
    qtbot.mouseClick(c.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert c.selected == idx
    assert window.table.selected_events() == [idx]
    assert window.details.values["Title"].text() == "Acme said it would expand"
    assert window.source.highlighted_text() == tl.events[idx].mentions[0].text


def test_click_on_count_marker_zooms_to_its_span(window, qtbot):
    c = window.canvas
    pos, cl = max(c.cluster_markers(), key=lambda pc: pc[1].count)
    before = c.view_range()
    qtbot.mouseClick(c.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    x0, x1 = c.view_range()
    assert x1 - x0 < (before[1] - before[0]) / 10
    assert x0 <= cl.day0 and x1 >= cl.day1
    # after zooming in the group has split: more markers, some single
    assert len(c.view_layout().singles) + len(c.cluster_markers()) > 3


def test_wheel_zooms_time_axis_at_cursor_and_drag_pans(window, qtbot):
    c = window.canvas
    c.set_view_range(day_number(dt.date(2020, 1, 1)), day_number(dt.date(2030, 1, 1)))
    vp = c.viewport()
    pos = QPointF(vp.width() * 0.7, vp.height() * 0.3)
    day_under = c.vb.mapSceneToView(c.mapToScene(pos.toPoint())).x()
    y_before = c.vb.viewRange()[1]
    ev = QWheelEvent(pos, c.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 240), Qt.MouseButton.NoButton,
                     Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(vp, ev)
    x0, x1 = c.view_range()
    assert x1 - x0 < 3652 * 0.9
    after = c.vb.mapSceneToView(c.mapToScene(pos.toPoint())).x()
    assert abs(after - day_under) < (x1 - x0) * 0.01          # the day under the cursor stays put
    assert c.vb.viewRange()[1] == y_before                     # lanes do not zoom
    w = x1 - x0
    start = QPoint(int(vp.width() * 0.5), int(vp.height() * 0.5))
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for k in range(1, 11):
        qtbot.mouseMove(vp, start + QPoint(20 * k, 0))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=start + QPoint(200, 0))
    nx0, nx1 = c.view_range()
    assert nx0 < x0 and abs((nx1 - nx0) - w) < w * 0.01


def test_keyboard_navigation_and_zoom_without_mouse(window, qtbot):
    c = window.canvas
    tl = window.doc.timeline
    c.setFocus()
    qtbot.keyClick(c, Qt.Key.Key_Home)
    assert tl.events[c.selected].id == "e1"                          # 1911, the earliest
    qtbot.keyClick(c, Qt.Key.Key_Right)
    assert tl.events[c.selected].id == "e3"                          # 2024-03
    qtbot.keyClick(c, Qt.Key.Key_Left)
    assert tl.events[c.selected].id == "e1"
    qtbot.keyClick(c, Qt.Key.Key_End)
    last = c.selected
    assert tl.events[last].time.start == max(e.time.start for e in tl.events)
    assert window.table.selected_events() == [last]
    lane = c.current_lane
    qtbot.keyClick(c, Qt.Key.Key_Up)
    assert c.current_lane < lane
    qtbot.keyClick(c, Qt.Key.Key_Down)
    assert c.current_lane == lane
    w0 = c.view_range()[1] - c.view_range()[0]
    qtbot.keyClick(c, Qt.Key.Key_Plus)
    w1 = c.view_range()[1] - c.view_range()[0]
    assert abs(w1 - w0 / 2) < 1e-6 * w0
    qtbot.keyClick(c, Qt.Key.Key_Minus)
    qtbot.keyClick(c, Qt.Key.Key_Minus)
    assert c.view_range()[1] - c.view_range()[0] > w0 * 1.5
    qtbot.keyClick(c, Qt.Key.Key_0)
    x0, x1 = c.view_range()
    assert x0 <= day_number(dt.date(1911, 10, 10)) and x1 >= day_number(dt.date(2026, 3, 1))


def test_zoom_presets_and_fit_selection(window, qtbot):
    c = window.canvas
    window.select_event(4)
    for key, days in ((Qt.Key.Key_1, 3652.5), (Qt.Key.Key_2, 365.25), (Qt.Key.Key_3, 30.44),
                      (Qt.Key.Key_4, 7.0), (Qt.Key.Key_5, 1.0)):
        qtbot.keyClick(c, key, Qt.KeyboardModifier.ControlModifier)
        x0, x1 = c.view_range()
        assert abs((x1 - x0) - days) < 0.01
    c.fit_all()
    qtbot.keyClick(c, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    x0, x1 = c.view_range()
    assert x0 < day_number(dt.date(2026, 2, 5)) < x1 and x1 - x0 < 10


def test_enter_opens_source_at_mention(window, qtbot):
    c = window.canvas
    tl = window.doc.timeline
    c.setFocus()
    qtbot.keyClick(c, Qt.Key.Key_Home)
    qtbot.keyClick(c, Qt.Key.Key_Return)
    e = tl.events[c.selected]
    assert window.source_dock.isVisible()
    assert window.source.highlighted_text() == e.mentions[0].text == "1911年10月10日"
    assert window.source.text.toPlainText() == tl.sources[0].text
    assert window.source.text.hasFocus()


def test_overview_region_follows_and_drives_view(window, qtbot):
    c = window.canvas
    c.set_view_range(day_number(dt.date(2024, 1, 1)), day_number(dt.date(2025, 1, 1)))
    a, b = c.region.getRegion()
    assert abs(a - day_number(dt.date(2024, 1, 1))) < 1 and abs(b - day_number(dt.date(2025, 1, 1))) < 1
    c.region.setRegion((day_number(dt.date(2000, 1, 1)), day_number(dt.date(2010, 1, 1))))
    x0, x1 = c.view_range()
    assert abs(x0 - day_number(dt.date(2000, 1, 1))) < 1 and abs(x1 - day_number(dt.date(2010, 1, 1))) < 1


def test_lane_modes_switch_and_show_names(window, qtbot):
    c = window.canvas
    assert "丁集團" in c.lane_axis.names
    window.lane_actions["article"].trigger()
    assert c.lane_axis.names == ["甲公司新聞", "Acme news"] or set(c.lane_axis.names) == {"甲公司新聞", "Acme news"}
    window.lane_actions["actor"].trigger()
    assert "Acme" in c.lane_axis.names


def test_hover_text_names_the_event_or_the_count(window, qtbot):
    c = window.canvas
    pos, cl = max(c.cluster_markers(), key=lambda pc: pc[1].count)
    assert c.tooltip_at(QPointF(pos)).startswith(f"{cl.count} · 2026-02-01")
    c.set_view_range(day_number(dt.date(2024, 1, 1)), day_number(dt.date(2024, 12, 31)))
    idx = window.doc.index_of("e3")
    p = c.marker_pos(idx)
    assert c.tooltip_at(QPointF(p)) == "2024-03 · Acme opened a lab"
    qtbot.mouseMove(c.viewport(), p)


def _overview_px(c, day: float) -> QPoint:
    """The canvas viewport pixel of ``day`` at mid-height of the overview strip."""
    vb = c.overview.getViewBox()
    (_x0, _x1), (y0, y1) = vb.viewRange()
    scene = vb.mapViewToScene(QPointF(day, (y0 + y1) / 2))
    return c.mapFromScene(scene)


def test_dragging_the_overview_region_with_the_mouse_moves_the_view(window, qtbot):
    c = window.canvas
    a0, b0 = day_number(dt.date(1960, 1, 1)), day_number(dt.date(1980, 1, 1))
    c.set_view_range(a0, b0)
    window.repaint()
    vp = c.viewport()
    start = _overview_px(c, (a0 + b0) / 2)
    shift = 120
    assert c.itemAt(start) is not None
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    # A first tiny move starts the drag: the scene may swallow the move that crosses its drag threshold.
    qtbot.mouseMove(vp, QPoint(start.x() + 1, start.y()))
    qtbot.wait(5)
    for k in range(1, 7):
        qtbot.mouseMove(vp, QPoint(start.x() + shift * k // 6, start.y()))
        qtbot.wait(5)
    # Qt may coalesce queued moves; end with the pointer resting at the target before releasing.
    qtbot.mouseMove(vp, QPoint(start.x() + shift, start.y()))
    qtbot.wait(20)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=QPoint(start.x() + shift, start.y()))
    x0, x1 = c.view_range()
    per_px = (c.overview.getViewBox().viewRange()[0][1] - c.overview.getViewBox().viewRange()[0][0]) / \
        c.overview.getViewBox().width()
    moved = x0 - a0
    assert abs(moved - shift * per_px) < 0.1 * shift * per_px + 2, (moved, shift * per_px)
    assert abs((x1 - x0) - (b0 - a0)) < 1                      # a drag pans, it does not zoom
    a, b = c.region.getRegion()
    assert abs(a - x0) < 1 and abs(b - x1) < 1


def test_lanes_out_of_view_are_hinted_and_follow_scrolling(window, qtbot):
    from PySide6.QtWidgets import QApplication

    from timeline.model import Event, TimeSpan

    tl = window.doc.timeline
    for k in range(40):
        tl.events.append(Event(f"L{k}", TimeSpan.from_value(f"{1950 + k}-01-01"), f"lane event {k}",
                               actors=[f"Actor {k:02d}"]))
    window.set_timeline(tl)
    c = window.canvas
    window.repaint()
    n = len(c.arrays.lane_names)
    k = c.lanes_per_view()
    assert k < n
    assert c.lanes_out_of_view() == (0, n - k)
    assert c.lane_hint.text() == f"▼ {n - k} more lanes"
    assert c.lane_axis.scroll == (0, k, n)
    # Shift+wheel over the canvas scrolls the lanes down by one; the hint counts follow
    vp = c.viewport()
    pos = QPointF(vp.width() * 0.5, vp.height() * 0.3)
    ev = QWheelEvent(pos, c.mapToGlobal(pos), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                     Qt.KeyboardModifier.ShiftModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(vp, ev)
    assert c.lane_top == 1 and c.lanes_out_of_view() == (1, n - k - 1)
    assert c.lane_hint.text() == f"▲ 1  ▼ {n - k - 1} more lanes"
    # End selects the last event; its lane scrolls into view, and nothing is left below
    qtbot.keyClick(c, Qt.Key.Key_End)
    above, below = c.lanes_out_of_view()
    assert above > 0 and c.lane_axis.scroll[0] == c.lane_top
    assert c.lane_hint.text().startswith("▲")
    sel_lane = int(c.arrays.lane[c.arrays.rank[c.selected]])
    assert c.lane_top <= sel_lane < c.lane_top + k
    # the hint is painted: its row below the lane axis is not blank
    img = c.grab().toImage()
    r = c.mapFromScene(c.lane_hint.sceneBoundingRect()).boundingRect()
    bg = img.pixelColor(1, img.height() - 1)
    assert any(img.pixelColor(x, y) != bg for x in range(r.left() + 1, r.right() - 1)
               for y in range(r.top() + 1, r.bottom() - 1))
