"""The compact stores of issue 17's seventh pass read exactly as what they replace (docs/RELIABILITY.md):
a sentence's many dates as one flat array, a long text lowered a chunk at a time, a long text with nothing to
convert kept as it is, and an undated story's second probe pass kept as spans and values."""

from __future__ import annotations

import datetime as dt

from timeline.events.builder import PAIRS_FROM, _Pairs, _sentence_dates
from timeline.events.text import _LOWER_CHUNK, _lower, to_simplified
from timeline.pipeline import _PROBE_DATES, _Probe, _same_values, story_mentions
from timeline.temporal.engine import resolve_matches, scan


def test_pairs_read_as_the_tuple_of_pairs() -> None:
    pairs = tuple((i * 7, i * 7 + 5) for i in range(40))
    flat = _Pairs(pairs)
    assert len(flat) == len(pairs)
    assert list(flat) == list(pairs)
    assert all(flat[i] == pairs[i] for i in range(-len(pairs), len(pairs)))
    for s in (slice(3, 9), slice(None, 5), slice(30, None), slice(-4, None), slice(5, 2)):
        assert flat[s] == list(pairs[s])
    assert sorted(flat) == sorted(pairs)
    assert [a for a, _ in flat] == [a for a, _ in pairs]
    try:
        flat[len(pairs)]
    except IndexError:
        pass
    else:
        raise AssertionError("no IndexError past the end")


def test_a_sentence_of_many_dates_is_flat_and_a_short_one_a_tuple() -> None:
    from timeline.events.builder import _Context
    from timeline.events.gazetteer import default_gazetteer
    from timeline.events.keywords import default_keywords

    ctx = _Context(default_gazetteer(), default_keywords())
    few = [(1000 + 7 * i, 1005 + 7 * i) for i in range(PAIRS_FROM - 1)]
    many = [(1000 + 7 * i, 1005 + 7 * i) for i in range(PAIRS_FROM)]
    assert isinstance(_sentence_dates(ctx, few), tuple) and tuple(_sentence_dates(ctx, few)) == tuple(few)
    assert isinstance(_sentence_dates(ctx, many), _Pairs) and list(_sentence_dates(ctx, many)) == many


def test_a_long_text_lowers_a_chunk_at_a_time_to_the_same_string() -> None:
    unit = "Ab İstanbul ẞ straße ǅ Ωμέγα 阿里巴巴 Grüße "
    text = unit * (3 * _LOWER_CHUNK // len(unit))
    assert len(text) > _LOWER_CHUNK
    assert _lower(text) == text.lower()
    # a capital sigma reads its neighbours (word-final ς): such a text is lowered whole
    sigma = ("ΟΔΟΣ " * (_LOWER_CHUNK // 5 + 7))
    assert _lower(sigma) == sigma.lower()


def test_a_long_text_with_nothing_to_convert_is_returned_as_it_is() -> None:
    simplified = "阿里巴巴集团宣布新的投资计划。" * 1000
    assert to_simplified(simplified) is simplified
    traditional = "阿里巴巴集團宣布新的投資計畫。" * 1000
    out = to_simplified(traditional)
    assert out != traditional and len(out) == len(traditional) and "集团" in out and "投资" in out


def test_the_second_probe_kept_as_spans_and_values_compares_as_the_mentions() -> None:
    text = "公司在2014年3月5日宣布計畫，去年營收增長，本月底前完成，3月8日再議。The deal closed on Friday, May 4, 2021."
    folded, matches = scan(text)
    first = resolve_matches(text, folded, matches, _PROBE_DATES[0], True)
    second = resolve_matches(text, folded, matches, _PROBE_DATES[1], True)
    probe = _Probe(second)
    assert len(probe) == len(second)
    by_span = {(m.start, m.end): m.value for m in second}
    expected = [(m.start, m.end) not in by_span or by_span[(m.start, m.end)] == m.value for m in first]
    assert _same_values(first, probe) == expected
    got = {m.text: m.value for m in story_mentions(text, None, False)}
    assert got["2014年3月5日"] == "2014-03-05"
    assert got["去年"] is None  # told from the story's date, which is not known
    assert story_mentions(text, dt.date(2014, 3, 6), True)  # a dated story: the extractor as it is


def _fields(h) -> tuple:
    return (h.lastgroup, h.span(), h.taken(), h.folded)


def test_a_hit_table_reads_as_the_hits_of_the_scan() -> None:
    """The hits of a scan are held by column (:class:`~timeline.temporal.engine.HitTable`); each hit made on
    demand is the one a match makes, in every field, by iteration and by index, with or without the guards."""
    from timeline.temporal.engine import Hit, HitTable, _dispatch

    text = ("公司在2014年3月5日宣布計畫，去年營收增長，本月底前完成，3月8日至10日再議。2014年2014年。"
            "The deal closed on Friday, May 4, 2021, and from March 3 to April 5, 2024 nothing moved.")
    folded, hits = scan(text)
    assert isinstance(hits, HitTable)
    direct = [Hit(tag, rm, folded) for tag, rm in _dispatch().finditer(folded)]
    assert len(hits) == len(direct) > 5
    assert [_fields(h) for h in hits] == [_fields(h) for h in direct]
    assert [_fields(hits[i]) for i in range(len(hits))] == [_fields(h) for h in direct]
    assert [_fields(h) for h in hits[2:5]] == [_fields(h) for h in direct[2:5]]
    assert [h.span() for h in scan(text, False)[1]] == [h.span() for h in direct]  # (a rule's tag may differ)
    assert hits == hits and hits != scan(text + " ")[1] and hash(hits) == hash(scan(text)[1])  # the memo's one table


def test_a_statement_build_of_a_text_of_dates_holds_no_pair_per_mention() -> None:
    """The statements of a sentence of many dates read the same dates (as one flat array) as before the
    build stopped holding a (start, end) tuple and a (mention, span) tuple for every mention of the article."""
    from timeline.events import build_events
    from timeline.model import Source

    text = "2014年" * 400 + "。公司在2015年3月5日宣布計畫。"
    src = Source(id="d1a1", title="t", text=text)
    ms = story_mentions(text, None, False)
    events = build_events([src], {"d1a1": list(ms)})
    refs = [(r.start, r.end, r.value) for e in events for r in e.mentions]
    assert sorted(refs) == sorted((m.start, m.end, m.value) for m in ms if m.value is not None)
    again = build_events([src], {"d1a1": list(ms)}, release=True)
    assert [e.to_dict() for e in again] == [e.to_dict() for e in events]


def test_equal_small_word_bags_of_statements_are_one_object() -> None:
    """The statements of a chronology repeat the same words after each date: their equal bags are one
    ``Counter`` (:func:`~timeline.events.builder._shared_terms`), a bag of more terms stays its own, and the
    events are those of bags made apart."""
    from collections import Counter

    from timeline.events import builder
    from timeline.events.builder import SHARED_BAG_TERMS, _Context, _shared_terms, default_keywords
    from timeline.events.gazetteer import default_gazetteer

    ctx = _Context(default_gazetteer(), default_keywords())
    a, b = Counter({"公司": 1, "公告": 1}), Counter({"公告": 1, "公司": 1})
    assert _shared_terms(ctx, a) is a and _shared_terms(ctx, b) is a
    big = Counter({f"w{i}": 1 for i in range(SHARED_BAG_TERMS + 1)})
    assert _shared_terms(ctx, Counter(big)) is not _shared_terms(ctx, big)
    text = "大事記\n" + "；".join(f"20{10 + i % 9}年{1 + i % 12}月{1 + i % 27}日，公司發布公告" for i in range(60)) + "。\n"
    from timeline.model import Source

    src = Source(id="d1a1", title="t", text=text)
    ms = story_mentions(text, None, False)
    shared = [e.to_dict() for e in builder.build_events([src], {"d1a1": list(ms)})]
    kept = builder._shared_terms
    try:
        builder._shared_terms = lambda ctx, bag: bag  # type: ignore[assignment]
        apart = [e.to_dict() for e in builder.build_events([src], {"d1a1": list(ms)})]
    finally:
        builder._shared_terms = kept  # type: ignore[assignment]
    assert shared == apart and len(shared) > 10
