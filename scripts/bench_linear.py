#!/usr/bin/env python3
"""Time per character of the whole ``timeline mentions`` path, from 10 KB to 10 MB, for several text shapes.

Usage: ``python scripts/bench_linear.py [--sizes 10000,100000,1000000,10000000] [--kinds prose,table,...]``

For each kind of text (prose in Chinese and English, a statistics table with one row per line, the same numbers on
one line, one line of ASCII digits, one line of full-width digits) it builds texts of each size, runs what
``timeline mentions`` runs (article splitting, date inference, extraction, event building) in this process and
prints microseconds per character and the ratio to the smallest size, all measured in the same run. A linear
extractor keeps the ratio near 1 (a quadratic one multiplies it by 10 for each tenfold size).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

_PROSE = (
    "2025年3月4日，港口管理局宣布擴建第二碼頭，預計明年下半年完工。",
    "The harbour board said on Tuesday that the second pier would open in the third quarter of 2027.",
    "去年11月，市政府曾表示，工程將在兩年內分三期進行，首期投資約12億元。",
    "In early 2024 the council approved a budget of 340 million for the first phase.",
    "据该局5月20日公布的数据，今年前四个月吞吐量同比增长7.5%。",
    "Two weeks ago the contractor asked for another 90 days; officials expect a decision by March 31.",
)


def prose(n: int, rng: random.Random) -> str:
    """Paragraphs of dated Chinese and English news sentences (written for this benchmark)."""
    out: list[str] = []
    size = 0
    while size < n:
        para = "".join(rng.choice(_PROSE) + ("" if rng.random() < 0.7 else " ") for _ in range(rng.randint(2, 6)))
        out.append(para)
        size += len(para) + 2
    return "\n\n".join(out)[:n]


def _numbers(n: int, rng: random.Random, row: int | None) -> str:
    cells: list[str] = []
    size = 0
    while size < n:
        cell = str(rng.randint(1, 99999)) if rng.random() < 0.8 else f"{rng.randint(0, 999)}.{rng.randint(0, 99)}"
        cells.append(cell)
        size += len(cell) + 1
    if row is None:
        return " ".join(cells)[:n]
    return "\n".join(" ".join(cells[i:i + row]) for i in range(0, len(cells), row))[:n]


def table(n: int, rng: random.Random) -> str:
    """A statistics table: ten numbers a line."""
    return _numbers(n, rng, 10)


def one_line_numbers(n: int, rng: random.Random) -> str:
    """The same numbers with no line break (a scraped page)."""
    return _numbers(n, rng, None)


def digits(n: int, rng: random.Random) -> str:
    """One line of ASCII digits."""
    return "".join(rng.choice("0123456789") for _ in range(n))


def fullwidth_digits(n: int, rng: random.Random) -> str:
    """One line of full-width digits."""
    return "".join(rng.choice("０１２３４５６７８９") for _ in range(n))


KINDS: dict[str, Callable[[int, random.Random], str]] = {
    "prose": prose, "table": table, "one-line-numbers": one_line_numbers, "digits": digits,
    "fullwidth-digits": fullwidth_digits,
}


def run_mentions(text: str) -> int:
    """What ``timeline mentions`` does with one file's text; the number of mentions."""
    from timeline.events import build_events
    from timeline.pipeline import process_document

    doc = process_document(text, path="bench.txt")
    build_events(doc.sources, doc.mentions)
    return sum(len(v) for v in doc.mentions.values())


def measure(text: str) -> float:
    """CPU seconds of one run (regex caches warm: the first call of the process is a warm-up)."""
    from timeline.temporal.engine import scan

    scan.cache_clear()
    t0 = time.process_time()
    run_mentions(text)
    return time.process_time() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000,10000000", help="characters, comma-separated")
    ap.add_argument("--kinds", default=",".join(KINDS), help="comma-separated: " + ", ".join(KINDS))
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    run_mentions(prose(2000, random.Random(0)))  # warm-up: regex compilation, tables
    print(f"{'kind':<18} {'chars':>11} {'seconds':>9} {'us/char':>9} {'ratio':>7}")
    for kind in args.kinds.split(","):
        base = None
        for n in sizes:
            text = KINDS[kind](n, random.Random(args.seed))
            s = measure(text)
            per = s / max(1, len(text)) * 1e6
            base = base or per
            print(f"{kind:<18} {len(text):>11,} {s:>9.3f} {per:>9.3f} {per / base:>7.2f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
