"""The seventeenth English hold-out set (``tests/events/own_news_en5``, issue 12): nine stories of 2041 (a wire
merger, a new chief, a live blog, a conference programme, a court report, an interview, half-year results, a
search-results page, a strike) with the table an editor expects (``expected.md``) written before the first build,
read before any fix (docs/EVENTS.md, "A seventeenth English set"). Each class fixed after the reading is checked
on texts of its own, with other names."""

from __future__ import annotations

from pathlib import Path

from .built import built, dated
from .test_headline_check import problems

FOLDER = Path(__file__).parent / "own_news_en5"


def test_the_set_reads_as_measured() -> None:
    from timeline.pipeline import build_timeline

    tl = build_timeline(sorted(FOLDER.glob("*.txt")))
    rows = dated(tl)
    for row in (("2041-11-05", "87% of union members voted to walk out"),
                ("2042", "Galloway Brewing would close two breweries in Selmark")):
        assert row in rows, rows
    # "He pleaded guilty" is the accused told just before, not the judge named before him
    assert any(v == "2041-01" and t.endswith("Pryce-Whitmore pleaded guilty") for v, t in rows), rows
    # the programme of a day still to come is plans, no updates of the page's day
    assert not any(v.startswith("2041-04-18T") for v, _ in rows), rows
    # a live page's heading is no happening
    assert not any(t.startswith("Updates from") for _, t in rows), rows


PROGRAMME = """Harbourside Water Summit: programme

Day two, Friday June 14

09:00 Welcome by summit chair Odile Brannagh

10:15 Panel: Who owns the estuary?

13:00 Lunch

15:30 Site visit to the Ferrow tidal barrier
"""


def test_clock_lines_under_a_day_ahead_are_a_programme_not_updates(tmp_path: Path) -> None:
    tl = built(tmp_path, PROGRAMME, "2041-06-03-programme.txt")
    assert not any(e.time.value.startswith("2041-06-03T") for e in tl.events), dated(tl)
    assert not [e for e in tl.events if e.kind == "event"], dated(tl)


LIVE = """Live: Orrin city vote count

Updates from the count, Monday May 6.

09:10 GMT - Counting began at the Orrin exhibition centre.

11:45 GMT - Mayor Tamsin Quaile conceded defeat.
"""


def test_a_live_pages_heading_is_no_event_but_its_updates_are(tmp_path: Path) -> None:
    tl = built(tmp_path, LIVE, "2041-05-06-count.txt")
    rows = dated(tl)
    assert any(v == "2041-05-06T09:10" and t.startswith("Counting began") for v, t in rows), rows
    assert any(v == "2041-05-06T11:45" for v, _ in rows), rows
    assert not any(t.startswith(("Updates", "Live")) for _, t in rows), rows


def test_a_count_after_a_percentage_dates_the_vote(tmp_path: Path) -> None:
    text = ("Dock strike\n\nPELLA, Oct. 10 (Orbit Wire) - Dockers at Pella walked out on Wednesday, three days after "
            "64% of members voted to strike.\n")
    rows = dated(built(tmp_path, text, "2040-10-10-dock.txt"))
    assert any(v == "2040-10-07" and "voted to strike" in t for v, t in rows), rows


def test_a_kind_of_company_before_its_name_and_what_it_said_it_would_do(tmp_path: Path) -> None:
    text = ("Distiller cuts outlook\n\nDistiller Marrowby Spirits said on Tuesday that its sales fell 4%. The company "
            "cut its outlook and said it would close its Fennick plant by the end of 2041.\n")
    tl = built(tmp_path, text, "2040-07-16-distiller.txt")
    rows = dated(tl)
    assert ("2041", "Marrowby Spirits would close its Fennick plant") in rows, rows
    assert not any("Distiller Marrowby" in a for e in tl.events for a in e.actors)
    assert not problems(tl)


def test_a_double_barrelled_family_name_is_a_person_and_he_is_him(tmp_path: Path) -> None:
    text = ("Clerk jailed\n\nA former clerk was jailed on Thursday. Judge Amara Colfax told the court that Dennis "
            "Ashby-Lowther had lied. Ashby-Lowther, 58, was charged on May 2, 2039. He pleaded guilty in March.\n")
    rows = dated(built(tmp_path, text, "2040-09-20-clerk.txt"))
    assert ("2039-05-02", "Dennis Ashby-Lowther was charged") in rows, rows
    assert any(v == "2040-03" and t.endswith("Ashby-Lowther pleaded guilty") for v, t in rows), rows


def test_an_occasion_opening_the_sentence_is_the_frame_of_the_clause_after_it(tmp_path: Path) -> None:
    text = ("Chief\n\nAt a shareholder meeting on Tuesday, investors rejected the pay plan of Corvel Mining. "
            "In an interview on Wednesday, Corvel chairman Idris Pohl said the board would meet again.\n")
    titles = [t for _, t in dated(built(tmp_path, text, "2040-11-22-chief.txt"))]
    assert "Investors rejected the pay plan of Corvel Mining" in titles, titles
    assert not any(t.startswith(("At a", "In an")) for t in titles), titles


def test_a_count_from_a_named_happening_counts_from_that_happenings_day(tmp_path: Path) -> None:
    # "A week after the vote" counts from the vote ("two days after … voted"), not from the strike told last
    text = ("Strike\n\nBRELL, Oct. 10 (Orbit Wire) - Miners at Brell walked out on Wednesday, two days after 70% of "
            "members voted to strike. Output stopped on Wednesday morning.\n\nA week after the vote, the union plans "
            "a march in the capital.\n")
    rows = dated(built(tmp_path, text, "2040-10-10-brell.txt"))
    assert any(v == "2040-10-08" and "voted to strike" in t for v, t in rows), rows
    assert any(v == "2040-10-15" and "march in the capital" in t for v, t in rows), rows


def test_a_finishing_time_is_no_clock_time(tmp_path: Path) -> None:
    text = "Race\n\nOdile Fenn won the Harrow marathon in 2:24:51 on Sunday.\n"
    rows = dated(built(tmp_path, text, "2040-04-15-race.txt"))
    assert ("2040-04-15", "Odile Fenn won the Harrow marathon in 2:24:51") in rows, rows


def test_two_updates_of_a_live_story_stay_two(tmp_path: Path) -> None:
    text = ("Live: Harrow marathon\n\n08:40 GMT - Stewards said that the men's race would start late because of "
            "fog on the bridge.\n\n09:05 GMT - The men's race started after a delay of 25 minutes.\n")
    tl = built(tmp_path, text, "2040-04-15-live.txt")
    values = {e.time.value for e in tl.events}
    assert {"2040-04-15T08:40", "2040-04-15T09:05"} <= values, dated(tl)


def test_a_date_set_off_between_subject_and_predicate_titles_both(tmp_path: Path) -> None:
    text = "Port\n\nThe last closure of the port, in 2031, lasted nine days. Traffic resumed on Monday.\n"
    rows = dated(built(tmp_path, text, "2040-02-16-port.txt"))
    assert ("2031", "The last closure of the port lasted nine days") in rows, rows


def test_a_present_state_joined_to_a_founding_is_no_part_of_it(tmp_path: Path) -> None:
    text = "Airline\n\nBrisk Air was founded in 1994 and flies to 31 cities. It named a new chief on Monday.\n"
    rows = dated(built(tmp_path, text, "2040-02-16-brisk.txt"))
    assert ("1994", "Brisk Air was founded") in rows, rows


def test_what_was_said_keeps_its_verb_when_shortened(tmp_path: Path) -> None:
    text = ("Talks\n\nThe Rail and Transport Union said talks with network owner Pellway Infrastructure had "
            "collapsed on March 3.\n")
    rows = dated(built(tmp_path, text, "2040-03-06-talks.txt"))
    assert ("2040-03-03", "The Rail and Transport Union: talks had collapsed") in rows, rows
