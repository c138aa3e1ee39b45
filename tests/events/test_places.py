"""Places are where something happened, not who took part (issue 12, deliver 3); they still tell two
factory openings in different cities apart. Texts written for the test."""

from __future__ import annotations

from timeline.events.names import open_names
from timeline.events.text import to_simplified

from .test_builder import events_for, mention, src


def _events(*texts: tuple[str, str, str, str]):
    pairs = []
    for i, (text, sub, value, lang) in enumerate(texts):
        pairs.append((src(f"s{i}", text, lang), [mention(text, sub, value, "day")]))
    return [e for e in events_for(*pairs) if e.kind == "event"]


def test_english_places_are_not_actors():
    (ev,) = _events(("On June 8, 2023, Talvora Foods opened a new factory in Lisbon.", "June 8, 2023",
                     "2023-06-08", "en"))
    assert ev.actors == ["Talvora Foods"]
    (ev,) = _events(("Talvora Foods began production at its new Porto plant on June 8, 2023.", "June 8, 2023",
                     "2023-06-08", "en"))
    assert ev.actors == ["Talvora Foods"]


def test_place_kinds_from_context():
    hits = {n: k for _, _, n, k in open_names("Marlow Robotics, based in Austin, Texas, bought a stake in "
                                              "Brenna Labs and invested in Quillon. Its Denver office opened.")}
    assert hits.get("Austin") == "place" and hits.get("Texas") == "place" and hits.get("Denver") == "place"
    assert hits.get("Marlow Robotics") == "org" and hits.get("Brenna Labs") == "org" and hits.get("Quillon") == "org"


def test_factories_in_different_cities_stay_apart_and_one_city_merges_across_languages():
    evs = _events(
        ("2023年6月8日，泰沃食品在廈門的新工廠正式投產。", "2023年6月8日", "2023-06-08", "zh"),
        ("泰沃食品于2023年6月8日在厦门开设新工厂。", "2023年6月8日", "2023-06-08", "zh"),
        ("On June 8, 2023, Taiwo Foods opened a new factory in Xiamen.", "June 8, 2023", "2023-06-08", "en"),
        ("On June 8, 2023, Taiwo Foods opened a new factory in Chengdu.", "June 8, 2023", "2023-06-08", "en"),
        ("2023年6月8日，泰沃食品在成都的新工廠正式投產。", "2023年6月8日", "2023-06-08", "zh"),
    )
    groups = sorted(sorted(e.source_ids) for e in evs)
    assert ["s0", "s1", "s2"] in groups and ["s3", "s4"] in groups
    assert not any("Xiamen" in e.actors or "Chengdu" in e.actors for e in evs)


def test_chinese_place_words_are_not_names():
    assert all(k != "place" for _, _, _, k in open_names(to_simplified("2023年6月8日，泰沃食品在廈門開設新工廠。")))
