"""Domain edits (timeline.edits) without Qt: merge, split, the one id allocator, lane moves."""

from __future__ import annotations

import pytest

from timeline import edits
from timeline.model import Event, MentionRef, Source, Timeline, TimeSpan


def _tl() -> Timeline:
    src = Source(id="s1", title="自編測試來源", text="甲公司三月發布新品，四月再度更新。乙公司在二〇二五年上市。")
    m1 = MentionRef("s1", 3, 5, "三月", 0, 10, "2026-03", "month")
    m2 = MentionRef("s1", 10, 12, "四月", 10, 17, "2026-04", "month")
    m3 = MentionRef("s1", 22, 27, "二〇二五年", 17, 31, "2025", "year")
    events = [
        Event("e1", TimeSpan.from_value("2026-03"), "甲公司發布新品", actors=["甲公司"], tags=["產品"],
              mentions=[m1, m2]),
        Event("e2", TimeSpan.from_value("2025"), "乙公司上市", actors=["乙公司"], tags=["金融"], mentions=[m3],
              summary="上市"),
        Event("e4", TimeSpan.from_value("2026-04"), "甲公司更新", actors=["甲公司", "丙"], mentions=[m2]),
    ]
    return Timeline(sources=[src], events=events, title="edits")


def test_new_event_id_skips_used_and_reserved_ids():
    tl = _tl()
    assert tl.new_event_id() == "e5"            # len + 1 = 4 is taken
    assert tl.new_event_id(["e5", "e6"]) == "e7"


def test_merge_keeps_the_first_place_and_collects_mentions_once():
    tl = _tl()
    out = edits.merge(tl, ["e1", "e4", "e1"])
    assert [e.id for e in out] == ["e1", "e2"]
    merged = out[0]
    assert merged.title == "甲公司發布新品" and merged.edited
    assert merged.actors == ["甲公司", "丙"] and len(merged.mentions) == 2  # m2 only once
    assert tl.events[0].mentions == _tl().events[0].mentions               # the input is unchanged
    with pytest.raises(ValueError):
        edits.merge(tl, ["e1"])
    with pytest.raises(KeyError):
        edits.merge(tl, ["e1", "nope"])


def test_split_gives_each_mention_its_own_event_and_date():
    tl = _tl()
    out = edits.split(tl, "e1")
    assert [e.id for e in out] == ["e1", "e5", "e2", "e4"]
    assert out[0].mentions == [tl.events[0].mentions[0]] and out[0].time.value == "2026-03"
    assert out[1].time.value == "2026-04" and out[1].edited
    with pytest.raises(ValueError):
        edits.split(tl, "e2")


def test_add_move_rename_delete():
    tl = _tl()
    events, ev = edits.add_event(tl, Event("e2", TimeSpan.from_value("2026-05"), "新事件"))
    assert ev.id == "e5" and events[-1] is ev and ev.edited
    moved = edits.move_to_lane(tl, "e2", "actor", "丁集團")
    assert moved[1].lanes["actor"] == "丁集團" and moved[1].edited
    assert edits.replace_event(tl, "e4", title="新標題")[2].title == "新標題"
    assert [e.id for e in edits.delete_events(tl, ["e2", "zz"])] == ["e1", "e4"]
    with pytest.raises(KeyError):
        edits.replace_event(tl, "zz", title="x")
