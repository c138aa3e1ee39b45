"""A fifth Chinese hold-out set (``tests/events/own_news_zh5``: a bribery verdict, a provincial congress, an airline's
first flight, a Hong Kong trading halt and resumption, a drought with relief funds, a university–company
agreement; written for this test, names no gazetteer lists). The failure classes fixed after reading it are
checked on unit texts of their own."""

from __future__ import annotations

from pathlib import Path

from .built import actors_of, built, dated


def test_less_common_surnames_make_people(tmp_path: Path) -> None:
    # 駱 / 柯 / 邬 … are surnames too: the person before a role verb or after a job title is found
    text = "人事變動\n\n5月3日，青苗科技財務總監駱子謙表示將辭任。5月4日，邬海平出任總經理。"
    tl = built(tmp_path, text, "2026-05-05-staff.txt")
    assert "駱子謙" in actors_of(tl, "辭任"), [(e.title, e.actors) for e in tl.events]
    assert "邬海平" in actors_of(tl, "總經理"), dated(tl)


def test_a_bare_jituan_is_the_company_and_a_stock_code_no_year(tmp_path: Path) -> None:
    # "集團於…起停牌": 集團 is the story's company; "（股份代號：2233）" is a code, no year, gone from titles
    text = ("嶧岫控股復牌\n\n嶧岫控股（股份代號：2233）今日恢復買賣。集團於6月1日起短暫停牌。"
            "根據集團周五發出的公告，嶧岫控股以3億港元出售一間酒店。")
    tl = built(tmp_path, text, "2026-06-08-resume.txt")
    assert not any(v.startswith("2233") for v, _ in dated(tl)), dated(tl)
    titles = [t for _, t in dated(tl)]
    assert not any("代號" in t or t.startswith("集團") for t in titles), titles
    assert any(t.startswith("嶧岫控股") and "停牌" in t for t in titles), titles
    assert "嶧岫控股" in actors_of(tl, "停牌"), dated(tl)
    # "根據…公告，甲…": a source frame, not a speaker
    assert any(t.startswith("嶧岫控股以3億港元出售") for t in titles), titles


def test_a_time_of_today_goes_from_the_title(tmp_path: Path) -> None:
    text = "首航\n\n雲帆航空的新航線今天上午首航。"
    tl = built(tmp_path, text, "2026-05-06-flight.txt")
    assert all("今天" not in t for _, t in dated(tl)), dated(tl)


def test_bodies_after_a_place_word_or_a_listed_body(tmp_path: Path) -> None:
    # "北陲省应急管理厅" (jieba reads an unknown place as a place word), "财政部、应急管理部" (a body listed after a
    # body), "北陲省气象台预计，…将有所…" (a forecaster speaking; 4月下旬 ahead is a forecast's date)
    text = ("抗旱\n\n记者9日从北陲省应急管理厅获悉，全省旱情持续。财政部、应急管理部8日下拨救灾资金2亿元。"
            "北陲省气象台预计，4月下旬旱情将有所缓解。")
    tl = built(tmp_path, text, "2026-04-10-drought.txt")
    assert "应急管理部" in actors_of(tl, "下拨"), dated(tl)
    fc = [e for e in tl.events if e.kind == "event" and "缓解" in e.title]
    assert fc and fc[0].forecast and fc[0].title.startswith("北陲省气象台："), [(e.title, e.forecast) for e in fc]


def test_a_past_statistic_of_a_jurisdiction_is_a_statement(tmp_path: Path) -> None:
    # "报告显示，2025年全省地区生产总值突破…": a measured state of a past period, not a happening (the meeting is)
    text = ("省人代会开幕\n\n1月12日，南湾省人民代表大会会议开幕。报告显示，2025年全省地区生产总值突破3万亿元。")
    tl = built(tmp_path, text, "2026-01-13-congress.txt")
    assert not any("生产总值" in t for _, t in dated(tl)), dated(tl)
    assert any(v == "2026-01-12" for v, _ in dated(tl)), dated(tl)


def test_a_plan_with_a_date_ahead_is_a_forecast(tmp_path: Path) -> None:
    text = "航線\n\n董事長何立群5月3日表示，公司明年計劃再開闢三條航線。"
    tl = built(tmp_path, text, "2026-05-04-routes.txt")
    plan = [e for e in tl.events if e.kind == "event" and "航線" in e.title and e.time.value.startswith("2027")]
    assert plan and plan[0].forecast, [(e.time.value, e.title, e.forecast) for e in tl.events]


def test_what_a_reporter_learnt_is_told_by_the_source(tmp_path: Path) -> None:
    # "记者D日从甲获悉，content": 甲 tells the content; with no source named, the content alone
    text = "旱情\n\n记者9日从南湾省水利厅获悉，全省已有9个县出现旱情。记者获悉，5月1日起，南湾省将启动抗旱应急响应。"
    tl = built(tmp_path, text, "2026-04-10-drought.txt")
    titles = [t for _, t in dated(tl)]
    assert not any(t.endswith(("获悉", "獲悉")) or t.startswith("记者") for t in titles), titles
    assert any(t.startswith("南湾省水利厅：") for t in titles), titles


def test_a_ministry_and_its_bureau_are_one_name_and_a_relative_quarter_leaves_the_title(tmp_path: Path) -> None:
    text = "航權\n\n交通部民用航空局3月2日核准雲帆航空經營新航線。董事長何立群表示，新機隊預計明年第一季交付。"
    tl = built(tmp_path, text, "2026-03-03-route.txt")
    assert "交通部民用航空局" in actors_of(tl, "核准"), dated(tl)
    assert all("明年" not in t for _, t in dated(tl)), dated(tl)


def test_a_verdict_story_names_the_accused_and_the_happening_not_the_means(tmp_path: Path) -> None:
    # a person found once by a cue is named wherever written; a later 被 with no agent is done to the subject;
    # "甲利用职务便利，…，非法收受…" is titled by what was done, not by the means
    text = ("受贿案宣判\n\n5月6日，北岸市中级人民法院对柯振邦受贿案公开宣判。经审理查明，2015年至2022年间，"
            "柯振邦利用职务便利，为他人谋取利益，非法收受财物共计900余万元。柯振邦于2024年3月被北岸市监察委员会留置，"
            "同年9月被提起公诉。")
    tl = built(tmp_path, text, "2026-05-07-verdict.txt")
    assert "柯振邦" in actors_of(tl, "宣判"), dated(tl)
    assert actors_of(tl, "提起公诉") == ["柯振邦"], [(e.title, e.actors) for e in tl.events]
    titles = [t for _, t in dated(tl)]
    assert not any(t.endswith("便利") for t in titles), titles
    assert any(t.startswith("柯振邦非法收受财物") for t in titles), titles


def test_a_congress_with_its_term_is_the_jurisdictions_body(tmp_path: Path) -> None:
    # "南湾省第十三届人民代表大会…": the body is 南湾省人民代表大会, not a bare 人民代表大会
    text = "省人代会开幕\n\n1月12日，南湾省第十三届人民代表大会第四次会议开幕。"
    tl = built(tmp_path, text, "2026-01-13-congress.txt")
    assert "南湾省人民代表大会" in actors_of(tl, "开幕"), [(e.title, e.actors) for e in tl.events]
