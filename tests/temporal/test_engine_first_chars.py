"""The guarded scan tries at a position only the rules that can start with the character there
(``engine._first_chars``, read from each parsed rule pattern). These check that reading on patterns
written for the test; that the scan finds the same hits with and without guards is checked on every
rule example in ``test_temporal_rules.py``."""

from __future__ import annotations

import pytest

from timeline.temporal.engine import RULES, _first_chars, _second_chars


@pytest.mark.parametrize(("pattern", "yes", "no"), [
    (r"(?<![0-9])(?:ab|[c-e]\d)?(?i:f)", "acdefF", "bgx0"),
    (r"(?P<y>\d{4})年", "0123456789", "a年"),
    (r"\b(?:last|next)\s+week", "ln", "Lw "),
    (r"(?i:mon|tue)day", "mMtT", "dx"),
    (r"(?=[A-Z])[A-Za-z]+", "AzQ", "1 "),
])
def test_first_characters_of_a_pattern(pattern: str, yes: str, no: str) -> None:
    first = _first_chars(pattern)
    assert all(first.match(ch) for ch in yes), pattern
    assert not any(first.match(ch) for ch in no), pattern


@pytest.mark.parametrize("pattern", [r"x?", r"[^a]b", r"(?:)", r".a"])
def test_an_empty_match_or_an_unknown_start_tries_the_rule_everywhere(pattern: str) -> None:
    first = _first_chars(pattern)
    assert all(first.match(ch) for ch in "a0年 \n")


def test_every_rule_example_starts_with_a_first_character_of_its_rule() -> None:
    for rule in RULES:
        first = _first_chars(rule.pattern)
        for text, *_ in rule.examples:
            assert any(first.match(ch) for ch in text), (rule.name, text)


@pytest.mark.parametrize(("pattern", "yes", "no"), [
    (r"(?<![0-9])\d{1,2}月", "0123456789月", "年a"),
    (r"(?:last|next)\s+week", "ae", "sx "),
    (r"a(?=b)[bc]", "bc", "a"),
    (r"(?:ab)?(?i:cd)", "bdD", "ce"),
])
def test_second_characters_of_a_pattern(pattern: str, yes: str, no: str) -> None:
    second = _second_chars(pattern)
    assert second is not None, pattern
    assert all(second.match(ch) for ch in yes), pattern
    assert not any(second.match(ch) for ch in no), pattern


@pytest.mark.parametrize("pattern", [r"a\b", r"ab?", r"a(?:b|)", r"(?P<y>a)(?P=y)?", r"a[^b]*"])
def test_a_match_that_may_end_after_one_character_is_tried_whatever_follows(pattern: str) -> None:
    assert _second_chars(pattern) is None
