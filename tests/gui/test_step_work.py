"""Work done per selection step (issue 15): counted, never timed.

* The event list's proxy answers ``data`` from its row array through ``EventTableModel.cell`` with the
  same results as mapping each index to the source, and its ``flags`` are the source's.
* The main date axis replays a new picture directly (a pan or zoom step pays nothing for caching) and
  blits the same picture from a pixmap when it is painted again (a selection step that leaves the range
  alone), with the same pixels as the direct replay.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from gui.eventlist import EVENT_ROLE, SORT_ROLE

ROLES = [int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole), int(Qt.ItemDataRole.FontRole),
         int(Qt.ItemDataRole.TextAlignmentRole), int(Qt.ItemDataRole.ForegroundRole),
         int(Qt.ItemDataRole.DecorationRole), int(Qt.ItemDataRole.CheckStateRole), SORT_ROLE, EVENT_ROLE]


def test_proxy_data_and_flags_match_the_source(window):
    t = window.table
    proxy, src = t.proxy, t.source_model
    n = src.rowCount()
    mask = np.zeros(n, dtype=bool)
    mask[::2] = True
    proxy.set_mask(mask)
    proxy.sort(3, Qt.SortOrder.DescendingOrder)
    assert 0 < proxy.rowCount() < n
    for r in range(proxy.rowCount()):
        for col in range(proxy.columnCount()):
            pi = proxy.index(r, col)
            si = proxy.mapToSource(pi)
            assert proxy.flags(pi) == src.flags(si)
            for role in ROLES:
                assert proxy.data(pi, role) == src.data(si, role), (r, col, role)


def test_date_axis_replays_a_picture_once_then_blits_it(window, monkeypatch):
    c = window.canvas
    ax = c.date_axis
    replays = []
    orig = pg.AxisItem.paint

    def counting(self, p, opt, widget=None):
        if self is ax:
            replays.append(self.picture)
        return orig(self, p, opt, widget)

    monkeypatch.setattr(pg.AxisItem, "paint", counting)
    x0, x1 = c.view_range()
    c.set_view_range(x0 + (x1 - x0) * 0.1, x1 - (x1 - x0) * 0.1)   # a zoom step: a new picture
    c.repaint_now()
    assert len(replays) == 1 and ax._pm_picture is not ax.picture   # replayed directly, not cached
    ax._seen_picture = None   # replay directly once more, for the reference image
    direct = c.viewport().grab().toImage()
    assert len(replays) == 2 and ax._pm_picture is not ax.picture
    c.repaint_now()          # the same picture again (as after a selection step): cached once ...
    c.repaint_now()          # ... then blitted
    c.repaint_now()
    assert len(replays) == 3 and ax._pm_picture is ax.picture
    cached = c.viewport().grab().toImage()
    # the blit lands on the same pixels (the two end pixels of the axis line may be shaded differently)
    assert _differing_pixels(direct, cached) <= 4
    assert len(replays) == 3


def _pixels(im) -> np.ndarray:
    a = np.frombuffer(im.constBits(), dtype=np.uint8).reshape(im.height(), im.bytesPerLine())
    return a[:, :im.width() * 4].reshape(im.height(), im.width(), 4)


def _differing_pixels(a, b) -> int:
    assert a.size() == b.size() and a.format() == b.format()
    return int(np.count_nonzero((_pixels(a) != _pixels(b)).any(axis=2)))


def test_lane_scroll_keeps_the_time_axis_layout(window, monkeypatch):
    """A selection step into a lane scrolled out of view scrolls the lanes (``_fit_lanes``): the layout is
    placed again vertically, but the spans and clusters along the time axis are not computed again."""
    import gui.canvas as canvas_mod

    c = window.canvas
    calls = []
    for name in ("cluster", "span_segments"):
        orig = getattr(canvas_mod, name)
        monkeypatch.setattr(canvas_mod, name, lambda *a, _o=orig, _n=name, **k: calls.append(_n) or _o(*a, **k))
    c.repaint_now()
    first = c.view_layout()
    calls.clear()
    c._fit_lanes()
    c.repaint_now()
    again = c.view_layout()
    assert again is not first and calls == []
    assert again.clusters is first.clusters and again.lane_y is not None
    x0, x1 = c.view_range()
    c.set_view_range(x0, x0 + (x1 - x0) * 0.8)
    c.repaint_now()
    assert sorted(calls) == ["cluster", "span_segments"]
    c.set_filter(None)   # data or filter changes drop it too
    calls.clear()
    c.repaint_now()
    assert sorted(calls) == ["cluster", "span_segments"]
