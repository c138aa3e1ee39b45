"""Corpora shaped as users bring them (issue 12): for each shape, the stories found, their titles and their
publication dates, and relative dates resolved against them.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.pipeline import DocumentResult, process_document
from timeline.temporal.dct import infer_with_precision, self_told

D = dt.date

TW_SELF_DATED = """花蓮縣府推動觀光振興方案
記者王美華／花蓮報導
花蓮縣政府今(115)年將投入三億元推動觀光振興，縣長今（18）日表示，本（2）月底前將公布細節，昨（17）日已召開會議。
"""


def test_taiwanese_self_told_date_dates_the_story() -> None:
    """今(115)年 (Minguo 115 = 2026), 本（2）月 and 今（18）日 together date the article without a dateline."""
    assert infer_with_precision(TW_SELF_DATED) == (D(2026, 2, 18), True)
    (src,) = process_document(TW_SELF_DATED, path="hualien.txt").sources
    assert src.title == "花蓮縣府推動觀光振興方案"
    assert src.date == D(2026, 2, 18)
    assert src.date_source == "inferred"
    assert "今（18）日" in src.date_evidence
    assert src.unresolved == 0


def test_self_told_parts() -> None:
    told = self_told("市府今（2025）年起推動，本（3）月將公布，昨（4）日開會")
    assert told is not None
    assert told[0] == D(2025, 3, 5)  # 昨（4）日: the article is a day later
    assert self_told("沒有日期的新聞") is None


def test_self_told_day_takes_month_from_the_narrated_days() -> None:
    """Only 今（12）日: month and year come from the latest day the story tells with its year."""
    text = "台中市推動綠能屋頂\n台中市政府2025年3月5日公布補助計畫，市長今（12）日表示，下週將開放申請。今年補助增加。\n"
    assert infer_with_precision(text) == (D(2025, 3, 12), True)


def test_self_told_day_without_any_year_stays_undated() -> None:
    text = "台中市推動綠能屋頂\n台中市政府3月5日公布補助計畫，市長今（12）日表示，下週將開放申請。\n"
    (src,) = process_document(text, path="a.txt").sources
    assert src.date is None and src.date_source == "unknown"


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbor Town Daily</title>
<item><title>Library reopens after renovation</title><link>https://example.org/a</link>
<description>The central library reopened yesterday after two years of renovation.</description>
<pubDate>Mon, 03 Mar 2025 09:00:00 +0000</pubDate></item>
<item><title>基隆港迎接郵輪</title><content:encoded><![CDATA[<p>基隆港昨日迎接今年首艘國際郵輪。</p>]]></content:encoded>
<description>短摘要</description><pubDate>Sun, 02 Mar 2025 09:00:00 +0800</pubDate></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Courier</title>
<entry><title>Museum gets new director</title><link href="https://example.org/m"/>
<published>2025-01-20T12:00:00Z</published>
<content type="html">&lt;p&gt;The museum named a new director on Friday &amp;amp; thanked staff.&lt;/p&gt;</content></entry>
<entry><title>Snowstorm closes schools</title><updated>2025-01-21T07:00:00Z</updated>
<summary>Schools closed today as a snowstorm hit the region.</summary></entry>
</feed>
"""


def _values(doc: DocumentResult) -> dict[tuple[str, str], str | None]:
    return {(sid, m.text): m.value for sid, ms in doc.mentions.items() for m in ms}


def test_rss_items_are_stories_dated_by_pubdate() -> None:
    doc = process_document(RSS, path="news.rss")
    a, b = doc.sources
    assert (a.title, a.date, a.date_source, a.outlet, a.url) == (
        "Library reopens after renovation", D(2025, 3, 3), "metadata", "Harbor Town Daily", "https://example.org/a")
    assert (b.title, b.date, b.text) == ("基隆港迎接郵輪", D(2025, 3, 2), "基隆港昨日迎接今年首艘國際郵輪。")
    values = _values(doc)
    assert values[(a.id, "yesterday")] == "2025-03-02"
    assert values[(b.id, "昨日")] == "2025-03-01"


def test_atom_entries_and_a_feed_saved_as_xml() -> None:
    for path in ("feed.atom", "feed.xml"):
        doc = process_document(ATOM, path=path)
        a, b = doc.sources
        assert (a.title, a.date, a.url) == ("Museum gets new director", D(2025, 1, 20), "https://example.org/m")
        assert a.text == "The museum named a new director on Friday & thanked staff."
        assert (b.title, b.date) == ("Snowstorm closes schools", D(2025, 1, 21))  # <updated> when nothing else
        values = _values(doc)
        assert values[(a.id, "Friday")] == "2025-01-17"
        assert values[(b.id, "today")] == "2025-01-21"


def test_broken_feed_is_a_one_line_error(tmp_path) -> None:
    from timeline.cli import main as cli_main

    p = tmp_path / "bad.rss"
    p.write_text('<?xml version="1.0"?>\n<rss><channel><item><title>x</title>\n', encoding="utf-8")
    assert cli_main(["mentions", str(p), "--format", "jsonl"]) == 2


TW_PAGE = """<html><head><title>新北市推動公共自行車 - 範例新聞網</title></head><body>
<div class="top-menu">首頁 | 政治 | 社會 | 國際</div>
<div class="content"><h1>新北市推動公共自行車</h1>
<p>發佈時間：2025-03-04 10:21</p>
<p>新北市政府今（4）日表示，公共自行車站點本月將增加五十處，昨日已完成第一批設置。</p>
<ul class="share-links"><li>分享到臉書</li><li>分享到LINE</li></ul></div>
<div id="footer">版權所有 範例新聞網 © 2025</div>
</body></html>
"""


def test_html_page_chrome_by_class_is_no_text() -> None:
    """A page without <article>/<main>: menus, share bars and footers named by class or id are not the story,
    so the title is the headline and the footer's year is no event; the stamp dates the story."""
    doc = process_document(TW_PAGE, path="bike.html")
    (src,) = doc.sources
    assert src.title == "新北市推動公共自行車"
    assert (src.date, src.date_source) == (D(2025, 3, 4), "dateline")
    assert "首頁" not in src.text and "版權所有" not in src.text and "分享" not in src.text
    values = _values(doc)
    assert values[(src.id, "昨日")] == "2025-03-03"
    assert all(text != "2025" for _, text in values)


def test_layout_wrapper_named_like_chrome_keeps_the_story() -> None:
    page = ('<html><body><div class="page has-sidebar"><h1>Ferry line returns</h1>'
            '<p>The ferry line resumed service on Monday after a winter break.</p></div>'
            '<div class="sidebar">Most read</div></body></html>')
    from timeline.corpus import blank_html

    text = blank_html(page)
    assert "Ferry line returns" in text and "resumed service" in text and "Most read" not in text
    assert len(text) == len(page)


DIGEST = """今日要聞摘要

嘉義縣舉辦農產品展售會
中央社記者林大同嘉義3日電 嘉義縣政府今天在縣府廣場舉辦農產品展售會，吸引上千民眾參觀，縣長表示下週將再辦一場。

----------

宜蘭溫泉季開幕
本報訊 宜蘭縣溫泉季昨日開幕，主辦單位預估本（3）月將吸引十萬人次。發佈時間：2025-03-05 09:00

----------

Storm knocks out power in coastal towns
WASHINGTON, March 3 (Reuters) - A storm knocked out power to thousands of homes on Monday, utilities said.
"""


def test_digest_with_a_file_header_and_a_day_only_dateline() -> None:
    """A .txt digest: the file's own header line is no story title; a dateline naming only its day (3日電)
    takes month and year from the stories collected with it; a dateline without year takes the file's year."""
    doc = process_document(DIGEST, path="digest.txt")
    a, b, c = doc.sources
    assert [s.title for s in doc.sources] == ["嘉義縣舉辦農產品展售會", "宜蘭溫泉季開幕",
                                              "Storm knocks out power in coastal towns"]
    assert "今日要聞摘要" not in a.text
    assert (a.date, a.date_source) == (D(2025, 3, 3), "inferred")
    assert (b.date, b.date_source) == (D(2025, 3, 5), "dateline")
    assert (c.date, c.date_source) == (D(2025, 3, 3), "inferred")
    values = _values(doc)
    assert values[(a.id, "今天")] == "2025-03-03"
    assert values[(b.id, "昨日")] == "2025-03-04"
    assert values[(c.id, "Monday")] == "2025-03-03"


def test_collection_whose_stories_open_with_a_lone_title_keeps_its_first_story_whole() -> None:
    text = ("Ferry line returns\n\nThe ferry line resumed service on Monday.\n\n---\n\n"
            "Bridge reopens\n\nThe bridge reopened on Tuesday.\n")
    doc = process_document(text, path="two.txt")
    assert [s.title for s in doc.sources] == ["Ferry line returns", "Bridge reopens"]


def test_english_header_stamps_and_datelines() -> None:
    """English page headers: a label with a clock time and a short weekday before the date, a date followed by
    ``/ time``, a day-month dateline without year (its year from the story's own year)."""
    cases = {
        "Published 10:21 AM EST, Mon March 3, 2025": (D(2025, 3, 3), "dateline"),
        "Mar 3, 2025 / 10:21 AM": (D(2025, 3, 3), "dateline"),
        "By Jane Doe | March 3, 2025": (D(2025, 3, 3), "dateline"),
        "Updated: 2025-03-03T10:21:00-05:00": (D(2025, 3, 3), "dateline"),
    }
    for header, want in cases.items():
        text = f"Airline adds routes\n{header}\nThe carrier said on Tuesday it would add routes next month.\n"
        (src,) = process_document(text, path="a.txt").sources
        assert (src.date, src.date_source) == want, header
    text = ("Airline adds routes\nLONDON, 3 March (Reuters) - The carrier said on Tuesday it would add routes, "
            "after record 2025 bookings.\n")
    doc = process_document(text, path="a.txt")
    (src,) = doc.sources
    assert (src.date, src.date_source) == (D(2025, 3, 3), "inferred")
    assert _values(doc)[(src.id, "Tuesday")] == "2025-02-25"


def test_a_date_inside_an_english_sentence_is_no_dateline() -> None:
    text = "Airline adds routes\nOn 3 March the carrier said it would add routes in 2025.\n"
    (src,) = process_document(text, path="a.txt").sources
    assert src.date_source != "dateline"


SCRAPED = "\n".join([
    '{"title": "港口擴建", "content": "<div class=\\"art\\"><p>高雄港昨日宣布擴建計畫。</p><p>預計明年完工。</p></div>", '
    '"published": "2025-03-04 10:21:00"}',
    '{"title": "Port expands", "content": "<p>The port said on Monday it would expand.</p>", '
    '"published_at": 1741055400000}',
    '{"title": "Only a headline kept", "content": "", "date": "2025-03-04"}',
    '{"title": "Late story", "body": "The council met yesterday.", "date": "2025-03-03T23:30:00-05:00"}',
]) + "\n"


def test_scraper_jsonl_with_html_content_empty_text_and_epoch_ms() -> None:
    doc = process_document(SCRAPED, path="scrape.jsonl")
    a, b, c, d = doc.sources
    assert [s.title for s in doc.sources] == ["港口擴建", "Port expands", "Only a headline kept", "Late story"]
    assert "<p>" not in a.text and "高雄港昨日宣布擴建計畫。" in a.text  # markup blanked, offsets kept
    assert len(a.text) == len('<div class="art"><p>高雄港昨日宣布擴建計畫。</p><p>預計明年完工。</p></div>')
    assert [s.date for s in doc.sources] == [D(2025, 3, 4), D(2025, 3, 4), D(2025, 3, 4), D(2025, 3, 3)]
    assert c.text == "Only a headline kept"  # an empty text field: the record is kept, its title is its text
    values = _values(doc)
    assert values[(a.id, "昨日")] == "2025-03-03"
    assert values[(b.id, "Monday")] == "2025-03-03"
    assert values[(d.id, "yesterday")] == "2025-03-02"  # the local date of the stamp, not UTC's


def test_json_api_wrapper_nested_list() -> None:
    text = ('{"status": "ok", "data": {"list": [{"title": "Rail line opens", "text": "The line opened yesterday.", '
            '"pubDate": "2025-03-04"}, {"title": "鐵路通車", "text": "新線昨日通車。", "pubDate": "2025年3月4日 10:21"}]}}')
    doc = process_document(text, path="api.json")
    assert [(s.title, s.date) for s in doc.sources] == [("Rail line opens", D(2025, 3, 4)), ("鐵路通車", D(2025, 3, 4))]


def test_self_told_day_in_a_folder_takes_month_from_its_neighbours(tmp_path) -> None:
    import json

    from timeline.cli import main as cli_main

    (tmp_path / "a.txt").write_text("桃園市長宣布擴建捷運綠線\n\n記者陳小明／桃園報導\n桃園市政府今（6）日宣布，捷運綠線將延伸，"
                                    "市長表示，昨日已與交通部完成協商。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("高雄港貨櫃量創新高\n2025年03月04日 10:21 来源：港都日報\n高雄港務分公司昨日公布貨櫃量。\n",
                                    encoding="utf-8")
    (tmp_path / "c.txt").write_text("台南燈會閉幕\n發佈時間：2025-03-02 09:00\n台南燈會昨日閉幕。\n", encoding="utf-8")
    out = tmp_path / "x.timeline.json"
    assert cli_main(["extract", str(tmp_path), "-o", str(out)]) == 0
    src = {s["path"].rsplit("/", 1)[-1]: s for s in json.loads(out.read_text(encoding="utf-8"))["sources"]}
    assert (src["a.txt"]["date"], src["a.txt"]["date_source"]) == ("2025-03-06", "inferred")
    assert "今（6）日" in src["a.txt"]["date_evidence"]


def test_self_told_day_in_a_digest_takes_month_from_the_file() -> None:
    text = ("花蓮賞鯨季開跑\n花蓮縣政府今（8）日宣布賞鯨季開跑，昨日已完成試航。\n\n---\n\n"
            "宜蘭溫泉季開幕\n發佈時間：2025-03-05 09:00\n宜蘭縣溫泉季昨日開幕。\n")
    doc = process_document(text, path="digest.txt")
    a, b = doc.sources
    assert (a.date, a.date_source) == (D(2025, 3, 8), "inferred")
    assert _values(doc)[(a.id, "昨日")] == "2025-03-07"


SITE_HEADER_PAGE = """<html><head><title>Dam project delayed | Valley Courier</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
{"@type":"NewsArticle","headline":"Dam project delayed","datePublished":"2025-04-02T08:00:00+00:00"}]}</script></head>
<body><header><a href="/">Valley Courier</a> <span>Local news since 1901</span></header>
<div id="story"><h2>Dam project delayed</h2><p>By Ana Ruiz</p>
<p>The state said on Tuesday the dam project would be delayed until next year.</p></div>
<div class="related-stories"><h3>More stories</h3><p>Bridge opens in 2024</p></div>
</body></html>
"""

MENU_TABLE_PAGE = """<html><head><meta name="pubdate" content="20250402"><title>水庫工程延宕－範例日報</title></head><body>
<table><tr><td><a href="/">首頁</a></td><td><a href="/n">新聞</a></td></tr></table>
<h1>水庫工程延宕</h1><span class="date">2025/04/02</span>
<p>（中央社記者張三台中2日電）水利署今天表示，水庫工程將延至明年完工，上週已通知承包商。</p>
<p class="copyright">本網站內容未經授權不得轉載</p></body></html>
"""


def test_html_story_starts_at_its_headline() -> None:
    """Without <article>/<main>, a site header or a menu table before the headline is no part of the story: the
    story starts at the <h1>, or at the heading repeating the page's <title> (without its '| Site' part)."""
    doc = process_document(SITE_HEADER_PAGE, path="dam.html")
    (src,) = doc.sources
    assert src.title == "Dam project delayed"
    assert (src.date, src.date_source) == (D(2025, 4, 2), "metadata")  # JSON-LD inside an @graph
    assert "Valley Courier" not in src.text and "More stories" not in src.text
    values = _values(doc)
    assert values[(src.id, "Tuesday")] == "2025-04-01"
    assert all(text not in ("1901", "2024") for _, text in values)
    doc = process_document(MENU_TABLE_PAGE, path="dam-zh.html")
    (src,) = doc.sources
    assert src.title == "水庫工程延宕"
    assert src.date == D(2025, 4, 2)
    assert "首頁" not in src.text and "轉載" not in src.text
    assert _values(doc)[(src.id, "今天")] == "2025-04-02"


def test_utc_moments_of_chinese_stories_are_dated_in_utc_plus_8() -> None:
    """A Taipei story stamped 2025-03-03 20:30 UTC was published on March 4th there; an English story keeps
    the UTC day; a bare midnight is a day, not a moment."""
    rows = [
        '{"title": "台南燈會", "content": "台南市政府昨日宣布燈會開幕。", "time": 1741033800}',
        '{"title": "台南燈會", "content": "台南市政府昨日宣布燈會開幕。", "published_at": "2025-03-03T20:30:00Z"}',
        '{"title": "Lantern fair", "content": "The city opened the fair yesterday.", "time": 1741033800}',
        '{"title": "台南燈會", "content": "台南市政府昨日宣布燈會開幕。", "date": "2025-03-03T00:00:00Z"}',
        '{"title": "台南燈會", "content": "台南市政府昨日宣布燈會開幕。", "date": "2025-03-03T20:30:00-05:00"}',
    ]
    doc = process_document("\n".join(rows) + "\n", path="zone.jsonl")
    assert [s.date for s in doc.sources] == [D(2025, 3, 4), D(2025, 3, 4), D(2025, 3, 3), D(2025, 3, 3),
                                             D(2025, 3, 3)]
    feed = RSS.replace("Sun, 02 Mar 2025 09:00:00 +0800", "Sun, 02 Mar 2025 18:00:00 GMT")
    assert process_document(feed, path="news.rss").sources[1].date == D(2025, 3, 3)


def test_bylines_and_benbaoxun_title_no_event() -> None:
    from timeline.pipeline import byline_spans, events_for

    for text in ("宜蘭溫泉季開幕\n【本報訊】記者林小華／宜蘭報導 宜蘭縣溫泉季昨日開幕，主辦單位預估本（3）月將吸引十萬人次。\n"
                 "發佈時間：2025-03-05 09:00\n",
                 "宜兰温泉季开幕\n本报讯（记者林小华）宜兰县温泉季昨日开幕，主办单位预估本月将吸引十万人次。\n"
                 "2025年03月05日 09:00 来源：宜兰日报\n"):
        doc = process_document(text, path="a.txt")
        (src,) = doc.sources
        assert src.date == D(2025, 3, 5)
        events = events_for(doc.sources, doc.mentions)
        assert events and all("記者" not in e.title and "记者" not in e.title and "本報訊" not in e.title
                              and "本报讯" not in e.title for e in events)
    assert byline_spans("記者會上，市長表示明天將宣布。") == []  # a press conference is no byline


def test_numeric_day_month_dates_in_an_export() -> None:
    """03/04/2025 is read as the file's other dates tell (25/03/2025 makes the file day-first); alone it is
    ambiguous and the story stays undated rather than guessed."""
    both = "title,content,published\nBridge closes,The bridge closed yesterday.,03/04/2025\n" \
           "Road opens,The road opened yesterday.,25/03/2025\n"
    assert [s.date for s in process_document(both, path="x.csv").sources] == [D(2025, 4, 3), D(2025, 3, 25)]
    us = "title,content,published\nBridge closes,The bridge closed yesterday.,03/04/2025\n" \
         "Road opens,The road opened yesterday.,03/25/2025\n"
    assert [s.date for s in process_document(us, path="x.csv").sources] == [D(2025, 3, 4), D(2025, 3, 25)]
    alone = "title,content,published\nBridge closes,The bridge closed yesterday.,03/04/2025\n"
    (src,) = process_document(alone, path="x.csv").sources
    assert src.date is None and src.unresolved == 1
