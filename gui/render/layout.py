"""Pure-Python layout for timeline images: options, event selection, time ticks, row packing, clusters.

Nothing here imports Qt: text widths come in as numbers (or a ``measure(text) -> float`` callable), so
the geometry can be tested without a display and reused by any painter.

Contract
--------
* :class:`ExportOptions` holds every user choice of an image export (the CLI and the dialog fill it).
* :func:`parse_bound` turns ``YYYY`` / ``YYYY-MM`` / ``YYYY-MM-DD`` into the first (``end=False``) or
  last (``end=True``) day of that period.
* :func:`select_events` keeps the events drawn: kind ``event`` (forecasts too; not references nor
  statements, as on the canvas), overlapping the date range, in an included lane.
* :func:`pack_rows` is the greedy per-lane label placement: items sorted by start go into the first row
  whose last occupant ends before them; items that fit in no row get row ``-1`` (overflow).
* :func:`cluster_overflow` groups overflow items into count markers that never overlap each other.
* :func:`choose_ticks` / :func:`scale_ticks` (from :mod:`gui.presentation.ticks`, the viewer's axis uses
  them too) pick decade/year/month/day ticks whose labels fit the pixel spacing.
All x positions are logical pixels (before the export ``scale``); days are :func:`timeline.model.day_number`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from gui.i18n import translate
from gui.presentation.colors import Theme, image_theme
from gui.presentation.colors import lane_colors as _lane_colors
from gui.presentation.ticks import Tick, choose_ticks, scale_ticks, tick_label  # noqa: F401 (shared with the axis)
from gui.presentation.timescale import TimeScale, anchor_days, make_scale
from timeline.model import NO_LANE, Event, Timeline, day_number, is_drawn, parse_point

THEMES: tuple[str, ...] = ("light", "dark")
DEFAULT_WIDTH = 2400


@dataclass(frozen=True)
class Preset:
    """A publishing preset: the image width in logical pixels (96 per inch) and, for print, the page
    (landscape, in millimetres, with its margin) that a PDF is cut into."""

    width: int
    page_mm: tuple[float, float] | None = None
    margin_mm: float = 10.0
    label: str = ""


PRESETS: dict[str, Preset] = {
    "web": Preset(1200, None, label="Web, 1200 px"),
    "a4": Preset(round((297 - 20) / 25.4 * 96), (297.0, 210.0), label="A4 landscape"),
    "letter": Preset(round((279.4 - 20) / 25.4 * 96), (279.4, 215.9), label="Letter landscape"),
}
"""``--preset``: web (a 1200-px image), a4 / letter (the printable width of a landscape page; a PDF
becomes pages of that size, cut between lanes)."""

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass
class ExportOptions:
    """What to draw and how big. ``date_from``/``date_to`` are inclusive days (``None`` = data range);
    ``include_lanes`` ``None`` means every lane; ``lang`` ``None`` picks Chinese or English from the
    sources; ``max_rows`` bounds the label rows of one lane before events become count markers;
    ``scale`` is the pixel ratio (2 = twice the pixels, for print); ``time_scale`` is ``linear``,
    ``compact`` (:func:`gui.presentation.timescale.compact_scale`) or ``auto`` (compact when the events
    are very unevenly spread); ``page`` (``a4``/``letter``, see :data:`PRESETS`) cuts a PDF into pages."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    width: int = DEFAULT_WIDTH
    scale: float = 1.0
    lanes: str = "actor"
    theme: str = "light"
    title: str | None = None
    include_lanes: frozenset[str] | None = None
    lang: str | None = None
    max_rows: int = 10
    max_label_width: float = 320.0
    time_scale: str = "auto"
    page: str | None = None


    def __post_init__(self) -> None:
        if self.theme not in THEMES:
            raise ValueError(f"unknown theme {self.theme!r} (light or dark)")
        if self.lanes not in ("actor", "article", "tag"):
            raise ValueError(f"unknown lane mode {self.lanes!r} (actor, article or tag)")
        if not self.width or self.width < 400:
            raise ValueError(f"image width must be at least 400 pixels, not {self.width}")
        if not self.scale or self.scale <= 0 or self.scale > 16:
            raise ValueError(f"scale must be between 0 and 16, not {self.scale}")
        if self.page is not None and (self.page not in PRESETS or PRESETS[self.page].page_mm is None):
            raise ValueError(f"unknown page {self.page!r} (a4 or letter)")
        if self.time_scale not in ("linear", "compact", "auto"):
            raise ValueError(f"unknown time scale {self.time_scale!r} (linear, compact or auto)")
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise ValueError(f"--to {self.date_to} is before --from {self.date_from}")


def parse_bound(text: str | None, end: bool = False) -> dt.date | None:
    """``'2013'`` -> 2013-01-01 (or 2013-12-31 with ``end``); ``'2026-03'``, ``'2026-03-05'`` likewise."""
    if text is None or not str(text).strip():
        return None
    s = str(text).strip()
    if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", s):
        raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
    first, last, _ = parse_point(s)
    return last if end else first


# ------------------------------------------------------------------------------------------ selection
def select_events(timeline: Timeline, options: ExportOptions) -> list[Event]:
    """The events an export draws (see module docstring), in timeline order."""
    lo, hi = options.date_from, options.date_to
    smap = timeline.source_map()
    out = []
    for e in timeline.events:
        if not is_drawn(e):
            continue  # as on the canvas: glossing dates and statements that tell no happening are not drawn
        if lo is not None and e.time.end < lo:
            continue
        if hi is not None and e.time.start > hi:
            continue
        if options.include_lanes is not None and e.lane(options.lanes, smap) not in options.include_lanes:
            continue
        out.append(e)
    return out


def day_range(events: Sequence[Event], options: ExportOptions) -> tuple[float, float]:
    """The drawn interval ``[d0, d1)`` in day numbers: the options' bounds, else the events padded by 3%."""
    if events:
        lo = min(e.time.start_day for e in events)
        hi = max(e.time.end_day for e in events)
    else:
        today = day_number(dt.date.today())
        lo, hi = today - 365, today + 1
    pad = max((hi - lo) * 0.03, 15.0)
    d0 = float(day_number(options.date_from)) if options.date_from else lo - pad
    d1 = float(day_number(options.date_to) + 1) if options.date_to else hi + pad
    if options.date_from and not options.date_to and d1 <= d0:
        d1 = d0 + 365
    if options.date_to and not options.date_from and d0 >= d1:
        d0 = d1 - 365
    return d0, max(d1, d0 + 1.0)


def paginate(height: float, page_h: float, cuts: Sequence[float]) -> list[tuple[float, float]]:
    """Cut ``[0, height)`` into slices at most ``page_h`` tall, each ending at the last of ``cuts`` (y
    positions where a cut is clean: between lanes, before a heading) that fits, else at ``page_h``."""
    if page_h <= 0:
        raise ValueError("page height must be positive")
    cs = sorted(c for c in cuts if 0 < c < height)
    out, y = [], 0.0
    while y < height - 0.5:
        limit = y + page_h
        if limit >= height:
            out.append((y, height))
            break
        fit = [c for c in cs if y + page_h * 0.25 < c <= limit]
        end = fit[-1] if fit else limit
        out.append((y, end))
        y = end
    return out


def time_scale_for(events: Sequence[Event], options: ExportOptions, d0: float, d1: float) -> TimeScale:
    """The export's time scale over ``[d0, d1)`` (``options.time_scale``: linear, compact or auto)."""
    anchors = anchor_days([e.time.start_day for e in events], [e.time.end_day for e in events])
    return make_scale(options.time_scale, anchors, d0, d1)




def lane_order(timeline: Timeline, mode: str) -> list[str]:
    """Lanes as the viewer orders them: by first event, the lane of events without one last."""
    lanes = timeline.lanes(mode)
    return [k for k in lanes if k != NO_LANE] + [k for k in lanes if k == NO_LANE]


def detect_lang(timeline: Timeline) -> str:
    """``'zh'`` when most source titles/texts (or event titles) contain Chinese characters, else ``'en'``."""
    texts = [s.title or s.text[:200] for s in timeline.sources] or [e.title for e in timeline.events[:200]]
    if not texts:
        return "en"
    zh = sum(1 for t in texts if _CJK.search(t or ""))
    return "zh" if zh * 2 >= len(texts) else "en"


# --------------------------------------------------------------------------------------- row packing
def pack_rows(starts: np.ndarray, ends: np.ndarray, max_rows: int, gap: float = 8.0) -> np.ndarray:
    """Greedy first-fit rows for intervals ``[starts[i], ends[i]]``; returns the row per item or -1.

    Items are taken by increasing start; an item goes into the lowest row whose last interval ends at
    least ``gap`` before it starts. Items in the same row therefore never overlap.
    """
    n = len(starts)
    rows = np.full(n, -1, dtype=np.int32)
    if n == 0 or max_rows <= 0:
        return rows
    order = np.argsort(starts, kind="stable")
    row_end = [-math.inf] * max_rows
    s_list = starts[order].tolist()
    e_list = ends[order].tolist()
    idx = order.tolist()
    used = 0
    for s, e, i in zip(s_list, e_list, idx, strict=True):
        limit = s - gap
        for r in range(min(used + 1, max_rows)):
            if row_end[r] <= limit:
                row_end[r] = e
                rows[i] = r
                if r == used:
                    used += 1
                break
    return rows


@dataclass
class Cluster:
    """A count marker: the overflow items it stands for and where its badge goes."""

    members: list[int]
    x: float
    width: float


def cluster_overflow(xs: np.ndarray, items: Sequence[int], badge_width: float, right: float,
                     gap: float = 6.0, spacing: float = 0.0) -> list[Cluster]:
    """Group overflow items (indices into ``xs``) left to right so that badges never overlap.

    A cluster starts at its first item's x (clamped so the badge ends by ``right``); the next item joins
    it while it lies before the end of that badge (or ``spacing`` past its start, if wider) plus ``gap``.
    """
    if not len(items):
        return []
    items = sorted(items, key=lambda i: xs[i])
    out: list[Cluster] = []
    reach = max(badge_width, spacing)
    for i in items:
        x = float(xs[i])
        if out and x < out[-1].x + reach + gap:
            out[-1].members.append(i)
            continue
        bx = min(x, right - badge_width)
        if out and bx < out[-1].x + out[-1].width + gap:
            out[-1].members.append(i)
            continue
        out.append(Cluster([i], bx, badge_width))
    return out


# ------------------------------------------------------------------------------------------- colours
def lane_colors(n: int, theme: str = "light", base: Sequence[str] | None = None) -> list[str]:
    """``n`` distinct colours, the same as the viewer's (:func:`gui.presentation.colors.lane_colors`);
    ``base`` is ignored (kept for old callers)."""
    return _lane_colors(n, theme)


THEME_COLORS: dict[str, Theme] = {name: image_theme(name) for name in THEMES}
"""The image colours per theme, from the viewer's table (:func:`gui.presentation.colors.image_theme`)."""


# ----------------------------------------------------------------------------------------- strings
STRINGS = {
    "events": "{n} events", "lanes": "Lanes: {mode}", "actor": "By actor", "article": "By article",
    "tag": "By tag", "grouped": "Grouped events (too dense to label)", "sources": "Sources|list",
    "legend": "Lanes", "none": "No events in this range.", "more": "… and {n} more", "title": "Timeline",
    "no_actor": "(no actor)", "no_article": "(no article)", "no_tag": "(no tag)",
    "compact": "Compact time scale: shaded bands marked // skip stretches without events; a dashed line "
               "marks a change of scale.",
}
"""The image's strings by role; their translations live in the one table, :mod:`gui.i18n`."""


def tr(key: str, lang: str, **kw: object) -> str:
    """The image string ``key`` of :data:`STRINGS` in ``lang`` (``en`` or ``zh``, :func:`gui.i18n.translate`)
    with ``{}`` fields filled."""
    return translate(STRINGS[key], "zh" if lang == "zh" else "en").format(**kw)


def format_period(start: dt.date, end: dt.date) -> str:
    """``2026-02`` when both ends fall in one month, ``2025-11 – 2026-02`` otherwise; days when short."""
    if start == end:
        return start.isoformat()
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.year:04d}-{start.month:02d}"
    if start.year == end.year and start.month == 1 and end.month == 12:
        return f"{start.year:04d}"
    return f"{start.year:04d}-{start.month:02d} – {end.year:04d}-{end.month:02d}"


def short_value(value: str, same_year: bool) -> str:
    """A compact date for a footnote entry: ``2026-02-05`` -> ``02-05`` when the year is understood."""
    if same_year and re.match(r"^\d{4}-", value) and "/" not in value:
        return value[5:]
    return value


@dataclass
class Footnote:
    """One count marker's entry below the image: ``[number] period · lane: title; title; …``."""

    number: int
    lane: str
    period: str
    titles: list[str] = field(default_factory=list)

    def text(self, show_lane: bool = True) -> str:
        head = f"[{self.number}] {self.period}"
        if show_lane:
            head += f" · {self.lane}"
        return f"{head} ({len(self.titles)}): " + "; ".join(self.titles)
