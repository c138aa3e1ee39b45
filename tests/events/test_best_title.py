"""A merged event takes the best-formed title among its statements (issue 12, deliver 2): headline_score
ranks flaws (pronoun or connective start, frame, reporting verb, "…" cut, no action verb, no subject, too
short) and then a compact length. Texts written for the test (zh-Hant, zh-Hans, English)."""

from __future__ import annotations

from timeline.events.titles import headline_score

from .test_builder import events_for, mention, src


def test_headline_score_prefers_well_formed_titles() -> None:
    names = {"星河半導體", "晨光科技"}
    good = headline_score("星河半導體收購晨光科技", names)
    assert good == (0, 0)
    assert headline_score("他們收購了晨光科技", names) > good          # a pronoun start
    assert headline_score("星河半導體收購晨光科技的全部股份並在隨後…", names) > good  # cut
    assert headline_score("星河半導體的新年", names) > good            # no action verb
    assert headline_score("收購了一家公司", names) > good               # no subject named
    assert headline_score("星河半导体收购晨光科技", {"星河半導體"}) == (0, 0)  # Simplified matches too
    en = {"Xinghe Semiconductor", "Chenguang Technology"}
    assert headline_score("Xinghe Semiconductor acquired Chenguang Technology", en) == (0, 0)
    assert headline_score("It was a big year for Chenguang Technology", en) > (0, 0)
    # within the limits, a compact title beats a long one with no more flaws
    long = "星河半導體在深圳總部召開的股東大會上正式宣佈收購晨光科技"
    assert headline_score(long, names) > good


def test_a_merged_event_takes_the_best_formed_title() -> None:
    flawed = ("2024年3月5日，随着监管部门批准以及双方董事会在深圳总部再次确认全部条款和后续整合安排，"
              "星河半导体对晨光科技的收购随后宣告完成。")
    clean = "2024年3月5日，星河半導體收購晨光科技。"
    evs = events_for(
        (src("a", flawed), [mention(flawed, "2024年3月5日", "2024-03-05", "day")]),
        (src("b", clean), [mention(clean, "2024年3月5日", "2024-03-05", "day")]),
    )
    (ev,) = [e for e in evs if e.kind == "event"]
    assert {r.source_id for r in ev.mentions} == {"a", "b"}
    assert ev.title == "星河半導體收購晨光科技"


def test_a_date_ending_a_state_gives_way_to_another_tellings_title() -> None:
    from timeline.events.builder import _until_flaw

    t = "林書遠曾擔任翠峰科技首席財務官，並擔任執行副主席至2019年6月。"
    assert _until_flaw((0, 0), t, t.index("2019年6月")) == (1, 0)
    e = "Lin Shuyuan served as chief financial officer until 2013."
    assert _until_flaw((0, 0), e, e.index("2013")) == (1, 0)
    assert _until_flaw((0, 0), "2019年6月，林書遠回歸。", 0) == (0, 0)
