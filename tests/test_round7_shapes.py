"""Fresh corpus shapes, round 7 (issue 12): exports with a title line above the CSV header, JSON saved as
``.jsonl``, a Twitter archive, C-style and locale stamps, daily notes, digests with bold titles.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.corpus import CorpusError
from timeline.dating import parse_date_value
from timeline.pipeline import build_timeline, process_document
from timeline.stories import split_stories

D = dt.date


def _got(tmp_path: Path, name: str, text: str) -> list[tuple[str, dt.date | None]]:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return [(s.title, s.date) for s in build_timeline([p]).sources]


def test_csv_with_a_title_line_above_its_header(tmp_path: Path) -> None:
    text = "海滨新闻导出 2025-03-10\n标题,正文,发布时间\n新码头启用,海滨港新码头今天正式启用。,2025-03-04 10:21\n图书馆重开,,bad\n"
    assert _got(tmp_path, "e.csv", text.replace(",,bad", ",市图书馆今天重新开放。,2025-03-05")) == [
        ("新码头启用", D(2025, 3, 4)), ("图书馆重开", D(2025, 3, 5))]


def test_json_saved_as_jsonl(tmp_path: Path) -> None:
    one = json.dumps({"title": "Ferry resumes", "text": "The ferry resumed service today.", "date": "2025-03-04"},
                     indent=2)
    assert _got(tmp_path, "a.jsonl", one) == [("Ferry resumes", D(2025, 3, 4))]
    two = json.dumps([{"title": "A", "text": "The ferry resumed.", "date": "2025-03-04"},
                      {"title": "B", "text": "The library reopened.", "date": "2025-03-05"}])
    assert _got(tmp_path, "b.jsonl", two) == [("A", D(2025, 3, 4)), ("B", D(2025, 3, 5))]


def test_broken_jsonl_is_still_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"c\.jsonl: line 2: not a JSON object"):
        split_stories('{"text": "The ferry resumed."}\n{"text": \n', str(tmp_path / "c.jsonl"))


def test_twitter_archive_script(tmp_path: Path) -> None:
    text = ('window.YTD.tweets.part0 = [\n  {"tweet": {"id_str": "1", "created_at": "Tue Mar 04 10:21:00 +0000 2025", '
            '"full_text": "The harbor ferry resumed service today."}},\n  {"tweet": {"id_str": "2", "created_at": '
            '"Tue Mar 04 20:30:00 +0000 2025", "full_text": "海滨港新码头今天启用。"}}\n]\n')
    got = _got(tmp_path, "tweets.js", text)
    assert got == [("The harbor ferry resumed service today.", D(2025, 3, 4)), ("海滨港新码头今天启用。", D(2025, 3, 5))]


def test_a_script_that_is_no_data_export_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="not a data export"):
        split_stories("function f() { return 1; }\n", str(tmp_path / "app.js"))


@pytest.mark.parametrize(("value", "order", "day"), [
    ("Tue Mar 04 10:21:00 +0000 2025", None, D(2025, 3, 4)),
    ("3/25/2025, 9:00:00 AM", None, D(2025, 3, 25)),
    ("3/4/2025, 10:21:00 AM", "mdy", D(2025, 3, 4)),
    ("3/4/2025, 10:21:00 AM", None, None),
])
def test_stamps_of_programs(value: str, order: str | None, day: dt.date | None) -> None:
    assert parse_date_value(value, order=order) == day


DAILY = """# 2025-03-04

## 海滨港新码头启用
海滨港新码头今天正式启用，每天可处理四千名旅客。

## 市图书馆重新开放
市图书馆今天重新开放，此前因水灾关闭一个月。
"""

TITLED_WITH_DATE = """# 2025年3月4日董事会决议

## 一、审议年报
董事会审议通过了2024年年度报告。

## 二、选举董事长
董事会选举林小华为董事长。
"""


def test_daily_note_gives_a_story_per_heading_dated_by_the_page() -> None:
    got = [(s.title, s.date) for s in process_document(DAILY, path="2025-03-04.md").sources]
    assert got == [("海滨港新码头启用", D(2025, 3, 4)), ("市图书馆重新开放", D(2025, 3, 4))]
    got = [(s.title, s.date) for s in process_document(DAILY, path="note.md").sources]
    assert got == [("海滨港新码头启用", D(2025, 3, 4)), ("市图书馆重新开放", D(2025, 3, 4))]


def test_a_headline_telling_a_date_keeps_its_sections() -> None:
    assert len(process_document(TITLED_WITH_DATE, path="r.md").sources) == 1


def test_digest_with_bold_title_lines() -> None:
    text = ("**海滨港新码头启用**\n新华社海滨2025年3月4日电 海滨港新码头4日正式启用。\n\n"
            "**市图书馆重新开放**\n新华社海滨2025年3月5日电 市图书馆5日重新开放。\n")
    got = [(s.title, s.date) for s in process_document(text, path="b.txt").sources]
    assert got == [("海滨港新码头启用", D(2025, 3, 4)), ("市图书馆重新开放", D(2025, 3, 5))]


def test_bold_subheads_of_one_story_stay_one_story() -> None:
    text = ("**海滨市出台稳就业措施**\n海滨市政府今天发布稳就业措施。\n\n**扩大补贴**\n对吸纳高校毕业生的企业给予补贴。\n")
    assert len(process_document(text, path="b.txt").sources) == 1


# ------------------------------------------------------------------------------------------------ round 8
def test_excel_unicode_text_export_is_a_table(tmp_path: Path) -> None:
    p = tmp_path / "export.txt"
    p.write_bytes("\ufeff标题\t正文\t发布时间\r\n新码头启用\t海滨港新码头今天正式启用。\t2025/3/4 10:21\r\n".encode("utf-16-le"))
    assert [(s.title, s.date) for s in build_timeline([p]).sources] == [("新码头启用", D(2025, 3, 4))]


def test_json_lines_saved_as_txt(tmp_path: Path) -> None:
    text = ('{"title": "Ferry resumes", "text": "The ferry resumed service today.", "date": "2025-03-04"}\n'
            '{"title": "Library reopens", "text": "The library reopened today.", "date": "2025-03-05"}\n')
    assert _got(tmp_path, "r.txt", text) == [("Ferry resumes", D(2025, 3, 4)), ("Library reopens", D(2025, 3, 5))]


@pytest.mark.parametrize("text", ["Ferry resumes, library reopens\nThe ferry resumed service today, the operator said.\n",
                                  "{编者按} 本文谈港口。\n海滨港新码头今天启用。\n",
                                  "title\tnotes\nThe ferry resumed service today.\n"])
def test_plain_text_that_only_looks_like_records_stays_text(tmp_path: Path, text: str) -> None:
    assert len(_got(tmp_path, "p.txt", text)) == 1


def test_day_named_file_in_year_and_month_folders(tmp_path: Path) -> None:
    from timeline.dating import filename_date

    assert filename_date("news/2025/03/04.txt").date == D(2025, 3, 4)
    assert filename_date("news/2025/3/04-ferry.md").date == D(2025, 3, 4)
    assert filename_date("news/2025/03/notes.txt").date is None
    assert filename_date("news/2025/03/2024 report.txt").date is None
