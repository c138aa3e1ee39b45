"""Fast check that memory grows linearly with the text and stays under a per-byte bound (issue 17).

The peak of Python's heap (``tracemalloc``: deterministic, unlike resident-set sizes or times) while one
generated file of ``scripts/bench_memory.py`` is split, dated, extracted and built into events, at two
small sizes four times apart. The dense shapes are chosen: a chronology paragraph (a dated clause every
40 bytes), a digit table (a date every row) and a collection of one-line stories (a story every 60 bytes).
The growth exponent between the two sizes must be about 1; a per-statement cost that grows with the
document (a dict of every span, a copy of the text per mention) shows as an exponent above it. No
wall-clock time is asserted. The slower companion, ``test_memory_scaling.py``, covers every shape at
20 and 80 KB.
"""

from __future__ import annotations

import importlib.util
import math
import sys
import tracemalloc
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BOUND = 150
"""Peak Python heap per input byte at the larger size (measured: chronology 109, digits 84, stories 77)."""
SIZES = (3_000, 12_000)


def _bench():
    spec = importlib.util.spec_from_file_location("bench_memory", REPO / "scripts" / "bench_memory.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_memory", mod)
    spec.loader.exec_module(mod)
    return mod


def _peak(shape: str, size: int, tmp: Path) -> tuple[int, int]:
    from timeline.pipeline import assemble, process_document

    path = _bench().generate(shape, size, tmp / f"{shape}-{size}.txt")
    text = path.read_text(encoding="utf-8")
    tracemalloc.start()
    try:
        assemble([process_document(text, path=str(path))])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return path.stat().st_size, peak


@pytest.fixture(scope="module")
def warm() -> None:
    from timeline.pipeline import assemble, process_document

    assemble([process_document("某公司在2014年3月5日宣布計畫。", path="warm.txt")])  # tables, dictionaries


@pytest.mark.parametrize("shape", ["chronology", "digits", "stories"])
def test_memory_grows_linearly_under_the_bound(shape: str, tmp_path: Path, warm: None) -> None:
    (n1, p1), (n2, p2) = (_peak(shape, n, tmp_path) for n in SIZES)
    exponent = math.log(p2 / p1) / math.log(n2 / n1)
    assert exponent < 1.15, (shape, exponent, p1, p2)
    assert p2 / n2 < BOUND, (shape, p2 / n2)
