"""Axes of the canvas: an adaptive calendar axis on the day-number scale, and the lane-name axis.

Contract: :class:`DateAxis` ticks decades, years, months or days depending on how many pixels a unit
gets, labelled ``2026年2月`` in Chinese and ``Feb 2026`` in English (:func:`gui.i18n.language`), with the
tick engine the image exporter uses (:mod:`gui.presentation.ticks`), on a linear or compact scale.
Tick positions are :func:`timeline.model.day_number` values (or, on a compact scale, their plot x), so
dates before 1970 work.
:class:`LaneAxis` names the lanes and, when they do not all fit (they scroll), draws a thin scroll
indicator at its left edge (:meth:`LaneAxis.set_scroll`); :class:`LaneScrollHint` sits under it and says
"▲ N  ▼ M more lanes".
"""

from __future__ import annotations

import pyqtgraph as pg

from gui.i18n import language
from gui.presentation.ticks import Tick, scale_ticks
from gui.presentation.timescale import linear_scale


class DateAxis(pg.AxisItem):
    """Bottom axis on the day-number scale with calendar ticks (see module docstring)."""

    def __init__(self, orientation: str = "bottom", min_label_px: float = 90.0, **kw) -> None:
        super().__init__(orientation, **kw)
        self.min_label_px = min_label_px
        self.enableAutoSIPrefix(False)

    xmap = None          # gui.presentation.timescale.AxisMap when the plot x is a compact scale
    _labels: dict[float, str] = {}

    def set_xmap(self, xmap) -> None:
        """Use the compact scale ``xmap`` (``None``: x is the day number)."""
        self.xmap = xmap
        self.picture = None
        self.update()

    def ticks_for(self, lo: float, hi: float, size: float) -> list[Tick]:
        """The shared engine's ticks (:func:`gui.presentation.ticks.scale_ticks`) for plot x ``[lo, hi]``
        drawn ``size`` px wide; their ``day`` is a day number."""
        from PySide6.QtGui import QFontMetricsF

        if self.xmap is None:
            scale = linear_scale(lo, hi)
        else:
            d0, d1 = float(self.xmap.day(lo)), float(self.xmap.day(hi))
            if d1 <= d0:
                return []
            scale = self.xmap.scale.zoomed(d0, d1)
        fm = QFontMetricsF(self.style.get("tickFont") or self.font())
        min_px = self.min_label_px * (1.0 if language() == "zh" else 0.9)
        return scale_ticks(scale, size, language(), fm.horizontalAdvance, min_gap=18, min_spacing=min_px)

    def tickValues(self, minVal, maxVal, size):  # noqa: N802,N803 (pyqtgraph API)
        minVal, maxVal = min(minVal, maxVal), max(minVal, maxVal)
        if size <= 0 or maxVal <= minVal:
            return []
        ticks = self.ticks_for(minVal, maxVal, size)
        to_x = (lambda d: float(d)) if self.xmap is None else (lambda d: float(self.xmap.x(d)))
        major = [(to_x(t.day), t.label) for t in ticks if t.major and t.label]
        minor = [to_x(t.day) for t in ticks if not (t.major and t.label)]
        self._labels = dict(major)
        return [(1.0, [x for x, _ in major]), (0.5, minor)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        return [self._labels.get(v, "") if spacing >= 1 else "" for v in values]

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

    pyqtgraph drops ``self.picture`` whenever the axis must be redrawn (its range, size or style
    changed), which also drops the pixmap here. Replaying the picture costs milliseconds (its text is
    laid out again on each replay); the blit costs a fraction of one. The pixmap is aligned to the
    device pixel grid (the fractional part of the item's position is drawn into it), so lines and text
    land on the same pixels as when the picture is replayed directly.

    ``cache_on_repeat``: for an axis whose picture changes on most repaints (the date axis during a pan
    or zoom), a new picture is replayed directly the first time and cached only when the same picture
    is painted again (selection steps, hover, a lane scroll: the range did not change), so a pan or
    zoom step pays nothing for the cache."""

    _pm = None
    _pm_key = None
    _pm_picture = None        # the picture the pixmap was drawn from (compared by identity)
    _seen_picture = None      # cache_on_repeat: the picture last replayed directly
    cache_on_repeat = False

    def paint(self, p, opt, widget=None):  # noqa: D401 - Qt API
        import math

        from PySide6.QtCore import QPointF, Qt
        from PySide6.QtGui import QPainter, QPixmap

        t = p.transform()
        if t.isScaling() or t.isRotating():
            return super().paint(p, opt, widget)
        if self.cache_on_repeat and (self.picture is None or self.picture is not self._seen_picture):
            super().paint(p, opt, widget)     # builds self.picture and replays it
            self._seen_picture = self.picture
            return None
        dev = p.device()
        dpr = dev.devicePixelRatioF() if dev is not None else 1.0
        rect = self.boundingRect()
        fx = t.dx() + rect.left()
        fy = t.dy() + rect.top()
        fx, fy = round(fx - math.floor(fx), 3), round(fy - math.floor(fy), 3)
        key = (rect.width(), rect.height(), dpr, fx, fy)
        if self.picture is None or self._pm is None or self._pm_key != key or self._pm_picture is not self.picture:
            pm = QPixmap(max(1, int(rect.width() * dpr + 2)), max(1, int(rect.height() * dpr + 2)))
            pm.setDevicePixelRatio(dpr)
            pm.fill(Qt.GlobalColor.transparent)
            q = QPainter(pm)
            q.setRenderHints(p.renderHints())
            q.translate(fx - rect.left(), fy - rect.top())
            super().paint(q, opt, widget)     # builds self.picture when it was dropped
            q.end()
            self._pm, self._pm_key, self._pm_picture = pm, key, self.picture
        p.drawPixmap(QPointF(rect.left() - fx, rect.top() - fy), self._pm)
        return None


class CachedDateAxis(CachedAxisMixin, DateAxis):
    """A :class:`DateAxis` drawn from a cached pixmap (the overview strip; the main axis with
    ``cache_on_repeat``)."""


class CachedLaneAxis(CachedAxisMixin, LaneAxis):
    """A :class:`LaneAxis` drawn from a cached pixmap."""
