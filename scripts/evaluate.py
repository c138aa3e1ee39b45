#!/usr/bin/env python3
"""Score mention predictions against a gold file: span/value/strict scores and event-merge scores.

usage: scripts/evaluate.py GOLD.jsonl PREDICTIONS.jsonl [--articles ARTICLES.json] [--json]
       scripts/evaluate.py GOLD.jsonl --gold-mentions CORPUS.txt [--articles ARTICLES.json] [--json]

A thin wrapper around :mod:`timeline.evaluation`, which uses the definitions of ``../shared/eval/score.py``
and ``score_merge.py``. ``--gold-mentions CORPUS`` scores the event grouping alone: events are built from
the gold mentions themselves, so the number does not depend on the recognizer. ``--json`` prints the
numbers as one JSON object instead of the report.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.evaluation import _load, score  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("predictions", nargs="?")
    ap.add_argument("--articles", help="JSON list of article character ranges to score")
    ap.add_argument("--gold-mentions", metavar="CORPUS", help="build events from the gold mentions in CORPUS")
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = ap.parse_args(argv)
    ranges = None
    if args.articles:
        with open(args.articles, encoding="utf-8") as f:
            ranges = [(a["start"], a["end"]) for a in json.load(f)]
    if args.gold_mentions:
        from timeline.events.goldcheck import gold_merge_scores

        sc, _, _ = gold_merge_scores(args.gold_mentions, args.gold, args.articles)
    elif args.predictions:
        sc = score(_load(args.gold), _load(args.predictions), ranges)
    else:
        ap.error("give PREDICTIONS or --gold-mentions CORPUS")
    if args.json:
        print(json.dumps({"n_pred": sc.n_pred, "n_gold": sc.n_gold, "span": sc.span, "value_exact": sc.value_exact,
                          "strict": sc.strict, "merge": sc.merge, "merge_covered": sc.merge_covered,
                          "merge_gold": sc.merge_gold}))
    else:
        print(sc.report())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
