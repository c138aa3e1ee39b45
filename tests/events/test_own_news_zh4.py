"""A fourth Chinese hold-out set (``tests/events/own_news_zh4``: a university ranking, a typhoon with school
closures, a hospital's new wing, a provincial GDP release, a box-office record; written for this test, names no
gazetteer lists). The failure classes fixed after reading it are checked on unit texts of their own."""

from __future__ import annotations

from pathlib import Path

from .built import actors_of, built, dated


def test_a_number_after_di_is_an_ordinal_never_a_day(tmp_path: Path) -> None:
    # 第N号 / 第N號 numbers a thing (a storm, an order); 第N日 counts days of something: neither is a day
    text = ("暴雨成災\n\n8月3日清晨，今年第4号台风“白鹭”在南港市登陆。南港市防汛指挥部同日发布通知，全市公园暂停开放。"
            "另外，市政府第9號令自下月起施行。")
    tl = built(tmp_path, text, "2026-08-04-storm.txt")
    days = [v for v, _ in dated(tl)]
    assert not any(v.startswith(("2026-08-04", "2026-08-09")) for v in days), dated(tl)
    assert all("第号" not in t and "第號" not in t and not t.startswith("第台") for _, t in dated(tl))
    assert any(v.startswith("2026-08-03") and "台风" in t and "登陆" in t for v, t in dated(tl)), dated(tl)


def test_a_notice_is_a_reporting_clause(tmp_path: Path) -> None:
    # "甲局发布通知，…": the title is what the notice says, said by the bureau (a data release, "发布数据显示，…"
    # with a period of its own, is still titled by the release: the figures are another date's)
    text = "停課通知\n\n9月2日，北岸市教育局發布通知，全市中小學9月3日停課一天。"
    tl = built(tmp_path, text, "2026-09-02-closure.txt")
    titles = [t for _, t in dated(tl)]
    assert not any(t.endswith(("發布通知", "发布通知")) for t in titles), titles
    assert any("停課" in t for t in titles), titles


def test_schools_and_hospitals_are_found_and_fill_gai_xiao(tmp_path: Path) -> None:
    # a school or a hospital named by a rare word or a place before 大學 / 醫院 is an organisation; 該校 / 該院
    # opening a sentence is the school / hospital told last (not another kind of organisation)
    text = ("青嵐學院擴建\n\n翠屏科技5月3日向青嵐學院捐贈一棟實驗樓。青嵐學院成立於1972年。該校計劃明年招收首批博士生。"
            "另外，梧桐醫院5月2日正式啟用新急診大樓。")
    tl = built(tmp_path, text, "2026-05-04-campus.txt")
    titles = [t for _, t in dated(tl)]
    assert not any(t.startswith("該校") for t in titles), titles
    assert any(t.startswith("青嵐學院計劃") for t in titles), titles
    assert "青嵐學院" in actors_of(tl, "計劃"), dated(tl)
    assert "梧桐醫院" in actors_of(tl, "急診"), dated(tl)
    # a common noun before 大學 names no school
    tl2 = built(tmp_path, "排名\n\n一家機構6月1日公布世界大學排名。", "2026-06-02-rank.txt")
    assert all(not a.endswith("大學") for e in tl2.events for a in e.actors)


def test_gai_pian_is_the_work_told_before(tmp_path: Path) -> None:
    # 該片 / 該劇 stand for the last title in 《》; a kind word before a company (片方) is no part of its name
    text = ("新片上映\n\n動畫電影《雲端信使》由松濤影業出品。該片5月1日在全國上映。"
            "片方松濤影業5月6日發表聲明，宣布延長放映。")
    tl = built(tmp_path, text, "2026-05-07-film.txt")
    titles = [t for _, t in dated(tl)]
    assert any(t.startswith("《雲端信使》") and "上映" in t for t in titles), titles
    assert not any("片方" in a for e in tl.events for a in e.actors), [e.actors for e in tl.events]
    assert not any(t.endswith("發表聲明") for t in titles), titles


def test_a_data_release_is_one_event_and_a_comparison_base_none(tmp_path: Path) -> None:
    # "D日，甲局发布数据，上半年全省地区生产总值为…": the release day's one event, titled by its content; the
    # half year is what it reports; 去年同期 names the base of a comparison, no happening
    text = ("东岭省经济数据\n\n4月18日，东岭省统计局发布数据，一季度全省地区生产总值为8600亿元，同比增长6.1%。"
            "去年同期，东岭省GDP增速为4.9%。")
    tl = built(tmp_path, text, "2026-04-19-gdp.txt")
    assert [v for v, _ in dated(tl)] == ["2026-04-18"], dated(tl)
    assert not dated(tl)[0][1].endswith("发布数据"), dated(tl)


def test_a_date_of_the_state_changed_from_is_no_happening(tmp_path: Path) -> None:
    # "由去年的第N位升至第M位": 去年 dates the old rank, the rise is told on the sentence's day
    text = "排名上升\n\n一家評級機構3日發布最新榜單，海灣大學由去年的第80位升至第52位。"
    tl = built(tmp_path, text, "2026-06-04-rank.txt")
    assert not any(v.startswith("2025") for v, _ in dated(tl)), dated(tl)
    assert all("由的" not in t for _, t in dated(tl)), dated(tl)
def test_the_earlier_state_of_a_change_dates_nothing(tmp_path: Path) -> None:
    # "由去年的…升至…": the year names the old rank, not a happening; the change is the release day's
    text = "排名公布\n\n一家評級機構3日發布年度港口排名，北灣港由去年的第15位升至第9位。"
    tl = built(tmp_path, text, "2026-05-04-ports.txt")
    assert not any(v.startswith("2025") for v, _ in dated(tl)), dated(tl)
    assert any(v.startswith("2026-05-03") for v, _ in dated(tl)), dated(tl)


def test_an_ordinal_day_count_and_the_bare_day_after_it(tmp_path: Path) -> None:
    # "展出第十二天…20日": 第N天 counts from the show's opening, no date; 20日 is the article month's
    text = "展覽人氣旺\n\n藝術館特展展出第十二天，參觀人次於20日突破十萬。館方當晚表示將延長展期。"
    tl = built(tmp_path, text, "2026-04-21-show.txt")
    days = [v for v, _ in dated(tl)]
    assert not any(v.startswith("2026-05") for v in days), dated(tl)
    assert any(v.startswith("2026-04-20") for v in days), dated(tl)


def test_a_figure_with_no_owner_takes_the_work_or_subject_told_first(tmp_path: Path) -> None:
    # "電影《甲》上映第N天，累計票房於D日突破…": the figure is the film's
    text = "票房\n\n動畫電影《星港奇遇》上映第十天，累計票房於12日突破8億元。"
    tl = built(tmp_path, text, "2026-05-13-boxoffice.txt")
    assert any(t.startswith("《星港奇遇》累計票房") for _, t in dated(tl)), dated(tl)
