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


def test_land_and_water_people_words_and_origins_are_places():
    """Own texts: a name ending in a land or water word, a name before "coast / valley" after "the", a town
    after "a 17-year-old from", a place named with a people's word after a locative; a people's word alone is
    no name; an organisation word still wins ("Orvel River Power")."""
    text = ("Orvel River Power said a barge sank in the Dunmere Canal near the Vask Delta. Floods hit the Orvel "
            "valley and the Tarrow coast. A 19-year-old from Keswold won, beating a farmer from Lissby. The rocket "
            "was launched from French Guiana. A Czech conductor and a Polish violinist played.")
    hits = {n: k for _, _, n, k in open_names(text)}
    assert hits.get("Orvel River Power") == "org"
    for place in ("Dunmere Canal", "Vask Delta", "Orvel", "Tarrow", "Keswold", "Lissby", "Guiana"):
        assert hits.get(place, "place") == "place", place
    assert "Czech" not in hits and "Polish" not in hits
    # a family name that is also a land or water word needs "the" to be a place
    assert open_names("Singer Ricki Lake signed a deal with Corvane Records.")[0][2:] == ("Ricki Lake", "person")
