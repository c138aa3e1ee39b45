"""Property tests of the temporal extractor (hypothesis): it never raises, offsets always match the text,
values are always valid calendar values, and impossible dates never become (wrong) dates.

The checks live in scripts/fuzz_extract.py, which runs the same contract over 100,000 inputs."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "fuzz_extract.py"
_spec = importlib.util.spec_from_file_location("fuzz_extract", _SCRIPT)
fuzz = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("fuzz_extract", fuzz)
_spec.loader.exec_module(fuzz)

EXAMPLES = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                    derandomize=True)

references = st.one_of(
    st.none(),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.sampled_from([dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2024, 2, 29)]),
)
pieces = st.one_of(
    st.sampled_from(fuzz.NUMBERS),
    st.sampled_from(fuzz.DATE_WORDS),
    st.text(alphabet=fuzz.DIGITS, min_size=1, max_size=5),
    st.text(alphabet=fuzz.CN_NUMERALS, min_size=1, max_size=4),
)
date_mixes = st.lists(pieces, max_size=30).map("".join)


def _assert_contract(case) -> None:
    problems = fuzz.check(case)
    assert not problems, f"{problems[0]}\ninput: {case.text!r} reference: {case.reference}"


@EXAMPLES
@given(text=st.text(max_size=200), reference=references)
def test_random_unicode(text, reference):
    _assert_contract(fuzz.Case(text, reference))


@EXAMPLES
@given(text=date_mixes, reference=references)
def test_random_mixes_of_digits_numerals_and_date_words(text, reference):
    _assert_contract(fuzz.Case(text, reference))


@EXAMPLES
@given(impossible=st.sampled_from(fuzz.IMPOSSIBLE), year=st.sampled_from(["2026", "2025", "1999", "二〇二六"]),
       before=st.one_of(st.just(""), date_mixes.map(lambda s: s[:20])),
       after=st.sampled_from(["", "，公司發布財報。", "起", "左右", "至3月1日", " and later"]),
       reference=references)
def test_impossible_dates_never_become_dates(impossible, year, before, after, reference):
    template, part, grans = impossible
    pre = before + "。" if before else ""
    _assert_contract(fuzz.impossible_in_context(pre, template.format(y=year), part, grans, after, reference))


def test_fuzz_script_smoke(capsys):
    """The 100,000-input fuzzer runs (here on 300 inputs) and reports its failure count."""
    failures = fuzz.run(300, seed=3, show=3)
    out = capsys.readouterr().out
    assert "300 inputs" in out and f"{failures} failures" in out


@pytest.mark.parametrize("text,reference", [
    ("７月", dt.date(9999, 12, 31)),
    ("中秋", dt.date(9999, 12, 31)),
    ("去年下半年", dt.date(1, 1, 1)),
    ("正月三十", dt.date(1, 1, 1)),
    ("除夕9999年", None),  # the inferred article date is in 9999
])
def test_calendar_edges_never_raise(text, reference):
    _assert_contract(fuzz.Case(text, reference))


@pytest.mark.parametrize("text", ["H10000", "Q10000", "0000年上半年"])
def test_year_zero_is_not_a_date(text):
    _assert_contract(fuzz.Case(text, dt.date(2026, 2, 18)))
