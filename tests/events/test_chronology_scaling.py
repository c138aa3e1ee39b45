"""Event building on a one-paragraph chronology (dated clauses separated by semicolons) grows linearly.

Work is measured as the number of Python and C function calls made while building events (counted with
``sys.setprofile``), at two sizes; the growth exponent ``log(calls2 / calls1) / log(size2 / size1)`` must
stay near 1. A title that looked at every clause and date of the sentence for each of its dates, or a
grouping that compared each date with every group, gave an exponent of 2 (issue 17: 158 s at 55 KB).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import sys

from timeline.events import build_events
from timeline.model import Source, TemporalMention

_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def chronology(n: int, sep: str = "；") -> tuple[Source, list[TemporalMention]]:
    """A heading and one paragraph of ``n`` dated clauses (hand-written pattern, one day apart)."""
    start = dt.date(2001, 3, 1)
    clauses = []
    for i in range(n):
        d = start + dt.timedelta(days=i)
        clauses.append(f"{d.year}年{d.month}月{d.day}日，甲乙科技發布第{i + 1}號公告")
    text = "公司紀事\n" + sep.join(clauses) + "。\n"
    mentions = [TemporalMention(m.start(), m.end(), m.group(), f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}",
                                "day") for m in _DATE.finditer(text)]
    return Source(id="c", title="公司紀事", text=text), mentions


def english_chronology(n: int) -> tuple[Source, list[TemporalMention]]:
    start = dt.date(2001, 3, 1)
    parts, mentions, pos = [], [], 0
    text = ""
    for i in range(n):
        d = start + dt.timedelta(days=i)
        date = f"{d.strftime('%B')} {d.day}, {d.year}"
        piece = f"on {date} Zeta Labs filed notice {i + 1}"
        if parts:
            text += "; "
        mentions.append(TemporalMention(len(text) + 3, len(text) + 3 + len(date), date, d.isoformat(), "day",
                                        lang="en"))
        text += piece
        parts.append(piece)
    del pos
    return Source(id="e", title="", text=text + ".", lang="en"), mentions


def _calls(src: Source, mentions: list[TemporalMention]) -> tuple[int, list]:
    count = 0

    def prof(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(prof)
    try:
        events = build_events([src], {src.id: mentions})
    finally:
        sys.setprofile(None)
    return count, events


def _exponent(make, small: int, large: int) -> tuple[float, list]:
    build_events(*[[x] for x in make(5)[:1]], {make(5)[0].id: make(5)[1]})  # warm caches (regexes, OpenCC)
    c1, _ = _calls(*make(small))
    c2, events = _calls(*make(large))
    return math.log(c2 / c1) / math.log(large / small), events


def test_chinese_chronology_paragraph_is_linear():
    k, events = _exponent(chronology, 150, 600)
    assert len(events) == 600  # one event per dated clause
    assert k < 1.25, k
    ev = events[10]
    assert ev.title.startswith("甲乙科技發布第11號公告"), ev.title
    assert "第11號" in ev.summary and "第12號" not in ev.summary  # the date's own statement


def test_english_chronology_paragraph_is_linear():
    k, events = _exponent(english_chronology, 150, 600)
    assert len(events) == 600
    assert k < 1.25, k
    assert "notice 11" in events[10].title
