"""Growth exponents for scaling tests: the slope of log(cost) over log(size) between two sizes.

A test asserts the exponent (1 = linear, 2 = quadratic), never a wall-clock time, so a loaded machine
changes the answer much less than a fixed time limit would. Each size is measured ``repeat`` times and
the fastest run is used.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable


def best_time(fn: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs of ``fn`` in seconds."""
    best = math.inf
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return max(best, 1e-6)


def growth_exponent(make: Callable[[int], Callable[[], object]], small: int, large: int, repeat: int = 3) -> float:
    """``log(t(large) / t(small)) / log(large / small)`` where ``make(n)`` returns the work for size ``n``."""
    t_small = best_time(make(small), repeat)
    t_large = best_time(make(large), repeat)
    return math.log(t_large / t_small) / math.log(large / small)
