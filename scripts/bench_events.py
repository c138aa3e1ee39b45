#!/usr/bin/env python3
"""Benchmark of event building: throughput and how it grows with the corpus.

usage: scripts/bench_events.py [CORPUS] [--copies 1,4,16]

Runs the recognizer once, then builds events over 1, 4, 16... copies of the corpus's articles (each copy a
new set of sources) and prints characters per second and the time ratio against the single copy, next to the
size ratio: the two ratios staying close means event building and merging grow linearly. Also prints the
time of one actor-gazetteer scan over the whole converted text.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.corpus import read_text  # noqa: E402
from timeline.events import build_events, default_gazetteer  # noqa: E402
from timeline.events.text import to_simplified  # noqa: E402
from timeline.pipeline import process_document  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "alibaba-news-2026.txt"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--copies", default="1,4,16")
    args = ap.parse_args(argv)
    text = read_text(args.corpus)
    doc = process_document(text)
    build_events(doc.sources, doc.mentions)  # warm caches (OpenCC table, regexes)
    norm = to_simplified(text)
    t0 = time.perf_counter()
    hits = default_gazetteer().find(norm)
    scan = time.perf_counter() - t0
    print(f"gazetteer scan: {len(hits)} actor mentions in {len(text):,} chars, {scan * 1000:.1f} ms")
    base = None
    for n in (int(x) for x in args.copies.split(",")):
        sources, mentions = [], {}
        for k in range(n):
            for s in doc.sources:
                s2 = dataclasses.replace(s, id=f"{s.id}c{k}")
                sources.append(s2)
                mentions[s2.id] = doc.mentions[s.id]
        chars = sum(len(s.text) for s in sources)
        t0 = time.perf_counter()
        events = build_events(sources, mentions)
        dt = time.perf_counter() - t0
        base = base or (dt, chars)
        print(f"{n:>3} copies: {chars:>10,} chars {len(events):>6} events {dt:7.2f} s "
              f"{chars / dt:>10,.0f} chars/s  time x{dt / base[0]:.1f} for size x{chars / base[1]:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
