"""Measure story finding and publication dating on one-story news files with known dates.

Usage::

    python scripts/eval_dating.py DOCS_DIR DCT_JSON [DOCS_DIR DCT_JSON ...] [--show-wrong]

``DCT_JSON`` maps file names to their publication date (``{"name.txt": "1998-01-08"}``). For every file the
pipeline's story splitter and dating run as the CLI runs them (no ``--reference``); the script prints, per
set and in all: files, stories found per file (should be 1), files with exactly one story, and how many
first-story dates are right, by where the date came from (metadata | filename | dateline | inferred |
unknown). A date is right when it equals the known date.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.corpus import CorpusError, read_document  # noqa: E402
from timeline.pipeline import date_stories, file_hints  # noqa: E402
from timeline.stories import split_stories  # noqa: E402


def evaluate(docs: Path, gold: dict[str, str], show_wrong: bool = False) -> dict:
    files = sorted(p for p in docs.iterdir() if p.is_file() and p.name in gold)
    hints = file_hints(files, {})
    stories_total = one = right = dated = 0
    by_source: Counter = Counter()
    right_by_source: Counter = Counter()
    for f, h in zip(files, hints, strict=True):
        try:
            stories = split_stories(read_document(f), str(f))
        except CorpusError as exc:
            print(f"  unreadable: {exc}", file=sys.stderr)
            continue
        stories_total += len(stories)
        one += len(stories) == 1
        if not stories:
            by_source["no story"] += 1
            continue
        d = date_stories(stories, str(f), None, h)[0]
        by_source[d.source] += 1
        ok = d.date is not None and d.date.isoformat() == gold[f.name]
        right += ok
        dated += d.date is not None
        right_by_source[d.source] += ok
        if show_wrong and not ok:
            print(f"  {f.name}: got {d.date} ({d.source}: {d.evidence}), known {gold[f.name]}", file=sys.stderr)
    return {"files": len(files), "stories": stories_total, "one_story": one, "dates_right": right, "dated": dated,
            "by_source": dict(by_source), "right_by_source": dict(right_by_source)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pairs", nargs="+", help="DOCS_DIR DCT_JSON pairs")
    ap.add_argument("--show-wrong", action="store_true", help="list files whose date is wrong or missing")
    args = ap.parse_args(argv)
    if len(args.pairs) % 2:
        ap.error("give DOCS_DIR DCT_JSON pairs")
    total: Counter = Counter()
    for i in range(0, len(args.pairs), 2):
        docs, dct = Path(args.pairs[i]), Path(args.pairs[i + 1])
        gold = json.loads(dct.read_text(encoding="utf-8"))
        r = evaluate(docs, gold, args.show_wrong)
        for k in ("files", "stories", "one_story", "dates_right", "dated"):
            total[k] += r[k]
        print(f"{docs}: {r['files']} files, {r['stories']} stories ({r['stories'] / max(1, r['files']):.2f} per "
              f"file, {r['one_story']} files with exactly one), dates right {r['dates_right']}/{r['files']} "
              f"({r['dates_right'] / max(1, r['files']):.1%}), dated {r['dated']} (wrong {r['dated'] - r['dates_right']}, "
              f"undated {r['files'] - r['dated']}); by source {r['by_source']}, "
              f"right by source {r['right_by_source']}")
    if len(args.pairs) > 2:
        print(f"all: {total['files']} files, {total['stories']} stories, {total['one_story']} with exactly one, "
              f"dates right {total['dates_right']}/{total['files']} ({total['dates_right'] / max(1, total['files']):.1%}), "
              f"wrong {total['dated'] - total['dates_right']}, undated {total['files'] - total['dated']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
