"""Axes of the canvas: an adaptive calendar axis on the day-number scale, and the lane-name axis.

Contract: :class:`DateAxis` ticks decades, years, months or days depending on how many pixels a unit
gets, labelled ``2026年2月`` in Chinese and ``Feb 2026`` in English (:func:`gui.i18n.language`).
Tick positions are :func:`timeline.model.day_number` values, so dates before 1970 work.
:class:`LaneAxis` names the lanes and, when they do not all fit (they scroll), draws a thin scroll
indicator at its left edge (:meth:`LaneAxis.set_scroll`); :class:`LaneScrollHint` sits under it and says
"▲ N  ▼ M more lanes". The pure functions :func:`choose_unit`, :func:`tick_days` and :func:`tick_label` are what the axis and the image
exporter share.
"""

from __future__ import annotations

import datetime as dt

import pyqtgraph as pg

from gui.i18n import language
from timeline.model import day_number, from_day_number

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# (unit name, step, approximate length in days)
UNITS: tuple[tuple[str, int, float], ...] = (
    ("day", 1, 1), ("day", 2, 2), ("day", 7, 7), ("day", 14, 14), ("month", 1, 30.4), ("month", 3, 91),
    ("month", 6, 182), ("year", 1, 365.25), ("year", 2, 730.5), ("year", 5, 1826), ("year", 10, 3652),
    ("year", 20, 7305), ("year", 50, 18262), ("year", 100, 36525), ("year", 500, 182625),
    ("year", 1000, 365250),
)


def choose_unit(days_per_px: float, min_px: float) -> tuple[str, int]:
    """The finest unit whose ticks are at least ``min_px`` apart."""
    for name, step, days in UNITS:
        if days / days_per_px >= min_px:
            return name, step
    return "year", 1000


def _clamp_year(y: int) -> int:
    return min(max(y, 1), 9999)


def tick_days(x0: float, x1: float, unit: str, step: int) -> list[float]:
    """Day numbers of the ticks of ``unit``/``step`` inside ``[x0, x1]``."""
    a, b = from_day_number(max(x0, -719162)), from_day_number(min(x1, 2932896))
    out: list[float] = []
    if unit == "year":
        y = (a.year // step) * step
        while y <= b.year and len(out) < 2000:
            if 1 <= y <= 9999:
                out.append(float(day_number(dt.date(y, 1, 1))))
            y += step
    elif unit == "month":
        y, m = a.year, ((a.month - 1) // step) * step + 1
        while (y, m) <= (b.year, b.month) and len(out) < 2000:
            out.append(float(day_number(dt.date(y, m, 1))))
            m += step
            if m > 12:
                y, m = y + 1, m - 12
            if y > 9999:
                break
    else:
        if step == 7:
            d = a - dt.timedelta(days=a.weekday())  # Mondays
        elif step == 14:
            d = a - dt.timedelta(days=a.weekday() + 7 * (a.isocalendar()[1] % 2))
        else:
            d = dt.date.fromordinal(a.toordinal() - a.toordinal() % step) if step > 1 else a
        n = day_number(d)
        while n <= x1 + 1 and len(out) < 2000:
            out.append(float(n))
            n += step
    return [v for v in out if x0 - 1 <= v <= x1 + 1]


def tick_label(day: float, unit: str, step: int, lang: str | None = None) -> str:
    """The label of a tick: ``2020年代``/``2020s``, ``2026年``/``2026``, ``2026年2月``/``Feb 2026``,
    ``2月5日``/``5 Feb`` (with the year on 1 January)."""
    lang = lang or language()
    d = from_day_number(day)
    if unit == "year":
        if step >= 10 and d.year % 10 == 0:
            return f"{d.year}年代" if lang == "zh" else f"{d.year}s"
        return f"{d.year}年" if lang == "zh" else f"{d.year}"
    if unit == "month":
        if lang == "zh":
            return f"{d.year}年{d.month}月"
        return f"{MONTHS_EN[d.month - 1]} {d.year}"
    if lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日" if (d.month, d.day) == (1, 1) else f"{d.month}月{d.day}日"
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}" if (d.month, d.day) == (1, 1) else f"{d.day} {MONTHS_EN[d.month - 1]}"


class DateAxis(pg.AxisItem):
    """Bottom axis on the day-number scale with calendar ticks (see module docstring)."""

    def __init__(self, orientation: str = "bottom", min_label_px: float = 90.0, **kw) -> None:
        super().__init__(orientation, **kw)
        self.min_label_px = min_label_px
        self._unit = ("year", 1)
        self.enableAutoSIPrefix(False)

    xmap = None          # gui.presentation.timescale.AxisMap when the plot x is a compact scale
    _labels: dict[float, str] = {}

    def set_xmap(self, xmap) -> None:
        """Use the compact scale ``xmap`` (``None``: x is the day number)."""
        self.xmap = xmap
        self.picture = None
        self.update()

    def _compact_ticks(self, lo: float, hi: float, size: float):
        from PySide6.QtGui import QFontMetricsF

        from gui.render.layout import scale_ticks

        d0, d1 = float(self.xmap.day(lo)), float(self.xmap.day(hi))
        if d1 <= d0:
            return []
        fm = QFontMetricsF(self.style.get("tickFont") or self.font())
        ticks = scale_ticks(self.xmap.scale.zoomed(d0, d1), size, language(), fm.horizontalAdvance, min_gap=18)
        major = [(float(self.xmap.x(t.day)), t.label) for t in ticks if t.major and t.label]
        minor = [float(self.xmap.x(t.day)) for t in ticks if not (t.major and t.label)]
        self._labels = dict(major)
        return [(1.0, [x for x, _ in major]), (0.5, minor)]

    def tickValues(self, minVal, maxVal, size):  # noqa: N802,N803 (pyqtgraph API)
        minVal, maxVal = min(minVal, maxVal), max(minVal, maxVal)
        if size <= 0 or maxVal <= minVal:
            return []
        if self.xmap is not None:
            return self._compact_ticks(minVal, maxVal, size)
        dpp = (maxVal - minVal) / size
        lang_px = self.min_label_px * (1.0 if language() == "zh" else 0.9)
        unit, step = choose_unit(dpp, lang_px)
        self._unit = (unit, step)
        major = tick_days(minVal, maxVal, unit, step)
        # minor ticks: the next finer unit when it is at least 12 px apart
        minor: list[float] = []
        i = next(k for k, u in enumerate(UNITS) if u[:2] == (unit, step))
        if i > 0:
            fu, fs, fd = UNITS[i - 1]
            if fd / dpp >= 12:
                ms = set(major)
                minor = [v for v in tick_days(minVal, maxVal, fu, fs) if v not in ms]
        return [(float(step), major), (0.5, minor)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        if self.xmap is not None:
            return [self._labels.get(v, "") if spacing >= 1 else "" for v in values]
        if spacing < 1 and spacing != float(self._unit[1]):
            return ["" for _ in values]
        unit, step = self._unit
        return [tick_label(v, unit, step) for v in values]

    def refresh(self) -> None:
        """Redraw after a language change."""
        self.picture = None
        self.update()


class LaneAxis(pg.AxisItem):
    """Left axis that names the lanes at integer positions (lane 0 at the top)."""

    def __init__(self, width_px: int = 150, **kw) -> None:
        super().__init__("left", **kw)
        self.names: list[str] = []
        self.setWidth(width_px)
        self.enableAutoSIPrefix(False)

    def set_names(self, names: list[str]) -> None:
        self.names = list(names)
        self.picture = None
        self.update()

    scroll: tuple[int, int, int] = (0, 0, 0)   # (first shown lane, lanes shown, lanes in all)
    indicator_color = None

    def set_scroll(self, top: int, shown: int, total: int) -> None:
        """Which lanes are shown; draws a scroll indicator when ``shown < total``."""
        if (top, shown, total) != self.scroll:
            self.scroll = (top, shown, total)
            self.picture = None
            self.update()

    def drawPicture(self, p, axisSpec, tickSpecs, textSpecs):  # noqa: N802, N803 (pyqtgraph API)
        super().drawPicture(p, axisSpec, tickSpecs, textSpecs)
        top, shown, total = self.scroll
        if total <= 0 or shown >= total:
            return
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QColor

        r = self.geometry()
        h = r.height() - 4
        color = QColor(self.indicator_color or self.pen().color())
        track = QColor(color)
        track.setAlphaF(0.25)
        thumb = QColor(color)
        thumb.setAlphaF(0.8)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(track)
        p.drawRoundedRect(QRectF(2, 2, 4, h), 2, 2)
        p.setBrush(thumb)
        p.drawRoundedRect(QRectF(2, 2 + h * top / total, 4, max(6.0, h * shown / total)), 2, 2)

    def tickValues(self, minVal, maxVal, size):  # noqa: N802,N803
        minVal, maxVal = min(minVal, maxVal), max(minVal, maxVal)  # the lane axis is inverted
        lo, hi = max(0, int(minVal) - 1), min(len(self.names) - 1, int(maxVal) + 1)
        return [(1.0, [float(i) for i in range(lo, hi + 1)])]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        from PySide6.QtGui import QFontMetrics

        fm = QFontMetrics(self.style.get("tickFont") or self.font())
        w = max(20, self.width() - 16)
        out = []
        for v in values:
            i = int(round(v))
            name = self.names[i] if 0 <= i < len(self.names) else ""
            out.append(fm.elidedText(name, _elide_right(), w))
        return out


class LaneScrollHint(pg.GraphicsWidget):
    """Plain text under the lane axis: "▲ N  ▼ M more lanes" while lanes are scrolled out of view."""

    def __init__(self) -> None:
        super().__init__()
        self.above = 0
        self.below = 0
        self.color = None
        self.font = None
        self.setMinimumHeight(0)
        self.setPreferredHeight(0)     # never makes the date-axis row taller
        self.setMinimumWidth(0)
        self.setPreferredWidth(0)

    def set_counts(self, above: int, below: int) -> None:
        if (above, below) != (self.above, self.below):
            self.above, self.below = above, below
            self.update()

    def text(self) -> str:
        from gui.i18n import tr

        parts = ([f"▲ {self.above}"] if self.above else []) + ([f"▼ {self.below}"] if self.below else [])
        return f"{'  '.join(parts)} {tr('more lanes')}" if parts else ""

    def paint(self, p, opt, widget=None) -> None:
        t = self.text()
        if not t:
            return
        from PySide6.QtCore import Qt

        if self.font is not None:
            p.setFont(self.font)
        if self.color is not None:
            p.setPen(self.color)
        r = self.rect().adjusted(4, 0, -6, 0)
        p.drawText(r, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), t)


def _elide_right():
    from PySide6.QtCore import Qt

    return Qt.TextElideMode.ElideRight


class CachedAxisMixin:
    """Blit the axis from a pixmap instead of replaying its ``QPicture`` on every repaint.

    For axes whose range rarely changes (lane names, the overview): pyqtgraph drops ``self.picture``
    whenever the axis must be redrawn, which also drops the pixmap here."""

    _pm = None
    _pm_key = None

    def paint(self, p, opt, widget=None):  # noqa: D401 - Qt API
        from PySide6.QtCore import QPointF, Qt
        from PySide6.QtGui import QPainter, QPixmap

        t = p.transform()
        if t.isScaling() or t.isRotating() or getattr(self, "grid", False):
            return super().paint(p, opt, widget)
        dev = p.device()
        dpr = dev.devicePixelRatioF() if dev is not None else 1.0
        rect = self.boundingRect()
        key = (id(self.picture), rect.width(), rect.height(), dpr)
        if self.picture is None or self._pm is None or self._pm_key != key:
            pm = QPixmap(max(1, int(rect.width() * dpr + 1)), max(1, int(rect.height() * dpr + 1)))
            pm.setDevicePixelRatio(dpr)
            pm.fill(Qt.GlobalColor.transparent)
            q = QPainter(pm)
            q.translate(-rect.left(), -rect.top())
            super().paint(q, opt, widget)
            q.end()
            self._pm = pm
            self._pm_key = (id(self.picture), rect.width(), rect.height(), dpr)
        p.drawPixmap(QPointF(rect.left(), rect.top()), self._pm)


class CachedDateAxis(CachedAxisMixin, DateAxis):
    """A :class:`DateAxis` drawn from a cached pixmap (for the overview strip)."""


class CachedLaneAxis(CachedAxisMixin, LaneAxis):
    """A :class:`LaneAxis` drawn from a cached pixmap."""
