"""Chinese anaphoric day and month words (當天, 當晚, 當月, 同月, 次日, 第三天): they take the day or month the story
told last before them; when the story has told no date at all before them, the article's own day or month; when it
told only a coarser time (a month, a year) or a day long before, they are not placed."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import extract

REF = dt.date(2026, 2, 18)


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.value, m.rule) for m in extract(text, REF)]


@pytest.mark.parametrize(("text", "mention", "value", "rule"), [
    ("當晚十時，消防員撲滅大火", "當晚十時", "2026-02-18T22:00", "zh_same_day"),
    ("当天上午，市政府召开发布会", "当天上午", "2026-02-18TMO", "zh_same_day"),
    ("當月出口額增長百分之五", "當月", "2026-02", "zh_date"),
    ("同月20號，雙方簽約", "同月20號", "2026-02-20", "zh_date"),
    ("第二天上午，雙方再次會談", "第二天上午", "2026-02-19TMO", "zh_nth_day"),
    ("工廠1月5日停工，第四天全面恢復", "第四天", "2026-01-08", "zh_nth_day"),
])
def test_told_or_article_day(text: str, mention: str, value: str, rule: str) -> None:
    assert (mention, value, rule) in _found(text)


@pytest.mark.parametrize("text", [
    "去年10月球隊在澳門比賽，當天他打扮休閒，頭戴棒球帽",  # a month told: which day is unknown
    "2019年公司上市。當晚，創始人發表講話",  # a year told
    "從第一天開始，他就負責這個項目",  # from day one
    "罷工進入第三天",  # counted from an event not dated
])
def test_not_placed(text: str) -> None:
    assert not [f for f in _found(text) if f[2] in ("zh_same_day", "zh_nth_day")], _found(text)
