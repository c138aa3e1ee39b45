"""The timeline canvas: lanes of events on a calendar axis, with an overview strip.

API (stable; ``scripts/bench_viewer.py`` drives it)
----------------------------------------------------
``canvas = TimelineCanvas()`` (a ``pg.GraphicsLayoutWidget``; ``MainWindow.canvas`` is one)

* ``set_timeline(tl, lane_mode="actor")`` – build the per-event numpy arrays (:mod:`gui.layout`) once.
* ``set_view_range(x0, x1)`` / ``view_range() -> (x0, x1)`` – the visible days
  (:func:`timeline.model.day_number` axis, floats).
* ``set_time_scale("linear"|"compact")`` – the time axis (:mod:`gui.presentation.timescale`, the same
  scale the image export uses). On the compact scale the plot's x coordinate is
  ``xmap.x(day)`` (:class:`~gui.presentation.timescale.AxisMap`) and ``arrays.start``/``end`` are in that
  coordinate; breaks are drawn as tinted bands, scale changes as dashed lines, and the date axis labels
  each segment with the export's tick rules. ``view_range``/``set_view_range`` stay in days.
* ``repaint_now()`` – synchronous full repaint of the viewport (what a benchmark times);
  ``canvas.grab()`` also works.
* ``select(event_index)``, ``selected`` (``-1`` when none), signal ``selectionChanged(int)``;
  ``activated(int)`` when Enter or a double click asks for the source. The selection (and the filter)
  live in a :class:`~gui.selection.SelectionModel`: the canvas's own, or the window's shared one
  (``set_selection_model``), which the event list observes and writes too.
* ``set_filter(mask)`` – a bool array over ``timeline.events`` (``None`` shows all);
  ``set_hide_empty_lanes(on)`` – while a filter is set, lanes without a shown event are left out
  (``display_lanes()`` lists the lanes drawn, top to bottom); ``reveal_shown()`` brings the shown events
  into view (fits the time range when none is inside it, scrolls the lanes to the first lane with one).
* ``zoom(factor)``, ``fit_all()``, ``fit_selection()``, ``zoom_preset("decade"|"year"|"month"|"week"|"day")``,
  ``step_event(+1/-1)``, ``step_lane(+1/-1)``, ``first_event()``, ``last_event()``.
* ``lanes_per_view()``, ``lane_top``, ``scroll_lanes(d)`` – lanes are at least ``MIN_LANE_PX`` tall; when
  they do not all fit they scroll (Shift+wheel, or following the selection with Up/Down);
  ``lanes_out_of_view() -> (above, below)`` is what the lane axis's scroll indicator and the
  "▲ N  ▼ M more lanes" hint under it show.
* ``marker_pos(event_index) -> QPoint | None`` – the viewport pixel of an event's marker (if it is drawn
  on its own, not inside a count marker); ``cluster_markers()`` – ``[(QPoint, Cluster)]`` of count markers.
* A count marker under the pointer, or holding the selected event, expands into a readable list of its
  events (``stack()`` -> :class:`Stack`, at most ``STACK_ROWS`` rows; clicking a row selects it), so
  same-day events stay readable at any zoom. The selected event's title is always visible: its own label,
  that list, or a callout above its marker; the selection ring goes around a count marker, not over it.

Drawing never creates one graphics item per event: a single :class:`EventLayer` paints, for the
current view only, the culled spans (pixel-deduplicated segments), the point markers, the count
markers and the labels laid out by :func:`gui.layout.cluster`. Labels never overlap: a label is elided
to the room left before the next marker in its lane, and markers closer than ``MIN_GAP_PX`` collapse
into a count marker.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPoint, QPointF, QRectF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QLinearGradient,
    QPainter,
    QPen,
    QPixmap,
)

from gui.axis import CachedDateAxis, CachedLaneAxis, LaneScrollHint
from gui.layout import (
    Cluster,
    EventArrays,
    anchors_px,
    build_arrays,
    cluster,
    lane_label,
    span_segments,
    visible_rows,
)
from gui.presentation.colors import lane_colors
from gui.presentation.timescale import AxisMap, anchor_days, make_scale
from gui.selection import SelectionModel
from gui.textcap import MAX_LINE, cap
from gui.theme import THEMES
from timeline.model import Timeline, is_drawn

MIN_GAP_PX = 64.0
MAX_LABEL_PX = 220.0
MIN_LANE_PX = 30.0
MIN_DAY = -719162.0          # 0001-01-01
MAX_DAY = 2932896.0          # 9999-12-31
PRESET_DAYS = {"decade": 3652.5, "year": 365.25, "month": 30.44, "week": 7.0, "day": 1.0}


@dataclass(slots=True)
class Stack:
    """A count marker expanded into a readable list of its events (on hover, or holding the selection)."""

    cluster: Cluster
    badge: QPointF
    rect: QRectF                                   # the whole box, viewport pixels
    rows: list[tuple[QRectF, int]]                 # (row rect, event index), in time order
    more: int = 0                                  # members not listed (the box shows at most STACK_ROWS)


STACK_ROWS = 12
CALLOUT_PX = 420.0


@dataclass(slots=True)
class Layout:
    """What one paint draws, in viewport pixels (also used for hit tests)."""

    key: tuple
    clusters: list[Cluster] = field(default_factory=list)
    singles: list[tuple[int, float, float, bool]] = field(default_factory=list)   # row, x, y, point
    counts: list[tuple[Cluster, float, float, float]] = field(default_factory=list)  # cluster, x, y, r
    labels: list[tuple[QRectF, str, int]] = field(default_factory=list)            # rect, text, row
    segments: tuple = ()
    lane_y: np.ndarray | None = None       # y of each lane's centre (hidden lanes far off-screen)
    stripe_y: np.ndarray | None = None     # centres of the alternate-row stripes
    lane_h: float = 0.0
    bar_dy: float = 6.0       # bar/marker row below the lane centre; labels sit above it
    sx: float = 1.0
    dx: float = 0.0


class EventLayer(pg.GraphicsObject):
    """The one item that paints all events of the current view (see module docstring)."""

    def __init__(self, canvas: TimelineCanvas) -> None:
        super().__init__()
        self.canvas = canvas
        self.setFlag(self.GraphicsItemFlag.ItemUsesExtendedStyleOption, False)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        n = max(1, len(self.canvas.arrays.lane_names) if self.canvas.arrays else 1)  # all lanes: stable rect
        return QRectF(MIN_DAY, -2.0, MAX_DAY - MIN_DAY, n + 4.0)

    def paint(self, p: QPainter, opt, widget=None) -> None:
        self.canvas._paint_layer(p)


class TimelineCanvas(pg.GraphicsLayoutWidget):
    """Lanes, markers, labels, a date axis and an overview strip (see module docstring)."""

    selectionChanged = Signal(int)   # noqa: N815 (Qt naming)
    activated = Signal(int)
    viewChanged = Signal(float, float)  # noqa: N815

    def __init__(self, parent=None, theme: str = "light") -> None:
        super().__init__(parent)
        self.setObjectName("canvas")
        self.timeline: Timeline | None = None
        self.arrays: EventArrays | None = None
        self.lane_mode = "actor"
        self.time_scale = "linear"
        self.xmap: AxisMap | None = None         # None: x is the day number (linear scale)
        self.shown: np.ndarray | None = None     # row mask (sorted order) or None
        self._drawn: np.ndarray | None = None    # events drawn at all (timeline.model.is_drawn), or None
        self._forecast: np.ndarray | None = None  # forecast events (sorted order): hollow markers
        self.selection = SelectionModel(self)   # replaced by the window's shared one (set_selection_model)
        self.selection.currentChanged.connect(self._on_model_current)
        self.selection.filterChanged.connect(self.set_filter)
        self._ensure_next = True   # whether the next model change scrolls the event into view
        self.current_lane = 0
        self.lane_top = 0
        self.hide_empty_lanes = False
        self._hover_cluster: tuple[int, int] | None = None   # (lane, first row) of the hovered count marker
        self._stack: Stack | None = None
        self._stack_key: tuple | None = None
        self._callout_rect: QRectF | None = None
        self._lane_rows: np.ndarray | None = None   # lane -> display row (-1: hidden); None: identity
        self._pixmaps: dict[tuple, QPixmap] = {}
        self._layout: Layout | None = None
        self._version = 0       # bumped when anything but the lane scroll changes (data, filter, theme, ...)
        self._yversion = 0      # bumped when only the lanes' vertical placement changes (_fit_lanes)
        self._xpart = None      # (key, segments, clusters, clusters by lane): view_layout's x-only part
        self._titles: list[str] | None = None
        self.theme = theme
        self.colors = THEMES[theme]
        from gui.fonts import ui_font

        self.font_label = QFont(ui_font())
        self.font_label.setPointSizeF(max(8.5, self.font().pointSizeF()))
        self.font_count = QFont(self.font_label)
        self.font_count.setBold(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ci.setContentsMargins(4, 4, 8, 4)
        self.ci.setSpacing(2)

        self.date_axis = CachedDateAxis("bottom")
        self.date_axis.cache_on_repeat = True   # its grid spans the plot: replayed only once per range
        self.lane_axis = CachedLaneAxis(160)
        self.plot: pg.PlotItem = self.addPlot(row=0, col=0, axisItems={"bottom": self.date_axis,
                                                                         "left": self.lane_axis})
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.vb: pg.ViewBox = self.plot.getViewBox()
        self.vb.setMouseEnabled(x=True, y=False)
        self.vb.invertY(True)
        self.vb.setLimits(xMin=MIN_DAY, xMax=MAX_DAY, minXRange=0.5)
        self.vb.enableAutoRange(enable=False)
        self.plot.showGrid(x=True, y=False, alpha=0.25)
        self.lane_hint = LaneScrollHint()     # under the lane axis, left of the date axis
        self.lane_hint.font = self.font_label
        self.plot.layout.addItem(self.lane_hint, 3, 0)
        self.layer = EventLayer(self)
        self.vb.addItem(self.layer, ignoreBounds=True)
        # One paint per zoom/pan step: pyqtgraph defers the view transform to the next paint
        # (prepareForPaint -> updateMatrix), and changing item transforms *during* a paint makes the scene
        # schedule a second full paint. Apply the transform as soon as the range changes instead.
        self.vb.sigRangeChanged.connect(self._apply_view_matrix)
        self.vb.sigXRangeChanged.connect(self._on_range_changed)

        self.overview_axis = CachedDateAxis("bottom", min_label_px=70)
        self.overview: pg.PlotItem = self.addPlot(row=1, col=0, axisItems={"bottom": self.overview_axis})
        self.overview.setMenuEnabled(False)
        for item in (self.plot, self.overview):
            # pyqtgraph makes each plot a parentless "Plot Options" menu (never shown here): give it
            # to the canvas so it is deleted with the window instead of outliving it
            menu = item.ctrlMenu
            if menu is not None and menu.parent() is None:
                menu.setParent(self, menu.windowFlags())
        self.overview.hideButtons()
        self.overview.setMouseEnabled(x=False, y=False)
        self.overview.getAxis("left").setWidth(160)
        self.overview.getAxis("left").setStyle(showValues=False)
        self.overview.getAxis("left").setTicks([[]])
        self.overview.setMaximumHeight(78)
        self.overview.setMinimumHeight(78)
        self.density = pg.PlotCurveItem(x=np.array([0.0, 1.0]), y=np.array([0.0]), stepMode="center", fillLevel=0)
        self.overview.addItem(self.density)
        self.region = pg.LinearRegionItem(values=(0, 1), movable=True, swapMode="block")
        self.region.setZValue(10)
        self.overview.addItem(self.region, ignoreBounds=True)
        self.region.sigRegionChanged.connect(self._on_region_changed)

        self.scene().sigMouseClicked.connect(self._on_scene_click)
        self.scene().sigMouseMoved.connect(self._on_scene_hover)
        self.set_theme(theme)
        self._apply_focus_mark(False)

    # ------------------------------------------------------------------------------------------ data
    def set_timeline(self, tl: Timeline | None, lane_mode: str | None = None, keep_view: bool = False) -> None:
        """Show ``tl`` (arrays are rebuilt once); fits all unless ``keep_view``."""
        old = self.view_range()
        self.timeline = tl
        if lane_mode:
            self.lane_mode = lane_mode
        self.arrays = build_arrays(tl, self.lane_mode) if tl is not None else None
        self._apply_time_scale()
        self._titles = None
        self.shown = None
        self._lane_rows = None
        # dated statements that tell no happening and glossing dates are not drawn (timeline.model.is_drawn)
        self._drawn = None
        if tl is not None and not all(is_drawn(e) for e in tl.events):
            self._drawn = np.fromiter((is_drawn(e) for e in tl.events), dtype=bool,
                                      count=len(tl.events))
            self.shown = self._drawn[self.arrays.order]
        self._forecast = (np.fromiter((e.forecast for e in tl.events), dtype=bool, count=len(tl.events))
                          [self.arrays.order] if tl is not None and self.arrays is not None else None)
        if self.selected >= len(tl.events if tl else []):
            self.selected = -1
        self._update_lane_rows()
        self.refresh_lane_names()
        self._update_overview()
        self._fit_lanes()
        self._invalidate()
        if keep_view:
            self.set_view_range(*old)
        else:
            self.fit_all()

    def refresh_lane_names(self) -> None:
        """Show the names of the drawn lanes on the lane axis (in the interface language)."""
        names = self.arrays.lane_names if self.arrays else []
        self.lane_axis.set_names([lane_label(names[i], self.lane_mode) for i in self.display_lanes()])
        self.lane_hint.update()

    def display_lanes(self) -> list[int]:
        """The lanes drawn, top to bottom (all of them unless empty lanes are hidden under a filter)."""
        n = len(self.arrays.lane_names) if self.arrays else 0
        if self._lane_rows is None:
            return list(range(n))
        return np.flatnonzero(self._lane_rows >= 0).tolist()

    def n_display_lanes(self) -> int:
        if self._lane_rows is None:
            return len(self.arrays.lane_names) if self.arrays else 0
        return int((self._lane_rows >= 0).sum())

    def lane_row(self, lane: int) -> int:
        """The display row of ``lane`` (``-1`` when it is hidden)."""
        return lane if self._lane_rows is None else int(self._lane_rows[lane])

    def set_hide_empty_lanes(self, on: bool) -> None:
        """While a filter is set, leave out the lanes that have no shown event."""
        self.hide_empty_lanes = bool(on)
        self._update_lane_rows()
        self.lane_top = 0
        self._fit_lanes()
        if self.selected >= 0 and self.arrays is not None:
            self.ensure_lane_visible(int(self.arrays.lane[self.arrays.rank[self.selected]]))

    def _update_lane_rows(self) -> None:
        a = self.arrays
        old = self._lane_rows
        # a lane whose events are all statements (never drawn) is always left out; under a filter with
        # "hide lanes without hits", so is every lane without a shown event
        if a is None:
            mask = None
        elif self.hide_empty_lanes and self.shown is not None:
            mask = self.shown
        else:
            mask = self._drawn[a.order] if self._drawn is not None else None
        has = np.zeros(len(a.lane_names) if a is not None else 0, dtype=bool)
        if a is not None and mask is not None:
            has[np.unique(a.lane[mask])] = True
        if a is None or mask is None or has.all():
            self._lane_rows = None
        else:
            rows = np.full(len(a.lane_names), -1, dtype=np.int64)
            rows[has] = np.arange(int(has.sum()))
            self._lane_rows = rows
        if (old is None) != (self._lane_rows is None) or (old is not None and not np.array_equal(old, self._lane_rows)):
            self.refresh_lane_names()

    def reveal_shown(self) -> None:
        """Bring the shown events into view: fit the time range to them when none is inside the current
        range, then scroll the lanes so that the first lane with a shown event in range is visible."""
        a = self.arrays
        if a is None or not len(a) or self.shown is None:
            return
        rows = np.flatnonzero(self.shown)
        if rows.size == 0:
            return
        x0, x1 = self._xrange()
        inside = rows[(a.start[rows] <= x1) & (a.end[rows] >= x0)]
        if inside.size == 0:
            self.fit_all()
            x0, x1 = self._xrange()
            inside = rows[(a.start[rows] <= x1) & (a.end[rows] >= x0)]
        lanes = np.unique(a.lane[inside]) if inside.size else np.unique(a.lane[rows])
        k = self.lanes_per_view()
        disp = sorted(self.lane_row(int(ln)) for ln in lanes.tolist() if self.lane_row(int(ln)) >= 0)
        if disp and not any(self.lane_top <= d < self.lane_top + k for d in disp):
            self.lane_top = disp[0]
            self._fit_lanes()

    def set_lane_mode(self, mode: str) -> None:
        self.lane_mode = mode
        shown_events = self._shown_events()
        sel = self.selected
        self.set_timeline(self.timeline, mode, keep_view=True)
        if shown_events is not None:
            self.set_filter(shown_events)
        self.selected = sel
        self._invalidate()

    def _shown_events(self) -> np.ndarray | None:
        if self.shown is None or self.arrays is None:
            return None
        m = np.zeros(len(self.arrays), dtype=bool)
        m[self.arrays.order] = self.shown
        return m

    def set_filter(self, mask: np.ndarray | None) -> None:
        """Show only events whose entry in ``mask`` (over ``timeline.events``) is true."""
        drawn = self._drawn
        if mask is None or self.arrays is None:
            self.shown = None if drawn is None or self.arrays is None else drawn[self.arrays.order]
        else:
            m = np.asarray(mask, dtype=bool)
            if drawn is not None:
                m = m & drawn
            self.shown = m[self.arrays.order]
        if self.hide_empty_lanes or self._lane_rows is not None:
            self._update_lane_rows()
            self._fit_lanes()
        self._invalidate()

    def title_of(self, index: int) -> str:
        if self._titles is None:
            self._titles = [cap(e.title, MAX_LINE) for e in self.timeline.events] if self.timeline else []
        return self._titles[index]

    def lanes_per_view(self) -> int:
        """How many lanes fit at ``MIN_LANE_PX`` each (more lanes scroll vertically)."""
        h = self.vb.height() if self.vb.height() > 0 else self.height() * 0.8
        return max(1, int(h // MIN_LANE_PX))

    def _fit_lanes(self) -> None:
        n = self.n_display_lanes() if self.arrays else 1
        k = self.lanes_per_view()
        if n <= k:
            self.lane_top = 0
            self.vb.setYRange(-0.6, max(n, 1) - 0.4, padding=0)
        else:
            self.lane_top = min(max(0, self.lane_top), n - k)
            self.vb.setYRange(self.lane_top - 0.5, self.lane_top + k - 0.5, padding=0)
        self._update_lane_hint()
        self._invalidate(x=False)   # lanes scrolled: the time axis part of the layout still holds

    def lanes_out_of_view(self) -> tuple[int, int]:
        """How many (drawn) lanes are scrolled out of view above and below."""
        n = self.n_display_lanes()
        k = self.lanes_per_view()
        if n <= k:
            return 0, 0
        return self.lane_top, n - self.lane_top - k

    def _update_lane_hint(self) -> None:
        n = self.n_display_lanes()
        above, below = self.lanes_out_of_view()
        self.lane_axis.set_scroll(self.lane_top, n - above - below, n)
        self.lane_hint.set_counts(above, below)
        from gui.i18n import tr

        tip = tr("Shift+wheel or Up/Down scrolls the lanes") if above or below else ""
        self.lane_axis.setToolTip(tip)
        self.lane_hint.setToolTip(tip)

    def scroll_lanes(self, d: int) -> None:
        """Scroll the lanes by ``d`` (when there are more than fit)."""
        self.lane_top += d
        self._fit_lanes()

    def ensure_lane_visible(self, lane: int) -> None:
        k = self.lanes_per_view()
        lane = self.lane_row(lane)
        if lane < 0:
            return
        if lane < self.lane_top:
            self.lane_top = lane
        elif lane >= self.lane_top + k:
            self.lane_top = lane - k + 1
        else:
            return
        self._fit_lanes()

    def resizeEvent(self, ev) -> None:  # noqa: N802
        super().resizeEvent(ev)
        if getattr(self, "arrays", None) is not None:
            self._fit_lanes()

    def wheelEvent(self, ev) -> None:  # noqa: N802
        """Shift+wheel (or a sideways wheel) scrolls the lanes; the plain wheel zooms time at the cursor."""
        if ev.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            d = ev.angleDelta().y() or ev.angleDelta().x()
            self.scroll_lanes(-1 if d > 0 else 1)
            ev.accept()
            return
        super().wheelEvent(ev)

    def _update_overview(self) -> None:
        a = self.arrays
        if a is None or not len(a):
            self.density.setData([0, 1], [0])
            return
        starts, ends = a.start, a.end
        if self._drawn is not None and self._drawn.any():
            # statements are never drawn on the canvas: the overview leaves them out too
            m = self._drawn[a.order]
            starts, ends = starts[m], ends[m]
        lo, hi = float(starts.min()), float(ends.max())
        pad = max((hi - lo) * 0.03, 5)
        edges = np.linspace(lo - pad, hi + pad, 301)
        counts, _ = np.histogram(starts, bins=edges)
        self.density.setData(edges, np.sqrt(counts.astype(float)))
        self.overview.setXRange(lo - pad, hi + pad, padding=0)
        self.overview.setYRange(0, max(1.0, float(np.sqrt(counts.max()))) * 1.1, padding=0)

    # ------------------------------------------------------------------------------------------ view
    def view_range(self) -> tuple[float, float]:
        """The visible days."""
        x0, x1 = self._xrange()
        if self.xmap is None:
            return x0, x1
        return float(self.xmap.day(x0)), float(self.xmap.day(x1))

    def set_view_range(self, x0: float, x1: float) -> None:
        """Show the days ``[x0, x1]``."""
        if self.xmap is not None:
            x0, x1 = float(self.xmap.x(max(MIN_DAY, x0))), float(self.xmap.x(min(MAX_DAY, x1)))
        self._set_xrange(x0, x1)

    def _xrange(self) -> tuple[float, float]:
        """The visible range in plot x (days on the linear scale)."""
        (x0, x1), _ = self.vb.viewRange()
        return float(x0), float(x1)

    def _set_xrange(self, x0: float, x1: float) -> None:
        x0, x1 = max(self._min_x(), float(x0)), min(self._max_x(), float(x1))
        if x1 - x0 < 0.5:
            c = (x0 + x1) / 2
            x0, x1 = c - 0.25, c + 0.25
        self.vb.setXRange(x0, x1, padding=0)

    def _min_x(self) -> float:
        return MIN_DAY if self.xmap is None else float(self.xmap.x(MIN_DAY))

    def _max_x(self) -> float:
        return MAX_DAY if self.xmap is None else float(self.xmap.x(MAX_DAY))

    def set_time_scale(self, kind: str) -> None:
        """Show the time axis ``linear`` or ``compact`` (see module docstring); keeps the visible days."""
        if kind not in ("linear", "compact"):
            raise ValueError(f"unknown time scale {kind!r}")
        if kind == self.time_scale:
            return
        old = self.view_range()
        self.time_scale = kind
        if self.timeline is not None:
            self.arrays = build_arrays(self.timeline, self.lane_mode)
        self._apply_time_scale()
        self._update_overview()
        self._invalidate()
        self.set_view_range(*old)

    def _apply_time_scale(self) -> None:
        """Build the compact scale from all events and warp the arrays into its plot coordinate."""
        a = self.arrays
        self.xmap = None
        if self.time_scale == "compact" and a is not None and len(a):
            lo, hi = a.bounds
            pad = max((hi - lo) * 0.03, 3)
            scale = make_scale("compact", anchor_days(a.start, a.end), lo - pad, hi + pad)
            if scale.breaks or scale.joints():
                self.xmap = AxisMap(scale)
                sx, ex = self.xmap.x(a.start), self.xmap.x(a.end)
                self.arrays = replace(a, start=sx, end=ex, max_len=float((ex - sx).max()))
        self.vb.setLimits(xMin=self._min_x(), xMax=self._max_x())
        for axis in (self.date_axis, self.overview_axis):
            axis.set_xmap(self.xmap)

    def repaint_now(self) -> None:
        """Synchronous full repaint of the canvas (for benchmarks)."""
        self.viewport().repaint()

    def fit_all(self) -> None:
        b = self._visible_bounds()
        if b is None:
            self.set_view_range(20089, 20454)
            return
        lo, hi = b
        pad = max((hi - lo) * 0.03, 3)
        self._set_xrange(lo - pad, hi + pad)

    def _visible_bounds(self) -> tuple[float, float] | None:
        a = self.arrays
        if a is None or not len(a):
            return None
        if self.shown is None:
            return a.bounds
        idx = np.flatnonzero(self.shown)
        if idx.size == 0:
            return a.bounds
        return float(a.start[idx[0]]), float(a.end[idx].max())

    def fit_selection(self) -> None:
        if self.selected < 0 or self.arrays is None:
            return
        r = self.arrays.rank[self.selected]
        s, e = self.arrays.start[r], self.arrays.end[r]
        pad = max((e - s) * 0.5, 3.0)
        self._set_xrange(s - pad, e + pad)

    def _zoom_center(self) -> float:
        x0, x1 = self._xrange()
        if self.selected >= 0 and self.arrays is not None:
            r = self.arrays.rank[self.selected]
            c = (self.arrays.start[r] + self.arrays.end[r]) / 2
            if x0 <= c <= x1:
                return float(c)
        return (x0 + x1) / 2

    def zoom(self, factor: float, center: float | None = None) -> None:
        """Scale the visible span by ``factor`` (< 1 zooms in) around ``center`` (default: the selection
        if visible, else the middle)."""
        x0, x1 = self._xrange()
        c = self._zoom_center() if center is None else center
        self._set_xrange(c - (c - x0) * factor, c + (x1 - c) * factor)

    def zoom_preset(self, name: str) -> None:
        w = PRESET_DAYS[name]
        c = self._zoom_center()
        if self.xmap is not None:
            c = float(self.xmap.day(c))
        self.set_view_range(c - w / 2, c + w / 2)

    def ensure_visible(self, index: int) -> None:
        if self.arrays is None or index < 0:
            return
        r = self.arrays.rank[index]
        s, e = float(self.arrays.start[r]), float(self.arrays.end[r])
        x0, x1 = self._xrange()
        w = x1 - x0
        if s >= x0 + w * 0.02 and min(e, s + 1) <= x1 - w * 0.1:
            return
        c = s if e - s > w else (s + e) / 2
        self._set_xrange(c - w / 2, c + w / 2)

    # ------------------------------------------------------------------------------------- selection
    @property
    def selected(self) -> int:
        """The selected event's index (``-1`` when none): the shared :class:`SelectionModel`'s ``current``."""
        return self.selection.current

    @selected.setter
    def selected(self, index: int) -> None:
        self.selection.reset(current=index)   # silent: for rebuilding the view

    def set_selection_model(self, model: SelectionModel) -> None:
        """Observe and write to ``model`` (shared with the event list) instead of the canvas's own."""
        for sig, slot in ((self.selection.currentChanged, self._on_model_current),
                          (self.selection.filterChanged, self.set_filter)):
            sig.disconnect(slot)
        self.selection = model
        model.currentChanged.connect(self._on_model_current)
        model.filterChanged.connect(self.set_filter)

    def select(self, index: int, ensure_visible: bool = True, emit: bool = True) -> None:
        """Select event ``index`` (``-1`` clears) in the shared selection model; ``emit=False`` changes it
        silently (no view follows)."""
        if self.arrays is None or index >= len(self.arrays):
            index = -1
        if index == self.selected or not emit:
            self.selection.reset(current=index)
            self._show_selected(ensure_visible)
            return
        self._ensure_next = ensure_visible
        try:
            self.selection.set_current(index)   # -> _on_model_current
        finally:
            self._ensure_next = True

    def _on_model_current(self, index: int) -> None:
        """The shared selection changed (here or in another view): follow it and re-emit
        ``selectionChanged``."""
        if index >= 0 and (self.arrays is None or index >= len(self.arrays)):
            return
        self._show_selected(self._ensure_next)
        self.selectionChanged.emit(index)

    def _show_selected(self, ensure_visible: bool) -> None:
        index = self.selected
        if index >= 0 and self.arrays is not None and index < len(self.arrays):
            self.current_lane = int(self.arrays.lane[self.arrays.rank[index]])
            self.ensure_lane_visible(self.current_lane)
            if ensure_visible:
                self.ensure_visible(index)
        self._selection_changed()

    def _shown_rows(self) -> np.ndarray:
        a = self.arrays
        if self.shown is None:
            return np.arange(len(a))
        return np.flatnonzero(self.shown)

    def step_event(self, d: int) -> None:
        """Select the next (``d=+1``) or previous (``-1``) shown event in time."""
        a = self.arrays
        if a is None or not len(a):
            return
        rows = self._shown_rows()
        if rows.size == 0:
            return
        if self.selected < 0:
            x0, x1 = self._xrange()
            k = int(np.searchsorted(a.start[rows], x0 if d > 0 else x1, side="left"))
            k = min(max(k if d > 0 else k - 1, 0), rows.size - 1)
        else:
            r = int(a.rank[self.selected])
            pos = int(np.searchsorted(rows, r))
            if pos < rows.size and rows[pos] == r:
                k = pos + d
            else:
                k = pos if d > 0 else pos - 1
            if not 0 <= k < rows.size:
                return
        self.select(int(a.order[rows[k]]))

    def first_event(self) -> None:
        rows = self._shown_rows() if self.arrays is not None else np.empty(0)
        if rows.size:
            self.select(int(self.arrays.order[rows[0]]))

    def last_event(self) -> None:
        rows = self._shown_rows() if self.arrays is not None else np.empty(0)
        if rows.size:
            self.select(int(self.arrays.order[rows[-1]]))

    def step_lane(self, d: int) -> None:
        """Select the event nearest in time in the next lane down (``+1``) or up (``-1``) that has one."""
        a = self.arrays
        if a is None or not len(a):
            return
        n = len(a.lane_names)
        ref = self._zoom_center()
        if self.selected >= 0:
            r = a.rank[self.selected]
            ref = float(a.start[r])
        lane = self.current_lane + d
        shown = self.shown if self.shown is not None else np.ones(len(a), dtype=bool)
        while 0 <= lane < n:
            rows = np.flatnonzero((a.lane == lane) & shown)
            if rows.size:
                k = rows[int(np.argmin(np.abs(a.start[rows] - ref)))]
                self.current_lane = lane
                self.select(int(a.order[k]))
                return
            lane += d

    # -------------------------------------------------------------------------------------- painting
    def set_theme(self, name: str) -> None:
        self.theme = name
        self.colors = c = THEMES[name]
        self.setBackground(c["base"])
        for ax in (self.date_axis, self.lane_axis, self.overview_axis, self.overview.getAxis("left")):
            ax.setPen(pg.mkPen(c["grid"]))
            ax.setTextPen(pg.mkPen(c["text"]))
        self.lane_hint.color = QColor(c["muted"])
        self.lane_axis.indicator_color = QColor(c["muted"])
        self.lane_axis.picture = None
        self.lane_hint.update()
        self.density.setPen(pg.mkPen(c["muted"]))
        self.density.setBrush(pg.mkBrush(QColor(c["muted"]).lighter(100)))
        rc = QColor(c["region"])
        rc.setAlpha(50)
        self.region.setBrush(pg.mkBrush(rc))
        rc.setAlpha(90)
        self.region.setHoverBrush(pg.mkBrush(rc))
        for line in self.region.lines:
            line.setPen(pg.mkPen(c["region"], width=2))
        self._invalidate()
        self._apply_focus_mark(self.hasFocus())

    def _selection_changed(self) -> None:
        """Repaint for a new selection: the layout of the view does not depend on it, only the list of an
        expanded count marker does."""
        self._stack, self._stack_key = None, None
        self.layer.update()

    def _invalidate(self, x: bool = True) -> None:
        """Drop the cached layout; ``x=False`` when only the lanes moved vertically (a lane scroll or the
        hidden-lane rows), which keeps the spans and clusters computed along the time axis."""
        if x:
            self._version += 1
            self._xpart = None
        else:
            self._yversion += 1
        self._layout = None
        self._stack, self._stack_key = None, None
        self.layer.update()

    def _apply_focus_mark(self, on: bool) -> None:
        col = self.colors["accent"] if on else "transparent"
        self.setStyleSheet(f"TimelineCanvas, QGraphicsView {{ border: 2px solid {col}; }}")

    def focusInEvent(self, ev) -> None:  # noqa: N802
        self._apply_focus_mark(True)
        super().focusInEvent(ev)

    def focusOutEvent(self, ev) -> None:  # noqa: N802
        self._apply_focus_mark(False)
        super().focusOutEvent(ev)

    def _view_transform(self):
        self.vb.updateMatrix()  # the range may have changed since the last paint
        return self.layer.deviceTransform(self.viewportTransform())

    def view_layout(self, t=None) -> Layout:  # noqa: C901 - one pass, kept together for speed
        """The layout of the current view (cached until the view, size, data or filter change)."""
        if t is None:
            t = self._view_transform()
        x0, x1 = self._xrange()
        sx, dx, sy, dy = t.m11(), t.dx(), t.m22(), t.dy()
        xkey = (x0, x1, round(sx, 9), round(dx, 3), self._version)
        key = xkey + (round(sy, 6), round(dy, 3), self._yversion)
        if self._layout is not None and self._layout.key == key:
            return self._layout
        L = Layout(key=key, sx=sx, dx=dx)
        a = self.arrays
        if a is None or not len(a) or sx <= 0:
            self._layout = L
            return L
        nl = len(a.lane_names)
        if self._lane_rows is None:
            L.lane_y = np.arange(nl) * sy + dy
            L.stripe_y = L.lane_y[1::2]
        else:   # hidden lanes far outside the viewport: culled like lanes scrolled out of view
            L.lane_y = np.where(self._lane_rows >= 0, self._lane_rows * sy + dy, -1e7)
            L.stripe_y = np.arange(1, self.n_display_lanes(), 2) * sy + dy
        L.lane_h = abs(sy)
        px_left = x0 * sx + dx
        xp = self._xpart
        if xp is None or xp[0] != xkey:
            # along the time axis only: reused while the lanes scroll (a selection step to another lane)
            rows = visible_rows(a, x0, x1, self.shown)
            seg = span_segments(a, rows, x0, x1, sx)
            seg = (seg[0], seg[1] + px_left, seg[2] + px_left, seg[3])
            clusters = cluster(a, rows, x0, sx, bucket_px=8.0, min_gap_px=MIN_GAP_PX)
            lane_clusters: dict[int, list[Cluster]] = {}
            for c in clusters:
                lane_clusters.setdefault(c.lane, []).append(c)
            self._xpart = xp = (xkey, seg, clusters, lane_clusters)
        L.segments, L.clusters, by_lane = xp[1], xp[2], xp[3]
        fm = QFontMetricsF(self.font_label)
        L.bar_dy = bd = min(9.0, L.lane_h * 0.28)
        fh = fm.height()
        show_labels = L.lane_h >= fh + 9
        view_right = x1 * sx + dx
        vis = self.mapFromScene(self.vb.sceneBoundingRect()).boundingRect()
        for lane_i, cl in by_lane.items():
            yc = float(L.lane_y[lane_i])
            if not vis.top() - L.lane_h / 2 <= yc <= vis.bottom() + L.lane_h / 2:
                continue  # lane scrolled out of view
            for j, c in enumerate(cl):
                x = c.x + px_left
                nxt = cl[j + 1] if j + 1 < len(cl) else None
                if c.count > 1:
                    r = max(6.0, min(9.0 + min(6.0, 2.0 * np.log10(c.count)), L.lane_h / 2 - 1))
                    x = max(x, px_left + r + 4)
                    L.counts.append((c, x, yc + bd - 2, r))
                    continue
                point = bool(a.point[c.row])
                L.singles.append((c.row, x, yc + bd, point))
                if not show_labels:
                    continue
                lx = x + (8 if point else 3)
                limit = view_right - 4
                if nxt is not None:
                    nx = nxt.x + px_left
                    limit = min(limit, nx - (16 if nxt.count > 1 else 10) - (9 + 2 if nxt.count > 1 else 0))
                avail = min(MAX_LABEL_PX, limit - lx)
                if avail < 24:
                    continue
                text = fm.elidedText(self.title_of(int(a.order[c.row])), Qt.TextElideMode.ElideRight, avail)
                w = fm.horizontalAdvance(text)
                L.labels.append((QRectF(lx, yc + bd - 4 - fh, w + 2, fh), text, c.row))
        self._layout = L
        return L

    def _paint_layer(self, p: QPainter) -> None:
        t = p.transform()
        L = self.view_layout(t)
        a = self.arrays
        if a is None or L.lane_y is None:
            return
        c = self.colors
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        vw = float(self.viewport().width())
        # lane stripes: one batch
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(c["lane_alt"]))
        p.drawRects([QRectF(0, y - L.lane_h / 2, vw, L.lane_h) for y in L.stripe_y.tolist()])
        if self.xmap is not None:
            self._paint_scale_marks(p, L)
        # spans: one batch of rects per lane colour (plus gradients for wide approximate ones)
        lanes, s0, s1, ap = L.segments
        palette = self.lane_palette()
        ncol = len(palette)
        if len(lanes):
            bar_h = max(3.0, min(8.0, L.lane_h * 0.18))
            yb_all = L.lane_y[lanes] + L.bar_dy - bar_h / 2
            cidx = lanes % ncol
            wide = np.flatnonzero(ap & ((s1 - s0) >= 24))[:24]
            plain_ap = ap.copy()
            plain_ap[wide] = False
            for ci in np.unique(cidx).tolist():
                m = cidx == ci
                for fuzzy, alpha in ((False, 150), (True, 90)):
                    sel = m & (plain_ap if fuzzy else ~ap)
                    if not sel.any():
                        continue
                    col = QColor(palette[ci])
                    col.setAlpha(alpha)
                    p.setBrush(col)
                    p.drawRects([QRectF(u, y, v - u, bar_h) for u, v, y in
                                 zip(s0[sel].tolist(), s1[sel].tolist(), yb_all[sel].tolist(), strict=True)])
            for k in wide.tolist():
                self._paint_fuzzy_one(p, float(s0[k]), float(s1[k]), float(yb_all[k]), bar_h,
                                      QColor(palette[int(cidx[k])]))
        # single markers: points as round dots, span starts as ticks, one batch per lane colour
        if L.singles:
            rows = np.fromiter((t[0] for t in L.singles), dtype=np.int64, count=len(L.singles))
            xs = np.fromiter((t[1] for t in L.singles), dtype=float, count=len(L.singles))
            ys = np.fromiter((t[2] for t in L.singles), dtype=float, count=len(L.singles))
            pts = a.point[rows]
            cs = a.lane[rows] % ncol
            dot = QPen(QColor(c["base"]), 12.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            for ci in np.unique(cs).tolist():
                m = cs == ci
                col = QColor(palette[ci])
                mp = m & pts
                if mp.any():
                    ptsf = [QPointF(x, y) for x, y in zip(xs[mp].tolist(), ys[mp].tolist(), strict=True)]
                    p.setPen(dot)
                    p.drawPoints(ptsf)
                    p.setPen(QPen(col, 9.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                    p.drawPoints(ptsf)
                    fc = self._forecast
                    if fc is not None and fc[rows[mp]].any():
                        # a forecast: a hollow marker (the dot's centre in the background colour)
                        hollow = [QPointF(x, y) for x, y, f in zip(xs[mp].tolist(), ys[mp].tolist(),
                                                                   fc[rows[mp]].tolist(), strict=True) if f]
                        p.setPen(QPen(QColor(c["base"]), 4.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                        p.drawPoints(hollow)
                ms = m & ~pts
                if ms.any():
                    p.setPen(QPen(col, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
                    p.drawLines([QLineF(x, y - 7, x, y + 7) for x, y in zip(xs[ms].tolist(), ys[ms].tolist(), strict=True)])
        # count markers: pre-rendered pixmaps (one per count/size/theme), blitted
        dpr = p.device().devicePixelRatioF() if p.device() is not None else 1.0
        for cl, x, y, r in L.counts:
            pm = self._count_pixmap(cl.count, r, dpr)
            w, h = pm.width() / dpr, pm.height() / dpr
            p.drawPixmap(QPointF(x - w / 2, y - h / 2), pm)
        # labels
        p.setFont(self.font_label)
        p.setPen(QColor(c["text"]))
        for rect, text, _row in L.labels:
            p.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        # selection (ring, and its title when the label is not shown whole), then an expanded count marker
        stack = self.stack(L)
        self._callout_rect = None
        if self.selected >= 0:
            self._paint_selection(p, L, stack)
        if stack is not None:
            self._paint_stack(p, stack)
        p.restore()

    def _paint_scale_marks(self, p: QPainter, L: Layout) -> None:
        """Compact scale: a tinted band over each break, a dashed line at each change of scale."""
        scale = self.xmap.scale
        vh = float(self.viewport().height())
        band = QColor(self.colors["muted"])
        band.setAlpha(40)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(band)
        for d0, d1, _, _ in scale.gaps():
            u, v = float(self.xmap.x(d0)) * L.sx + L.dx, float(self.xmap.x(d1)) * L.sx + L.dx
            p.drawRect(QRectF(u, 0, max(v - u, 2.0), vh))
        p.setPen(QPen(QColor(self.colors["muted"]), 1.0, Qt.PenStyle.DashLine))
        for d, _ in scale.joints():
            x = float(self.xmap.x(d)) * L.sx + L.dx
            p.drawLine(QLineF(x, 0, x, vh))

    def lane_palette(self) -> list[str]:
        """One distinct colour per lane, the image exporter's (:func:`gui.presentation.colors.lane_colors`)."""
        n = max(1, len(self.arrays.lane_names) if self.arrays is not None else 1)
        key = (n, self.theme)
        if getattr(self, "_palette_key", None) != key:
            self._palette_key, self._palette = key, lane_colors(n, self.theme)
        return self._palette

    def _count_pixmap(self, count: int, r: float, dpr: float) -> QPixmap:
        key = (count, int(r * 10), self.theme, dpr)
        pm = self._pixmaps.get(key)
        if pm is not None:
            return pm
        if len(self._pixmaps) > 4000:
            self._pixmaps.clear()
        c = self.colors
        fmc = QFontMetricsF(self.font_count)
        txt = str(count)
        rw = max(r, fmc.horizontalAdvance(txt) / 2 + 5)
        w, h = 2 * rw + 3, 2 * r + 3
        pm = QPixmap(int(np.ceil(w * dpr)), int(np.ceil(h * dpr)))
        pm.setDevicePixelRatio(dpr)
        pm.fill(Qt.GlobalColor.transparent)
        q = QPainter(pm)
        q.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        q.setPen(QPen(QColor(c["base"]), 1.5))
        q.setBrush(QColor(c["cluster"]))
        rect = QRectF(1.5, 1.5, 2 * rw, 2 * r)
        q.drawRoundedRect(rect, r, r)
        q.setFont(self.font_count)
        q.setPen(QColor(c["cluster_text"]))
        q.drawText(rect, Qt.AlignmentFlag.AlignCenter, txt)
        q.end()
        self._pixmaps[key] = pm
        return pm

    @staticmethod
    def _paint_fuzzy_one(p: QPainter, u: float, v: float, yb: float, h: float, col: QColor) -> None:
        """A wide approximate span: its ends fade out (a gradient over 20 % on each side)."""
        c0, c1 = QColor(col), QColor(col)
        c0.setAlpha(0)
        c1.setAlpha(150)
        g = QLinearGradient(u, 0, v, 0)
        g.setColorAt(0.0, c0)
        g.setColorAt(0.2, c1)
        g.setColorAt(0.8, c1)
        g.setColorAt(1.0, c0)
        p.fillRect(QRectF(u, yb, v - u, h), QBrush(g))

    def _selected_cluster(self, L: Layout) -> tuple[Cluster, float, float, float] | None:
        """The count marker that holds the selected event (``None`` when it is drawn on its own)."""
        a = self.arrays
        if self.selected < 0 or a is None or not L.counts:
            return None
        r = int(a.rank[self.selected])
        x0, _x1 = self._xrange()
        px = float(anchors_px(a, np.array([r]), x0, L.sx)[0])
        lane = int(a.lane[r])
        for item in L.counts:
            c = item[0]
            if c.lane == lane and 2 * c.x - c.x_end - 1e-6 <= px <= c.x_end + 1e-6:
                return item
        return None

    def cluster_rows(self, c: Cluster, L: Layout | None = None) -> np.ndarray:
        """Sorted rows of the events inside count marker ``c`` (shown events of its lane under it)."""
        a = self.arrays
        L = L or self.view_layout()
        x0, x1 = self._xrange()
        rows = visible_rows(a, x0, x1, self.shown)
        rows = rows[a.lane[rows] == c.lane]
        px = anchors_px(a, rows, x0, L.sx)
        return rows[(px >= 2 * c.x - c.x_end - 1e-6) & (px <= c.x_end + 1e-6)]

    def stack(self, L: Layout | None = None) -> Stack | None:
        """The expanded count marker: the hovered one, else the one holding the selection."""
        if self.arrays is None:
            return None
        L = L or self.view_layout()
        item = None
        if self._hover_cluster is not None:
            item = next((it for it in L.counts if (it[0].lane, it[0].row) == self._hover_cluster), None)
        if item is None:
            item = self._selected_cluster(L)
        if item is None:
            self._stack, self._stack_key = None, None
            return None
        key = (L.key, item[0].lane, item[0].row, self.selected, self.width(), self.height())
        if self._stack is not None and self._stack_key == key:
            return self._stack
        c, bx, by, br = item
        rows = self.cluster_rows(c, L)
        a = self.arrays
        events = [int(a.order[r]) for r in rows.tolist()]
        more = max(0, len(events) - STACK_ROWS)
        if more and self.selected in events[STACK_ROWS:]:
            k = events.index(self.selected)   # keep the selected event in the list
            events = events[:STACK_ROWS - 1] + [events[k]]
        else:
            events = events[:STACK_ROWS]
        fm = QFontMetricsF(self.font_label)
        rh = fm.height() + 6
        texts = [self._stack_text(i) for i in events]
        w = min(CALLOUT_PX, max([fm.horizontalAdvance(t) for t in texts] + [80.0])) + 26
        h = rh * (len(events) + (1 if more else 0)) + 8
        vis = QRectF(self.mapFromScene(self.vb.sceneBoundingRect()).boundingRect())
        left = bx + br + 10
        if left + w > vis.right() - 2:
            left = max(vis.left() + 2, bx - br - 10 - w)
        top = min(max(vis.top() + 2, by - h / 2), max(vis.top() + 2, vis.bottom() - h - 2))
        rect = QRectF(left, top, w, h)
        row_rects = [(QRectF(left + 4, top + 4 + k * rh, w - 8, rh), i) for k, i in enumerate(events)]
        self._stack = Stack(c, QPointF(bx, by), rect, row_rects, more)
        self._stack_key = key
        return self._stack

    def _stack_text(self, index: int) -> str:
        e = self.timeline.events[index]
        return f"{e.time.value or e.time.start.isoformat()}  {self.title_of(index)}"

    def _paint_stack(self, p: QPainter, st: Stack) -> None:
        c = self.colors
        fm = QFontMetricsF(self.font_label)
        p.setPen(QPen(QColor(c["grid"]), 1.0))
        p.drawLine(QLineF(st.badge, QPointF(st.rect.left() if st.rect.left() > st.badge.x() else st.rect.right(),
                                             st.rect.center().y())))
        bg = QColor(c["base"])
        bg.setAlpha(245)
        p.setBrush(bg)
        p.drawRoundedRect(st.rect, 5, 5)
        p.setFont(self.font_label)
        a = self.arrays
        for rect, i in st.rows:
            lane_col = QColor(self.lane_palette()[int(a.lane[a.rank[i]])])
            if i == self.selected:
                sel = QColor(c["select"])
                sel.setAlpha(45)
                p.setPen(QPen(QColor(c["select"]), 1.5))
                p.setBrush(sel)
                p.drawRoundedRect(rect, 3, 3)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(lane_col)
            p.drawEllipse(QPointF(rect.left() + 7, rect.center().y()), 4, 4)
            p.setPen(QColor(c["text"]))
            text = fm.elidedText(self._stack_text(i), Qt.TextElideMode.ElideRight, rect.width() - 18)
            p.drawText(rect.adjusted(16, 0, 0, 0), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                       text)
        if st.more:
            from gui.i18n import tr

            last = st.rows[-1][0]
            r = QRectF(last.left(), last.bottom(), last.width(), last.height())
            p.setPen(QColor(c["muted"]))
            p.drawText(r.adjusted(16, 0, 0, 0), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                       tr("+{n} more: click the marker to zoom in").format(n=st.more))

    def _paint_selection(self, p: QPainter, L: Layout, stack: Stack | None = None) -> None:
        """The selection ring (around the count marker when the event is inside one) and, when its label
        is not drawn whole, the selected event's title in a callout above its marker."""
        a = self.arrays
        r = int(a.rank[self.selected])
        x0, x1 = self._xrange()
        if a.end[r] < x0 or a.start[r] > x1 or L.lane_y is None:
            return
        yl = float(L.lane_y[a.lane[r]])
        if yl < -1e6:
            return   # its lane is hidden
        y = yl + L.bar_dy
        pen = QPen(QColor(self.colors["select"]), 2.5)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if not a.point[r]:
            u = max(a.start[r], x0 - 1) * L.sx + L.dx
            v = min(a.end[r], x1 + 1) * L.sx + L.dx
            p.drawRect(QRectF(u, y - 6, max(v - u, 3), 12))
        inside = self._selected_cluster(L)
        if inside is not None:
            _c, bx, by, br = inside
            p.drawEllipse(QPointF(bx, by), br + 4, br + 4)   # around the badge, not over it
            if stack is not None and any(i == self.selected for _r, i in stack.rows):
                return   # the expanded list shows the title
            x, y = bx, by - br
        else:
            x = float(anchors_px(a, np.array([r]), x0, L.sx)[0] + x0 * L.sx + L.dx)
            p.drawEllipse(QPointF(x, y), 10, 10)
            title = self.title_of(self.selected)
            if any(row == r and text == title for _rect, text, row in L.labels):
                return   # its own label shows the whole title
            y -= 10
        self._paint_callout(p, x, y, self.title_of(self.selected))

    def _paint_callout(self, p: QPainter, x: float, y: float, title: str) -> None:
        """``title`` in a framed box whose bottom-left corner points at ``(x, y)``, kept inside the view."""
        fm = QFontMetricsF(self.font_label)
        text = fm.elidedText(title, Qt.TextElideMode.ElideRight, CALLOUT_PX)
        w, h = fm.horizontalAdvance(text) + 12, fm.height() + 6
        vis = QRectF(self.mapFromScene(self.vb.sceneBoundingRect()).boundingRect())
        left = min(max(vis.left() + 2, x - 6), vis.right() - w - 2)
        top = max(vis.top() + 2, y - h - 4)
        rect = QRectF(left, top, w, h)
        self._callout_rect = rect
        c = self.colors
        bg = QColor(c["base"])
        bg.setAlpha(240)
        p.setPen(QPen(QColor(c["select"]), 1.5))
        p.setBrush(bg)
        p.drawRoundedRect(rect, 4, 4)
        p.setPen(QColor(c["text"]))
        p.setFont(self.font_label)
        p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)

    # ---------------------------------------------------------------------------------- hit testing
    def marker_pos(self, index: int) -> QPoint | None:
        """Viewport pixel of event ``index``'s own marker, or ``None`` if it is not drawn on its own."""
        if self.arrays is None or index < 0:
            return None
        L = self.view_layout()
        r = int(self.arrays.rank[index])
        for row, x, y, _pt in L.singles:
            if row == r:
                return QPoint(int(round(x)), int(round(y)))
        return None

    def cluster_markers(self) -> list[tuple[QPoint, Cluster]]:
        return [(QPoint(int(round(x)), int(round(y))), c) for c, x, y, _r in self.view_layout().counts]

    def hit(self, pos: QPointF) -> tuple[str, object] | None:
        """What is at viewport ``pos``: ``("event", index)``, ``("cluster", Cluster)`` or ``None``."""
        if self.arrays is None:
            return None
        L = self.view_layout()
        x, y = pos.x(), pos.y()
        st = self.stack(L)
        if st is not None and st.rect.contains(pos):
            for rect, i in st.rows:
                if rect.contains(pos):
                    return "event", i
            return "cluster", st.cluster
        for c, cx, cy, r in L.counts:
            if (x - cx) ** 2 + (y - cy) ** 2 <= (r + 4) ** 2:
                return "cluster", c
        best, bd = None, 11.0 ** 2
        for row, mx, my, _pt in L.singles:
            d = (x - mx) ** 2 + (y - my) ** 2
            if d < bd:
                best, bd = row, d
        if best is not None:
            return "event", int(self.arrays.order[best])
        for rect, _t, row in L.labels:
            if rect.adjusted(-2, -2, 2, 2).contains(pos):
                return "event", int(self.arrays.order[row])
        return None

    def _on_scene_click(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        pos = QPointF(self.mapFromScene(ev.scenePos()))
        if not self.vb.sceneBoundingRect().contains(ev.scenePos()):
            return
        h = self.hit(pos)
        if h is None:
            return
        kind, what = h
        if kind == "cluster":
            pad = max((what.day1 - what.day0) * 0.08, 1.0)
            self._set_xrange(what.day0 - pad, what.day1 + pad)
        else:
            self.select(int(what), ensure_visible=False)
            if ev.double():
                self.activated.emit(int(what))
        ev.accept()

    def tooltip_at(self, pos: QPointF) -> str:
        """The hover text at viewport ``pos``: an event's date and title, or a count marker's size."""
        h = self.hit(pos)
        if h is None or self.timeline is None:
            return ""
        kind, what = h
        if kind == "cluster":
            from timeline.model import from_day_number

            d0, d1 = (what.day0, what.day1) if self.xmap is None else \
                (float(self.xmap.day(what.day0)), float(self.xmap.day(what.day1)))
            a, b = from_day_number(d0), from_day_number(d1 - 1)
            return f"{what.count} · {a.isoformat()} – {b.isoformat()}"
        e = self.timeline.events[int(what)]
        return f"{e.time.value or e.time.start.isoformat()} · {cap(e.title)}"

    def set_hover(self, pos: QPointF) -> None:
        """Expand the count marker under viewport ``pos`` (keep it while the pointer is on its list)."""
        if self.arrays is None:
            return
        L = self.view_layout()
        new = None
        st = self._stack
        if st is not None and self._hover_cluster is not None and \
                st.rect.adjusted(-12, -12, 12, 12).united(QRectF(st.badge, st.badge).adjusted(-14, -14, 14, 14)).contains(pos):
            new = self._hover_cluster
        else:
            for c, cx, cy, r in L.counts:
                if (pos.x() - cx) ** 2 + (pos.y() - cy) ** 2 <= (r + 4) ** 2:
                    new = (c.lane, c.row)
                    break
        if new != self._hover_cluster:
            self._hover_cluster = new
            self._stack, self._stack_key = None, None
            self.layer.update()

    def leaveEvent(self, ev) -> None:  # noqa: N802
        if self._hover_cluster is not None:
            self._hover_cluster = None
            self._stack, self._stack_key = None, None
            self.layer.update()
        super().leaveEvent(ev)

    def hover_tooltip(self, pos: QPointF) -> str:
        """What the hover tooltip shows at ``pos``: :meth:`tooltip_at` as literal text (never markup)."""
        from gui.plaintext import literal_html

        return literal_html(self.tooltip_at(pos))

    def _on_scene_hover(self, scene_pos) -> None:
        from PySide6.QtWidgets import QToolTip

        pos = QPointF(self.mapFromScene(scene_pos))
        self.set_hover(pos)
        text = self.hover_tooltip(pos)
        if self._stack is not None and self._stack.rect.contains(pos):
            text = ""   # the expanded list already reads it
        if text:
            QToolTip.showText(self.mapToGlobal(pos.toPoint()), text, self)
        else:
            QToolTip.hideText()

    # -------------------------------------------------------------------------------------- syncing
    def _apply_view_matrix(self, *_) -> None:
        """Bring the view transform up to date now, outside any paint (see ``__init__``)."""
        self.vb.updateMatrix()

    def _on_range_changed(self, *_):
        x0, x1 = self._xrange()
        with QSignalBlocker(self.region):   # the overview follows the view without echoing back
            self.region.setRegion((x0, x1))
        self.viewChanged.emit(*self.view_range())

    def _on_region_changed(self, *_):
        a, b = self.region.getRegion()
        self._set_xrange(a, b)   # -> _on_range_changed, which moves the region with its signals blocked

    # -------------------------------------------------------------------------------------- keyboard
    def keyPressEvent(self, ev) -> None:  # noqa: N802
        """Canvas keys come from :mod:`gui.shortcuts` (scope ``canvas``); QActions normally catch them
        first, this is the fallback when the window is not active (e.g. offscreen)."""
        seq = QKeySequence(ev.keyCombination())
        for act in self.actions():
            if any(s.matches(seq) == QKeySequence.SequenceMatch.ExactMatch for s in act.shortcuts()):
                act.trigger()
                ev.accept()
                return
        super().keyPressEvent(ev)
