"""Event building stays near-linear: merge candidates are counted, not timed.

One article repeating a dated sentence thousands of times used to compare every statement with every
other one (quadratic); the candidate generation must bound the pairs examined per statement.
"""

from __future__ import annotations

import dataclasses

from timeline.events import builder
from timeline.events.builder import build_events_counted
from timeline.model import Source, TemporalMention

SENTENCE = "公司於2026年2月5日發布新模型，並在去年9月開始準備，預計今年第三季度上市。"
DATES = [("2026年2月5日", "2026-02-05", "day", False), ("去年9月", "2025-09", "month", True),
         ("今年第三季度", "2026-Q3", "quarter", True)]


def repeated_article(n: int, sid: str = "big", sentence: str = SENTENCE) -> tuple[Source, list[TemporalMention]]:
    text = sentence * n
    mentions = []
    for k in range(n):
        base = k * len(sentence)
        for sub, value, gran, rel in DATES:
            a = base + sentence.index(sub)
            mentions.append(TemporalMention(a, a + len(sub), sub, value, gran, None, rel))
    return Source(id=sid, title="", text=text), mentions


def test_3000_mentions_in_one_article_build_with_bounded_comparisons():
    src, ms = repeated_article(1000)
    assert len(ms) == 3000
    events, compared = build_events_counted([src], {src.id: ms})
    # every repetition tells the same three things: one event per date, every mention in one
    assert len(events) == 3
    assert sum(len(e.mentions) for e in events) == 3000
    assert {e.time.value for e in events} == {"2026-02-05", "2025-09", "2026-Q3"}
    per_statement = builder.ARTICLE_KEYS * builder.ARTICLE_WINDOW + builder.ARTICLE_WINDOW
    total = sum(compared.values())
    assert total <= len(ms) * per_statement          # linear bound from the caps
    assert total < len(ms) * (len(ms) - 1) // 2 // 50  # far from all pairs (~4.5 million)


def test_comparisons_grow_linearly_with_the_article():
    small = build_events_counted(*_one(*repeated_article(500)))[1]
    large = build_events_counted(*_one(*repeated_article(1000)))[1]
    assert sum(large.values()) <= 2.2 * sum(small.values())


def test_comparisons_across_articles_are_capped_per_event():
    src, ms = repeated_article(3, sentence="阿里巴巴" + SENTENCE[2:])  # an actor: events can merge across
    sources, mentions = [], {}
    for k in range(300):  # 300 copies of one short article: every event matches every copy's
        s = dataclasses.replace(src, id=f"a{k}")
        sources.append(s)
        mentions[s.id] = ms
    events, compared = build_events_counted(sources, mentions)
    assert compared["across"] >= len(sources)
    assert compared["across"] <= builder.CROSS_CANDIDATES * 3 * len(sources)
    assert compared["across"] < (3 * len(sources)) ** 2 // 2 // 4
    assert len(events) == 3


def _one(src: Source, ms: list[TemporalMention]):
    return [src], {src.id: ms}
