"""The shared time scale (pure, no Qt): linear and compact maps, breaks, outliers, ticks per segment."""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.presentation.timescale import (
    anchor_days,
    compact_scale,
    is_uneven,
    linear_scale,
    make_scale,
)
from gui.render.layout import scale_ticks
from timeline.model import day_number


def _d(y: int, m: int = 1, d: int = 1) -> float:
    return float(day_number(dt.date(y, m, d)))


def _skewed() -> np.ndarray:
    """A few events a year apart for twenty years, sixty in fifteen months, one forecast years later."""
    rng = np.random.default_rng(7)
    days = [_d(y, 6) for y in range(2000, 2021)]
    days += list(_d(2024, 1) + rng.integers(0, 450, 60))
    days.append(_d(2031, 6))
    return anchor_days(days, [d + 1 for d in days])


def test_linear_scale_is_the_ordinary_map():
    s = linear_scale(100, 300)
    assert s.to_pos(100) == 0 and s.to_pos(300) == 1 and s.to_pos(200) == 0.5
    assert s.to_day(0.25) == 150
    assert not s.breaks and not s.joints()


def test_compact_scale_breaks_before_a_lone_outlier_and_gives_the_dense_period_room():
    a = _skewed()
    assert is_uneven(a)
    s = compact_scale(a, a[0] - 30, a[-1] + 30)
    gaps = s.gaps()
    assert gaps, "the empty stretch before the forecast collapses into a break"
    # the forecast sits behind the last break, in a narrow segment
    assert gaps[-1][0] < _d(2031, 6) and gaps[-1][1] <= _d(2031, 6)
    last = s.segments()[-1]
    assert last[3] - last[2] <= 0.1
    # the fifteen dense months get far more than their linear share (15 months of ~32 years)
    dense = s.to_pos(_d(2025, 3)) - s.to_pos(_d(2024, 1))
    assert dense > 0.3
    assert linear_scale(a[0] - 30, a[-1] + 30).to_pos(_d(2025, 3)) - \
        linear_scale(a[0] - 30, a[-1] + 30).to_pos(_d(2024, 1)) < 0.06


def test_even_events_keep_the_linear_scale():
    days = [_d(2000) + 30.0 * i for i in range(200)]
    a = anchor_days(days, [d + 1 for d in days])
    assert not is_uneven(a)
    assert make_scale("auto", a, a[0], a[-1] + 1).kind == "linear"
    s = compact_scale(a, a[0], a[-1] + 1)
    assert not s.breaks  # evenly spaced gaps are all alike: none is broken arbitrarily


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(-20000, 30000), min_size=2, max_size=80))
def test_compact_scale_is_monotonic_and_invertible(raw):
    a = anchor_days(raw, [d + 1 for d in raw])
    s = compact_scale(a, float(min(raw)) - 10, float(max(raw)) + 11)
    x = np.linspace(s.d0, s.d1, 500)
    p = s.to_pos(x)
    assert np.all(np.diff(p) >= -1e-12) and abs(p[0]) < 1e-9 and abs(p[-1] - 1) < 1e-9
    pts = np.asarray(raw, dtype=float)
    assert np.allclose(s.to_day(s.to_pos(pts)), pts, atol=1e-6)
    # every event anchor lies in a drawn segment, never inside a break
    for g0, g1, _, _ in s.gaps():
        assert not np.any((pts > g0) & (pts < g1 - 1))


def test_every_segment_is_labelled_and_the_year_follows_a_break():
    a = _skewed()
    s = compact_scale(a, a[0] - 30, a[-1] + 30)
    ticks = scale_ticks(s, 1200, "en")
    labelled = [t for t in ticks if t.major and t.label]
    for d0, d1, _, _ in s.segments():
        if d1 - d0 > 5:
            assert any(d0 <= t.day < d1 for t in labelled), (d0, d1)
    for _, end, _, _ in s.gaps():
        first = min((t for t in labelled if t.day >= end), key=lambda t: t.day)
        assert any(ch.isdigit() for ch in first.label) and len([c for c in first.label if c.isdigit()]) >= 4
    xs = [s.to_pos(t.day) * 1200 for t in labelled]
    widths = [7.0 * len(t.label) for t in labelled]
    assert all(x0 + w <= x1 for x0, w, x1 in zip(xs, widths, xs[1:], strict=False))


def test_paginate_cuts_between_lanes_and_fills_pages():
    from gui.render.layout import paginate

    cuts = [100, 400, 650, 900, 1500]
    pages = paginate(1800, 700, cuts)
    assert pages[0] == (0.0, 650) and pages[-1][1] == 1800
    assert all(b - a <= 700 for a, b in pages)
    assert all(a2 == b1 for (_, b1), (a2, _) in zip(pages, pages[1:], strict=False))
    assert paginate(500, 700, cuts) == [(0.0, 500)]
