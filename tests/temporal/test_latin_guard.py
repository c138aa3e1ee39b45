"""The latin family's guard with shared tails written once (lexicon._shared_tails) passes at exactly the
positions the plain alternation of every opener passes (issue 12: the guard was over 55,000 characters, compiled
in every run). Sentences written for the test."""

from __future__ import annotations

import re

from timeline.temporal import lexicon

TEXTS = [
    "Last Christmas the firm said that next Easter it would open. In 2019, by March, since early 2020 and until "
    "late spring, during the summer of 2021, through mid-2022, before Thanksgiving, after New Year's Day, around "
    "1990, about 2005, circa 1870, c. 1900.",
    "The following Christmas Eve, the previous Labor Day and the coming Mother's Day; this Monday, next Tues, "
    "last Thu, the first Monday of May, the 2nd Friday in June, two years ago, an hour later, several months "
    "after, the next 48 hours, past few minutes, spring 2020, Summer of nineteen ninety, autumn, winter, fall.",
    "The fiscal year that ended in June, its quarter which ends, their 12 months ended, the year-end 2021, "
    "Year end, at noon, around 9, about midnight, March of twenty twenty, June 4, 2019, Sept. 3rd, Q3, H1, "
    "FY2020, the weekend, that same day, earlier this year, later that day, the 1990s, the nineties.",
    "Nothing here: Lasting Infinity, Springfield, Falls, Marching bands, a mid-sized firm, in the lab, by them.",
]


def _old_guard() -> str:
    return (r"(?=[A-Za-z])(?<![A-Za-z])(?=" + lexicon._by_first_letter(lexicon.LATIN_OPENERS) + "|"
            + lexicon.LATIN_PREP_OPENER + ")")


def test_shared_tails_pass_where_the_plain_alternation_passes() -> None:
    old, new = re.compile(_old_guard()), re.compile(lexicon.FAMILY_GUARDS["latin"])
    assert len(new.pattern) < len(old.pattern)
    passed = 0
    for text in TEXTS:
        for variant in (text, text.lower(), text.upper()):
            for i in range(len(variant)):
                a, b = old.match(variant, i) is not None, new.match(variant, i) is not None
                assert a == b, (variant[i:i + 30], a, b)
                passed += a
    assert passed > 50


def test_split_word() -> None:
    assert lexicon._split_word(r"[Ll]ast\s+(?:year|week)") == ("[Ll]ast", r"\s+(?:year|week)")
    assert lexicon._split_word(r"[Ee]arly[\s-]+(?:spring)") == ("[Ee]arly", r"[\s-]+(?:spring)")
    assert lexicon._split_word(r"(?:a\s+b)\s+c") == ("(?:a\\s+b)", r"\s+c")  # not inside a group
    assert lexicon._split_word(r"[\]\s]x\s+y") == (r"[\]\s]x", r"\s+y")  # not inside a class
    assert lexicon._split_word(r"a\s+b|c") is None  # an alternation outside any group
    assert lexicon._split_word(r"\s+a") is None and lexicon._split_word("Q[1-4]") is None
