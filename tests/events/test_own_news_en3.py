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
