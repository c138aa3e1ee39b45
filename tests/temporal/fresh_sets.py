"""Reading the fresh dating sets (``fresh_zh*/``, ``fresh_en*/``): each set is a folder with ``paragraphs.txt``
(blocks opened by ``=== ID YYYY-MM-DD``, the id and the article date; ``#`` lines are comments) and ``gold.tsv``
(id, mention, value, granularity, mod; value ``-`` names words that must not be given a date). Shared by
``test_fresh_zh`` and ``test_fresh_en``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from timeline.temporal import extract

HERE = Path(__file__).parent

Row = tuple[str, str, str, str, str]


def paragraphs(sets: tuple[str, ...]) -> dict[str, tuple[str, dt.date]]:
    """``{id: (text, article date)}`` of the paragraphs of ``sets``."""
    out: dict[str, tuple[str, dt.date]] = {}
    text = "\n".join(ln for name in sets
                     for ln in (HERE / name / "paragraphs.txt").read_text(encoding="utf-8").splitlines()
                     if not ln.startswith("#"))
    for block in text.split("=== ")[1:]:
        head, body = block.split("\n", 1)
        pid, ref = head.split()[:2]
        out[pid] = (body.strip(), dt.date.fromisoformat(ref))
    return out


def gold(sets: tuple[str, ...]) -> list[Row]:
    """The gold rows of ``sets``, in order."""
    rows = []
    for name in sets:
        for ln in (HERE / name / "gold.tsv").read_text(encoding="utf-8").splitlines():
            if ln.strip() and not ln.startswith("#"):
                cells = (ln.split("\t") + ["", "", "", ""])[:5]
                rows.append((cells[0], cells[1], cells[2], cells[3], cells[4]))
    return rows


def is_right(row: Row, paras: dict[str, tuple[str, dt.date]]) -> bool:
    """Whether the engine reads this gold row right (exact span, value, granularity, mod)."""
    pid, mention, value, gran, mod = row
    text, ref = paras[pid]
    ms = extract(text, ref)
    if value == "-":
        at = text.index(mention)
        return not any(m.value for m in ms if m.start < at + len(mention) and at < m.end)
    return any((m.text, m.value, m.granularity, m.mod or "") == (mention, value, gran, mod) for m in ms)


def check_row(row: Row, sets: tuple[str, ...], known_misses: dict[tuple[str, str], str]) -> None:
    """Assert that ``row`` is read right, or, for a row of ``known_misses``, still wrong (so that the list of
    known misses stays honest: a row that starts to pass must be taken off it)."""
    ok = is_right(row, paragraphs(sets))
    if (row[0], row[1]) in known_misses:
        assert not ok, f"{row} now passes: take it off KNOWN_MISSES"
    else:
        assert ok, row


def share_right(sets: tuple[str, ...]) -> tuple[int, int]:
    """(rows read right, rows) over ``sets``."""
    paras = paragraphs(sets)
    rows = gold(sets)
    return sum(is_right(r, paras) for r in rows), len(rows)


def report(sets: tuple[str, ...]) -> None:
    """Print each row read wrong (with what the engine found around it) and each set's share right."""
    paras = paragraphs(sets)
    for r in gold(sets):
        if not is_right(r, paras):
            text, ref = paras[r[0]]
            print("MISS", r, [(m.text, m.value, m.granularity, m.mod) for m in extract(text, ref)
                              if m.text in r[1] or r[1] in m.text])
    for name in sets:
        right, total = share_right((name,))
        print(f"{name}: right {right} of {total}")
