"""What counts as an event (issue 12): one definition in timeline.model (``is_drawn`` / ``entry_counts``) that
the command line, the canvas, the event list, the exports and the status bar all use."""

from __future__ import annotations

import datetime as dt

from timeline.model import Event, TimeSpan, entry_counts, is_drawn


def test_only_events_are_drawn_and_counted():
    day = TimeSpan.day(dt.date(2025, 1, 2))
    events = [Event(id="a", time=day, title="Orlan Freight sold depots"),
              Event(id="f", time=day, title="Orlan Freight will sell depots", forecast=True),
              Event(id="s", time=day, title="Rates are high", kind="statement"),
              Event(id="r", time=day, title="(that is, January 2)", kind="reference")]
    assert [is_drawn(e) for e in events] == [True, True, False, False]
    assert entry_counts(events) == (2, {"reference": 1, "statement": 1})
