"""Per-event numpy arrays and the per-view label layout of the canvas (pure numpy, no Qt).

Contract
--------
* :func:`build_arrays` turns a :class:`~timeline.model.Timeline` into an :class:`EventArrays` once per
  timeline/lane mode: one row per event, **sorted by start day**; ``order[k]`` is the index in
  ``timeline.events`` of sorted row ``k`` and ``rank[i]`` is the sorted row of event ``i``.
  Days are on the :func:`timeline.model.day_number` axis; ``end`` is exclusive.
  Lanes are ordered by their first event, except that the lane of events without one (``NO_LANE``)
  comes last; :func:`lane_label` (from :mod:`gui.presentation.labels`) gives a lane's shown name.
* :func:`visible_rows` culls with :func:`numpy.searchsorted` (rows whose span meets ``[x0, x1]``).
* :func:`cluster` bins the visible rows per lane into pixel buckets with numpy, then merges buckets
  closer than ``min_gap_px`` into clusters (each at most ``max_span_px`` wide). The Python loop only runs over buckets (at most
  lanes x width / bucket_px), never over all events. A cluster of one row gets a label; a larger one
  is drawn as a count marker that zooms to ``[day0, day1]`` when clicked.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gui.presentation.labels import lane_label  # noqa: F401 (re-exported for the canvas and the window)
from timeline.model import GRANULARITIES, NO_LANE, Timeline

PRECISION_CODE: dict[str, int] = {g: i for i, g in enumerate(GRANULARITIES)}
DAY_CODE = PRECISION_CODE["day"]


@dataclass(slots=True)
class EventArrays:
    """Column arrays of a timeline under one lane mode (see module docstring)."""

    order: np.ndarray      # int64, sorted row -> event index
    rank: np.ndarray       # int64, event index -> sorted row
    start: np.ndarray      # float64 first day (sorted ascending)
    end: np.ndarray        # float64 exclusive end day
    lane: np.ndarray       # int32 lane index
    prec: np.ndarray       # int8 precision code (index in GRANULARITIES)
    approx: np.ndarray     # bool, the date has a modifier (drawn with fuzzy ends)
    point: np.ndarray      # bool, a single-day event (drawn as a point)
    lane_names: list[str]
    max_len: float         # longest span in days (culling margin)

    def __len__(self) -> int:
        return int(self.order.size)

    @property
    def bounds(self) -> tuple[float, float] | None:
        if not len(self):
            return None
        return float(self.start[0]), float(self.end.max())


def build_arrays(tl: Timeline, lane_mode: str = "actor") -> EventArrays:
    """Column arrays for ``tl`` under ``lane_mode`` (one pass over the events)."""
    n = len(tl.events)
    smap = tl.source_map()
    start = np.empty(n, dtype=np.float64)
    end = np.empty(n, dtype=np.float64)
    prec = np.empty(n, dtype=np.int8)
    approx = np.zeros(n, dtype=bool)
    lane_keys: list[str] = [""] * n
    epoch = 719163  # date(1970, 1, 1).toordinal()
    for i, e in enumerate(tl.events):
        t = e.time
        start[i] = t.start.toordinal() - epoch
        end[i] = t.end.toordinal() - epoch + 1
        prec[i] = PRECISION_CODE.get(t.granularity, DAY_CODE)
        if t.mod is not None:
            approx[i] = True
        lane_keys[i] = e.lane(lane_mode, smap)
    order = np.argsort(start, kind="stable")
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    # lanes ordered by their first event time, then name; the lane of events without one comes last
    # (a lane holding only statements, which are never drawn, is kept here and left out by the canvas)
    first: dict[str, float] = {}
    for k in order.tolist():
        first.setdefault(lane_keys[k], start[k])
    names = sorted(first, key=lambda k: (k == NO_LANE, first[k], k))
    idx = {k: j for j, k in enumerate(names)}
    lane = np.fromiter((idx[k] for k in lane_keys), dtype=np.int32, count=n)
    s, en = start[order], end[order]
    return EventArrays(order=order.astype(np.int64), rank=rank, start=s, end=en, lane=lane[order],
                       prec=prec[order], approx=approx[order], point=(en - s) <= 1.0, lane_names=names,
                       max_len=float((en - s).max()) if n else 0.0)


def visible_rows(arr: EventArrays, x0: float, x1: float, shown: np.ndarray | None = None) -> np.ndarray:
    """Sorted rows whose span meets the day range ``[x0, x1]`` (and ``shown``, a row mask, if given)."""
    lo = int(np.searchsorted(arr.start, x0 - arr.max_len, side="left"))
    hi = int(np.searchsorted(arr.start, x1, side="right"))
    rows = np.arange(lo, hi)
    m = arr.end[lo:hi] >= x0
    if shown is not None:
        m &= shown[lo:hi]
    return rows[m]


@dataclass(slots=True)
class Cluster:
    """One marker on the canvas: a single event (``count == 1``, ``row`` set) or a count marker."""

    lane: int
    x: float          # anchor pixel (left edge of the label / centre of the count marker)
    x_end: float      # rightmost member anchor pixel
    count: int
    row: int          # first member's sorted row
    day0: float       # first day covered by the members
    day1: float       # exclusive last day covered by the members


def anchors_px(arr: EventArrays, rows: np.ndarray, x0: float, scale: float) -> np.ndarray:
    """Pixel x (from the view's left edge) where each row's marker sits: a point's centre, a span's
    start clamped to the left edge."""
    s = arr.start[rows]
    mid = np.where(arr.point[rows], s + 0.5, np.maximum(s, x0))
    return (mid - x0) * scale


def cluster(arr: EventArrays, rows: np.ndarray, x0: float, scale: float, bucket_px: float = 8.0,
            min_gap_px: float = 64.0, max_span_px: float | None = None) -> list[Cluster]:
    """Group visible ``rows`` into markers (see module docstring); sorted by lane then x.

    Buckets of one lane closer than ``min_gap_px`` form a run; a run is cut into chunks at most
    ``max_span_px`` wide (default 2.5 x ``min_gap_px``), so a long stretch of evenly spaced events becomes
    several count markers rather than one. Everything is vectorised; Python only builds the output."""
    if rows.size == 0:
        return []
    max_span = 2.5 * min_gap_px if max_span_px is None else max_span_px
    px = anchors_px(arr, rows, x0, scale)
    lanes = arr.lane[rows].astype(np.int64)
    bucket = np.floor(px / bucket_px).astype(np.int64)
    bucket -= bucket.min()
    nb = int(bucket.max()) + 1
    key = lanes * nb + bucket
    # rows ascend by start, so within one (lane, bucket) key the anchors ascend too: the first and the
    # last row of a key hold its smallest and largest anchor. No sort needed: keys in ascending order
    # are already ordered by lane, then x.
    k = len(arr.lane_names) * nb
    idx = np.arange(rows.size)
    counts_all = np.bincount(key, minlength=k)
    first = np.empty(k, dtype=np.int64)
    first[key[::-1]] = idx[::-1]
    last = np.empty(k, dtype=np.int64)
    last[key] = idx
    present = np.flatnonzero(counts_all)
    counts = counts_all[present]
    f, la = first[present], last[present]
    g_lane = present // nb
    g_px0 = px[f]
    g_px1 = px[la]
    g_row = rows[f]
    g_day0 = arr.start[g_row]
    end_max = np.full(k, -np.inf)
    np.maximum.at(end_max, key, arr.end[rows])
    g_day1 = end_max[present]
    # runs: consecutive buckets of a lane closer than the gap
    new_lane = np.r_[True, g_lane[1:] != g_lane[:-1]]
    gap = np.r_[np.inf, g_px0[1:] - g_px1[:-1]]
    run_start = new_lane | (gap >= min_gap_px)
    run_id = np.cumsum(run_start) - 1
    run_x0 = g_px0[run_start][run_id]
    chunk = np.floor((g_px1 - run_x0) / max_span).astype(np.int64)
    cstart = np.flatnonzero(np.r_[True, (run_id[1:] != run_id[:-1]) | (chunk[1:] != chunk[:-1])])
    c_count = np.add.reduceat(counts, cstart)
    c_lane = g_lane[cstart]
    c_x = np.minimum.reduceat(g_px0, cstart)
    c_xe = np.maximum.reduceat(g_px1, cstart)
    c_row = np.minimum.reduceat(g_row, cstart)
    c_d0 = np.minimum.reduceat(g_day0, cstart)
    c_d1 = np.maximum.reduceat(g_day1, cstart)
    c_xm = np.where(c_count > 1, (c_x + c_xe) / 2, c_x)
    return [Cluster(*t) for t in zip(c_lane.tolist(), c_xm.tolist(), c_xe.tolist(), c_count.tolist(),
                                     c_row.tolist(), c_d0.tolist(), c_d1.tolist(), strict=True)]


def span_segments(arr: EventArrays, rows: np.ndarray, x0: float, x1: float, scale: float
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Pixel segments ``(lane, px0, px1, approx)`` of the visible multi-day spans, clipped to the view.

    Few spans are returned one by one; many are merged per lane into the union of the pixels they
    cover (a coverage raster per lane), so a million spans cost at most lanes x width / 2 segments."""
    m = ~arr.point[rows]
    r = rows[m]
    if r.size == 0:
        e = np.empty(0)
        return e.astype(np.int64), e, e, e.astype(bool)
    a = np.floor((np.maximum(arr.start[r], x0 - 1) - x0) * scale)
    b = np.ceil((np.minimum(arr.end[r], x1 + 1) - x0) * scale)
    b = np.maximum(b, a + 1)
    lane = arr.lane[r].astype(np.int64)
    ap = arr.approx[r]
    if r.size <= 256:
        return lane, a, b, ap
    width = int(np.ceil((x1 - x0) * scale)) + 4
    nl = len(arr.lane_names)
    out = []
    for flag in (False, True):
        sel = ap == flag
        if not sel.any():
            continue
        ai = np.clip(a[sel].astype(np.int64) + 2, 0, width)
        bi = np.clip(b[sel].astype(np.int64) + 2, 0, width)
        li = lane[sel]
        diff = np.bincount(li * (width + 1) + ai, minlength=nl * (width + 1))
        diff -= np.bincount(li * (width + 1) + bi, minlength=nl * (width + 1))
        cover = np.cumsum(diff.reshape(nl, width + 1), axis=1) > 0
        edges = np.diff(np.pad(cover, ((0, 0), (1, 1))).astype(np.int8), axis=1)
        sl, sx = np.nonzero(edges == 1)
        el, ex = np.nonzero(edges == -1)
        out.append((sl, sx - 2.0, ex - 2.0, np.full(sl.size, flag)))
    return (np.concatenate([o[0] for o in out]), np.concatenate([o[1] for o in out]),
            np.concatenate([o[2] for o in out]), np.concatenate([o[3] for o in out]))
