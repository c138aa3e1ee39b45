"""Fixtures shared by the event tests."""

from __future__ import annotations

import pytest


@pytest.fixture()
def freq_table(tmp_path, monkeypatch):
    """jieba's on-demand prefix dictionary (``segment._FreqTable``), its SQLite copy made in a fresh cache
    folder (``tmp_path``); the test is skipped where no copy can be made."""
    import jieba

    from timeline.events import segment

    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    table = segment._freq_table(jieba)
    if table is None:
        pytest.skip("no SQLite copy could be made here")
    return table
