"""A date and a clock time join into one mention only inside a paragraph: a live blog's dateline followed by
updates stamped with a clock time opening their lines is the blog's day, then one mention per update."""

from __future__ import annotations

import datetime as dt

from timeline.temporal.api import extract

REF = dt.date(2031, 3, 4)


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in extract(text, REF)]


def test_dateline_then_clock_stamped_updates() -> None:
    text = ("Flood watch along the Jiang river\nMarch 4, 2031\n\n"
            "09:15 GMT - The barrier at the north gate was closed.\n"
            "10:40 GMT - Rescue boats reached the lower town.\n")
    assert _read(text) == [("March 4, 2031", "2031-03-04"), ("09:15 GMT", "2031-03-04T09:15"),
                           ("10:40 GMT", "2031-03-04T10:40")]


def test_dateline_then_update_on_the_next_line() -> None:
    text = "March 4, 2031\n09:15 GMT - The barrier was closed."
    assert _read(text) == [("March 4, 2031", "2031-03-04"), ("09:15 GMT", "2031-03-04T09:15")]


def test_a_wrapped_line_still_joins_date_and_clock() -> None:
    assert _read("The board meets on March 12\nat 3 p.m. in the old hall.") == [
        ("March 12\nat 3 p.m.", "2031-03-12T15:00")]
    assert _read("Doors open at 9 a.m.\nMarch 12 for members.") == [("at 9 a.m.\nMarch 12", "2031-03-12T09:00")]


def test_a_blank_line_parts_a_clock_from_a_date() -> None:
    assert _read("Doors open at 9 a.m.\n\nMarch 12 is the members' day.") == [("March 12", "2031-03-12")]
