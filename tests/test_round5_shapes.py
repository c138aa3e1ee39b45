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
           "crawl_time": "2025-03-09 08:00:00", "pub_time": "2025-03-04 18:00:00", "source_url": "https://x.org/1"}
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
