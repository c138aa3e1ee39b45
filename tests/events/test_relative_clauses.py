"""English dates inside relative clauses (issue 12, found on the eighth English hold-out set,
``tests/events/own_news_en2``): the title of such a date is the relative clause told as a headline, with its
antecedent as object or subject; a forecast cue of another clause does not make it a forecast; the noun phrase
before a relative or participle aside is the subject of the predicate after it. The texts are written for the
test, with companies and places no gazetteer lists."""

from __future__ import annotations

import pytest

from timeline.model import Timeline

from .built import built, built_files

STORIES = {
    "2031-05-03-depots.txt": "Orlan sells depots\n\nMay 3, 2031 - Orlan Freight said on Monday it would sell the "
                             "depots, which Gantry Ports built between 2009 and 2012, to a rival.\n",
    "2031-06-02-pumps.txt": "Pump maker moves work\n\nJune 2, 2031 - Calloway Pumps will move work to a factory in "
                            "Mexico that the company bought in 2029.\n",
    "2031-07-03-tower.txt": "Tower to go\n\nJuly 3, 2031 - The tower, which housed 300 offices before it was badly "
                            "damaged in August 2029, will be demolished. Inspectors found rusted hinges that had "
                            "last been checked in 2020.\n",
    "2031-04-06-loans.txt": "Brenna Mills repays loan\n\nApril 6, 2031 - Brenna Mills has repaid the loan it took "
                            "out to buy Cobham Yarns in 2027. The scheme, which replaces a smaller plan launched in "
                            "2028, will run until 2033. Fishermen blamed negotiations that opened in 2026 and "
                            "stalled for most of 2029 over quotas.\n",
    "2031-05-01-rover.txt": "Rover\n\nMay 1, 2031 - The rover, carried to orbit by a Tessel rocket in May 2029, "
                            "will start digging in 2032. Verran Mining and Osk Metals signed a pact on Tuesday "
                            "that will cut fees.\n",
}


@pytest.fixture(scope="module")
def tl(tmp_path_factory) -> Timeline:
    return built_files(tmp_path_factory.mktemp("rel"), dict(sorted(STORIES.items())))


def _event(tl: Timeline, value: str, story: str = ""):
    src = {s.id for s in tl.sources if story in s.path}
    return next(e for e in tl.events if e.time.value == value and src & set(e.source_ids))


@pytest.mark.parametrize(("value", "story", "title"), [
    # an object relative: its subject did it to the antecedent
    ("2009/2012", "depots", "Gantry Ports built the depots"),
    ("2029", "pumps", "Calloway Pumps bought a factory in Mexico"),  # "the company": the sentence's
    ("2027", "loans", "Brenna Mills took out the loan to buy Cobham Yarns"),  # no "that", a pronoun subject
    # a subject relative; a clause of its own inside it; two predicates each with a date
    ("2029-08", "tower", "The tower was badly damaged"),
    ("2020", "tower", "Hinges had last been checked"),
    ("2026", "loans", "Negotiations opened"),
    ("2029", "loans", "Negotiations stalled over quotas"),
    # a reduced relative
    ("2028", "loans", "A smaller plan was launched"),
    # the noun phrase before an aside is the subject after it
    ("2033", "loans", "The scheme will run"),
    ("2032", "rover", "The rover will start digging"),
    ("2029-05", "rover", "The rover was carried to orbit by a Tessel rocket"),
])
def test_relative_clause_titles(tl, value, story, title):
    assert _event(tl, value, story).title == title


def test_a_cue_of_another_clause_makes_no_forecast(tl):
    assert not _event(tl, "2029", "pumps").forecast  # "will move work to a factory … that the company bought in 2029"
    assert not _event(tl, "2029-05", "rover").forecast  # "…, carried to orbit in May 2029, will start digging"
    assert not _event(tl, "2031-04-29", "rover").forecast  # "signed a pact on Tuesday that will cut fees"
    assert _event(tl, "2032", "rover").forecast


OTHERS = {
    "2031-03-02-medal.txt": "Medal handed over\n\nMarch 2, 2031 - The medal was handed over by last year's winner, "
                            "Tomas Vey. Voters backed the plan in Tuesday's vote. Staff leaders called the move "
                            "\"a mistake,\" and said they would meet the board next week.\n",
    "2031-03-03-album.txt": "Album\n\nMarch 3, 2031 - Quayle Records on Monday released the album \"Cold Harbour,\" "
                            "a record about a fishing town.\n",
}


@pytest.fixture(scope="module")
def others(tmp_path_factory) -> Timeline:
    return built_files(tmp_path_factory.mktemp("others"), OTHERS)


def test_a_relative_year_as_a_possessive_makes_no_event(others):
    # "last year's winner" describes the winner; "in Tuesday's vote" is the vote's day, without a stray "'s"
    assert not [e for e in others.events if e.kind == "event" and e.time.value == "2030"]
    assert _event(others, "2031-02-25", "medal").title == "Voters backed the plan in the vote"


def test_a_date_of_the_second_predicate_and_quotes_closed(others):
    assert _event(others, "2031-W10", "medal").title == "Staff leaders would meet the board"
    assert _event(others, "2031-03-03", "album").title == 'Quayle Records released the album "Cold Harbour"'


PARTIES = {
    "2031-08-01-parties.txt": "Quayle wins award\n\nAugust 1, 2031 - Rhoda Pelt won the Marwick Medal on Friday for "
                              "\"Iron Coast,\" a film about a mining town that was turned down by four studios "
                              "before Benwick Pictures bought it in 2029. Finance chief Omar Lisle of Garron Media told "
                              "investors that the company had repaid most of the loan it took out to buy Tarrow "
                              "Studios in 2027.\n",
}


def test_a_relative_clause_has_its_own_participants(tmp_path):
    tl = built_files(tmp_path, PARTIES)
    # the main clause's date does not take the buyer named in the relative clause; the relative clause's date
    # has its own names; the speaker of "told investors that …" is no party to the purchase
    assert "Benwick Pictures" not in _event(tl, "2031-08-01").actors
    assert _event(tl, "2029").actors == ["Benwick Pictures"]
    assert _event(tl, "2029").title == "Benwick Pictures bought the film"  # "it": the outer noun, singular
    assert "Omar Lisle" not in _event(tl, "2027").actors


def test_it_after_a_sentence_opening_with_a_thing_and_a_sentential_which(tmp_path):
    tl = built(tmp_path, (
        "Levy passed\n\nSeptember 1, 2031 - Ardmore and Kessel Water agreed a levy on Monday. The levy was drafted "
        "by officials of both towns. It must still be approved by the courts, which is expected next summer. Usage "
        "of the reservoir has fallen since it was closed in July.\n"), "2031-09-01-law.txt")
    summer = _event(tl, "2032-SU")
    assert summer.title == "The levy must still be approved by the courts" and summer.forecast
    assert _event(tl, "2031-07").title == "The reservoir was closed"


def test_two_possessive_dates_leave_one_the():
    from timeline.events.titles import _clean

    text = "Organisers cancelled Saturday's and Sunday's races after storms."
    dates = [(text.index("Saturday"), text.index("Saturday") + 8), (text.index("Sunday"), text.index("Sunday") + 6)]
    assert _clean(text, 0, len(text), dates) == "Organisers cancelled the races after storms"


NINTH = {
    "2031-10-06-shapes.txt": (
        "Marlow Feeds\n\nOctober 6, 2031 - Marlow Feeds paid $2 million to fraudsters who diverted its payroll in "
        "July, the company disclosed in a filing on Monday. Marlow, whose accounts were last checked in 2028, said it "
        "would hire auditors. Golfer Ines Rauch was suspended for a year on Friday after failing a drug test at the "
        "Coastal Open in May 2031. Her club, Kestrel Links, dropped her in August. Brayford Mutual said on Monday "
        "that Omar Sell, head of its Asian arm, will replace Lena Voss as chairman on March 1. Sell joined the "
        "group from rival Quorant in 2020. A survey published in April showed rents had risen. A cargo plane slid "
        "off the runway on Sunday before crews towed it away on Monday. The new tram reaches the stadium in 12 "
        "minutes and opened two years later than planned.\n"),
}


@pytest.fixture(scope="module")
def ninth(tmp_path_factory) -> Timeline:
    return built_files(tmp_path_factory.mktemp("ninth"), NINTH)


@pytest.mark.parametrize(("value", "title"), [
    ("2031-07", "Fraudsters diverted its payroll"),  # a "who" clause after "to <plural>"
    ("2031-10-06", "Marlow Feeds paid $2 million to fraudsters"),  # "disclosed in a filing": an attribution
    ("2028", "Marlow Feeds' accounts were last checked"),  # a "whose" clause
    ("2031-05", "Ines Rauch failed a drug test at the Coastal Open"),  # a gerund clause; a role word goes
    ("2031-08", "Kestrel Links dropped Ines Rauch"),  # "her" is the person told before
    ("2031-10-06", "Brayford Mutual: Omar Sell will replace Lena Voss as chairman"),  # said that X, aside, will …
    ("2032-03-01", "Omar Sell will replace Lena Voss as chairman"),
    ("2031-04", "A survey was published"),  # a reduced relative in the subject
    ("2031-10-06", "Crews towed the cargo plane away"),  # "it": the thing the sentence opened with
])
def test_ninth_set_classes_on_own_texts(ninth, value, title):
    assert [e.title for e in ninth.events if e.time.value == value and e.title.startswith(title)], \
        [e.title for e in ninth.events if e.time.value == value]


def test_no_event_from_a_span_of_time_or_a_delay(ninth):
    assert not [e for e in ninth.events if e.kind == "event" and "tram" in e.title.lower()]


def test_a_former_employer_is_no_party(ninth):
    assert "Quorant" not in _event(ninth, "2020").actors


TENTH = {
    "2031-11-03-tenth.txt": (
        "Tenth shapes\n\nNovember 3, 2031 - Maren Holt beat Ida Sorel 7-6, 6-3 in Sunday's final. Holt, 24, turned "
        "professional in 2026 and won her first title last year. Corvane Railways said its fares rose 4%, its third "
        "increase in a year, and its shares fell 2% below Friday's closing price. The county sued Pellam Dairies on "
        "Monday, accusing the dairy of dumping waste into the river between 2028 and 2030. The museum, still "
        "holding its winter exhibition, was flooded in 2029, but volunteers saved most of it only last month. "
        "Rellick Air flies to Ostby. The airport will close on Friday. Our cod nets were torn by seals.\n"),
}


@pytest.fixture(scope="module")
def tenth(tmp_path_factory) -> Timeline:
    return built_files(tmp_path_factory.mktemp("tenth"), TENTH)


@pytest.mark.parametrize(("value", "title"), [
    ("2031-11-02", "Maren Holt beat Ida Sorel 7-6, 6-3 in the final"),  # a score's comma splits nothing
    ("2026", "Maren Holt turned professional"),  # "… and won her first title last year": a time of its own
    ("2028/2030", "Pellam Dairies was accused of dumping waste into the river"),
    ("2029", "The museum was flooded"),  # the subject before an "-ing" aside
    ("2031-10", "Volunteers saved most of the museum"),  # "only" goes with its date; "it": the sentence's thing
])
def test_tenth_set_classes_on_own_texts(tenth, value, title):
    assert [e.title for e in tenth.events if e.time.value == value and e.title.startswith(title)], \
        [e.title for e in tenth.events if e.time.value == value]


def test_tenth_set_non_events_and_actors(tenth):
    events = [e for e in tenth.events if e.kind == "event"]
    # "its third increase in a year", "below Friday's closing price": no date of a happening
    assert not [e for e in events if e.time.value in ("2032", "2031-10-31")]
    # "The airport" is no airline told before; a lower-case "nets" is no gazetteer team (Brooklyn Nets)
    airport = next(e for e in events if "airport" in e.title.lower())
    assert airport.actors == [] and airport.title.startswith("The airport")
    assert not [a for e in tenth.events for a in e.actors if "籃網" in a or a == "Nets"]


ELEVENTH = {
    "2031-12-01-eleventh.txt": (
        "Burglars hit Ostrow gallery\n\nDecember 1, 2031 - Burglars took two silver bowls from a gallery on Sunday, "
        "police said. The bowls, made in Vienna in the 1820s, are worth 2 million euros. The dam, which opened in "
        "1985, had been repaired twice, most recently in 2029. The rule, which senators approved in May, was struck "
        "down. Fares will rise in March after the transit board voted on Monday. Halvern Foods sold its bakery "
        "unit to Cobb Mills, in a deal announced late on Friday. Maxwell, 30, only joined the club in 2029. An "
        "Ostrow state court upheld the fine.\n"),
}


@pytest.fixture(scope="module")
def eleventh(tmp_path_factory) -> Timeline:
    return built_files(tmp_path_factory.mktemp("eleventh"), ELEVENTH)


@pytest.mark.parametrize(("value", "title"), [
    ("182X", "The bowls were made in Vienna"),  # a participle aside after a plural head
    ("2029", "The dam had been repaired twice"),  # "…, most recently in 2029": the clause before, its subject
    ("2031-05", "Senators approved the rule"),  # an object relative with a plural common noun as subject
    ("2031-12-01", "The transit board voted"),  # "after <three words> voted on Monday"
    ("2031-11-28", "Halvern Foods sold its bakery unit to Cobb Mills"),  # "in a deal announced late on Friday"
])
def test_eleventh_set_classes_on_own_texts(eleventh, value, title):
    assert [e.title for e in eleventh.events if e.time.value == value and e.title.startswith(title)], \
        [e.title for e in eleventh.events if e.time.value == value]


def test_group_nouns_and_a_state_are_no_parties(eleventh):
    actors = {a for e in eleventh.events for a in e.actors}
    assert "Burglars" not in actors and "Ostrow" not in actors


def test_a_rival_a_record_holder_and_an_eponym_are_no_parties(tmp_path):
    tl = built(tmp_path, (
        "Parties\n\nDecember 5, 2031 - Corvane Capital bought a stake in Halden's rival Brisk Foods on Monday. "
        "Ama Osei broke the record set by Lina Varga on Sunday. Pellis Bio stopped work on its Parkinson's "
        "drug on Friday.\n"), "2031-12-05-parties.txt")
    actors = {a for e in tl.events for a in e.actors}
    assert {"Corvane Capital", "Brisk Foods", "Ama Osei", "Pellis Bio"} <= actors
    assert not actors & {"Halden", "Lina Varga", "Parkinson"}
