#!/usr/bin/env python3
"""Throughput of the temporal extractor against dateparser's ``search_dates``, in one process.

Usage: ``python scripts/bench_extract.py [CORPUS] [--rounds N] [--repeat N] [--dateparser-chars N]``

Both run over the same articles (default: ``../shared/corpus/alibaba-news-2026.txt``). Ours runs as the
pipeline does (the file's article dates via ``infer_references``, then extraction), warmed up once, timed in
CPU time. dateparser runs ``search_dates(article, languages=["zh", "en"])`` per article (it is slow: by
default on the whole corpus; ``--dateparser-chars`` limits it to the first N characters of articles).
The two are interleaved so that the load of a shared machine weighs on both alike: ``--rounds`` rounds, each
ours ``--repeat`` times (best kept) and then dateparser once. Prints characters per second for both (best
round, and the median round), the ratio of each round, and the ratio of the bests with the median round
ratio; targets: ours >= 1,000,000 chars/s and >= 20x.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "alibaba-news-2026.txt"


def _articles(path: Path) -> list[str]:
    from timeline.corpus import read_text, split_articles

    text = read_text(path)
    return [text[a.start:a.end] for a in split_articles(text)]


def _ours_runner(articles: list[str]) -> Callable[[], int]:
    from timeline.temporal import extract, infer_references

    def run() -> int:  # as timeline.pipeline.process_document: the file's article dates, then extraction
        dated = infer_references(articles)
        return sum(len(extract(body, d, day_known=k)) for body, (d, k) in zip(articles, dated, strict=True))

    return run


def bench_ours(articles: list[str], repeat: int) -> tuple[float, int]:
    """Best CPU time of ``repeat`` runs of ours (after a warm-up) and the number of mentions."""
    from timeline.temporal.engine import scan

    run = _ours_runner(articles)
    run()  # warm-up: regex compilation, lunar tables
    best = float("inf")
    n = 0
    for _ in range(repeat):
        scan.cache_clear()
        t0 = time.process_time()
        n = run()
        best = min(best, time.process_time() - t0)
    return best, n


def _dateparser_runner(articles: list[str], limit: int | None) -> Callable[[], tuple[int, int]]:
    from dateparser.search import search_dates

    def run() -> tuple[int, int]:
        chars = 0
        found = 0
        for body in articles:
            if limit is not None:
                if chars >= limit:
                    break
                body = body[:limit - chars]
            chars += len(body)
            found += len(search_dates(body, languages=["zh", "en"]) or [])
        return chars, found

    search_dates("2026年2月16日", languages=["zh", "en"])  # warm-up: language data
    return run


def bench_dateparser(articles: list[str], limit: int | None) -> tuple[float, int, int]:
    """CPU time of one run of dateparser, the characters it read and the dates it found."""
    run = _dateparser_runner(articles, limit)
    t0 = time.process_time()
    chars, found = run()
    return time.process_time() - t0, chars, found


def bench_interleaved(articles: list[str], rounds: int, repeat: int,
                      limit: int | None) -> tuple[list[float], list[float], int, int, int]:
    """``rounds`` rounds, each: ours ``repeat`` times (its best kept), then dateparser once, so that the load
    of a shared machine weighs on both tools alike. Returns the per-round CPU times of ours (best of the
    round) and of dateparser, our mentions, dateparser's characters and dates."""
    from timeline.temporal.engine import scan

    ours = _ours_runner(articles)
    theirs = _dateparser_runner(articles, limit)
    ours()  # warm-up: regex compilation, lunar tables
    ours_times: list[float] = []
    dp_times: list[float] = []
    n = chars = found = 0
    for _ in range(rounds):
        best = float("inf")
        for _ in range(repeat):
            scan.cache_clear()
            t0 = time.process_time()
            n = ours()
            best = min(best, time.process_time() - t0)
        ours_times.append(best)
        t0 = time.process_time()
        chars, found = theirs()
        dp_times.append(time.process_time() - t0)
    return ours_times, dp_times, n, chars, found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--repeat", type=int, default=5, help="runs of ours per round (best kept; default 5)")
    ap.add_argument("--rounds", type=int, default=3,
                    help="interleaved rounds: ours, then dateparser, in turn (default 3)")
    ap.add_argument("--dateparser-chars", type=int, default=None,
                    help="run dateparser on only this many characters (default: all)")
    args = ap.parse_args(argv)
    path = Path(args.corpus)
    if not path.exists():
        print(f"bench_extract: {path}: no such file", file=sys.stderr)
        return 2
    articles = _articles(path)
    total = sum(len(a) for a in articles)
    ours_ts, dp_ts, ours_n, dp_chars, dp_n = bench_interleaved(articles, args.rounds, args.repeat,
                                                               args.dateparser_chars)
    ours_cps = total / min(ours_ts)
    dp_cps = dp_chars / min(dp_ts)
    paired = sorted((total / o) / (dp_chars / d) for o, d in zip(ours_ts, dp_ts, strict=True))
    print(f"corpus: {path.name}, {len(articles)} articles, {total:,} characters; "
          f"{args.rounds} interleaved rounds (ours best of {args.repeat} per round, then dateparser once)")
    print(f"ours:       {min(ours_ts) * 1000:9.1f} ms  {ours_cps:14,.0f} chars/s  ({ours_n} mentions; "
          f"median round {total / statistics.median(ours_ts):,.0f} chars/s)")
    print(f"dateparser: {min(dp_ts) * 1000:9.1f} ms  {dp_cps:14,.0f} chars/s  ({dp_n} dates in {dp_chars:,} chars; "
          f"median round {dp_chars / statistics.median(dp_ts):,.0f} chars/s)")
    print(f"rounds:     {' '.join(f'{r:.1f}x' for r in paired)}  (ratio of each round, sorted)")
    print(f"ratio:      {ours_cps / dp_cps:9.1f}x  best of each; median round {statistics.median(paired):.1f}x  "
          "(target >= 20x; ours target >= 1,000,000 chars/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
