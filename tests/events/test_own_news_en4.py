"""The sixteenth English hold-out set (``tests/events/own_news_en4``, issue 12): nine stories of 2039 (a wire
takeover, a court report, a live blog, an earnings report, an obituary, a start-up, an airline, a flood agency, a
chief executive's exit) with the table an editor expects (``expected.md``) written before the first build, read
before any fix (docs/EVENTS.md, "A sixteenth English set"). Each class fixed after the reading is checked on texts
of its own, with other names."""

from __future__ import annotations

from pathlib import Path

from .built import built, dated
from .test_headline_check import problems

FOLDER = Path(__file__).parent / "own_news_en4"


def test_the_set_reads_as_measured() -> None:
    from timeline.pipeline import build_timeline

    rows = dated(build_timeline(sorted(FOLDER.glob("*.txt"))))
    # the live blog's updates are happenings at their clock times on the blog's day
    for row in (("2039-03-06T08:00", "Polls opened across Kessmark for the snap general election"),
                ("2039-03-06T20:00", "Polls closed"),
                ("2039-03-06T22:45", "Aldo Vance conceded defeat in a speech in Marrel")):
        assert row in rows, rows
    titles = [t for _, t in rows]
    # no ticker in a title
    assert "Brask Minerals agreed to buy rival Ostry Metals for $4.2 billion" in titles, titles
    assert not any("(" in t for t in titles), titles


LIVE = """Live: floods close Varnia's ports

Updates from the coast, Tuesday.

07:15 GMT - Harbour officials closed the port of Edda after the river burst its banks.

09:40 BST: Coastguard crews rescued 14 people from a stranded ferry.

11:05 - Transport minister Lio Parrane ordered all ferries to stay in port.
"""


def test_updates_stamped_by_a_clock_time_are_happenings_of_the_blogs_day(tmp_path: Path) -> None:
    tl = built(tmp_path, LIVE, "2040-02-14-live.txt")
    rows = dated(tl)
    assert any(v == "2040-02-14T07:15" and t.startswith("Harbour officials closed the port of Edda") for v, t in rows)
    assert any(v == "2040-02-14T09:40" and t.startswith("Coastguard crews rescued 14 people") for v, t in rows), rows
    assert any(v == "2040-02-14T11:05" and "ordered all ferries to stay in port" in t for v, t in rows), rows
    assert not any(t[:1].isdigit() or t.startswith(("GMT", "BST", "-", ":")) for _, t in rows), rows
    assert not problems(tl)


def test_a_clock_time_inside_a_line_is_no_update_stamp(tmp_path: Path) -> None:
    # a score and a clock inside prose stay what they were: no new date
    text = "Match report\n\nThe match was level 1-1 at 20:15 - a late goal won it for Orrin Town on Saturday.\n"
    assert not any("T20:15" in v for v, _ in dated(built(tmp_path, text, "2040-02-14-match.txt")))


def test_a_ticker_in_brackets_is_no_part_of_a_title_or_a_name(tmp_path: Path) -> None:
    text = ("Deal\n\nHALLE, March 2 (Orbit Wire) - Drugmaker Venmora Pharma (VNP.DE) agreed on Friday to buy "
            "Pellucid Labs (NYSE: PLB) for 900 million euros. The Medicines Review Board (MRB) approved a Venmora "
            "drug on Thursday.")
    tl = built(tmp_path, text, "2040-03-02-deal.txt")
    rows = dated(tl)
    assert ("2040-03-02", "Venmora Pharma agreed to buy Pellucid Labs for 900 million euros") in rows, rows
    deal = next(e for e in tl.events if e.time.value == "2040-03-02")
    assert "Venmora Pharma" in deal.actors and not any(a.startswith("Drugmaker") for a in deal.actors)
    board = next(e for e in tl.events if e.time.value == "2040-03-01")
    assert "Medicines Review Board" in board.actors, board.actors


def test_a_plural_noun_opening_updates_is_no_name(tmp_path: Path) -> None:
    # "Polls opened" / "Polls closed" where "an exit poll" is told: a common noun, not a body called "Polls"
    text = ("Vote\n\nGRANDE, May 4 (Orbit Wire) - Polls opened at 7 a.m. on Sunday. An exit poll showed a tight race. "
            "Polls closed at 8 p.m. on Sunday.")
    tl = built(tmp_path, text, "2040-05-06-vote.txt")
    assert not any("Polls" in e.actors for e in tl.events)


def test_a_count_from_another_happening_dates_that_happening(tmp_path: Path) -> None:
    # "…, two weeks after the board rejected …": the rejection two weeks before the day told; "The results came
    # a week after X named …": a week before the day narrated; a gerund takes the sentence's subject
    text = ("Deal\n\nMERLE, Sept. 14 (Orbit Wire) - Fennick Tools agreed on Friday to buy rival Osgrove Hardware for "
            "$800 million, two weeks after Osgrove's board rejected a smaller offer. The offer came a week after "
            "Fennick named Tamsin Vale as finance chief. Fennick emerged from bankruptcy in June 2038, 14 months "
            "after filing for Chapter 11 protection.")
    tl = built(tmp_path, text, "2040-09-14-deal.txt")
    rows = dated(tl)
    assert ("2040-08-31", "Osgrove's board rejected a smaller offer") in rows, rows
    assert any(v == "2040-09-07" and t.startswith("Fennick named Tamsin Vale") for v, t in rows), rows
    assert ("2037-04", "Fennick Tools filed for Chapter 11 protection") in rows, rows
    assert ("2040-09-14", "Fennick Tools agreed to buy rival Osgrove Hardware for $800 million") in rows, rows


def test_a_count_opening_its_sentence_dates_the_main_clause(tmp_path: Path) -> None:
    text = ("Vote\n\nPARRO, May 9 (Orbit Wire) - Lawmakers rejected the budget on Tuesday. Two days after the vote, "
            "finance minister Oren Salk resigned. He was arrested in May 2037, a month after auditors found gaps in "
            "the accounts, and pleaded guilty the following month.")
    rows = dated(built(tmp_path, text, "2040-05-09-vote.txt"))
    assert any(v == "2040-05-10" and "Oren Salk resigned" in t for v, t in rows), rows
    assert ("2037-04", "Auditors found gaps in the accounts") in rows, rows
    assert any(v == "2037-06" and t.endswith("pleaded guilty") and not t.startswith("pleaded") for v, t in rows), rows


def test_titles_of_an_obituary_and_a_body_by_its_kind(tmp_path: Path) -> None:
    # "Born in X in 1950, Y joined …": Y was born; "He" after "the label Z" is the person, not the label;
    # "The agency said …" after one public body: that body; no title ends on a dangling "after"
    text = ("Obituary\n\nLYON, March 3 (Orbit Wire) - Marcel Deverre, the pianist, has died, his son said on Saturday. "
            "Born in Nantes in 1950, Deverre joined the Rhone Ensemble in 1972. He recorded 40 albums for the label "
            "Vesper Sound. He retired in 2015. The Loire Water Authority closed the Tours weir on Friday. The agency "
            "said on Friday the weir would reopen on Monday. Orla Ferries cancelled 40 sailings on Friday after its "
            "partner suspended all crossings to the islands of the western bay.")
    tl = built(tmp_path, text, "2041-03-03-obituary.txt")
    rows = dated(tl)
    assert ("1950", "Marcel Deverre was born in Nantes") in rows, rows
    assert ("2015", "Marcel Deverre retired") in rows, rows
    assert any(t.startswith("Loire Water Authority: the weir would reopen") for _, t in rows), rows
    assert not any(t.endswith((" after", " before")) for _, t in rows), rows


def test_an_expectation_told_by_its_holder_with_a_date_ahead_is_a_forecast(tmp_path: Path) -> None:
    text = ("Ferries\n\nCORK, July 20 (Orbit Wire) - Orla Ferries suspended its Cork service on Friday. The company "
            "said on Friday it expected to resume sailings on Monday.")
    tl = built(tmp_path, text, "2040-07-20-ferries.txt")
    ahead = [e for e in tl.events if e.kind == "event" and e.time.value == "2040-07-23"]
    assert ahead and all(e.forecast for e in ahead), [(e.time.value, e.title, e.forecast) for e in tl.events]
