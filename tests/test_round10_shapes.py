"""Fresh corpus shapes, round 10 (issue 12): inputs nobody designed for — OpenDocument and RTF clippings split by
page breaks, flat ``.fodt``, Outlook ``.msg`` and ``.zip`` archives refused with a hint, links to files already
read, comments of an exported document, a shared headline in black brackets.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from pathlib import Path

import pytest

from timeline.corpus import CorpusError, iter_corpus_files, read_document
from timeline.pipeline import assemble, build_timeline, process_document

D = dt.date
_ODF = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
_ODF_BODY = ('<text:p>Fernhill school gets a new roof</text:p>'
             '<text:p>FERNHILL, June 3, 2022 — Builders finished the new roof of Fernhill school.</text:p>'
             '<text:p text:style-name="Brk">Allotments reopen after flood</text:p>'
             '<text:p>FERNHILL, June 8, 2022 — The town allotments reopened to gardeners.</text:p>')
_ODF_STYLES = ('<office:automatic-styles><style:style style:name="Brk" style:family="paragraph">'
               '<style:paragraph-properties fo:break-before="page"/></style:style></office:automatic-styles>')
_TWO = [("Fernhill school gets a new roof", D(2022, 6, 3)), ("Allotments reopen after flood", D(2022, 6, 8))]


def _stories(paths: list[Path]) -> list[tuple[str, dt.date | None]]:
    return [(s.title, s.date) for s in build_timeline(paths).sources]


def test_odt_clippings_split_by_a_page_break_are_stories(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", f'<office:document-content {_ODF}>{_ODF_STYLES}<office:body><office:text>'
                   f'{_ODF_BODY}</office:text></office:body></office:document-content>')
    p = tmp_path / "clips.odt"
    p.write_bytes(buf.getvalue())
    assert _stories([p]) == _TWO


def test_flat_odt_is_read_as_a_document(tmp_path: Path) -> None:
    p = tmp_path / "clips.fodt"
    p.write_text(f'<?xml version="1.0"?><office:document {_ODF} office:mimetype="application/vnd.oasis.opendocument.text">'
                 f'{_ODF_STYLES}<office:body><office:text>{_ODF_BODY}</office:text></office:body></office:document>',
                 encoding="utf-8")
    assert _stories([p]) == _TWO
    assert p in list(iter_corpus_files([tmp_path]))


def test_rtf_clippings_split_by_a_page_break(tmp_path: Path) -> None:
    p = tmp_path / "clips.rtf"
    p.write_text("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\pard Fernhill school gets a new roof\\par\n"
                 "FERNHILL, June 3, 2022 \\emdash  Builders finished the new roof of Fernhill school.\\par\n\\page\n"
                 "\\pard Allotments reopen after flood\\par\n"
                 "FERNHILL, June 8, 2022 \\emdash  The town allotments reopened to gardeners.\\par\n}", encoding="ascii")
    assert _stories([p]) == _TWO


@pytest.mark.parametrize(("name", "data", "hint"), [
    ("note.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "an Outlook message: save it as .eml"),
    ("clips.zip", None, "a .zip archive, not a story file (unpack it and open the folder)"),
])
def test_outlook_message_and_zip_archive_are_refused_with_a_hint(tmp_path: Path, name: str, data: bytes | None,
                                                                 hint: str) -> None:
    if data is None:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("a.txt", "Fernhill school gets a new roof\n")
        data = buf.getvalue()
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(CorpusError) as exc:
        read_document(p)
    assert str(exc.value).startswith(f"{p}: ") and hint in str(exc.value) and "\n" not in str(exc.value)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_folder_reads_a_linked_copy_once_and_reports_a_dead_link(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Fernhill school gets a new roof\n2022-06-03 09:00 来源：Fernhill Post\n"
                                    "Builders finished the new roof.\n", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1" + b"\x00" * 40)
    os.symlink("a.txt", tmp_path / "copy.txt")
    os.symlink("gone.txt", tmp_path / "dead.txt")
    os.symlink(".", tmp_path / "loop")
    assert [p.name for p in iter_corpus_files([tmp_path])] == ["a.txt", "dead.txt"]
    errors: list[str] = []
    tl = build_timeline([tmp_path], on_error=lambda e: errors.append(str(e)))
    assert [s.title for s in tl.sources] == ["Fernhill school gets a new roof"]
    assert len(errors) == 1 and "dead.txt: broken link" in errors[0]


_GDOCS = """<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"></head><body class="doc-content">
<p class="c3 title"><span>Fernhill school gets a new roof</span></p>
<p class="c2"><span>FERNHILL, June 3, 2022 &mdash; Builders finished the new roof of Fernhill school.</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></p>
<div class="c5"><p class="c2"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>Reviewer: or was it May 30, 2022? Check.</span></p></div>
</body></html>"""


def test_comments_of_an_exported_document_are_no_story_text() -> None:
    tl = assemble([process_document(_GDOCS, path="doc.html")])
    assert [(s.title, s.date) for s in tl.sources] == [("Fernhill school gets a new roof", D(2022, 6, 3))]
    assert "[a]" not in tl.sources[0].text and "Reviewer" not in tl.sources[0].text
    assert all(not e.time.value.startswith("2022-05-30") for e in tl.events if e.time is not None)


def test_shared_headline_in_black_brackets_is_the_title() -> None:
    text = "【芬山学校新屋顶完工】\n芬山晚报 2022-06-03 18:05\n芬山学校的新屋顶今天完工。\n（来自 某某新闻客户端）\n"
    tl = assemble([process_document(text, path="share.txt")])
    assert [(s.title, s.date) for s in tl.sources] == [("芬山学校新屋顶完工", D(2022, 6, 3))]


def _dated(text: str, path: str) -> list[tuple[str, dt.date | None, str]]:
    return [(s.title, s.date, s.date_source) for s in process_document(text, path=path).sources]


@pytest.mark.parametrize(("url", "day"), [
    ("https://www.fernhill-post.example/2022/06/03/school-roof/", D(2022, 6, 3)),
    ("http://news.example.cn/2022-06/03/c_1128.htm", D(2022, 6, 3)),
    ("https://news.example.cn/20220603/a1.html", D(2022, 6, 3)),
    ("http://paper.example.cn/n1/2022/0603/c1004.html", D(2022, 6, 3)),
    ("https://a.example/2022/06/31/x", None),                    # no calendar day
    ("https://a.example/story/12345?d=2022/06/03", None),        # a query tells nothing
    ("https://a.example/2022/06/03/x/2022/06/05/", None),        # two days: which?
])
def test_the_day_a_news_address_tells(url: str, day: dt.date | None) -> None:
    from timeline.dating import url_date

    assert url_date(url) == day


def test_a_story_dated_only_by_its_address_and_the_address_makes_no_event() -> None:
    text = ("Fernhill school gets a new roof\nhttps://www.fernhill-post.example/2022/06/03/school-roof/\n"
            "Builders finished the school roof this morning.\n")
    assert _dated(text, "roof.txt") == [("Fernhill school gets a new roof", D(2022, 6, 3), "dateline")]
    zh = "芬山学校新屋顶完工\n芬山学校的新屋顶今天完工。\n原文链接：http://news.example.cn/2022-06/03/c_1128.htm\n"
    assert _dated(zh, "roof.txt") == [("芬山学校新屋顶完工", D(2022, 6, 3), "dateline")]
    tl = assemble([process_document(text, path="roof.txt")])
    assert all("example" not in e.title for e in tl.events)


def test_a_record_without_a_date_field_dated_by_its_address(tmp_path: Path) -> None:
    p = tmp_path / "scrape.jsonl"
    p.write_text('{"title": "Fernhill school gets a new roof", "content": "Builders finished the roof.", '
                 '"url": "https://www.fernhill-post.example/2022/06/03/school-roof/"}\n', encoding="utf-8")
    assert _stories([p]) == [("Fernhill school gets a new roof", D(2022, 6, 3))]


def test_numeric_byline_dates_read_in_the_order_the_file_tells() -> None:
    text = ("Fernhill school gets a new roof\nBy Ann Moss | 23/06/2022\nBuilders finished the roof today.\n\n---\n\n"
            "Allotments reopen after flood\nBy Ann Moss | 08/06/2022\nThe town allotments reopened today.\n")
    assert [(t, d) for t, d, _ in _dated(text, "clips.txt")] == [
        ("Fernhill school gets a new roof", D(2022, 6, 23)), ("Allotments reopen after flood", D(2022, 6, 8))]


def test_month_and_day_closing_a_byline_take_the_year_of_the_content() -> None:
    text = "芬山学校新屋顶完工\n文／林岚　6月3日\n芬山学校的新屋顶今天完工。2022年上半年全镇共修缮校舍四处。\n"
    (title, day, source), = _dated(text, "roof.txt")
    assert (title, day) == ("芬山学校新屋顶完工", D(2022, 6, 3))


def test_chat_export_gives_one_story_per_message_dated_by_its_stamp() -> None:
    text = ("03/06/2022, 08:00 - Messages to this group are now secured with end-to-end encryption.\n"
            "03/06/2022, 08:10 - Ann Moss: Builders finished the school roof this morning.\n"
            "03/06/2022, 19:40 - Ben Hale: The allotments will reopen on June 8, the council said.\n"
            "14/06/2022, 07:55 - Ann Moss: The school fair raised 900 pounds yesterday.\n")
    assert [(t, d) for t, d, _ in _dated(text, "chat.txt")] == [
        ("Builders finished the school roof this morning.", D(2022, 6, 3)),
        ("The allotments will reopen on June 8, the council said.", D(2022, 6, 3)),
        ("The school fair raised 900 pounds yesterday.", D(2022, 6, 14))]
    events = assemble([process_document(text, path="chat.txt")]).events
    assert not any("Ann Moss" in e.title or "Ben Hale" in e.title for e in events)


def test_forum_threads_with_full_stamps_and_quoted_posts() -> None:
    zh = ("芬山学校新屋顶完工了 - 芬山论坛\n林岚\n发表于 2022-06-03 09:10\n学校的新屋顶今天上午完工了，孩子们很高兴。\n"
          "阿木\n发表于 2022-06-03 11:00\n林岚 发表于 2022-06-03 09:10\n学校的新屋顶今天上午完工了。\n花了多少钱？\n"
          "海风\n发表于 2022-06-04 08:00\n昨天下午镇长也去看了新屋顶。\n")
    assert [(t, d) for t, d, _ in _dated(zh, "thread.txt")] == [
        ("学校的新屋顶今天上午完工了，孩子们很高兴。", D(2022, 6, 3)), ("花了多少钱？", D(2022, 6, 3)),
        ("昨天下午镇长也去看了新屋顶。", D(2022, 6, 4))]
    en = ("Fernhill school roof - Town Forum\nPost by ann_m » Fri Jun 03, 2022 9:10 am\n"
          "The new school roof was finished this morning.\n"
          "Post by ben_h » Fri Jun 03, 2022 11:00 am\nann_m wrote: ↑Fri Jun 03, 2022 9:10 am\n"
          "The new school roof was finished this morning.\nHow much did it cost?\n"
          "Post by sea_w » Sat Jun 04, 2022 8:00 am\nThe mayor visited the roof yesterday afternoon.\n")
    assert [(t, d, src) for t, d, src in _dated(en, "thread.txt")] == [
        ("The new school roof was finished this morning.", D(2022, 6, 3), "dateline"),
        ("How much did it cost?", D(2022, 6, 3), "dateline"),
        ("The mayor visited the roof yesterday afternoon.", D(2022, 6, 4), "dateline")]
    for text in (zh, en):  # the quoted post's stamp is no event of the reply
        events = assemble([process_document(text, path="thread.txt")]).events
        assert not any("wrote" in e.title or "发表" in e.title for e in events)


def test_bulletin_subtitles_dated_by_a_caption_cue() -> None:
    srt = ("1\n00:00:00,500 --> 00:00:02,500\n芬山新闻 2022.06.03\n\n2\n00:00:02,600 --> 00:00:05,000\n"
           "各位观众晚上好。芬山学校的新屋顶今天\n3\n00:00:05,000 --> 00:00:08,000\n上午完工。\n")
    (title, day, _), = _dated(srt, "news.srt")
    assert day == D(2022, 6, 3)
    text = process_document(srt, path="news.srt").sources[0].text
    assert "-->" not in text and "芬山学校的新屋顶今天上午完工。" in text


def test_a_post_thread_copied_from_x_is_dated_by_its_stamp_and_titled_by_its_text() -> None:
    text = ("Fernhill Post\n@fernhill_post\nBuilders finished the new roof of Fernhill school this morning. 1/2\n"
            "9:10 AM · Jun 3, 2022\n·\n2,104 Views\nFernhill Post\n@fernhill_post\nThe roof cost 40,000 pounds. 2/2\n"
            "9:11 AM · Jun 3, 2022\n")
    assert [(t, d) for t, d, _ in _dated(text, "thread.txt")] == [
        ("Builders finished the new roof of Fernhill school this morni", D(2022, 6, 3))]
    events = assemble([process_document(text, path="thread.txt")]).events
    assert not any("AM" in e.title for e in events)


def test_outlook_mail_saved_as_a_page_is_titled_by_its_subject() -> None:
    page = ("<html><body><div class=WordSection1><p class=MsoNormal><b>From:</b> Fernhill Council<br><b>Sent:</b> "
            "Friday, June 3, 2022 9:10 AM<br><b>To:</b> desk@post.example<br><b>Subject:</b> School roof finished</p>"
            "<p class=MsoNormal>Builders finished the new roof of Fernhill school this morning.</p></div></body></html>")
    assert [(t, d) for t, d, _ in _dated(page, "mail.htm")] == [("School roof finished", D(2022, 6, 3))]


def test_a_wiki_page_footer_is_no_event() -> None:
    text = ("芬山学校\n维基百科，自由的百科全书\n芬山学校是芬山镇的一所小学。\n历史[编辑]\n1998年9月1日，学校建成招生。\n"
            "本页面最后修订于2022年7月9日 (星期六) 08:15。\n")
    events = assemble([process_document(text, path="wiki.txt")]).events
    assert [e.time.value[:10] for e in events if e.time is not None] == ["1998-09-01"]
