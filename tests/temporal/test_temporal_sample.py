"""Regression checks on the built-in sample corpus (resources/sample): article dates and a few mentions
that once came out wrong."""

from __future__ import annotations

from timeline.corpus import read_text, split_articles
from timeline.pipeline import sample_corpus_dir
from timeline.temporal import extract, infer_references

EXPECTED_DATES = {
    "en.txt": ["2026-02-17", "2026-01-12", "2026-02-06"],
    "zh-hans.txt": ["2026-02-17", "2026-01-08", "2026-02-08"],
    "zh-hant.txt": ["2026-02-18", "2026-01-20", "2026-02-13"],
}


def _articles(name: str) -> list[str]:
    text = read_text(sample_corpus_dir() / name)
    return [text[a.start:a.end] for a in split_articles(text)]


def _mentions(name: str) -> list[list[tuple[str, str | None, str | None]]]:
    arts = _articles(name)
    out = []
    for text, (ref, exact) in zip(arts, infer_references(arts), strict=True):
        out.append([(m.text, m.value, m.mod) for m in extract(text, ref, day_known=exact)])
    return out


def test_sample_article_dates() -> None:
    for name, want in EXPECTED_DATES.items():
        got = [d.isoformat() if d else None for d, _ in infer_references(_articles(name))]
        assert got == want, name


def test_sample_english_mentions() -> None:
    arts = _mentions("en.txt")
    assert ("Lunar New Year's Eve", "2026-02-16", None) in arts[0]
    assert ("the eve of the Lunar New Year", "2026-02-16", None) in arts[0]
    assert ("before the Lantern Festival", "2026-03-03", "BEFORE") in arts[0]
    assert ("October 10", "2025-10-10", None) in arts[2]
    assert ("12", "2025-10-12", None) in arts[2]
    assert ("fiscal 2025 third quarter", "2024-10-01/2024-12-31", None) in arts[2]
    assert not any(v and v.startswith("2013-Q") for _, v, _ in arts[2])


def test_sample_chinese_mentions() -> None:
    hans = _mentions("zh-hans.txt")
    assert ("去年2月", "2025-02", None) in hans[2]
    assert ("今年2月5日", "2026-02-05", None) in hans[2]
    hant = _mentions("zh-hant.txt")
    assert ("同一年", "1999", None) in hant[1]
    assert ("這個季度", "2025-10-01/2025-12-31", None) in hant[2]
    assert all(int(v[:4]) >= 2013 for _, v, _ in hant[2] if v)
