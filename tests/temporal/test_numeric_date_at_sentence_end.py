"""A numeric date that closes a sentence keeps its day: the full stop after ``2020-10-21`` is punctuation,
not a decimal point (``1643.04`` and ``2020-10-21.5`` stay guarded by the digit after the point)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import extract

REF = dt.date(2026, 3, 1)


@pytest.mark.parametrize(("text", "told", "value"), [
    ("Harbor Pumps signed the lease on 2019-07-14.", "2019-07-14", "2019-07-14"),
    ("The plant opened 2021-03-02. Output rose later.", "2021-03-02", "2021-03-02"),
    ("工廠於2018-11-05.", "2018-11-05", "2018-11-05"),
    ("The stamp reads 20170309.", "20170309", "2017-03-09"),
    ("It was dated 2015.6.30.", "2015.6.30", "2015-06-30"),
    ("The report covers 2019-03.", "2019-03", "2019-03"),
])
def test_full_stop_after_a_numeric_date(text: str, told: str, value: str) -> None:
    ms = extract(text, REF)
    assert [(m.text, m.value) for m in ms] == [(told, value)]


@pytest.mark.parametrize("text", ["股價報1643.04元", "版本2024.1.2.3已發佈"])
def test_a_digit_after_the_point_is_still_no_date(text: str) -> None:
    assert extract(text, REF) == []
