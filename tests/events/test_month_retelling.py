"""A retelling told only by a month, in English, of a happening told on a day of that month in Chinese (merge
hold-out 6's leftover, docs/EVENTS.md): the English names the company by a translated name ("Pinecrest
Chemical" for 松嶺化工: no pinyin in common) and the person by the spelling of the Chinese name. The same
specific action, the same person, and a kind word that translates the Chinese name's ending (Chemical / 化工)
pair the company names, so the month retelling joins the day's event. Never when the kind does not
translate, when another person is named, or when the same company did another thing that month. Own texts;
names no list holds."""

from __future__ import annotations

from tests.events.built import events_of

DAY_HANT = "松嶺化工換帥\n（2029年5月8日）\n松嶺化工5月7日任命喬雨桐為行政總裁。\n"
DAY_HANS = "松岭化工扩产\n（2029年5月21日）\n松岭化工5月20日宣布投资8亿元在郑州新建一座工厂。\n"
MONTH_EN = ("Pinecrest Chemical opens a plant\nJune 12, 2029 — Pinecrest Chemical opened its first plant in "
            "Vietnam on June 10, weeks after Qiao Yutong became chief executive in May.\n")


def _sources(events, day: str) -> list[int]:
    return sorted(len(e.source_ids) for e in events if e.time.value == day)


def _show(events):
    return [(e.time.value, e.title, e.actors, len(e.source_ids)) for e in events]


def test_month_retelling_with_a_translated_name_joins_the_day(tmp_path):
    events = events_of(tmp_path, {"a.txt": DAY_HANT, "b.txt": MONTH_EN})
    assert _sources(events, "2029-05-07") == [2], _show(events)
    assert "2029-05" not in {e.time.value for e in events}, _show(events)
    # the company is then one actor in the English article's other news too
    plant = next(e for e in events if e.time.value == "2029-06-10")
    assert "松嶺化工" in plant.actors and "Pinecrest Chemical" not in plant.actors, _show(events)


def test_not_the_other_action_of_that_month(tmp_path):
    events = events_of(tmp_path, {"a.txt": DAY_HANT, "c.txt": DAY_HANS, "b.txt": MONTH_EN})
    assert _sources(events, "2029-05-07") == [2], _show(events)
    assert _sources(events, "2029-05-20") == [1], _show(events)


def test_another_person_stays_apart(tmp_path):
    events = events_of(tmp_path, {"a.txt": DAY_HANT, "b.txt": MONTH_EN.replace("Qiao Yutong", "Han Lichuan")})
    assert _sources(events, "2029-05-07") == [1], _show(events)


def test_a_kind_that_does_not_translate_stays_apart(tmp_path):
    events = events_of(tmp_path, {"a.txt": DAY_HANT, "b.txt": MONTH_EN.replace("Chemical", "Group")})
    assert _sources(events, "2029-05-07") == [1], _show(events)


def test_two_companies_of_that_kind_with_that_person_pair_neither(tmp_path):
    other = "藍灣化工換帥\n（2029年5月16日）\n藍灣化工5月15日任命喬雨桐為行政總裁。\n"
    events = events_of(tmp_path, {"a.txt": DAY_HANT, "c.txt": other, "b.txt": MONTH_EN})
    assert _sources(events, "2029-05-07") == [1] and _sources(events, "2029-05-15") == [1], _show(events)


DAY_EN = "Pinecrest Chemical names chief\nMay 9, 2029 — Pinecrest Chemical named Qiao Yutong chief executive on May 7.\n"
MONTH_ZH = "松嶺化工擴產\n（2029年6月20日）\n松嶺化工6月19日宣布在越南新建工廠。松嶺化工5月任命喬雨桐為行政總裁。\n"


def test_the_other_way_round_a_chinese_month_and_an_english_day(tmp_path):
    events = events_of(tmp_path, {"a.txt": DAY_EN, "b.txt": MONTH_ZH})
    assert _sources(events, "2029-05-07") == [2], _show(events)
    assert "2029-05" not in {e.time.value for e in events}, _show(events)
    assert _sources(events, "2029-06-19") == [1], _show(events)
