"""Every rule's own examples (HeidelTime/Duckling style), run at the fixed reference date 2026-02-18."""

from __future__ import annotations

import pytest

from timeline.temporal import extract
from timeline.temporal.engine import RULES
from timeline.temporal.rules import EXAMPLE_REF

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
    assert len(ms) == 1, [(m.text, m.value, m.rule) for m in ms]
    m = ms[0]
    assert (m.value, m.granularity, m.mod) == (value, granularity, mod)
    assert text[m.start:m.end] == m.text
