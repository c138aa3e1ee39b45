""""opened a new hub in Wuhan on August 1" tells an opening (開設), so it meets its Chinese telling of that day
(they stayed apart: "opened a new …" was no keyword, only "opened a new office" and "opened its"). Own texts;
names no list holds."""

from __future__ import annotations

from tests.events.built import events_of
from timeline.events.keywords import default_keywords

EN = ("Tangxi Logistics grows\nAugust 2, 2030 — Tangxi Logistics, which bought Luzhou Warehousing in June, opened a "
      "new hub in Wuhan on August 1.\n")
ZH = "棠溪物流擴張\n（2030年8月2日）\n棠溪物流6月收購鷺洲倉儲後，8月1日在武漢開設新樞紐。\n"


def test_opened_a_new_is_an_opening():
    assert "opening" in default_keywords().concepts("opened a new hub in Wuhan")


def test_opened_a_new_hub_meets_its_chinese_telling(tmp_path):
    events = events_of(tmp_path, {"a.txt": EN, "b.txt": ZH})
    hub = [e for e in events if e.time.value == "2030-08-01"]
    assert len(hub) == 1 and len(hub[0].source_ids) == 2, [(e.time.value, e.title, e.source_ids) for e in events]
