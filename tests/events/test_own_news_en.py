"""An English hold-out set (``tests/events/own_news_en``, issue 12): short stories written for the test in shapes
the product was not built from (ten first, then sets of five, five, eight, five, five and five, each read before
its fixes). The titles and actors asserted are those of the classes fixed after each reading (docs/EVENTS.md, "An
English hold-out set"); every title passes the headline check."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.model import Timeline
from timeline.pipeline import build_timeline

from .built import event_in as event
from .test_headline_check import problems

FOLDER = Path(__file__).parent / "own_news_en"


@pytest.fixture(scope="module")
def tl() -> Timeline:
    return build_timeline(sorted(FOLDER.glob("*.txt")))


def test_titles_of_the_classes_fixed(tl):
    want = {
        # a "when" clause after the date tells what happened then; "it" is no "her family said"
        ("obituary", "1998", ""): "Helena Brisk handed the company to her son Peter",
        # "The central bank" / "The Cupertino, Calif.-based company": the organisation that led the sentence before
        ("central-bank", "2024-10", ""): "Bank of Veloria last raised rates",
        ("merger", "2028", ""): "Fenwick Audio: the deal would close",
        # a role before a name is no part of it
        ("dateline", "2027-01", ""): "Marc Dufort took over",
        ("transfer", "2028-03-01", ""): "Miro Santel has joined Castlebay Rovers from Dunmere Athletic",
        # "which it had hoped to launch": the pronoun is the subject, the noun phrase before the comma the object
        ("dateline", "2028-09", ""): "Sarvo Pharma had hoped to launch the drug",
        # the date's own clause is one verb after "X, who …,"; "late on" goes with its date
        ("election", "2028-02-06TNI", ""): "Lewis Farrant conceded",
        # a particle stays ("sworn in on March 1"); "starting in May" goes whole
        ("election", "2028-03-01", ""): "Okonjo will be sworn in",
        ("recall", "2028-05", ""): "Dealers will replace the hoses free of charge",
        # an attribution with a phrase after "said" is no title; a "because" clause is cut first
        ("recall", "2028-04-10", ""): "Hollin Motors Co. is recalling about 146,000 sport utility vehicles",
        # a phrase between the subject and its verb goes before the predicate does
        ("strike", "2028-08-14", ""): "About 3,000 dockworkers walked off the job after talks",
        ("court", "2028-01-13", ""): "A federal appeals court upheld a ruling",
    }
    got = {k: event(tl, *k).title for k in want}
    assert got == want


def test_actors_of_the_classes_fixed(tl):
    # a state abbreviation after a place is a place ("SACRAMENTO, Calif.,", "Cupertino, Calif.-based")
    assert event(tl, "court", "2028-01-13").actors == ["Quorra Devices", "Talvern Power"]
    # (the deal said of takes its two parties told before: Lumaren too, since actors12)
    assert event(tl, "merger", "2028").actors == ["Fenwick Audio", "Lumaren"]
    # a role is no part of a name; a place after "mayor of" is where
    assert event(tl, "dateline", "2027-01").actors == ["Marc Dufort"]
    assert event(tl, "transfer", "2028-03-01").actors == ["Miro Santel", "Castlebay Rovers", "Dunmere Athletic"]
    assert event(tl, "election", "2028-02-06").actors == ["Ada Okonjo", "Lewis Farrant"]
    # "About" opening a sentence after a dateline is no name; the central bank is the bank told before
    assert "About" not in event(tl, "strike", "2028-08-14").actors
    assert event(tl, "central-bank", "2024-10").actors == ["Bank of Veloria"]


def test_own_news_en_titles_are_headlines(tl):
    assert not problems(tl)


def test_second_set_classes(tl):
    # a ticker ends its sentence; "Founded in 2017 by X, the company …" is X founding the company
    assert event(tl, "ipo", "2017").title == "Rhea Kinsella founded Kinsella Robotics"
    # a possessive pronoun opening a title is whose it is
    assert event(tl, "ipo", "2028-12-01").title == "Kinsella Robotics' shares will begin trading on the Nasdaq"
    # "Chapter 11" names no one; "retailer Corran Outdoor" is a company, so "The chain" and "Corran" are it
    assert event(tl, "bankruptcy", "2029-01").title.startswith("Corran Outdoor planned")  # what it said it planned
    assert event(tl, "bankruptcy", "2028-10-31").actors == ["Corran Outdoor"]
    assert event(tl, "bankruptcy", "2021").actors == ["Corran Outdoor", "Hadley Rowe"]
    # "the European Commission" keeps its adjective; "the Hawks" is the team named in full
    assert event(tl, "fine", "2028-11-16").actors == ["European Commission", "Blayde Telecom"]
    assert event(tl, "championship", "2009").actors == ["Orrin Vale Hawks"]


def test_a_possessive_pronoun_start_is_flagged():
    from timeline.events.titles import headline_problems

    assert headline_problems("Its shares will begin trading") == ["pronoun"]
    assert headline_problems("Itsuki Motors opened a plant") == []


def test_a_ticker_ends_a_sentence():
    from timeline.events.text import sentence_spans

    t = "Shares trade under the symbol ABCD. Founded in 2001, the firm makes pumps. It sold U.S. Steel shares."
    assert [t[a:b] for a, b in sentence_spans(t)] == [
        "Shares trade under the symbol ABCD.", "Founded in 2001, the firm makes pumps.", "It sold U.S. Steel shares."]


def test_third_set_classes(tl):
    # a one-word company written twice and never in lower case is a name also where it opens a sentence
    assert event(tl, "planes", "2016").title == "Skyreach took delivery of its first Aerovance plane"
    assert event(tl, "launch", "2028").title == "Nimbalo sold its millionth scooter"
    assert event(tl, "launch", "2029-02-20").actors == ["Nimbalo"]
    # "according to court papers filed on Monday" is an attribution, not a title
    assert event(tl, "settlement", "2029-01-15").title == "Drayton Foods agreed to pay $18 million"
    # a letter of "U.S." is no actor
    assert "U" not in event(tl, "contract", "2029-03-08").actors


def test_actors_left_after_the_rounds(tl):
    # who tells it closing the sentence ("…, the Pentagon said on Thursday") is a source; "the U.S. Army" is one
    # name; a place before a kind of shop ("a small Leeds weaving shop") is where
    assert event(tl, "contract", "2029-03-08").actors == ["U.S. Army", "Cordane Systems"]
    assert event(tl, "obituary", "2028-07-08").actors == ["Helena Brisk"]


def test_fourth_set_classes(tl):
    """The fourth set (2029-04 to 2029-09), classes fixed after reading it before any fix."""
    # a participle aside holding the date; a noun-phrase aside inside the clause; a name as the aside
    assert event(tl, "crash", "2011").title == "Tessaro Air was founded"
    assert event(tl, "sentencing", "2029-09-13").title == "A federal judge sentenced Victor Ansel to eight years in prison"
    assert event(tl, "stadium", "2029-SU").title == "Quarry Lane will be demolished"
    # the main clause before an "after" frame; no cut on "and"; the quarter's figure is the company's
    assert event(tl, "stadium", "2026-03").title == "Work began"
    assert event(tl, "guidance", "2029-07-26").title == "Brightline Tools reported a 12% fall in second-quarter profit"
    assert event(tl, "guidance", "2029-04/2029-06").title == "Brightline Tools' net income fell to $84 million"
    # a who clause has its own participants; an organisation, a role and a person are two names
    assert event(tl, "minister", "2029-03").actors == ["Tomas Brandt"]
    assert event(tl, "hostile-bid", "2029-03").actors == ["Corvan Brands", "Pellam Foods"]
    # a town before "airport" after "from" is where
    assert event(tl, "crash", "2029-06-11").actors == ["Tessaro Air"]


def test_fifth_set_classes(tl):
    """The fifth set (2029-10 to 2029-12), written after the fourth set's fixes and read before its own."""
    assert event(tl, "retirement", "2024").title == "Dalia Morrow took gold in the 200 meters at the Games"
    assert event(tl, "retirement", "2025").title == "Dalia Morrow set a world record"
    assert event(tl, "retirement", "2024").actors == ["Dalia Morrow"]
    assert event(tl, "museum", "2026-11").title == "Harlow Museum of Art closed"
    assert event(tl, "museum", "2029-12-08").title == "The Harlow Museum of Art reopened"
    assert event(tl, "merger-blocked", "2028").title == "Carvell Paper agreed to buy Ridgeway"
    assert event(tl, "merger-blocked", "2029-03").title == "Antitrust regulators sued to stop the deal"
    assert event(tl, "merger-blocked", "2029-11-21").title == "A federal judge blocked Carvell Paper's $3.4 billion purchase"
    assert event(tl, "activist", "2029-04").title == "Brennan Row began buying shares"
    assert event(tl, "activist", "2029-10-18").actors == ["Brennan Row", "Hallam Industries"]
    assert event(tl, "drug-approval", "2028-12").actors == ["Ostrava Bio"]


def test_sixth_set_classes(tl):
    """The sixth set (2030-01 to 2030-05), written after the fifth set's fixes and read before its own."""
    assert event(tl, "delay", "2030-05-07").title == "Quenby Motors has pushed back the launch of its electric pickup"
    assert event(tl, "rename", "2030-07-01").title == "Pardell Holdings will change its name to Veyra"
    assert event(tl, "rename", "1987").title == "Pardell Holdings was founded"
    assert event(tl, "rename", "2022").actors == ["Pardell Holdings"]
    assert event(tl, "delay", "2027").title == "The truck was first shown at a trade fair"
    assert event(tl, "delay", "2030-FA").title == "The truck was meant to reach dealers"
    assert event(tl, "deal-closed", "2028").title == "Fuel prices rose"
    assert event(tl, "union-vote", "2030-01-12").title == "The strike began"
    assert event(tl, "earthquake", "2030-01-15").actors == []


def test_seventh_set_classes(tl):
    """The seventh set (2030-06 to 2030-08), written after the sixth set's fixes and read before its own."""
    # a participle aside holding the date after a named head: "The Tallow Creek fire, sparked by … on Saturday, …"
    assert event(tl, "wildfire", "2030-06-01").title == "The Tallow Creek fire was sparked by a downed power line"
    # "the 18th-century painter": an adjective date describes its noun, it makes no event
    assert not any(e.time.value.endswith("XX") and e.kind == "event" for e in tl.events)
    assert event(tl, "painting", "2030-07-02").title == "The Calder Gallery has acquired a long-lost portrait"
    # a stadium is where the final was played
    assert event(tl, "match", "2030-06-16").actors == ["Ardley United", "Kestrel City"]
    # "the gallery's east wing": the gallery named before in full
    assert event(tl, "painting", "2030-10").actors == ["Calder Gallery"]
    # the painter of the portrait is no party to its purchase
    assert event(tl, "painting", "2030-07-02").actors == ["Calder Gallery"]
    # "Ardley's manager, Pia Lindqvist, joined the club": she joined, Ardley United is the club
    assert event(tl, "match", "2029-SU").title == "Pia Lindqvist joined the club from a second-division side"
    assert event(tl, "match", "2029-SU").actors == ["Pia Lindqvist", "Ardley United"]
    # "The two teams meet again": the two clubs of the final
    assert event(tl, "match", "2030-08-09").actors == ["Ardley United", "Kestrel City"]
