"""A two-character short form opening a statement ("杉岭10月28日公布三季报") names the one organisation whose
full name another article of the corpus gives ("杉嶺電池股份有限公司"): the statement meets that organisation's
tellings (merge hold-out 6, docs/EVENTS.md: it had no actor and joined nothing). Not when two organisations of
the corpus share the short form, nor when it is a common word. Own texts; names no list holds."""

from __future__ import annotations

from tests.events.built import events_of

FULL = ("杉嶺電池第三季營收增長\n（2031年10月29日）\n杉嶺電池股份有限公司10月28日發布第三季度業績，季度營收同比增長27%。\n")
SHORT = "杉岭三季报出炉\n（2031年10月30日）\n杉岭10月28日公布三季报，第三季度营收同比增长27%。\n"
OTHER = "杉岭医疗发布新品\n（2031年10月30日）\n杉岭医疗10月28日发布了新一代监护仪。\n"


def _rows(events):
    return [(e.title, e.actors, e.source_ids) for e in events]


def test_a_short_form_names_the_organisation_told_in_full_elsewhere(tmp_path):
    events = events_of(tmp_path, {"a.txt": FULL, "b.txt": SHORT})
    assert len(events) == 1 and len(events[0].source_ids) == 2 and events[0].actors == ["杉嶺電池"], _rows(events)


def test_a_short_form_two_organisations_share_names_neither(tmp_path):
    events = events_of(tmp_path, {"a.txt": FULL, "b.txt": SHORT, "c.txt": OTHER})
    assert sorted(len(e.source_ids) for e in events) == [1, 1, 1], _rows(events)
