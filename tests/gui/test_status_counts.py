"""The status bar counts what the canvas draws: events apart from statements (dated sentences that tell no
happening, which are never drawn), and a search counts its hits among the events only."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tests.gui.test_search_reveal import type_text
from timeline.model import Event, Source, Timeline, TimeSpan


def _timeline() -> Timeline:
    """Invented data: three events and two statements, one of each mentioning "harbour"."""
    src = Source(id="s1", title="Invented wire", text="", date=dt.date(2025, 6, 1), lang="en")
    day = TimeSpan.day
    events = [
        Event(id="a", time=day(dt.date(2025, 1, 2)), title="Port Avel opened the harbour", actors=["Port Avel"]),
        Event(id="b", time=day(dt.date(2025, 2, 3)), title="Veloria Bank cut rates", actors=["Veloria Bank"]),
        Event(id="c", time=day(dt.date(2025, 3, 4)), title="Corran Outdoor filed for bankruptcy"),
        Event(id="s", time=day(dt.date(2025, 3, 5)), title="The harbour is busy in spring", kind="statement"),
        Event(id="t", time=day(dt.date(2025, 3, 6)), title="Rates are high", kind="statement"),
    ]
    return Timeline(sources=[src], events=events, title="counts")


def test_status_counts_events_and_statements_apart(window, qtbot):
    window.set_timeline(_timeline())
    text = window.status_label.text()
    assert text.startswith("3 events, 2 statements, 1 article"), text
    qtbot.keyClick(window.canvas, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(window.search.text, "harbour")
    qtbot.waitUntil(lambda: window.mask is not None, timeout=2000)
    assert window.search.count.text() == "1 event"          # the list (and canvas) show one event
    assert window.status_label.text().startswith("1 of 3 events · "), window.status_label.text()


def test_status_without_statements_names_none(window):
    tl = _timeline()
    tl.events = [ev for ev in tl.events if ev.kind != "statement"]
    window.set_timeline(tl)
    assert window.status_label.text().startswith("3 events, 1 article"), window.status_label.text()


def test_the_overview_leaves_out_statements_as_the_canvas_does(window):
    """A statement far from every event (a decade told as a topic) does not stretch the overview strip."""
    tl = _timeline()
    tl.events.append(Event(id="far", time=TimeSpan.day(dt.date(2035, 6, 1)), title="The next decade", kind="statement"))
    window.set_timeline(tl)
    c = window.canvas
    x0, x1 = c.overview.getViewBox().viewRange()[0]
    last_event = (dt.date(2025, 3, 5) - dt.date(1970, 1, 1)).days
    assert x1 < last_event + 60, (x1, last_event)
    assert x1 > last_event


def test_a_reference_counts_apart_in_the_viewer_and_on_the_command_line(window):
    """One definition (timeline.model.is_drawn / entry_counts): a reference date (it only glosses another
    date) is neither drawn nor counted as an event, by the viewer and the command line alike."""
    from timeline.cli import _entries_label

    tl = _timeline()
    tl.events.append(Event(id="r", time=TimeSpan.day(dt.date(2025, 3, 7)), title="(that is, March 7)",
                           kind="reference"))
    window.set_timeline(tl)
    assert window.status_label.text().startswith("3 events, 2 statements, 1 reference, 1 article"), \
        window.status_label.text()
    assert _entries_label(tl) == "3 events, 1 reference, 2 statements"
