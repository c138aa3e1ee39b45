"""The Chinese tense reader (:func:`rules_zh.zh_tense`) and its cue tables (``lexicon.ZH_TENSE_*``)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import extract
from timeline.temporal import lexicon as lx
from timeline.temporal.numerals import fold
from timeline.temporal.rules_zh import zh_tense

CUE_TABLES = (lx.ZH_TENSE_FUTURE_BEFORE, lx.ZH_TENSE_FUTURE_AFTER, lx.ZH_IN_FORCE_VERBS, lx.ZH_TENSE_PAST_BEFORE,
              lx.ZH_TENSE_PAST_AFTER, lx.ZH_TENSE_REPORT_VERBS)


@pytest.mark.parametrize("table", CUE_TABLES)
def test_every_cue_is_read_in_both_scripts(table: tuple[str, ...]) -> None:
    """The cues are matched on folded text: the Simplified form of each Traditional cue, folded, is a listed cue
    folded (the fold covers only the rule tables' characters, so the tables list both scripts)."""
    from opencc import OpenCC

    t2s = OpenCC("t2s")
    folded = {fold(w) for w in table}
    missing = [w for w in table if fold(t2s.convert(w)) not in folded]
    assert not missing, missing


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("他們將於5月1日出發", "5月1日", "future"),
    ("他们将于5月1日出发", "5月1日", "future"),
    ("雙方5月1日簽了協議", "5月1日", "past"),
    ("雙方已於5月1日簽約", "5月1日", "past"),
    ("工廠5月1日停工檢修", "5月1日", None),
    ("新規自5月1日起施行", "5月1日", "start"),  # coming into force: the future, unless it began a short while ago
    ("新規已於5月1日起施行", "5月1日", "past"),  # a past cue outweighs coming into force
    ("為了5月1日的慶典", "5月1日", None),  # 為了 is no past
    ("5月1日，新學期將開始", "5月1日", "future"),  # a date opening its clause reads the next one
    ("5月1日，公司宣布將擴建工廠", "5月1日", None),  # what was said is not the date's tense
    ("他表示，雙方將於5月1日簽約", "5月1日", "future"),
])
def test_the_nearest_cue_in_the_clause_decides(text: str, date: str, expected: str | None) -> None:
    folded = fold(text)
    start = folded.index(fold(date))
    assert zh_tense(folded, start, start + len(date)) == expected


def test_festivals_and_month_days_follow_one_rule() -> None:
    """A festival is placed as the month-day it falls on would be (both told in February, 2013)."""
    ref = dt.date(2013, 2, 12)
    for cue, year in (("將在", "2013"), ("", "2013")):
        day = extract(f"他們{cue}5月1日舉行活動", ref)[0].value
        fest = extract(f"他們{cue}勞動節舉行活動", ref)[0].value
        assert day == fest == f"{year}-05-01", (cue, day, fest)
    # told in the past, a day 78 days ahead is last year's, whether told by its date or by its name
    assert extract("他們5月1日舉行了活動", ref)[0].value == extract("他們勞動節舉行了活動", ref)[0].value == "2012-05-01"
