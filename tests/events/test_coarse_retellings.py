"""Retellings at different precisions (issue 12, deliver 4): a happening told with its day in one article and
as its month, its year or a part of its year ("2022年底", "at the end of 2022") in another is one event;
different actions of one actor, or one action of different actors, in that period never merge. Texts written
for the test; the companies are in no gazetteer."""

from __future__ import annotations

from .test_builder import events_for, mention, src


def _groups(evs):
    return sorted(sorted({r.source_id for r in e.mentions}) for e in evs if e.kind == "event")


def _told(sid, text, told, value, gran, mod=None, lang="zh"):
    return (src(sid, text, lang), [mention(text, told, value, gran, mod)])


DAY = "2022年11月8日，霧松科技宣佈以64億元收購柏川數據。"


def test_a_launch_told_by_day_month_year_and_year_end_is_one_event():
    evs = events_for(
        _told("a", DAY, "2022年11月8日", "2022-11-08", "day"),
        _told("b", "霧松科技於2022年11月完成對柏川數據的收購，交易金額為64億元。", "2022年11月", "2022-11", "month"),
        _told("c", "據悉，雾松科技在2022年底斥资64亿元买下柏川数据全部股份。", "2022年底", "2022", "year", "END"),
        _told("d", "Wusong Technology acquired Baichuan Data for 6.4 billion yuan at the end of 2022.",
              "the end of 2022", "2022", "year", "END", "en"),
        _told("e", "In 2022, Wusong Technology completed its 6.4 billion yuan takeover of Baichuan Data.",
              "2022", "2022", "year", None, "en"),
    )
    assert _groups(evs) == [["a", "b", "c", "d", "e"]]
    (ev,) = evs
    assert ev.time.value == "2022-11-08"  # the most precise telling dates the event


def test_another_action_or_another_party_in_that_period_stays_apart():
    evs = events_for(
        _told("a", DAY, "2022年11月8日", "2022-11-08", "day"),
        _told("b", "2022年，霧松科技與柏川數據簽署戰略合作協議。", "2022年", "2022", "year"),
        _told("c", "2022年11月，霧松科技宣佈以12億元收購青嵐銀行。", "2022年11月", "2022-11", "month"),
        _told("d", "2022年11月8日，霧松科技與柏川數據簽署戰略合作協議。", "2022年11月8日", "2022-11-08", "day"),
        _told("e", "2022年底，霧松科技與青嵐銀行簽署戰略合作協議。", "2022年底", "2022", "year", "END"),
    )
    groups = _groups(evs)
    assert ["a"] in groups and ["c"] in groups and ["e"] in groups
    assert ["b", "d"] in groups  # the partnership told by day and by year


def test_a_part_of_the_year_fits_a_month_that_overlaps_it():
    evs = events_for(
        _told("a", "郑家豪于2017年年中宣布卸任霧松科技董事长。", "2017年年中", "2017", "year", "MID"),
        _told("b", "2017年8月，鄭家豪辭去霧松科技董事長職務。", "2017年8月", "2017-08", "month"),
    )
    assert _groups(evs) == [["a", "b"]]
    late = "2017年12月，鄭家豪辭去霧松科技董事長職務。"
    evs = events_for(_told("a", "郑家豪于2017年年中宣布卸任霧松科技董事长。", "2017年年中", "2017", "year", "MID"),
                     _told("b", late, "2017年12月", "2017-12", "month"))
    assert _groups(evs) == [["a"], ["b"]]


def test_one_article_two_companies_launching_in_that_period():
    t = "2014年11月18日，啟帆航空正式上線朱雀。市場反應平淡。2014年底，青杏醫療正式上線白鷺。"
    evs = events_for((src("a", t), [mention(t, "2014年11月18日", "2014-11-18", "day"),
                                    mention(t, "2014年底", "2014", "year", "END")]))
    assert len([e for e in evs if e.kind == "event"]) == 2


def test_two_products_of_one_company_in_one_year_stay_apart():
    evs = events_for(
        _told("a", "2022年，海曦能源發佈了新一代產品朱雀。", "2022年", "2022", "year"),
        _told("b", "2022年6月2日，海曦能源發佈了新一代產品玄武。", "2022年6月2日", "2022-06-02", "day"),
        _told("c", "海曦能源在2022年3月1日推出朱雀系列新品。", "2022年3月1日", "2022-03-01", "day"),
    )
    assert _groups(evs) == [["a", "c"], ["b"]]


def test_a_person_named_chief_executive_of_two_companies_in_one_year():
    evs = events_for(
        _told("a", "Xu Lanfang was named chief executive of Haixi Energy in 2022.", "2022", "2022", "year", None, "en"),
        _told("b", "On 2022-06-30, Jinglan Media appointed Xu Lanfang chief executive officer.", "2022-06-30",
              "2022-06-30", "day", None, "en"),
    )
    assert _groups(evs) == [["a"], ["b"]]


def test_a_week_across_a_month_end_fits_the_month_and_the_day():
    evs = events_for(
        _told("a", "霧松科技在2023年6月4日宣佈由韓若雪接任首席執行官。", "2023年6月4日", "2023-06-04", "day"),
        _told("b", "2023年6月，霧松科技任命韓若雪為首席執行官。", "2023年6月", "2023-06", "month"),
        _told("c", "Han Ruoxue was named chief executive of Wusong Technology last week.", "last week",
              "2023-W22", "week", None, "en"),
    )
    assert _groups(evs) == [["a", "b", "c"]]


def test_chinese_words_for_the_object_keep_two_launches_apart_in_mixed_events():
    evs = events_for(
        _told("a", "2011年，翠嵐科技發佈了新一代產品白鷺。", "2011年", "2011", "year"),
        _told("b", "Cuilan Technology unveiled the Startrack product line on 12 May 2011.", "12 May 2011",
              "2011-05-12", "day", None, "en"),
        _told("c", "2011 年 5 月 12 日，翠岚科技发布了新一代产品星轨。", "2011 年 5 月 12 日", "2011-05-12", "day"),
    )
    groups = _groups(evs)
    assert ["b", "c"] in groups and ["a"] in groups
