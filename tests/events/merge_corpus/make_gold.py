#!/usr/bin/env python3
"""Write ``corpus.txt`` and ``gold.jsonl`` of this folder from ``source.txt``.

``source.txt`` is the corpus with every told date of an event marked ``⟦text|event_key|value⟧``. The corpus
is the text without the marks; the gold lists each marked date in the shape of the shared corpus's dev
gold (``start``/``end`` offsets into ``corpus.txt``, ``article`` 1-based, ``event_key``, ``kind: "event"``),
so ``score_merge.py gold.jsonl PREDICTIONS.jsonl`` scores the product's grouping on it. ``make_gold.py holdout`` does the same for ``holdout_source.txt`` (a second set, written after the first
round of fixes and scored before any further one); ``fresh``, ``fourth``, ``fifth``, ``sixth``, ``seventh``, ``eighth`` and ``ninth`` for the third to ninth sets. Run it after editing a source; ``tests/events/test_merge_corpus.py`` checks the two files are up to date.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"⟦([^|⟧]+)\|([^|⟧]+)\|([^|⟧]+)⟧")
SEPARATOR = re.compile(r"^-{3,}$", re.M)


def build(source: str) -> tuple[str, list[dict]]:
    """The corpus text and its gold records, from the marked source text."""
    out: list[str] = []
    gold: list[dict] = []
    pos = 0
    length = 0
    marks = []
    for m in MARK.finditer(source):
        out.append(source[pos:m.start()])
        length += m.start() - pos
        marks.append((length, m[1], m[2], m[3]))
        out.append(m[1])
        length += len(m[1])
        pos = m.end()
    out.append(source[pos:])
    text = "".join(out)
    seps = [s.start() for s in SEPARATOR.finditer(text)]
    for i, (start, mention, key, value) in enumerate(marks, 1):
        article = 1 + sum(1 for s in seps if s < start)
        granularity = {10: "day", 7: "month", 4: "year"}.get(len(value), "week" if "-W" in value else "day")
        gold.append({"id": f"m{i:03d}", "article": article, "mention": mention, "start": start,
                     "end": start + len(mention), "value": value, "granularity": granularity, "mod": None,
                     "lang": "en" if mention.isascii() else "zh", "event": key, "event_key": key, "kind": "event"})
    return text, gold


def main() -> int:
    prefix = f"{sys.argv[1]}_" if len(sys.argv) > 1 else ""  # "holdout": holdout_source.txt -> holdout_corpus.txt …
    text, gold = build((HERE / f"{prefix}source.txt").read_text(encoding="utf-8"))
    for g in gold:
        assert text[g["start"]:g["end"]] == g["mention"]
    (HERE / f"{prefix}corpus.txt").write_text(text, encoding="utf-8")
    with open(HERE / f"{prefix}gold.jsonl", "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(gold)} told dates, {len({g['event_key'] for g in gold})} happenings", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
