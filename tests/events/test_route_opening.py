"""A route, a service or a line is opened, not released (merge hold-out 5's leftover, docs/EVENTS.md): "launched
its first international route" is the opening "開通首條國際航線" told in Chinese that day (also the same-day
co-telling that pairs a translated airline name with the Chinese one); "launched a new product line" stays a
release. Own texts; names no list holds."""

from __future__ import annotations

from tests.events.built import events_of
from timeline.events.builder import _LAUNCHED_ROUTE

EN = ("Jadewing Airlines flies abroad\nMarch 13, 2031 — Jadewing Airlines launched its first international route, "
      "from Kunming to Hanoi, on March 10.\n")
ZH = "翠翎航空開通國際航線\n（2031年3月11日）\n翠翎航空3月10日宣布開通首條國際航線，由昆明飛往河內。\n"


def test_launching_a_route_is_an_opening(tmp_path):
    events = events_of(tmp_path, {"a.txt": EN, "b.txt": ZH})
    assert [len(e.source_ids) for e in events] == [2], [(e.time.value, e.title, e.actors) for e in events]


def test_a_product_line_is_no_route():
    assert _LAUNCHED_ROUTE.search("The carrier launched its first international route")
    assert _LAUNCHED_ROUTE.search("launched daily flights to Hanoi")
    assert not _LAUNCHED_ROUTE.search("launched a new product line")
