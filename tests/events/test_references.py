"""References to a named organisation across sentences (issue 12): "The <kind of organisation>", "Its …" and
該公司 / 该行 / 公司 opening a sentence stand for the organisation that opened the sentence before, in the same
story, when exactly one is in focus. Own texts; the names are invented and in no gazetteer."""

from __future__ import annotations

from pathlib import Path

from timeline.events.names import open_names
from timeline.model import Event, Timeline
from timeline.pipeline import build_timeline


def _timeline(tmp_path: Path, text: str) -> Timeline:
    f = tmp_path / "stories.txt"
    f.write_text(text, encoding="utf-8")
    return build_timeline([f])


def _at(tl: Timeline, value: str) -> list[Event]:
    return [e for e in tl.events if e.time.value == value and e.kind in ("event", "statement")]


def _kinds(text: str) -> dict[str, str]:
    return {n: k for _, _, n, k in open_names(text)}


def test_a_name_the_next_sentence_calls_the_firm_is_an_organisation():
    assert _kinds("Brisa Pay won a banking licence on June 2. The payments firm also hired 200 engineers.")[
        "Brisa Pay"] == "org"
    assert _kinds("Quell Trax said its chief executive stepped down on May 1.")["Quell Trax"] == "org"
    # a person stays one: a role before the name, a pronoun, the family name told alone, an appositive
    assert _kinds("Governor Ilse Marrow said prices rose. The central bank held rates.")["Ilse Marrow"] == "person"
    assert _kinds("Odo Fenner said his sales rose. The company grew.")["Odo Fenner"] == "person"
    assert _kinds("Odo Fenner said sales rose. The company grew. Fenner left.")["Odo Fenner"] == "person"
    assert _kinds("Tomas Reel, its chief executive, resigned. The company grew.")["Tomas Reel"] == "person"


def test_the_firm_and_its_take_the_organisation_told_before(tmp_path):
    tl = _timeline(tmp_path, "Brisa Pay hires\n\nJune 4, 2024 - Brisa Pay won a banking licence in Singapore on "
                             "June 2. The payments firm also hired 200 engineers on June 3.\n---\n"
                             "Talvern Motors recall\n\nMarch 9, 2025 - Talvern Motors said on Monday it would "
                             "recall 40,000 sedans. Its chief executive, Ida Pell, resigned on March 5.\n")
    hired, = _at(tl, "2024-06-03")
    assert hired.title.startswith("Brisa Pay also hired") and hired.actors == ["Brisa Pay"]
    resigned, = _at(tl, "2025-03-05")
    assert "Talvern Motors" in resigned.actors and "Ida Pell" in resigned.actors


def test_never_across_stories_nor_between_two_organisations(tmp_path):
    tl = _timeline(tmp_path, "Orla Freight grows\n\nMay 2, 2024 - Orla Freight opened a depot on April 30.\n---\n"
                             "Results\n\nMay 9, 2024 - Its chief executive, Ida Pell, resigned on May 8.\n---\n"
                             "Deal\n\nMay 2, 2024 - Corvel Bank and Mestra Capital agreed to merge on April 29. "
                             "Its chief executive, Ada Voss, resigned on May 1.\n")
    assert "Orla Freight" not in _at(tl, "2024-05-08")[0].actors
    assert _at(tl, "2024-05-01")[0].actors == ["Ada Voss"]


def test_chinese_self_reference_opening_a_sentence(tmp_path):
    tl = _timeline(tmp_path, "豐川銀行收購\n（2024年5月6日）\n豐川銀行5月2日宣布收購海嶼證券。公司5月3日公布了新的管理層。\n"
                             "---\n兩家銀行\n（2024年5月6日）\n豐川銀行和海嶼銀行5月2日宣布合併。該行5月3日公布了新的管理層。\n")
    days = _at(tl, "2024-05-03")
    assert len(days) == 2
    single = next(e for e in days if e.title.startswith("豐川銀行公布"))  # the title names it too
    joint = next(e for e in days if e.title.startswith("該行"))
    assert "豐川銀行" in single.actors   # 公司 after 豐川銀行 opened the sentence
    assert joint.actors == []           # 該行 after two banks: no guess


def test_an_organisation_the_title_fills_in_is_an_actor(tmp_path):
    tl = _timeline(tmp_path, "Marrow Robotics lists\n\nNovember 30, 2028 - Marrow Robotics priced its shares at "
                             "$20 on Thursday. Founded in 2016 by engineer Ilse Varga, the company makes arms.\n")
    founding, = _at(tl, "2016")
    assert founding.title.startswith("Ilse Varga founded Marrow Robotics")
    assert "Marrow Robotics" in founding.actors


def test_the_company_s_inside_a_sentence_is_the_organisation_told_before(tmp_path):
    tl = _timeline(tmp_path, "Orla Freight names chief\n\nMay 9, 2024 - Orla Freight named Ida Pell chief executive "
                             "on May 6. Pell led the company's purchase of Nettle Cargo in March 2023.\n")
    purchase, = _at(tl, "2023-03")
    assert "Orla Freight" in purchase.actors and "Ida Pell" in purchase.actors


def test_another_action_of_the_organisation_the_same_day_stays_apart(tmp_path):
    # once 該行 is the bank, "同日還發行了…債券" shares its actor and day with the branch opening: a bond issue
    # and an opening are actions of their own (resources/event_keywords.tsv), so they stay two events
    tl = _timeline(tmp_path, "豐川銀行擴張\n（2024年5月6日）\n豐川銀行5月2日宣布在新加坡開設分行。該行同日還發行了30億元債券。\n")
    day = _at(tl, "2024-05-02")
    assert len(day) == 2 and all(e.actors == ["豐川銀行"] for e in day)


def test_a_merger_is_an_action_of_its_own(tmp_path):
    tl = _timeline(tmp_path, "分行\n（2024年5月6日）\n豐川銀行5月2日宣布在新加坡開設分行。\n---\n"
                             "合併\n（2024年5月6日）\n豐川銀行和海嶼銀行5月2日宣布合併。\n")
    assert len(_at(tl, "2024-05-02")) == 2   # (one event on main: the same bank, the same day, 宣布)


def test_a_same_day_action_no_keyword_names_stays_apart(tmp_path):
    # "同日" with a verb of action of its own tells another happening, even when no event keyword names it
    # (試運行, 採樣檢測): not a vague retelling of the day's first event
    tl = _timeline(tmp_path, "輕軌\n（2025年9月3日）\n9月2日，臨港輕軌2號線正式開通。同日，臨港輕軌4號線開始空載試運行。\n")
    day = _at(tl, "2025-09-02")
    assert len(day) == 2, [e.title for e in day]
    assert any("4號線" in e.title for e in day) and any("2號線" in e.title for e in day)
