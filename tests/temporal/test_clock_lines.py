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


def test_update_stamps_are_mentions_in_both_languages() -> None:
    """One engine rule (``clock_stamp``) reads a live story's update stamps, so ``timeline mentions`` lists them:
    a clock time opening two or more lines, bracketed, bold, with am/pm or in Chinese clock words."""
    zh = "江濱暴雨直播\n2031年3月4日\n\n【08:15】氣象台發布暴雨橙色預警。\n【11:40】全部公交線路停運。\n"
    assert [(m.text, m.value, m.rule) for m in extract(zh, REF)][1:] == [
        ("08:15", "2031-03-04T08:15", "clock_stamp"), ("11:40", "2031-03-04T11:40", "clock_stamp")]
    hans = "江滨暴雨直播\n\n8时15分 气象台发布暴雨橙色预警。\n11时40分 全部公交线路停运。\n"
    assert _read(hans) == [("8时15分", "2031-03-04T08:15"), ("11时40分", "2031-03-04T11:40")]
    en = "Storm live\n\n**9.05am** The river rose above flood stage.\n\n  2:05 p.m.\nTwo bridges closed.\n"
    assert _read(en) == [("9.05", "2031-03-04T09:05"), ("2:05", "2031-03-04T14:05")]


def test_one_clock_line_or_a_clock_inside_a_line_is_no_stamp() -> None:
    assert _read("Storm live\n\n10:32 The river rose above flood stage.\n") == []
    assert _read("The first train left at 10:32 sharp.\nThe second left at 11:40 sharp.\n") == []
    assert extract("【08:15】氣象台發布預警。\n【11:40】公交停運。\n", None) == []  # no day: no mention
