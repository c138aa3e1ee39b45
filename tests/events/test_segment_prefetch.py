"""jieba's on-demand prefix dictionary read ahead in batches (segment._FreqTable.prefetch): the same answers as
reading each fragment on its own, the words added with jieba.add_word kept, fewer queries. Texts written for the
test."""

from __future__ import annotations

import pytest

from timeline.events import segment

TEXTS = ["星河半導體於二月宣佈收購月湖銀行全部股份", "雲杉電池在廈門的新工廠正式投產，年產能達到十萬台",
         "ChatGPT发布后，多家公司推出大模型", "据悉，翠谷科技斥资12亿元买下青岚数据", "a", ""]


@pytest.fixture()
def table(freq_table):
    return freq_table


def _fragments(text: str, table) -> list[str]:
    """What jieba's get_DAG asks: each character, and text[a:b + 1] while text[a:b] is in the table."""
    out = []
    for a in range(len(text)):
        b = a + 1
        while True:
            out.append(text[a:b])
            if b >= len(text) or table.get(text[a:b]) is None:
                break
            b += 1
    return out


def test_prefetched_answers_are_the_single_reads(table, tmp_path) -> None:
    single = segment._FreqTable(table._path)
    for t in TEXTS:
        table.prefetch(t)
        for w in _fragments(t, single):
            assert w in table._seen, w  # read ahead: no query of its own
            assert table.get(w) == single.get(w), w


def test_prefetch_keeps_added_words_and_its_bound(table) -> None:
    table["星河半導"] = 5  # what jieba.add_word writes; the copy holds no such word
    table.SEEN_MAX = 16
    for t in TEXTS:
        table.prefetch(t)
        assert len(table._seen) <= 16 + table.BATCH
    assert table.get("星河半導") == 5 and "星河半導" in table


def test_segmentation_after_prefetch_is_jiebas(table) -> None:
    import jieba

    own = jieba.Tokenizer()
    own.initialize()
    mine = jieba.Tokenizer()
    mine.FREQ, mine.total, mine.initialized = table, table.total, True
    for t in TEXTS:
        table.prefetch(t)
        assert list(mine.cut(t, HMM=False)) == list(own.cut(t, HMM=False)), t
