"""Fresh corpus shapes, round 9 (issue 12): Word clippings split by page breaks, exported dates such as
``04-Mar-2025``, scraper records whose date sits in an object beside the story, paragraphs kept as a list.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pytest

from timeline.dating import parse_date_value
from timeline.pipeline import build_timeline

D = dt.date
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(paragraphs: list[str]) -> bytes:
    """A minimal Word file; ``"<page>"`` is a paragraph holding only a page break."""
    body = "".join('<w:p><w:r><w:br w:type="page"/></w:r></w:p>' if p == "<page>" else
                   f'<w:p><w:r><w:t xml:space="preserve">{p}</w:t></w:r></w:p>' for p in paragraphs)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>')
    return buf.getvalue()


def test_word_clippings_on_pages_of_their_own_are_stories(tmp_path: Path) -> None:
    p = tmp_path / "clips.docx"
    p.write_bytes(_docx(["Tidewater opens a bus depot", "ELMFORD, May 6, 2024 — Tidewater Transit opened a depot.",
                         "It holds 40 buses.", "<page>",
                         "Orchard fair draws a crowd", "ELMFORD, May 9, 2024 — The orchard fair drew 3,000 people.",
                         "It ran for two days."]))
    tl = build_timeline([p])
    assert [(s.title, s.date) for s in tl.sources] == [("Tidewater opens a bus depot", D(2024, 5, 6)),
                                                       ("Orchard fair draws a crowd", D(2024, 5, 9))]


def test_word_page_break_inside_one_story_keeps_it_whole(tmp_path: Path) -> None:
    p = tmp_path / "one.docx"
    p.write_bytes(_docx(["Tidewater opens a bus depot", "ELMFORD, May 6, 2024 — Tidewater Transit opened a depot",
                         "<page>", "that holds 40 buses, the company said."]))
    assert len(build_timeline([p]).sources) == 1


@pytest.mark.parametrize(("value", "day"), [("06-May-2024", D(2024, 5, 6)), ("6/may/2024", D(2024, 5, 6)),
                                            ("06-May-2024 09:30", D(2024, 5, 6)), ("31-Feb-2024", None),
                                            ("06-Foo-2024", None)])
def test_day_month_name_year_joined_by_dashes(value: str, day: dt.date | None) -> None:
    assert parse_date_value(value) == day


def test_csv_export_with_dashed_month_name_dates(tmp_path: Path) -> None:
    p = tmp_path / "export.csv"
    p.write_text('Headline,Date,Byline,Article Text\nDepot opens,06-May-2024,Ann Lee,"Tidewater Transit opened a '
                 'bus depot on Monday."\n', encoding="utf-8")
    assert [(s.title, s.date, s.date_source) for s in build_timeline([p]).sources] == [
        ("Depot opens", D(2024, 5, 6), "metadata")]


def test_record_dated_by_an_object_beside_its_story(tmp_path: Path) -> None:
    p = tmp_path / "scrape.jsonl"
    rows = [{"id": 7, "meta": {"published": 1714960800, "site": "柳江晚报"},
             "content": {"title": "柳江公交新站启用", "paragraphs": ["柳江公交新站今天启用。", "可停放四十辆公交车。"]}},
            {"id": 8, "user": {"created_at": "2019-01-01"}, "content": {"title": "果园节开幕", "body": "果园节今天开幕。"}}]
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    tl = build_timeline([p])
    first, second = tl.sources
    assert (first.title, first.date, first.outlet) == ("柳江公交新站启用", D(2024, 5, 6), "柳江晚报")
    assert first.text == "柳江公交新站今天启用。\n\n可停放四十辆公交车。"
    assert second.date is None  # an account's creation day dates no story


def test_folder_reads_a_json_of_news_but_no_script_timeline_or_settings(tmp_path: Path) -> None:
    (tmp_path / "articles.json").write_text(json.dumps([
        {"title": "Depot opens", "text": "Tidewater Transit opened a bus depot.", "date": "2024-05-06"},
        {"title": "Fair opens", "text": "The orchard fair opened.", "date": "2024-05-09"}]), encoding="utf-8")
    (tmp_path / "app.js").write_text("function go(){ return 1; }\n", encoding="utf-8")
    (tmp_path / "package.json").write_text(json.dumps({"name": "x", "description": "a tool"}), encoding="utf-8")
    (tmp_path / "timeline.json").write_text(json.dumps({"events": [{"text": {"headline": "x"}}]}), encoding="utf-8")
    (tmp_path / "broken.json").write_text("[{", encoding="utf-8")
    (tmp_path / "story.txt").write_text("Council delays vote\n\nELMFORD, May 7, 2024 — The council delayed its vote.\n",
                                        encoding="utf-8")
    tl = build_timeline([tmp_path])
    assert sorted((s.title, s.date) for s in tl.sources) == [
        ("Council delays vote", D(2024, 5, 7)), ("Depot opens", D(2024, 5, 6)), ("Fair opens", D(2024, 5, 9))]


def _stories(text: str, path: str) -> list[tuple[str, dt.date | None]]:
    from timeline.pipeline import process_document

    return [(s.title, s.date) for s in process_document(text, path=path).sources]


_HITS_HTML = """<html><head><title>bus depot - Search</title></head><body><form><input name="q"></form>
<div class="results"><div class="r"><h3><a href="https://a.example/1">Tidewater opens a bus depot</a></h3>
<cite>a.example › city</cite><p><span>May 6, 2024</span> — Tidewater Transit opened a depot for 40 buses ...</p></div>
<div class="r"><h3><a href="https://a.example/2">Depot brings new routes</a></h3><cite>a.example › transit</cite>
<p>12 May 2024 · Three bus routes will start at the new depot next month ...</p></div></div></body></html>"""


def test_search_results_page_gives_one_story_per_hit() -> None:
    assert _stories(_HITS_HTML, "hits.html") == [("Tidewater opens a bus depot", D(2024, 5, 6)),
                                                 ("Depot brings new routes", D(2024, 5, 12))]


def test_page_with_sections_is_not_a_list_of_hits() -> None:
    page = ("<html><body><main><h1>Depot report</h1><p>Tidewater Transit opened a depot on May 6, 2024.</p>"
            "<h2>Routes</h2><p>May 12, 2024 — three routes start.</p>"
            "<h3><a href='/x'>More</a></h3><p>May 13, 2024 — a note.</p></main></body></html>")
    assert len(_stories(page, "report.html")) == 1


_HITS_TEXT = """公交新站 - 搜索结果
柳江公交新站启用
2024年5月6日 — 柳江公交新站今天启用，可停放四十辆公交车……
柳江晚报
新站开通三条线路
2024年5月12日 — 公交新站下月开通三条线路……
柳江新闻网
"""


def test_search_results_copied_as_text_give_one_story_per_hit() -> None:
    assert _stories(_HITS_TEXT, "hits.txt") == [("柳江公交新站启用", D(2024, 5, 6)), ("新站开通三条线路", D(2024, 5, 12))]


def test_a_chronicle_of_dated_lines_stays_one_story() -> None:
    text = "柳江大事记\n2024年5月6日 — 公交新站启用\n2024年5月12日 — 新站开通三条线路\n2024年5月20日 — 果园节开幕\n"
    assert len(_stories(text, "chronicle.txt")) == 1


def test_bracketed_dateline_under_a_short_title_is_not_the_title() -> None:
    text = "柳江公交新站啟用\n\n【柳江晚報2024年5月6日訊】柳江公交新站今天啟用，可停放四十輛公交車。\n"
    assert _stories(text, "a.txt") == [("柳江公交新站啟用", D(2024, 5, 6))]


def test_weibo_headline_with_a_number_is_still_the_title() -> None:
    text = "柳江发布\n2024-5-6 10:21 来自 iPhone客户端\n【3号线今日开通】今天上午，柳江地铁3号线开通。\n"
    assert _stories(text, "a.txt")[0][0] == "3号线今日开通"


def test_pdftotext_pages_under_a_newspaper_header_with_its_page() -> None:
    head = "柳江晚报\u30002024年5月6日\u3000星期一\u3000第{}版\n"
    text = (head.format(2) + "\n柳江公交新站启用\n\n本报讯 柳江公交新站今天启用，可停放四十辆公交车。\n\f"
            + head.format(3) + "\n新站下月开通三条线路，覆盖城东各小区。\n\f")
    assert _stories(text, "paper.txt") == [("柳江公交新站启用", D(2024, 5, 6))]


def test_full_date_opening_a_sentence_about_today_dates_the_story() -> None:
    text = "柳江公交新站启用\n\n2024年5月6日 柳江公交集团今天启用了城东公交新站。\n"
    assert _stories(text, "a.txt") == [("柳江公交新站启用", D(2024, 5, 6))]


def test_chronicle_lines_opening_with_dates_give_no_story_day() -> None:
    text = "柳江大事记\n\n2024年5月6日 城东公交新站启用，可停放四十辆公交车。\n2024年5月12日 新站开通三条线路，覆盖城东。\n"
    assert _stories(text, "a.txt")[0][1] is None


def test_wechat_page_dated_by_its_script_time() -> None:
    page = ('<html><head><title>果园节开幕</title><script>var nickname = "柳江发布"; var ct = "1714996800";</script>'
            '</head><body><h1 id="activity-name">果园节开幕</h1><em id="publish_time"></em>'
            '<div id="js_content"><p>第十届柳江果园节今天开幕，为期两天。</p></div></body></html>')
    # 2024-05-06 12:00 UTC is 20:00 in UTC+8: still May 6th; the next test crosses midnight
    assert _stories(page, "wx.html") == [("果园节开幕", D(2024, 5, 6))]
    late = page.replace("1714996800", "1715018400")  # 2024-05-06 18:00 UTC = May 7th 02:00 in UTC+8
    assert _stories(late, "wx.html") == [("果园节开幕", D(2024, 5, 7))]


def _events(text: str, path: str) -> list[tuple[str, str]]:
    from timeline.pipeline import assemble, process_document

    tl = assemble([process_document(text, path=path)])
    return sorted((e.time.value, e.title) for e in tl.events if e.time is not None)


def test_live_blog_updates_are_events_of_its_day() -> None:
    text = ("直播｜柳江暴雨实时更新\n2024年5月6日\n\n08:15 柳江市气象台发布暴雨橙色预警。\n"
            "11:40 柳江全部公交线路停运。\n15:05 市防汛指挥部启动二级应急响应。\n")
    got = _events(text, "live.txt")
    assert [v for v, _ in got] == ["2024-05-06T08:15", "2024-05-06T11:40", "2024-05-06T15:05"]
    assert all(not t.startswith(("直播", "0", "1")) for _, t in got)


def test_live_blog_html_with_clocks_on_their_own_lines() -> None:
    page = ('<html><head><meta property="article:published_time" content="2024-05-06T07:00:00-04:00"></head>'
            "<body><main><h1>Live: Flood hits Elmford</h1>\n<div><time>9:05 a.m.</time>\n<p>The river rose above "
            "flood stage in Elmford.</p></div>\n<div><time>1:20 p.m.</time>\n<p>Elmford closed two bridges.</p>"
            "</div>\n</main></body></html>")
    got = _events(page, "live.html")
    assert [v for v, _ in got] == ["2024-05-06T09:05", "2024-05-06T13:20"]
    assert [t for _, t in got][1].startswith("Elmford closed two bridges")


def test_undated_live_blog_updates_make_no_event_day() -> None:
    text = "直播｜柳江暴雨实时更新\n\n08:15 柳江市气象台发布暴雨橙色预警。\n11:40 柳江全部公交线路停运。\n"
    assert _events(text, "live.txt") == []


def test_search_hit_dated_after_its_snippet() -> None:
    long = "The Elmford depot holds forty buses and a workshop, and it cut the drive of every route by ten minutes " * 2
    page = ('<html><body><div><div><h3><a href="/1">Tidewater opens a bus depot</a></h3><p>' + long + "...</p>"
            '<span>May 6, 2024</span></div><div><h3><a href="/2">Depot brings new routes</a></h3>'
            "<p>Three routes start at the depot ...</p><span>May 12, 2024</span></div></div></body></html>")
    assert _stories(page, "hits.html") == [("Tidewater opens a bus depot", D(2024, 5, 6)),
                                           ("Depot brings new routes", D(2024, 5, 12))]


def test_live_updates_in_brackets_and_british_clocks() -> None:
    zh = "柳江暴雨 现场直击\n2024年5月6日\n\n【08:15】柳江市气象台发布暴雨橙色预警。\n【11:40】柳江全部公交线路停运。\n"
    assert _events(zh, "live.txt") == [("2024-05-06T08:15", "柳江市气象台发布暴雨橙色预警"), ("2024-05-06T11:40", "柳江全部公交线路停运")]
    en = ("Live: Flood in Elmford\nMonday 6 May 2024\n\n9.05am: The river rose above flood stage in Elmford.\n"
          "1.20pm: Elmford closed two bridges.\n")
    got = _events(en, "live.txt")
    assert [v for v, _ in got] == ["2024-05-06T09:05", "2024-05-06T13:20"]
    assert got[1][1].startswith("Elmford closed two bridges")


def test_a_figure_with_a_dot_opening_lines_is_no_update() -> None:
    text = "Elmford budget\n\nELMFORD, May 6, 2024 — The council set the budget.\n3.50 million for roads.\n1.20 million for parks.\n"
    assert all("T" not in v for v, _ in _events(text, "a.txt"))


@pytest.mark.parametrize(("value", "day"), [("6-May-24", D(2024, 5, 6)), ("6-May-98", D(1998, 5, 6))])
def test_two_digit_year_after_a_month_name(value: str, day: dt.date) -> None:
    assert parse_date_value(value) == day


def test_newspaper_section_pages_in_a_pdf_copy() -> None:
    head = "THE ELMFORD POST          Monday, May 6, 2024          {}\n\n"
    text = (head.format("A3") + "Depot opens\n\nTidewater Transit opened a bus depot in Elmford, the company said.\n\f"
            + head.format("A4") + "The depot holds forty buses.\n")
    assert _stories(text, "paper.txt") == [("Depot opens", D(2024, 5, 6))]


def test_word_page_break_before_a_title_paragraph(tmp_path: Path) -> None:
    doc = (f'<w:document xmlns:w="{_W}"><w:body><w:p><w:r><w:t>Depot opens</w:t></w:r></w:p><w:p><w:r><w:t>ELMFORD, '
           "May 6, 2024 — Tidewater Transit opened a depot.</w:t></w:r></w:p><w:p><w:pPr><w:pageBreakBefore/></w:pPr>"
           "<w:r><w:t>Fair opens</w:t></w:r></w:p><w:p><w:r><w:t>ELMFORD, May 9, 2024 — The orchard fair opened."
           "</w:t></w:r></w:p></w:body></w:document>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", doc)
    (tmp_path / "c.docx").write_bytes(buf.getvalue())
    assert [(s.title, s.date) for s in build_timeline([tmp_path / "c.docx"]).sources] == [
        ("Depot opens", D(2024, 5, 6)), ("Fair opens", D(2024, 5, 9))]


def test_search_hits_clipped_as_markdown_links() -> None:
    text = ("# Search: bus depot\n\n### [Tidewater opens a bus depot](https://a.example/1)\n"
            "May 6, 2024 — Tidewater Transit opened a depot for forty buses ...\n\n"
            "### [Depot brings new routes](https://a.example/2)\nMay 12, 2024 — Three routes start at the depot ...\n")
    assert _stories(text, "hits.md") == [("Tidewater opens a bus depot", D(2024, 5, 6)),
                                         ("Depot brings new routes", D(2024, 5, 12))]


def test_search_hits_with_a_source_and_date_line() -> None:
    text = ("公交 资讯搜索\n柳江公交新站启用\n柳江晚报 2024年5月6日 10:21\n柳江公交新站今天启用，可停放四十辆公交车……\n"
            "新站开通三条线路\n柳江新闻网 2024年5月12日 16:05\n公交新站开通三条线路……\n")
    assert _stories(text, "hits.txt") == [("柳江公交新站启用", D(2024, 5, 6)), ("新站开通三条线路", D(2024, 5, 12))]


def test_one_story_with_a_source_line_stays_one() -> None:
    text = "柳江公交新站启用\n柳江晚报 2024年5月6日 10:21\n柳江公交新站今天启用。\n新站可停放四十辆公交车。\n"
    assert _stories(text, "a.txt") == [("柳江公交新站启用", D(2024, 5, 6))]


def test_live_updates_in_bold_and_chinese_clock_words() -> None:
    md = ("# Live: Flood in Elmford\n\n*Monday, May 6, 2024*\n\n**09:05** The river rose above flood stage.\n\n"
          "**13:20** Elmford closed two bridges.\n")
    assert [v for v, _ in _events(md, "live.md")] == ["2024-05-06T09:05", "2024-05-06T13:20"]
    zh = "柳江暴雨 直播\n2024年5月6日\n\n8时15分 柳江市气象台发布暴雨橙色预警。\n11时40分 柳江全部公交线路停运。\n"
    assert _events(zh, "live.txt") == [("2024-05-06T08:15", "柳江市气象台发布暴雨橙色预警"), ("2024-05-06T11:40", "柳江全部公交线路停运")]


def test_cli_notes_the_scripts_a_folder_leaves_unread(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from timeline.cli import main

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.txt").write_text("Council delays vote\n\nELMFORD, May 7, 2024 — The council delayed "
                                               "its vote.\n", encoding="utf-8")
    (tmp_path / "in" / "app.js").write_text("function go(){ return 1; }\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "in"), "-o", str(tmp_path / "t.timeline.json")]) == 0
    out = capsys.readouterr()
    assert "1 script left unread (app.js" in out.out + out.err
