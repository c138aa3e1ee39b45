"""Numerals and script folding."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import rules_zh
from timeline.temporal.numerals import S2T, cn_digits, cn_int, fold


@pytest.mark.parametrize(("s", "n"), [("十二", 12), ("二十三", 23), ("廿三", 23), ("三十一", 31), ("十", 10),
                                      ("兩", 2), ("二〇一四", 2014), ("一九九九", 1999), ("2026", 2026),
                                      ("一百", 100), ("三", 3)])
def test_cn_int(s: str, n: int) -> None:
    assert cn_int(s) == n


def test_cn_digits() -> None:
    assert cn_digits("二〇二六") == 2026
    assert cn_digits("一九八七") == 1987


@given(st.text())
def test_fold_keeps_length(s: str) -> None:
    assert len(fold(s)) == len(s)


def test_fold_full_width_and_simplified() -> None:
    assert fold("２０２６年") == "2026年"
    assert fold("农历腊月") == "農曆臘月"
    assert fold("阿里巴巴") == "阿里巴巴"


def test_every_rule_character_has_its_simplified_form_folded() -> None:
    """OpenCC tells which Traditional characters of the rule tables have a different Simplified form."""
    from opencc import OpenCC

    t2s = OpenCC("t2s")
    chars = set()
    for rule in rules_zh.RULES:
        chars.update(re.findall(r"[\u4e00-\u9fff]", rule.pattern))
    missing = []
    for ch in sorted(chars):
        simp = t2s.convert(ch)
        if simp != ch and len(simp) == 1 and S2T.get(simp) != ch and simp not in chars:  # both forms listed: fine
            missing.append(f"{simp}->{ch}")
    assert not missing, missing


def test_every_era_name_folds_from_simplified() -> None:
    """Reign-era names (:data:`lexicon.ZH_ERAS`) are read in Simplified text too (神龙元年 as 神龍元年): every
    character whose Simplified form differs is folded (the check above lets a character pass when its Simplified
    form appears elsewhere in a pattern, as 龙 does among the surnames)."""
    from opencc import OpenCC

    from timeline.temporal.lexicon import ZH_ERAS
    from timeline.temporal.numerals import fold

    t2s = OpenCC("t2s")
    for era in ZH_ERAS:
        assert fold(t2s.convert(era)) == era, era
