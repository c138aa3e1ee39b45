"""Fresh corpus shapes, round 5 (issue 12): dates in file names as people write them, scraper records nested
in objects or named otherwise, feeds saved as ``.xml`` in a folder, digests without rule lines, subtitles.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.corpus import CorpusError, iter_corpus_files
from timeline.dating import filename_date
from timeline.pipeline import build_timeline, process_document

D = dt.date


def _stories(text: str, path: str = "a.txt") -> list[tuple[str, dt.date | None, str]]:
    return [(s.title, s.date, s.date_source) for s in process_document(text, path=path).sources]


# --------------------------------------------------------------------------------------- file names
@pytest.mark.parametrize(("name", "day"), [
    ("2025年3月4日 新码头.txt", D(2025, 3, 4)),
    ("news-2025-3-6.txt", D(2025, 3, 6)),
    ("March 5, 2025 - bridge.txt", D(2025, 3, 5)),
    ("5_March_2025_bridge.txt", D(2025, 3, 5)),
    ("25-03-2025_library.txt", D(2025, 3, 25)),
    ("03-25-2025_library.txt", D(2025, 3, 25)),
    ("04.03.2025 library.txt", D(2025, 3, 4)),
    ("中華民國114年3月4日.txt", D(2025, 3, 4)),
    ("20250307_1021.txt", D(2025, 3, 7)),
])
def test_dates_people_write_into_file_names(name: str, day: dt.date) -> None:
    got = filename_date(name)
    assert (got.date, got.source) == (day, "filename")


@pytest.mark.parametrize("name", ["04-03-2025_library.txt", "report-v2.txt", "wsj_0006.txt", "2025-13-40.txt",
                                  "199980817.txt", "March notes.txt"])
def test_no_date_read_into_ambiguous_or_dateless_names(name: str) -> None:
    assert filename_date(name).date is None


# ------------------------------------------------------------------------------------------ records
def test_jsonl_story_nested_in_an_object(tmp_path: Path) -> None:
    p = tmp_path / "s.jsonl"
    rows = [{"id": 1, "article": {"headline": "海滨新码头启用", "content": "海滨市新码头今天正式启用。",
                                  "pub_time": "2025-03-04 10:21:00"}},
            {"id": 2, "data": {"title": "图书馆重开", "desc": "市图书馆今天重新开放。", "ctime": 1741168800}}]
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    tl = build_timeline([p])
    assert [(s.title, s.date, s.date_source, s.text) for s in tl.sources] == [
        ("海滨新码头启用", D(2025, 3, 4), "metadata", "海滨市新码头今天正式启用。"),
        ("图书馆重开", D(2025, 3, 5), "metadata", "市图书馆今天重新开放。")]


def test_record_fields_named_by_their_last_word(tmp_path: Path) -> None:
    p = tmp_path / "s.jsonl"
    row = {"news_title": "Bridge vote passes", "story_body": "The council approved the bridge today.",
           "crawl_time": "2025-03-09 08:00:00", "pub_time": "2025-03-04 18:00:00", "image_url": "https://x.org/1.jpg",
           "source_url": "https://x.org/1"}
    p.write_text(json.dumps(row), encoding="utf-8")
    (s,) = build_timeline([p]).sources
    assert (s.title, s.text, s.date, s.url) == ("Bridge vote passes", "The council approved the bridge today.",
                                                D(2025, 3, 4), "https://x.org/1")


def test_crawl_time_alone_never_dates_a_record(tmp_path: Path) -> None:
    p = tmp_path / "s.jsonl"
    p.write_text(json.dumps({"news_title": "Bridge vote", "story_body": "The council met.",
                             "crawl_time": "2025-03-09 08:00:00"}), encoding="utf-8")
    (s,) = build_timeline([p]).sources
    assert s.date is None


# -------------------------------------------------------------------------------------------- feeds
FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Valley News</title>
<item><title>Library reopens after flood</title><pubDate>Tue, 04 Mar 2025 09:00:00 -0500</pubDate>
<description>The central library reopened on Tuesday after last month's flood.</description></item>
<item><title>School board picks new head</title><pubDate>Wed, 05 Mar 2025 14:00:00 -0500</pubDate>
<description>The school board named a new superintendent on Wednesday.</description></item>
</channel></rss>
"""


def test_feed_saved_as_xml_in_a_folder_is_read(tmp_path: Path) -> None:
    (tmp_path / "valley.xml").write_text(FEED, encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>',
                                          encoding="utf-8")
    assert [p.name for p in iter_corpus_files([tmp_path])] == ["valley.xml"]
    tl = build_timeline([tmp_path])
    assert [(s.title, s.date) for s in tl.sources] == [("Library reopens after flood", D(2025, 3, 4)),
                                                       ("School board picks new head", D(2025, 3, 5))]


def test_folder_of_other_xml_is_an_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset/>', encoding="utf-8")
    with pytest.raises(CorpusError, match="folder holds no corpus files"):
        list(iter_corpus_files([tmp_path]))


# ------------------------------------------------------------------------------ digests without rules
FLASHES = """海滨财经快讯 2025年3月4日

09:41 【海滨港吞吐量创新高】海滨港2月集装箱吞吐量达120万标箱，同比增长8%。
10:15 【新能源车企获融资】海滨新能源汽车公司宣布完成10亿元B轮融资。
11:02 【央行开展逆回购】央行今天开展500亿元7天期逆回购操作。
"""

NUMBERED_WIRES = """一、海滨港新码头启用
新华社海滨2025年3月4日电 海滨港新码头4日正式启用，每天可处理4000名旅客。

二、海滨市图书馆重新开放
新华社海滨2025年3月5日电 海滨市图书馆5日重新开放，此前因水灾关闭一个月。
"""

CIRCLED = """2025年3月4日 早报
①海滨港新码头启用：海滨港新码头昨天正式启用，每天可处理4000名旅客。
②市图书馆重新开放：市图书馆昨天重新开放，此前因水灾关闭一个月。
③地铁3号线开通：地铁3号线昨天下午开通运营。
"""

HEADLINES_ZH = """今日要闻

1、海滨大桥合龙
海滨大桥主跨今天上午顺利合龙，预计年底通车。

2、港区新规施行
港区管理新规今天起施行，货车须按时段进港。
"""

BRIEFING_EN = """Morning Briefing — March 4, 2025

1) Bridge vote passes
The council approved a second bridge over the Pine River by seven votes to two.

2) Library reopens
The central library reopened after a month-long closure caused by the flood.
"""


@pytest.mark.parametrize(("text", "want"), [
    (FLASHES, [("海滨港吞吐量创新高", D(2025, 3, 4)), ("新能源车企获融资", D(2025, 3, 4)),
               ("央行开展逆回购", D(2025, 3, 4))]),
    (NUMBERED_WIRES, [("海滨港新码头启用", D(2025, 3, 4)), ("海滨市图书馆重新开放", D(2025, 3, 5))]),
    (CIRCLED, [("海滨港新码头启用", D(2025, 3, 4)), ("市图书馆重新开放", D(2025, 3, 4)), ("地铁3号线开通", D(2025, 3, 4))]),
    (HEADLINES_ZH, [("海滨大桥合龙", None), ("港区新规施行", None)]),
    (BRIEFING_EN, [("Bridge vote passes", D(2025, 3, 4)), ("Library reopens", D(2025, 3, 4))]),
])
def test_digest_items_without_rule_lines_are_stories(text: str, want: list) -> None:
    res = process_document(text, path="digest.txt")
    assert [(s.title, s.date) for s in res.sources] == want
    for s in res.sources:  # each story's text is a slice of the file, without the item's number or clock
        assert text[s.offset:s.offset + len(s.text)] == s.text
        assert not s.text[:1].isdigit() and s.text[:1] not in "一二①"


def test_digest_header_date_dates_items_and_gives_yearless_datelines_their_year() -> None:
    text = "滨江要闻 2025年3月5日\n\n1、滨江大桥合龙\n新华社滨江3月4日电 滨江大桥主跨4日合龙。\n\n2、图书馆重开\n滨江图书馆今天重新开放，此前关闭一个月。\n"
    got = [(s.title, s.date, s.date_source) for s in process_document(text, path="d.txt").sources]
    assert got == [("滨江大桥合龙", D(2025, 3, 4), "inferred"), ("图书馆重开", D(2025, 3, 5), "dateline")]


NOTICE = """关于做好春季防汛工作的通知
一、加强巡查
各单位要加强对河道、水库的巡查，发现隐患及时上报。
二、完善预案
各单位要在三月底前完善防汛预案，明确责任人。
"""

LEAD_THEN_POINTS = """海滨市出台稳就业措施
海滨市政府今天发布稳就业十条措施，主要内容如下。
1、扩大补贴
对吸纳高校毕业生的企业给予每人3000元补贴。
2、减免租金
对小微企业减免三个月房租。
"""

LIVE = """直播：台风登陆海滨
2025年3月4日

10:32 台风中心在海滨市南部沿海登陆，最大风力12级。
12:10 海滨港全部航班停航，恢复时间另行通知。
"""

LIVE_BRACKETS = """Live: storm hits the coast
10:32 [Winds] Winds of 120 km/h were recorded at Port Ellis this morning.
12:10 [Ferries] The ferry service was suspended until Wednesday.
"""


@pytest.mark.parametrize("text", [NOTICE, LEAD_THEN_POINTS, LIVE, LIVE_BRACKETS])
def test_a_storys_own_numbered_sections_or_timed_updates_stay_one_story(text: str) -> None:
    assert len(process_document(text, path="one.txt").sources) == 1


def test_separated_collection_dated_by_its_header_line() -> None:
    text = ("Harbor Town Weekly — March 4, 2025\n\nFerry resumes\nThe ferry resumed service today.\n\n---\n\n"
            "Library reopens\nThe library reopened today after the flood.\n")
    got = [(s.title, s.date) for s in process_document(text, path="w.txt").sources]
    assert got == [("Ferry resumes", D(2025, 3, 4)), ("Library reopens", D(2025, 3, 4))]


# ----------------------------------------------------------------------------- datelines and post stamps
def _titles(text: str, path: str = "a.txt") -> list[str]:
    from timeline.pipeline import events_for

    doc = process_document(text, path=path)
    return [e.title for e in events_for(doc.sources, doc.mentions)]


def test_newswire_tag_is_part_of_the_dateline() -> None:
    text = ("FOR IMMEDIATE RELEASE\n\nNorthwind Robotics Opens Factory in Port Ellis\n\n"
            "PORT ELLIS, Ore., March 4, 2025 /PRNewswire/ -- Northwind Robotics today opened a new factory in "
            "Port Ellis that will employ 300 people.\n")
    (s,) = process_document(text, path="pr.txt").sources
    assert s.date == D(2025, 3, 4) and s.dateline is not None
    assert s.text[s.dateline[0]:s.dateline[1]].endswith("/PRNewswire/ --")
    assert not any("PRNewswire" in t for t in _titles(text, "pr.txt"))


def test_a_stamp_never_runs_over_a_line_break_into_the_next_lines_clock() -> None:
    text = "直播：台风登陆海滨\n2025年3月4日\n\n10:32 台风中心在海滨市南部沿海登陆。\n12:10 海滨港全部航班停航。\n"
    (s,) = process_document(text, path="live.txt").sources
    assert s.date == D(2025, 3, 4)
    assert s.text[s.dateline[0]:s.dateline[1]] == "2025年3月4日"


FORUM = """海滨论坛 · 本地新闻版 （保存于 2025-03-04 18:00）

海滨小王  3小时前
地铁3号线今天下午正式开通了，坐了一趟很快。

Jane_E  2 hours ago
The new bridge vote passed this morning, seven to two.
"""


def test_poster_lines_of_a_forum_copy_are_no_events() -> None:
    titles = _titles(FORUM, "forum.txt")
    assert titles and not any(t.startswith(("海滨小王", "Jane_E")) for t in titles)
    assert any("地铁3号线" in t for t in titles) and any("bridge vote" in t for t in titles)


def test_update_clocks_of_a_live_story_title_no_event() -> None:
    text = ("Live: storm hits the coast\nTuesday, March 4, 2025\n\n10:32 Winds of 120 km/h were recorded.\n"
            "12:10 The ferry service was suspended until Thursday.\n")
    titles = _titles(text, "live.txt")
    assert titles and not any(t[:1].isdigit() for t in titles)


def test_a_schedule_line_keeps_its_event() -> None:
    text = "海滨艺术节开幕\n2025年3月4日 来源：海滨日报\n艺术节日程如下。\n开幕式  3月10日\n闭幕式  3月20日\n"
    doc = process_document(text, path="s.txt")
    from timeline.pipeline import event_mentions

    assert len(event_mentions(doc.sources, doc.mentions)[doc.sources[0].id]) >= 2


def test_forum_copy_gives_a_story_per_post_dated_against_the_save_stamp() -> None:
    got = [(s.title, s.date) for s in process_document(FORUM.replace(
        "Jane_E  2 hours ago", "老港口  昨天 14:20\n听说新码头下周启用，大家去看过没有？\n\nJane_E  2 hours ago"),
        path="forum.txt").sources]
    assert got == [("地铁3号线今天下午正式开通了，坐了一趟很快。", D(2025, 3, 4)), ("听说新码头下周启用，大家去看过没有？", D(2025, 3, 3)),
                   ("The new bridge vote passed this morning, seven to two.", D(2025, 3, 4))]


@pytest.mark.parametrize(("stamp", "clock", "day"), [
    ("3小时前", (18, 0), D(2025, 3, 4)), ("3小时前", (1, 0), D(2025, 3, 3)), ("3小时前", None, None),
    ("昨天 14:20", None, D(2025, 3, 3)), ("前天", None, D(2025, 3, 2)), ("2天前", None, D(2025, 3, 2)),
    ("2 hours ago", (18, 0), D(2025, 3, 4)), ("yesterday at 9:05 pm", None, D(2025, 3, 3)),
    ("03-01 09:00", None, D(2025, 3, 1)), ("刚刚", None, D(2025, 3, 4)), ("next week", None, None),
])
def test_post_stamp_days(stamp: str, clock: tuple[int, int] | None, day: dt.date | None) -> None:
    from timeline.dating import post_stamp_day

    assert post_stamp_day(stamp, D(2025, 3, 4), clock) == day


def test_ambiguous_name_read_in_the_order_its_folder_tells(tmp_path: Path) -> None:
    (tmp_path / "04-03-2025_library.txt").write_text("Library reopens\nThe library reopened today.\n", encoding="utf-8")
    (tmp_path / "25-03-2025_port.txt").write_text("Port news\nThe port opened a berth today.\n", encoding="utf-8")
    got = sorted((s.title, s.date, s.date_source) for s in build_timeline([tmp_path]).sources)
    assert got == [("Library reopens", D(2025, 3, 4), "filename"), ("Port news", D(2025, 3, 25), "filename")]
    (tmp_path / "25-03-2025_port.txt").unlink()
    (tmp_path / "03-25-2025_port.txt").write_text("Port news\nThe port opened a berth today.\n", encoding="utf-8")
    got = sorted((s.title, s.date) for s in build_timeline([tmp_path]).sources)
    assert got == [("Library reopens", D(2025, 4, 3)), ("Port news", D(2025, 3, 25))]
