"""Every rule's own examples (HeidelTime/Duckling style), run at the fixed reference date 2026-02-18."""

from __future__ import annotations

import pytest

from timeline.temporal import extract
from timeline.temporal.engine import RULES
from timeline.temporal.rules import EXAMPLE_REF

DAY_COMPANION = frozenset({"en_period_ended", "en_list_day"})
"""Rules whose examples also yield a day read by another rule (``the quarter ended Sept. 30``: the period and the
day that ends it are two mentions)."""
DAY_BEFORE = frozenset({"zh_months_ended"})
"""Rules whose period follows the day that ends it, a mention of its own (``截至2025年9月30日止 | 九個月``)."""
EXAMPLES = [pytest.param(rule.name, *ex, id=f"{rule.name}:{ex[0]}") for rule in RULES for ex in rule.examples]


def test_every_rule_has_a_name_and_language() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert all(r.lang in ("zh", "en", "auto") for r in RULES)


@pytest.mark.parametrize(("rule", "text", "value", "granularity", "mod"), EXAMPLES)
def test_rule_example(rule: str, text: str, value: str | None, granularity: str, mod: str | None) -> None:
    ms = extract(text, EXAMPLE_REF)
    if value is None and granularity == "":
        assert ms == [] or all(m.value is not None for m in ms) and len(ms) <= 1 and ms[0].text != text
        return
    if rule in DAY_COMPANION:  # the period's closing day is read as a mention of its own, right after it
        assert len(ms) == 2 and ms[1].granularity == "day" and ms[1].rule != rule, [(m.text, m.value, m.rule) for m in ms]
        ms = ms[:1]
    if rule in DAY_BEFORE:  # the period's closing day is read as a mention of its own, right before it
        assert len(ms) == 2 and ms[0].granularity == "day" and ms[0].rule != rule, [(m.text, m.value, m.rule) for m in ms]
        ms = ms[1:]
    assert len(ms) == 1, [(m.text, m.value, m.rule) for m in ms]
    m = ms[0]
    assert (m.value, m.granularity, m.mod) == (value, granularity, mod)
    assert text[m.start:m.end] == m.text
    assert m.rule == rule, f"{text!r} was read by {m.rule}, not by the rule it illustrates"


def _guard_texts() -> list[str]:
    from pathlib import Path

    here = Path(__file__).parent
    texts = [ex[0] for rule in RULES for ex in rule.examples]
    for name in ("corpus_zh.tsv", "corpus_en.tsv", "negatives.tsv"):
        for line in (here / name).read_text(encoding="utf-8").splitlines()[2:]:
            if line.strip() and not line.startswith("#"):
                cols = line.split("\t")
                texts.append(cols[1] if name == "negatives.tsv" else cols[0])
    return texts + _table_texts()


def _table_texts() -> list[str]:
    """Every festival name, lunar marker and cjk opener word of the word tables (:data:`lexicon.ZH_CJK_OPENER_WORDS`),
    told inside a sentence (not at its start, where a hand-written guard happened to admit them): a guard that
    missed a table word changed answers."""
    from timeline.temporal import lexicon, lunar

    texts = [f"他們在{name}晚上團聚，{name}前後也見面。" for name in lunar.FESTIVALS]
    texts += [f"我們{marker}八月十五回家，{marker}正月初三再走。" for marker in lexicon.ZH_LUNAR_MARKERS]
    # every word the cjk guard is read from (year, month, day, week words and their prefixes ...), inside a
    # sentence, before a day, a number and a clause end
    texts += [f"據悉{w}8號上午，公司{w}三個月前宣布{w}。" for w in lexicon.ZH_CJK_OPENER_WORDS]
    # the cn guard's counted units and five-year-plan words
    texts += [f"據悉三{u}前公司宣布，預計兩{u}後再談，十{u}。" for u in lexicon.ZH_COUNT_UNITS]
    texts += [f"“十四五{w.replace(chr(92), '')}”期間，十五{w.replace(chr(92), '')}" for w in lexicon.ZH_PLAN_AFTER]
    return texts


def test_guards_only_speed_matching() -> None:
    """The lookahead guards of the joined pattern change no answer: the plain alternation of the rules in
    priority order finds the same mentions with the same values on every example text."""
    import datetime as dt

    from timeline.temporal.engine import resolve_matches, scan

    ref = dt.date(2026, 2, 18)
    for text in _guard_texts():
        got = []
        for guarded in (True, False):
            folded, matches = scan(text, guarded)
            got.append([(m.start, m.end, m.value, m.rule) for m in resolve_matches(text, folded, matches, ref, True)])
        assert got[0] == got[1], text
