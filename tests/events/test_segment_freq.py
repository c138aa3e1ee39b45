"""jieba's prefix dictionary read on demand (timeline/events/segment.py, _FreqTable) gives the counts, the
prefixes and the total jieba loads itself, so the segmentation is identical and the start cheaper (issue 12,
deliver 5: the shared corpus in one second). Texts written for the test."""

from __future__ import annotations

import pytest

from timeline import cache as cache_mod
from timeline.events import segment

TEXTS = ["星河半導體於二月宣佈收購月湖銀行全部股份", "雲杉電池在廈門的新工廠正式投產，年產能達到十萬台",
         "董事長林某表示公司將在明年上市", "ChatGPT发布后，多家公司推出大模型", "据悉，翠谷科技斥资12亿元买下青岚数据"]


@pytest.fixture()
def tables(freq_table, tmp_path):
    import jieba

    table = freq_table
    own = jieba.Tokenizer()
    own.initialize()
    return table, own, tmp_path


def test_counts_prefixes_and_total_equal_jiebas(tables) -> None:
    table, own, tmp_path = tables
    assert table.total == own.total
    words = list(own.FREQ)[::1009] + ["的", "收购", "科", "科技", "阿里巴巴", "不是一个词语的字符串"]
    for w in words:
        assert (w in table) == (w in own.FREQ) and table.get(w) == own.FREQ.get(w), w
    assert len(list(tmp_path.glob("jieba-freq-*.sqlite"))) == 1  # made once


def test_segmentation_with_the_table_is_jiebas(tables) -> None:
    import jieba

    table, own, _ = tables
    mine = jieba.Tokenizer()
    mine.FREQ, mine.total, mine.initialized = table, table.total, True
    for t in TEXTS:
        for hmm in (False, True):
            assert list(mine.cut(t, HMM=hmm)) == list(own.cut(t, HMM=hmm)), t


def test_added_words_and_a_bounded_memory(tables) -> None:
    table, own, _ = tables
    table.SEEN_MAX = 8  # an instance setting: the class keeps its bound
    for w in list(own.FREQ)[:50]:
        assert table.get(w) == own.FREQ[w]
    assert len(table._seen) <= 8
    table["翠嵐數據"] = 7  # what jieba.add_word writes
    assert table.get("翠嵐數據") == 7 and "翠嵐數據" in table
    for w in list(own.FREQ)[50:100]:
        table.get(w)
    assert table["翠嵐數據"] == 7  # never forgotten


def test_sweep_keeps_only_the_current_copies(tmp_path, monkeypatch) -> None:
    """Copies of another key that no install used for STALE_AGE and a dead writer's temporary file go; the
    current copies, a temporary file being written now and every file the product did not make stay
    (issue 17)."""
    import os
    import time

    import jieba

    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    current = {os.path.basename(segment._db_path(jieba, k)) for k in ("freq", "tags")}
    stale = ["jieba-freq-0123456789abcdef.sqlite", "jieba-tags-0123456789abcdef.sqlite", "jieba-freq-old1x.tmp"]
    kept = [*current, "jieba-tags-new2y.tmp", "jieba.cache", "jieba.u1234.cache", "notes.sqlite",
            "jieba-freq-0123456789abcdef.sqlite.bak", "jieba-freq-mine.sqlite", "my-jieba-freq-0123456789abcdef.sqlite"]
    for name in stale + kept:
        (tmp_path / name).write_bytes(b"x")
    old = time.time() - 2 * cache_mod.TMP_AGE
    os.utime(tmp_path / "jieba-freq-old1x.tmp", (old, old))
    unused = time.time() - 2 * cache_mod.STALE_AGE
    for name in [*stale[:2], *kept[3:]]:  # the files the product did not make stay however old they are
        os.utime(tmp_path / name, (unused, unused))
    (tmp_path / "jieba-freq-fedcba9876543210.sqlite").mkdir()  # not a file: left alone
    assert sorted(segment._sweep(jieba)) == sorted(stale)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*kept, "jieba-freq-fedcba9876543210.sqlite"])
    assert segment._sweep(jieba) == []


def test_two_installs_sharing_a_cache_keep_each_others_copies(tmp_path, monkeypatch) -> None:
    """Two clones with their own jieba (two dictionary files, so two keys) share one cache folder: each start
    sweeps, and neither removes the other's copies while the other's dictionary exists and its copies are used
    (issue 17: before, each start deleted the other's pair, ~30 MB made again every time). A copy whose
    dictionary is gone (a deleted virtual environment) goes at the next sweep; one unused for STALE_AGE goes."""
    import os
    import shutil
    import time
    import types

    import jieba

    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(cache))

    def install(name: str) -> types.SimpleNamespace:
        """A stand-in for another clone's jieba: its own copy of the dictionary file, the same version."""
        pkg = tmp_path / name / "jieba"
        pkg.mkdir(parents=True)
        shutil.copy(segment._dict_path(jieba), pkg / jieba.DEFAULT_DICT_NAME)
        return types.SimpleNamespace(__file__=str(pkg / "__init__.py"), __version__=jieba.__version__,
                                     DEFAULT_DICT_NAME=jieba.DEFAULT_DICT_NAME)

    def start(j) -> list[str]:
        """What a start does with the cache: make (or mark used) its copies, then sweep."""
        for kind in ("freq", "tags"):
            db = segment._db_path(j, kind)
            if os.path.exists(db):
                cache_mod.mark_used(db)
            else:
                cache_mod.write_table(db, kind, "f INTEGER", [("的", 1)], f"jieba-{kind}-", segment._source_row(j))
        return segment._sweep(j)

    a, b = install("a"), install("b")
    names_a = {os.path.basename(segment._db_path(a, k)) for k in ("freq", "tags")}
    names_b = {os.path.basename(segment._db_path(b, k)) for k in ("freq", "tags")}
    assert names_a.isdisjoint(names_b)  # two keys
    for _ in range(2):  # alternating starts remove nothing
        assert start(a) == []
        assert start(b) == []
    assert {p.name for p in cache.iterdir()} == names_a | names_b
    # a's copies unused for a long time but its dictionary still there: a start marks them used again
    unused = time.time() - 2 * cache_mod.STALE_AGE
    for n in names_a:
        os.utime(cache / n, (unused, unused))
    assert start(a) == [] and start(b) == []
    # a's copies unused for STALE_AGE: b's start removes them
    for n in names_a:
        os.utime(cache / n, (unused, unused))
    assert sorted(start(b)) == sorted(names_a)
    assert start(a) == []  # made again
    # a's clone deleted (its dictionary gone): b's next start removes a's copies at once, fresh as they are
    shutil.rmtree(tmp_path / "a")
    assert sorted(segment._sweep(b)) == sorted(names_a)
    assert {p.name for p in cache.iterdir()} == names_b
    # b's dictionary changed (jieba upgraded in place): its old copies go at the next sweep of a new key
    dict_b = tmp_path / "b" / "jieba" / jieba.DEFAULT_DICT_NAME
    old_names_b = names_b
    with open(dict_b, "ab") as f:
        f.write(b"\n")
    assert sorted(start(b)) == sorted(old_names_b)
