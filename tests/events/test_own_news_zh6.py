"""A sixth Chinese hold-out set (``tests/events/own_news_zh6``: an earthquake, a rocket's first flight, a
by-election, a bus strike, a bankruptcy reorganization, a museum exhibition; written for this test, names no
gazetteer lists). The failure classes fixed after reading it are checked on unit texts of their own."""

from __future__ import annotations

from pathlib import Path

from .built import actors_of, built, dated


def test_organisations_of_other_kinds(tmp_path: Path) -> None:
    # a bus company, its union, a Hong Kong department (…處), a museum, a law firm
    text = ("罷工\n\n青衣巴士職工會3日宣布罷工。受影響，青衣巴士4日共有十條路線停駛。運輸處4日表示，已安排特別渡輪。"
            "另外，嵐山博物館5日開放新展廳。法院5日指定東嶽律師事務所擔任管理人。")
    tl = built(tmp_path, text, "2026-06-06-strike.txt")
    assert "青衣巴士職工會" in actors_of(tl, "罷工"), [(e.title, e.actors) for e in tl.events]
    assert "青衣巴士" in actors_of(tl, "停駛"), [(e.title, e.actors) for e in tl.events]
    assert "嵐山博物館" in actors_of(tl, "展廳"), [(e.title, e.actors) for e in tl.events]
    assert "東嶽律師事務所" in actors_of(tl, "管理人"), [(e.title, e.actors) for e in tl.events]


def test_a_saying_verb_after_bing_and_a_place_where_something_happened(tmp_path: Path) -> None:
    text = ("地震\n\n5月2日6时10分在白石县发生4.8级地震。白鹭航空发言人5月3日对此表示遗憾，并指公司上月已更换全部机队。")
    tl = built(tmp_path, text, "2026-05-04-quake.txt")
    titles = [t for _, t in dated(tl)]
    assert any(t.startswith("白石县发生") for t in titles), titles
    assert not any(t.startswith(("指", "在")) for t in titles), titles


def test_the_end_of_a_term_is_no_happening(tmp_path: Path) -> None:
    text = "補選\n\n陳嘉文3日當選市議員，她將於4月1日宣誓就職，任期至2028年12月24日止。"
    tl = built(tmp_path, text, "2026-03-04-election.txt")
    assert not any(v.startswith("2028") for v, _ in dated(tl)), dated(tl)


def test_a_cause_after_an_announcement_is_no_content_and_a_union_announces(tmp_path: Path) -> None:
    # "甲工會D日宣布，由於…，…將罷工": the announcement is an event of the union (職工會 is no modal 會), titled
    # by what was announced, not by its cause
    text = "罷工\n\n青衣巴士職工會3日宣布，由於談判破裂，旗下車長將於5日起罷工兩天。"
    tl = built(tmp_path, text, "2026-06-04-strike.txt")
    day = [e for e in tl.events if e.time.value == "2026-06-03"]
    assert day and day[0].kind == "event", [(e.time.value, e.title, e.kind) for e in tl.events]
    assert "由於" not in day[0].title and "罷工" in day[0].title, day[0].title


def test_shortening_drops_a_relative_clause_on_the_subject_and_the_place(tmp_path: Path) -> None:
    # a title too long loses "自主研制的" after the name that opens it and "在…中心" before the verb, not a cut word
    text = "首飛\n\n北辰航天自主研制的“雲雀一號”固體運載火箭8日上午在東風航天發射中心點火升空。"
    tl = built(tmp_path, text, "2026-05-09-launch.txt")
    titles = [t for _, t in dated(tl)]
    assert any(t.startswith("北辰航天“雲雀一號”") and t.endswith("點火升空") for t in titles), titles
    assert not any(t.endswith("…") for t in titles), titles
