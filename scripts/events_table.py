"""Print the events of a corpus as the Markdown table of docs/EVENTS.md.

    python scripts/events_table.py ../shared/corpus/alibaba-news-2026.txt [--width 30]

One row per event and statement (references left out), in timeline order: date (the event's time value),
title (cut at ``--width`` characters with "…": the table is not the place to repeat the corpus), actors,
sources (``#n``: the story's number in its file, or in the order given) and kind (``event``, ``event
(forecast)`` or ``statement``). The heading line above the table counts them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def table(paths: list[Path], width: int = 30) -> str:
    """The Markdown table (with its counting heading) of the events built from ``paths``."""
    from timeline.pipeline import build_timeline

    tl = build_timeline(paths)
    number = {s.id: i for i, s in enumerate(tl.sources, 1)}
    rows = [e for e in tl.events if e.kind in ("event", "statement")]
    n_events = sum(e.kind == "event" for e in rows)
    n_fore = sum(e.kind == "event" and e.forecast for e in rows)
    lines = [f"{len(rows)} entries ({n_events} events, {n_fore} of them a forecast; {len(rows) - n_events} statements)",
             "", "| date | title | actors | sources | kind |", "| --- | --- | --- | --- | --- |"]
    for e in rows:
        title = e.title if len(e.title) <= width else e.title[:width - 1] + "…"
        kind = "event (forecast)" if e.kind == "event" and e.forecast else e.kind
        srcs = ", ".join(f"#{number[s]}" for s in sorted(e.source_ids, key=lambda s: number[s]))
        cell = title.replace("|", "\\|")
        lines.append(f"| {e.time.value} | {cell} | {', '.join(e.actors)} | {srcs} | {kind} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--width", type=int, default=30, help="cut titles longer than this (default 30)")
    args = ap.parse_args(argv)
    print(table(args.paths, args.width))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
