#!/usr/bin/env python3
"""Benchmark corpus-scale extraction: characters per second with 1 and N workers, and the serial merge.

    python scripts/bench_corpus.py [--articles 2000] [--jobs 2] [--repeat 3] [--per-file 20]

Generates a synthetic corpus (scripts/make_big_corpus.py) in a temporary folder, then measures

* document processing (reading, splitting, dating, temporal extraction) through
  :func:`timeline.pipeline.iter_documents` with 1 worker (the baseline, in-process) and with
  ``--jobs`` worker processes, interleaved runs; prints characters per second, the speed-up over the
  baseline, and the CPU time spent (so parallel overhead shows even when the machine is busy);
* the serial event building and merging in :func:`timeline.pipeline.assemble` on 1/4, 1/2 and all of
  the documents (at most ``--merge-max`` articles), with the growth exponent between sizes (1.0 =
  linear; about 2 = quadratic);
* peak resident memory of this process and of its worker processes.

Every figure is a ratio against a baseline measured in the same run, so the numbers can be compared
between machines; the script never fails on a slow result, it reports.
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from make_big_corpus import generate  # noqa: E402

from timeline.pipeline import assemble, iter_documents  # noqa: E402


def _best_of(repeat: int, fn):
    best, out = math.inf, None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024.0


class WorkerRssSampler:
    """Largest resident size seen among this process's descendants (workers), sampled from /proc.

    Worker processes started by a forkserver are not our direct children, so ``RUSAGE_CHILDREN``
    cannot see them; on systems without /proc the result stays 0.
    """

    def __init__(self, interval: float = 0.05) -> None:
        self.interval, self.peak_kb = interval, 0
        self.cpu_ticks: dict[int, int] = {}
        self.own_cpu = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> WorkerRssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = os.getpid()
        try:
            self._scan(me)
        finally:
            self.own_cpu = time.thread_time()   # the sampler's own CPU, to subtract from the parent's

    def _scan(self, me: int) -> None:
        while not self._stop.wait(self.interval):
            parent, rss = {}, {}
            for d in Path("/proc").glob("[0-9]*"):
                try:
                    status = (d / "status").read_text()
                except OSError:
                    continue
                fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
                parent[int(d.name)] = int(fields.get("PPid", "0"))
                rss[int(d.name)] = int(fields.get("VmRSS", "0 kB").split()[0])
            for pid in rss:
                p, depth = parent.get(pid), 0
                while p and p != me and depth < 6:
                    p, depth = parent.get(p), depth + 1
                if p == me and pid != me:
                    self.peak_kb = max(self.peak_kb, rss[pid])
                    try:
                        stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                        self.cpu_ticks[pid] = int(stat[11]) + int(stat[12])
                    except (OSError, IndexError, ValueError):
                        pass

    @property
    def cpu_seconds(self) -> float:
        """CPU time used by the descendants seen (last sample of each; slightly low)."""
        return sum(self.cpu_ticks.values()) / os.sysconf("SC_CLK_TCK")


def _spin(n: int) -> int:
    s = 0
    for i in range(n):
        s += i
    return s


def achievable_speedup(jobs: int, n: int = 4_000_000) -> float:
    """What ``jobs`` processes can gain on this machine right now: the same pure-CPU work run in one
    process and in ``jobs`` processes (other programs competing for the CPUs lower it)."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    t0 = time.perf_counter()
    for _ in range(jobs):
        _spin(n)
    t_serial = time.perf_counter() - t0
    with ProcessPoolExecutor(jobs, mp_context=mp.get_context("fork")) as pool:
        list(pool.map(_spin, [1000] * jobs))           # start the workers first
        t0 = time.perf_counter()
        list(pool.map(_spin, [n] * jobs))
        t_par = time.perf_counter() - t0
    return t_serial / t_par


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--per-file", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=2, help="workers for the parallel run (default 2)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is kept")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--merge-max", type=int, default=1000,
                    help="articles at most in the merge measurement (it may be superlinear); 0 = all")
    args = ap.parse_args(argv)
    worker_peak_kb = 0

    with tempfile.TemporaryDirectory(prefix="bench_corpus_") as tmp:
        t0 = time.perf_counter()
        files = generate(Path(tmp), args.articles, args.per_file, args.seed)
        gen_s = time.perf_counter() - t0
        print(f"corpus: {args.articles} articles in {len(files)} files (generated in {gen_s:.2f} s)")

        load0 = os.getloadavg()[0]
        t_serial: list[float] = []
        t_par: list[float] = []
        cpu_serial: list[float] = []
        cpu_par: list[float] = []
        serial = parallel = []
        for _ in range(args.repeat):   # interleaved, so a burst of load elsewhere hits both alike
            c0, w0 = time.process_time(), time.perf_counter()
            serial = list(iter_documents([tmp], jobs=1))
            t_serial.append(time.perf_counter() - w0)
            cpu_serial.append(time.process_time() - c0)
            with WorkerRssSampler() as sampler:
                c0, w0 = time.process_time(), time.perf_counter()
                parallel = list(iter_documents([tmp], jobs=args.jobs))
                t_par.append(time.perf_counter() - w0)
            cpu_par.append(time.process_time() - c0 - sampler.own_cpu + sampler.cpu_seconds)
            worker_peak_kb = max(worker_peak_kb, sampler.peak_kb)
        load1 = os.getloadavg()[0]
        chars = sum(r.text_length for r in serial)
        n_mentions = sum(len(v) for r in serial for v in r.mentions.values())
        same = [(s.id, s.date, len(r.mentions[s.id])) for r in serial for s in r.sources] == \
               [(s.id, s.date, len(r.mentions[s.id])) for r in parallel for s in r.sources]
        t1, tn = min(t_serial), min(t_par)

        print(f"{chars:,} characters, {n_mentions:,} mentions; best of {args.repeat} interleaved runs "
              f"(median in brackets)")
        print(f"{'workers':>8} {'seconds':>16} {'chars/s':>12} {'speed-up':>9} {'CPU s':>7}")
        print(f"{1:>8} {t1:>7.2f} ({statistics.median(t_serial):>6.2f}) {chars / t1:>12,.0f} {1.0:>9.2f} "
              f"{min(cpu_serial):>7.2f}")
        print(f"{args.jobs:>8} {tn:>7.2f} ({statistics.median(t_par):>6.2f}) {chars / tn:>12,.0f} {t1 / tn:>9.2f} "
              f"{min(cpu_par):>7.2f}")
        print(f"parallel results identical to serial: {same}")
        ach = achievable_speedup(args.jobs)
        print(f"achievable speed-up on this machine now (pure-CPU spin in {args.jobs} processes): {ach:.2f}; "
              f"extraction reaches {t1 / tn / ach:.0%} of it")
        print(f"CPU overhead of the parallel run (workers + parent vs 1 process): "
              f"{min(cpu_par) / max(min(cpu_serial), 1e-9):.2f}x")
        print(f"load average (1 min) before/after: {load0:.2f}/{load1:.2f} on {os.cpu_count()} CPUs"
              + ("  -- the machine is busy: speed-ups are understated" if max(load0, load1) > 0.5 else ""))

        print("\nserial merge (assemble: build_events over all documents; one run each)")
        print(f"{'documents':>10} {'articles':>9} {'seconds':>9} {'growth exponent':>16}")
        base = serial[:]
        if args.merge_max and sum(len(r.sources) for r in base) > args.merge_max:
            step = math.ceil(sum(len(r.sources) for r in base) / args.merge_max)
            base = base[::step]
        prev = None
        for frac in (4, 2, 1):
            part = base[::frac]  # interleaved, so every subset has the same language mix
            n_art = sum(len(r.sources) for r in part)
            w0 = time.perf_counter()
            tl = assemble(part)
            ta = time.perf_counter() - w0
            expo = f"{math.log(ta / prev[1]) / math.log(n_art / prev[0]):.2f}" if prev and prev[1] > 0 else "-"
            print(f"{len(part):>10} {n_art:>9} {ta:>9.3f} {expo:>16}")
            prev = (n_art, ta)
        print(f"events: {len(tl.events):,} (exponent 1 = linear; about 2 = quadratic)")
        if prev[0] < sum(len(r.sources) for r in serial):
            n_all = sum(len(r.sources) for r in serial)
            print(f"(merge measured on {prev[0]} of the {n_all} articles: --merge-max)")

    print(f"\npeak RSS: main process {_rss_mb(resource.RUSAGE_SELF):.0f} MB, "
          f"largest worker {worker_peak_kb / 1024:.0f} MB (sampled)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
