"""民國 (Republic of China) years are always 1911 + N; impossible ones are rejected, never read as Gregorian."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import extract

REF = dt.date(2026, 2, 18)


@pytest.mark.parametrize(("text", "value"), [
    ("民國114年", "2025"), ("民國 99年", "2010"), ("民国一百年", "2011"), ("民國一一四年3月", "2025-03"),
    ("民國1年", "1912"), ("民國200年", "2111"),
])
def test_roc_year_is_added_to_1911(text: str, value: str) -> None:
    ms = extract(f"報導稱{text}公司成立。", REF)
    assert [m.value for m in ms] == [value]


@pytest.mark.parametrize("text", ["民國0年", "民國1000年", "民國2000年3月", "民國1000年3月5日", "民國一〇〇〇年",
                                  "民國 2014年", "民國201年"])
def test_implausible_roc_year_is_rejected(text: str) -> None:
    ms = extract(f"報導稱{text}公司成立。", REF)
    assert not any(m.value and m.value[:4] in ("1000", "2000", "2014", "1911", "2911", "3911", "2112") for m in ms), \
        [(m.text, m.value) for m in ms]
    assert not any(m.text.startswith(("1000", "2000", "2014")) for m in ms)
