"""English tellings of a recent happening as a retelling (issue 12, deliver 4): "recently" (no date mention),
"earlier this month" and "last week" (dates of their own) join the dated telling of another article, also for
a generic action (a partnership: both parties the same), a subject that is the other telling's object, and a
product told in another language; 近日 tells the latest happening of its kind. Texts written for the test."""

from __future__ import annotations

import datetime as dt

from timeline.model import Source

from .test_builder import mention


def _src(sid, text, day, lang):
    return Source(id=sid, title="", text=text, date=day, lang=lang)


def _events(*items):
    from timeline.events import build_events

    return build_events([s for s, _ in items], {s.id: ms for s, ms in items})


def _groups(evs):
    return sorted(sorted({r.source_id for r in e.mentions}) for e in evs if e.kind == "event")


DEAL = "2008年12月16日，翠屏科技與金杉食品簽署戰略合作協議。"


def _deal():
    return (_src("a", DEAL, dt.date(2008, 12, 17), "zh"), [mention(DEAL, "2008年12月16日", "2008-12-16", "day")])


def test_recently_last_week_and_earlier_this_month_join_a_partnership():
    recent = "Recently, Cuiping Technology signed a strategic partnership with Jinshan Foods."
    week = "Cuiping Technology and Jinshan Foods announced a strategic alliance last week."
    month = "Cuiping Technology and Jinshan Foods announced a strategic alliance earlier this month."
    evs = _events(_deal(),
                  (_src("b", recent, dt.date(2008, 12, 20), "en"), []),
                  (_src("c", week, dt.date(2008, 12, 23), "en"), [mention(week, "last week", "2008-W51", "week")]),
                  (_src("d", month, dt.date(2008, 12, 19), "en"),
                   [mention(month, "earlier this month", "2008-12", "month")]))
    assert _groups(evs) == [["a", "b", "c", "d"]]
    (ev,) = evs
    assert ev.time.value == "2008-12-16"


def test_a_partnership_with_another_party_is_not_retold():
    other = "Recently, Cuiping Technology signed a strategic partnership with Yunshan Data."
    evs = _events(_deal(), (_src("b", other, dt.date(2008, 12, 20), "en"), []))
    assert _groups(evs) == [["a"]]


def test_the_subject_of_a_recent_sentence_may_be_the_others_object():
    dated = "趙明遠於2016年8月19日出任喬木汽車首席執行官。"
    recent = "Recently, Qiaomu Motors appointed Zhao Mingyuan chief executive officer."
    evs = _events((_src("a", dated, dt.date(2016, 8, 20), "zh"), [mention(dated, "2016年8月19日", "2016-08-19", "day")]),
                  (_src("b", recent, dt.date(2016, 8, 24), "en"), []))
    assert _groups(evs) == [["a", "b"]]


def test_a_product_told_in_another_language_when_one_launch_is_that_recent():
    dated = "2017年11月15日，青杏醫療發佈了新一代產品白鷺。"
    recent = "Qingxing Medical unveiled the Egret product line recently."
    older = "2017年10月20日，青杏醫療發佈了新一代產品朱雀。"
    a = (_src("a", dated, dt.date(2017, 11, 16), "zh"), [mention(dated, "2017年11月15日", "2017-11-15", "day")])
    b = (_src("b", recent, dt.date(2017, 11, 18), "en"), [])
    c = (_src("c", older, dt.date(2017, 10, 21), "zh"), [mention(older, "2017年10月20日", "2017-10-20", "day")])
    assert ["a", "b"] in _groups(_events(a, b))
    assert not any("b" in g for g in _groups(_events(a, b, c)))  # two launches that recent: it joins neither


def test_jinri_tells_the_latest_happening_of_its_kind():
    older = "2015年2月14日，曜川半導體在西安的新工廠正式投產。"
    later = "On 2015-03-21, Yaochuan Semiconductor opened a new factory in Xi'an."
    vague = "日前，曜川半导体在西安的新工厂正式投产。"
    evs = _events((_src("a", older, dt.date(2015, 2, 15), "zh"), [mention(older, "2015年2月14日", "2015-02-14", "day")]),
                  (_src("b", later, dt.date(2015, 3, 22), "en"), [mention(later, "2015-03-21", "2015-03-21", "day")]),
                  (_src("c", vague, dt.date(2015, 3, 24), "zh"),
                   [mention(vague, "日前", "2015-03", "month", "APPROX", relative=True)]))
    assert ["b", "c"] in _groups(evs)
