"""An undated or vaguely dated retelling of a dated event is one more source of it, never an event of its
own with a date of its own (issue 12, deliver 4). Texts written for the test."""

from __future__ import annotations

import datetime as dt

from .test_builder import events_for, mention, src

DATED = "2024年3月5日，星河半導體宣布收購晨光科技，交易金額為12億元。"


def test_a_vague_retelling_in_another_article_joins_the_dated_event():
    hans = "星河半导体近日收购了晨光科技，双方未透露更多细节。"
    hant = "星河半導體日前收購了晨光科技，市場反應平淡。"
    en = "Xinghe Semiconductor recently acquired Chenguang Technology, the two firms said."
    evs = events_for(
        (src("a", DATED), [mention(DATED, "2024年3月5日", "2024-03-05", "day")]),
        (src("b", hans), [mention(hans, "近日", "2024-03", "month", "APPROX", relative=True)]),
        (src("c", hant), [mention(hant, "日前", "2024-03", "month", "APPROX", relative=True)]),
        (src("d", en, "en"), [mention(en, "recently", "2024-03", "month", "APPROX", relative=True)]),
    )
    (ev,) = [e for e in evs if e.kind == "event"]
    assert ev.time.start == ev.time.end == dt.date(2024, 3, 5)
    assert {r.source_id for r in ev.mentions} == {"a", "b", "c", "d"}
    assert len(evs) == 1


def test_a_vague_statement_of_another_action_or_actor_stays_apart():
    other_action = "星河半导体近日发布了新一代存储芯片。"
    other_actor = "月影科技近日收购了晨光科技。"
    evs = events_for(
        (src("a", DATED), [mention(DATED, "2024年3月5日", "2024-03-05", "day")]),
        (src("b", other_action), [mention(other_action, "近日", "2024-03", "month", "APPROX", relative=True)]),
        (src("c", other_actor), [mention(other_actor, "近日", "2024-03", "month", "APPROX", relative=True)]),
    )
    dated = next(e for e in evs if any(r.source_id == "a" for r in e.mentions))
    assert {r.source_id for r in dated.mentions} == {"a"}


def test_a_retelling_never_takes_a_later_event():
    later = "2025年6月1日，星河半導體宣布收購晨光科技。"
    vague = "星河半导体近日收购了晨光科技。"
    evs = events_for(
        (src("a", later), [mention(later, "2025年6月1日", "2025-06-01", "day")]),
        (src("b", vague), [mention(vague, "近日", "2024-03", "month", "APPROX", relative=True)]),
    )
    assert len(evs) == 2


def test_an_undated_retelling_is_a_source_without_a_date():
    hans = "星河半导体收购了晨光科技，业内人士认为此举将加强其芯片布局。"
    hant = "星河半導體收購了晨光科技。雙方沒有透露更多細節。"
    en = "Xinghe Semiconductor acquired Chenguang Technology, the two firms said."
    other = "星河半導體發布了新一代存儲晶片。"
    evs = events_for(
        (src("a", DATED), [mention(DATED, "2024年3月5日", "2024-03-05", "day")]),
        (src("b", hans), []), (src("c", hant), []), (src("d", en, "en"), []), (src("e", other), []),
    )
    (ev,) = evs
    assert ev.time.start == ev.time.end == dt.date(2024, 3, 5)
    assert {r.source_id for r in ev.mentions} == {"a", "b", "c", "d"}
    undated = [r for r in ev.mentions if r.source_id != "a"]
    assert all(r.value is None and (r.start, r.end) == (r.sentence_start, r.sentence_end) for r in undated)
    assert ev.mentions[0].source_id == "a"  # the dated telling comes first (lists, CSV, iCalendar)


def test_an_undated_retelling_naming_a_versioned_product_after_a_noun_keyword(tmp_path, monkeypatch):
    """A keyword jieba tags as a noun (開源) acts on the name that follows it, directly or after a noun
    phrase ("開源全新一代大模型流明…"): the dated and the undated telling share that object."""
    from timeline.events.gazetteer import ENV_VAR

    tsv = tmp_path / "mine.tsv"
    tsv.write_text("星河科技\torg\tXinghe Tech\n流明\tproduct\tLumen\t星河科技\n", encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(tsv))
    dated = "2025年8月1日，星河科技開源全新一代大模型流明Lumen 4.1-Pro。"
    hans = "星河科技正式开源Lumen4.1-Pro，性能对标主流闭源模型。"
    other = "星河科技正式开源数据集晨星，供研究者免费使用。"
    evs = events_for((src("a", dated), [mention(dated, "2025年8月1日", "2025-08-01", "day")]),
                     (src("b", hans), []), (src("c", other), []))
    (ev,) = [e for e in evs if any(r.source_id == "a" for r in e.mentions)]
    assert {r.source_id for r in ev.mentions} == {"a", "b"}
    assert next(r for r in ev.mentions if r.source_id == "b").value is None


SALE = "2025年11月27日至2026年2月5日，青松資本累計減持了翠谷科技的股份約1643萬股，套現約2.5億元。"


def _sale_with(text: str, lang: str = "zh", vague: str = "近日"):
    return events_for(
        (src("a", SALE), [mention(SALE, "2025年11月27日至2026年2月5日", "2025-11-27/2026-02-05", "day")]),
        (src("b", text, lang), [mention(text, vague, "2026-02", "month", "APPROX", relative=True)]),
    )


def test_a_retelling_behind_a_reporting_verb_joins_the_dated_event():
    # the statement follows "…發佈公告披露，": its action (減持) is the retelling's, not the announcement;
    # a precise figure (1643.04萬) and its rounding (約1643萬) are one amount
    hant = ("近日，翠谷科技發佈公告披露，公司股東青松資本已完成此前披露的減持計畫，本次累計減持公司股份"
            "1643.04萬股，佔公司總股本的3%。")
    hans = "近日，翠谷科技发布公告称，公司股东青松资本已完成此前披露的减持计划，累计减持公司股份1643.04万股。"
    for text in (hant, hans):
        evs = [e for e in _sale_with(text) if e.kind == "event"]
        assert len(evs) == 1 and {r.source_id for r in evs[0].mentions} == {"a", "b"}, [e.title for e in evs]
        assert evs[0].time.start == dt.date(2025, 11, 27)


def test_a_reported_other_action_stays_apart():
    text = "近日，翠谷科技發佈公告披露，公司已完成對晨光物流的收購，交易金額為3.1億元。"
    evs = [e for e in _sale_with(text) if e.kind == "event"]
    assert len(evs) == 2


def test_amount_keys_match_a_rounded_telling() -> None:
    from timeline.events.text import amounts

    assert "amount:1643" in amounts("1643.04万股") and amounts("约1643万股") == ["amount:1643"]
    assert amounts("2.52亿元") == ["amount:25200"]  # no 2.5亿: too few digits left to be the same amount


def _vague(sid: str, text: str, word: str, lang: str = "zh"):
    return (src(sid, text, lang), [mention(text, word, "2026-02", "month", "APPROX", relative=True)])


def test_two_vague_tellings_of_one_happening_become_one_event():
    # zh-Hant and zh-Hans; the second names the person after an organisation and a role (his board)
    hant = "近日，林書遠在清華大學經濟管理學院的一場訪談中又聊到了當年和趙明哲一起創業的往事。"
    hans = "近日，在清华大学经济管理学院的一场访谈中，翠峰科技董事会林书远首次公开谈及一段和赵明哲创业的往事。"
    evs = [e for e in events_for(_vague("a", hant, "近日"), _vague("b", hans, "近日")) if e.kind == "event"]
    assert len(evs) == 1 and {r.source_id for r in evs[0].mentions} == {"a", "b"}, [e.title for e in evs]


def test_two_vague_tellings_of_different_things_stay_apart():
    a = "近日，林書遠在清華大學的一場訪談中聊到了當年創業的往事。"
    b = "近日，林書遠宣佈翠峰科技將在成都開設新工廠。"
    c = "近日，許慧敏在清華大學的一場訪談中聊到了當年創業的往事。"
    evs = [e for e in events_for(_vague("a", a, "近日"), _vague("b", b, "近日"), _vague("c", c, "近日"))
           if e.kind == "event"]
    assert all(len({r.source_id for r in e.mentions}) == 1 for e in evs)


def test_a_vague_retelling_is_of_something_recent():
    # the same action by the same company two years before: 近日 does not retell it
    old = "2022年3月5日，星河半導體宣布收購晨光科技，交易金額為12億元。"
    now = "星河半导体近日收购了晨光科技。"
    evs = events_for(
        (src("a", old), [mention(old, "2022年3月5日", "2022-03-05", "day")]),
        (src("b", now), [mention(now, "近日", "2024-03", "month", "APPROX", relative=True)]),
    )
    assert len([e for e in evs if e.kind == "event"]) == 2


def test_a_vague_retelling_of_a_generic_action_needs_both_parties():
    dated = "2024年3月5日，星河半導體與晨光科技簽署戰略合作協議。"
    same = "星河半导体和晨光科技于近日宣布达成战略合作。"
    other = "星河半导体和月影银行于近日宣布达成战略合作。"
    evs = events_for(
        (src("a", dated), [mention(dated, "2024年3月5日", "2024-03-05", "day")]),
        (src("b", same), [mention(same, "近日", "2024-03", "month", "APPROX", relative=True)]),
        (src("c", other), [mention(other, "近日", "2024-03", "month", "APPROX", relative=True)]),
    )
    dated_ev = next(e for e in evs if any(r.source_id == "a" for r in e.mentions))
    assert {r.source_id for r in dated_ev.mentions} == {"a", "b"}
