"""Sentence splitting across scripts: an English sentence followed by Chinese text is two sentences."""

from __future__ import annotations

from timeline.events.text import sentence_spans

from .test_builder import events_for, mention, src


def _sentences(t: str) -> list[str]:
    return [t[a:b] for a, b in sentence_spans(t)]


def test_english_then_chinese_is_two_sentences():
    t = "Vexa Robotics announced a restructuring. 1997年4月2日，騰訊宣佈收購一家遊戲公司。"
    assert _sentences(t) == ["Vexa Robotics announced a restructuring.", "1997年4月2日，騰訊宣佈收購一家遊戲公司。"]
    t = "Sales grew 12%. 3月5日，字節跳動發布新模型。"
    assert _sentences(t) == ["Sales grew 12%.", "3月5日，字節跳動發布新模型。"]
    t = "The board met on Monday. 董事會隨後宣佈分拆。"
    assert _sentences(t) == ["The board met on Monday.", "董事會隨後宣佈分拆。"]


def test_abbreviations_and_decimals_do_not_split():
    assert len(_sentences("U.S. 市場在3.5個月後反彈。")) == 1
    assert len(_sentences("Dr. 李在會上發言。")) == 1
    assert len(_sentences("版本2.0於今天發布。")) == 1


def test_actors_of_the_two_sentences_do_not_mix():
    t = "On May 3, 1996, Alibaba announced a reorganization. 1996年5月3日，騰訊宣佈收購一家遊戲公司。"
    a = mention(t, "May 3, 1996", "1996-05-03", "day")
    b = mention(t, "1996年5月3日", "1996-05-03", "day")
    evs = events_for((src("x", t), [a, b]))
    assert len(evs) == 2
    by_first = {e.mentions[0].text: e for e in evs}
    assert "騰訊" not in by_first["May 3, 1996"].actors
    assert "阿里巴巴" not in by_first["1996年5月3日"].actors
