"""The example corpora: positive cases (value, granularity, mod at a reference date) and negative cases.

``corpus_zh.tsv`` (Traditional, each row followed by its Simplified form) and ``corpus_en.tsv`` hold one
expected mention per row; ``negatives.tsv`` holds texts in which nothing may be reported.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.temporal import extract

HERE = Path(__file__).parent


def _rows(name: str) -> list[list[str]]:
    rows = []
    with open(HERE / name, encoding="utf-8") as f:
        lines = [ln.rstrip("\n") for ln in f if ln.strip() and not ln.startswith("#")]
    for ln in lines[1:]:  # header
        rows.append(ln.split("\t"))
    return rows


POSITIVE = [pytest.param(*r, id=f"{name[7:9]}{i}:{r[2]}") for name in ("corpus_zh.tsv", "corpus_en.tsv")
            for i, r in enumerate(_rows(name))]
NEGATIVE = [pytest.param(*r, id=f"{r[0]}{i}") for i, r in enumerate(_rows("negatives.tsv"))]


def test_corpus_sizes() -> None:
    assert len(POSITIVE) >= 400
    assert len(NEGATIVE) >= 100


@pytest.mark.parametrize(("text", "ref", "mention", "value", "granularity", "mod"), POSITIVE)
def test_positive(text: str, ref: str, mention: str, value: str, granularity: str, mod: str) -> None:
    ms = extract(text, dt.date.fromisoformat(ref))
    for m in ms:
        assert text[m.start:m.end] == m.text
    found = [m for m in ms if m.text == mention]
    assert found, f"{mention!r} not found in {[(m.text, m.value) for m in ms]}"
    m = found[0]
    assert (m.value, m.granularity, m.mod) == (None if value == "null" else value, granularity, mod or None)


@pytest.mark.parametrize(("lang", "text"), NEGATIVE)
def test_negative(lang: str, text: str) -> None:
    ms = extract(text, dt.date(2026, 2, 18))
    assert ms == [], [(m.text, m.value, m.rule) for m in ms]
