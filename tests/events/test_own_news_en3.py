"""The thirteenth English hold-out set (``tests/events/own_news_en3``, issue 12): six wire stories with datelines
"CITY, Mon. Day (Agency) -" and no year, written for the test and read before any fix (docs/EVENTS.md, "A thirteenth
English set"). The rows asserted are those of the classes fixed after the reading; each class is also checked on
texts of its own, with other names."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.model import Timeline
from timeline.pipeline import build_timeline

from .built import built
from .built import event_in as event
from .test_headline_check import problems

FOLDER = Path(__file__).parent / "own_news_en3"


@pytest.fixture(scope="module")
def tl() -> Timeline:
    """The thirteenth set (stories of 2035)."""
    return build_timeline(sorted(FOLDER.glob("2035-*.txt")))


def test_thirteenth_set_rows_of_the_classes_fixed(tl):
    # a closing attribution with a plain plural sayer ("safety regulators said on Monday"): the main clause
    assert event(tl, "recall", "2035-10-22").title == "Halloway Home is recalling about 300,000 air fryers"
    # a done act is no forecast because a coordinated clause of its own after it has "will"
    assert not event(tl, "appeal", "2035-01-16").forecast
    assert event(tl, "appeal", "2035-05-04").forecast
    # a town before its mayor is where, not who; "his" is the mayor
    assert event(tl, "appeal", "2035-01-16").actors == ["Dennis Oyelaran"]
    assert event(tl, "appeal", "2035-05-04").title == "Dennis Oyelaran's appeal will be heard"
    # "is scheduled for" / "were expected to" with a date ahead: forecasts
    assert event(tl, "rate", "2035-06-25").forecast
    assert event(tl, "evacuation", "2035-W32-WE").forecast


def _one(tmp_path, text, value):
    tl = built(tmp_path, text, "2036-02-12-story.txt")
    return next(e for e in tl.events if e.kind == "event" and e.time.value == value)


def test_plain_sayer_after_the_main_clause(tmp_path):
    text = ("OSTRAND, Feb. 12 (Wexford Wire) - Blender maker Corvin Kitchen is recalling about 80,000 blenders after "
            "several blades snapped, consumer regulators said on Tuesday.")
    e = _one(tmp_path, text, "2036-02-12")
    assert e.title == "Corvin Kitchen is recalling about 80,000 blenders after several blades snapped"
    assert not problems(built(tmp_path, text, "2036-02-12-story.txt"))


def test_coordinated_clause_with_its_own_will(tmp_path):
    text = ("OSTRAND, Feb. 12 (Wexford Wire) - Lisbet Harrow was fined $40,000 on Tuesday for insider trading, and her "
            "case will be reviewed in June. Pelham Mills closed its Ostrand plant on Tuesday, and it will sell the "
            "site next year.")
    assert not _one(tmp_path, text, "2036-02-12").forecast
    assert _one(tmp_path, text, "2036-06").forecast
    assert _one(tmp_path, text, "2037").title == "Pelham Mills will sell the site"


def test_scheduled_and_expected_ahead_are_forecasts(tmp_path):
    text = ("OSTRAND, Feb. 12 (Wexford Wire) - The council's budget vote is scheduled for March 3. Shoppers were "
            "expected to return to the mall over the weekend. Lennart Ohm was expected to win, and he did so on "
            "Monday.")
    assert _one(tmp_path, text, "2036-03-03").forecast
    assert next(e for e in built(tmp_path, text, "2036-02-12-story.txt").events
                if e.time.value.endswith("-WE")).forecast
    assert not _one(tmp_path, text, "2036-02-11").forecast  # a past date: done


def test_town_before_its_office_is_a_place(tmp_path):
    text = ("OSTRAND, Feb. 12 (Wexford Wire) - Former Quenby mayor Arlo Whitcombe was charged with fraud on Tuesday. "
            "Ellery council officials approved the plan on Monday.")
    assert _one(tmp_path, text, "2036-02-12").actors == ["Arlo Whitcombe"]
    assert "Ellery" not in _one(tmp_path, text, "2036-02-11").actors


def test_thirteenth_set_second_round_rows(tl):
    # "…, who was hired in the summer of 2033, won …": the relative clause is the date's happening
    assert event(tl, "coach", "2033-SU").title == "Ruben Adeyemi was hired"
    # "…, two days after the club lost the final to Dunmore Rovers": no part in the firing
    assert event(tl, "coach", "2035-03-13").actors == ["Kestrel Athletic", "Ruben Adeyemi"]
    # a common noun opening a heading and a sentence, a numbered road, a ridge: no actors
    assert event(tl, "evacuation", "2035-08-09").actors == []
    assert event(tl, "evacuation", "2035-W32-WE").actors == []
    # "is expected to last three days": a duration, no date
    src = {s.id for s in tl.sources if "walkout" in s.path}
    # ("a week after 91% of union members voted": the vote, a week before the walkout)
    assert {e.time.value for e in tl.events if src & set(e.source_ids)} == \
        {"2029", "2035-11-20", "2035-11-23", "2035-11-27"}


def test_passive_who_clause_tells_its_date(tmp_path):
    text = ("OSTRAND, Feb. 12 (Wexford Wire) - Brisholm Town sacked manager Oskar Lind on Tuesday. Lind, who was "
            "appointed in May 2034, won nine of his 40 league games.")
    assert _one(tmp_path, text, "2034-05").title == "Oskar Lind was appointed"


def test_names_of_a_trailing_after_clause_take_no_part(tmp_path):
    text = ("OSTRAND, Feb. 12 (Wexford Wire) - Carrow Mills cut 300 jobs on Tuesday, a week after rival Pennick "
            "Textiles closed its Ostrand plant. Velden Air grounded its fleet on Tuesday after a strike, its owner "
            "Tarrant Holdings said.")
    tl = built(tmp_path, text, "2036-02-12-story.txt")
    cut = next(e for e in tl.events if e.kind == "event" and "jobs" in e.title)
    assert cut.actors == ["Carrow Mills"]
    grounded = next(e for e in tl.events if e.kind == "event" and "fleet" in e.title)
    assert "Velden Air" in grounded.actors  # (the names after the clause's comma are not the clause's)


def test_common_nouns_roads_and_ridges_are_no_actors(tmp_path):
    text = ("Inspection finds cracks on Harlow bridge\n\nOSTRAND, Feb. 12 (Wexford Wire) - Inspection crews closed "
            "the bridge on Tuesday after finding cracks near Highway 40 and the Amberly Ridge quarry.")
    assert _one(tmp_path, text, "2036-02-12").actors == []


def test_last_as_a_verb_is_no_date(tmp_path):
    text = "OSTRAND, Feb. 12 (Wexford Wire) - Dock workers walked out on Tuesday. The stoppage could last two weeks."
    tl = built(tmp_path, text, "2036-02-12-story.txt")
    assert {e.time.value for e in tl.events if e.kind == "event"} == {"2036-02-12"}


@pytest.fixture(scope="module")
def tl14() -> Timeline:
    """The fourteenth set (stories of 2036), written after the thirteenth set's fixes and read before its own."""
    return build_timeline(sorted(FOLDER.glob("2036-*.txt")))


def test_fourteenth_set_rows_of_the_classes_fixed(tl14):
    assert event(tl14, "runoff", "2032-01").title == "Amos Teller first took office"  # not "Amos Teller: first …"
    assert event(tl14, "founder", "2035").title == "Irwin Castell stayed on the board"  # "… in 2014 but stayed …"
    assert event(tl14, "founder", "2014").title == "Irwin Castell stepped down as chief executive"
    assert event(tl14, "auction", "2036-09-24TEV").title == "A landscape by Pieter Ostrander sold for 31 million pounds"
    assert event(tl14, "runoff", "2036-01-14").actors == ["Amos Teller"]  # not Carvela, his country
    assert event(tl14, "flight", "2036-06-02").actors == ["Pellan Air"]  # not Oslo, Madrid, Bordeaux
    assert event(tl14, "flight", "2036-06-03TMO").actors == []
    assert event(tl14, "deal", "2036-04-08").actors == ["Vesta Coatings"]  # not Frankfurt of "the Frankfurt exchange"


def test_journeys_and_heads_of_state_name_places(tmp_path):
    text = ("OSTRAND, Feb. 12 (Wexford Wire) - A Corvane Airways flight from Lisvik to Portmere was diverted to "
            "Halden on Tuesday after a bird strike. Prime Minister Elin Vask of Norvania met Corvane's chief on "
            "Monday. Corvane's shares fell on the Ostrand exchange on Tuesday.")
    assert _one(tmp_path, text, "2036-02-12").actors[:1] == ["Corvane Airways"]
    tl = built(tmp_path, text, "2036-02-12-story.txt")
    names = {a for e in tl.events for a in e.actors}
    assert not names & {"Lisvik", "Portmere", "Halden", "Norvania", "Ostrand"}


def test_two_predicates_after_a_pronoun_and_an_adverb_before_the_verb(tmp_path):
    text = ("OSTRAND, Feb. 12 (Wexford Wire) - Mara Quill, who founded Veldt Robotics, retired on Tuesday. She "
            "became chief executive in 2021 but left the board in 2030. Quill, a former engineer, first joined "
            "the company in 2012.")
    tl = built(tmp_path, text, "2036-02-12-story.txt")
    titles = {e.time.value: e.title for e in tl.events if e.kind == "event"}
    assert titles["2030"] == "Mara Quill left the board"
    assert titles["2021"] == "Mara Quill became chief executive"
    assert titles["2012"] == "Mara Quill first joined the company"


def test_a_description_before_a_name_goes_before_the_predicate(tmp_path):
    text = ("OSTRAND, Feb. 12 (Wexford Wire) - A sculpture by the Danish artist Helle Marstrand sold for 4 million "
            "euros at an auction in Ostrand on Tuesday evening.")
    assert _one(tmp_path, text, "2036-02-12TEV").title == "A sculpture by Helle Marstrand sold for 4 million euros"


def test_an_elliptic_followed_names_what_it_followed(tmp_path):
    text = ("March 3, 2036 - Corvane Group launched Lumora Mall in 2031 and let shops open for free. Lumora Pay "
            "followed in 2032, and in 2033 Hestia Capital invested $200 million.")
    tl = built(tmp_path, text, "2036-03-03-story.txt")
    assert next(e for e in tl.events if e.time.value == "2032").title == "Lumora Pay followed Lumora Mall"


def test_a_state_in_a_clause_of_its_own_is_a_statement_apart(tmp_path):
    text = ("March 3, 2036 - In the late 2010s Ravel Books dominated online bookselling in Norvania, so Pellin "
            "launched its own store in 2019 and cut prices.")
    tl = built(tmp_path, text, "2036-03-03-story.txt")
    launch = next(e for e in tl.events if e.time.value == "2019")
    assert launch.kind == "event" and "Ravel Books" not in launch.actors
    state = next(e for e in tl.events if e.time.value.startswith("201") and e.time.value != "2019")
    assert state.kind == "statement" and state.title.startswith("Ravel Books dominated")


def test_fourteenth_set_second_round_rows(tl14):
    kinds = {(e.time.value, e.title): e.kind for e in tl14.events}
    assert kinds[("2031", "down from 68%")] == "statement"  # a figure compared with
    assert kinds[("2036-02-08", "A runoff had been set")] == "statement"  # a plan called off
    assert event(tl14, "launch", "2036-03").actors == ["Quorra"]  # "its first smart glasses. The glasses, …"
    assert event(tl14, "launch", "2037").actors == ["Quorra"]  # "Quorra said on Thursday it would …"


def test_a_compared_figure_and_a_plan_called_off_are_no_happenings(tmp_path):
    text = ("OSTRAND, Feb. 12 (Wexford Wire) - Velmar's sales rose to $4.2 billion on Tuesday's count, up from $3.1 "
            "billion in 2034. Dock workers called off a strike on Tuesday, averting a walkout that had been planned "
            "for March 2.")
    tl = built(tmp_path, text, "2036-02-12-story.txt")
    kinds = {e.time.value: e.kind for e in tl.events}
    assert kinds["2034"] == "statement"
    assert kinds["2036-03-02"] == "statement"


def test_a_thing_given_to_the_subject_before_is_its(tmp_path):
    text = ("Hollin Audio drops speakers\n\nOSTRAND, Feb. 12 (Wexford Wire) - Hollin Audio said on Tuesday it would "
            "stop selling its smart "
            "speakers. The speakers, launched in 2031, had sold poorly.")
    tl = built(tmp_path, text, "2036-02-12-story.txt")
    assert next(e for e in tl.events if e.time.value == "2031").actors == ["Hollin Audio"]


@pytest.fixture(scope="module")
def tl15() -> Timeline:
    """The fifteenth set (stories of 2037), written after the fourteenth set's fixes and read before its own."""
    return build_timeline(sorted(FOLDER.glob("2037-*.txt")))


def test_fifteenth_set_rows_of_the_classes_fixed(tl15):
    assert event(tl15, "signing", "2034").title == "Matteo Galli cost 62 million euros"
    assert event(tl15, "loss", "2037-12").title == "Brennard Foods: Dana Whitcombe would retire after 14 years in the job"
    assert event(tl15, "law", "2034").actors == ["Ilse Brauner"]  # not "Health" of "Health Minister"


def test_roles_portfolios_and_adverbs_around_names(tmp_path):
    text = ("OSTRAND, Feb. 12 (Wexford Wire) - Corvel Mills cut its outlook on Tuesday. The company also said Chief "
            "Operating Officer Ines Marlow would leave in June. Corvel's costliest signing, engineer Tomas Reyd, "
            "joined in 2030. The plan was first drafted in 2029 by Finance Minister Oskar Brandt.")
    tl = built(tmp_path, text, "2036-02-12-story.txt")
    titles = {e.time.value: e.title for e in tl.events if e.kind == "event"}
    assert titles["2036-06"] == "Corvel Mills: Ines Marlow would leave"
    assert titles["2030"] == "Tomas Reyd joined"
    assert next(e for e in tl.events if e.time.value == "2029").actors == ["Oskar Brandt"]


def test_a_first_predicate_with_a_time_of_its_own_leaves_the_date_to_the_second(tl15, tmp_path):
    assert event(tl15, "signing", "2031").title == "Kelechi Oduya joined Ostend from a youth academy in Lagos"
    text = ("OSTRAND, Feb. 12 (Wexford Wire) - Brisholm Town signed winger Ade Lamar on Tuesday. Lamar, 22, made 30 "
            "appearances last season and joined Kestrel from an amateur side in 2032.")
    tl = built(tmp_path, text, "2036-02-12-story.txt")
    assert next(e for e in tl.events if e.time.value == "2032").title == "Ade Lamar joined Kestrel from an amateur side"
