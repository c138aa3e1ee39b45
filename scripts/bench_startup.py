#!/usr/bin/env python3
"""Where the time of one ``timeline extract`` goes, against a baseline measured in the same run.

Usage: ``python scripts/bench_startup.py [CORPUS] [--baseline DIR] [--runs N] [--bytecode on|off]``

``--baseline DIR`` is another source tree of this package (for instance ``git archive main | tar -x -C DIR``);
without it only this tree is measured. The trees are run alternately, ``--runs`` times each, so that the load
of a shared machine weighs on both alike. Each run is a fresh process. Two kinds of runs:

* the whole command, ``python -m timeline extract CORPUS -o TMP`` (wall time, and the CPU time of the child);
* the same work in phases, timed inside one process (wall and CPU): interpreter start (``python -c pass``,
  a process of its own), the package's imports, the date rules' setup (``engine._dispatch``: compiling the
  rule patterns), dating the articles (reading, article dates, mentions), jieba's setup, pypinyin's setup,
  building the events, writing the project file. jieba and pypinyin are set up explicitly before the events
  so that their cost is told apart (in a normal run they are set up on first use, inside the events); a
  setup a tree does not have (an older tree) counts as 0 and moves into the events.

Prints, for each measure, the best and the median of each tree and the ratio of the medians (this tree /
baseline), with the load average before and after. ``--bytecode on`` runs with the modules' bytecode cached
(as an installed package has it: a private ``PYTHONPYCACHEPREFIX``, filled by a first run that is not
counted); ``off`` (the default when ``PYTHONDONTWRITEBYTECODE`` is set, as in this sandbox) compiles every
module of ours from source in every run. Not a test: timings depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "alibaba-news-2026.txt"

_PHASES = """
import json, sys, time
T = {}
w0, c0 = time.perf_counter(), time.process_time()
def mark(name):
    global w0, c0
    w, c = time.perf_counter(), time.process_time()
    T[name] = (w - w0, c - c0)
    w0, c0 = w, c
import timeline.cli, timeline.pipeline, timeline.events, timeline.io
from pathlib import Path
mark("imports")
from timeline.temporal import engine
engine._dispatch()
mark("date rules setup")
from timeline.corpus import iter_corpus_files
from timeline.pipeline import assemble, iter_documents
files = list(iter_corpus_files([sys.argv[1]]))
results = list(iter_documents(files))
mark("dating articles")
from timeline.events import segment
segment._jieba()
mark("jieba setup")
try:
    from timeline.events import pinyin
    pinyin._pypinyin()
except ImportError:  # an older tree: pypinyin is imported inside the events
    pass
mark("pypinyin setup")
tl = assemble(iter(results), title="bench")
mark("events")
from timeline.io import export_timeline
export_timeline(tl, Path(sys.argv[2]), "project", inputs=[sys.argv[1]], force=True)
mark("write")
print(json.dumps(T))
"""


def _env(tree: Path, bytecode: bool, prefix: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = prefix
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    return env


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall and CPU seconds (user + system of the child) of ``cmd``, and its output."""
    before = os.times()
    t = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=tempfile.gettempdir())
    wall = time.perf_counter() - t
    after = os.times()
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {done.stderr.strip()[-500:]}")
    return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system), \
        done.stdout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--baseline", type=Path, default=None, help="another source tree of the package")
    ap.add_argument("--runs", type=int, default=7, help="runs of each kind per tree (default 7)")
    ap.add_argument("--bytecode", choices=("on", "off"),
                    default="off" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "on")
    args = ap.parse_args(argv)
    corpus = str(Path(args.corpus).resolve())
    trees = {"this": REPO, **({"baseline": args.baseline.resolve()} if args.baseline else {})}
    out_dir = tempfile.mkdtemp(prefix="bench-startup-")
    out = os.path.join(out_dir, "out.timeline.json")
    bytecode = args.bytecode == "on"
    # one bytecode cache per tree: the two trees hold modules of the same names
    envs = {name: _env(tree, bytecode, os.path.join(out_dir, f"pyc-{name}")) for name, tree in trees.items()}
    extract = [sys.executable, "-m", "timeline", "extract", corpus, "-o", out, "--force"]
    phases = [sys.executable, "-c", _PHASES, corpus, out]
    for env in envs.values():  # not counted: fills the bytecode caches, makes jieba's and pypinyin's copies
        _timed(extract, env)
    load = os.getloadavg()
    got: dict[str, dict[str, list[tuple[float, float]]]] = {name: {} for name in trees}
    for _ in range(args.runs):
        for name in trees:
            env = envs[name]
            rows = got[name]
            wall, cpu, _ = _timed([sys.executable, "-c", "pass"], env)
            rows.setdefault("interpreter start", []).append((wall, cpu))
            _, _, text = _timed(phases, env)
            for phase, (w, c) in json.loads(text).items():
                rows.setdefault(phase, []).append((w, c))
            wall, cpu, _ = _timed(extract, env)
            rows.setdefault("whole extract command", []).append((wall, cpu))
    load_after = os.getloadavg()
    print(f"corpus {corpus}; {args.runs} runs per tree, alternated; bytecode {args.bytecode}; "
          f"load average {load[0]:.1f} before, {load_after[0]:.1f} after; {time.strftime('%Y-%m-%d %H:%M')}")
    names = list(trees)
    head = f"{'measure':24s}" + "".join(f" | {n + ' wall best/median':>26s} {'cpu best/median':>16s}" for n in names)
    print(head + (" | ratio wall, cpu (medians)" if len(names) > 1 else ""))
    for measure in got["this"]:
        line = f"{measure:24s}"
        med = {}
        for n in names:
            vals = got[n].get(measure, [(0.0, 0.0)])
            w = [v[0] for v in vals]
            c = [v[1] for v in vals]
            med[n] = (statistics.median(w), statistics.median(c))
            line += f" | {min(w):12.3f} / {med[n][0]:.3f} s {min(c):7.3f} / {med[n][1]:.3f}"
        if len(names) > 1:
            b = med["baseline"]
            ratio = [f"{med['this'][i] / b[i]:.2f}" if b[i] > 0.0005 else "-" for i in (0, 1)]
            line += f" | {ratio[0]}, {ratio[1]}"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
