#!/usr/bin/env python3
"""Throughput of the temporal extractor against dateparser's ``search_dates``, in one process.

Usage: ``python scripts/bench_extract.py [CORPUS] [--repeat N] [--dateparser-chars N]``

Both run over the same articles (default: ``../shared/corpus/alibaba-news-2026.txt``). Ours runs as the
pipeline does (the file's article dates via ``infer_references``, then extraction), warmed up once, best of ``--repeat`` runs of
CPU time. dateparser runs ``search_dates(article, languages=["zh", "en"])`` per article (it is slow: by
default on the whole corpus; ``--dateparser-chars`` limits it to the first N characters of articles).
Prints characters per second for both and the ratio; targets: ours >= 1,000,000 chars/s and >= 20x.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "alibaba-news-2026.txt"


def _articles(path: Path) -> list[str]:
    from timeline.corpus import read_text, split_articles

    text = read_text(path)
    return [text[a.start:a.end] for a in split_articles(text)]


def bench_ours(articles: list[str], repeat: int) -> tuple[float, int]:
    from timeline.temporal import extract, infer_references
    from timeline.temporal.engine import scan

    def run() -> int:  # as timeline.pipeline.process_document: the file's article dates, then extraction
        dated = infer_references(articles)
        return sum(len(extract(body, d, day_known=k)) for body, (d, k) in zip(articles, dated, strict=True))

    run()  # warm-up: regex compilation, lunar tables
    best = float("inf")
    n = 0
    for _ in range(repeat):
        scan.cache_clear()
        t0 = time.process_time()
        n = run()
        best = min(best, time.process_time() - t0)
    return best, n


def bench_dateparser(articles: list[str], limit: int | None) -> tuple[float, int, int]:
    from dateparser.search import search_dates

    search_dates("2026年2月16日", languages=["zh", "en"])  # warm-up: language data
    chars = 0
    found = 0
    t0 = time.process_time()
    for body in articles:
        if limit is not None:
            if chars >= limit:
                break
            body = body[:limit - chars]
        chars += len(body)
        found += len(search_dates(body, languages=["zh", "en"]) or [])
    return time.process_time() - t0, chars, found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--dateparser-chars", type=int, default=None,
                    help="run dateparser on only this many characters (default: all)")
    args = ap.parse_args(argv)
    path = Path(args.corpus)
    if not path.exists():
        print(f"bench_extract: {path}: no such file", file=sys.stderr)
        return 2
    articles = _articles(path)
    total = sum(len(a) for a in articles)
    ours_t, ours_n = bench_ours(articles, args.repeat)
    dp_t, dp_chars, dp_n = bench_dateparser(articles, args.dateparser_chars)
    ours_cps = total / ours_t
    dp_cps = dp_chars / dp_t
    print(f"corpus: {path.name}, {len(articles)} articles, {total:,} characters")
    print(f"ours:       {ours_t * 1000:9.1f} ms  {ours_cps:14,.0f} chars/s  ({ours_n} mentions)")
    print(f"dateparser: {dp_t * 1000:9.1f} ms  {dp_cps:14,.0f} chars/s  ({dp_n} dates in {dp_chars:,} chars)")
    print(f"ratio:      {ours_cps / dp_cps:9.1f}x  (target >= 20x; ours target >= 1,000,000 chars/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
