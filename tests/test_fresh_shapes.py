"""Fresh corpus shapes (issue 12, second pass): end markers between stories, Minguo stamps, dates in headlines,
front matter variants, e-mail newsletters, Word files and text copied from PDFs.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.pipeline import process_document

D = dt.date


def _stories(text: str, path: str = "a.txt") -> list[tuple[str, dt.date | None, str]]:
    return [(s.title, s.date, s.date_source) for s in process_document(text, path=path).sources]


# ------------------------------------------------------------------------------------------ end markers
WIRE_ENDS = """滨江新区首批人才公寓交付
新华社滨江2025年3月3日电 滨江新区首批人才公寓3日正式交付使用，共提供一千二百套住房。
新区管委会表示，第二批公寓将于年底前交付。（完）
滨江港集装箱吞吐量创新高
新华社滨江2025年3月3日电 滨江港2月份集装箱吞吐量达到八十万标准箱，同比增长百分之十二。（完）
滨江举办青少年科技节
新华社滨江2025年3月4日电 第十届滨江青少年科技节4日开幕，来自全市的两千多名学生参加。（完）
"""

EDITOR_ENDS = """海滨市发布春季防火通告
海滨市应急管理局2025年3月3日发布春季防火通告，要求各景区加强巡查。
【责任编辑：李华】
海滨高新区新增企业三百家
发布时间：2025-03-04 09:30
今年前两个月，海滨高新区新增注册企业三百余家，其中科技型企业占六成。
【责任编辑：赵敏】
"""

THIRTY_ENDS = """Mill Creek Plans New Park
MILL CREEK, March 3, 2025 — The town board approved plans for a new park on Tuesday. Work starts in May.
-30-
Valley Hospital Adds Beds
VALLEY CITY, March 4, 2025 — Valley Hospital said it will add 40 beds to its emergency ward by summer.
-30-
"""

CREDIT_ENDS = """Shipping firm orders ten new vessels
SINGAPORE, March 3, 2025 (Harbor Wire) - Ocean Line said on Monday it had ordered ten container ships.
(Reporting by Tan Wei; Editing by Mark Hill)
Chipmaker cuts outlook on weak demand
TAIPEI, March 4, 2025 (Harbor Wire) - A chipmaker cut its full-year outlook on Tuesday, citing weak demand.
(Reporting by Lin Chia; Editing by Anne Ross)
"""

HASH_ENDS = """Ferry Service Resumes After Storm
PORT ELLIS, March 3 (Harbor Wire) - Ferry service resumed on Monday after a two-day storm halted crossings.
###
Bakery Wins Regional Prize
PORT ELLIS, March 4 (Harbor Wire) - A family bakery won the regional bread prize on Tuesday, its owners said.
###
"""


def test_stories_closed_by_end_markers_are_stories() -> None:
    assert _stories(WIRE_ENDS) == [("滨江新区首批人才公寓交付", D(2025, 3, 3), "dateline"),
                                   ("滨江港集装箱吞吐量创新高", D(2025, 3, 3), "dateline"),
                                   ("滨江举办青少年科技节", D(2025, 3, 4), "dateline")]
    assert [(t, d) for t, d, _ in _stories(EDITOR_ENDS)] == [("海滨市发布春季防火通告", D(2025, 3, 3)),
                                                             ("海滨高新区新增企业三百家", D(2025, 3, 4))]
    assert _stories(THIRTY_ENDS) == [("Mill Creek Plans New Park", D(2025, 3, 3), "dateline"),
                                     ("Valley Hospital Adds Beds", D(2025, 3, 4), "dateline")]
    assert _stories(CREDIT_ENDS) == [("Shipping firm orders ten new vessels", D(2025, 3, 3), "dateline"),
                                     ("Chipmaker cuts outlook on weak demand", D(2025, 3, 4), "dateline")]
    # no year anywhere: two stories, both undated (nothing invented)
    assert _stories(HASH_ENDS) == [("Ferry Service Resumes After Storm", None, "unknown"),
                                   ("Bakery Wins Regional Prize", None, "unknown")]


def test_end_markers_keep_every_character_and_no_outlet_from_a_credit() -> None:
    for text in (WIRE_ENDS, EDITOR_ENDS, THIRTY_ENDS, CREDIT_ENDS):
        doc = process_document(text, path="a.txt")
        kept = "".join(s.text for s in doc.sources)
        assert "".join(text.split()) == "".join(kept.split())
        for s in doc.sources:
            assert s.outlet not in ("完", ) and "Reporting" not in s.outlet
            assert text[s.offset:s.offset + len(s.text)] == s.text


def test_one_story_with_an_end_marker_and_a_credit_stays_one() -> None:
    text = ("滨江市图书馆延长开放时间\n新华社滨江2025年3月4日电 滨江市图书馆今天宣布，从下周一起延长开放时间至晚上十点。（完）\n"
            "【责任编辑：李华】\n相关新闻\n")
    assert len(_stories(text)) == 1
    wechat = ("春季招聘会周末举行\n海滨人社 2025年03月04日 18:05 广东\n本周六，海滨市将举办春季招聘会，三百余家企业提供岗位。\n"
              "END\n阅读原文\n阅读 3562\n")
    assert _stories(wechat) == [("春季招聘会周末举行", D(2025, 3, 4), "dateline")]


# --------------------------------------------------------------------------------------- Minguo stamps
def test_minguo_stamps_date_the_story() -> None:
    text = "宜蘭縣推動長照據點擴充計畫\n中華民國114年3月4日 宜蘭縣政府新聞稿\n宜蘭縣政府今日宣布，將在年底前新增十處長照據點。\n"
    assert _stories(text) == [("宜蘭縣推動長照據點擴充計畫", D(2025, 3, 4), "dateline")]
    text = "臺南市發布登革熱防治措施\n發布日期：114年3月4日\n臺南市政府衛生局今天發布防治措施，呼籲市民清除積水容器。\n"
    assert _stories(text) == [("臺南市發布登革熱防治措施", D(2025, 3, 4), "dateline")]
    # a two- or three-digit year with neither 民國 nor a label is no stamp
    text = "社區活動\n114年的計畫\n社區今天舉辦活動。\n"
    assert _stories(text)[0][2] != "dateline"


# ----------------------------------------------------------------------------------- dates in headlines
def test_a_date_in_a_headline_is_not_the_publication_date() -> None:
    text = "2024年12月31日前完成申报的企业可获补贴 滨江市税务局发布新规\n滨江市税务局发布新规，对小微企业给予一次性补贴。\n"
    assert _stories(text)[0][1:] == (None, "unknown")
    text = ("March 31, 2025: the deadline for tax filings that city officials want residents to remember\n"
            "City officials on Tuesday reminded residents that tax filings are due at the end of the month.\n")
    assert _stories(text)[0][1:] == (None, "unknown")
    # a stamp followed by its weekday or 发布 is still a stamp; a dateline line going on with its sentence too
    text = "社区新闻\n2025年3月4日星期二\n社区今天举办活动。\n"
    assert _stories(text)[0][1:] == (D(2025, 3, 4), "dateline")
    text = "Park opens\nMarch 4, 2025 — The town opened a new park on Tuesday after two years of work.\n"
    assert _stories(text)[0][1:] == (D(2025, 3, 4), "dateline")


# ---------------------------------------------------------------------------------------- front matter
def test_toml_front_matter_and_chinese_keys() -> None:
    text = ('+++\ntitle = "Library Extends Weekend Hours"\ndate = 2025-03-04T09:00:00+08:00\ndraft = false\n+++\n\n'
            "The city library will extend its weekend hours from next Saturday, the culture office said today.\n")
    doc = process_document(text, path="lib.md")
    (src,) = doc.sources
    assert (src.title, src.date, src.date_source) == ("Library Extends Weekend Hours", D(2025, 3, 4), "metadata")
    assert "+++" not in src.text and "draft" not in src.text
    text = "---\n标题: 滨江公园樱花节开幕\n日期: 2025年3月4日\n---\n\n滨江公园樱花节今天开幕，预计持续两周。\n"
    assert _stories(text, "park.md") == [("滨江公园樱花节开幕", D(2025, 3, 4), "metadata")]
    text = "---\ntitle: 宜蘭新聞\ndate: 中華民國114年3月4日\n---\n\n宜蘭縣政府今天宣布新增長照據點。\n"
    assert _stories(text, "yilan.md") == [("宜蘭新聞", D(2025, 3, 4), "metadata")]


def test_records_with_chinese_field_names() -> None:
    text = "标题,正文,发布时间,来源\n港口扩建,港务局昨日宣布扩建计划。,2025-03-04 10:21,海滨日报\n"
    (src,) = process_document(text, path="scrape.csv").sources
    assert (src.title, src.date, src.outlet, src.text) == ("港口扩建", D(2025, 3, 4), "海滨日报", "港务局昨日宣布扩建计划。")


# ------------------------------------------------------------------------------------------- e-mail
def _eml(body: str, cte: str, date: str = "Tue, 04 Mar 2025 07:30:00 +0000") -> str:
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"] = "Harbor Town Weekly <news@example.org>"
    m["Subject"] = "Harbor Town Weekly: ferry, school"
    m["Date"] = date
    m.set_content(body, cte=cte)
    return bytes(m).decode("ascii")


NEWSLETTER = """Harbor Town Weekly — your news digest

1. Ferry timetable changes from Monday
The ferry company said yesterday that the new timetable starts next Monday, with more crossings.

2. School opens new science wing
Northside School opened its new science wing on Friday. The wing cost 4 million dollars.

You are receiving this because you subscribed. Unsubscribe: https://example.org/u
"""


def test_email_newsletter_items_are_stories_dated_by_the_header(tmp_path) -> None:
    from timeline.cli import main as cli_main

    for cte in ("quoted-printable", "base64"):
        doc = process_document(_eml(NEWSLETTER, cte), path="weekly.eml")
        a, b = doc.sources
        assert (a.title, a.date, a.date_source, a.outlet) == ("Ferry timetable changes from Monday", D(2025, 3, 4),
                                                               "metadata", "Harbor Town Weekly")
        assert b.title == "School opens new science wing" and "Unsubscribe" not in b.text
        assert "=E2" not in a.text and "—" not in a.text
        values = {(m.text, m.value) for ms in doc.mentions.values() for m in ms}
        assert ("yesterday", "2025-03-03") in values and ("Friday", "2025-02-28") in values
    # a Chinese message stamped late in the UTC day is dated in UTC+8
    zh = "海滨日报早报\n\n【一】地铁三号线今日试运营\n海滨市地铁三号线今天上午开通试运营，全长二十八公里。\n\n【二】春季招聘会周六举行\n本周六将举办春季招聘会，三百余家企业参加。\n"
    doc = process_document(_eml(zh, "base64", "Tue, 4 Mar 2025 23:10:00 +0000"), path="zao.eml")
    assert [(s.title, s.date) for s in doc.sources] == [("地铁三号线今日试运营", D(2025, 3, 5)),
                                                        ("春季招聘会周六举行", D(2025, 3, 5))]
    # one message without items is one story titled by its subject; a message without text is a one-line error
    (src,) = process_document(_eml("The pier reopened today after repairs.\n", "7bit"), path="one.eml").sources
    assert src.title == "Harbor Town Weekly: ferry, school"
    bad = tmp_path / "empty.eml"
    bad.write_text("From: a@example.org\nDate: Tue, 04 Mar 2025 07:30:00 +0000\nSubject: x\n\n\n", encoding="utf-8")
    assert cli_main(["mentions", str(bad), "--format", "jsonl"]) == 2


def test_a_numbered_list_of_points_is_no_digest() -> None:
    from timeline.stories import _digest_items

    assert _digest_items("Plan\n1. More buses\n2. New stops\n3. Longer hours\n") == []


# --------------------------------------------------------------------------------------------- .docx
def _docx(paragraphs: list[str]) -> bytes:
    import io
    import zipfile
    from xml.sax.saxutils import escape

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body>{body}'
                                        "</w:body></w:document>")
    return buf.getvalue()


def test_word_docx_is_read_with_the_standard_library(tmp_path) -> None:
    from timeline.cli import main as cli_main
    from timeline.pipeline import build_timeline

    f = tmp_path / "press.docx"
    f.write_bytes(_docx(["滨江市图书馆延长开放时间", "2025年3月4日 滨江日报", "滨江市图书馆今天宣布，从下周一起延长开放时间。"]))
    tl = build_timeline([f])
    (src,) = tl.sources
    assert (src.title, src.date, src.date_source) == ("滨江市图书馆延长开放时间", D(2025, 3, 4), "dateline")
    for bad in (b"PK\x03\x04 not a zip", b"plain words"):
        (tmp_path / "bad.docx").write_bytes(bad)
        assert cli_main(["mentions", str(tmp_path / "bad.docx"), "--format", "jsonl"]) == 2
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4\n\x00\x01\x02binary")
    assert cli_main(["mentions", str(pdf), "--format", "jsonl"]) == 2


# ---------------------------------------------------------------------------------------- PDF copies
PDF_EN = """Riverside Bulletin                                              March 4, 2025
City Council Approves New Flood Barrier Plan
RIVERSIDE — The city council voted on Monday to fund a new flood barrier along
the eastern bank, ending two years of debate over the cost of the project. Con-
struction is expected to begin in late summer and finish before the storms.
Riverside Bulletin                                                        Page 1

Riverside Bulletin                                              March 4, 2025
The barrier will protect about 3,000 homes, the mayor's office said. Residents
who live near the river were invited to a public meeting on Wednesday.
                                  2
"""

PDF_ZH = """滨江市政府公报                                                  第 3 页
滨江市启动老旧小区改造工程
本报讯 2025年3月4日，滨江市住建局宣布，全市将在今年完成一百二十个老旧小
区的改造工程，总投资约十五亿元。改造内容包括加装电梯、更新供水管网和修缮外
墙。首批四十个小区已于上月开工。
— 3 —
滨江市政府公报                                                  第 4 页
居民可通过社区服务中心提交改造意见，征集期至三月三十一日结束。
— 4 —
"""


def test_pdf_copy_loses_its_page_furniture_and_line_breaks() -> None:
    doc = process_document(PDF_EN, path="bulletin.txt")
    (src,) = doc.sources
    assert (src.title, src.date, src.date_source) == ("City Council Approves New Flood Barrier Plan", D(2025, 3, 4),
                                                      "dateline")
    assert "page header" in src.date_evidence
    assert "Bulletin" not in src.text and "Page 1" not in src.text and "\n2" not in src.text
    assert "Construction is expected" in src.text and "along the eastern bank" in src.text
    values = {(m.text, m.value) for ms in doc.mentions.values() for m in ms}
    assert ("Monday", "2025-03-03") in values
    (zh,) = process_document(PDF_ZH, path="gazette.txt").sources
    assert zh.title == "滨江市启动老旧小区改造工程" and zh.date == D(2025, 3, 4)
    assert "老旧小区" in zh.text and "修缮外墙" in zh.text and "第 4 页" not in zh.text and "— 3 —" not in zh.text
    assert "征集期至三月三十一日结束" in zh.text


def test_numbers_alone_on_lines_out_of_order_are_no_pages() -> None:
    from timeline.pdfcopy import unpage

    assert unpage("Results\n3\nThe team won.\n1\nThe fans cheered.\n") is None
    assert unpage("Scores\n 1 \nfirst\n 1 \nsecond\n") is None


# ------------------------------------------------------------------------------------------- round 2
def test_symbol_and_full_width_rule_lines_separate_stories() -> None:
    for rule in ("＝＝＝＝＝＝＝＝", "——————————", "◆◆◆", "━━━━━━", "☆ ☆ ☆"):
        text = (f"{rule}\n海滨港开通新航线\n海滨港务集团2025年3月3日宣布，开通至东南亚的新集装箱航线。\n{rule}\n"
                "海滨机场旅客量增长\n海滨机场2025年3月4日公布，二月旅客吞吐量同比增长百分之十五。\n")
        assert [(t, d) for t, d, _ in _stories(text)] == [("海滨港开通新航线", D(2025, 3, 3)),
                                                          ("海滨机场旅客量增长", D(2025, 3, 4))], rule
    # a Markdown title underlined with === is still one story
    text = "Harbor news\n===========\n\nThe pier reopened today after two weeks of repairs.\n"
    assert len(_stories(text, "a.md")) == 1


def test_mbox_messages_are_stories() -> None:
    msgs = ""
    for d, s, b in (("Tue, 04 Mar 2025 07:30:00 +0000", "Ferry timetable changes", "The ferry company said today "
                     "that the new timetable starts next Monday."),
                    ("Wed, 05 Mar 2025 07:30:00 +0000", "Library adds evening hours", "The library said today it will "
                     "open late on Fridays.")):
        msgs += (f"From news@example.org {d}\nFrom: Harbor Weekly <news@example.org>\nDate: {d}\nSubject: {s}\n"
                 f"Content-Type: text/plain; charset=utf-8\n\n{b}\n\n")
    doc = process_document(msgs, path="weekly.mbox")
    assert [(s.index, s.title, s.date) for s in doc.sources] == [(1, "Ferry timetable changes", D(2025, 3, 4)),
                                                                 (2, "Library adds evening hours", D(2025, 3, 5))]
    assert all("From:" not in s.text for s in doc.sources)


def test_release_labels_and_date_lines_do_not_title_a_story() -> None:
    text = ("FOR IMMEDIATE RELEASE\nMarch 4, 2025\n\nValley Water Announces Pipe Replacement Program\n\n"
            "Valley Water today announced a five-year program to replace aging pipes across the county.\n")
    (src,) = process_document(text, path="release.txt").sources
    assert (src.title, src.date) == ("Valley Water Announces Pipe Replacement Program", D(2025, 3, 4))
    assert src.text.startswith("FOR IMMEDIATE RELEASE")  # nothing lost


def test_more_stamp_writings() -> None:
    cases = {
        "海滨日报\n25-3-4 10:21 来自 微博网页版\n【地铁三号线今日开通】今天上午九点，地铁三号线开通试运营。\n": D(2025, 3, 4),
        "海滨市人民政府关于春季植树活动的通知\n二〇二五年三月四日\n各区人民政府：市政府决定于本月组织植树活动。\n": D(2025, 3, 4),
        "Harbor museum reopens\n04.03.2025 10:21\nThe harbor museum reopened today after a year of renovation.\n":
            D(2025, 3, 4),
    }
    for text, want in cases.items():
        assert _stories(text)[0][1:] == (want, "dateline"), text
    # a date in Chinese numerals inside a sentence is no stamp
    text = "海滨新闻\n海滨市二〇二五年三月四日召开会议，部署春季工作。\n"
    assert _stories(text)[0][2] != "dateline"
    from timeline.dating import parse_date_value

    assert parse_date_value("04.03.2025") == D(2025, 3, 4)  # dotted dates are written day first


def test_print_stamps_at_the_end_of_a_story() -> None:
    body = "海滨市加快推进老旧供水管网改造，已完成改造管线三十公里，全年计划改造一百二十公里。" * 8
    text = f"海滨市推进老旧管网改造\n{body}\n《海滨日报》（2025年03月04日 第 04 版）\n"
    (src,) = process_document(text, path="a.txt").sources
    assert (src.date, src.date_source) == (D(2025, 3, 4), "dateline")
    en = "Harbor Town's council voted on Monday to add two morning ferries after commuters complained. " * 6
    text = (f"Harbor Town Expands Ferry Service\n{en}\nA version of this article appears in print on March 4, 2025, "
            "Section A, Page 12 of the Harbor Town Daily.\n")
    doc = process_document(text, path="b.txt")
    (src,) = doc.sources
    assert (src.date, src.date_source) == (D(2025, 3, 4), "dateline")
    assert {(m.text, m.value) for ms in doc.mentions.values() for m in ms} >= {("Monday", "2025-03-03")}
    # a date far from the end, in the story's text, is no print stamp
    text = f"Harbor Town Expands Ferry Service\nThe plan first appeared in print on March 4, 2025. {en}\n"
    assert _stories(text, "c.txt")[0][2] != "dateline"


def test_a_forecast_year_is_not_a_yearless_datelines_year() -> None:
    text = ("Shipping firm orders ten new vessels\nSINGAPORE, March 3 (Harbor Wire) - Ocean Line said on Monday it "
            "had ordered ten container ships, to be delivered from 2027.\n")
    assert _stories(text)[0][1:] == (None, "unknown")
    text = "滨江启动城市更新\n新华社滨江3月4日电 滨江市今天发布方案，计划到2027年底完成老旧街区改造五十片。\n"
    assert _stories(text)[0][1:] == (None, "unknown")
    # a year the story narrates still gives the dateline its year
    text = ("Airline adds routes\nLONDON, 3 March (Harbor Wire) - The carrier said on Tuesday it would add routes, "
            "after record 2025 bookings.\n")
    assert _stories(text)[0][1:] == (D(2025, 3, 3), "inferred")


# ------------------------------------------------------------------------------------------- round 3
def test_a_page_saved_as_text_is_titled_by_its_headline() -> None:
    text = ("首页 | 新闻 | 财经 | 体育 | 娱乐\n当前位置：首页 > 新闻 > 本地\n海滨市启动夜间经济示范街区建设\n"
            "2025-03-04 10:21 来源：海滨日报\n海滨市商务局今天宣布，将建设五条夜间经济示范街区。\n")
    (src,) = process_document(text, path="page.txt").sources
    assert (src.title, src.date) == ("海滨市启动夜间经济示范街区建设", D(2025, 3, 4))
    assert src.text.startswith("首页")  # the menu stays in the text: nothing lost
    text = "Home > News > Local\nHarbor Town opens ferry terminal\nMarch 4, 2025\nThe terminal opened today.\n"
    assert _stories(text)[0][:2] == ("Harbor Town opens ferry terminal", D(2025, 3, 4))


def test_labelled_fields_in_plain_text() -> None:
    text = "标题：海滨市发布春季防汛预案\n时间：2025-03-04\n来源：海滨日报\n正文：海滨市应急管理局今天发布春季防汛预案。\n"
    assert _stories(text) == [("海滨市发布春季防汛预案", D(2025, 3, 4), "dateline")]
    text = "Title: Harbor Town opens new ferry terminal\nDate: March 4, 2025\n\nThe terminal opened today.\n"
    assert _stories(text) == [("Harbor Town opens new ferry terminal", D(2025, 3, 4), "dateline")]
    records = "\n\n".join(f"标题：海滨新闻第{n}条\n时间：2025-03-0{n}\n正文：海滨市今天发布第{n}条消息。" for n in (4, 5, 6))
    assert _stories(records + "\n") == [(f"海滨新闻第{n}条", D(2025, 3, n), "dateline") for n in (4, 5, 6)]
    # one title label in a story is one story
    assert len(_stories("标题：海滨新闻\n正文：海滨市今天发布消息。\n另一段文字。\n")) == 1


def test_telegram_export_pieces_make_one_text() -> None:
    import json

    doc = {"name": "海滨快讯", "messages": [
        {"id": 1, "type": "message", "date": "2025-03-04T10:21:00",
         "text": ["海滨地铁三号线今天开通试运营，", {"type": "bold", "text": "首周免费换乘"}, "。"]},
        {"id": 2, "type": "message", "date": "2025-03-05T08:00:00", "text": "海滨机场昨天公布二月旅客吞吐量。"}]}
    a, b = process_document(json.dumps(doc, ensure_ascii=False), path="result.json").sources
    assert (a.text, a.date) == ("海滨地铁三号线今天开通试运营，首周免费换乘。", D(2025, 3, 4))
    assert b.date == D(2025, 3, 5)


def test_an_8bit_gbk_email_is_read_in_its_charset(tmp_path) -> None:
    from timeline.pipeline import build_timeline

    f = tmp_path / "gbk.eml"
    f.write_bytes(b"From: a@example.org\nDate: Tue, 04 Mar 2025 07:30:00 +0000\nSubject: port\n"
                  b"Content-Type: text/plain; charset=gbk\nContent-Transfer-Encoding: 8bit\n\n"
                  + "海滨港今天宣布开通新航线。\n".encode("gbk"))
    (src,) = build_timeline([f]).sources
    assert (src.text, src.date) == ("海滨港今天宣布开通新航线。", D(2025, 3, 4))


def test_related_headlines_and_trust_lines_after_an_end_marker_stay_with_the_story() -> None:
    text = ("海滨港开通新航线\n新华社海滨2025年3月4日电 海滨港务集团今天宣布开通至东南亚的新集装箱航线。（完）\n【责任编辑：李华】\n"
            "相关阅读：\n海滨市举办春季消费节 海滨机场二月旅客吞吐量增长 海滨图书馆延长开放时间\n")
    assert len(_stories(text)) == 1
    text = ("Port opens new route\nSINGAPORE, March 4, 2025 (Harbor Wire) - The port opened a route to Vietnam on "
            "Tuesday.\n(Reporting by Tan Wei; Editing by Mark Hill)\nOur Standards: The Harbor Wire Trust Principles.\n")
    assert len(_stories(text)) == 1


# ------------------------------------------------------------------------------------------- round 4
def _xlsx(rows: list[list[str]], serial_date: bool = False) -> bytes:
    import io
    import zipfile
    from xml.sax.saxutils import escape

    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    strings: list[str] = []
    sheet = f'<worksheet xmlns="{ns}"><sheetData>'
    for r, row in enumerate(rows, 1):
        sheet += f'<row r="{r}">'
        for c, v in enumerate(row):
            ref = f"{'ABCDEFGH'[c]}{r}"
            if serial_date and r > 1 and v.isdigit():
                sheet += f'<c r="{ref}"><v>{v}</v></c>'
            else:
                strings.append(v)
                sheet += f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>'
        sheet += "</row>"
    sheet += "</sheetData></worksheet>"
    sst = f'<sst xmlns="{ns}">' + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        z.writestr("xl/sharedStrings.xml", sst)
    return buf.getvalue()


def test_excel_scraper_export_is_one_story_per_row(tmp_path) -> None:
    from timeline.cli import main as cli_main
    from timeline.pipeline import build_timeline

    f = tmp_path / "scrape.xlsx"
    f.write_bytes(_xlsx([["标题", "正文", "发布时间"], ["港口扩建", "港务局昨日宣布扩建计划。", "2025-03-04 10:21"],
                         ["机场扩容", "机场今天宣布新建航站楼。", "45721"]], serial_date=True))
    tl = build_timeline([f])
    assert [(s.title, s.date, s.text) for s in tl.sources] == [
        ("港口扩建", D(2025, 3, 4), "港务局昨日宣布扩建计划。"), ("机场扩容", D(2025, 3, 5), "机场今天宣布新建航站楼。")]
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    assert cli_main(["mentions", str(bad), "--format", "jsonl"]) == 2


def test_hard_wrapped_english_reads_whole_sentences_offsets_kept() -> None:
    text = ("Harbor Town opens ferry terminal\n"
            "HARBOR TOWN, March 4, 2025 - Harbor Town opened its new ferry terminal on\n"
            "Tuesday, two months ahead of schedule, the port authority said. The terminal\n"
            "can handle 4,000 passengers a day and will serve routes to the islands from\n"
            "next week.\n")
    doc = process_document(text, path="wire.txt")
    (src,) = doc.sources
    assert "terminal on Tuesday, two months" in src.text and src.text.startswith("Harbor Town opens ferry terminal\n")
    assert len(src.text) == len(text.rstrip("\n"))
    for m in doc.mentions[src.id]:
        assert text[m.start:m.end].replace("\n", " ") == m.text
    # a transcript's turns and a list of short lines are left as written
    turns = "Founders talk\nHOST: Welcome back to the show, where we talk to founders about their first years\n" \
            "GUEST: Thanks, it is good to be here again after our first conversation in the spring\nHOST: So when\n"
    (src,) = process_document(turns, path="t.txt").sources
    assert src.text == turns.rstrip("\n")


def test_social_post_titled_by_its_bracket_headline() -> None:
    text = "海滨发布\n2025-3-4 10:21 来自 iPhone客户端\n【海滨市发布春季防汛预案】海滨市应急管理局今天发布春季防汛预案。\n"
    assert _stories(text) == [("海滨市发布春季防汛预案", D(2025, 3, 4), "dateline")]


def test_html_newsletter_items_under_headings() -> None:
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"] = "City Desk <desk@example.org>"
    m["Subject"] = "City Desk Daily"
    m["Date"] = "Tue, 04 Mar 2025 12:00:00 +0000"
    m.set_content("<html><body><h1>City Desk Daily</h1><h2>Ferry timetable changes</h2><p>The ferry company said "
                  "today that the new timetable starts next Monday.</p><h2>Library adds evening hours</h2><p>The "
                  "library said today it will open late on Fridays.</p><p>Unsubscribe</p></body></html>", subtype="html")
    doc = process_document(bytes(m).decode("ascii"), path="daily.eml")
    assert [(s.title, s.date) for s in doc.sources] == [("Ferry timetable changes", D(2025, 3, 4)),
                                                        ("Library adds evening hours", D(2025, 3, 4))]
    assert all("\ue000" not in s.text and "Unsubscribe" not in s.text for s in doc.sources)


def test_rtf_is_read_as_its_text(tmp_path) -> None:
    from timeline.cli import main as cli_main
    from timeline.pipeline import build_timeline

    def hexes(s: str) -> str:
        return "".join(f"\\'{b:02x}" for b in s.encode("gbk"))

    rtf = ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0 SimSun;}}{\\*\\generator Riched20;}\\f0 "
           + hexes("海滨港开通新航线") + "\\par 2025\\u24180?3\\u26376?4\\u26085? \\par "
           + hexes("海滨港务集团今天宣布开通新航线。") + "\\par}\n")
    f = tmp_path / "note.rtf"
    f.write_text(rtf, encoding="ascii")
    (src,) = build_timeline([f]).sources
    assert (src.title, src.date, src.text) == ("海滨港开通新航线", D(2025, 3, 4),
                                               "海滨港开通新航线\n2025年3月4日\n海滨港务集团今天宣布开通新航线。")
    (tmp_path / "empty.rtf").write_text("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}}", encoding="ascii")
    assert cli_main(["mentions", str(tmp_path / "empty.rtf"), "--format", "jsonl"]) == 2
