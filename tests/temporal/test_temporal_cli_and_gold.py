"""The extractor through the command line: ``--cases`` batch mode, and the shared dev gold (strict F1)."""

from __future__ import annotations

import json
import subprocess
import sys

from timeline.cli import main


def test_cases_batch_mode(tmp_path, capsys) -> None:
    cases = tmp_path / "cases.jsonl"
    lines = [
        {"id": "a", "text": "去年9月發佈，2026年2月16日除夕開源", "ref": "2026-02-18T04:30:00"},
        {"id": "b", "text": "last year, and 17 years ago", "ref": "2013-02-12T04:30:00"},
        {"id": "c", "text": "價格僅為1/18，13歲", "ref": "2026-02-18"},
    ]
    cases.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    assert main(["mentions", "--cases", str(cases)]) == 0
    out = [json.loads(ln) for ln in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c"]
    a = out[0]["mentions"]
    assert [(m["mention"], m["value"], m["granularity"]) for m in a] == [
        ("去年9月", "2025-09", "month"), ("2026年2月16日除夕", "2026-02-16", "day")]
    assert all(lines[0]["text"][m["start"]:m["end"]] == m["mention"] for m in a)
    assert [m["value"] for m in out[1]["mentions"]] == ["2012", "1996"]
    assert out[2]["mentions"] == []


def _strict_f1(corpus, shared_eval, tmp_path) -> dict:
    pred = tmp_path / "pred.jsonl"
    r = subprocess.run([sys.executable, "-m", "timeline", "mentions", str(corpus), "--format", "jsonl"],
                       capture_output=True, text=True, check=True)
    pred.write_text(r.stdout, encoding="utf-8")
    report = tmp_path / "score.json"
    subprocess.run([sys.executable, str(shared_eval / "score.py"), str(shared_eval / "dev_gold.jsonl"), str(pred),
                    "--articles", str(shared_eval / "dev_articles.json"), "--json", str(report)],
                   capture_output=True, text=True, check=True)
    data = json.loads(report.read_text(encoding="utf-8"))
    (scores,) = data["systems"].values()
    return scores


def test_dev_gold_strict_f1(shared_corpus, shared_eval, tmp_path) -> None:
    scores = _strict_f1(shared_corpus, shared_eval, tmp_path)
    assert scores["strict_f1"] >= 0.95, scores


def test_dev_gold_in_simplified_script_with_full_width_digits(shared_corpus, shared_eval, tmp_path) -> None:
    """The same articles converted with OpenCC t2s (same length) and with full-width digits score the same."""
    from opencc import OpenCC

    text = OpenCC("t2s").convert(shared_corpus.read_text(encoding="utf-8"))
    text = text.translate({c: c + 0xFEE0 for c in range(0x30, 0x3A)})
    variant = tmp_path / "variant" / shared_corpus.name
    variant.parent.mkdir()
    variant.write_text(text, encoding="utf-8")
    scores = _strict_f1(variant, shared_eval, tmp_path)
    assert scores["strict_f1"] >= 0.95, scores
