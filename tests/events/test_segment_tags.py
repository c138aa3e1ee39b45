"""jieba's part-of-speech table read on demand (timeline/events/segment.py, _TagTable) gives the tags
jieba's own table gives: the same answers, a cheaper start."""

from __future__ import annotations

import pytest

from timeline.events import segment


def _dictionary() -> dict[str, str]:
    """jieba's own word -> tag table, as a fresh ``POSTokenizer`` loads it from the default dictionary."""
    import jieba
    import jieba.posseg

    return jieba.posseg.POSTokenizer(jieba.Tokenizer()).word_tag_tab


def test_tags_on_demand_equal_jiebas_table(tmp_path, monkeypatch) -> None:
    import jieba

    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    table = segment._tag_table(jieba)
    if table is None:
        pytest.skip("no SQLite copy could be made here")
    full = _dictionary()
    words = list(full)[::997] + ["的", "收购", "科技", "上市", "阿里巴巴"]
    assert all(table.get(w) == full[w] for w in words)
    assert table.get("不是一个词语的字符串", "x") == "x"
    # the copy is made once: a second table reads the same file
    assert len(list(tmp_path.glob("jieba-tags-*.sqlite"))) == 1
    assert segment._tag_table(jieba).get("收购") == full["收购"]


def test_pos_cut_tags_words_from_the_table() -> None:
    cut = dict(segment.pos_cut("星河科技收购了一家银行"))
    assert cut.get("收购", "").startswith("v") and cut.get("银行", "").startswith("n")
