"""Typed values: Granularity/Mod checks at the file boundary, required regex groups, ranges compared as dates."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from timeline.model import GRANULARITIES, MODS, as_granularity, as_mod
from timeline.temporal.api import extract
from timeline.temporal.engine import _ends_before
from timeline.temporal.rules import Groups

REF = dt.date(2025, 6, 1)


def test_granularity_and_mod_strings_are_checked():
    assert all(as_granularity(g) == g for g in GRANULARITIES)
    assert all(as_mod(m) == m for m in MODS)
    assert as_mod(None) is None
    with pytest.raises(ValueError, match="weekend"):
        as_granularity("weekend")
    with pytest.raises(ValueError, match="SOON"):
        as_mod("SOON")


def test_a_required_group_that_did_not_take_part_is_a_lookup_error():
    m = re.compile(r"(?P<r0_a>\d+)(?P<r0_b>x)?").match("12")
    g = Groups(m, "r0_")
    assert g("a") == "12" and g.req("a") == "12"
    assert g("b") is None
    with pytest.raises(LookupError, match="'b'"):
        g.req("b")


def test_range_ends_compared_as_dates_not_strings():
    assert _ends_before("2025-03", "2025-11")
    assert not _ends_before("2025-11", "2025-11-15")  # sorts before it as a string, but contains it
    assert not _ends_before("2025-12", "2025-11")


def test_a_range_end_told_without_a_year_moves_to_the_next_year_only_when_it_ends_first():
    [winter] = extract("工程預計2025年11月至3月分段完工", REF)
    assert winter.value == "2025-11/2026-03"
    [same_month] = extract("展覽2025年11月15日至11月開放", REF)
    assert same_month.value == "2025-11-15/2025-11"


def test_a_weekend_is_a_part_of_its_week_with_or_without_an_article_date():
    """TIMEX3's ``2026-W08-WE``, granularity week, in both languages; the model reads it as Saturday-Sunday."""
    from timeline.model import parse_point

    [m] = extract("The club meets this weekend.", REF)
    assert m.granularity == "week" and m.value is not None and m.value.endswith("-WE")
    first, last, gran = parse_point(m.value)
    assert (first.weekday(), last.weekday(), (last - first).days, gran) == (5, 6, 1, "week")
    assert [m.granularity for m in extract("The club meets next weekend.", None)] == ["week"]
    assert [m.value for m in extract("週末舉行音樂節", REF)] == [m.value]
