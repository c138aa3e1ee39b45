"""Statements (dated sentences that tell no happening) are not drawn; forecasts are drawn hollow."""

from __future__ import annotations

import datetime as dt

import numpy as np
from PySide6.QtCore import Qt

from timeline.model import Event, Timeline, TimeSpan, day_number


def _one_of_each_kind() -> Timeline:
    """An event, a statement and a forecast of one actor in March 2024."""
    return Timeline(events=[
        Event(id="e1", time=TimeSpan.day(dt.date(2024, 3, 1)), title="甲公司上市", actors=["甲"]),
        Event(id="e2", time=TimeSpan.day(dt.date(2024, 3, 2)), title="這是甲公司的春節戰役", actors=["甲"],
              kind="statement"),
        Event(id="e3", time=TimeSpan.day(dt.date(2024, 3, 20)), title="市場將達百億規模", actors=["甲"],
              forecast=True),
    ])


def test_statements_are_not_drawn_and_forecasts_are(window, qtbot):
    c = window.canvas
    tl = _one_of_each_kind()
    c.set_timeline(tl)
    c.set_view_range(day_number(dt.date(2024, 2, 20)), day_number(dt.date(2024, 3, 30)))
    window.repaint()
    assert c.shown is not None
    shown = {tl.events[int(c.arrays.order[r])].id for r in range(len(c.shown)) if c.shown[r]}
    assert shown == {"e1", "e3"}
    drawn = {tl.events[int(c.arrays.order[row])].id for row, *_ in c.view_layout().singles}
    assert "e2" not in drawn and {"e1", "e3"} <= drawn
    c.set_filter(None)  # clearing a search keeps statements hidden
    assert not c.shown[list(c.arrays.order).index(1)]
    c.repaint_now()


def test_the_event_list_shows_what_the_canvas_shows_and_statements_on_request(window, qtbot):
    tl = _one_of_each_kind()
    window.table.set_timeline(tl)
    window.canvas.set_timeline(tl)
    table = window.table

    def listed() -> set[str]:
        return {tl.events[table.event_at(r)].id for r in range(table.proxy.rowCount())}

    assert listed() == {"e1", "e3"}
    assert table.row_of(1) == -1
    table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # sorting keeps the statement out
    assert listed() == {"e1", "e3"}
    window.statements_action.setChecked(True)
    assert listed() == {"e1", "e2", "e3"} and table.row_of(1) >= 0
    table.proxy.set_mask(np.array([False, True, True]))  # a search still filters the statements shown
    assert listed() == {"e2", "e3"}
    window.statements_action.setChecked(False)
    assert listed() == {"e3"}
    table.proxy.set_mask(None)
    assert listed() == {"e1", "e3"}
    assert "Statements" in window.statements_action.text()


def test_a_lane_of_statements_only_is_not_shown(window, qtbot):
    """A lane whose every event is a statement has nothing to draw: the lane axis leaves it out, and a
    search that clears keeps it out."""
    c = window.canvas
    tl = Timeline(events=[
        Event(id="e1", time=TimeSpan.day(dt.date(2024, 3, 1)), title="甲公司上市", actors=["甲"]),
        Event(id="e2", time=TimeSpan.day(dt.date(2024, 3, 2)), title="乙公司是行業龍頭", actors=["乙"],
              kind="statement"),
        Event(id="e3", time=TimeSpan.day(dt.date(2024, 3, 9)), title="丙公司發布新品", actors=["丙"]),
    ])
    c.set_timeline(tl)
    names = [c.arrays.lane_names[i] for i in c.display_lanes()]
    assert "乙" not in names and {"甲", "丙"} <= set(names)
    assert not any("乙" in n for n in c.lane_axis.names) and len(c.lane_axis.names) == 2
    c.set_filter(None)
    assert "乙" not in [c.arrays.lane_names[i] for i in c.display_lanes()]
    c.repaint_now()
