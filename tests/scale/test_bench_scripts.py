"""The benchmark scripts keep working as the code they drive changes (tiny sizes; no timing asserted)."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, mod)
    spec.loader.exec_module(mod)
    return mod


def test_synthetic_viewer_timeline_has_the_documented_mix():
    tl = _load("bench_viewer").build_timeline(4000, seed=1)
    assert len(tl.events) == 4000
    gran = Counter(e.time.granularity for e in tl.events)
    assert abs(gran["day"] / 4000 - 0.60) < 0.03
    assert abs(gran["month"] / 4000 - 0.25) < 0.03
    assert abs(gran["year"] / 4000 - 0.10) < 0.02
    assert abs(gran["quarter"] / 4000 - 0.05) < 0.015
    assert 0.05 < sum(e.time.mod == "APPROX" for e in tl.events) / 4000 < 0.11
    assert len({e.actors[0] for e in tl.events}) == 50
    first, last = tl.time_range()
    assert 29 <= (last - first).days / 365.25 <= 31
    assert any("\u4e00" <= ch <= "\u9fff" for e in tl.events[:50] for ch in e.title)
    assert any(e.title.isascii() for e in tl.events[:50])


def test_viewer_benchmark_runs_on_a_small_timeline(qtbot):
    pytest.importorskip("gui.canvas")
    r = _load("bench_viewer").measure(300, steps=4, width=800, height=500)
    assert r["n"] == 300 and r["load_s"] > 0
    for k in ("full_pan", "full_zoom", "zoomed_pan", "zoomed_zoom"):
        assert r[f"{k}_median_ms"] > 0 and r[f"{k}_p95_ms"] >= r[f"{k}_median_ms"]


def test_corpus_benchmark_runs_on_a_small_corpus(capsys):
    _load("bench_corpus").main(["--articles", "30", "--per-file", "5", "--repeat", "1", "--merge-max", "20"])
    out = capsys.readouterr().out
    assert "parallel results identical to serial: True" in out
    assert "growth exponent" in out


def test_linear_benchmark_and_import_fuzzer_run_at_tiny_sizes(capsys):
    assert _load("bench_linear").main(["--sizes", "2000,4000", "--kinds", "prose,digits"]) == 0
    out = capsys.readouterr().out
    assert "prose" in out and "digits" in out and "ratio" in out
    fuzz = _load("fuzz_import")
    assert fuzz.main(["--n", "40", "--seed", "3"]) == 0
    assert fuzz.main(["--kind", "csv", "--n", "40", "--seed", "3"]) == 0


def test_memory_benchmark_runs_at_tiny_sizes(capsys, tmp_path):
    bench = _load("bench_memory")
    for shape in bench.SHAPES:  # every generator writes about the size asked for
        p = bench.generate(shape, 5000, tmp_path / f"{shape}.txt")
        assert 4900 <= p.stat().st_size < 5400
    assert bench.main(["--sizes", "3K", "--shapes", "prose"]) == 0
    out = capsys.readouterr().out
    assert "base:" in out and "prose" in out and "µs/char" in out
