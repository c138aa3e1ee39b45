#!/usr/bin/env python3
"""Time and peak memory per character of the whole extraction, for several input shapes and sizes.

    python scripts/bench_memory.py                      # 10 KB .. 1 MB, every shape
    python scripts/bench_memory.py --quick              # 10 KB and 100 KB
    python scripts/bench_memory.py --sizes 10K,1M,10M,60M --shapes prose,stories --timeout 3600

Each run is a fresh subprocess that reads one generated file and runs ``timeline extract`` on it
(read, split into stories, date, extract, build events, save the project to a temporary folder);
the child reports its wall time and ``ru_maxrss`` (peak resident memory). The child's address space is
limited (``--limit-gb``, default 8: ``RLIMIT_AS``), so a run that would need more stops with a
``MemoryError`` (printed as ``over N GB``) instead of pushing a shared machine into swap.

Columns: ``µs/char`` wall time per character; ``peak MB`` the child's peak RSS; ``MB over base`` that
minus the peak of the same child on a 200-byte input (the interpreter, imports, rule tables);
``B/char`` and ``B/B`` that over the input's characters and bytes (``B/B`` is the documented bound in
docs/RELIABILITY.md); ``t-ratio`` and ``m-ratio`` time per character and memory per character over those
of the smallest size of the shape measured in the same run (1 = linear; a time ratio below 1 is start-up
cost spread over more text); ``t-exp`` and ``m-exp`` the growth exponents from the previous size.

Shapes (all text generated here, nothing from any corpus):

``prose``        news-like paragraphs in Chinese and English, a date every sentence or two;
``chronology``   one paragraph of dated clauses separated by ``；`` (a 大事記);
``digits``       a table of digit rows with a date column;
``years``        ``2014年`` repeated (one mention every five characters: the densest case);
``stories``      a ``.jsonl`` collection of one-line stories of about 60 bytes (a million of them at 60 MB).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHAPES = ("prose", "chronology", "digits", "years", "stories")

_ZH = ["公司董事會在{d}宣布新的投資計畫，並表示將擴大研發。", "分析師指出，市場需求在過去數月明顯回升。",
       "該集團於{d}完成收購，交易金額未披露。", "監管機構表示會持續關注相關進展。"]
_EN = ["The company said on {d} that it would expand its research budget.", "Analysts expect demand to recover.",
       "The deal, announced {d}, has not been priced.", "Regulators said they would keep watching."]
CHILD = r"""
import json, resource, sys, time
limit = int(sys.argv[3])
if limit > 0:
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
t0 = time.perf_counter()
from timeline.cli import main
code = main(["extract", sys.argv[1], "-o", sys.argv[2]])
print(json.dumps({"code": code, "seconds": time.perf_counter() - t0,
                  "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def parse_size(s: str) -> int:
    s = s.strip().upper()
    mult = {"K": 1000, "M": 1000_000, "G": 1000_000_000}.get(s[-1:], 1)
    return int(float(s[:-1] if s[-1:] in "KMG" else s) * mult)


def _day(rnd: random.Random) -> dt.date:
    return dt.date(1995, 1, 1) + dt.timedelta(days=rnd.randrange(11000))


def generate(shape: str, size: int, path: Path, seed: int = 1) -> Path:
    """Write about ``size`` bytes (UTF-8) of ``shape`` to ``path`` (``.jsonl`` for stories)."""
    rnd = random.Random(seed)
    parts: list[str] = []
    n = 0
    if shape == "years":
        unit = "2014年"
        path.write_text(unit * max(1, size // len(unit.encode())), encoding="utf-8")
        return path
    if shape == "stories":
        path = path.with_suffix(".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            i = 0
            while n < size:
                d = _day(rnd)
                line = json.dumps({"title": str(i), "text": f"公司{d.year}年{d.month}月{d.day}日發布。"},
                                  ensure_ascii=False, separators=(",", ":")) + "\n"
                f.write(line)
                n += len(line.encode())
                i += 1
        return path
    if shape == "chronology":
        parts.append("大事記\n")
        while n < size:
            d = _day(rnd)
            s = f"{d.year}年{d.month}月{d.day}日，公司發布公告；"
            parts.append(s)
            n += len(s.encode())
        parts.append("。\n")
    elif shape == "digits":
        parts.append("日期 代碼 數量 金額 比率\n")
        while n < size:
            d = _day(rnd)
            s = (f"{d.isoformat()} {rnd.randrange(10**6):06d} {rnd.randrange(10**4)} "
                 f"{rnd.randrange(10**7)}.{rnd.randrange(100):02d} {rnd.random():.4f}\n")
            parts.append(s)
            n += len(s.encode())
    elif shape == "prose":
        while n < size:
            zh = rnd.random() < 0.5
            d = _day(rnd)
            ds = f"{d.year}年{d.month}月{d.day}日" if zh else d.strftime("%B %d, %Y").replace(" 0", " ")
            para = " ".join(rnd.choice(_ZH if zh else _EN).format(d=ds) for _ in range(rnd.randint(3, 8)))
            s = para + "\n\n"
            parts.append(s)
            n += len(s.encode())
    else:
        raise SystemExit(f"unknown shape {shape!r}; choose from {', '.join(SHAPES)}")
    path.write_text("".join(parts), encoding="utf-8")
    return path


def run_child(path: Path, out: Path, timeout: float, limit: int = 0) -> dict:
    """Run ``timeline extract`` on ``path`` in a fresh process with at most ``limit`` bytes of address space
    (0: no limit); its seconds and peak RSS, or ``timeout`` / ``over_limit`` / ``error``."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    try:
        res = subprocess.run([sys.executable, "-c", CHILD, str(path), str(out), str(limit)], capture_output=True,
                             text=True, timeout=timeout, env=env, cwd=REPO)
    except subprocess.TimeoutExpired:
        return {"timeout": True}
    try:
        return json.loads(res.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        err = res.stderr.strip().splitlines()[-1] if res.stderr.strip() else "no output"
        return {"over_limit": True} if "MemoryError" in err or "out of memory" in err else {"error": err}


def measure(shape: str, size: int, tmp: Path, timeout: float, limit: int = 0) -> dict:
    """One run: the generated file's size and characters, seconds and peak RSS (see module docstring)."""
    path = generate(shape, size, tmp / f"{shape}-{size}.txt")
    nbytes = path.stat().st_size
    chars = len(path.read_text(encoding="utf-8"))
    r = run_child(path, tmp / "out.timeline.json", timeout, limit)
    path.unlink()
    return {"shape": shape, "bytes": nbytes, "chars": chars, **r}


def exponent(a: float, b: float, na: int, nb: int) -> float | None:
    if a <= 0 or b <= 0 or na == nb:
        return None
    return math.log(b / a) / math.log(nb / na)


def _num(v: float | None, fmt: str = ".2f") -> str:
    return "" if v is None else format(v, fmt)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10K,100K,1M", help="comma-separated sizes in bytes (K, M suffixes)")
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--quick", action="store_true", help="10K and 100K only")
    ap.add_argument("--timeout", type=float, default=900.0, help="seconds per run")
    ap.add_argument("--limit-gb", type=float, default=8.0,
                    help="address-space limit of each run in GB (0: none); a run over it is reported, not swapped")
    ap.add_argument("--json", action="store_true", help="print one JSON object per run")
    args = ap.parse_args(argv)
    sizes = [10_000, 100_000] if args.quick else [parse_size(s) for s in args.sizes.split(",") if s.strip()]
    shapes = [s.strip() for s in args.shapes.split(",") if s.strip()]
    limit = int(args.limit_gb * 2**30)
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as d:
        tmp = Path(d)
        base = run_child(generate("prose", 200, tmp / "base.txt"), tmp / "out.timeline.json", args.timeout, limit)
        base_mb = base.get("rss_kb", 0) / 1024
        print(f"base: {base_mb:.0f} MB peak for a 200-byte input (interpreter, imports, rule tables)")
        print(f"{'shape':<11} {'bytes':>11} {'chars':>11} {'seconds':>8} {'µs/char':>8} {'peak MB':>8} "
              f"{'MB over base':>12} {'B/char':>7} {'B/B':>6} {'t-ratio':>7} {'m-ratio':>7} {'t-exp':>6} {'m-exp':>6}")
        for shape in shapes:
            prev: dict | None = None
            first: dict | None = None
            for size in sizes:
                r = measure(shape, size, tmp, args.timeout, limit)
                if args.json:
                    print(json.dumps(r))
                if "seconds" not in r:
                    why = ("timeout" if r.get("timeout") else f"over {args.limit_gb:g} GB" if r.get("over_limit")
                           else r.get("error", "?"))
                    print(f"{shape:<11} {r['bytes']:>11,} {r['chars']:>11,} {why}", flush=True)
                    prev = None
                    continue
                peak = r["rss_kb"] / 1024
                over = max(0.0, peak - base_mb)
                t_char, m_char = r["seconds"] / r["chars"], over * 2**20 / r["chars"]
                te = me = None
                if prev is not None:
                    te = exponent(prev["seconds"], r["seconds"], prev["chars"], r["chars"])
                    me = exponent(prev["over"], over, prev["bytes"], r["bytes"]) if prev["over"] > 5 else None
                cur = {**r, "over": over, "t_char": t_char, "m_char": m_char}
                first = first or cur
                tr = t_char / first["t_char"] if first["t_char"] > 0 else None
                mr = m_char / first["m_char"] if first["m_char"] > 0 and first["over"] > 5 else None
                print(f"{shape:<11} {r['bytes']:>11,} {r['chars']:>11,} {r['seconds']:>8.2f} "
                      f"{t_char * 1e6:>8.1f} {peak:>8.0f} {over:>12.0f} {m_char:>7.0f} "
                      f"{over * 2**20 / r['bytes']:>6.0f} {_num(tr):>7} {_num(mr):>7} {_num(te):>6} {_num(me):>6}",
                      flush=True)
                prev = cur
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
