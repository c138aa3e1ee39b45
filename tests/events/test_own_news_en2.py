"""The eighth English hold-out set (``tests/events/own_news_en2``, issue 12): eight stories written for the test in
shapes the sets of ``own_news_en`` do not have, read before any change (docs/EVENTS.md, "An eighth English set").
The titles and actors asserted are those of the classes fixed after the reading; every title passes the headline
check."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.model import Timeline
from timeline.pipeline import build_timeline

from .built import event_in as event
from .test_headline_check import problems

FOLDER = Path(__file__).parent / "own_news_en2"


@pytest.fixture(scope="module")
def tl() -> Timeline:
    """The eighth set (stories of 2030)."""
    return build_timeline(sorted(FOLDER.glob("2030-*.txt")))


def test_own_news_en2_titles_are_headlines(tl):
    assert not problems(tl)


@pytest.mark.parametrize(("story", "value", "title"), [
    # a date inside a relative clause: the clause, with its antecedent
    ("patent", "2015/2018", "Lindell Microsystems obtained the patents"),
    ("plant", "2027", "Marwood Appliances opened a plant in Poland"),
    ("bridge", "2028-11", "The bridge partly collapsed"),
    ("bridge", "2019", "Cables had last been inspected"),
    ("buyback", "2025", "Quillon Foods took on the debt to buy Pellow Bakeries"),
    ("buyback", "2026", "A $500 million plan was launched"),
    ("trade", "2025", "Talks began"),
    ("trade", "2027", "Talks stalled over dairy quotas"),
    ("book", "2028", "Hartwell Books bought the novel"),
    ("book", "2030-07", "The novel was shortlisted"),
    # the subject before an aside; "It" is the thing the sentence before opened with
    ("buyback", "2032", "The program will run"),
    ("probe", "2033", "The probe will drill into the surface and return samples to Earth"),
    ("trade", "2031-SP", "The deal must still be approved by both parliaments"),
    # quotes closed; the date of a second predicate
    ("book", "2030-09-19", 'Imogen Sayre won the Wexcombe Prize for fiction for "The Salt Ledger"'),
    ("plant", "2030-W41", "Union officials would meet managers"),
])
def test_titles_of_the_classes_fixed(tl, story, value, title):
    assert event(tl, story, value).title == title


def test_forecasts_and_non_events(tl):
    assert not event(tl, "probe", "2027-03").forecast  # "The probe, launched … in March 2027, will drill …"
    assert not event(tl, "trade", "2030-12-14").forecast  # "signed … on Saturday that will remove tariffs"
    assert event(tl, "trade", "2031-SP").forecast  # "…, which is expected next spring"
    # "last year's winner": no event
    assert not [e for e in tl.events if e.kind == "event" and e.time.value == "2029" and "winner" in e.title]


def test_actors_of_the_classes_fixed(tl):
    assert event(tl, "book", "2030-09-19").actors == ["Imogen Sayre"]  # not the buyer of the relative clause
    assert event(tl, "book", "2028").actors == ["Hartwell Books"]
    assert event(tl, "buyback", "2025").actors == ["Quillon Foods", "Pellow Bakeries"]  # not the speaker


@pytest.fixture(scope="module")
def tl9() -> Timeline:
    """The ninth set (stories of 2031), written after the eighth set's fixes and read before its own."""
    return build_timeline(sorted(FOLDER.glob("2031-*.txt")))


def test_ninth_set_titles_are_headlines(tl9):
    assert not problems(tl9)


@pytest.mark.parametrize(("story", "value", "title"), [
    ("ransom", "2031-01-08", "Hollis Grain paid a $4 million ransom to hackers"),  # "disclosed in a filing"
    ("ransom", "2030-11", "Hackers locked its ordering systems"),  # a "who" clause after "to hackers"
    ("ransom", "2029", "Hollis Grain's systems were last audited"),  # a "whose" clause (Grain: a company word, actors12)
    ("doping", "2030-06", "Teo Varga tested positive for a blood booster at the national championships"),
    ("doping", "2030-08", "Corvo Racing suspended Teo Varga"),  # "him"; "Cyclist" is no part of the name
    ("canal", "2031-03-14TAF", "Tugboats freed the container ship"),
    ("succession", "2031-05-19", "Pellingham Insurance: Ruth Adebayo will succeed Gareth Lowe as chief executive"),
    ("succession", "2032-01-01", "Ruth Adebayo will succeed Gareth Lowe as chief executive"),
    ("rail", "2031-03", "An audit was published"),
    ("festival", "2031-04-25", "Organisers of the Brightwater Festival cancelled the concerts"),
])
def test_ninth_set_titles_of_the_classes_fixed(tl9, story, value, title):
    assert event(tl9, story, value).title == title


def test_ninth_set_events_and_actors(tl9):
    src = {s.id for s in tl9.sources if "festival" in s.path}
    # "Saturday's and Sunday's concerts …, they said on Friday": one event
    assert len([e for e in tl9.events if e.kind == "event" and src & set(e.source_ids) and "concerts" in e.title]) == 1
    # "links the airport with the city centre in 19 minutes", "three years later than planned": no event;
    # "11 years after construction began" dates the start of construction (2020; en12e, set 16's fixes)
    rail = {s.id for s in tl9.sources if "rail" in s.path}
    assert {e.time.value for e in tl9.events if e.kind == "event" and rail & set(e.source_ids)} == \
        {"2020", "2031-03", "2031-06-29", "2031-09"}
    assert event(tl9, "doping", "2031-02-03").actors == ["Teo Varga"]
    # not the former employer; "joined the insurer" is the insurer told before (actors14)
    assert event(tl9, "succession", "2019").actors == ["Ruth Adebayo", "Pellingham Insurance"]


@pytest.fixture(scope="module")
def tl10() -> Timeline:
    """The tenth set (stories of 2032), written after the ninth set's fixes and read before its own."""
    return build_timeline(sorted(FOLDER.glob("2032-*.txt")))


def test_tenth_set_titles_are_headlines(tl10):
    assert not problems(tl10)


@pytest.mark.parametrize(("story", "value", "title"), [
    ("bank", "1956", "Harwick Savings Bank was founded"),  # not "… and based in Denby"
    ("tennis", "2027", "Lena Marsh turned professional"),  # not "… and broke into the top ten last season"
    ("lawsuit", "2027/2030", "Brenmoor Foods was accused of fixing chicken prices with three rivals"),
    ("shipwreck", "2030", "The ship was spotted by a fisherman whose nets snagged on it"),
    ("shipwreck", "2032-04", "Divers reached the ship"),
    ("tennis", "2032-06-06", "Lena Marsh beat defending champion Sofia Arana 6-4, 7-5 in the final"),
    ("volcano", "2032-02-12", "The airport is expected to reopen"),
])
def test_tenth_set_titles_of_the_classes_fixed(tl10, story, value, title):
    assert event(tl10, story, value).title == title


def test_tenth_set_non_events_and_actors(tl10):
    kinds = {(e.time.value, e.title[:12]): e.kind for e in tl10.events}
    assert kinds[("2032-07-09", "a 31% premiu")] == "statement"  # "Friday's closing price"
    assert not [e for e in tl10.events if e.kind == "event" and e.title == "The streaming service said"]
    assert not [a for e in tl10.events for a in e.actors if "籃網" in a]  # "whose nets snagged": no Brooklyn Nets
    assert event(tl10, "volcano", "2032-02-12").actors == []  # the airport is no airline


@pytest.fixture(scope="module")
def tl11() -> Timeline:
    """The eleventh set (stories of 2033), written after the tenth set's fixes and read before its own."""
    return build_timeline(sorted(FOLDER.glob("2033-*.txt")))


def test_eleventh_set_titles_are_headlines(tl11):
    assert not problems(tl11)


@pytest.mark.parametrize(("story", "value", "title"), [
    ("theft", "176X", "The boxes were made in Paris"),
    ("mine", "2031", "The mine had been fined twice for safety breaches"),
    ("law", "2032-11", "Lawmakers passed the law"),
    ("congestion", "2033-04-04", "The city council voted 41 to 19 for a congestion charge"),
    ("stake", "2033-07-28", "Priya Nandakumar has sold half of her stake in the company"),  # no "<org> founder"
    ("marathon", "2030", "Joseph Kiprono only ran his first marathon"),
])
def test_eleventh_set_titles_of_the_classes_fixed(tl11, story, value, title):
    assert event(tl11, story, value).title == title


def test_eleventh_set_actors_and_forecasts(tl11):
    assert event(tl11, "theft", "2033-08-14").actors == ["Kerrow Decorative Arts Museum"]  # not "Thieves"
    assert event(tl11, "law", "2033-03-22").actors == []  # not "Ardmoor" of "an Ardmoor state law"
    assert not event(tl11, "congestion", "2033-04-04").forecast  # the vote is done; the charge is to come


@pytest.fixture(scope="module")
def tl12() -> Timeline:
    """The twelfth set (stories of 2034), written after the eleventh set's fixes and read before its own."""
    return build_timeline(sorted(FOLDER.glob("2034-*.txt")))


def test_twelfth_set_titles_are_headlines(tl12):
    assert not problems(tl12)


@pytest.mark.parametrize(("story", "value", "actors"), [
    ("hospital", "2034-01-20", ["Halsworth Health", "St Aubyn Care"]),
    ("chess", "2034-02-14", ["Ravi Menon", "Olek Varga"]),  # not "Pune" of "a 17-year-old from Pune"
    ("satellite", "2034-03-08", ["Skyreach", "Meridian Orbital"]),  # not "Guiana" of "from French Guiana"
    ("dam", "2034-05-25", []),  # not "Tallow River" of "a dam on the Tallow River"
    ("storm", "2034-06-21TNI", ["Coastline Power"]),  # not "Wendle" of "the Wendle coast" (the sayer is left)
    ("dam", "2028", ["Norelec"]),
    ("hospital", "2034-FA", ["Halsworth Health", "St Aubyn Care"]),  # "The deal …": the two told before
])
def test_twelfth_set_places_are_no_actors(tl12, story, value, actors):
    assert event(tl12, story, value).actors == actors


def test_twelfth_set_a_nationality_is_no_actor_and_an_orchestra_is_one(tl12):
    ev = next(e for e in tl12.events if "Corran Philharmonic named" in e.title)
    assert ev.actors == ["Corran Philharmonic", "Lena Havel"]  # not "Czech" of "a Czech conductor"
