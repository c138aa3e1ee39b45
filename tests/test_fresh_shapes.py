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
