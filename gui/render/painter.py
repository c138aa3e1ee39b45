"""Drawing a timeline image with QPainter onto any paint device (QImage, QSvgGenerator, QPdfWriter).

Contract
--------
``TimelineImage(timeline, options)`` measures text with the chosen CJK font and lays the whole image
out once (logical pixels, independent of ``options.scale``); ``size`` is the logical (width, height)
and ``paint(painter)`` draws it at the painter's current transform. The same object therefore renders
PNG, SVG and PDF identically. A ``QGuiApplication`` must exist (see :func:`gui.export.ensure_app`).

Image, top to bottom: title and subtitle, legend (lane colours), time axis, one band per lane (header,
label rows, count-marker row), the axis again, footnotes for count markers, and the sources.
Events are spans (bars; approximate ones fade at the uncertain edge) or points (day events); each
label sits in the same row as its glyph, rows are packed greedily so nothing overlaps, and events
that do not fit their lane's rows (at most ``options.max_rows``; fewer for the busiest lanes when the
lanes would grow taller than ``LANE_AREA`` times the width) become numbered count markers listed in
the footnotes. Lane colours follow the viewer's palette (:mod:`gui.theme`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QLinearGradient, QPainter, QPen, QPolygonF

from gui.presentation.labels import lane_label
from gui.render.layout import (
    THEME_COLORS,
    Cluster,
    ExportOptions,
    Footnote,
    Tick,
    cluster_overflow,
    day_range,
    detect_lang,
    format_period,
    lane_colors,
    lane_order,
    pack_rows,
    scale_ticks,
    select_events,
    short_value,
    time_scale_for,
    tr,
)
from timeline.model import Event, Timeline

MARGIN = 36.0
ROW_GLYPH = 11.0  # height of the glyph band on top of each label row
LABEL_PX = 13  # label font size; CJK ink rises about 1 em above the baseline, less than the ascent
POINT_R = 4.5
BAR_H = 8.0
LABEL_GAP = 14.0
FOOTNOTE_COL = 560.0
DENSE_FOOTNOTES = 120  # above this many footnotes each one is kept to a single line
MAX_FOOTNOTES = 400  # count markers are merged further when there would be more footnotes than this
LANE_AREA = 1.5  # lanes together aim at most this many times the image width in height
MIN_ROWS = 2


def cjk_family() -> str | None:
    """The CJK font family used for every text in the image (from :mod:`gui.fonts` when available)."""
    try:
        from gui.fonts import find_cjk_font
    except ImportError:  # pragma: no cover - gui.fonts is part of the viewer
        find_cjk_font = None
    if find_cjk_font is not None:
        fam = find_cjk_font()
        if fam:
            return fam
    from PySide6.QtGui import QFontDatabase

    for fam in QFontDatabase.families():
        if any(k in fam for k in ("CJK", "WenQuanYi", "Noto Sans SC", "Noto Sans TC", "Source Han")):
            return fam
    return None


def make_font(pixel_size: float, bold: bool = False) -> QFont:
    f = QFont()
    fam = cjk_family()
    if fam:
        # Latin first: a CJK font's ’ “ ” are full-width ("That’ s"); Chinese falls through to ``fam``
        try:
            from gui.fonts import find_latin_font
        except ImportError:  # pragma: no cover - gui.fonts is part of the viewer
            find_latin_font = None
        latin = find_latin_font() if find_latin_font is not None else None
        f.setFamilies([*([latin] if latin else []), fam, "Sans Serif"])
    f.setPixelSize(max(1, round(pixel_size)))
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    if hasattr(f, "setFeature"):
        # Noto CJK's 'locl' swaps the digits of a Latin run ("L3") for glyphs outside its cmap, which a
        # PDF's ToUnicode cannot name (pdftotext drops them); each CJK face already draws its own region
        f.setFeature(QFont.Tag("locl"), 0)
        # a Latin face's "fi" / "fl" ligatures come back from a PDF as one character (U+FB01): "Amap ﬁrst
        # turned a proﬁt" could not be searched for "first"
        f.setFeature(QFont.Tag("liga"), 0)
    return f


@dataclass
class LaneBox:
    """One lane band: its events (as arrays), their rows and glyph geometry, and its count markers."""

    name: str
    color: QColor
    top: float = 0.0
    height: float = 0.0
    n_rows: int = 0
    events: list[Event] = field(default_factory=list)
    x0: np.ndarray = field(default_factory=lambda: np.zeros(0))
    x1: np.ndarray = field(default_factory=lambda: np.zeros(0))
    label_x: np.ndarray = field(default_factory=lambda: np.zeros(0))
    labels: list[str] = field(default_factory=list)
    occ_start: np.ndarray = field(default_factory=lambda: np.zeros(0))
    occ_end: np.ndarray = field(default_factory=lambda: np.zeros(0))
    rows: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    clusters: list[Cluster] = field(default_factory=list)
    footnote_numbers: list[int] = field(default_factory=list)


@dataclass
class TextBlock:
    """A piece of (possibly wrapped) text placed at ``rect``."""

    rect: QRectF
    text: str
    font: QFont
    color: QColor
    wrap: bool = False


class TimelineImage:
    """A laid-out timeline image (see module docstring)."""

    def __init__(self, timeline: Timeline, options: ExportOptions) -> None:
        self.timeline = timeline
        self.options = options
        self.lang = options.lang or detect_lang(timeline)
        self.theme = THEME_COLORS[options.theme]
        self.width = float(options.width)
        self.left = MARGIN
        self.right = self.width - MARGIN
        self.f_title = make_font(30, bold=True)
        self.f_sub = make_font(15)
        self.f_legend = make_font(13)
        self.f_axis = make_font(12)
        self.f_lane = make_font(14, bold=True)
        self.f_label = make_font(LABEL_PX)
        self.f_badge = make_font(11, bold=True)
        self.f_note = make_font(12)
        self.f_head = make_font(15, bold=True)
        self.events = select_events(timeline, options)
        self.d0, self.d1 = day_range(self.events, options)
        self.tscale = time_scale_for(self.events, options, self.d0, self.d1)
        self.texts: list[TextBlock] = []
        self.legend: list[tuple[QRectF, QColor]] = []
        self.lanes: list[LaneBox] = []
        self.footnotes: list[Footnote] = []
        self._layout()

    # ------------------------------------------------------------------------------------ helpers
    @property
    def size(self) -> tuple[int, int]:
        return int(round(self.width)), int(round(self.height))

    def x_of(self, day: np.ndarray | float) -> np.ndarray | float:
        """The x of a day number: :meth:`gui.presentation.timescale.TimeScale.to_pos` across the plot."""
        return self.left + self.tscale.to_pos(day) * (self.right - self.left)

    def _wrapped_height(self, text: str, font: QFont, width: float) -> float:
        fm = QFontMetricsF(font)
        r = fm.boundingRect(QRectF(0, 0, width, 1e6), int(Qt.TextFlag.TextWordWrap), text)
        return r.height()

    # ------------------------------------------------------------------------------------- layout
    def _layout(self) -> None:
        o, lang = self.options, self.lang
        fg, muted = QColor(self.theme.foreground), QColor(self.theme.muted)
        y = MARGIN
        content_w = self.right - self.left

        title = o.title or self.timeline.title or tr("title", lang)
        h = self._wrapped_height(title, self.f_title, content_w)
        self.texts.append(TextBlock(QRectF(self.left, y, content_w, h), title, self.f_title, fg, True))
        y += h + 4
        smap = self.timeline.source_map()
        lane_of = [e.lane(o.lanes, smap) for e in self.events]
        present = set(lane_of)
        order = [k for k in lane_order(self.timeline, o.lanes) if k in present]
        period = f"{self._date_text(self.d0)} – {self._date_text(self.d1 - 1)}"
        sub = " · ".join([period, tr("events", lang, n=len(self.events)),
                          tr("lanes", lang, mode=tr(o.lanes, lang))])
        fm_sub = QFontMetricsF(self.f_sub)
        self.texts.append(TextBlock(QRectF(self.left, y, content_w, fm_sub.height()), sub, self.f_sub, muted))
        y += fm_sub.height() + 4
        if self.tscale.breaks or self.tscale.joints():
            note = tr("compact", lang)
            fm_note = QFontMetricsF(self.f_note)
            self.texts.append(TextBlock(QRectF(self.left, y, content_w, fm_note.height()), note, self.f_note, muted))
            y += fm_note.height() + 4
        y += 10

        # a lane has the colour it has in the viewer: by its place among all lanes of the timeline
        all_lanes = lane_order(self.timeline, o.lanes)
        colors = lane_colors(len(all_lanes), o.theme)
        index = {k: i for i, k in enumerate(all_lanes)}
        self.lanes = [LaneBox(name, QColor(colors[index[name]])) for name in order]
        y = self._layout_legend(y) + 12

        # time axis
        fm_axis = QFontMetricsF(self.f_axis)
        self.ticks = scale_ticks(self.tscale, content_w, lang, fm_axis.horizontalAdvance)
        self.axis_h = fm_axis.height() + 10
        self.axis_top = y
        y += self.axis_h
        self.plot_top = y

        by_lane: dict[str, list[Event]] = {}
        for e, k in zip(self.events, lane_of, strict=True):
            by_lane.setdefault(k, []).append(e)
        fm_label = QFontMetricsF(self.f_label)
        self.label_baseline = ROW_GLYPH + 1 + min(fm_label.ascent(), LABEL_PX * 1.0)
        self.row_h = self.label_baseline + fm_label.descent() + 3
        self.lane_head_h = QFontMetricsF(self.f_lane).height() + 7
        fm_badge = QFontMetricsF(self.f_badge)
        self.badge_h = fm_badge.height() + 2
        self.marker_row_h = self.badge_h + 9
        for lane in self.lanes:
            lane.events = by_lane.get(lane.name, [])
            self._measure_lane(lane, fm_label)
        self._assign_rows()
        self._cluster_lanes(fm_badge)
        for lane in self.lanes:
            lane.top = y
            lane.height = (self.lane_head_h + lane.n_rows * self.row_h
                           + (self.marker_row_h if lane.clusters else 0) + 6)
            y += lane.height
        if not self.lanes:
            h = QFontMetricsF(self.f_head).height() * 2
            self.texts.append(TextBlock(QRectF(self.left, y + h / 2, content_w, h), tr("none", lang),
                                        self.f_head, muted))
            y += h * 2
        self.plot_bottom = y
        y += self.axis_h + 18

        if self.footnotes:
            y = self._layout_footnotes(y)
        y = self._layout_sources(y)
        self.height = y + MARGIN

    def cut_points(self) -> list[float]:
        """Heights where a page can be cut cleanly: between lanes, below the bottom axis, above each
        footnote or source entry (for :func:`gui.render.layout.paginate`)."""
        cuts = [lane.top for lane in self.lanes] + [self.plot_bottom + self.axis_h + 18]
        cuts += [tb.rect.top() for tb in self.texts if tb.rect.top() > self.plot_bottom]
        return sorted(set(cuts))

    def drawn_text(self) -> str:
        """Every character the image draws (titles, labels, axis, lane heads, badges, footnotes)."""
        parts = [tb.text for tb in self.texts]
        parts += [t.label for t in self.ticks]
        for lane in self.lanes:
            parts.append(self.lane_label(lane.name))
            parts.extend(lane.labels)
            parts.append(f"  ({len(lane.events)}) [] +0123456789")
        parts.append("…")  # elided labels
        return "".join(parts)

    def fonts(self) -> list[QFont]:
        """The fonts the image draws with."""
        return [self.f_title, self.f_sub, self.f_legend, self.f_axis, self.f_lane, self.f_label, self.f_badge,
                self.f_note, self.f_head]

    def lane_label(self, name: str) -> str:
        """How a lane key is shown: the key itself, or "(no actor)" etc. as the viewer says it."""
        return lane_label(name, self.options.lanes, self.lang)

    def _date_text(self, day: float) -> str:
        from timeline.model import from_day_number

        return from_day_number(day).isoformat()

    def _layout_legend(self, y: float) -> float:
        fm = QFontMetricsF(self.f_legend)
        x = self.left
        line_h = fm.height() + 6
        sw = 12.0
        max_name = 260.0
        for lane in self.lanes:
            text = fm.elidedText(self.lane_label(lane.name), Qt.TextElideMode.ElideRight, max_name)
            w = sw + 6 + fm.horizontalAdvance(text) + 22
            if x + w > self.right and x > self.left:
                x, y = self.left, y + line_h
            self.legend.append((QRectF(x, y + (line_h - sw) / 2 - 2, sw, sw), lane.color))
            self.texts.append(TextBlock(QRectF(x + sw + 6, y, w - sw - 6, line_h), text, self.f_legend,
                                        QColor(self.theme.foreground)))
            x += w
        return y + (line_h if self.lanes else 0)

    def _assign_rows(self) -> None:
        """Pack every lane into at most ``options.max_rows`` label rows; when all lanes together would
        be taller than ``LANE_AREA`` times the width, lower a common cap on the rows of the busiest
        lanes (never below ``MIN_ROWS``) so sparse lanes keep all their labels."""
        cap = self.options.max_rows
        for lane in self.lanes:
            lane.rows = pack_rows(lane.occ_start, lane.occ_end, cap, LABEL_GAP)
        need = [int(lane.rows.max()) + 1 if len(lane.rows) else 0 for lane in self.lanes]
        full = [bool(len(lane.rows)) and bool((lane.rows < 0).any()) for lane in self.lanes]
        budget = max(LANE_AREA * self.width, 1600.0) - len(self.lanes) * (self.lane_head_h + 6)

        def height(c: int) -> float:
            return sum(min(n, c) * self.row_h + (self.marker_row_h if f or n > c else 0)
                       for n, f in zip(need, full, strict=True))

        c = cap
        while c > MIN_ROWS and height(c) > budget:
            c -= 1
        for lane, n in zip(self.lanes, need, strict=True):
            if n > c:
                lane.rows = pack_rows(lane.occ_start, lane.occ_end, c, LABEL_GAP)
            lane.n_rows = int(lane.rows.max()) + 1 if len(lane.rows) and lane.rows.max() >= 0 else 0

    def _measure_lane(self, lane: LaneBox, fm: QFontMetricsF) -> None:
        evs = lane.events
        n = len(evs)
        starts = np.fromiter((e.time.start_day for e in evs), dtype=np.float64, count=n)
        ends = np.fromiter((e.time.end_day for e in evs), dtype=np.float64, count=n)
        point = np.fromiter((e.time.is_point for e in evs), dtype=bool, count=n)
        x0 = np.clip(self.x_of(starts), self.left, self.right)
        x1 = np.clip(self.x_of(ends), self.left, self.right)
        # points sit at the middle of their day; tiny spans get a visible minimum width
        mid = np.clip(self.x_of(starts + 0.5), self.left, self.right)
        x0 = np.where(point, mid, x0)
        x1 = np.where(point, mid, np.maximum(x1, x0 + 3.0))
        max_w = self.options.max_label_width
        labels: list[str] = []
        widths = np.empty(n)
        for i, e in enumerate(evs):
            t = " ".join((e.title or e.time.value or e.id).split())
            w = fm.horizontalAdvance(t)
            if w > max_w:
                t = fm.elidedText(t, Qt.TextElideMode.ElideRight, max_w)
                w = fm.horizontalAdvance(t)
            labels.append(t)
            widths[i] = w
        # a label starts under its glyph; one that would run past the right edge ends under the glyph's end
        lx = np.where(point, x0 - POINT_R, x0)
        glyph_end = np.where(point, x0 + POINT_R, x1)
        lx = np.where(lx + widths > self.right, np.minimum(glyph_end, self.right) - widths, lx)
        lx = np.maximum(lx, self.left)
        occ_start = np.minimum(np.where(point, x0 - POINT_R, x0), lx)
        occ_end = np.maximum(np.where(point, x0 + POINT_R, x1), lx + widths)
        lane.x0, lane.x1, lane.label_x, lane.labels = x0, x1, lx, labels
        lane.occ_start, lane.occ_end = occ_start, occ_end

    def _cluster_lanes(self, fm_badge: QFontMetricsF) -> None:
        """Turn every lane's unplaced events into count markers and numbered footnotes.

        Markers are first as close as their badges allow; when that would give more than
        ``MAX_FOOTNOTES`` footnotes the markers are spread wider (each then stands for more events).
        """
        overflow = [np.nonzero(lane.rows < 0)[0].tolist() for lane in self.lanes]
        total = sum(len(o) for o in overflow)
        if not total:
            return
        sample = f"[{'8' * len(str(total))}] +{'8' * len(str(max(len(o) for o in overflow)))}"
        badge_w = fm_badge.horizontalAdvance(sample) + 12
        spacing = 0.0
        while True:
            clusters = [cluster_overflow(lane.x0, items, badge_w, self.right, spacing=spacing)
                        for lane, items in zip(self.lanes, overflow, strict=True)]
            if sum(len(c) for c in clusters) <= MAX_FOOTNOTES or spacing > self.width:
                break
            spacing = max(badge_w, spacing) * 1.5
        number = 1
        for lane, lane_clusters in zip(self.lanes, clusters, strict=True):
            evs = lane.events
            lane.clusters = lane_clusters
            for c in lane_clusters:
                c.members.sort(key=lambda i: (evs[i].time.start, evs[i].time.end))
                first = min(evs[i].time.start for i in c.members)
                last = max(evs[i].time.end for i in c.members)
                titles = [" ".join((evs[i].title or evs[i].time.value).split()) for i in c.members]
                if len({evs[i].time.value for i in c.members}) > 1:  # say when each one happened
                    titles = [f"{short_value(evs[i].time.value, first.year == last.year)} {t}"
                              for i, t in zip(c.members, titles, strict=True)]
                self.footnotes.append(Footnote(number, self.lane_label(lane.name), format_period(first, last),
                                               titles))
                lane.footnote_numbers.append(number)
                number += 1

    def _layout_columns(self, y: float, items: list[str], font: QFont, max_lines: int,
                        min_col: float) -> float:
        """Place ``items`` (wrapped to at most ``max_lines`` lines) in balanced columns from ``y``."""
        content_w = self.right - self.left
        fm = QFontMetricsF(font)
        ncols = 1 if len(items) <= 6 else max(1, int(content_w // min_col))
        gutter = 24.0
        col_w = (content_w - gutter * (ncols - 1)) / ncols
        fg = QColor(self.theme.foreground)
        heights = []
        texts = []
        line_h = fm.height()
        for it in items:
            if max_lines == 1:
                t = fm.elidedText(it, Qt.TextElideMode.ElideRight, col_w)
                h = line_h
            else:
                t = it
                if fm.horizontalAdvance(t) > col_w * max_lines * 0.92:
                    t = fm.elidedText(t, Qt.TextElideMode.ElideRight, col_w * max_lines * 0.92)
                h = self._wrapped_height(t, font, col_w) if fm.horizontalAdvance(t) > col_w else line_h
            texts.append(t)
            heights.append(h + 3)
        total = sum(heights)
        target = total / ncols
        col, cy, bottom = 0, y, y
        for t, h in zip(texts, heights, strict=True):
            if cy - y + h > target + 1 and cy > y and col < ncols - 1:
                col, cy = col + 1, y
            x = self.left + col * (col_w + gutter)
            self.texts.append(TextBlock(QRectF(x, cy, col_w, h), t, font, fg, max_lines > 1))
            cy += h
            bottom = max(bottom, cy)
        return bottom

    def _layout_footnotes(self, y: float) -> float:
        head_h = QFontMetricsF(self.f_head).height()
        self.texts.append(TextBlock(QRectF(self.left, y, self.right - self.left, head_h),
                                    tr("grouped", self.lang), self.f_head, QColor(self.theme.foreground)))
        y += head_h + 6
        show_lane = len(self.lanes) > 1
        max_lines = 1 if len(self.footnotes) > DENSE_FOOTNOTES else 4
        y = self._layout_columns(y, [f.text(show_lane) for f in self.footnotes], self.f_note, max_lines,
                                 FOOTNOTE_COL)
        return y + 18

    def _layout_sources(self, y: float) -> float:
        used: set[str] = set()
        for e in self.events:
            used.update(e.source_ids)
        sources = [s for s in self.timeline.sources if s.id in used] or list(self.timeline.sources)
        if not sources:
            return y
        self.footer_top = y
        y += 8
        head_h = QFontMetricsF(self.f_head).height()
        self.texts.append(TextBlock(QRectF(self.left, y, self.right - self.left, head_h),
                                    tr("sources", self.lang), self.f_head, QColor(self.theme.foreground)))
        y += head_h + 6
        items = []
        for i, s in enumerate(sources, 1):
            line = f"{i}. {s.title or s.id}"
            if s.outlet:
                line += f" — {s.outlet}"
            items.append(line)
        return self._layout_columns(y, items, self.f_note, 2, 720.0)

    # -------------------------------------------------------------------------------------- paint
    def paint(self, painter: QPainter, background: bool = True) -> None:
        """Draw the whole image in logical coordinates onto ``painter`` (``background=False`` when the
        device is already filled with ``theme.background``, as a QImage can be, much faster)."""
        th = self.theme
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if background:
            painter.fillRect(QRectF(0, 0, self.width, self.height), QColor(th.background))
        self._paint_bands(painter)
        self._paint_axis(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for lane in self.lanes:
            self._paint_lane(painter, lane)
        self._paint_legend(painter)
        self._paint_texts(painter)

    def _paint_texts(self, painter: QPainter) -> None:
        for tb in self.texts:
            painter.setFont(tb.font)
            painter.setPen(tb.color)
            if tb.wrap:
                painter.drawText(tb.rect, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
                                              | Qt.AlignmentFlag.AlignTop), tb.text)
            else:
                fm = QFontMetricsF(tb.font)
                painter.drawText(QPointF(tb.rect.left(), tb.rect.top() + (tb.rect.height() - fm.height()) / 2
                                         + fm.ascent()), tb.text)

    def _paint_legend(self, painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for rect, color in self.legend:
            painter.setBrush(color)
            painter.drawRoundedRect(rect, 3, 3)

    def _paint_bands(self, painter: QPainter) -> None:
        th = self.theme
        painter.setPen(Qt.PenStyle.NoPen)
        for i, lane in enumerate(self.lanes):
            band = th.band if i % 2 == 0 else th.band_alt
            if band != th.background:
                painter.setBrush(QColor(band))
                painter.drawRect(QRectF(0, lane.top, self.width, lane.height))
            painter.setBrush(lane.color)
            painter.drawRect(QRectF(0, lane.top, 6, lane.height))

    def _paint_axis(self, painter: QPainter) -> None:
        th = self.theme
        grid = QColor(th.grid)
        minor = QColor(th.grid)
        minor.setAlpha(110)
        top, bottom = self.plot_top, self.plot_bottom
        major_lines, minor_lines = [], []
        for t in self.ticks:
            x = float(self.x_of(t.day))
            if not self.left - 0.5 <= x <= self.right + 0.5:
                continue
            (major_lines if t.major else minor_lines).append(QLineF(x, top - 4, x, bottom + 4))
        painter.setPen(QPen(minor, 0.6))
        painter.drawLines(minor_lines)
        painter.setPen(QPen(grid, 1.0))
        painter.drawLines(major_lines)
        # the axis lines run along the segments; each break is a gap with "//" marks and a tinted band
        span = self.right - self.left
        gaps = [(self.left + g[2] * span, self.left + g[3] * span) for g in self.tscale.gaps()]
        edges = [self.left, *[x for g in gaps for x in g], self.right]
        for y in (top, bottom):
            for a, b in zip(edges[::2], edges[1::2], strict=True):
                painter.drawLine(QLineF(a, y, b, y))
        if gaps:
            band = QColor(th.muted)
            band.setAlpha(28)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(band)
            for a, b in gaps:
                painter.drawRect(QRectF(a + 2, top, b - a - 4, bottom - top))
            painter.setPen(QPen(QColor(th.muted), 1.4))
            for a, b in gaps:
                for y in (top, bottom):
                    for x in (a + 1, b - 5):
                        painter.drawLine(QLineF(x, y + 5, x + 4, y - 5))
        joint_pen = QPen(QColor(th.muted), 1.0, Qt.PenStyle.DashLine)
        painter.setPen(joint_pen)
        for day, _ in self.tscale.joints():
            x = float(self.x_of(day))
            painter.drawLine(QLineF(x, top - 6, x, bottom + 6))
        painter.setFont(self.f_axis)
        painter.setPen(QColor(th.muted))
        fm = QFontMetricsF(self.f_axis)
        for t in self._labelled_ticks(fm):
            x = float(self.x_of(t.day))
            painter.drawText(QPointF(x + 4, self.axis_top + fm.ascent() + 2), t.label)
            painter.drawText(QPointF(x + 4, bottom + 6 + fm.ascent()), t.label)

    def _labelled_ticks(self, fm: QFontMetricsF) -> list[Tick]:
        """Major ticks whose label fits before the right margin (the last one may not)."""
        out = []
        for t in self.ticks:
            if not t.major or not t.label:
                continue
            x = float(self.x_of(t.day))
            if self.left - 0.5 <= x and x + 4 + fm.horizontalAdvance(t.label) <= self.width - 4:
                out.append(t)
        return out

    def _paint_lane(self, painter: QPainter, lane: LaneBox) -> None:
        th = self.theme
        fg = QColor(th.foreground)
        fm_lane = QFontMetricsF(self.f_lane)
        painter.setFont(self.f_lane)
        painter.setPen(fg)
        head = fm_lane.elidedText(self.lane_label(lane.name), Qt.TextElideMode.ElideRight,
                                  self.right - self.left - 80)
        painter.drawText(QPointF(self.left, lane.top + 4 + fm_lane.ascent()), head)
        painter.setPen(QColor(th.muted))
        painter.setFont(self.f_axis)
        count = f"  ({len(lane.events)})"
        painter.drawText(QPointF(self.left + fm_lane.horizontalAdvance(head), lane.top + 4 + fm_lane.ascent()),
                         count)
        rows_top = lane.top + self.lane_head_h
        color = lane.color
        soft = QColor(color)
        soft.setAlpha(90)
        placed = lane.rows >= 0
        # glyphs
        painter.setPen(Qt.PenStyle.NoPen)
        for i in np.nonzero(placed)[0].tolist():
            e = lane.events[i]
            ry = rows_top + int(lane.rows[i]) * self.row_h
            cy = ry + ROW_GLYPH / 2
            x0, x1 = float(lane.x0[i]), float(lane.x1[i])
            if e.time.is_point:
                if e.time.approximate:
                    painter.setPen(QPen(color, 1.6))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawEllipse(QPointF(x0, cy), POINT_R - 0.8, POINT_R - 0.8)
                    painter.setPen(Qt.PenStyle.NoPen)
                else:
                    painter.setBrush(color)
                    painter.drawEllipse(QPointF(x0, cy), POINT_R, POINT_R)
            else:
                rect = QRectF(x0, cy - BAR_H / 2, max(x1 - x0, 3.0), BAR_H)
                painter.setBrush(self._span_brush(e, rect, color))
                painter.drawRoundedRect(rect, 2, 2)
                # a span that goes on beyond the drawn range gets an arrow head at that edge
                if e.time.start_day < self.d0:
                    painter.setBrush(color)
                    painter.drawPolygon(QPolygonF([QPointF(x0 - 6, cy), QPointF(x0, cy - BAR_H / 2 - 2),
                                                   QPointF(x0, cy + BAR_H / 2 + 2)]))
                if e.time.end_day > self.d1:
                    painter.setBrush(color)
                    painter.drawPolygon(QPolygonF([QPointF(x1 + 6, cy), QPointF(x1, cy - BAR_H / 2 - 2),
                                                   QPointF(x1, cy + BAR_H / 2 + 2)]))
        # labels
        painter.setFont(self.f_label)
        painter.setPen(fg)
        for i in np.nonzero(placed)[0].tolist():
            ry = rows_top + int(lane.rows[i]) * self.row_h
            painter.drawText(QPointF(float(lane.label_x[i]), ry + self.label_baseline), lane.labels[i])
        # count markers
        if lane.clusters:
            my = rows_top + lane.n_rows * self.row_h + 2
            painter.setPen(QPen(color, 1.2))
            rug = [QLineF(float(lane.x0[i]), my, float(lane.x0[i]), my + 5)
                   for c in lane.clusters for i in c.members]
            painter.drawLines(rug)
            fm_b = QFontMetricsF(self.f_badge)
            painter.setFont(self.f_badge)
            for c, num in zip(lane.clusters, lane.footnote_numbers, strict=True):
                rect = QRectF(c.x, my + 7, c.width, self.badge_h)
                painter.setPen(QPen(color, 1.0))
                painter.setBrush(soft)
                painter.drawRoundedRect(rect, self.badge_h / 2, self.badge_h / 2)
                painter.setPen(fg)
                painter.drawText(QPointF(c.x + 6, rect.top() + (self.badge_h - fm_b.height()) / 2 + fm_b.ascent()),
                                 f"[{num}] +{len(c.members)}")

    def _span_brush(self, e: Event, rect: QRectF, color: QColor) -> QBrush:
        """Solid for exact spans; a gradient fading out at the uncertain end(s) for approximate ones."""
        if not e.time.approximate or rect.width() < 6:
            return QBrush(color)
        clear = QColor(color)
        clear.setAlpha(25)
        g = QLinearGradient(rect.left(), 0, rect.right(), 0)
        fuzz = min(0.35, 40.0 / rect.width())
        mod = e.time.mod
        g.setColorAt(0.0, clear if mod != "AFTER" else color)
        g.setColorAt(fuzz, color)
        g.setColorAt(1 - fuzz, color)
        g.setColorAt(1.0, clear if mod != "BEFORE" else color)
        return QBrush(g)
