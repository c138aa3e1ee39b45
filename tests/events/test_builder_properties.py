"""Invariants of event building on arbitrary text and mentions (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.events import build_events
from timeline.model import Source, TemporalMention

PIECES = ["阿里巴巴", "收購", "，", "。", "今年", "2014年", "上市", "Alibaba", " went public ", ".", "\n", "（", "）",
          "截至", "以來", "字節跳動", "春節", "《", "》", "2025", "的", "蔡崇信", "加入", "IPO", ";", "、"]
VALUES = [("2014", "year"), ("2014-09", "month"), ("2014-09-19", "day"), ("2026", "year"), ("201X", "decade"),
          ("2025-Q3", "quarter"), ("2025-11-27/2026-02-05", "day"), (None, "day"), ("2026-02-30", "day")]


@st.composite
def documents(draw):
    n_src = draw(st.integers(1, 3))
    sources, mentions = [], {}
    for k in range(n_src):
        text = "".join(draw(st.lists(st.sampled_from(PIECES), min_size=0, max_size=40)))
        src = Source(id=f"s{k}", title=text.split("\n", 1)[0][:10], text=text)
        ms = []
        for _ in range(draw(st.integers(0, 6))):
            if not text:
                break
            a = draw(st.integers(0, len(text) - 1))
            b = draw(st.integers(a + 1, min(len(text), a + 8)))
            value, gran = draw(st.sampled_from(VALUES))
            mod = draw(st.sampled_from([None, None, "START", "END", "APPROX", "BEFORE", "AFTER"]))
            ms.append(TemporalMention(a, b, text[a:b], value, gran, mod, draw(st.booleans())))
        sources.append(src)
        mentions[src.id] = ms
    return sources, mentions


@settings(max_examples=150, deadline=None)
@given(documents())
def test_events_are_well_formed(doc):
    sources, mentions = doc
    events = build_events(sources, mentions)
    smap = {s.id: s for s in sources}
    ids = [e.id for e in events]
    assert len(ids) == len(set(ids))
    seen = set()
    for e in events:
        assert e.mentions and e.kind in ("event", "reference", "statement")
        assert 0 < e.confidence <= 1
        assert e.time.start <= e.time.end
        for r in e.mentions:
            key = (r.source_id, r.start, r.end)
            assert key not in seen  # a mention is in one event at most
            seen.add(key)
            text = smap[r.source_id].text
            assert text[r.start:r.end] == r.text
            assert r.sentence_start <= r.start and r.end <= r.sentence_end <= len(text)
    starts = [(e.time.start, e.time.end) for e in events]
    assert starts == sorted(starts)
