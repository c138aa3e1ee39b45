"""Inputs of shapes the product was not designed for (docs/EVENTS.md "Inputs of other shapes"): each class
with our own texts (names invented here)."""

from __future__ import annotations

from tests.events.built import built, dated


def test_a_from_date_frame_inside_an_announcement_is_one_event_titled_without_the_frame(tmp_path):
    text = ("渡輪加價\n\n2025年3月10日\n\n青灣渡輪公司週二（3月11日）宣布，單程船費將由4月15日起上調1.5元。\n")
    assert dated(built(tmp_path, text)) == [("2025-03-11", "青灣渡輪公司：單程船費將上調1.5元")]


def test_a_pseudo_cleft_is_titled_by_what_comes_before_its_copula(tmp_path):
    text = ("渡輪加價\n\n2025年3月10日\n\n青灣渡輪公司上一次調整船費是在2021年8月。\n")
    tl = built(tmp_path, text)
    assert [(e.time.value, e.title) for e in tl.events] == [("2021-08", "青灣渡輪公司上一次調整船費")]


def test_a_department_named_by_a_noun_and_a_body_character_is_the_speaker_and_the_subject(tmp_path):
    from timeline.events.names import open_names

    assert [h[2] for h in open_names("渔政处表示，已于上周完成调查。")] == ["渔政处"]
    assert [h[2] for h in open_names("路政署昨日宣布封路。")] == ["路政署"]
    text = ("渡輪加價\n\n2025年3月10日\n\n青灣渡輪公司週二（3月11日）宣布，單程船費將由4月15日起上調1.5元。"
            "海事處表示，已於2月下旬收到有關申請。\n")
    got = {e.time.value: (e.title, e.actors) for e in built(tmp_path, text).events}
    title, actors = got["2025-02-21/2025-02-28"]
    assert title.startswith("海事處") and "青灣渡輪公司" not in title
    assert actors[0] == "海事處"


def test_each_date_of_coordinated_predicates_takes_its_own_conjunct_after_the_kind(tmp_path):
    text = ("Mill closure\n\nLEEDS, June 3, 2026 - Pellworth Mills Ltd. said on Tuesday it had closed a flour mill. "
            "The company shut the mill on May 29 and plans to reopen next week.\n")
    got = {e.time.value: e.title for e in built(tmp_path, text).events}
    assert got["2026-05-29"] == "Pellworth Mills shut the mill"
    assert any(v.startswith("2026-W") and t == "Pellworth Mills plans to reopen the mill" for v, t in got.items()), got


def test_a_company_name_without_its_place_is_the_same_company_and_owns_the_post_told_after(tmp_path):
    from timeline.events.names import open_names

    assert [h[2] for h in open_names("江州电力集团宣布加价。电力集团表示，将于下月生效。")] == ["江州电力集团"] * 2
    text = ("董事長異動\n\n2025年9月30日\n\n江州客運公司今（29）日召開董事會，通過由黃志成接任董事長。"
            "客運公司表示，新任董事長將於10月1日上任。前董事長許文彬於2018年出任董事長。\n")
    got = {e.time.value: (e.title, e.actors) for e in built(tmp_path, text).events}
    assert got["2025-10-01"][1] == ["江州客運公司"]
    assert got["2025-10-01"][0].startswith("客運公司") or got["2025-10-01"][0].startswith("江州客運公司")
    assert got["2018"][1] == ["許文彬", "江州客運公司"]


def test_a_company_named_by_a_rare_word_and_a_utility_word_is_found():
    from timeline.events.names import open_names

    assert [h[2] for h in open_names("南雁铁路白鹭线正式开通运营。")] == ["南雁铁路"]
    assert [h[2] for h in open_names("西岭水务今日宣布调整水价。")] == ["西岭水务"]


def test_a_from_date_of_a_listed_company_told_in_a_regulator_s_announcement_keeps_its_own_event(tmp_path):
    text = ("調整\n\n2025年3月10日\n\n監管機構週二（3月11日）宣布，阿里巴巴將由4月15日起調整平台收費。\n")
    values = [v for v, _ in dated(built(tmp_path, text))]
    assert values == ["2025-03-11", "2025-04-15"]
