"""Image export of a timeline: PNG, SVG and PDF, from the command line and from the viewer.

Contract
--------
``render_image(timeline, out_path, fmt, options) -> Path``
    Lay the timeline out once (:class:`gui.render.painter.TimelineImage`) and paint it onto a QImage
    (PNG, ``width*scale`` pixels wide), a QSvgGenerator (SVG, text kept as ``<text>``) or a QPdfWriter
    (PDF, vector, fonts embedded). The file is replaced atomically through :mod:`timeline.io.atomic`;
    on a write failure the old file stays and a ``FormatError`` names the file.
``export_image_cli(timeline, out_path, fmt, date_from=, date_to=, width=, pixel_ratio=, lanes=, theme=, title=,
time_scale=)``
    What ``timeline export ... -o OUT.png|svg|pdf`` calls; dates are ``YYYY``/``YYYY-MM``/``YYYY-MM-DD``
    strings. Creates an offscreen application when none exists. Bad options raise
    :class:`timeline.io.FormatError` (printed as one line by the CLI).
``ExportDialog(parent, timeline, view_range, lane_mode, theme, time_scale)``
    The viewer's File > Export Image... dialog; it renders with the same :func:`render_image`.
"""

from __future__ import annotations

import math
import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import translate
from gui.plaintext import literal_html
from gui.presentation.labels import lane_label
from gui.render.layout import DEFAULT_WIDTH, PRESETS, ExportOptions, lane_order, paginate, parse_bound
from gui.render.painter import TimelineImage
from gui.render.png import write_png
from timeline.io import FormatError
from timeline.io.atomic import atomic_open, atomic_write_bytes
from timeline.io.outpath import SVG_DESC, guard_output
from timeline.io.xmlsafe import xml_bytes, xml_text
from timeline.model import Timeline, from_day_number, is_drawn

IMAGE_EXTENSIONS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}

def _t(text: str) -> str:
    """Dialog text in the viewer's interface language (the one table, :mod:`gui.i18n`)."""
    return translate(text)


def _lane_label(key: str, mode: str) -> str:
    """A lane's name as the viewer shows it ("(no actor)" for events without one)."""
    return lane_label(key, mode)


MAX_PIXELS = 400_000_000  # ~1.6 GB of ARGB32; above this a PNG is refused (SVG/PDF still work)


def ensure_app() -> QApplication:
    """The running Qt application, or a new one (offscreen when there is no display)."""
    app = QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") \
                and sys.platform.startswith("linux"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([sys.argv[0] if sys.argv else "timeline"])
    return app  # type: ignore[return-value]


def _paint_png(img: TimelineImage, path: Path, scale: float) -> None:
    w, h = img.size
    pw, ph = max(1, round(w * scale)), max(1, round(h * scale))
    if pw * ph > MAX_PIXELS:
        raise FormatError(f"{path}: a {pw}x{ph} PNG is too large; narrow the date range, lower --pixel-ratio, "
                          "or export SVG/PDF")
    image = QImage(pw, ph, QImage.Format.Format_RGB32)
    if image.isNull():
        raise FormatError(f"{path}: cannot allocate a {pw}x{ph} image")
    image.fill(QColor(img.theme.background))
    painter = QPainter(image)
    painter.scale(scale, scale)
    img.paint(painter, background=False)
    painter.end()
    with atomic_open(path, "wb") as f:  # rows stream into the temporary file; bounded extra memory
        write_png(image, f, 96.0 * scale)


def _memory_device():
    from PySide6.QtCore import QBuffer, QIODevice

    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    return buf


def svg_bytes(img: TimelineImage, scale: float, title: str) -> bytes:
    """The SVG document for ``img``: sized in pixels, and only characters XML allows (:mod:`timeline.io.xmlsafe`)."""
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtSvg import QSvgGenerator

    w, h = img.size
    buf = _memory_device()
    gen = QSvgGenerator()
    gen.setOutputDevice(buf)
    gen.setSize(QSize(round(w * scale), round(h * scale)))
    gen.setViewBox(QRect(0, 0, w, h))
    gen.setResolution(96)
    gen.setTitle(xml_text(title))
    gen.setDescription(SVG_DESC)
    painter = QPainter()
    if not painter.begin(gen):
        raise FormatError("could not render the SVG image")
    img.paint(painter)
    painter.end()
    data = bytes(buf.data())
    # Qt states the size in mm (at 96 dpi), which other renderers read at 90 dpi; say pixels instead
    size = f'<svg width="{round(w * scale)}" height="{round(h * scale)}"'.encode()
    data = re.sub(rb'<svg width="[^"]*" height="[^"]*"', size, data[:2048], count=1) + data[2048:]
    return xml_bytes(data)


_PAGE_IDS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def pdf_bytes(img: TimelineImage, title: str, page: str | None = None) -> bytes:
    """The PDF document for ``img``: vector, one page the size of the image, or with ``page`` (``a4``,
    ``letter``) landscape pages of that size, the image cut between lanes (:func:`paginate`)."""
    w, h = img.size
    buf = _memory_device()
    writer = QPdfWriter(buf)
    writer.setTitle(title)
    writer.setCreator("newstimeline")
    slices = [(0.0, float(h))]
    zoom = 1.0
    if page is not None:
        preset = PRESETS[page]
        pw, ph = preset.page_mm or (297.0, 210.0)
        m = preset.margin_mm
        writer.setResolution(96)
        writer.setPageSize(QPageSize(_PAGE_IDS[page]))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setPageMargins(QMarginsF(m, m, m, m), QPageLayout.Unit.Millimeter)
        content_w, content_h = (pw - 2 * m) / 25.4 * 96, (ph - 2 * m) / 25.4 * 96
        zoom = min(1.0, content_w / w)
        head = img.plot_top - img.axis_top  # the time axis, repeated on top of every later page
        slices = paginate(h, content_h / zoom - head, img.cut_points())
    else:
        # 96 logical pixels per inch, or more for very tall images: PDF readers limit pages to 200 inches
        dpi = max(96, math.ceil(max(w, h) / 200))
        writer.setResolution(dpi)
        writer.setPageMargins(QMarginsF(0, 0, 0, 0))
        writer.setPageSize(QPageSize(QSizeF(w * 72 / dpi, h * 72 / dpi), QPageSize.Unit.Point, "timeline",
                                     QPageSize.SizeMatchPolicy.ExactMatch))
    painter = QPainter()
    if not painter.begin(writer):
        raise FormatError("could not render the PDF document")
    for i, (y0, y1) in enumerate(slices):
        top = 0.0
        if i:
            writer.newPage()
            if y0 >= img.plot_top and y0 < img.plot_bottom:
                painter.save()
                painter.scale(zoom, zoom)
                painter.translate(0, -img.axis_top)
                painter.setClipRect(QRectF(0, img.axis_top, w, head))
                img.paint(painter)
                painter.restore()
                top = head
        painter.save()
        painter.scale(zoom, zoom)
        painter.translate(0, top - y0)
        painter.setClipRect(QRectF(0, y0, w, y1 - y0))
        img.paint(painter)
        painter.restore()
    painter.end()
    del writer
    data = bytes(buf.data())
    # Qt names a glyph by the first code point that reaches it (⼈ U+2F08 for 人): see gui.render.pdftext
    from gui.render.pdftext import glyph_twins, repair_to_unicode

    return repair_to_unicode(data, glyph_twins(_distinct_fonts(img.fonts()), img.drawn_text()))


def _distinct_fonts(fonts: list) -> list:
    """One font per (family, bold), every family of a fallback list on its own (Latin first, then CJK:
    each is embedded and has its own ToUnicode table); the glyph tables do not depend on the size."""
    from PySide6.QtGui import QFont

    seen: dict[tuple[str, bool], object] = {}
    for f in fonts:
        for fam in (f.families() or [f.family()]):
            one = QFont(f)
            one.setFamilies([fam])
            seen.setdefault((fam, f.bold()), one)
    return list(seen.values())


def render_image(timeline: Timeline, out_path: str | Path, fmt: str | None, options: ExportOptions,
                 inputs: Iterable[str | Path] = (), force: bool = False) -> Path:
    """Write ``timeline`` as an image (see module docstring); returns the path written.

    The output goes through :func:`timeline.io.outpath.guard_output` first (never an input or a source file
    of ``timeline``, never a device; an existing image this program did not write only with ``force``).
    The file is replaced only through :mod:`timeline.io.atomic` (temporary file, every byte checked,
    ``fsync``, rename): on any failure (disk full, a file size limit) the old file stays as it was and
    :class:`~timeline.io.FormatError` names the file.
    """
    ensure_app()
    out = Path(out_path)
    fmt = (fmt or IMAGE_EXTENSIONS.get(out.suffix.lower(), "")).lower()
    if fmt not in ("png", "svg", "pdf"):
        raise FormatError(f"{out}: unknown image format {fmt!r} (png, svg or pdf)")
    out = guard_output(out, fmt, inputs, force, timeline)
    img = TimelineImage(timeline, options)
    title = options.title or timeline.title or "timeline"
    try:
        if fmt == "png":
            _paint_png(img, out, options.scale)
            return out
        data = svg_bytes(img, options.scale, title) if fmt == "svg" else pdf_bytes(img, title, options.page)
        if not data:
            raise FormatError(f"{out}: nothing was rendered")
        atomic_write_bytes(out, data)
    except FormatError as exc:
        msg = str(exc)
        raise FormatError(msg if msg.startswith(str(out)) else f"{out}: {msg}") from None
    except OSError as exc:
        raise FormatError(f"{out}: could not write the file ({exc.strerror or exc})") from None
    return out


def export_image_cli(timeline: Timeline, out_path: str | Path, fmt: str, date_from: str | None = None,
                     date_to: str | None = None, width: int | None = None, scale: float = 1.0,
                     lanes: str = "actor", theme: str = "light", title: str | None = None,
                     time_scale: str | None = None, pixel_ratio: float | None = None,
                     inputs: Iterable[str | Path] = (), force: bool = False, preset: str | None = None) -> Path:
    """``timeline export INPUT -o OUT.png|svg|pdf`` (see module docstring). ``pixel_ratio`` (or its
    old name ``scale``) multiplies the PNG pixels; ``time_scale`` is linear, compact or auto; ``preset``
    (web, a4, letter: :data:`gui.render.layout.PRESETS`) sets the width unless ``width`` is given and,
    for a4/letter, cuts a PDF into pages. ``inputs`` and ``force`` go to the output guard
    (:func:`timeline.io.outpath.guard_output`)."""
    ratio = pixel_ratio if pixel_ratio is not None else scale
    try:
        if preset is not None and preset not in PRESETS:
            raise ValueError(f"unknown preset {preset!r} ({', '.join(PRESETS)})")
        p = PRESETS.get(preset or "")
        options = ExportOptions(date_from=parse_bound(date_from), date_to=parse_bound(date_to, end=True),
                                width=width or (p.width if p else DEFAULT_WIDTH), scale=ratio if ratio else 1.0,
                                lanes=lanes or "actor", theme=theme or "light", title=title,
                                time_scale=time_scale or "auto",
                                page=preset if p is not None and p.page_mm is not None else None)
    except ValueError as exc:
        raise FormatError(f"{out_path}: {exc}") from None
    return render_image(timeline, out_path, fmt, options, inputs, force)


# ------------------------------------------------------------------------------------------- dialog
class ExportDialog(QDialog):
    """File > Export Image...: range, size, theme, lanes, title and output file; renders on accept.

    ``view_range`` is the viewer's visible interval in day numbers (``None`` when unknown). After a
    successful export ``written`` holds the path.
    """

    def __init__(self, parent: QWidget | None, timeline: Timeline, view_range: tuple[float, float] | None,
                 lane_mode: str = "actor", theme: str = "light", time_scale: str = "auto") -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Export Image"))
        self.timeline = timeline
        self.view_range = view_range
        self.written: Path | None = None
        self._confirmed: str | None = None

        self.whole = QRadioButton(_t("Whole timeline"))
        self.current = QRadioButton(_t("Current view"))
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.current)
        self.current.setEnabled(view_range is not None)
        (self.current if view_range is not None else self.whole).setChecked(True)
        if view_range is not None:
            a, b = view_range
            self.current.setText(_t("Current view") + f" ({from_day_number(a).isoformat()} – "
                                 f"{from_day_number(b).isoformat()})")
        range_row = QHBoxLayout()
        range_row.addWidget(self.whole)
        range_row.addWidget(self.current)
        range_row.addStretch(1)

        self.width_box = QSpinBox()
        self.width_box.setRange(400, 20000)
        self.width_box.setSingleStep(100)
        self.width_box.setValue(DEFAULT_WIDTH)
        self.width_box.setSuffix(" px")
        self.scale_box = QDoubleSpinBox()
        self.scale_box.setRange(0.5, 8.0)
        self.scale_box.setSingleStep(0.5)
        self.scale_box.setValue(1.0)
        self.scale_box.setSuffix(" ×")
        size_row = QHBoxLayout()
        size_row.addWidget(self.width_box)
        size_row.addWidget(QLabel(_t("pixel ratio")))
        size_row.addWidget(self.scale_box)
        self.pixels_label = QLabel()
        size_row.addWidget(self.pixels_label)
        size_row.addStretch(1)
        self.width_box.valueChanged.connect(self._show_pixels)
        self.width_box.valueChanged.connect(self._width_edited)
        self.scale_box.valueChanged.connect(self._show_pixels)
        self._show_pixels()

        self.preset_box = QComboBox()
        self.preset_box.addItem(_t("Custom"), None)
        for key, text in (("web", _t("Web (1200 px)")), ("a4", _t("A4 landscape (PDF pages)")),
                          ("letter", _t("Letter landscape (PDF pages)"))):
            self.preset_box.addItem(text, key)
        self.preset_box.currentIndexChanged.connect(self._apply_preset)

        self.theme_box = QComboBox()
        for key, text in (("light", _t("Light")), ("dark", _t("Dark"))):
            self.theme_box.addItem(text, key)
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(theme)))

        self.scale_kind_box = QComboBox()
        for key, text in (("auto", _t("Automatic")), ("linear", _t("Linear")),
                          ("compact", _t("Compact (collapse empty stretches)"))):
            self.scale_kind_box.addItem(text, key)
        self.set_time_scale(time_scale)
        self.scale_kind_box.setToolTip(_t("Compact: stretches without events collapse into marked breaks "
                                          "and dense periods get room; Automatic picks it when the events "
                                          "are very unevenly spread."))

        self.mode_box = QComboBox()
        for key, text in (("actor", _t("Actor|lanes")), ("article", _t("Article")), ("tag", _t("Tag"))):
            self.mode_box.addItem(text, key)
        self.mode_box.setCurrentIndex(max(0, self.mode_box.findData(lane_mode)))
        self.mode_box.currentIndexChanged.connect(self._fill_lanes)

        self.lane_list = QListWidget()
        self.lane_list.setMinimumHeight(120)
        all_btn = QPushButton(_t("All"))
        none_btn = QPushButton(_t("None"))
        all_btn.clicked.connect(lambda: self._check_all(True))
        none_btn.clicked.connect(lambda: self._check_all(False))
        lane_btns = QHBoxLayout()
        lane_btns.addWidget(all_btn)
        lane_btns.addWidget(none_btn)
        lane_btns.addStretch(1)
        lanes_box = QVBoxLayout()
        lanes_box.addWidget(self.lane_list)
        lanes_box.addLayout(lane_btns)

        self.title_edit = QLineEdit(timeline.title)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(_t("timeline.png, .svg or .pdf"))
        browse = QPushButton(_t("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(_t("Range"), range_row)
        form.addRow(_t("Preset"), self.preset_box)
        form.addRow(_t("Width"), size_row)
        form.addRow(_t("Time axis"), self.scale_kind_box)
        form.addRow(_t("Theme"), self.theme_box)
        form.addRow(_t("Lanes by"), self.mode_box)
        form.addRow(_t("Lanes"), lanes_box)
        form.addRow(_t("Title"), self.title_edit)
        form.addRow(_t("File"), path_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("Cancel"))
        self.export_button = buttons.addButton(_t("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._on_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._fill_lanes()
        self.resize(560, 520)

    def set_time_scale(self, kind: str) -> None:
        """Preselect the time axis (``auto``, ``linear`` or ``compact``)."""
        self.scale_kind_box.setCurrentIndex(max(0, self.scale_kind_box.findData(kind)))

    def _apply_preset(self) -> None:
        """A preset sets the width (and, for A4/Letter, PDF pages); editing the width goes back to Custom."""
        key = self.preset_box.currentData()
        if key in PRESETS:
            self.width_box.blockSignals(True)
            self.width_box.setValue(PRESETS[key].width)
            self.width_box.blockSignals(False)
            self._show_pixels()

    def _width_edited(self) -> None:
        key = self.preset_box.currentData()
        if key in PRESETS and self.width_box.value() != PRESETS[key].width:
            self.preset_box.setCurrentIndex(0)

    def _show_pixels(self) -> None:
        px = round(self.width_box.value() * self.scale_box.value())
        self.pixels_label.setText(_t("= {0} px wide (PNG)").format(px))

    # ----------------------------------------------------------------------------------- lanes
    def _fill_lanes(self) -> None:
        self.lane_list.clear()
        counts: dict[str, int] = {}
        smap = self.timeline.source_map()
        mode = self.mode_box.currentData()
        for e in self.timeline.events:
            if is_drawn(e):  # (as the canvas draws and counts: timeline.model.is_drawn)
                k = e.lane(mode, smap)
                counts[k] = counts.get(k, 0) + 1
        for name in lane_order(self.timeline, mode):
            if name not in counts:
                continue
            item = QListWidgetItem(f"{_lane_label(name, mode)}  ({counts[name]})")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.lane_list.addItem(item)

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.lane_list.count()):
            self.lane_list.item(i).setCheckState(state)

    def selected_lanes(self) -> frozenset[str] | None:
        """The checked lanes, or ``None`` when all are checked."""
        items = [self.lane_list.item(i) for i in range(self.lane_list.count())]
        chosen = frozenset(it.data(Qt.ItemDataRole.UserRole) for it in items
                           if it.checkState() == Qt.CheckState.Checked)
        return None if len(chosen) == len(items) else chosen

    # -------------------------------------------------------------------------------- options
    def options(self) -> ExportOptions:
        """The export options the dialog currently describes."""
        d_from = d_to = None
        if self.current.isChecked() and self.view_range is not None:
            a, b = self.view_range
            d_from, d_to = from_day_number(a), from_day_number(max(a, b - 1))
        return ExportOptions(date_from=d_from, date_to=d_to, width=self.width_box.value(),
                             scale=self.scale_box.value(), lanes=self.mode_box.currentData(),
                             theme=self.theme_box.currentData(), title=self.title_edit.text().strip() or None,
                             include_lanes=self.selected_lanes(), time_scale=self.scale_kind_box.currentData(),
                             page=self.preset_box.currentData() if self.preset_box.currentData() in ("a4", "letter")
                             else None)

    def _browse(self) -> None:
        start = self.path_edit.text() or str(Path.home() / "timeline.png")
        path, selected = QFileDialog.getSaveFileName(
            self, _t("Export Image"), start, "PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)")
        if not path:
            return
        if Path(path).suffix.lower() not in IMAGE_EXTENSIONS:
            path += "." + (selected.split("*.")[-1].rstrip(")") if "*." in selected else "png")
        self.path_edit.setText(path)
        self._confirmed = path  # the file dialog already asked about replacing an existing file

    def confirm_overwrite(self, path: Path) -> bool:
        """Ask before replacing an existing file (tests replace this method)."""
        answer = QMessageBox.question(self, _t("Export Image"),
                                      literal_html(_t("{0} exists. Replace it?").format(path.name)))
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, _t("Export Image"), literal_html(message))

    def export(self) -> Path | None:
        """Validate the output path, confirm an overwrite, render; returns the path or ``None``."""
        text = self.path_edit.text().strip()
        if not text:
            self.show_error(_t("Choose an output file."))
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() not in IMAGE_EXTENSIONS:
            self.show_error(_t("The file name must end in .png, .svg or .pdf."))
            return None
        if path.exists() and self._confirmed != text and not self.confirm_overwrite(path):
            return None
        try:
            opts = self.options()
            if opts.include_lanes is not None and not opts.include_lanes:
                self.show_error(_t("Check at least one lane."))
                return None
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                # the user confirmed replacing an existing file (here or in the file dialog)
                self.written = render_image(self.timeline, path, None, opts, force=True)
            finally:
                QApplication.restoreOverrideCursor()
        except (FormatError, ValueError, OSError) as exc:
            self.show_error(str(exc))
            return None
        return self.written

    def _on_export(self) -> None:
        if self.export() is not None:
            self.accept()
