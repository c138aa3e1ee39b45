"""An English company name that spells the opening characters of Chinese words no finder saw as a name
("Langu Motors" / "岚谷电动…": 电动 is a business word no list holds) is those words, so the English telling of a
launch meets the Chinese ones, and does not take the name of another company launching that day (merge
hold-out 8, docs/EVENTS.md: the English launch joined the rival's once its action was read). Also: an English
date in a clause of its own with a place before it ("…, in Guangzhou on Tuesday.") tells the sentence's action.
Own texts; names no list holds."""

from __future__ import annotations

from tests.events.built import events_of

ZH = "嵐谷電動發表新車\n（2031年6月4日）\n嵐谷電動6月3日在廣州發表純電轎車「雲杉」，起售價18.6萬元。\n"
ZH_RIVAL = ("岚谷电动发布“云杉”\n（2031年6月4日）\n岚谷电动昨日在广州发布纯电轿车“云杉”，起售价18.6万元。"
            "白桦汽车当天也发布了旗下首款纯电SUV“海燕”。\n")
EN = ("Langu Motors unveils Yunshan\nJune 5, 2031 — Langu Motors unveiled the Yunshan, an electric sedan priced from "
      "186,000 yuan, in Guangzhou on Tuesday.\n")
EN_OTHER = ("Northwind Motors unveils Yunshan\nJune 5, 2031 — Northwind Motors unveiled the Yunshan, an electric sedan, "
            "in Guangzhou on Tuesday.\n")


def _sizes(events):
    return {e.title: len(e.source_ids) for e in events}


def test_an_english_name_spelling_the_opening_words_meets_their_telling(tmp_path):
    events = events_of(tmp_path, {"a.txt": ZH, "b.txt": ZH_RIVAL, "c.txt": EN})
    sizes = sorted(len(e.source_ids) for e in events)
    assert sizes == [1, 3], _sizes(events)
    rival = next(e for e in events if "白桦汽车" in e.actors)
    assert len(rival.source_ids) == 1, _sizes(events)


def test_an_english_name_spelling_nothing_takes_no_other_company(tmp_path):
    """"Northwind Motors" spells no Chinese words of the corpus: it is not the rival company that launched a
    car that day."""
    events = events_of(tmp_path, {"b.txt": ZH_RIVAL, "c.txt": EN_OTHER})
    rival = next(e for e in events if "白桦汽车" in e.actors)
    assert len(rival.source_ids) == 1, _sizes(events)


def test_a_place_and_a_date_in_a_clause_of_their_own_tell_the_action(tmp_path):
    events = events_of(tmp_path, {"c.txt": EN})
    assert len(events) == 1 and "release" in events[0].tags, [(e.title, e.tags) for e in events]


RETOLD = "岚谷电动订单破两万\n（2031年7月1日）\n岚谷电动推出云杉后，订单已突破两万辆。\n"
RETOLD_OTHER = "栗山电动订单破两万\n（2031年7月1日）\n栗山电动推出云杉后，订单已突破两万辆。\n"


def _undated_sources(events):
    return {e.title: sorted({m.source_id for m in e.mentions if m.value is None}) for e in events}


def test_an_undated_retelling_by_opening_words_is_a_source(tmp_path):
    """"岚谷电动推出云杉后，…" (no name found, no date) retells the dated launch its words open: it is kept as
    a source of that event; the same sentence opening with another company's words is not."""
    events = events_of(tmp_path, {"a.txt": ZH, "r.txt": RETOLD})
    assert [len(v) for v in _undated_sources(events).values()] == [1], _undated_sources(events)
    events = events_of(tmp_path, {"a.txt": ZH, "s.txt": RETOLD_OTHER})
    assert [len(v) for v in _undated_sources(events).values()] == [0], _undated_sources(events)


RETOLD_EN = ("Langu Motors orders\nJuly 1, 2031 — After Langu Motors launched the Yunshan, orders topped 20,000.\n")
RETOLD_EN_OTHER = ("Northwind Motors orders\nJuly 1, 2031 — After Northwind Motors launched the Yunshan, orders "
                   "topped 20,000.\n")


def test_an_english_after_frame_retells_the_launch_of_its_subject(tmp_path):
    """"After Langu Motors launched the Yunshan, …" (no date): the name right after the frame word is the
    subject, so the sentence retells that company's dated launch (it had no subject and was dropped); another
    company's does not."""
    events = events_of(tmp_path, {"a.txt": ZH, "c.txt": EN, "r.txt": RETOLD_EN})
    assert [len(v) for v in _undated_sources(events).values()] == [1], _undated_sources(events)
    events = events_of(tmp_path, {"a.txt": ZH, "c.txt": EN, "s.txt": RETOLD_EN_OTHER})
    assert [len(v) for v in _undated_sources(events).values()] == [0], _undated_sources(events)
