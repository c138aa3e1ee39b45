"""The time scale: the one mapping between days and horizontal position, for the screen and the exports.

Nothing here imports Qt. Days are :func:`timeline.model.day_number` values; a position is a fraction of
the drawn width (0 = left edge, 1 = right edge).

Contract
--------
* :class:`TimeScale` is a monotonic piecewise-linear map given by breakpoints ``days`` (increasing)
  and ``pos`` (non-decreasing, from 0 to 1). Pieces listed in ``breaks`` are *breaks*: a stretch of
  time without events squeezed into a narrow gap that the drawing marks as a broken axis. Every other
  piece is a *segment* drawn at its own constant pixels-per-day. :meth:`TimeScale.to_pos` and
  :meth:`TimeScale.to_day` are exact inverses inside ``[days[0], days[-1]]`` (outside, the end pieces
  are extended linearly), and they take floats or numpy arrays.
* :func:`linear_scale` is the ordinary scale (one segment). :class:`AxisMap` turns a scale into the
  viewer's plot x coordinate (days on a linear scale), so the screen and the export share one mapping.
* :func:`compact_scale` follows the events: it finds the *core* (the shortest stretch holding half the
  events' anchor days), turns every gap between anchors longer than half the core, a twentieth of the
  range and ``min_break_days`` into a break, keeping the ``max_breaks`` longest, and then gives each segment a
  share of the width that grows with both its events and its duration (events share ** 0.85 times
  duration share ** 0.15), never less than ``min_segment`` of the width. Gaps tied with the longest gap
  left out are left out too, so evenly spaced events are never broken arbitrarily. A lone outlier (a forecast years
  after the rest) therefore gets a small segment of its own behind a break instead of stretching the
  axis, and a dense period gets most of the width.
  A segment holding at least a quarter of all anchors, half of which lie within a seventh of it, is cut into the part
  before, the dense core and the part after: adjacent pieces at different pixels per day (a *scale
  change*, which the drawing marks too; :meth:`TimeScale.joints`).
* :func:`is_uneven` says when the events are so unevenly spread that the compact scale should be the
  default (half the anchors within a tenth of the time, or a gap over a third of it).
* :func:`anchor_days` gives the days an event list pins down: the start and the middle of an event of
  at most ``SHORT_SPAN`` days (a year stated as "2026" does not pin 31 December), the start and the
  end of a longer one, so a long span does not keep an empty stretch from collapsing; it is drawn
  straight through the break.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

SCALES: tuple[str, ...] = ("linear", "compact")
SHORT_SPAN = 400.0
BREAK_FRACTION = 0.025   # width of one break, as a fraction of the drawn width
EVENT_WEIGHT = 0.85      # a segment's width share ~ events share ** 0.85 * duration share ** 0.15


@dataclass(frozen=True)
class TimeScale:
    """A piecewise-linear day <-> position map (see module docstring)."""

    days: tuple[float, ...]
    pos: tuple[float, ...]
    breaks: frozenset[int] = frozenset()
    kind: str = "linear"

    def __post_init__(self) -> None:
        if len(self.days) < 2 or len(self.days) != len(self.pos):
            raise ValueError("a time scale needs at least two matching breakpoints")
        if any(b <= a for a, b in zip(self.days, self.days[1:], strict=False)):
            raise ValueError("time scale breakpoints must increase")

    @property
    def d0(self) -> float:
        return self.days[0]

    @property
    def d1(self) -> float:
        return self.days[-1]

    def _slopes(self) -> tuple[float, float]:
        d, p = self.days, self.pos
        return (p[1] - p[0]) / (d[1] - d[0]), (p[-1] - p[-2]) / (d[-1] - d[-2])

    def to_pos(self, day):  # float | np.ndarray -> same
        """Position (0..1) of ``day``; linear beyond the ends."""
        d, p = np.asarray(self.days), np.asarray(self.pos)
        x = np.asarray(day, dtype=np.float64)
        out = np.interp(x, d, p)
        s0, s1 = self._slopes()
        out = np.where(x < d[0], p[0] + (x - d[0]) * s0, out)
        out = np.where(x > d[-1], p[-1] + (x - d[-1]) * s1, out)
        return float(out) if out.ndim == 0 else out

    def to_day(self, pos):  # float | np.ndarray -> same
        """Day at position ``pos`` (the inverse of :meth:`to_pos`); inside a break, the skipped days."""
        d, p = np.asarray(self.days), np.asarray(self.pos)
        x = np.asarray(pos, dtype=np.float64)
        out = np.interp(x, p, d)
        s0, s1 = self._slopes()
        out = np.where(x < p[0], d[0] + (x - p[0]) / (s0 or 1.0), out)
        out = np.where(x > p[-1], d[-1] + (x - p[-1]) / (s1 or 1.0), out)
        return float(out) if out.ndim == 0 else out

    def segments(self) -> list[tuple[float, float, float, float]]:
        """The drawn pieces ``(day0, day1, pos0, pos1)`` in order, without the breaks."""
        return [(self.days[i], self.days[i + 1], self.pos[i], self.pos[i + 1])
                for i in range(len(self.days) - 1) if i not in self.breaks]

    def joints(self) -> list[tuple[float, float]]:
        """Scale changes without skipped time: ``(day, pos)`` where two segments meet."""
        return [(self.days[i], self.pos[i]) for i in range(1, len(self.days) - 1)
                if i - 1 not in self.breaks and i not in self.breaks]

    def gaps(self) -> list[tuple[float, float, float, float]]:
        """The breaks ``(first skipped day, end day, pos0, pos1)`` in order."""
        return [(self.days[i], self.days[i + 1], self.pos[i], self.pos[i + 1]) for i in sorted(self.breaks)]

    def zoomed(self, d0: float, d1: float) -> TimeScale:
        """The part of this scale between days ``d0`` and ``d1``, stretched to positions 0..1."""
        if d1 <= d0:
            raise ValueError("empty range")
        p0, p1 = self.to_pos(d0), self.to_pos(d1)
        inner = [i for i, d in enumerate(self.days) if d0 < d < d1]
        days = [d0, *(self.days[i] for i in inner), d1]
        pos = [p0, *(self.pos[i] for i in inner), p1]
        # a piece keeps being a break when its left breakpoint is kept (or it holds d0)
        brk = set()
        for k in range(len(days) - 1):
            mid = (days[k] + days[k + 1]) / 2
            j = int(np.searchsorted(self.days, mid) - 1)
            if j in self.breaks:
                brk.add(k)
        span = (p1 - p0) or 1.0
        return TimeScale(tuple(days), tuple((p - p0) / span for p in pos), frozenset(brk), self.kind)


@dataclass(frozen=True)
class AxisMap:
    """The viewer's plot coordinate for a time scale: ``x = d0 + to_pos(day) * (d1 - d0)``, so a linear
    scale leaves days unchanged and a compact one warps them; :meth:`day` is the inverse."""

    scale: TimeScale

    def x(self, day):  # float | np.ndarray -> same
        s = self.scale
        return s.d0 + s.to_pos(day) * (s.d1 - s.d0)

    def day(self, x):  # float | np.ndarray -> same
        s = self.scale
        return s.to_day((np.asarray(x, dtype=np.float64) - s.d0) / (s.d1 - s.d0)) if np.ndim(x) else \
            s.to_day((float(x) - s.d0) / (s.d1 - s.d0))


def linear_scale(d0: float, d1: float) -> TimeScale:
    """The ordinary scale: ``d0`` at the left edge, ``d1`` at the right, constant pixels per day."""
    return TimeScale((float(d0), float(max(d1, d0 + 1.0))), (0.0, 1.0))


def anchor_days(starts: Iterable[float], ends: Iterable[float]) -> np.ndarray:
    """Sorted days an event list pins down (see module docstring); ``ends`` are exclusive."""
    s = np.asarray(list(starts), dtype=np.float64)
    e = np.asarray(list(ends), dtype=np.float64)
    if s.size == 0:
        return s
    short = (e - s) <= SHORT_SPAN
    mids = ((s + e) / 2)[short]
    return np.sort(np.concatenate([s, (e - 1.0)[~short], mids]))


def _core_length(a: np.ndarray, share: float = 0.5) -> float:
    """Length of the shortest stretch holding ``share`` of the sorted anchors ``a``."""
    k = max(1, int(np.ceil(len(a) * share)))
    if k >= len(a):
        return float(a[-1] - a[0])
    return float(np.min(a[k - 1:] - a[: len(a) - k + 1]))


def is_uneven(anchors: np.ndarray, d0: float | None = None, d1: float | None = None) -> bool:
    """Whether the compact scale should be the default (see module docstring)."""
    a = np.sort(np.asarray(anchors, dtype=np.float64))
    if a.size < 4:
        return False
    lo, hi = (a[0] if d0 is None else d0), (a[-1] if d1 is None else d1)
    total = max(hi - lo, 1.0)
    if total < 60:
        return False
    return _core_length(a) < 0.1 * total or float(np.max(np.diff(a))) > total / 3


def compact_scale(anchors: np.ndarray, d0: float | None = None, d1: float | None = None,
                  max_breaks: int = 6, min_break_days: float = 60.0, min_segment: float = 0.04,
                  break_width: float = BREAK_FRACTION) -> TimeScale:
    """A scale that follows the events (see module docstring). ``anchors`` are days (e.g. from
    :func:`anchor_days`); ``d0``/``d1`` bound the drawn range (default: the anchors, padded)."""
    a = np.unique(np.asarray(anchors, dtype=np.float64))
    if d0 is not None:
        a = a[a >= d0]
    if d1 is not None:
        a = a[a < d1]
    if a.size < 2:
        lo = float(a[0]) - 15 if a.size else 0.0
        return linear_scale(d0 if d0 is not None else lo, d1 if d1 is not None else lo + 30)
    lo = float(d0) if d0 is not None else float(a[0])
    hi = float(d1) if d1 is not None else float(a[-1]) + 1
    total = hi - lo
    threshold = max(min_break_days, _core_length(a) / 2, total * 0.05)
    gaps = np.diff(a)
    order = np.argsort(-gaps, kind="stable")
    chosen = [int(k) for k in order[:max_breaks] if gaps[k] > threshold]
    if len(order) > max_breaks:  # gaps (nearly) tied with the first one left out are left out too
        cut = gaps[order[max_breaks]]
        chosen = [k for k in chosen if gaps[k] > cut * 1.1]
    chosen.sort()
    if not chosen:
        s = linear_scale(lo, hi)
        return TimeScale(s.days, s.pos, frozenset(), "compact")
    # segments [first anchor, last anchor] between the chosen gaps, padded into the gap a little
    bounds = [lo]
    for k in chosen:
        g0, g1 = float(a[k]), float(a[k + 1])
        pad = min(max(15.0, 0.04 * (g1 - g0)), (g1 - g0) * 0.2)
        bounds += [g0 + 1 + pad, g1 - pad]
    bounds.append(hi)
    segs = [(bounds[2 * i], bounds[2 * i + 1]) for i in range(len(chosen) + 1)]
    pieces: list[list[tuple[float, float]]] = [
        _split_dense(inside, s0, s1) if inside.size * 4 >= a.size else [(s0, s1)]
        for s0, s1 in segs for inside in [a[(a >= s0) & (a < s1)]]]
    segs = [p for group in pieces for p in group]
    counts = [int(np.count_nonzero((a >= s0) & (a < s1))) for s0, s1 in segs]
    lengths = [max(s1 - s0, 1.0) for s0, s1 in segs]
    n_all, l_all = max(sum(counts), 1), sum(lengths)
    weights = np.array([(c / n_all) ** EVENT_WEIGHT * (ln / l_all) ** (1 - EVENT_WEIGHT)
                        for c, ln in zip(counts, lengths, strict=True)])
    room = 1.0 - break_width * len(chosen)
    floor_n = len(segs)
    share = weights / weights.sum()
    floor = min(min_segment, 1.0 / floor_n)
    for _ in range(len(segs)):  # lift small segments to the floor, take it from the others
        small = share < floor
        if not small.any():
            break
        rest = ~small
        need = floor * small.sum()
        share = np.where(small, floor, share * (1 - need) / max(share[rest].sum(), 1e-12))
    widths = share * room
    days, pos, brk = [lo], [0.0], set()
    p = 0.0
    for i, ((s0, s1), w) in enumerate(zip(segs, widths, strict=True)):
        if i and s0 > days[-1]:  # a break: skipped time in a narrow gap
            brk.add(len(days) - 1)
            p += break_width
            days.append(s0)
            pos.append(p)
        p += float(w)
        days.append(s1)
        pos.append(p)
    pos = [x / p for x in pos]
    return TimeScale(tuple(days), tuple(pos), frozenset(brk), "compact")


def _split_dense(a: np.ndarray, s0: float, s1: float) -> list[tuple[float, float]]:
    """``[s0, s1)`` cut around its dense core when half of its anchors ``a`` lie in under a seventh of
    it: (before, core, after), adjacent pieces drawn at different pixels per day."""
    if a.size < 8:
        return [(s0, s1)]
    k = int(np.ceil(a.size * 0.5))
    widths = a[k - 1:] - a[: a.size - k + 1]
    j = int(np.argmin(widths))
    core = float(widths[j])
    if core >= (s1 - s0) / 7:
        return [(s0, s1)]
    pad = 0.1 * core + 7
    c0, c1 = max(s0, float(a[j]) - pad), min(s1, float(a[j + k - 1]) + 1 + pad)
    if not np.any(a < c0):  # a side without anchors of its own joins the core
        c0 = s0
    if not np.any(a >= c1):
        c1 = s1
    return [(x, y) for x, y in ((s0, c0), (c0, c1), (c1, s1)) if y - x >= 1.0]


def make_scale(kind: str, anchors: np.ndarray, d0: float, d1: float) -> TimeScale:
    """``linear``, ``compact`` or ``auto`` (compact when :func:`is_uneven`) over ``[d0, d1)``."""
    if kind not in (*SCALES, "auto"):
        raise ValueError(f"unknown time scale {kind!r} (linear, compact or auto)")
    if kind == "auto":
        kind = "compact" if is_uneven(anchors, d0, d1) else "linear"
    return compact_scale(anchors, d0, d1) if kind == "compact" else linear_scale(d0, d1)
