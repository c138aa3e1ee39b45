"""View > Compact Time Scale: the canvas uses the export's time scale (one mapping for both)."""

from __future__ import annotations

import datetime as dt

from timeline.model import day_number


def _axis_labels(axis, x0: float, x1: float, size: float) -> dict[float, str]:
    levels = axis.tickValues(x0, x1, size)
    return {v: s for spacing, vals in levels for v, s in zip(vals, axis.tickStrings(vals, 1.0, spacing),
                                                            strict=True) if s}


def test_compact_scale_gives_the_recent_years_room_and_keeps_days_in_the_api(window, qtbot):
    c = window.canvas
    assert c.xmap is None and c.time_scale == "linear"
    old = c.view_range()
    window.compact_action.setChecked(True)
    assert c.time_scale == "compact" and c.xmap is not None
    assert c.xmap.scale.gaps(), "the empty decades after 1911 collapse into a break"
    x0, x1 = c.view_range()          # still days, the same days as before
    assert abs(x0 - old[0]) < 1 and abs(x1 - old[1]) < 1
    c.fit_all()
    x0, x1 = c.view_range()
    assert x0 <= day_number(dt.date(1911, 10, 10)) and x1 >= day_number(dt.date(2026, 2, 28))
    # 2024-03 .. 2026-03 takes most of the width (on the linear scale it is under 2 %)
    pos = c.xmap.scale.to_pos
    assert pos(day_number(dt.date(2026, 3, 1))) - pos(day_number(dt.date(2024, 3, 1))) > 0.5
    # the axis names the lone early year and the recent ones, with a year after the break
    xr = c._xrange()
    labels = _axis_labels(c.date_axis, xr[0], xr[1], 1000).values()
    assert any("191" in s for s in labels) and any("2026" in s for s in labels), labels
    # clicking still selects (hit tests run in the same coordinate)
    window.repaint()
    idx = next(i for i, e in enumerate(window.doc.timeline.events) if e.id == "e5")
    assert c.marker_pos(idx) is not None
    c.select(idx)
    assert c.selected == idx
    # a preset zoom is in days
    c.zoom_preset("year")
    x0, x1 = c.view_range()
    assert abs((x1 - x0) - 365.25) < 2
    window.compact_action.setChecked(False)
    assert c.xmap is None
    y0, y1 = c.view_range()
    assert abs(y0 - x0) < 1 and abs(y1 - x1) < 1
    assert window.settings.value("time_scale") == "linear"


def test_screen_and_export_label_the_same_ticks(window):
    """The date axis on the compact scale shows the shared engine's ticks for the same days."""
    from PySide6.QtGui import QFontMetricsF

    from gui.render.layout import scale_ticks

    c = window.canvas
    window.compact_action.setChecked(True)
    c.fit_all()
    x0, x1 = c._xrange()
    shown = _axis_labels(c.date_axis, x0, x1, 1200)
    d0, d1 = c.view_range()
    fm = QFontMetricsF(c.date_axis.style.get("tickFont") or c.date_axis.font())
    ticks = scale_ticks(c.xmap.scale.zoomed(d0, d1), 1200, "en", fm.horizontalAdvance, min_gap=18,
                        min_spacing=c.date_axis.min_label_px * 0.9)
    exported = {round(t.day, 3): t.label for t in ticks if t.major and t.label}
    assert {round(float(c.xmap.day(x)), 3): s for x, s in shown.items()} == exported
