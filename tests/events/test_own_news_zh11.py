"""An eleventh Chinese hold-out set (``tests/events/own_news_zh11``: a 回购进展公告 with 截至…累计, a 快訊 recall, a
Q&A, a court ruling told in the lead and again below, a shareholders' meeting listing 一是…三是, a prize story under
a headline of a time frame and a pronoun, a reservoir told by 日前 / 今日 and by its days, a 更換核數師 notice, a
快讯 transfer; written for this test, names no gazetteer lists), read before any fix of its own (docs/EVENTS.md,
"An eleventh Chinese set"). The classes fixed after reading it are checked on unit texts of their own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .built import built, dated


def test_the_set_reads_as_measured() -> None:
    from timeline.pipeline import build_timeline

    folder = Path(__file__).parent / "own_news_zh11"
    rows = dated(build_timeline(sorted(folder.glob("*.txt"))))
    values = {v for v, _ in rows}
    # 此後一個月 / 此后三年 after a happening told with its date
    for told in ("2025", "2027-06", "2029-12-03", "2030-01-08", "2030-04-08", "2030-07-19T04:00", "2030-08-28"):
        assert told in values, (told, rows)
    # the ruling told by 今日 in the lead and by 4月8日上午 below is one event
    assert sum(v == "2030-04-08" for v, _ in rows) == 1, rows


def test_a_count_after_thence_counts_from_the_date_told_before() -> None:
    from timeline.temporal.api import extract

    ref = dt.date(2031, 6, 1)
    cases = (("甘棠電子2028年3月遭主管機關調查，此後兩個月，公司股票暫停交易。", "2028-05"),
             ("2022年，我们在宁州开了第一家门店。此后四年，门店开到了三十多家。", "2026"),
             ("5月4日大桥合龙。此后十天，工人完成了桥面铺装。", "2031-05-14"))
    for text, value in cases:
        values = [m.value for m in extract(text, ref)]
        assert value in values, (text, values)
    # nothing told before: nothing to count from; a count of 此後 that is a duration's inside (此後三年內) is no date
    assert [m.value for m in extract("此后三年，他一直在外地工作。", ref)] == []
    assert [m.value for m in extract("2022年公司成立，此後三年內未曾盈利。", ref)] == ["2022"]


def test_a_lost_event_after_thence_is_an_event(tmp_path: Path) -> None:
    text = "停牌\n\n甘棠電子2028年3月遭主管機關調查，此後兩個月，甘棠電子股票被交易所暫停交易。"
    rows = dated(built(tmp_path, text, "2031-06-01-halt.txt"))
    assert any(v == "2028-05" and "暫停交易" in t for v, t in rows), rows
