"""A statement dated by a same-day anaphor with "also" ("甲同日還收購了丙", "同日另宣布…") tells one more
happening that day, even when its action is the action told before: two purchases by one buyer that day are two
events (they were one when the first target was no name any finder sees). Without "also", the same action and
subject told again on 同日 is still the same happening. Own texts; names no list holds."""

from __future__ import annotations

from tests.events.built import events_of

TWO_BUYS = ("棠溪物流完成收購\n（2030年7月2日）\n棠溪物流7月1日完成對鷺洲倉儲的收購，交易金額4.5億元。"
            "棠溪物流同日還宣布收購了杭州一家冷鏈公司。\n")
TWO_BUYS_EN = ("Tangxi Logistics closes deal\nJuly 2, 2030 — Tangxi Logistics completed its purchase of a warehouse "
               "operator on July 1. On the same day, Tangxi Logistics also bought a cold-chain company in Hangzhou.\n")


def _rows(events):
    return [(e.time.value, e.title) for e in events]


def test_also_on_the_same_day_is_another_purchase(tmp_path):
    events = events_of(tmp_path, {"a.txt": TWO_BUYS})
    assert len(events) == 2, _rows(events)


def test_also_on_the_same_day_is_another_purchase_in_english(tmp_path):
    events = events_of(tmp_path, {"a.txt": TWO_BUYS_EN})
    assert len(events) == 2, _rows(events)
