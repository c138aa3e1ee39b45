"""The cost of ``timeline mentions`` grows linearly with the text, whatever its shape (issue 14).

A regex that rescans a run of digits from every position, or a per-mention step that reads the whole
"sentence" around it when a page has no sentence ends, makes the cost grow with the square of a paragraph.
Each test measures the CPU time of the same path at two sizes (best of three runs, in this process) and
asserts the growth exponent ``log(t2/t1) / log(n2/n1)``: about 1 for a linear path, 2 for a quadratic one.
No absolute time is asserted.
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import bench_linear  # noqa: E402

from timeline.events.text import MAX_SENTENCE, sentence_spans  # noqa: E402

FACTOR = 8
MAX_EXPONENT = 1.4


def _cpu(text: str) -> float:
    return min(bench_linear.measure(text) for _ in range(3))


def _zh_dates_line(n: int, rng: random.Random) -> str:
    return "".join(f"{rng.randint(1990, 2030)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日" for _ in range(n // 9))[:n]


SHAPES = {
    "digits": (bench_linear.digits, 20_000),
    "fullwidth-digits": (bench_linear.fullwidth_digits, 20_000),
    "one-line-numbers": (bench_linear.one_line_numbers, 20_000),
    "zh-dates-on-one-line": (_zh_dates_line, 4_000),
}


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    bench_linear.run_mentions(bench_linear.prose(2000, random.Random(0)))


@pytest.mark.slow
@pytest.mark.parametrize("shape", list(SHAPES))
def test_growth_is_linear(shape: str) -> None:
    make, n = SHAPES[shape]
    small, large = make(n, random.Random(1)), make(n * FACTOR, random.Random(1))
    t1, t2 = _cpu(small), _cpu(large)
    exponent = math.log(max(t2, 1e-6) / max(t1, 1e-6)) / math.log(len(large) / len(small))
    assert exponent < MAX_EXPONENT, f"{shape}: {t1:.3f} s at {len(small)}, {t2:.3f} s at {len(large)} ({exponent:.2f})"


@pytest.mark.parametrize("text", [
    "1" * 5000, "12 " * 3000, "a" * 2500 + " " + "b" * 2500, "今天" * 3000 + "。短句。",
])
def test_sentences_are_bounded_and_cover_the_text(text: str) -> None:
    spans = sentence_spans(text)
    assert all(b - a <= MAX_SENTENCE for a, b in spans)
    assert all(b0 <= a1 for (_, b0), (a1, _) in zip(spans, spans[1:], strict=False))
    assert "".join(text[a:b] for a, b in spans).replace(" ", "") == text.replace(" ", "")
