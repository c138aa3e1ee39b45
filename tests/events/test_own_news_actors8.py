"""The eighth fresh actor set (``tests/events/own_news_actors8``: ten stories written after the fixes on the first
seven, names no gazetteer lists, the expected lists in ``expected.tsv`` written before the set was first built;
docs/EVENTS.md, "An eighth fresh actor set"). The count may only grow."""

from __future__ import annotations

from pathlib import Path

from .actor_set import score


def test_the_eighth_set_reads_as_measured() -> None:
    right, total, lines = score(Path(__file__).parent / "own_news_actors8")
    assert total == 20
    assert right >= 10, "\n".join(lines)  # 10 before any fix of its own (2026-12-05)
