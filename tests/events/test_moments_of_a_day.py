"""Moments of one day told apart: a part of day or a clock time that cannot meet another's (下午 and 當晚;
9 a.m. and 3 p.m.) makes two happenings of one article, and a moment pointed back at (當晚, that evening) is
another thing told of that day, like 同日 (``builder._moments_apart``, ``builder._MOMENT_ANAPHOR``)."""
from __future__ import annotations

from pathlib import Path

from tests.events.built import built, dated

ZH = """渡輪擱淺事件
2032年9月9日

（記者沈雅／花蓮報導）海豐客運一艘渡輪8日上午因濃霧擱淺於石梯港外。海豐客運當晚派出拖船將渡輪拖回港內，並安排旅客轉乘巴士。
"""

EN = """Ferry runs aground in fog
September 9, 2032

A Tidewell Lines ferry ran aground off Port Ansel on Tuesday morning in thick fog. That evening, Tidewell Lines
towed the ferry back to harbour. At 9 a.m. on Wednesday the passengers boarded buses, and at 4 p.m. Wednesday
Tidewell Lines apologised to them.
"""


def test_a_morning_and_that_evening_are_two_events(tmp_path: Path) -> None:
    rows = dated(built(tmp_path, ZH))
    by_value = dict(rows)
    assert sorted(by_value) == ["2032-09-08TEV", "2032-09-08TMO"], rows
    assert "擱淺" in by_value["2032-09-08TMO"] and "拖船" in by_value["2032-09-08TEV"], rows


def test_english_moments_keep_their_day_and_stay_apart(tmp_path: Path) -> None:
    rows = dated(built(tmp_path, EN))
    # 9 September 2032 is a Thursday: Tuesday is the 7th, "that evening" the same Tuesday (not the article's day)
    assert sorted(v for v, _ in rows) == ["2032-09-07TEV", "2032-09-07TMO", "2032-09-08T09:00", "2032-09-08T16:00"], rows
