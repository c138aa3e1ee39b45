"""The one tick engine of the viewer's date axis and the exported images (no Qt).

Contract
--------
* :data:`TICK_SPECS` is the table of zoom levels (decade/year/month/day steps and their minor ticks).
* :func:`choose_ticks` picks, for days ``[d0, d1)`` drawn ``width_px`` wide, the finest level whose ticks
  are at least ``min_spacing`` apart and whose every label fits before the next tick; labels come from
  :func:`tick_label` (``2026年2月`` / ``Feb 2026``; later months of the same year just ``3月`` / ``Mar``).
* :func:`scale_ticks` does that per segment of a :class:`~gui.presentation.timescale.TimeScale` (linear
  or compact) and blanks labels that would collide. The viewer's :class:`gui.axis.DateAxis` and the
  image painter both call it, so the screen and an export label the same days the same way.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from gui.presentation.timescale import TimeScale
from timeline.model import day_number, from_day_number

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

@dataclass(frozen=True)
class Tick:
    day: float
    label: str
    major: bool = True


@dataclass(frozen=True)
class TickSpec:
    """One zoom level of the axis: ticks every ``n`` ``unit`` (day, month, year), with minor ticks
    every ``minor_n`` ``minor_unit`` between them (``None``: none)."""

    unit: str
    n: int
    minor_unit: str | None = None
    minor_n: int = 1


TICK_SPECS: tuple[TickSpec, ...] = (
    TickSpec("day", 1), TickSpec("day", 2, "day", 1), TickSpec("day", 5, "day", 1),
    TickSpec("day", 10, "day", 1), TickSpec("day", 15, "day", 1),
    TickSpec("month", 1, "day", 5), TickSpec("month", 2, "month", 1), TickSpec("month", 3, "month", 1),
    TickSpec("month", 6, "month", 1),
    TickSpec("year", 1, "month", 3), TickSpec("year", 2, "year", 1), TickSpec("year", 5, "year", 1),
    TickSpec("year", 10, "year", 1), TickSpec("year", 20, "year", 5), TickSpec("year", 50, "year", 10),
    TickSpec("year", 100, "year", 10), TickSpec("year", 200, "year", 50), TickSpec("year", 500, "year", 100),
    TickSpec("year", 1000, "year", 100),
)
"""The zoom levels, finest first (like pyqtgraph's ``ZoomLevel`` tables): the engine takes the finest
level whose ticks are far enough apart for their labels."""

_STEPS: tuple[tuple[str, int], ...] = tuple((t.unit, t.n) for t in TICK_SPECS)
_STEP_DAYS = {"day": 1.0, "month": 30.44, "year": 365.25}
_MINOR: dict[tuple[str, int], tuple[str, int]] = {
    (t.unit, t.n): (t.minor_unit, t.minor_n) for t in TICK_SPECS if t.minor_unit is not None}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _iter_dates(unit: str, n: int, first: dt.date, last: dt.date, limit: int = 20000):
    """Calendar-aligned dates of the step (unit, n) from ``first`` to ``last`` inclusive."""
    count = 0
    if unit == "year":
        y = (first.year // n) * n
        if y < 1:  # there is no year 0: the first aligned tick is n
            y += n
        while y <= last.year and count < limit:
            d = dt.date(y, 1, 1)
            if d >= first:
                yield d
                count += 1
            y += n
            if y > 9999:
                return
    elif unit == "month":
        y, m = first.year, ((first.month - 1) // n) * n + 1
        while count < limit:
            d = dt.date(y, m, 1)
            if d > last:
                return
            if d >= first:
                yield d
                count += 1
            m += n
            while m > 12:
                m -= 12
                y += 1
            if y > 9999:
                return
    else:
        y, m = first.year, first.month
        while count < limit:
            for day in range(1, 29, n) if n > 1 else range(1, 32):
                try:
                    d = dt.date(y, m, day)
                except ValueError:
                    break
                if d > last:
                    return
                if d >= first:
                    yield d
                    count += 1
            m += 1
            if m > 12:
                m, y = 1, y + 1
            if y > 9999:
                return


def tick_label(d: dt.date, unit: str, n: int, lang: str, first: bool = False) -> str:
    """The axis label of a tick at ``d`` for the step (unit, n), in Chinese or English."""
    zh = lang == "zh"
    if unit == "year":
        if n == 10:
            return f"{d.year}年代" if zh else f"{d.year}s"
        return f"{d.year}年" if zh else str(d.year)
    if unit == "month":
        if d.month == 1 or first:
            return f"{d.year}年{d.month}月" if zh else f"{_MONTHS_EN[d.month - 1]} {d.year}"
        return f"{d.month}月" if zh else _MONTHS_EN[d.month - 1]
    if d.day == 1 or first:
        if d.month == 1 or first:
            return f"{d.year}年{d.month}月{d.day}日" if zh else f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"
        return f"{d.month}月{d.day}日" if zh else f"{d.day} {_MONTHS_EN[d.month - 1]}"
    return f"{d.day}日" if zh else str(d.day)


def choose_ticks(d0: float, d1: float, width_px: float, lang: str = "en",
                 measure: Callable[[str], float] | None = None, min_gap: float = 14.0,
                 min_spacing: float = 100.0) -> tuple[list[Tick], str]:
    """Major ticks (labelled) and minor ticks for the day interval ``[d0, d1)`` drawn ``width_px`` wide.

    The step is the finest one of days / months / years / decades / centuries whose ticks are at least
    ``min_spacing`` apart and whose every label fits between neighbouring ticks; returns the ticks and the major unit name (``day``, ``month``, ``year``,
    ``decade`` ...).
    """
    measure = measure or (lambda s: 7.0 * len(s) * (2 if _CJK.search(s) else 1))
    px_per_day = width_px / max(d1 - d0, 1e-9)
    first, last = from_day_number(math.floor(d0)), from_day_number(math.ceil(d1) - 1)
    chosen: tuple[str, int] | None = None
    fallback: tuple[str, int] | None = None
    for unit, n in _STEPS:
        spacing = _STEP_DAYS[unit] * n * px_per_day
        if spacing < min_spacing:
            continue
        if width_px / spacing > 400:
            continue
        dates = list(_iter_dates(unit, n, first, last))
        if dates and fallback is None:
            fallback = (unit, n)
        # every label must end (plus min_gap) before the next tick: months and day steps are uneven
        labels = [tick_label(d, unit, n, lang, i == 0) for i, d in enumerate(dates)]
        days = [day_number(d) for d in dates]
        if dates and all(measure(lab) + min_gap <= (b - a) * px_per_day
               for lab, a, b in zip(labels, days, days[1:], strict=False)):
            chosen = (unit, n)
            break
    if chosen is None and fallback is None:
        return [], "year"  # no calendar step at a readable spacing falls inside (a narrow scale segment)
    thin = chosen is None  # no step has room for every label: keep the ticks, drop crowded labels
    chosen = chosen or fallback or _STEPS[0]
    unit, n = chosen
    ticks = [Tick(float(day_number(d)), tick_label(d, unit, n, lang, i == 0), True)
             for i, d in enumerate(_iter_dates(unit, n, first, last))]
    if thin:
        free = -math.inf
        for i, t in enumerate(ticks):
            x = (t.day - d0) * px_per_day
            if x < free:
                ticks[i] = Tick(t.day, "", True)
            else:
                free = x + measure(t.label) + min_gap
    minor = _MINOR.get(chosen)
    if minor:
        mu, mn = minor
        if _STEP_DAYS[mu] * mn * px_per_day >= 6:
            majors = {t.day for t in ticks}
            ticks += [Tick(float(day_number(d)), "", False) for d in _iter_dates(mu, mn, first, last)
                      if float(day_number(d)) not in majors]
    name = "decade" if unit == "year" and n == 10 else ("century" if unit == "year" and n >= 100 else unit)
    return ticks, name


def scale_ticks(tscale: TimeScale, width_px: float, lang: str = "en",
                measure: Callable[[str], float] | None = None, min_gap: float = 14.0,
                min_spacing: float | None = None) -> list[Tick]:
    """Ticks for a (possibly compact) time scale drawn ``width_px`` wide: each segment gets its own
    :func:`choose_ticks` at its own pixels per day; the first label after a break always names the year
    (one is added at the segment's start if needed), as does a segment at least 80 px wide without a
    labelled tick of its own. Labels that would collide with the label before them are blanked (the
    tick stays). ``min_spacing`` is the least distance between major ticks (default 100 px on a linear
    scale, 70 px on a compact one)."""
    measure = measure or (lambda s: 7.0 * len(s) * (2 if _CJK.search(s) else 1))
    after_break = {round(g[1], 6) for g in tscale.gaps()}
    out: list[Tick] = []
    for sd0, sd1, p0, p1 in tscale.segments():
        w = (p1 - p0) * width_px
        if w < 1:
            continue
        spacing = min_spacing if min_spacing is not None else (100.0 if tscale.kind == "linear" else 70.0)
        ticks, unit = choose_ticks(sd0, sd1, w, lang, measure, min_gap, min_spacing=spacing)
        inside = [t for t in ticks if sd0 <= t.day < sd1]
        first_label = next((t for t in sorted(inside, key=lambda t: t.day) if t.major and t.label), None)
        starts_after_break = round(sd0, 6) in after_break
        needs = starts_after_break or (first_label is None and w >= 80)  # a sliver after a joint: no label
        if needs and (first_label is None or not re.search(r"\d{4}", first_label.label)):
            d = from_day_number(sd0)
            step = "year" if sd1 - sd0 > 400 else ("month" if sd1 - sd0 > 45 else "day")
            inside = [t if t is not first_label else Tick(t.day, "", True) for t in inside]
            if step == "year" and d.month > 1:
                d = dt.date(d.year, d.month, 1)
                step = "month"
            inside.append(Tick(float(sd0), tick_label(d, step, 1, lang, first=True), True))
        out += inside
    out.sort(key=lambda t: (t.day, not t.major))
    free = -math.inf
    for i, t in enumerate(out):
        if not (t.major and t.label):
            continue
        x = float(tscale.to_pos(t.day)) * width_px
        if x < free:
            out[i] = Tick(t.day, "", True)
        else:
            free = x + measure(t.label) + min_gap
    return out
