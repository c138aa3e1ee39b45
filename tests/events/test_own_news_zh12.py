"""A twelfth Chinese hold-out set (``tests/events/own_news_zh12``: a 业绩预告, a 股東會 快訊, a 警情通报, a Hong Kong
obituary, a launch told by 记者获悉, a story with no headline line, a Q&A with name labels, a 大事记 and a 二审;
written for this test, names no gazetteer lists), read before any fix of its own (docs/EVENTS.md, "A twelfth
Chinese set")."""

from __future__ import annotations

from pathlib import Path

from .built import dated


def test_the_set_reads_as_measured() -> None:
    from timeline.pipeline import build_timeline

    folder = Path(__file__).parent / "own_news_zh12"
    rows = dated(build_timeline(sorted(folder.glob("*.txt"))))
    values = {v for v, _ in rows}
    for told in ("1943", "1958", "1998", "2021-03", "2023-08", "2026-11", "2029-05", "2030-06", "2030-09",
                 "2031-03-15", "2031-03-16", "2031-04-07T21:00", "2031-05-03", "2031-05-12", "2031-06-06", "2031-Q4",
                 "2031-09"):
        assert told in values, (told, rows)
    titles = [t for _, t in rows]
    for title in ("棠溪能源在合肥注册成立", "梁翠屏生於廣州", "嵐岫電子召開股東常會", "砚川新材料完成对沐屿化工的收购"):
        assert title in titles, titles
