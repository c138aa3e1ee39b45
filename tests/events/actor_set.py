"""Count the right actor lists of a set of stories against the reader's expectations written beside them.

    python -m tests.events.actor_set tests/events/own_news_actors

``expected.tsv`` in the folder (written before the set was first built) gives, per event, the story (part of
its file name), the date value (a prefix of the event's time value), the participants (``;`` between them,
``|`` between the forms of one name) and what is allowed besides. A list is right when every participant is
there and nothing else is; an actor matches a form when it equals it, or, for a Chinese name of four or more
characters, when the form starts with it (青禾农业科技 for 青禾农业科技股份有限公司). An expected event that the
build does not make counts as wrong. Events nobody expected are not counted.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Expected:
    """One expected event: its story, date prefix, participants (each a tuple of forms) and allowed extras."""

    story: str
    date: str
    participants: list[tuple[str, ...]]
    allowed: list[tuple[str, ...]]


def _names(cell: str) -> list[tuple[str, ...]]:
    return [tuple(f.strip() for f in part.split("|") if f.strip()) for part in cell.split(";") if part.strip()]


def read_expected(folder: Path) -> list[Expected]:
    """The rows of ``folder/expected.tsv``."""
    rows = []
    for line in (folder / "expected.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t") + ["", ""]
        rows.append(Expected(cells[0], cells[1], _names(cells[2]), _names(cells[3])))
    return rows


def _matches(actor: str, forms: tuple[str, ...]) -> bool:
    cjk = any("\u4e00" <= c <= "\u9fff" for c in actor)
    return any(actor == f or (cjk and len(actor) >= 4 and f.startswith(actor)) for f in forms)


def is_right(actors: list[str], exp: Expected) -> bool:
    """Every participant named and nothing besides the participants and the allowed."""
    if not all(any(_matches(a, forms) for a in actors) for forms in exp.participants):
        return False
    return all(any(_matches(a, forms) for forms in exp.participants + exp.allowed) for a in actors)


def score(folder: Path) -> tuple[int, int, list[str]]:
    """``(right, total, lines)``: the count and one line per expected event (``ok`` / ``--``, date, title, actors)."""
    from timeline.pipeline import build_timeline

    tl = build_timeline(sorted(folder.glob("*.txt")))
    path = {s.id: Path(s.path).name for s in tl.sources}
    entries = [e for e in tl.events if e.kind in ("event", "statement")]
    used: set[str] = set()
    right, lines = 0, []
    for exp in read_expected(folder):
        cands = [e for e in entries if e.id not in used and e.time.value.startswith(exp.date)
                 and any(exp.story in path[s] for s in e.source_ids)]
        good = [e for e in cands if is_right(list(e.actors), exp)]
        pick = (good or cands or [None])[0]
        if pick is None:
            lines.append(f"-- {exp.story} {exp.date}: no event")
            continue
        used.add(pick.id)
        ok = bool(good)
        right += ok
        lines.append(f"{'ok' if ok else '--'} {exp.story} {pick.time.value} {pick.title} | {', '.join(pick.actors)}")
    return right, len(read_expected(folder)), lines


def main(argv: list[str] | None = None) -> int:
    folder = Path((argv or sys.argv[1:])[0])
    right, total, lines = score(folder)
    print("\n".join(lines))
    print(f"actor lists right: {right}/{total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
