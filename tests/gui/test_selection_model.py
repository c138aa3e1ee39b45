"""One selection model shared by the canvas and the event list, driven with real clicks and keys.

Each user action must change the shared :class:`~gui.selection.SelectionModel` exactly once (no echo
from the other view) and leave the canvas and the list agreeing.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from PySide6.QtCore import Qt

from gui.selection import SelectionModel
from timeline.model import day_number


class _Counter:
    """Counts emissions of a signal and remembers their arguments."""

    def __init__(self, signal) -> None:
        self.calls: list[tuple] = []
        signal.connect(lambda *a: self.calls.append(a))


def test_model_emits_only_on_change_and_reset_is_silent(qtbot):
    m = SelectionModel()
    seen = _Counter(m.currentChanged)
    assert m.current == -1 and m.mask is None
    assert m.set_current(3) and not m.set_current(3)
    assert m.set_current(-5) and m.current == -1     # any negative clears
    m.reset(current=7)
    assert m.current == 7 and seen.calls == [(3,), (-1,)]
    filt = _Counter(m.filterChanged)
    m.set_mask([True, False])
    assert m.mask.dtype == bool and len(filt.calls) == 1
    m.reset(mask=None)
    assert m.mask is None and len(filt.calls) == 1


def test_window_views_share_one_model(window):
    assert window.canvas.selection is window.selection
    assert window.table.selection is window.selection


def test_click_in_list_selects_on_canvas_once(window, qtbot):
    t, c, model = window.table, window.canvas, window.selection
    t.setFocus()    # focusing a list without a current row makes its first row current (Qt)
    qtbot.wait(5)
    cur, canvas_sig = _Counter(model.currentChanged), _Counter(c.selectionChanged)
    row = t.row_of(2)
    qtbot.mouseClick(t.viewport(), Qt.MouseButton.LeftButton, pos=t.visualRect(t.proxy.index(row, 3)).center())
    assert c.selected == 2 and model.current == 2 and t.selected_events() == [2]
    assert cur.calls == [(2,)] and canvas_sig.calls == [(2,)]      # one change, no echo
    qtbot.keyClick(t, Qt.Key.Key_Down)
    nxt = t.event_at(row + 1)
    assert c.selected == nxt and t.selected_events() == [nxt]
    assert cur.calls == [(2,), (nxt,)] and canvas_sig.calls == [(2,), (nxt,)]
    assert window.details.values["Title"].text() == window.doc.timeline.events[nxt].title


def test_click_and_key_on_canvas_select_in_list_once(window, qtbot):
    c, t, model = window.canvas, window.table, window.selection
    c.set_view_range(day_number(dt.date(2026, 1, 31)), day_number(dt.date(2026, 3, 2)))
    window.repaint()
    idx = window.doc.index_of("e5")
    cur, rows = _Counter(model.currentChanged), _Counter(t.selectionModel().currentRowChanged)
    qtbot.mouseClick(c.viewport(), Qt.MouseButton.LeftButton, pos=c.marker_pos(idx))
    assert c.selected == idx and t.selected_events() == [idx] and t.current_event() == idx
    assert cur.calls == [(idx,)] and len(rows.calls) == 1
    c.setFocus()
    qtbot.keyClick(c, Qt.Key.Key_Right)
    nxt = c.selected
    assert nxt not in (-1, idx)
    assert t.selected_events() == [nxt] and t.current_event() == nxt
    assert cur.calls == [(idx,), (nxt,)] and len(rows.calls) == 2
    # Escape-free clear through the API, then the same event again: the list shows it selected again
    window.select_event(-1)
    assert t.selected_events() == [] and cur.calls[-1] == (-1,)
    qtbot.mouseClick(c.viewport(), Qt.MouseButton.LeftButton, pos=c.marker_pos(idx))
    assert t.selected_events() == [idx] and c.selected == idx


def test_ctrl_click_extends_the_list_selection_without_losing_it(window, qtbot):
    t, c = window.table, window.canvas
    t.setFocus()
    r0, r1 = t.row_of(2), t.row_of(4)
    qtbot.mouseClick(t.viewport(), Qt.MouseButton.LeftButton, pos=t.visualRect(t.proxy.index(r0, 3)).center())
    qtbot.mouseClick(t.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     pos=t.visualRect(t.proxy.index(r1, 3)).center())
    assert t.selected_events() == [2, 4]     # the canvas following did not collapse the list's selection
    assert c.selected == 4


def test_filter_goes_through_the_model_to_both_views(window, qtbot):
    tl = window.doc.timeline
    mask = np.zeros(len(tl.events), dtype=bool)
    mask[[0, 2, 5]] = True
    filt = _Counter(window.selection.filterChanged)
    window.selection.set_mask(mask)
    assert len(filt.calls) == 1 and window.mask is window.selection.mask
    assert sorted(window.table.event_at(r) for r in range(window.table.proxy.rowCount())) == [0, 2, 5]
    assert window.canvas.shown is not None and int(window.canvas.shown.sum()) == 3
