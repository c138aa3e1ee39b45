#!/usr/bin/env python3
"""Benchmark of event building: throughput and how it grows with the corpus and with one article's size.

usage: scripts/bench_events.py [CORPUS] [--copies 1,4,16] [--mentions 750,1500,3000]
                               [--articles 1000,2000,4000] [--skip-copies]

Three scaling checks, each printing time ratios against its first (smallest) size next to the size ratio:
the two ratios staying close means the step grows linearly (quadratic growth shows as time x4 for size x2).

* ``--copies``: the recognizer runs once on CORPUS, then events are built over 1, 4, 16... copies of its
  articles (each copy a new set of sources). Also prints one actor-gazetteer scan over the converted text.
* ``--mentions``: one article repeating a dated sentence (three dates each) until it holds N mentions,
  with the merge candidates examined (the within-article merge used to compare every pair).
* ``--articles``: a synthetic corpus from ``scripts/make_big_corpus.py`` (largest N generated once into a
  temporary folder, recognizer untimed), events built over its first N articles; shows the cross-article
  candidate count per event.

Times are CPU seconds of this process (``time.process_time``), so other work on the machine disturbs them
less than wall-clock time; wall-clock seconds are shown next to them. Empty lists skip a check.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timeline.corpus import read_text  # noqa: E402
from timeline.events import build_events, default_gazetteer  # noqa: E402
from timeline.events.builder import build_events_counted  # noqa: E402
from timeline.events.text import to_simplified  # noqa: E402
from timeline.pipeline import process_document  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "alibaba-news-2026.txt"
SENTENCE = "公司於2026年2月5日發布新模型，並在去年9月開始準備，預計今年第三季度上市。"


def _sizes(spec: str) -> list[int]:
    return [int(x) for x in spec.split(",") if x.strip()]


def _timed(sources, mentions):
    w0, c0 = time.perf_counter(), time.process_time()
    events, compared = build_events_counted(sources, mentions)
    return events, compared, time.process_time() - c0, time.perf_counter() - w0


class _Growth:
    """Prints one line per size with the time ratio against the first size."""

    def __init__(self) -> None:
        self.base: tuple[float, float] | None = None
        self.prev: tuple[float, float] | None = None

    def line(self, label: str, size: float, cpu: float, wall: float, extra: str = "") -> None:
        cpu = max(cpu, 1e-6)
        self.base = self.base or (cpu, size)
        step = f"  step x{cpu / self.prev[0]:.2f} for x{size / self.prev[1]:.2f}" if self.prev else ""
        self.prev = (cpu, size)
        print(f"{label}  cpu {cpu:7.2f} s  wall {wall:7.2f} s  {extra}  "
              f"time x{cpu / self.base[0]:.2f} for size x{size / self.base[1]:.2f}{step}", flush=True)


def bench_copies(corpus: str, copies: list[int]) -> None:
    text = read_text(corpus)
    doc = process_document(text)
    build_events(doc.sources, doc.mentions)  # warm caches (OpenCC table, regexes)
    norm = to_simplified(text)
    t0 = time.perf_counter()
    hits = default_gazetteer().find(norm)
    scan = time.perf_counter() - t0
    print(f"gazetteer scan: {len(hits)} actor mentions in {len(text):,} chars, {scan * 1000:.1f} ms")
    growth = _Growth()
    for n in copies:
        sources, mentions = [], {}
        for k in range(n):
            for s in doc.sources:
                s2 = dataclasses.replace(s, id=f"{s.id}c{k}")
                sources.append(s2)
                mentions[s2.id] = doc.mentions[s.id]
        chars = sum(len(s.text) for s in sources)
        events, _, cpu, wall = _timed(sources, mentions)
        growth.line(f"{n:>4} copies: {chars:>10,} chars {len(events):>6} events", chars, cpu, wall,
                    f"{chars / wall:>10,.0f} chars/s")


def bench_mentions(sizes: list[int]) -> None:
    print(f"one article repeating {SENTENCE!r}")
    growth = _Growth()
    for n in sizes:
        reps = max(1, n // 3)
        doc = process_document("標題\n" + SENTENCE * reps)
        count = sum(len(v) for v in doc.mentions.values())
        events, compared, cpu, wall = _timed(doc.sources, doc.mentions)
        pairs = sum(compared.values())
        growth.line(f"{count:>6} mentions {len(events):>3} events", count, cpu, wall,
                    f"{pairs:>8,} candidate pairs ({pairs / max(count, 1):.1f}/mention)")


def bench_articles(sizes: list[int]) -> None:
    import make_big_corpus

    with tempfile.TemporaryDirectory() as tmp:
        files = make_big_corpus.generate(Path(tmp), max(sizes))
        sources, mentions = [], {}
        for i, f in enumerate(files):
            doc = process_document(read_text(f), path=str(f))
            for s in doc.sources:
                s2 = dataclasses.replace(s, id=f"f{i}:{s.id}")
                sources.append(s2)
                mentions[s2.id] = doc.mentions[s.id]
    print(f"synthetic corpus: {len(sources)} articles")
    growth = _Growth()
    for n in sizes:
        part = sources[:n]
        events, compared, cpu, wall = _timed(part, {s.id: mentions[s.id] for s in part})
        growth.line(f"{n:>6} articles {len(events):>6} events", n, cpu, wall,
                    f"{compared['across']:>8,} cross-article pairs ({compared['across'] / max(len(events), 1):.1f}/event)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--copies", default="1,4,16")
    ap.add_argument("--mentions", default="750,1500,3000")
    ap.add_argument("--articles", default="1000,2000,4000")
    ap.add_argument("--skip-copies", action="store_true", help="no corpus-copies check (no CORPUS needed)")
    args = ap.parse_args(argv)
    if not args.skip_copies and _sizes(args.copies):
        bench_copies(args.corpus, _sizes(args.copies))
    if _sizes(args.mentions):
        bench_mentions(_sizes(args.mentions))
    if _sizes(args.articles):
        bench_articles(_sizes(args.articles))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
