"""The guarded scan tries at a position only the rules that can start with the character there
(``engine.first_chars``, read from each parsed rule pattern). These check that reading on patterns
written for the test; that the scan finds the same hits with and without guards is checked on every
rule example in ``test_temporal_rules.py``."""

from __future__ import annotations

import pytest

from timeline.temporal.engine import RULES, _second_chars, first_chars


@pytest.mark.parametrize(("pattern", "yes", "no"), [
    (r"(?<![0-9])(?:ab|[c-e]\d)?(?i:f)", "acdefF", "bgx0"),
    (r"(?P<y>\d{4})年", "0123456789", "a年"),
    (r"\b(?:last|next)\s+week", "ln", "Lw "),
    (r"(?i:mon|tue)day", "mMtT", "dx"),
    (r"(?=[A-Z])[A-Za-z]+", "AzQ", "1 "),
])
def test_first_characters_of_a_pattern(pattern: str, yes: str, no: str) -> None:
    first = first_chars(pattern)
    assert all(first.match(ch) for ch in yes), pattern
    assert not any(first.match(ch) for ch in no), pattern


@pytest.mark.parametrize("pattern", [r"x?", r"[^a]b", r"(?:)", r".a"])
def test_an_empty_match_or_an_unknown_start_tries_the_rule_everywhere(pattern: str) -> None:
    first = first_chars(pattern)
    assert all(first.match(ch) for ch in "a0年 \n")


def test_every_rule_example_starts_with_a_first_character_of_its_rule() -> None:
    for rule in RULES:
        first = first_chars(rule.pattern)
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


def test_the_family_passes_find_where_the_global_and_family_guards_pass() -> None:
    """The scan looks for each family separately, its first characters as a class in front
    (:data:`lexicon.FAMILY_FIRSTS`): the positions and families found are those where the global guard
    (:data:`lexicon.ANY_START`) and the family's guard both pass, on every rule example and table word."""
    import re

    from tests.temporal.test_temporal_rules import _guard_texts
    from timeline.temporal import lexicon
    from timeline.temporal.engine import _dispatch
    from timeline.temporal.numerals import fold

    guards = [re.compile(lexicon.ANY_START + g) for g in lexicon.FAMILY_GUARDS.values()]
    d = _dispatch()
    texts = _guard_texts()
    texts += ["In mid-March 2025, jan-5 and Jan. 3; 幾年前，數月後，٣ 年 ' '90s", " ".join(texts).upper()]
    for text in map(fold, texts):
        want: dict[int, int] = {}
        for k, g in enumerate(guards):
            for m in g.finditer(text):
                want[m.start()] = want.get(m.start(), 0) | 1 << k
        assert d.positions(text) == want, text


@pytest.mark.parametrize("alts", [
    ["today", "tonight", "tomorrow", "to", "the\\s+\\d", "the\\s+(?:first|last)\\s+week", "[Tt]his\\s+year"],
    ["(?i:hristmas)", "(?i:hristmas\\s+day)", "(?i:hanukkah)", "h(?i:oli)", "(?i:a|b)x", "(?i:x?y)", "[Ll]ast"],
    ["an[a-z]*\\.?\\s+\\d|jan[a-z]*\\d", "ap?r", "a{2}b", "a+c", "a*d", "ab", "ab\\b", "a\\s", "a[bc]d", "(?:ab|cd)e"],
])
def test_a_trie_of_a_guard_passes_where_its_alternatives_do(alts: list[str]) -> None:
    """:func:`lexicon._trie` writes the alternatives that share a leading character once behind it; as a
    lookahead it passes at exactly the positions where one of the alternatives matches (quantified first
    characters, an alternative with a ``|`` of its own, a group ignoring case are left as they are)."""
    import re

    from timeline.temporal.lexicon import _trie

    plain = re.compile(f"(?=(?:{'|'.join(alts)}))")
    trie = re.compile(f"(?=(?:{_trie(alts)}))")
    words = ["today", "tonight", "to", "the 3", "the first week", "This year", "this  year", "Christmas", "HANUKKAH",
             "holi", "hOLI", "ax", "bx", "y", "xy", "last", "Last", "an. 3", "jan5", "jjan5", "janu 5", "apr", "ar",
             "aab", "ab", "abc", "ac", "aac", "d", "ad", "a b", "abd", "acd", "abe", "cde", "ae", "hristmas day"]
    text = " | ".join(words + [w.upper() for w in words] + [w.lower() for w in words])
    assert [m.start() for m in trie.finditer(text)] == [m.start() for m in plain.finditer(text)]


def test_the_anchor_words_are_found_by_their_parts_where_the_whole_pattern_finds_them() -> None:
    """``dct.anchored`` searches for the year words, the festival words and ``this / last / next year`` one by
    one (each with its first characters in front); each text has a match of one of them exactly when it has
    one of :data:`dct._ANCHOR`."""
    from tests.temporal.test_temporal_rules import _guard_texts
    from timeline.temporal import dct
    from timeline.temporal.numerals import fold

    texts = _guard_texts() + ["He said last year's plan", "the Last  Year", "Blast year", "next years", "除夕當晚",
                              "元宵節當天", "今年", "去年11月", "this year"]
    for text in map(fold, texts):
        assert (dct._ANCHOR.search(text) is not None) == any(p.search(text) for p in dct._ANCHOR_PARTS), text
