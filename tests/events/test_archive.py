"""The generated archive with known truth (scripts/make_archive.py): merging and told dates on companies and
people that no gazetteer lists, told in Traditional and Simplified Chinese and English."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "make_archive.py"


def _module():
    spec = importlib.util.spec_from_file_location("make_archive", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["make_archive"] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def test_archive_truth_is_consistent_and_names_are_unknown(tmp_path):
    mod = _module()
    truth = mod.generate(tmp_path, n_articles=60, seed=3)
    from timeline.events import default_gazetteer

    gaz = default_gazetteer()
    for names in mod.COMPANIES + mod.PEOPLE:
        for n in names:
            assert not gaz.actors(n), n  # none of them is in resources/actors.tsv
    assert len(mod.COMPANIES) >= 12 and len(mod.PEOPLE) >= 4 and len(mod.KINDS) >= 6
    langs = {t["file"].split("/")[0] for t in truth}
    assert langs == {"zh-Hant", "zh-Hans", "en"}
    for t in truth:
        text = (tmp_path / t["file"]).read_text(encoding="utf-8")
        assert text[t["start"]:t["end"]] == t["text"]
    lines = (tmp_path / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x) for x in lines] == truth


def test_small_archive_merges_and_dates(tmp_path):
    mod = _module()
    mod.generate(tmp_path, n_articles=80, seed=5)
    s = mod.score(tmp_path)
    assert s["articles"] >= 60
    assert s["f1"] >= 0.9, s
    assert s["precision"] >= 0.95, s
    assert s["date_accuracy"] == 1.0, s  # every told date right (issue 12, deliver 5)


def test_small_archive_with_vague_and_coarse_retellings(tmp_path):
    # 近日 / 日前 / recently / earlier this month / last week tellings in dated articles of their own join the
    # dated tellings of their event, never an older happening of the same kind by the same company; tellings
    # by month, year or part of a year (2019年底, at the end of 2019) join the tellings by day
    mod = _module()
    truth = mod.generate(tmp_path, n_articles=80, seed=5, vague=0.3, coarse=0.3)
    texts = {t["text"] for t in truth}
    assert texts & {"近日", "日前"} and texts & {"recently", "Recently", "earlier this month", "Earlier this month",
                                              "last week", "Last week"}
    assert any(t["value"] and len(t["value"]) < 10 and t["text"] not in ("近日", "日前") for t in truth)
    s = mod.score(tmp_path)
    assert s["f1"] >= 0.9, s
    assert s["precision"] >= 0.95, s
    assert s["date_accuracy"] == 1.0, s
