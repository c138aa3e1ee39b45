"""A death and the funeral after it are two happenings; a founder is a person, not a founding (merge hold-out 8,
docs/EVENTS.md). 逝世 / 去世 / 病逝 / 辭世 / died / passed away tell a death, 告別儀式 / 追悼會 / 葬禮 / funeral a
funeral (`resources/event_keywords.tsv`); "創辦人" / "co-founder" tell no founding. Own texts; names no list
holds."""

from __future__ import annotations

from tests.events.built import events_of
from timeline.events.keywords import default_keywords

DEATH = "雲杉紡織創辦人孟遠帆病逝\n（2033年6月3日）\n雲杉紡織創辦人孟遠帆6月2日在蘇州病逝，享年八十歲。\n"
DEATH_AGAIN = "云杉纺织创始人孟远帆去世\n（2033年6月3日）\n云杉纺织创始人孟远帆2日因病去世，终年80岁。\n"
FUNERAL = "孟遠帆告別儀式舉行\n（2033年6月10日）\n雲杉紡織創辦人孟遠帆的告別儀式6月9日在蘇州舉行。\n"
MONTH = "雲杉紡織新掌門\n（2033年7月20日）\n雲杉紡織創辦人孟遠帆6月辭世後，其子孟川接掌公司。\n"


def test_founder_is_no_founding():
    kw = default_keywords()
    assert kw.concepts("岩松食品创办人沈慕远") == [] and kw.concepts("the co-founder of Lumen") == []
    assert kw.concepts("沈慕远1988年创办岩松食品") == ["founding"]
    assert kw.concepts("he co-founded Lumen") == ["founding"] and kw.concepts("创办人工智能公司") == ["founding"]


def test_death_and_funeral_words():
    kw = default_keywords()
    assert kw.concepts("孟远帆2日因病去世") == ["death"] and kw.concepts("Meng died on June 2") == ["death"]
    assert kw.concepts("告别仪式9日举行") == ["funeral"] and kw.concepts("The funeral was held") == ["funeral"]


def test_a_death_and_its_funeral_stay_apart_and_a_month_retelling_joins_the_death(tmp_path):
    events = events_of(tmp_path, {"a.txt": DEATH, "b.txt": DEATH_AGAIN, "c.txt": FUNERAL, "d.txt": MONTH})
    by_value = {e.time.value: sorted(e.source_ids) for e in events}
    assert by_value.get("2033-06-09") and len(by_value["2033-06-09"]) == 1, by_value
    assert len(by_value.get("2033-06-02", [])) == 3, by_value
