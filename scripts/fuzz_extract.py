"""Fuzz the temporal extractor: random inputs must never crash it or give impossible values.

Usage::

    .venv/bin/python scripts/fuzz_extract.py --n 100000 [--seed 1] [--max-len 120] [--show 10]

Each input is one of: random Unicode, a random mix of digits, Chinese numerals and date words
(年月日季旬...), or an impossible date (``2月30日``, ``13月``, ``第五季度``...) inside random context.
For each input, with a random reference date (or none), :func:`check` verifies the contract of
``timeline.temporal.extract``:

* it returns without raising;
* every mention has ``0 <= start < end <= len(text)`` and ``text[start:end] == mention.text``;
  mentions come in text order;
* every non-null value is a valid calendar value (``TimeSpan.from_value`` accepts it), with a known
  granularity and mod;
* an impossible date never becomes a date: no mention overlapping its impossible part gets a value
  at the impossible precision (day for ``2月30日``, month for ``13月``, quarter for ``第五季度``).

Failures are shrunk to a short reproducing input and printed; the exit status is 1 if any failed.
The pytest suite (tests/robustness/test_extract_properties.py) reuses :func:`check` and the
generators with a few hundred examples.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.model import GRANULARITIES, MODS, TimeSpan  # noqa: E402

DIGITS = "0123456789０１２３４５６７８９"
CN_NUMERALS = "〇零○一二三四五六七八九十百千萬万两兩廿卅"
DATE_WORDS = [
    "年", "月", "日", "號", "号", "季", "季度", "旬", "上旬", "中旬", "下旬", "初", "中", "末", "底", "半",
    "上半年", "下半年", "第", "前", "後", "后", "去年", "今年", "明年", "前年", "本月", "上月", "下月",
    "週", "周", "星期", "禮拜", "天", "元宵", "除夕", "春節", "春节", "中秋", "財年", "财年", "年代", "世紀",
    "世纪", "至", "到", "—", "-", "~", "/", ".", "，", "。", "、", " ", "\n", "左右", "前後", "約", "约",
    "近日", "日前", "當天", "年初", "年中", "年底", "月初", "月中", "月底", "Q", "FY", "H1", "H2", "W",
    "March", "Feb.", "early", "late", "mid-", "the 1990s", "fiscal", "quarter", "of", "in", " ", "'",
    "農曆", "正月", "臘月", "初一", "十五",
]
NUMBERS = ["0", "1", "2", "9", "10", "12", "13", "29", "30", "31", "32", "99", "100", "1899", "1900", "1999",
           "2000", "2025", "2026", "9999", "10000", "0000", "00", "二〇二六", "一九九九", "十二", "十三", "三十",
           "三十一", "三十二", "五", "第五", "一百"]

IMPOSSIBLE = [
    # (template, the impossible part, granularities it must not get)
    ("{y}年2月30日", "30日", ("day",)),
    ("{y}年2月31日", "31日", ("day",)),
    ("{y}年4月31日", "31日", ("day",)),
    ("2025年2月29日", "29日", ("day",)),
    ("{y}年6月0日", "0日", ("day",)),
    ("{y}年1月32日", "32日", ("day",)),
    ("2月30日", "30日", ("day",)),
    ("{y}年13月", "13月", ("month", "day", "xun", "week")),
    ("{y}年0月", "0月", ("month", "day", "xun", "week")),
    ("十三月", "十三月", ("month", "day", "xun", "week")),
    ("{y}年第五季度", "第五季度", ("quarter",)),
    ("第五季度", "第五季度", ("quarter",)),
    ("{y}年第0季度", "第0季度", ("quarter",)),
    ("{y}-13-01", "13-01", ("month", "day")),
    ("{y}-02-30", "02-30", ("day",)),
    ("February 30, {y}", "February 30", ("day",)),
    ("{y}年2月30號", "30號", ("day",)),
    ("二〇二六年二月三十日", "三十日", ("day",)),
    ("{y}年Q5", "Q5", ("quarter",)),
]


@dataclass
class Case:
    text: str
    reference: dt.date | None
    bad: tuple[int, int] | None = None  # span of an impossible part
    bad_grans: tuple[str, ...] = ()
    keep: tuple[int, int] | None = None  # span the shrinker must not cut into (the impossible date)


# ------------------------------------------------------------------------------------------ generators
def random_reference(rnd: random.Random) -> dt.date | None:
    r = rnd.random()
    if r < 0.2:
        return None
    if r < 0.3:
        return rnd.choice([dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(1900, 2, 28), dt.date(2024, 2, 29)])
    return dt.date(rnd.randint(1900, 2100), rnd.randint(1, 12), rnd.randint(1, 28))


def random_unicode(rnd: random.Random, max_len: int) -> str:
    n = rnd.randint(0, max_len)
    out = []
    for _ in range(n):
        r = rnd.random()
        if r < 0.3:
            out.append(chr(rnd.randint(0x4E00, 0x9FFF)))
        elif r < 0.5:
            out.append(chr(rnd.randint(0x20, 0x7E)))
        elif r < 0.6:
            out.append(rnd.choice(DIGITS + CN_NUMERALS))
        else:
            cp = rnd.randint(0, 0x10FFFF)
            if 0xD800 <= cp <= 0xDFFF:
                cp = 0xFFFD
            out.append(chr(cp))
    return "".join(out)


def random_mix(rnd: random.Random, max_len: int) -> str:
    out: list[str] = []
    length = 0
    target = rnd.randint(1, max_len)
    while length < target:
        r = rnd.random()
        if r < 0.35:
            piece = rnd.choice(NUMBERS)
        elif r < 0.5:
            piece = "".join(rnd.choice(DIGITS) for _ in range(rnd.randint(1, 5)))
        elif r < 0.6:
            piece = "".join(rnd.choice(CN_NUMERALS) for _ in range(rnd.randint(1, 4)))
        else:
            piece = rnd.choice(DATE_WORDS)
        out.append(piece)
        length += len(piece)
    return "".join(out)


def impossible_case(rnd: random.Random, max_len: int) -> Case:
    template, part, grans = rnd.choice(IMPOSSIBLE)
    core = template.format(y=rnd.choice(["2026", "2025", "1999", "1900", "二〇二六"]))
    # The context is separated from the date so that it cannot join it into another valid expression.
    pre = random_mix(rnd, max_len // 4) + "。" if rnd.random() < 0.5 else rnd.choice(["", "據報道，", "於"])
    post = rnd.choice(["", "，公司發布財報。", "起", "前後", "左右", "至3月1日", " and later"])
    return impossible_in_context(pre, core, part, grans, post, random_reference(rnd))


def impossible_in_context(pre: str, core: str, part: str, grans: tuple[str, ...], post: str,
                          reference: dt.date | None) -> Case:
    text = pre + core + post
    start = len(pre) + core.index(part)
    return Case(text, reference, (start, start + len(part)), grans, (len(pre), len(pre) + len(core)))


def generate(rnd: random.Random, max_len: int = 120) -> Case:
    r = rnd.random()
    if r < 0.3:
        return Case(random_unicode(rnd, max_len), random_reference(rnd))
    if r < 0.75:
        return Case(random_mix(rnd, max_len), random_reference(rnd))
    return impossible_case(rnd, max_len)


# --------------------------------------------------------------------------------------------- checks
def check(case: Case, extract: Callable | None = None) -> list[str]:
    """Problems with ``extract(case.text, case.reference)``; an empty list means the contract holds."""
    if extract is None:
        from timeline.temporal import extract
    text = case.text
    try:
        mentions = list(extract(text, case.reference))
    except Exception as exc:  # noqa: BLE001 - any exception is a finding
        return [f"raises {type(exc).__name__}: {exc}"]
    problems = []
    prev_start = -1
    for m in mentions:
        if not (isinstance(m.start, int) and isinstance(m.end, int) and 0 <= m.start < m.end <= len(text)):
            problems.append(f"bad offsets {m.start}..{m.end} for text of length {len(text)}")
            continue
        if text[m.start:m.end] != m.text:
            problems.append(f"text[{m.start}:{m.end}] == {text[m.start:m.end]!r} != mention {m.text!r}")
        if m.start < prev_start:
            problems.append(f"mentions out of text order at {m.start}")
        prev_start = m.start
        if m.granularity not in GRANULARITIES:
            problems.append(f"unknown granularity {m.granularity!r} for {m.text!r}")
        if m.mod is not None and m.mod not in MODS:
            problems.append(f"unknown mod {m.mod!r} for {m.text!r}")
        if m.value is not None:
            try:
                TimeSpan.from_value(m.value, m.granularity, m.mod)
            except (ValueError, OverflowError, TypeError) as exc:
                problems.append(f"invalid value {m.value!r} for {m.text!r}: {exc}")
        if case.bad and m.value is not None and m.start < case.bad[1] and case.bad[0] < m.end:
            if m.granularity in case.bad_grans or _value_precision(m.value) in case.bad_grans:
                problems.append(f"impossible {text[case.bad[0]:case.bad[1]]!r} became {m.value!r} "
                                f"({m.granularity}) via {m.text!r}")
    return problems


def _value_precision(value: str) -> str:
    try:
        return TimeSpan.from_value(value.split("/")[-1]).granularity
    except (ValueError, OverflowError):
        return ""


def shrink(case: Case, extract: Callable | None = None) -> Case:
    """Greedily delete characters while the input still fails (keeps an impossible part intact)."""
    best = case
    changed = True
    while changed and len(best.text) > 1:
        changed = False
        for size in (8, 4, 2, 1):
            i = 0
            while i < len(best.text):
                j = min(i + size, len(best.text))
                keep = best.keep
                if keep and not (j <= keep[0] or i >= keep[1]):
                    i += 1
                    continue
                shift = j - i if keep and j <= keep[0] else 0
                bad = (best.bad[0] - shift, best.bad[1] - shift) if best.bad else None
                keep = (keep[0] - shift, keep[1] - shift) if keep else None
                cand = Case(best.text[:i] + best.text[j:], best.reference, bad, best.bad_grans, keep)
                if cand.text and check(cand, extract):
                    best, changed = cand, True
                else:
                    i += 1
    return best


def run(n: int, seed: int = 1, max_len: int = 120, show: int = 10, out=None) -> int:
    """Fuzz ``n`` inputs; print a report (to ``out``, default stdout); return the number of failing inputs."""
    from timeline.temporal import extract

    out = out or sys.stdout
    rnd = random.Random(seed)
    kinds: Counter[str] = Counter()
    failures: list[tuple[Case, list[str]]] = []
    t0 = time.perf_counter()
    for _ in range(n):
        case = generate(rnd, max_len)
        problems = check(case, extract)
        if problems:
            kinds[problems[0].split(" ", 1)[0] + " " + problems[0].split(" ", 2)[1]] += 1
            failures.append((case, problems))
    elapsed = time.perf_counter() - t0
    print(f"{n} inputs in {elapsed:.1f} s ({n / max(elapsed, 1e-9):,.0f}/s), seed {seed}: "
          f"{len(failures)} failures", file=out)
    for kind, count in kinds.most_common():
        print(f"  {count:6d}  {kind}", file=out)
    edge = sum(1 for c, _ in failures if c.reference is not None and c.reference.year in (1, 9999))
    if failures:
        print(f"  ({edge} of the failing inputs have a reference date in year 1 or 9999)", file=out)
    seen: set[str] = set()
    for case, _problems in failures[: show * 20]:
        if len(seen) >= show:
            break
        small = shrink(case, extract)
        first = check(small, extract)[0]
        if first in seen:
            continue
        seen.add(first)
        print(f"\n- {first}\n  input: {small.text!r}  reference: {small.reference}", file=out)
        if first.startswith("raises"):
            try:
                extract(small.text, small.reference)
            except Exception as exc:  # noqa: BLE001
                frame = traceback.extract_tb(exc.__traceback__)[-1]
                print(f"  at {Path(frame.filename).name}:{frame.lineno} in {frame.name}", file=out)
    return len(failures)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000, help="number of random inputs (default 100000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-len", type=int, default=120, help="longest random input in characters")
    ap.add_argument("--show", type=int, default=10, help="distinct failures to shrink and print")
    args = ap.parse_args(argv)
    return 1 if run(args.n, args.seed, args.max_len, args.show) else 0


if __name__ == "__main__":
    raise SystemExit(main())
