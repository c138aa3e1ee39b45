"""scripts/evaluate.py gives the numbers of ../shared/eval/score.py and score_merge.py (skips without them)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "evaluate.py"


def perturbed_predictions(gold: list[dict]) -> list[dict]:
    """Deterministic imperfect predictions: misses, shifted spans, wrong values, split/merged events, noise."""
    out = []
    for i, g in enumerate(gold):
        if not isinstance(g.get("start"), int) or i % 7 == 0:
            continue
        p = {"start": g["start"] + (1 if i % 5 == 1 else 0), "end": g["end"], "mention": g["mention"],
             "value": g["value"] if i % 4 != 2 else "1900", "article": g["article"]}
        key = g.get("event_key")
        p["event"] = None if key is None or i % 9 == 3 else (f"split{i}" if i % 3 == 0 else key)
        if i % 8 == 5:
            p["event"] = "lump"
        out.append(p)
    for k in range(5):
        out.append({"start": 6000 + 40 * k, "end": 6004 + 40 * k, "mention": "noise", "value": "2001",
                    "article": 1, "event": f"n{k}"})
    return sorted(out, key=lambda p: p["start"])


def run(*args: str) -> str:
    r = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=REPO)
    assert r.returncode == 0, r.stderr
    return r.stdout


@pytest.mark.parametrize("with_articles", [True, False])
def test_evaluate_matches_shared_scorers(shared_eval, tmp_path, with_articles):
    gold_path = shared_eval / "dev_gold.jsonl"
    gold = [json.loads(x) for x in gold_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in perturbed_predictions(gold)),
                         encoding="utf-8")
    extra = ["--articles", str(shared_eval / "dev_articles.json")] if with_articles else []
    ours = json.loads(run(str(SCRIPT), str(gold_path), str(pred_path), *extra, "--json"))
    ref_json = tmp_path / "ref.json"
    run(str(shared_eval / "score.py"), str(gold_path), str(pred_path), *extra, "--json", str(ref_json))
    ref = json.loads(ref_json.read_text(encoding="utf-8"))["systems"]["?"]
    assert ours["n_pred"] == ref["n_pred"] and ours["n_gold"] == ref["n_gold"]
    assert ours["span"] == pytest.approx([ref["span_p"], ref["span_r"], ref["span_f1"]])
    assert ours["strict"] == pytest.approx([ref["strict_p"], ref["strict_r"], ref["strict_f1"]])
    assert ours["value_exact"] == pytest.approx(ref["val_exact"])
    merge_out = run(str(shared_eval / "score_merge.py"), str(gold_path), str(pred_path), *extra)
    m = re.search(r"pairwise\s+P ([\d.]+)\s+R ([\d.]+)\s+F1 ([\d.]+)", merge_out)
    assert m, merge_out
    assert ours["merge"] == pytest.approx([float(x) for x in m.groups()], abs=6e-4)
    assert 0 < ours["merge"][2] < 1 and 0 < ours["span"][2] < 1  # the perturbation really is imperfect


def test_evaluate_report_and_gold_mentions(shared_eval, shared_corpus):
    out = run(str(SCRIPT), str(shared_eval / "dev_gold.jsonl"), "--gold-mentions", str(shared_corpus),
              "--articles", str(shared_eval / "dev_articles.json"))
    assert "merge   pairwise" in out and "span    P 1.000" in out
