"""The exported files themselves: PNG size and content, SVG text, PDF text and fonts, CJK coverage."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from export_samples import (
    EN_TITLE,
    LATE_TITLE,
    OLD_TITLE,
    SOURCE_TITLE,
    ZH_TITLE,
    dense_timeline,
    random_timeline,
)

from gui.export import ensure_app, export_image_cli, render_image
from gui.render.layout import ExportOptions
from gui.render.painter import TimelineImage, cjk_family, make_font
from timeline.io import FormatError


@pytest.fixture(autouse=True)
def app():
    return ensure_app()


def _pixels(path) -> np.ndarray:
    from PySide6.QtGui import QImage

    img = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    assert not img.isNull()
    arr = np.frombuffer(img.constBits(), np.uint8, count=img.sizeInBytes())
    return arr.reshape(img.height(), img.bytesPerLine() // 4, 4)[:, : img.width(), :3].copy()


def _svg_text(path) -> str:
    """All <text> content in document order. Qt writes one element per script run ("阿里", "AI",
    "春節..."), each with its own x, so runs are joined without separators."""
    root = ET.parse(path).getroot()
    return "".join("".join(el.itertext()) for el in root.iter() if el.tag.endswith("text"))


def test_png_size_scale_and_content(small_timeline, tmp_path):
    one = export_image_cli(small_timeline, tmp_path / "a.png", "png", width=1600)
    two = export_image_cli(small_timeline, tmp_path / "b.png", "png", width=1600, scale=2)
    p1, p2 = _pixels(one), _pixels(two)
    assert p1.shape[1] == 1600 and p2.shape[1] == 3200
    assert abs(p2.shape[0] - 2 * p1.shape[0]) <= 2
    assert p1.std() > 10  # not blank
    assert (p1[0, 0] == 255).all()  # light background


def test_dark_theme_background(small_timeline, tmp_path):
    out = export_image_cli(small_timeline, tmp_path / "d.png", "png", width=1200, theme="dark")
    px = _pixels(out)
    assert px[0, 0].max() < 60 and px.std() > 10


def test_svg_is_valid_xml_with_text(small_timeline, tmp_path):
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    out = export_image_cli(small_timeline, tmp_path / "t.svg", "svg", width=1600)
    text = _svg_text(out)
    for title in (ZH_TITLE, EN_TITLE, OLD_TITLE, LATE_TITLE, SOURCE_TITLE):
        assert title in text
    renderer = QSvgRenderer(str(out))
    assert renderer.isValid()
    png = _pixels(export_image_cli(small_timeline, tmp_path / "t.png", "png", width=1600)).astype(int)
    size = renderer.defaultSize()
    assert (size.height(), size.width()) == png.shape[:2]
    img = QImage(size, QImage.Format.Format_RGB32)
    img.fill(0xFFFFFFFF)
    p = QPainter(img)
    renderer.render(p)
    p.end()
    img.save(str(tmp_path / "svg.png"))
    svg = _pixels(tmp_path / "svg.png").astype(int)
    assert svg.std() > 10
    # the SVG draws the same picture as the PNG (text anti-aliasing differs a little)
    assert np.abs(svg - png).mean() < 4


def test_pdf_is_vector_with_embedded_cjk_font(small_timeline, tmp_path):
    out = export_image_cli(small_timeline, tmp_path / "t.pdf", "pdf", width=1600)
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"/FontFile" in data  # an embedded font program
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert ZH_TITLE in text and EN_TITLE in text and SOURCE_TITLE in text
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
        rows = [ln.split() for ln in fonts.splitlines()[2:] if ln.strip()]
        assert rows and all(r[-5] == "yes" for r in rows), fonts  # the "emb" column


# ideographs whose glyph Noto CJK shares with a Kangxi radical (人 ⼈, 里 ⾥, 高 ⾼, 入 ⼊, 一 ⼀, 自 ⾃ ...)
RADICAL_TWIN_TITLES = ("阿里巴巴高層人事調整", "一季度自主研發入門", "大小山水火木金土日月", "言走長門見車",
                       "里程碑 – 一年 2026", "人工智慧 Agent 上線")


def test_pdf_text_comes_out_as_the_same_unicode(tmp_path):
    """pdftotext returns every title exactly (no Kangxi radicals, no figure dash for an en dash)."""
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    from timeline.model import Event, MentionRef, Source, Timeline, TimeSpan

    events = [Event(id=f"e{i}", time=TimeSpan.from_value(f"20{10 + 2 * i}-0{1 + i}"), title=t, actors=["自由人"],
                    mentions=[MentionRef("s1", 0, 1, "x", 0, 1)]) for i, t in enumerate(RADICAL_TWIN_TITLES)]
    tl = Timeline(sources=[Source(id="s1", title="來源一", text="")], events=events, title="人一入高")
    out = render_image(tl, tmp_path / "t.pdf", None, ExportOptions(width=1600))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    lines = {ln.strip() for ln in text.splitlines()}
    for title in (*RADICAL_TWIN_TITLES, "人一入高", "自由人"):
        assert title in lines, (title, text)
    odd = {c for c in text if 0x2E80 <= ord(c) <= 0x2FDF or 0xF900 <= ord(c) <= 0xFAFF or c in "‒\t"}
    assert not odd, odd


def test_cjk_glyphs_are_covered_by_the_chosen_font():
    from PySide6.QtGui import QFontInfo, QFontMetrics, QRawFont

    fam = cjk_family()
    assert fam, "no CJK font installed"
    font = make_font(13)
    assert fam in font.families()   # the fallback for what the Latin font (first) lacks
    font.setFamilies([fam])
    assert QFontInfo(font).family() == fam
    raw = QRawFont.fromFont(font)
    fm = QFontMetrics(font)
    chars = ZH_TITLE + OLD_TITLE + SOURCE_TITLE + "時間線來源個事件"
    # code points, not str: the QChar overloads mis-convert some ideographs in PySide6 6.12
    missing = [ch for ch in chars if not raw.supportsCharacter(ord(ch)) or not fm.inFontUcs4(ord(ch))]
    assert missing == []
    # and the glyphs are real outlines, not the .notdef box
    glyphs = raw.glyphIndexesForString(ZH_TITLE)
    assert all(g != 0 for g in glyphs)


def test_from_to_limits_the_events_drawn(small_timeline, tmp_path):
    out = export_image_cli(small_timeline, tmp_path / "r.svg", "svg", date_from="2013", date_to="2026-03",
                           width=1600)
    text = _svg_text(out)
    assert ZH_TITLE in text and EN_TITLE in text and "阿里巴巴在紐約上市" in text
    assert OLD_TITLE not in text and LATE_TITLE not in text
    img = TimelineImage(small_timeline, ExportOptions(date_from=dt.date(2013, 1, 1), date_to=dt.date(2026, 3, 31)))
    assert len(img.events) == 4


def test_dense_lane_gets_count_markers_and_footnotes(tmp_path):
    tl = dense_timeline(150, lanes=1)
    img = TimelineImage(tl, ExportOptions(width=1200, max_rows=3))
    lane = img.lanes[0]
    labelled = int((lane.rows >= 0).sum())
    grouped = sum(len(c.members) for c in lane.clusters)
    assert lane.clusters and labelled + grouped == 150
    assert lane.n_rows <= 3
    note = img.footnotes[0]
    assert note.number == 1 and note.period.startswith("2026-02")
    first = lane.clusters[0]
    assert note.titles == [f"{lane.events[i].time.value[5:]} {lane.events[i].title}" for i in first.members]
    out = render_image(tl, tmp_path / "dense.svg", "svg", ExportOptions(width=1200, max_rows=3))
    text = _svg_text(out)
    assert "[1]" in text and note.titles[0] in text


def _label_boxes(img: TimelineImage):
    from PySide6.QtGui import QFontMetricsF

    fm = QFontMetricsF(img.f_label)
    for lane in img.lanes:
        top = lane.top + img.lane_head_h
        for i in np.nonzero(lane.rows >= 0)[0]:
            x = float(lane.label_x[i])
            y = top + int(lane.rows[i]) * img.row_h
            yield lane.name, x, x + fm.horizontalAdvance(lane.labels[i]), y, int(lane.rows[i])


def test_labels_never_overlap_and_stay_inside(small_timeline):
    tl = dense_timeline(300, lanes=3)
    tl.events += small_timeline.events
    img = TimelineImage(tl, ExportOptions(width=1800))
    boxes = sorted(_label_boxes(img), key=lambda b: (b[0], b[4], b[1]))
    assert boxes
    for a, b in zip(boxes, boxes[1:], strict=False):
        assert img.left - 0.5 <= a[1] and a[2] <= img.right + 0.5
        if (a[0], a[4]) == (b[0], b[4]):
            assert a[2] <= b[1]
    ys = sorted({(b[0], b[3]) for b in boxes})
    assert len(ys) == len({y for _, y in ys})  # rows of different lanes never share a y


@pytest.mark.parametrize(("n", "lanes", "width", "seed"), [(40, 3, 800, 1), (400, 8, 1600, 2), (900, 2, 2400, 3)])
def test_every_event_is_labelled_or_grouped_without_overlap(n, lanes, width, seed):
    img = TimelineImage(random_timeline(n, lanes, seed), ExportOptions(width=width, max_rows=4))
    assert sum(len(lane.events) for lane in img.lanes) == len(img.events) == n
    for lane in img.lanes:
        grouped = sorted(i for c in lane.clusters for i in c.members)
        assert grouped == sorted(np.nonzero(lane.rows < 0)[0].tolist())
        for a, b in zip(lane.clusters, lane.clusters[1:], strict=False):
            assert a.x + a.width <= b.x
    assert sum(len(f.titles) for f in img.footnotes) == sum(int((lane.rows < 0).sum()) for lane in img.lanes)
    boxes = sorted(_label_boxes(img), key=lambda b: (b[0], b[4], b[1]))
    for a, b in zip(boxes, boxes[1:], strict=False):
        assert img.left - 0.5 <= a[1] and a[2] <= img.right + 0.5
        if (a[0], a[4]) == (b[0], b[4]):
            assert a[2] <= b[1]


def test_empty_timeline_and_bad_options(tmp_path):
    from timeline.model import Timeline

    out = export_image_cli(Timeline(title="empty"), tmp_path / "e.png", "png", width=800)
    assert out.exists() and _pixels(out).shape[1] == 800
    with pytest.raises(FormatError):
        export_image_cli(Timeline(), tmp_path / "x.png", "png", date_from="March")
    with pytest.raises(FormatError):
        export_image_cli(Timeline(), tmp_path / "x.gif", "gif")
    assert not list(tmp_path.glob(".*tmp*"))


def test_many_qt_calls_do_not_exhaust_none(small_timeline, tmp_path):
    # PySide6 6.12 on CPython 3.11 drops a reference to None per void call (see gui.render); an
    # export makes thousands of such calls, so None's count must not fall
    import gc

    gc.collect()
    before = sys.getrefcount(None)
    tl = dense_timeline(400, lanes=4)
    for _ in range(3):
        export_image_cli(tl, tmp_path / "n.png", "png", width=1200)
    gc.collect()
    assert sys.getrefcount(None) >= before - 50


def test_png_writer_round_trips_pixels(tmp_path):
    from PySide6.QtGui import QColor, QImage, QPainter

    from gui.render.png import ROWS_PER_BLOCK, write_png

    img = QImage(333, ROWS_PER_BLOCK + 77, QImage.Format.Format_RGB32)
    img.fill(QColor("#102030"))
    p = QPainter(img)
    p.setPen(QColor("#ff8000"))
    p.drawText(10, 40, "阿里巴巴 Alibaba")
    p.fillRect(50, 300, 200, 400, QColor(12, 200, 99))
    p.end()
    write_png(img, tmp_path / "p.png", 192)
    back = QImage(str(tmp_path / "p.png"))
    assert back.convertToFormat(QImage.Format.Format_RGB32) == img
    assert abs(back.dotsPerMeterX() - 192 / 0.0254) < 2


def test_row_budget_goes_to_the_busy_lanes(small_timeline):
    tl = dense_timeline(150, lanes=1)
    tl.events += small_timeline.events
    img = TimelineImage(tl, ExportOptions(width=1200, max_rows=8))
    busy = next(lane for lane in img.lanes if lane.name == "Lane 0")
    assert busy.n_rows == 8 and busy.clusters
    assert all(not lane.clusters for lane in img.lanes if lane is not busy)
    crowded = TimelineImage(dense_timeline(600, lanes=40), ExportOptions(width=1200, max_rows=8))
    assert {lane.n_rows for lane in crowded.lanes} == {2}


def test_unwritable_output_is_a_format_error(small_timeline, tmp_path):
    with pytest.raises(FormatError, match="does not exist"):
        export_image_cli(small_timeline, tmp_path / "missing" / "x.png", "png")
    (tmp_path / "folder.png").mkdir()
    with pytest.raises(FormatError, match="folder"):
        export_image_cli(small_timeline, tmp_path / "folder.png", "png")


def test_latin_punctuation_is_not_full_width_in_exports():
    """A CJK font's ’ is an em wide ("That’ s"); the export's Latin font comes first."""
    from PySide6.QtGui import QFontMetricsF

    fm = QFontMetricsF(make_font(13))
    assert fm.horizontalAdvance("’") < 0.5 * fm.horizontalAdvance("中")
    assert fm.horizontalAdvance("That’s") < fm.horizontalAdvance("Thatxs") * 1.1


def test_a4_preset_pdf_is_paginated_with_searchable_text(tmp_path):
    """--preset a4: landscape A4 pages, the image cut between lanes; every lane name is on some page."""
    tl = random_timeline(400, 12, seed=3)
    out = export_image_cli(tl, tmp_path / "a4.pdf", "pdf", preset="a4")
    if not shutil.which("pdfinfo"):
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    pages = int(next(ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages:")))
    assert pages >= 2 and "842 x 595" in info  # A4 landscape in points
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for lane in {e.actors[0] for e in tl.events}:
        assert lane in text
    web = export_image_cli(tl, tmp_path / "web.png", "png", preset="web")
    assert _pixels(web).shape[1] == 1200


def test_every_label_of_the_sample_pdf_is_searchable(tmp_path):
    """pdftotext over a PDF of the built-in sample gives back every event label drawn, character for
    character (Chinese, English, elided ones with their "…")."""
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    from timeline.io import open_timeline
    from timeline.resources import resource_path

    tl = open_timeline(resource_path("sample"))
    tl = tl[0] if isinstance(tl, tuple) else tl
    options = ExportOptions(width=1600, time_scale="linear")
    img = TimelineImage(tl, options)
    labels = [lab for lane in img.lanes for lab, row in zip(lane.labels, lane.rows, strict=True) if row >= 0]
    assert len(labels) >= 20
    out = render_image(tl, tmp_path / "sample.pdf", None, options)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    lines = {ln.strip() for ln in text.splitlines()}
    assert [lab for lab in labels if lab not in lines] == []


def test_pdf_digits_survive_when_the_cjk_font_draws_latin(tmp_path, monkeypatch):
    """Without a Latin font the CJK font draws "L3 (12)"; its localized digit glyphs are not in the
    cmap, so they are switched off ('locl') and the PDF text keeps its digits."""
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    import gui.fonts

    monkeypatch.setattr(gui.fonts, "find_latin_font", lambda: None)
    tl = random_timeline(60, 4, seed=5)
    out = export_image_cli(tl, tmp_path / "r.pdf", "pdf", width=1200)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "60 events" in text
    for lane in {e.actors[0] for e in tl.events}:
        assert lane in text
