"""Event grouping measured on gold mentions: the builder judged apart from the recognizer.

Contract
--------
:func:`events_from_gold` splits the corpus into articles, turns every located gold record with a value
into a :class:`~timeline.model.TemporalMention` (offsets made relative to its article) and runs
:func:`~timeline.events.build_events`; :func:`prediction_records` gives the FORMAT.md records with the
resulting event ids, and :func:`gold_merge_scores` scores them with :func:`timeline.evaluation.score`.
"""

from __future__ import annotations

import json
from pathlib import Path

from timeline.corpus import read_text, split_articles
from timeline.evaluation import Scores, score
from timeline.events.builder import build_events
from timeline.model import Event, Source, TemporalMention


def gold_records(gold_path: str | Path) -> list[dict]:
    with open(gold_path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def events_from_gold(corpus_path: str | Path, gold: list[dict]
                     ) -> tuple[list[Source], dict[str, list[TemporalMention]], list[Event]]:
    """Sources of the corpus, mentions made from the gold records, and the events built from them."""
    text = read_text(corpus_path)
    sources: list[Source] = []
    mentions: dict[str, list[TemporalMention]] = {}
    for art in split_articles(text):
        sid = f"a{art.index}"
        sources.append(Source(id=sid, title=art.title, text=text[art.start:art.end], offset=art.start,
                              index=art.index))
        mentions[sid] = []
    by_index = {s.index: s for s in sources}
    for g in gold:
        article = g.get("article")
        src = by_index.get(article) if isinstance(article, int) else None
        if src is None or not isinstance(g.get("start"), int) or g.get("value") is None:
            continue
        a, b = g["start"] - src.offset, g["end"] - src.offset
        if src.text[a:b] != g.get("mention"):
            continue
        mentions[src.id].append(TemporalMention(a, b, g["mention"], g["value"], g.get("granularity", "day"),
                                                g.get("mod"), bool(g.get("relative")), g.get("lang", "zh")))
    return sources, mentions, build_events(sources, mentions)


def prediction_records(sources: list[Source], mentions: dict[str, list[TemporalMention]],
                       events: list[Event]) -> list[dict]:
    """FORMAT.md-style records (file offsets) with the event id of each mention (``None`` if in none)."""
    event_of = {}
    for ev in events:
        if ev.kind == "event":
            for r in ev.mentions:
                event_of[(r.source_id, r.start, r.end)] = ev.id
    out = []
    for src in sources:
        for m in mentions.get(src.id, []):
            out.append({"start": src.offset + m.start, "end": src.offset + m.end, "mention": m.text,
                        "value": m.value, "granularity": m.granularity, "mod": m.mod, "article": src.index,
                        "event": event_of.get((src.id, m.start, m.end))})
    return out


def gold_merge_scores(corpus_path: str | Path, gold_path: str | Path, articles_path: str | Path | None = None
                      ) -> tuple[Scores, list[dict], list[Event]]:
    gold = gold_records(gold_path)
    sources, mentions, events = events_from_gold(corpus_path, gold)
    ranges = None
    if articles_path:
        ranges = [(a["start"], a["end"]) for a in json.loads(Path(articles_path).read_text(encoding="utf-8"))]
    preds = prediction_records(sources, mentions, events)
    return score(gold, preds, ranges), preds, events
