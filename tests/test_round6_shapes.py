"""Fresh corpus shapes, round 6 (issue 12): subtitles, page breaks, field names of Chinese exports and APIs,
LibreOffice files, pages saved as MHTML, forwarded mail, source lines at the end, bracket datelines.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from timeline.corpus import iter_corpus_files
from timeline.pipeline import build_timeline, events_for, process_document
from timeline.stories import subtitle_transcript

D = dt.date

SRT_ZH = """1
00:00:00,500 --> 00:00:03,200
观众朋友们晚上好，
今天是2025年3月4日星期二。

2
00:00:03,300 --> 00:00:07,000
海滨港新码头今天上午正式启用，
每天可处理四千名旅客。

3
00:00:07,100 --> 00:00:10,000
市图书馆明天重新开放。
"""

VTT_EN = """WEBVTT
Kind: captions
Language: en

NOTE written for a test

00:00:01.000 --> 00:00:04.000
Good evening. It is Tuesday, March 4, 2025.

intro-2
00:00:04.100 --> 00:00:08.000 align:start
<v Anchor>The council approved a second bridge
<v Anchor>over the Pine River today.

00:00:08.100 --> 00:00:12.000
<v Reporter><i>Work starts next spring.</i>
"""


def test_subrip_is_read_as_its_words_and_dated_by_what_is_said() -> None:
    assert subtitle_transcript(SRT_ZH) == ("观众朋友们晚上好，今天是2025年3月4日星期二。\n海滨港新码头今天上午正式启用，每天可处理四千名旅客。\n"
                                           "市图书馆明天重新开放。\n")
    (s,) = process_document(SRT_ZH, path="news.srt").sources
    assert (s.date, s.date_source) == (D(2025, 3, 4), "dateline")
    titles = [e.title for e in events_for([s], process_document(SRT_ZH, path="news.srt").mentions)]
    assert "2025年3月4日" not in titles and any("新码头" in t for t in titles)


def test_webvtt_header_timings_and_tags_are_left_out_voices_become_speakers() -> None:
    assert subtitle_transcript(VTT_EN) == ("Good evening. It is Tuesday, March 4, 2025.\n"
                                           "Anchor: The council approved a second bridge over the Pine River today.\n"
                                           "Reporter: Work starts next spring.\n")
    (s,) = process_document(VTT_EN, path="news.vtt").sources
    assert (s.title, s.date) == ("Good evening. It is Tuesday, March 4, 2025.", D(2025, 3, 4))


def test_subtitles_in_a_folder_are_read(tmp_path: Path) -> None:
    (tmp_path / "a.srt").write_text(SRT_ZH, encoding="utf-8")
    (tmp_path / "b.vtt").write_text(VTT_EN, encoding="utf-8")
    assert [p.name for p in iter_corpus_files([tmp_path])] == ["a.srt", "b.vtt"]
    assert [s.date for s in build_timeline([tmp_path]).sources] == [D(2025, 3, 4), D(2025, 3, 4)]


def test_a_text_telling_its_own_day_in_the_present_is_dated_by_it() -> None:
    (s,) = process_document("Diary of a harbor town\nToday is Tuesday, March 4, 2025. The ferry is back.\n",
                            path="d.txt").sources
    assert (s.date, s.date_source) == (D(2025, 3, 4), "dateline")


# ------------------------------------------------------------------------------------------- page breaks
def test_stories_on_pages_of_their_own() -> None:
    text = ("Ferry resumes\r\nThe harbor ferry resumed service on March 4, 2025, after repairs.\r\n"
            "\fLibrary reopens\r\nThe central library reopened on March 5, 2025, after the flood.\r\n"
            "\fBridge approved\r\nThe council approved the bridge on March 6, 2025.\r\n")
    got = [(s.title, s.date) for s in process_document(text, path="f.txt").sources]
    assert got == [("Ferry resumes", D(2025, 3, 4)), ("Library reopens", D(2025, 3, 5)),
                   ("Bridge approved", D(2025, 3, 6))]


def test_pages_breaking_mid_story_stay_one_story() -> None:
    text = ("Ferry resumes\nThe harbor ferry resumed service on March 4, 2025, after a repair of its\n"
            "\fengines that took two weeks.\nCity Bulletin\nBoats will run every twenty minutes.\n")
    assert len(process_document(text, path="f.txt").sources) == 1


# ------------------------------------------------------------------------------------------ field names
def test_chinese_export_fields_named_by_their_last_words(tmp_path: Path) -> None:
    p = tmp_path / "weibo.tsv"
    p.write_text("用户名\t微博正文\t发布时间\t转发数\n海滨发布\t【新码头启用】海滨港新码头今天正式启用。\t2025-03-04 10:21\t12\n",
                 encoding="utf-8")
    (s,) = build_timeline([p]).sources
    assert (s.title, s.date, s.text) == ("新码头启用", D(2025, 3, 4), "【新码头启用】海滨港新码头今天正式启用。")


def test_api_json_with_html_content_field_nested_in_data_list(tmp_path: Path) -> None:
    p = tmp_path / "api.json"
    p.write_text(json.dumps({"code": 0, "msg": "ok", "data": {"list": [
        {"title": "海滨港新码头启用", "content_html": "<p>海滨港新码头今天正式启用。</p>", "create_time": 1741082400}]}},
        ensure_ascii=False), encoding="utf-8")
    (s,) = build_timeline([p]).sources
    assert (s.title, s.date, s.text.strip()) == ("海滨港新码头启用", D(2025, 3, 4), "海滨港新码头今天正式启用。")


# ------------------------------------------------------------------------------------ office and mail
def _odt(path: Path, body: str) -> None:
    import zipfile

    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", f'<?xml version="1.0"?><office:document-content {ns}><office:body><office:text>'
                                  f"{body}</office:text></office:body></office:document-content>")


def test_opendocument_text_is_read(tmp_path: Path) -> None:
    p = tmp_path / "story.odt"
    _odt(p, '<text:h text:outline-level="1">Harbor ferry resumes service</text:h>'
            "<text:p>PORT ELLIS, March 4, 2025<text:s/>— The ferry resumed service on Tuesday.</text:p>")
    (s,) = build_timeline([tmp_path]).sources
    assert (s.title, s.date) == ("Harbor ferry resumes service", D(2025, 3, 4))
    assert "March 4, 2025 — The ferry" in s.text


def test_broken_opendocument_is_a_one_line_error(tmp_path: Path, capsys) -> None:
    from timeline.cli import main as cli_main

    p = tmp_path / "bad.odt"
    p.write_bytes(b"not a zip at all")
    assert cli_main(["extract", str(p), "-o", str(tmp_path / "x.timeline.json")]) == 2
    assert f"{p}: not a readable OpenDocument .odt file" in capsys.readouterr().err


MHTML = """From: <Saved by Blink>
Snapshot-Content-Location: https://news.example.org/bridge
Subject: Council approves bridge
Date: Sun, 9 Mar 2025 20:15:00 -0000
MIME-Version: 1.0
Content-Type: multipart/related; type="text/html"; boundary="----B----"

------B----
Content-Type: text/html
Content-Transfer-Encoding: quoted-printable
Content-Location: https://news.example.org/bridge

<html><head><meta property=3D"article:published_time" content=3D"2025-03-04T08:00:=
00Z"></head><body><article><h1>Council approves bridge</h1><p>The council approved a =
second bridge today.</p></article></body></html>
------B------
"""


def test_page_saved_as_mhtml_is_dated_by_the_page_not_the_save_day() -> None:
    (s,) = process_document(MHTML, path="page.mhtml").sources
    assert (s.title, s.date, s.date_source, s.url) == ("Council approves bridge", D(2025, 3, 4), "metadata",
                                                       "https://news.example.org/bridge")
    assert "second bridge today" in s.text and "Snapshot" not in s.text


FORWARD = """From: Ann Miller <ann@example.org>
To: desk@example.org
Subject: Fwd: Council approves bridge
Date: Sun, 9 Mar 2025 09:00:00 -0500
Content-Type: text/plain; charset=utf-8

FYI, see below.

---------- Forwarded message ---------
From: Valley News <news@valley.example.org>
Date: Tue, Mar 4, 2025 at 8:00 AM
Subject: Council approves bridge
To: <ann@example.org>

The city council approved a second bridge over the Pine River today.
"""


def test_forwarded_mail_is_the_forwarded_story() -> None:
    (s,) = process_document(FORWARD, path="fwd.eml").sources
    assert (s.title, s.date, s.outlet) == ("Council approves bridge", D(2025, 3, 4), "Valley News")
    assert s.text == "The city council approved a second bridge over the Pine River today."


# ------------------------------------------------------------------------------------- datelines, titles
def test_source_line_at_the_end_dates_the_story() -> None:
    text = ("Port Ellis ferry back in service\n\nThe harbor ferry resumed service today after a repair of its "
            "engines, the operator said.\n\nSource: Valley Wire, 4 March 2025\n")
    (s,) = process_document(text, path="t.txt").sources
    assert (s.date, s.date_source) == (D(2025, 3, 4), "dateline")
    assert not any("Valley Wire" in t for t in [e.title for e in events_for([s], process_document(
        text, path="t.txt").mentions)])


def test_bracket_dateline_and_byline_title_nothing() -> None:
    text = "【海濱時報2025年03月04日訊】（記者林小華報導）海濱港新碼頭今天正式啟用，每天可處理四千名旅客。\n港務局表示，第二期工程明年完工。\n"
    doc = process_document(text, path="b.txt")
    (s,) = doc.sources
    assert (s.title, s.date) == ("海濱港新碼頭今天正式啟用，每天可處理四千名旅客。", D(2025, 3, 4))
    assert not any(e.title.startswith(("】", "（記者", "【")) for e in events_for(doc.sources, doc.mentions))


def test_subtitles_without_words_are_a_one_line_error(tmp_path: Path, capsys) -> None:
    from timeline.cli import main as cli_main

    p = tmp_path / "empty.vtt"
    p.write_text("WEBVTT\n\nNOTE nothing here\n", encoding="utf-8")
    assert cli_main(["extract", str(p), "-o", str(tmp_path / "x.timeline.json")]) == 2
    assert f"{p}: subtitles without any cue text" in capsys.readouterr().err
