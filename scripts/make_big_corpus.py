#!/usr/bin/env python3
"""Generate a large synthetic corpus for scale tests by recombining the sample corpus's own sentences.

    python scripts/make_big_corpus.py OUT_DIR --articles 10000 [--per-file 20] [--seed 1]

Each generated article takes the opening (dateline) sentence of a sample article in some language,
moves its date by a random number of days (years back to about 1995), then adds 3-7 further sentences
drawn from the sample articles of the same language, with their absolute dates moved by the same
amount; relative expressions (去年9月, 近日, last year) are left as written and resolve against the
new article date. The layout is the sample's (``#`` heading, then a title line and one body line per
article, the body ending with ``(outlet)``), written as ``OUT_DIR/<lang>/part-NNNN.txt``.

The output is deterministic for a given ``--seed``, ``--articles`` and ``--per-file``.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from timeline.corpus import read_text, split_articles  # noqa: E402

SAMPLE = REPO / "resources" / "sample"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
_ZH_DAY = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_ZH_MONTH = re.compile(r"(\d{4})年(\d{1,2})月(?!\d{1,2}日)")
_ZH_YEAR = re.compile(r"(\d{4})年(?!\d{1,2}月|代)")
_EN_DAY = re.compile(r"\b(" + "|".join(MONTHS) + r") (\d{1,2}), (\d{4})\b")
_EN_MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r") (\d{4})\b")
_EN_YEAR = re.compile(r"(?<![\d$.,])\b(19\d\d|20\d\d)\b(?!\d|,\d)")
_ZH_SENT = re.compile(r"[^。！？]+[。！？]")
_EN_SENT = re.compile(r"\S.*?[.!?](?=\s+[A-Z\"']|\s*$)")


@dataclass
class Pool:
    """Sentences of one language: openings (each starting with the article's date) and the rest."""

    lang: str
    titles: list[str]
    outlets: list[str]
    openings: list[tuple[dt.date, str]]
    sentences: list[str]


def _article_date(lang: str, s: str) -> dt.date | None:
    if lang == "en":
        m = _EN_DAY.search(s)
        return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2])) if m else None
    m = _ZH_DAY.search(s)
    return dt.date(int(m[1]), int(m[2]), int(m[3])) if m else None


def _sentences(lang: str, body: str) -> list[str]:
    rx = _EN_SENT if lang == "en" else _ZH_SENT
    return [m.group(0).strip() for m in rx.finditer(body) if m.group(0).strip()]


def load_pools(sample_dir: Path = SAMPLE) -> dict[str, Pool]:
    pools: dict[str, Pool] = {}
    for path in sorted(sample_dir.glob("*.txt")):
        lang = path.stem
        text = read_text(path)
        pool = Pool(lang, [], [], [], [])
        for art in split_articles(text):
            body = text[art.body_start:art.end]
            if art.outlet:
                body = body[: body.rfind("(")].rstrip()
            sents = _sentences("en" if lang == "en" else "zh", body)
            if not sents:
                continue
            date = _article_date("en" if lang == "en" else "zh", sents[0])
            if date is None:
                continue
            pool.titles.append(art.title)
            pool.outlets.append(art.outlet or "Sample")
            pool.openings.append((date, sents[0]))
            pool.sentences.extend(sents[1:])
        if pool.openings:
            pools[lang] = pool
    return pools


def _clamp_day(y: int, m: int, d: int) -> dt.date:
    y = min(max(y, 1), 9999)
    return dt.date(y, m, min(d, calendar.monthrange(y, m)[1]))


def shift_dates(lang: str, s: str, days: int, years: int) -> str:
    """Move explicit dates in ``s``: full dates by ``days``, month and year dates by ``years``."""
    def zh_day(m: re.Match[str]) -> str:
        d = _clamp_day(int(m[1]), int(m[2]), int(m[3])) + dt.timedelta(days=days)
        return f"{d.year}年{d.month}月{d.day}日"

    def en_day(m: re.Match[str]) -> str:
        d = _clamp_day(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2])) + dt.timedelta(days=days)
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"

    if lang == "en":
        # Placeholders keep already-shifted full dates away from the month/year rules.
        parts: list[str] = []

        def keep(m: re.Match[str]) -> str:
            parts.append(en_day(m))
            return f"\x00{len(parts) - 1}\x00"

        s = _EN_DAY.sub(keep, s)
        s = _EN_MONTH.sub(lambda m: f"{m[1]} {int(m[2]) + years}", s)
        s = _EN_YEAR.sub(lambda m: str(int(m[1]) + years), s)
        return re.sub(r"\x00(\d+)\x00", lambda m: parts[int(m[1])], s)
    parts = []

    def keep_zh(m: re.Match[str]) -> str:
        parts.append(zh_day(m))
        return f"\x00{len(parts) - 1}\x00"

    s = _ZH_DAY.sub(keep_zh, s)
    s = _ZH_MONTH.sub(lambda m: f"{int(m[1]) + years}年{m[2]}月", s)
    s = _ZH_YEAR.sub(lambda m: f"{int(m[1]) + years}年", s)
    return re.sub(r"\x00(\d+)\x00", lambda m: parts[int(m[1])], s)


def make_article(rng: random.Random, pool: Pool, serial: int) -> tuple[str, str]:
    """One (title line, body line) pair."""
    k = rng.randrange(len(pool.openings))
    old_date, opening = pool.openings[k]
    new_date = dt.date(rng.randint(1995, 2026), rng.randint(1, 12), rng.randint(1, 28))
    days = (new_date - old_date).days
    years = new_date.year - old_date.year
    picked = rng.sample(pool.sentences, k=min(len(pool.sentences), rng.randint(3, 7)))
    sents = [shift_dates(pool.lang, s, days, years) for s in [opening, *picked]]
    sep = " " if pool.lang == "en" else ""
    body = sep.join(sents) + f" ({pool.outlets[rng.randrange(len(pool.outlets))]})"
    title = f"{pool.titles[k]} #{serial}"
    return title, body


def generate(out_dir: Path, articles: int, per_file: int = 20, seed: int = 1,
             sample_dir: Path = SAMPLE) -> list[Path]:
    """Write ``articles`` articles into ``out_dir``; return the files written."""
    rng = random.Random(seed)
    pools = load_pools(sample_dir)
    langs = sorted(pools)
    out_dir.mkdir(parents=True, exist_ok=True)
    buckets: dict[str, list[str]] = {lang: [] for lang in langs}
    written: list[Path] = []
    counters = dict.fromkeys(langs, 0)

    def flush(lang: str) -> None:
        if not buckets[lang]:
            return
        counters[lang] += 1
        path = out_dir / lang / f"part-{counters[lang]:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        # The corpus heading line is written only above two or more articles (a lone article after a
        # heading reads as ambiguous to the splitter).
        heading = f"#synthetic corpus ({lang})\n" if len(buckets[lang]) > 2 else ""
        path.write_text(heading + "\n".join(buckets[lang]) + "\n", encoding="utf-8")
        written.append(path)
        buckets[lang] = []

    for i in range(articles):
        lang = langs[rng.randrange(len(langs))]
        title, body = make_article(rng, pools[lang], i + 1)
        buckets[lang].extend([title, body])
        if len(buckets[lang]) >= 2 * per_file:
            flush(lang)
    for lang in langs:
        flush(lang)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--per-file", type=int, default=20, help="articles per file (default 20)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    files = generate(args.out_dir, args.articles, args.per_file, args.seed)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
    print(f"wrote {args.articles} articles in {len(files)} files, {chars:,} characters, to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
