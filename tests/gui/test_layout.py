"""The canvas arrays and per-view layout (pure numpy, no Qt)."""

from __future__ import annotations

import datetime as dt

import numpy as np

from gui import i18n
from gui.layout import NO_LANE, build_arrays, cluster, lane_label, span_segments, visible_rows
from timeline.model import Event, TimeSpan, day_number

from .conftest import make_timeline


def test_arrays_are_sorted_and_invertible():
    tl = make_timeline()
    a = build_arrays(tl, "actor")
    assert len(a) == len(tl.events)
    assert np.all(np.diff(a.start) >= 0)
    for i, e in enumerate(tl.events):
        r = a.rank[i]
        assert a.order[r] == i
        assert a.start[r] == day_number(e.time.start)
        assert a.end[r] == day_number(e.time.end) + 1
        assert a.lane_names[a.lane[r]] == e.lane("actor")
    # pre-1970 dates are negative days
    assert a.start[0] < 0
    # year and month events are spans, day events are points
    assert not a.point[a.rank[1]] and a.point[a.rank[0]]
    assert a.approx[a.rank[3]] and not a.approx[a.rank[2]]


def test_visible_rows_culls_by_view():
    a = build_arrays(make_timeline(), "actor")
    x0, x1 = day_number(dt.date(2026, 2, 10)), day_number(dt.date(2026, 2, 12))
    rows = visible_rows(a, x0, x1)
    assert rows.size
    assert np.all(a.start[rows] <= x1) and np.all(a.end[rows] >= x0)
    # the whole-year 2025 event is outside, the month 2026-02 span is inside
    events = {int(a.order[r]) for r in rows}
    assert 1 not in events and 5 in events


def test_dense_group_collapses_and_splits_when_zooming_in():
    a = build_arrays(make_timeline(), "actor")
    lo, hi = a.bounds
    rows = visible_rows(a, lo, hi)
    cl = cluster(a, rows, lo, 1200 / (hi - lo), min_gap_px=64)
    assert sum(c.count for c in cl) == rows.size
    dense_lane = a.lane_names.index("丁集團")
    dense = [c for c in cl if c.lane == dense_lane]
    assert len(dense) == 1 and dense[0].count == 30
    # zoomed to February 2026 the group splits into several markers
    x0, x1 = day_number(dt.date(2026, 2, 1)), day_number(dt.date(2026, 3, 1))
    rows = visible_rows(a, x0, x1)
    cl = [c for c in cluster(a, rows, x0, 2400 / (x1 - x0), min_gap_px=64) if c.lane == dense_lane]
    assert len(cl) > 5


def test_markers_in_a_lane_are_never_closer_than_the_gap():
    rng = np.random.default_rng(1)
    from timeline.model import Event, Timeline, TimeSpan

    base = dt.date(2000, 1, 1)
    evs = [Event(f"e{i}", TimeSpan.day(base + dt.timedelta(days=int(d))), f"t{i}", actors=[f"a{i % 5}"])
           for i, d in enumerate(rng.integers(0, 9000, 5000))]
    a = build_arrays(Timeline(events=evs), "actor")
    lo, hi = a.bounds
    for x0, x1 in ((lo, hi), (lo + 1000, lo + 1400), (lo + 3000, lo + 3030)):
        rows = visible_rows(a, x0, x1)
        cl = cluster(a, rows, x0, 1500 / (x1 - x0), min_gap_px=64)
        assert sum(c.count for c in cl) == rows.size
        for lane in range(5):
            xs = [c for c in cl if c.lane == lane]
            for p, q in zip(xs, xs[1:], strict=False):
                assert q.x_end - q.x <= 160 and p.x_end - p.x <= 160
                if p.count == 1:   # a single marker always has room for a label
                    assert q.x - p.x >= 64 or q.count > 1


def test_span_segments_are_deduplicated_per_pixel():
    from timeline.model import Event, Timeline, TimeSpan

    evs = [Event(f"e{i}", TimeSpan.from_value("2020"), "y", actors=["a"]) for i in range(2000)]
    a = build_arrays(Timeline(events=evs), "actor")
    rows = visible_rows(a, *a.bounds)
    lanes, s0, s1, ap = span_segments(a, rows, a.bounds[0], a.bounds[1], 2.0)
    assert len(lanes) == 1


def test_the_lane_without_an_actor_is_last_and_named_in_the_interface_language():
    tl = make_timeline()
    tl.events.insert(0, Event("x0", TimeSpan.from_value("1900"), "無人物的事件"))   # earliest of all
    a = build_arrays(tl, "actor")
    assert a.lane_names[-1] == NO_LANE
    assert a.lane_names[a.lane[a.rank[0]]] == NO_LANE
    try:
        assert lane_label(NO_LANE, "actor") == "(no actor)"
        assert lane_label("Acme", "actor") == "Acme"
        i18n.set_language("zh")
        assert lane_label(NO_LANE, "actor") == "（未歸類）"
        assert lane_label(NO_LANE, "tag") == "（無標籤）"
    finally:
        i18n.set_language("en")

