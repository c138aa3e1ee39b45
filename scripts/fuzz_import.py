#!/usr/bin/env python3
"""Random TimelineJS and CSV files through import and every data export: only one-line errors allowed.

Usage: ``python scripts/fuzz_import.py [--kind timelinejs|csv] [--seed N] [--n N]``

Each generated file (random JSON shapes with wrong types in every field of the ``newstimeline`` extension;
random CSV columns and cells, including malformed ``mentions`` JSON, guarded formulas and lone surrogates)
is opened with :func:`timeline.io.open_timeline` and, when it loads, exported as CSV, iCalendar, TimelineJS
and project. Any exception other than :class:`~timeline.io.FormatError` is a failure (the CLI would show a
traceback); the first few are printed with their input. Prints ``failures N``.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import sys
import tempfile
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from timeline.io import FormatError, export_timeline, open_timeline  # noqa: E402

_ATOMS = [None, True, 0, -1, 1.5, float(2**70), "", "x", "2020", "2020-13-01", "\ud800", "<b>", [], {}, "day",
          "BEFORE", 10**30]
_KEYS = ["year", "month", "day", "start_date", "end_date", "text", "headline", "newstimeline", "granularity", "value",
         "mod", "start", "end", "mentions", "source", "sources", "id", "title", "summary", "actors", "tags", "lanes",
         "confidence", "edited", "kind", "events", "unique_id", "group", "display_date", "sentence", "path", "offset",
         "index", "lang", "date", "outlet", "sha256"]


def _value(rnd: random.Random, depth: int = 0):
    r = rnd.random()
    if depth > 3 or r < 0.3:
        return rnd.choice(_ATOMS)
    if r < 0.6:
        return [_value(rnd, depth + 1) for _ in range(rnd.randint(0, 3))]
    return {rnd.choice(_KEYS): _value(rnd, depth + 1) for _ in range(rnd.randint(0, 5))}


def _slide(rnd: random.Random) -> dict:
    s = {"start_date": {"year": rnd.choice([2020, "2021", 0, None, "x"]), "month": rnd.choice([None, 1, 13, "2"]),
                        "day": rnd.choice([None, 31, 1])},
         "text": {"headline": rnd.choice(["a", "", None, 5])}}
    if rnd.random() < 0.6:
        extra = _value(rnd)
        s["newstimeline"] = ({"granularity": rnd.choice(["day", "year", "month", "bad"]),
                              "value": rnd.choice(["2020", "2020-01-02", "x", None, 5]),
                              **(extra if isinstance(extra, dict) else {})} if rnd.random() < 0.9 else _value(rnd))
    for _ in range(rnd.randint(0, 2)):
        s[rnd.choice([*s, "end_date", "group", "unique_id"])] = _value(rnd)
    return s


def timelinejs_file(rnd: random.Random) -> tuple[str, str]:
    doc: dict = {"events": [_slide(rnd) for _ in range(rnd.randint(0, 3))]}
    if rnd.random() < 0.3:
        doc["newstimeline"] = _value(rnd)
    if rnd.random() < 0.3:
        doc["title"] = _value(rnd)
    return ".json", json.dumps(doc)


_COLUMNS = ["id", "start", "end", "value", "granularity", "mod", "title", "summary", "actors", "tags", "lane", "lanes",
            "sources", "source_titles", "sentence", "confidence", "edited", "kind", "mentions", "source_dates"]
_CELLS = ["", "x", "2020", "2020-01-02", "2020-13-01", "2020-Q1", "2020-W60", "day", "year", "BEFORE", "nan", "inf", "-1",
          "1e309", "=1+1", "'=x", "\ud800", "a; b", "k=v; =", "true",
          '[{"source":"s","start":1,"end":2,"text":"t"}]', '[{"source":5,"start":"1","end":2,"text":"t"}]',
          '[{"source":"s","start":-1,"end":2,"text":"t","sentence":[1]}]',
          '[{"source":"s","start":1,"end":2,"text":"t","sentence":"ab"}]', "{}", "[]", "null",
          '[{"source":"s","start":1,"end":2,"text":null,"value":5,"granularity":[]}]']


def csv_file(rnd: random.Random) -> tuple[str, str]:
    header = rnd.sample(_COLUMNS, rnd.randint(2, len(_COLUMNS)))
    if rnd.random() < 0.8:
        header += [c for c in ("title", "start") if c not in header]
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    for _ in range(rnd.randint(0, 3)):
        w.writerow([rnd.choice(_CELLS) for _ in range(rnd.randint(0, len(header) + 1))])
    return ".csv", buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kind", choices=["timelinejs", "csv"], default="timelinejs")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=2000)
    args = ap.parse_args(argv)
    rnd = random.Random(args.seed)
    make = timelinejs_file if args.kind == "timelinejs" else csv_file
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        for i in range(args.n):
            ext, content = make(rnd)
            p = d / f"in{i}{ext}"
            p.write_text(content, encoding="utf-8", errors="surrogatepass")
            try:
                tl = open_timeline(p)
                for fmt, out_ext in (("csv", ".out.csv"), ("ics", ".ics"), ("timelinejs", ".out.json"),
                                     ("project", ".timeline.json")):
                    export_timeline(tl, d / f"out{i}{out_ext}", fmt)
            except FormatError:
                pass
            except Exception:
                failures += 1
                if failures <= 5:
                    print(content[:400].encode("utf-8", "backslashreplace").decode())
                    traceback.print_exc(limit=4)
    print(f"failures {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
