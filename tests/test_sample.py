"""The built-in sample corpus (resources/sample): layout, coverage, and originality."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline.corpus import iter_corpus_files, read_text, split_articles
from timeline.pipeline import sample_corpus_dir

EXPECTED_FILES = {"zh-hant.txt", "zh-hans.txt", "en.txt"}
WINDOW = 40


def _articles() -> list[tuple[Path, str, object]]:
    out = []
    for path in iter_corpus_files([sample_corpus_dir()]):
        text = read_text(path)
        for art in split_articles(text):
            out.append((path, text[art.start:art.end], art))
    return out


def test_sample_has_three_files_and_at_least_six_articles():
    files = {p.name for p in iter_corpus_files([sample_corpus_dir()])}
    assert EXPECTED_FILES <= files
    arts = _articles()
    assert len(arts) >= 6
    assert {p.name for p, _, _ in arts} >= EXPECTED_FILES


def test_every_article_has_title_outlet_and_explicit_date():
    date_re = re.compile(r"20\d\d年\d{1,2}月\d{1,2}日|(January|February|March|April|May|June|July|August|"
                         r"September|October|November|December) \d{1,2}, 20\d\d")
    for path, body, art in _articles():
        assert art.title, f"{path.name} article {art.index} has no title"
        assert art.outlet, f"{path.name} article {art.index} has no outlet"
        body_text = body[art.body_start - art.start:]
        m = date_re.search(body_text)
        assert m is not None and m.start() < 40, f"{path.name} article {art.index}: no explicit date early in body"


def test_chinese_article_lengths_are_news_sized():
    for path, body, art in _articles():
        n = len(body) - (art.body_start - art.start)
        if path.name.startswith("zh"):
            assert 150 <= n <= 400, (path.name, art.index, n)
        else:
            assert 300 <= n <= 1200, (path.name, art.index, n)


def test_sample_covers_the_deliberate_expression_kinds():
    text = "\n".join(read_text(p) for p in iter_corpus_files([sample_corpus_dir()]))
    for needle in ["去年9月", "今年2月5日", "近日", "2026財年第三季度", "fiscal 2025 third quarter", "除夕",
                   "大年初一", "元宵", "去年11月27日至今年2月5日", "2月10日和12日", "2000年代初", "early 2000s",
                   "2014年9月19日", "September 19, 2014", "1999", "千問3.5", "Qwen 3.5"]:
        assert needle in text, needle


def _windows(s: str, n: int = WINDOW):
    return (s[i:i + n] for i in range(max(0, len(s) - n + 1)))


def test_sample_does_not_copy_the_shared_corpus(shared_corpus):
    shared = read_text(shared_corpus)
    shared_squeezed = re.sub(r"\s+", "", shared)
    for path in iter_corpus_files([sample_corpus_dir()]):
        text = read_text(path)
        for w in _windows(text):
            assert w not in shared, f"{path.name}: 40-character run copied from the shared corpus: {w!r}"
        squeezed = re.sub(r"\s+", "", text)
        hits = [w for w in _windows(squeezed) if w in shared_squeezed]
        assert not hits, f"{path.name}: copied run (ignoring spaces): {hits[0]!r}"


@pytest.mark.parametrize("name", sorted(EXPECTED_FILES))
def test_sample_files_are_plain_utf8_without_bom(name):
    data = (sample_corpus_dir() / name).read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    data.decode("utf-8")


def test_each_chinese_file_is_written_in_its_script():
    opencc = pytest.importorskip("opencc")
    hans = read_text(sample_corpus_dir() / "zh-hans.txt")
    hant = read_text(sample_corpus_dir() / "zh-hant.txt")
    assert opencc.OpenCC("t2s").convert(hans) == hans          # nothing Traditional left
    changed = [a for a, b in zip(hant, opencc.OpenCC("s2t").convert(hant), strict=True) if a != b]
    assert set(changed) <= {"布"}                                # 發布/公布 are usual in Taiwan too
    assert opencc.OpenCC("t2s").convert(hant) != hant           # and it really is Traditional
