"""Another company doing the same thing, told as "Rival X …" (merge hold-out 7, docs/EVENTS.md): the word
before the name leaves it the clause's doer, so its launch stays apart from the launch the article told of its
own company by a pronoun ("the speaker it launched in March") and from the Chinese telling of that launch,
which the month retelling joins. Own texts; names no list holds."""

from __future__ import annotations

from tests.events.built import events_of

ZH = "嵩禾科技發布智能音箱\n（2029年3月12日）\n嵩禾科技3月11日在杭州發布智能音箱「雲雀」，售價999元。\n"
EN = ("Songhe Technology sales jump\nMay 2, 2029 — Songhe Technology said on April 27 that first-quarter sales rose 30%, "
      "helped by the Lark speaker it launched in March. Rival Qiaosong Technology launched a speaker of its own on "
      "March 11.\n")


def _show(events):
    return [(e.time.value, e.title, e.actors, len(e.source_ids)) for e in events]


def test_a_rival_is_its_clause_doer(tmp_path):
    events = events_of(tmp_path, {"a.txt": ZH, "b.txt": EN})
    rival = [e for e in events if "Qiaosong Technology" in e.actors]
    assert len(rival) == 1 and rival[0].time.value == "2029-03-11", _show(events)
    assert len(rival[0].source_ids) == 1 and "嵩禾科技" not in rival[0].actors, _show(events)
    launch = [e for e in events if e.time.value == "2029-03-11" and e is not rival[0]]
    assert len(launch) == 1 and len(launch[0].source_ids) == 2, _show(events)


def test_another_x_opens_a_chinese_clause(tmp_path):
    from timeline.events.builder import _LEAD_IN

    assert _LEAD_IN.match("另一家软件公司")
    assert _LEAD_IN.match("Rival ") and _LEAD_IN.match("Fellow chipmaker ")
    assert not _LEAD_IN.match("Shares of ")
