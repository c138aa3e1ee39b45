"""Actors are the participants of what is told (issue 12, deliver 3). Texts written for the test."""

from __future__ import annotations

from timeline.events.names import open_names
from timeline.events.text import to_simplified

from .test_builder import events_for, mention, src


def actors_of(text: str, sub: str, value: str, gran: str) -> list[str]:
    (ev,) = [e for e in events_for((src("a", text), [mention(text, sub, value, gran)])) if e.kind == "event"]
    return ev.actors


def test_sources_and_comparisons_are_not_actors():
    t = "QuestMobile數據顯示，2025年3月騰訊元寶的日活逼近豆包。"
    actors = actors_of(t, "2025年3月", "2025-03", "month")
    assert "元寶" in actors and "QuestMobile" not in actors and "豆包" not in actors


def test_former_employer_and_enumeration_are_not_actors():
    t = "劉振飛曾在微軟工作，2015年加入騰訊，負責包括抖音在內的多個產品的對接。"
    actors = actors_of(t, "2015年", "2015", "year")
    assert "騰訊" in actors and "微軟" not in actors and "抖音" not in actors


def test_a_product_brings_its_owner():
    t = "2026年2月10日，Seedance 2.0 正式發布。"
    actors = actors_of(t, "2026年2月10日", "2026-02-10", "day")
    assert actors[:1] == ["Seedance"] and "字節跳動" in actors


def test_names_no_gazetteer_lists():
    hits = {(n, k) for _, _, n, k in open_names(to_simplified("2021年5月，青松電子任命黃子晴為總裁，雙方與北海銀行簽約。"))}
    assert ("青松电子", "org") in hits and ("黄子晴", "person") in hits and ("北海银行", "org") in hits
    hits = {(n, k) for _, _, n, k in open_names("On May 4, 2021, Tessaro Labs hired Maria Lund. Shares rose.")}
    assert ("Tessaro Labs", "org") in hits and ("Maria Lund", "person") in hits
    assert not any(n in ("May", "On", "Shares") for n, _ in hits)
    assert not open_names(to_simplified("這家互聯網公司和它的子公司都在上市公司名單上。"))


def test_unknown_company_merges_across_scripts_and_languages():
    a = "2021年5月4日，青松電子以12億元收購北海物流。"
    b = "2021年5月4日，青松电子宣布以12亿元买下北海物流。"
    c = "On May 4, 2021, Qingsong Electronics acquired Beihai Logistics for 1.2 billion yuan."
    d = "2021年5月4日，紅杉電子以12億元收購南山物流。"
    ms = [mention(a, "2021年5月4日", "2021-05-04", "day"), mention(b, "2021年5月4日", "2021-05-04", "day"),
          mention(c, "May 4, 2021", "2021-05-04", "day"), mention(d, "2021年5月4日", "2021-05-04", "day")]
    evs = events_for((src("a", a), [ms[0]]), (src("b", b), [ms[1]]), (src("c", c, "en"), [ms[2]]),
                     (src("d", d), [ms[3]]))
    by_src = {e.mentions[0].source_id: e for e in evs}
    merged = [e for e in evs if len(e.source_ids) > 1]
    assert len(merged) == 1 and set(merged[0].source_ids) == {"a", "b", "c"}
    assert "d" in by_src and by_src["d"].source_ids == ["d"]


def test_the_deal_is_the_one_of_the_organisations_told_before():
    """Own text: "The deal / The merger …" opening a sentence with no subject of its own takes the two
    organisations told together last (or the one opening the sentence before), never a guess."""
    t = ("Brennock Care and Tamsin Labs agreed to merge on March 3, 2031. Shares of Oldfield Devices fell. "
         "The merger, which regulators must still approve, is expected to close in the autumn of 2031.")
    assert sorted(actors_of(t, "the autumn of 2031", "2031-FA", "season")) == ["Brennock Care", "Tamsin Labs"]
    t = "Corvane Systems bought a stake in a rival on May 2, 2031. The deal will close in June 2031."
    assert actors_of(t, "June 2031", "2031-06", "month") == ["Corvane Systems"]
