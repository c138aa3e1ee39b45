"""Scoring mention predictions against a gold file, with the same definitions as ``../shared/eval``.

* span P/R/F1: one-to-one greedy matching by largest overlap;
* value accuracy on span-matched pairs (exact string);
* strict P/R/F1: overlap and exactly equal value, with its own one-to-one matching;
* gold of kind ``uncertain`` is left out, and predictions touching only such gold are not counted;
* merge: pairwise P/R/F1 of "same event" over gold ``event`` mentions with an ``event_key``, each paired
  with the prediction overlapping it most.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from pathlib import Path


class EvaluationError(ValueError):
    """A gold, prediction or article file cannot be read; the message names the file (and line)."""


def _read(path: str | Path) -> str:
    try:
        with open(path, encoding="utf-8-sig") as f:
            return f.read()
    except FileNotFoundError:
        raise EvaluationError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise EvaluationError(f"{path}: is a folder, not a file") from None
    except UnicodeDecodeError:
        raise EvaluationError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _load(path: str | Path) -> list[dict]:
    """The records of a JSONL file: one JSON object per non-empty line (``start``/``end`` integers or absent)."""
    out: list[dict] = []
    for lineno, line in enumerate(_read(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except (ValueError, RecursionError) as exc:
            raise EvaluationError(f"{path}:{lineno}: not a JSON line ({exc})") from None
        if not isinstance(r, dict):
            raise EvaluationError(f"{path}:{lineno}: expected a JSON object, got {type(r).__name__}")
        for key in ("start", "end"):
            if key in r and (not isinstance(r[key], int) or isinstance(r[key], bool)):
                raise EvaluationError(f"{path}:{lineno}: '{key}' must be an integer offset")
        out.append(r)
    return out


def _load_ranges(path: str | Path) -> list[tuple[int, int]]:
    try:
        data = json.loads(_read(path))
        ranges = [(a["start"], a["end"]) for a in data]
        if not all(isinstance(x, int) for r in ranges for x in r):
            raise TypeError("start and end must be integers")
    except (ValueError, RecursionError, TypeError, KeyError) as exc:
        raise EvaluationError(f"{path}: expected a JSON list of {{start, end}} article ranges ({exc})") from None
    return ranges


def _located(r: dict) -> bool:
    return isinstance(r.get("start"), int) and isinstance(r.get("end"), int)


def _overlap(a: dict, b: dict) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def _match(golds: list[dict], preds: list[dict], require_value: bool) -> list[tuple[int, int]]:
    order = sorted(range(len(golds)), key=lambda i: golds[i]["start"])
    cands = []
    for pi, p in enumerate(preds):
        if not _located(p):
            continue
        for gi in order:
            g = golds[gi]
            if g["start"] >= p["end"]:
                break
            ov = _overlap(g, p)
            if ov <= 0 and not (g["start"] == g["end"] == p["start"]):
                continue
            gv, pv = g.get("_v"), p.get("_v")
            if require_value and (gv is None or gv != pv):
                continue
            cands.append((-ov, not (gv is not None and gv == pv),
                          abs(g["start"] - p["start"]) + abs(g["end"] - p["end"]), gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for *_, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _norm(v) -> str | None:
    if v is None:
        return None
    v = str(v).strip()
    return v or None


@dataclass
class Scores:
    n_pred: int
    n_gold: int
    span: tuple[float, float, float]
    value_exact: float
    strict: tuple[float, float, float]
    merge: tuple[float, float, float]
    merge_covered: int
    merge_gold: int
    misses: list[dict]
    false_positives: list[dict]
    wrong_values: list[tuple[dict, dict]]

    def report(self) -> str:
        sp, sr, sf = self.span
        tp, tr, tf = self.strict
        mp, mr, mf = self.merge
        lines = [
            f"predictions {self.n_pred}, gold {self.n_gold}",
            f"span    P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}",
            f"value   exact {self.value_exact:.3f}",
            f"strict  P {tp:.3f}  R {tr:.3f}  F1 {tf:.3f}",
            f"merge   pairwise P {mp:.3f}  R {mr:.3f}  F1 {mf:.3f}  "
            f"(gold event mentions covered {self.merge_covered}/{self.merge_gold})",
        ]
        for g in self.misses:
            lines.append(f"  miss        {g['start']:>6} {g.get('mention')!s:<20} {g.get('value')}")
        for p in self.false_positives:
            lines.append(f"  false pos   {p.get('start')!s:>6} {p.get('mention')!s:<20} {p.get('value')}")
        for g, p in self.wrong_values:
            lines.append(f"  wrong value {g['start']:>6} {g.get('mention')!s:<20} gold {g.get('value')} "
                         f"pred {p.get('value')} ({p.get('mention')})")
        return "\n".join(lines)


def score(gold: list[dict], pred: list[dict], ranges: list[tuple[int, int]] | None = None) -> Scores:
    def inside(r: dict) -> bool:
        return ranges is None or (isinstance(r.get("start"), int) and any(a <= r["start"] < b for a, b in ranges))

    gold_all = [dict(g) for g in gold if _located(g) and inside(g)]
    golds = [g for g in gold_all if g.get("kind") != "uncertain"]
    excluded = [g for g in gold_all if g.get("kind") == "uncertain"]
    for g in gold_all:
        g["_v"] = _norm(g.get("value"))
    preds = []
    for p in pred:
        if not inside(p):
            continue
        p = dict(p)
        p["_v"] = _norm(p.get("value"))
        if _located(p) and excluded:
            hit_kept = any(_overlap(g, p) > 0 for g in golds)
            hit_excl = any(_overlap(g, p) > 0 for g in excluded)
            if hit_excl and not hit_kept:
                continue
        preds.append(p)
    pairs = _match(golds, preds, False)
    valued = [(gi, pi) for gi, pi in pairs if golds[gi]["_v"] is not None]
    exact = sum(1 for gi, pi in valued if golds[gi]["_v"] == preds[pi]["_v"])
    strict = _match(golds, preds, True)
    mg = {gi for gi, _ in pairs}
    mp = {pi for _, pi in pairs}
    merge_p, merge_r, merge_f, covered, n_keyed = _merge_scores(gold, pred, inside)
    return Scores(
        n_pred=len(preds), n_gold=len(golds), span=_prf(len(pairs), len(preds), len(golds)),
        value_exact=exact / len(valued) if valued else 0.0, strict=_prf(len(strict), len(preds), len(golds)),
        merge=(merge_p, merge_r, merge_f), merge_covered=covered, merge_gold=n_keyed,
        misses=[g for i, g in enumerate(golds) if i not in mg],
        false_positives=[p for i, p in enumerate(preds) if i not in mp],
        wrong_values=[(golds[gi], preds[pi]) for gi, pi in valued if golds[gi]["_v"] != preds[pi]["_v"]],
    )


def _merge_scores(gold: list[dict], pred: list[dict], inside) -> tuple[float, float, float, int, int]:
    keyed = [g for g in gold if g.get("event_key") and g.get("kind") == "event" and inside(g)]
    preds = sorted((p for p in pred if isinstance(p.get("start"), int) and inside(p)), key=lambda p: p["start"])
    pairs = []
    for g in keyed:
        best, best_ov = None, 0
        for p in preds:
            if p["start"] >= g["end"]:
                break
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > best_ov:
                best, best_ov = p, ov
        if best is not None and best.get("event") is not None:
            pairs.append((g["event_key"], str(best["event"])))
    tp = fp = fn = 0
    for (k1, e1), (k2, e2) in itertools.combinations(pairs, 2):
        tp += k1 == k2 and e1 == e2
        fp += e1 == e2 and k1 != k2
        fn += k1 == k2 and e1 != e2
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0), len(pairs), len(keyed)


def evaluate_files(gold_path: str | Path, pred_path: str | Path, articles_path: str | Path | None = None) -> str:
    """Score two JSONL files and return the printable report. Unreadable or malformed files raise
    :class:`EvaluationError` naming the file and line."""
    ranges = None
    if articles_path:
        ranges = _load_ranges(articles_path)
    return score(_load(gold_path), _load(pred_path), ranges).report()
