"""Pure layout: date bounds, ticks, greedy row packing and count-marker clusters (no Qt)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.render.layout import (
    ExportOptions,
    choose_ticks,
    cluster_overflow,
    day_range,
    format_period,
    lane_colors,
    pack_rows,
    parse_bound,
    select_events,
)
from timeline.model import day_number


def test_parse_bound_periods():
    assert parse_bound("2013") == dt.date(2013, 1, 1)
    assert parse_bound("2026-03", end=True) == dt.date(2026, 3, 31)
    assert parse_bound("2024-02", end=True) == dt.date(2024, 2, 29)
    assert parse_bound("2026-03-05", end=True) == dt.date(2026, 3, 5)
    assert parse_bound(None) is None
    for bad in ("2026-13", "March", "2026-02-30"):
        with pytest.raises(ValueError):
            parse_bound(bad)


def test_options_validate():
    with pytest.raises(ValueError):
        ExportOptions(theme="blue")
    with pytest.raises(ValueError):
        ExportOptions(date_from=dt.date(2020, 1, 1), date_to=dt.date(2019, 1, 1))


def test_select_events_and_range(small_timeline):
    opts = ExportOptions(date_from=dt.date(2013, 1, 1), date_to=dt.date(2026, 3, 31))
    titles = {e.title for e in select_events(small_timeline, opts)}
    assert "蔡崇信加入阿里巴巴" not in titles and "Shareholder meeting & vote" not in titles
    assert "阿里巴巴發布千問模型" in titles
    d0, d1 = day_range([], opts)
    assert d0 == day_number(dt.date(2013, 1, 1)) and d1 == day_number(dt.date(2026, 4, 1))
    only = select_events(small_timeline, ExportOptions(include_lanes=frozenset({"Tencent"})))
    assert {e.actors[0] for e in only} == {"Tencent"}


@pytest.mark.parametrize(("first", "last", "width", "unit"), [
    ("1900-01-01", "2030-12-31", 1400, "decade"),
    ("2013-01-01", "2026-03-31", 2400, "year"),
    ("2025-01-01", "2026-03-31", 2400, "month"),
    ("2026-02-01", "2026-02-28", 2400, "day"),
    ("0500-01-01", "2026-01-01", 1200, "century"),
])
def test_ticks_adapt_to_range(first, last, width, unit):
    d0 = day_number(dt.date.fromisoformat(first))
    d1 = day_number(dt.date.fromisoformat(last)) + 1
    ticks, name = choose_ticks(d0, d1, width, "en")
    assert name == unit
    majors = [t for t in ticks if t.major]
    assert len(majors) >= 2
    xs = [(t.day - d0) / (d1 - d0) * width for t in majors]
    assert all(b > a for a, b in zip(xs, xs[1:], strict=False))


def test_tick_labels_in_chinese_and_english():
    d0, d1 = day_number(dt.date(2025, 5, 1)), day_number(dt.date(2026, 3, 1))
    zh = [t.label for t in choose_ticks(d0, d1, 1200, "zh")[0] if t.major]
    en = [t.label for t in choose_ticks(d0, d1, 1200, "en")[0] if t.major]
    assert "2026年1月" in zh and "12月" in zh
    assert "Jan 2026" in en and "Dec" in en
    d0, d1 = day_number(dt.date(2026, 2, 1)), day_number(dt.date(2026, 3, 1))
    days = [t.label for t in choose_ticks(d0, d1, 4500, "zh")[0] if t.major]
    assert days[0] == "2026年2月1日" and "2日" in days
    years = [t.label for t in choose_ticks(day_number(dt.date(1990, 1, 1)), day_number(dt.date(2030, 1, 1)),
                                           600, "zh")[0] if t.major]
    assert "2000年代" in years


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 2000), st.floats(1, 400)), max_size=80), st.integers(1, 6))
def test_pack_rows_never_overlaps(items, max_rows):
    starts = np.array([a for a, _ in items], dtype=float)
    ends = np.array([a + w for a, w in items], dtype=float)
    rows = pack_rows(starts, ends, max_rows, gap=5.0)
    assert rows.max(initial=-1) < max_rows
    for r in range(max_rows):
        idx = sorted(np.nonzero(rows == r)[0], key=lambda i: starts[i])
        for a, b in zip(idx, idx[1:], strict=False):
            assert ends[a] + 5.0 <= starts[b]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(0, 1000), min_size=1, max_size=100), st.floats(0, 300))
def test_clusters_cover_items_and_badges_do_not_overlap(xs, spacing):
    arr = np.array(xs)
    clusters = cluster_overflow(arr, list(range(len(xs))), 40.0, 1000.0, gap=4.0, spacing=spacing)
    assert sorted(i for c in clusters for i in c.members) == list(range(len(xs)))
    for a, b in zip(clusters, clusters[1:], strict=False):
        assert a.x + a.width + 4.0 <= b.x
    assert all(c.x + c.width <= 1000.0 + 1e-9 for c in clusters)


def test_lane_colors_distinct():
    for theme in ("light", "dark"):
        cs = lane_colors(60, theme)
        assert len(set(cs)) == 60


def test_format_period():
    assert format_period(dt.date(2026, 2, 1), dt.date(2026, 2, 20)) == "2026-02"
    assert format_period(dt.date(2025, 1, 1), dt.date(2025, 12, 31)) == "2025"
    assert format_period(dt.date(2025, 11, 3), dt.date(2026, 2, 1)) == "2025-11 – 2026-02"


@settings(max_examples=80, deadline=None)
@given(st.integers(-200_000, 2_900_000), st.integers(3, 400_000), st.integers(400, 6000), st.sampled_from(["zh", "en"]))
def test_tick_labels_never_collide(d0, span, width, lang):
    from timeline.model import from_day_number

    d1 = d0 + span
    if from_day_number(d1) >= dt.date(9999, 1, 1):
        return
    def measure(s):
        return 7.0 * len(s) * (2 if any(ord(c) > 0x2E80 for c in s) else 1)
    ticks, _ = choose_ticks(d0, d1, width, lang, measure)
    assert any(t.major for t in ticks)
    majors = sorted((t for t in ticks if t.major and t.label), key=lambda t: t.day)
    assert majors
    px = width / span
    for a, b in zip(majors, majors[1:], strict=False):
        assert (b.day - a.day) * px >= measure(a.label) + 14.0 - 1e-6


def test_ticks_stay_aligned_near_year_one():
    ticks, _ = choose_ticks(day_number(dt.date(1, 1, 1)), day_number(dt.date(9999, 12, 31)), 1200, "en")
    labels = [t.label for t in ticks if t.major]
    assert labels[:2] == ["1000", "2000"]


def test_statements_are_not_drawn_in_an_image_as_on_the_canvas():
    import datetime as dt

    from gui.render.layout import ExportOptions, select_events
    from timeline.model import Event, Timeline, TimeSpan

    tl = Timeline(events=[
        Event(id="e1", time=TimeSpan.day(dt.date(2024, 3, 1)), title="甲公司上市", actors=["甲"]),
        Event(id="e2", time=TimeSpan.day(dt.date(2024, 3, 2)), title="乙公司是行業龍頭", actors=["乙"],
              kind="statement"),
        Event(id="e3", time=TimeSpan.day(dt.date(2030, 1, 1)), title="市場將達百億規模", actors=["甲"],
              forecast=True),
    ])
    assert [e.id for e in select_events(tl, ExportOptions())] == ["e1", "e3"]
