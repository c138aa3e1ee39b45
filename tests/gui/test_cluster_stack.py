"""Count markers expand into a readable list on hover or when they hold the selection; the selected
event's title is always on screen; the selection ring goes around a count marker, not over it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from timeline.model import day_number


def _month_view(window, qtbot):
    c = window.canvas
    c.set_view_range(day_number(dt.date(2026, 2, 1)), day_number(dt.date(2026, 3, 3)))
    qtbot.wait(10)
    counts = c.view_layout().counts
    assert counts, "the dense February lane shows count markers at month zoom"
    return c, counts


def test_hover_expands_a_count_marker_and_a_click_on_a_row_selects(window, qtbot):
    c, counts = _month_view(window, qtbot)
    cl, x, y, _r = counts[0]
    vp = c.viewport()
    qtbot.mouseMove(vp, QPoint(int(x), int(y)))
    qtbot.wait(10)
    st = c.stack()
    assert st is not None and st.cluster.row == cl.row
    assert len(st.rows) == min(cl.count, 12)
    titles = [window.doc.timeline.events[i].title for _rect, i in st.rows]
    assert len(set(titles)) == len(titles)
    rect, target = st.rows[-1]
    # move onto the list (it stays open) and click its last row
    qtbot.mouseMove(vp, rect.center().toPoint())
    qtbot.wait(10)
    assert c.stack() is not None
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert c.selected == target
    assert window.details.values["Title"].text() == window.doc.timeline.events[target].title
    # away from the marker the list stays open because it holds the selection
    qtbot.mouseMove(vp, QPoint(5, 5))
    qtbot.wait(10)
    st = c.stack()
    assert st is not None and any(i == target for _r, i in st.rows)


def test_keyboard_selection_inside_a_cluster_shows_its_title(window, qtbot):
    c, counts = _month_view(window, qtbot)
    cl = counts[0][0]
    members = [int(c.arrays.order[r]) for r in c.cluster_rows(cl).tolist()]
    first = members[0]
    window.select_event(first)
    c.setFocus()
    qtbot.keyClick(c, Qt.Key.Key_Right)          # the next event in time: still inside the marker
    sel = c.selected
    assert sel in members and sel != first
    assert c.marker_pos(sel) is None             # not drawn on its own ...
    st = c.stack()
    assert st is not None and any(i == sel for _r, i in st.rows)   # ... but listed, title readable
    img = c.grab().toImage()
    assert not img.isNull()


def test_selected_title_callout_when_its_label_does_not_fit(window, qtbot):
    c = window.canvas
    i = window.doc.index_of("e6")
    window.doc.timeline.events[i].title = "A deliberately long invented title that no lane label has room for " * 3
    c._titles = None
    c.set_view_range(day_number(dt.date(2000, 1, 1)), day_number(dt.date(2027, 1, 1)))
    window.select_event(i)
    qtbot.wait(10)
    c.grab()
    L = c.view_layout()
    r = int(c.arrays.rank[i])
    assert not any(row == r and text == c.title_of(i) for _rect, text, row in L.labels)
    assert getattr(c, "_callout_rect", None) is not None and c._callout_rect.width() > 100
