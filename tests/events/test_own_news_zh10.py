"""A tenth Chinese hold-out set (``tests/events/own_news_zh10``: a Taiwan 重大訊息 notice, a 快讯 live blog, an
interview with name labels, a half-year review, a rescue told as a chain of days, a poet's death and his memorial in a
later story, a fair, a final; written for this test, names no gazetteer lists), read before any fix of its own
(docs/EVENTS.md, "A tenth Chinese set"). The classes fixed after reading it are checked on unit texts of their own."""

from __future__ import annotations

from pathlib import Path

from .built import built, dated


def test_the_set_reads_as_measured() -> None:
    from timeline.pipeline import build_timeline

    folder = Path(__file__).parent / "own_news_zh10"
    rows = dated(build_timeline(sorted(folder.glob("*.txt"))))
    values = {v for v, _ in rows}
    # the rescue chain: 次日, 两天后 (after the day before it), 一周后 (its week, by convention)
    for told in ("2029-07-08TNI", "2029-07-08TMO", "2029-07-09", "2029-07-11", "2029-W29", "2029-04-11T22:00",
                 "2029-08-31TEV", "2029-11-24TEV", "2030"):
        assert told in values, (told, rows)
    # the memorial's 15日 is the article's month, not the month of 上月辭世 told before it
    assert any(v == "2029-09-15TAF" and "追思會" in t for v, t in rows), rows
    assert not any(v.startswith("2029-08-15") for v in values), rows
    assert ("2001", "譚泊舟獲頒國家文藝獎") in rows, rows


def test_a_day_after_last_month_in_a_relative_clause_is_in_the_article_month(tmp_path: Path) -> None:
    # "上月退休的校長某某，其歡送會12日舉行": the story goes on in the article's month
    text = "歡送會\n\n上月退休的校長岑雅文，其歡送會12日晚間在校內舉行。"
    rows = dated(built(tmp_path, text, "2029-11-14-farewell.txt"))
    assert any(v.startswith("2029-11-12") for v, _ in rows), rows
    assert not any(v.startswith("2029-10") for v, _ in rows), rows


def test_a_prize_received_takes_the_subject_not_a_colon(tmp_path: Path) -> None:
    # "某某1950年生於…，2001年獲頒…獎": who received it, not "某某：獲頒…"
    text = "作家\n\n作家岑雅文1950年生於汐峰，1980年出版第一本小說，2001年獲頒國家文藝獎。"
    titles = [t for _, t in dated(built(tmp_path, text, "2029-11-14-writer.txt"))]
    assert any(t.endswith("獲頒國家文藝獎") and "：" not in t for t in titles), titles


def test_our_in_an_answer_is_the_company(tmp_path: Path) -> None:
    # "芮某：…我们的第一款新药进入三期临床试验": the founder's company's drug, not hers
    text = ("对话\n\n澄禾医药创始人岑雅文近日接受专访。\n\n记者：公司进展如何？\n\n"
            "岑雅文：2024年，我们的第一款降压新药进入三期临床试验。")
    titles = [t for _, t in dated(built(tmp_path, text, "2029-11-14-talk.txt"))]
    assert any(t.startswith("澄禾医药第一款降压新药") for t in titles), titles


def test_a_meeting_resolved_for_a_day_to_come_is_a_forecast(tmp_path: Path) -> None:
    # "董事會決議於2030年6月18日召開股東常會", told in March: a forecast
    text = "公告\n\n澄禾醫藥董事會今日決議於2030年6月18日召開股東常會。"
    tl = built(tmp_path, text, "2030-03-06-notice.txt")
    meeting = [e for e in tl.events if e.kind == "event" and e.time.value == "2030-06-18"]
    assert meeting and all(e.forecast for e in meeting), [(e.time.value, e.title, e.forecast) for e in tl.events]


def test_a_list_item_after_a_semicolon_keeps_its_own_subject(tmp_path: Path) -> None:
    # "一是…，3月，甲項目開工；二是…，5月，乙市與丙市簽署協議": the second item is not told by the first's company
    text = ("回顧\n\n今年以來，岑港市招商成效明顯。一是項目落地，3月，澄禾儲能電池基地項目正式開工；"
            "二是合作拓展，5月，岑港市與汐峰市簽署區域合作協議。")
    titles = [t for _, t in dated(built(tmp_path, text, "2029-06-30-review.txt"))]
    assert "岑港市與汐峰市簽署區域合作協議" in titles, titles


def test_a_notice_label_dates_the_item_told_after_it(tmp_path: Path) -> None:
    # "1. 事實發生日：2030年3月5日。2. 董事會通過…": the decision, not the label
    text = ("澄禾醫藥重大訊息公告\n\n澄禾醫藥股份有限公司今日公告董事會決議事項：\n1. 事實發生日：2030年3月5日。\n"
            "2. 董事會通過以每股新台幣1.8元發放現金股利。")
    titles = [t for _, t in dated(built(tmp_path, text, "2030-03-06-notice.txt"))]
    assert "事實發生日" not in titles, titles
    assert any("董事會通過以每股新台幣1.8元發放現金股利" in t for t in titles), titles
