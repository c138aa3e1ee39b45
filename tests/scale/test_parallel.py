"""Corpus-scale extraction: worker processes give the same results as one process, in order."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from timeline.corpus import CorpusError
from timeline.pipeline import _parallel_results, iter_documents

REPO = Path(__file__).resolve().parents[2]


def _make_big_corpus():
    spec = importlib.util.spec_from_file_location("make_big_corpus", REPO / "scripts" / "make_big_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_big_corpus", mod)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def big_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("big")
    _make_big_corpus().generate(out, articles=120, per_file=4, seed=7)
    return out


def _summary(results):
    return [(r.path, [(s.id, s.title, s.date, s.offset) for s in r.sources],
             {k: [(m.start, m.end, m.value) for m in v] for k, v in r.mentions.items()}) for r in results]


def test_generator_is_deterministic_and_well_formed(tmp_path, big_dir):
    from timeline.corpus import read_text, split_articles

    mod = _make_big_corpus()
    again = mod.generate(tmp_path / "again", articles=120, per_file=4, seed=7)
    n = 0
    for p in again:
        q = big_dir / p.relative_to(tmp_path / "again")
        assert p.read_bytes() == q.read_bytes()
        arts = split_articles(read_text(p))
        assert all(a.title and a.outlet for a in arts)
        n += len(arts)
    assert n == 120


def test_two_workers_match_one_process_in_order(big_dir):
    serial = list(iter_documents([big_dir], jobs=1))
    parallel = list(iter_documents([big_dir], jobs=2))
    assert len(serial) >= 30
    assert _summary(parallel) == _summary(serial)


def test_unreadable_file_is_reported_and_the_rest_load(tmp_path, big_dir):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    files = sorted(big_dir.rglob("*.txt"))[:5] + [bad] + sorted(big_dir.rglob("*.txt"))[5:9]
    errors: list[CorpusError] = []
    got = list(iter_documents(files, jobs=2, on_error=errors.append))
    assert [r.path for r in got] == [str(p) for p in files if p != bad]
    assert len(errors) == 1 and "bad.txt" in str(errors[0])


def test_window_bounds_results_in_flight_and_early_stop_cancels(big_dir, monkeypatch):
    from concurrent.futures import ProcessPoolExecutor

    submitted: list[int] = []
    real_submit = ProcessPoolExecutor.submit

    def counting_submit(self, fn, *args, **kwargs):
        submitted.append(len(args[0]))
        return real_submit(self, fn, *args, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "submit", counting_submit)
    files = sorted(big_dir.rglob("*.txt"))
    tasks = [(str(p), f"d{i + 1}", None) for i, p in enumerate(files)]
    it = _parallel_results(tasks, jobs=2, window=2)
    first = next(it)
    assert first.path == str(files[0])
    assert len(submitted) == 2 < len(tasks)  # only the window was submitted, not the whole corpus
    it.close()  # consumer stops early: pending chunks are cancelled, the pool shuts down, no hang


def test_cli_extract_with_two_jobs_writes_the_same_project(tmp_path):
    import json

    from timeline.cli import main

    corpus = tmp_path / "corpus"
    _make_big_corpus().generate(corpus, articles=24, per_file=3, seed=3)
    outs = []
    for jobs in (1, 2):
        out = tmp_path / f"j{jobs}.timeline.json"
        assert main(["extract", str(corpus), "--jobs", str(jobs), "-o", str(out)]) == 0
        data = json.loads(out.read_text(encoding="utf-8"))
        outs.append(([s["id"] for s in data["sources"]],
                     [(e["time"]["value"], e["title"]) for e in data["events"]]))
    assert outs[0] == outs[1]
    assert len(outs[0][0]) == 24


def test_unreadable_file_without_handler_raises_in_parallel_and_does_not_hang(tmp_path, big_dir):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    files = sorted(big_dir.rglob("*.txt"))[:3] + [bad]
    with pytest.raises(CorpusError, match="bad.txt"):
        list(iter_documents(files, jobs=2))
