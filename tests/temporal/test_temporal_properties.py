"""Properties that hold for any input: offsets, order, no overlaps, valid values, never a crash."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import TimeSpan
from timeline.temporal import extract, infer_reference

FRAGMENTS = ["2026年", "2 月", "14 日", "去年", "今年", "9月", "至", "春節", "除夕", "前", "以來", "左右", "年初",
             "上半年", "第三季度", "財年", "阿里巴巴", "，", "。", " ", "13", "30日", "二〇一四年", "十二月", "1/18",
             "3.5", "Q3", "FY2025", "March", " 7, ", "2025", "early", "the 1990s", "years ago", "two", "十年前",
             "近日", "和", "12日", "農曆", "臘月二十三", "—", "2030", "上世紀", "90年代", "Ｑ３", "２０２６", "节",
             "元月", "後天", "當天", "次日", "至今", "中下旬", "前三季度", "Christmas", "between ", " and ", "from ",
             " to ", "last ", "Monday", "週五", "上週", "、", "1-11月", "3月5-7日", "國慶", "清明", " later",
             "新华社北京2月18日电", "Published: ", "February 18, 2026"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=14), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
def test_mentions_are_well_formed(parts: list[str], ref: dt.date) -> None:
    text = "".join(parts)
    ms = extract(text, ref)
    last_end = 0
    for m in ms:
        assert text[m.start:m.end] == m.text
        assert m.start >= last_end
        last_end = m.end
        assert m.lang in ("zh", "en")
        if m.value is not None:
            TimeSpan.from_value(m.value, m.granularity, m.mod)  # raises on an impossible value


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_arbitrary_text_never_crashes(text: str) -> None:
    infer_reference(text)
    for m in extract(text):
        assert text[m.start:m.end] == m.text


def test_impossible_dates_are_never_calendar_dates() -> None:
    ref = dt.date(2026, 2, 18)
    for text in ("2月30日", "2026年2月30日", "13月", "2026年13月5日", "第五季度", "2025年第五季度", "4月31日"):
        for m in extract(text, ref):
            assert m.value is None or not any(bad in m.value for bad in ("-02-30", "-13", "Q5", "-04-31"))


def test_reference_inference_on_a_small_article() -> None:
    text = "標題\n2026年2月初，公司發佈新品。2月14日上線。除夕當晚舉行活動，春節期間用戶大增。預計2030年將達千億。"
    d = infer_reference(text)
    assert d is not None and d.year == 2026 and d >= dt.date(2026, 2, 14)
    ms = extract(text)
    assert any(m.text == "春節期間" and m.value == "2026-02-17" for m in ms)


def test_dateline_gives_the_article_day() -> None:
    text = "新華社北京2月18日電 昨天，國務院召開會議。2026年春節期間，消費增長。"
    assert infer_reference(text) == dt.date(2026, 2, 18)
    assert [(m.text, m.value) for m in extract(text) if m.text == "昨天"] == [("昨天", "2026-02-17")]


def test_article_dating_reads_dates_through_the_rules() -> None:
    """Article dating reads the dates the Chinese rules find: a dateline in Chinese numerals, a glued stamp."""
    text = "新華社杭州十二月二十二日電 公司在2025年推出新的產品線，去年十二月又在海外發布。"
    assert infer_reference(text) == dt.date(2025, 12, 22)
    assert infer_reference("2025-11-0408:15 來源：某網\n公司在2025年推出新產品。") == dt.date(2025, 11, 4)


def test_inferred_day_is_not_exact_without_a_stamp() -> None:
    text = "2026年2月初，公司發佈新品。今天，用戶大增。"
    ref = infer_reference(text)
    assert ref is not None
    assert not [m for m in extract(text) if m.text == "今天"]
    assert not [m for m in extract(text, ref, day_known=False) if m.text == "今天"]
    assert [m.value for m in extract(text, dt.date(2026, 2, 20)) if m.text == "今天"] == ["2026-02-20"]


def test_english_stamps_and_datelines() -> None:
    text = "Published: February 18, 2026\nAlibaba said yesterday that last year was good."
    assert infer_reference(text) == dt.date(2026, 2, 18)
    assert [(m.text, m.value) for m in extract(text)][1:] == [("yesterday", "2026-02-17"), ("last year", "2025")]
    text = "HANGZHOU, Feb. 18 (Reuters) - Alibaba shares rose 5% on Monday, 2026 guidance was raised."
    d = infer_reference(text)
    assert d is not None and (d.month, d.day) == (2, 18)


def test_statistics_bulletin() -> None:
    """A dated bulletin: reported periods are over, forecasts do not move the article date."""
    text = ("新华社北京2月18日电 国家统计局今天发布数据，1-12月社会消费品零售总额增长4.5%。2025年第四季度GDP同比"
            "增长5.2%。春节假期期间，国内出游4.7亿人次。常务会议1月23日召开，今年上半年要加快项目建设。上周五，"
            "央行宣布降准，将于2月25日起实施。预计到2030年，市场规模将达10万亿元。截至去年底，基站达450万个。")
    assert infer_reference(text) == dt.date(2026, 2, 18)
    got = {m.text: m.value for m in extract(text)}
    assert got["今天"] == "2026-02-18"
    assert got["1-12月"] == "2025-01/2025-12"
    assert got["春节假期期间"] == "2026-02-17"  # 假期期間 after a festival: the longest suffix, in the span
    assert got["1月23日"] == "2026-01-23"
    assert got["上周五"] == "2026-02-13"
    assert got["去年底"] == "2025"


def test_a_state_told_as_ended_puts_the_article_after_it() -> None:
    assert infer_reference("標題\n他擔任執行副主席至2023年9月，目前擔任集團主席。") == dt.date(2023, 10, 1)
    assert infer_reference("Title\nHe was vice chairman until 2023, and is now chairman.").year == 2024
    # without a present-tense marker, "until" may be a term that runs on: no bound
    assert infer_reference("標題\n任期至2027年。") == dt.date(2027, 12, 31)


def test_calendar_edges_never_raise() -> None:
    for text, ref in (("７月", dt.date(9999, 12, 31)), ("中秋", dt.date(9999, 12, 31)), ("去年下半年", dt.date(1, 1, 1)),
                      ("正月三十", dt.date(1, 1, 1)), ("除夕9999年", None), ("H10000", None), ("Q10000", None),
                      ("0000年上半年", None), ("9999年12月31日至1月1日", None), ("明年", dt.date(9999, 6, 1))):
        for m in extract(text, ref):
            assert m.value is None or not m.value.startswith(("0000", "10000"))


def test_an_article_that_does_not_place_itself_in_time_takes_its_files_date() -> None:
    from timeline.temporal import infer_references

    a = "標題\n2026年2月10日，公司發佈新品。今年銷量大增。"
    b = "標題\n除夕當晚，2026年春節聯歡晚會播出。2月16日除夕。"
    transcript = "標題\n訪談：他於2019年加入公司，17年前公司開始做雲。Joe said he bought them 10 years ago."
    dates = infer_references([a, b, transcript])
    assert [d for d, _ in dates[:2]] == [infer_reference(a), infer_reference(b)]
    assert infer_reference(transcript).year == 2019
    assert dates[2] == (max(infer_reference(a), infer_reference(b)), False)
    ms = extract(transcript, dates[2][0], day_known=dates[2][1])
    assert [m.value for m in ms if m.text == "10 years ago"] == ["2016"]
    # anchored articles far apart (an archive): each keeps its own date
    old = "標題\n2019年3月5日，公司發佈財報。今年利潤增長。"
    assert infer_references([a, old, transcript])[2][0].year == 2019


def test_a_full_date_opening_the_body_is_the_dateline() -> None:
    from timeline.temporal import infer_references

    # 去年2月 next to the dateline's 2026年2月 must not push the article into 2027
    zh = "標題\n2026年2月8日，公司去年2月宣佈加大投入。今年2月5日，公司再次降價。"
    assert infer_reference(zh) == dt.date(2026, 2, 8)
    en = "Title\nJanuary 12, 2026 - The company was founded in 1999 and listed in 2014."
    assert infer_reference(en) == dt.date(2026, 1, 12)
    # the file's other articles do not override an article that states its own date
    a = "Title\nHANGZHOU, February 17, 2026 - The model came out on the eve of the Lunar New Year last year."
    b = "Title\nPALO ALTO, February 16, 2026 - He spoke last week."
    assert infer_references([en, a, b])[0] == (dt.date(2026, 1, 12), True)
    # a narrative opening date later passed by other stated dates is no dateline
    story = "標題\n2014年9月19日，公司在紐約上市。2019年11月，公司在香港第二上市。"
    assert infer_reference(story) != dt.date(2014, 9, 19)


def test_disagreeing_same_month_guesses_say_nothing() -> None:
    text = "標題\n公司在2026年2月8日宣佈降價。去年2月宣佈投入。今年2月5日再降價。"
    assert infer_reference(text) == dt.date(2026, 2, 8)
    assert infer_reference("標題\n公司2025年11月發佈新品。去年11月的發佈會上，公司宣佈投入。").year == 2026
