"""The same actor doing the same kind of thing to different things at vaguely overlapping times tells two
happenings; a retelling naming the same object still merges (issue 12, deliver 4). Texts written for the test."""

from __future__ import annotations

from .test_builder import events_for, mention, src


def _sources_of(evs):
    return sorted(sorted({r.source_id for r in e.mentions}) for e in evs if e.kind == "event")


def test_purchases_of_different_things_stay_apart_across_articles():
    a = "2019年，星河半導體收購了晨光科技。"
    b = "2019年秋，星河半导体收购了月湖银行。"
    c = "2019年，晨光科技被星河半導體收購，交易已經完成。"
    evs = events_for(
        (src("a", a), [mention(a, "2019年", "2019", "year")]),
        (src("b", b), [mention(b, "2019年秋", "2019-FA", "season")]),
        (src("c", c), [mention(c, "2019年", "2019", "year")]),
    )
    assert ["b"] in _sources_of(evs)
    assert ["a", "c"] in _sources_of(evs)


def test_purchases_of_different_things_stay_apart_in_one_article():
    t = "2019年，星河半導體收購了晨光科技。同年下半年，星河半導體又收購了月湖銀行。"
    evs = events_for((src("a", t), [mention(t, "2019年", "2019", "year"),
                                    mention(t, "同年下半年", "2019-H2", "half")]))
    assert len([e for e in evs if e.kind == "event"]) == 2


def test_a_vague_date_with_other_figures_does_not_join_another_purchase():
    t = ("2018年，星河半導體以3億美元購入晨光科技40%的股份，次年又斥資5億美元拿下其餘六成股份，成為唯一股東。"
         "2019年，星河半導體以2000萬美元收購了月湖銀行。")
    evs = events_for((src("a", t), [mention(t, "2018年", "2018", "year"),
                                    mention(t, "次年", "2019", "year", relative=True),
                                    mention(t, "2019年", "2019", "year")]))
    by_text = {r.text: e.id for e in evs for r in e.mentions}
    assert by_text["次年"] != by_text["2019年"]
