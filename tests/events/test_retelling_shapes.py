"""More shapes of a vague retelling joining the dated event of another article (issue 12, deliver 4): a person
whose given name opens with a function character (鄭家豪), and a retelling naming one more participant (the
exchange of a listing) that tells the same distinctive amount. Texts written for the test."""

from __future__ import annotations

from .test_builder import events_for, mention, src


def _vague(sid, text, word="近日"):
    return (src(sid, text), [mention(text, word, "2016-12", "month", "APPROX", relative=True)])


def test_a_person_named_with_a_function_character_retells_a_resignation():
    dated = "2016年11月29日，鄭家豪辭去翠嶺材料董事長職務。"
    vague = "近日，鄭家豪辭去翠嶺材料董事長職務。"
    evs = events_for((src("a", dated), [mention(dated, "2016年11月29日", "2016-11-29", "day")]), _vague("b", vague))
    (ev,) = evs
    assert {r.source_id for r in ev.mentions} == {"a", "b"}
    assert "鄭家豪" in ev.actors  # a name no gazetteer lists is shown as the corpus first writes it


def test_the_same_amount_lets_a_retelling_name_the_exchange():
    dated = "翠嶺材料於2016年11月29日正式登陸港股，首次公開募股籌得230億港元。"
    vague = "近日，翠岭材料在香港交易所挂牌上市，募资230亿港元。"
    other = "近日，翠岭材料在香港交易所挂牌上市，募资95亿港元。"
    evs = events_for((src("a", dated), [mention(dated, "2016年11月29日", "2016-11-29", "day")]),
                     _vague("b", vague), _vague("c", other))
    groups = sorted(sorted({r.source_id for r in e.mentions}) for e in evs)
    assert ["a", "b"] in groups and ["c"] in groups
