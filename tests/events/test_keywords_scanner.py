"""The literal scanner under the gazetteer and the bilingual keyword table."""

from __future__ import annotations

from timeline.events import default_keywords
from timeline.events.text import LiteralScanner, to_simplified


def test_scanner_leftmost_longest_ranges_and_boundaries():
    sc = LiteralScanner({"阿里": "A", "阿里巴巴": "AB", "NBA中国": "N"}, {"nets": "Nets", "jack ma": "Ma"})
    t = "阿里巴巴與阿里、NBA中国, the Nets and Jack Ma; sunsets, netsuke"
    hits = sc.find(t)
    assert [(t[a:b], v) for a, b, v in hits] == [("阿里巴巴", "AB"), ("阿里", "A"), ("NBA中国", "N"),
                                                   ("Nets", "Nets"), ("Jack Ma", "Ma")]
    a = t.index("與")
    assert [v for _, _, v in sc.find(t, a, a + 3)] == ["A"]
    assert sc.find(t, 1, 3) == []  # a match must lie inside the range
    assert LiteralScanner({}, {}).find("anything") == []


def test_keywords_are_bilingual_and_scripts_agree():
    kw = default_keywords()

    def concepts(s: str) -> list[str]:
        return kw.concepts(to_simplified(s))

    assert "ipo" in concepts("阿里巴巴在紐約上市") and "ipo" in concepts("Alibaba went public in New York")
    assert "ipo" in concepts("阿里巴巴在纽约上市") and "ipo" in concepts("the largest IPO in history")
    assert "acquisition" in concepts("阿里收購高德") and "acquisition" in concepts("Alibaba acquired AutoNavi")
    assert "founding" in concepts("馬雲創立阿里巴巴") and "founding" in concepts("Jack Ma founded Alibaba")
    assert "founding" not in concepts("自公司成立以來一直為董事會成員")  # a frame, not a founding
    assert "founding" not in concepts("we found out later")
    assert "open_source" in concepts("千問3.5正式開源") and "open_source" in concepts("Qwen was open-sourced")
    assert "chairman" in concepts("擔任董事長") and "chairman" in concepts("returned as chairman")


def test_sentences_in_mixed_and_unspaced_text():
    from timeline.events.text import sentence_spans

    t = "They listed in the U.S. in 2014.And it marked history. Mr. Smith said so.Qwen3.5 is out. 阿里巴巴上市。下一句"
    assert [t[a:b] for a, b in sentence_spans(t)] == [
        "They listed in the U.S. in 2014.", "And it marked history.", "Mr. Smith said so.", "Qwen3.5 is out.",
        "阿里巴巴上市。", "下一句"]
