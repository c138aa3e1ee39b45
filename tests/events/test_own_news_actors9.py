"""The ninth fresh actor set (``tests/events/own_news_actors9``: ten stories written after the fixes on the eighth,
names no gazetteer lists, the expected lists in ``expected.tsv`` written before the set was first built;
docs/EVENTS.md, "A ninth fresh actor set"). The count may only grow."""

from __future__ import annotations

from pathlib import Path

from .actor_set import score


def test_the_ninth_set_reads_as_measured() -> None:
    right, total, lines = score(Path(__file__).parent / "own_news_actors9")
    assert total == 21
    assert right >= 14, "\n".join(lines)  # 14 before any fix of its own (2026-12-05)
