"""Article text, titles and actor names are shown literally in the viewer: markup is never interpreted,
so nothing is run and nothing is fetched."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")
pytest.importorskip("gui.sourcepanel")  # the viewer's source panel (skips cleanly while it is absent)

from timeline.model import Event, MentionRef, Source, Timeline, TimeSpan  # noqa: E402

PAYLOAD = "<script>alert(1)</script><img src=http://example.invalid/x.png>"


def _timeline_from_corpus(tmp_path: Path) -> Timeline:
    from timeline.pipeline import process_document

    f = tmp_path / "news.txt"
    f.write_text(f"標題 <b>粗體</b> {PAYLOAD}\n2026年2月5日，公司宣布 {PAYLOAD} <a href=\"http://example.invalid\">連結</a>"
                 f"並表示將擴大投資，這是一段足夠長的正文內容，用來讓分割器把第一行當作標題，而把這一行當作正文。\n",
                 encoding="utf-8")
    from timeline.corpus import read_text

    doc = process_document(read_text(f), path=str(f))
    src = doc.sources[0]
    i = src.text.index("2026年2月5日")
    mention = MentionRef(src.id, i, i + len("2026年2月5日"), "2026年2月5日", 0, len(src.text), "2026-02-05")
    ev = Event("e1", TimeSpan.day(dt.date(2026, 2, 5)), f"事件 {PAYLOAD}", actors=[f"<i>{PAYLOAD}</i>"],
               mentions=[mention])
    return Timeline(sources=doc.sources, events=[ev], title=PAYLOAD)


def test_source_panel_shows_tags_literally(qtbot, tmp_path):
    from gui.sourcepanel import SourcePanel

    tl = _timeline_from_corpus(tmp_path)
    assert PAYLOAD in tl.sources[0].text and PAYLOAD in tl.sources[0].title  # the reader kept it literal
    panel = SourcePanel()
    qtbot.addWidget(panel)
    panel.set_timeline(tl)
    panel.show_event(tl.events[0])
    shown = panel.text.toPlainText()
    assert PAYLOAD in shown and "<a href=\"http://example.invalid\">" in shown
    assert "&lt;script&gt;" in panel.text.document().toHtml()  # stored as text, not as markup
    assert panel.highlighted_text() == "2026年2月5日"
    items = [panel.mentions.item(i).text() for i in range(panel.mentions.count())]
    assert any(PAYLOAD in t for t in items)


def test_html_corpus_file_is_blanked_not_rendered(tmp_path):
    from timeline.corpus import read_text

    f = tmp_path / "page.html"
    f.write_text(f"<html><body><p>2026年2月5日，公司宣布擴大投資。</p>{PAYLOAD}"
                 f"<iframe src=\"http://example.invalid/\">x</iframe></body></html>", encoding="utf-8")
    text = read_text(f)
    assert "alert" not in text and "example.invalid" not in text and "<" not in text
    assert "2026年2月5日，公司宣布擴大投資。" in text
    assert len(text) == len(f.read_text(encoding="utf-8"))


def test_source_with_unsafe_title_in_a_plain_label(qtbot):
    """Any QLabel that shows model text must be plain text; check the panel's header stays literal."""
    from gui.sourcepanel import SourcePanel

    src = Source(id="s", title=PAYLOAD, text="2026年2月5日 " + PAYLOAD)
    ev = Event("e1", TimeSpan.day(dt.date(2026, 2, 5)), PAYLOAD,
               mentions=[MentionRef("s", 0, 9, "2026年2月5日", 0, 10)])
    panel = SourcePanel()
    qtbot.addWidget(panel)
    panel.set_timeline(Timeline(sources=[src], events=[ev]))
    panel.show_event(ev)
    from PySide6.QtCore import Qt

    assert panel.header.textFormat() == Qt.TextFormat.PlainText
    assert PAYLOAD in panel.text.toPlainText()
