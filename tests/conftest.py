"""Shared fixtures. Qt runs offscreen in every test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SHARED_CORPUS = SHARED / "corpus" / "alibaba-news-2026.txt"
SAMPLE_DIR = REPO / "resources" / "sample"


@pytest.fixture
def shared_corpus() -> Path:
    """The user's real corpus from ../shared; tests using it skip cleanly when it is absent."""
    if not SHARED_CORPUS.exists():
        pytest.skip("../shared/corpus is not available")
    return SHARED_CORPUS


@pytest.fixture
def shared_eval() -> Path:
    d = SHARED / "eval"
    if not (d / "dev_gold.jsonl").exists():
        pytest.skip("../shared/eval is not available")
    return d
