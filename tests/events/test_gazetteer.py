"""Actor gazetteer: scripts and languages map to one canonical actor; users extend it with their own files."""

from __future__ import annotations

import json

import pytest

from timeline.events import GazetteerError, default_gazetteer, load_gazetteer
from timeline.events.gazetteer import ENV_VAR
from timeline.events.text import to_simplified


def actors(gaz, text):
    return gaz.actors(to_simplified(text))


def test_traditional_simplified_english_one_actor():
    g = default_gazetteer()
    assert actors(g, "字節跳動") == actors(g, "字节跳动") == actors(g, "ByteDance") == ["字節跳動"]
    assert actors(g, "馬雲") == actors(g, "马云") == actors(g, "Jack Ma") == ["馬雲"]
    assert actors(g, "蔡崇信") == actors(g, "Joe Tsai") == actors(g, "Joseph Tsai") == ["蔡崇信"]
    assert actors(g, "通義千問") == actors(g, "通义千问") == actors(g, "Qwen") == ["千問"]
    assert actors(g, "谷歌") == actors(g, "Google") == ["Google"]
    assert actors(g, "布魯克林籃網") == actors(g, "Brooklyn Nets") == ["布魯克林籃網"]


def test_longest_alias_wins_and_words_are_whole():
    g = default_gazetteer()
    assert actors(g, "阿里雲與阿里巴巴集團") == ["阿里雲", "阿里巴巴"]
    assert actors(g, "googleplex and Alibaba Cloud") == ["阿里雲"]
    assert actors(g, "GoogleGemini 3 Pro") == ["Google"]
    assert actors(g, "ALIBABA went public") == ["阿里巴巴"]


def test_user_files_extend_the_shipped_gazetteer(tmp_path, monkeypatch):
    tsv = tmp_path / "mine.tsv"
    tsv.write_text("# my actors\n拼多多\torg\tTemu|PDD\n某某科技\torg\t某某公司|Moumou Tech\n", encoding="utf-8")
    js = tmp_path / "mine.json"
    js.write_text(json.dumps({"黃崢": {"kind": "person", "aliases": ["Colin Huang", "黄峥"]}}), encoding="utf-8")
    g = load_gazetteer([tsv, js], include_default=True)
    assert actors(g, "Temu 與 某某公司 與 黄峥") == ["拼多多", "某某科技", "黃崢"]
    assert g.kind("黃崢") == "person"
    assert actors(g, "阿里巴巴") == ["阿里巴巴"]  # shipped entries kept
    only = load_gazetteer([tsv])
    assert actors(only, "阿里巴巴 Temu") == ["拼多多"]
    monkeypatch.setenv(ENV_VAR, str(tsv))
    assert "某某科技" in actors(default_gazetteer(), "某某公司")
    monkeypatch.delenv(ENV_VAR)
    assert actors(default_gazetteer(), "某某公司") == []


def test_bad_gazetteer_files(tmp_path):
    with pytest.raises(GazetteerError, match="no such"):
        load_gazetteer([tmp_path / "missing.tsv"])
    bad = tmp_path / "bad.tsv"
    bad.write_text("only-one-column\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="bad.tsv:1"):
        load_gazetteer([bad])


def test_to_simplified_keeps_length():
    s = "蔡崇信於1999年加入阿里巴巴集團，擔任首席財務官。ByteDance 字節跳動"
    out = to_simplified(s)
    assert len(out) == len(s) and "蔡崇信于1999年加入阿里巴巴集团" in out


def test_parents_link_products_to_their_owner(tmp_path):
    g = default_gazetteer()
    assert g.with_parents(["千問"]) == {"千問", "阿里巴巴"}
    assert g.with_parents(["支付寶"]) == {"支付寶", "螞蟻集團", "阿里巴巴"}
    f = tmp_path / "p.tsv"
    f.write_text("甲產品\tproduct\tProduct A\t甲公司\n甲公司\torg\tA Corp\n", encoding="utf-8")
    assert load_gazetteer([f]).with_parents(["甲產品"]) == {"甲產品", "甲公司"}


def test_a_product_with_a_version_or_suffix_matches_its_stem(tmp_path):
    """"Lumen4.1-Pro", "Lumen 4", "流明4.1" are the product "流明" (alias "Lumen"); "Lumens" is not."""
    tsv = tmp_path / "mine.tsv"
    tsv.write_text("星河科技\torg\tXinghe Tech\n流明\tproduct\t流明大模型|Lumen\t星河科技\n", encoding="utf-8")
    g = load_gazetteer([tsv])
    for text in ("Lumen4.1-Pro", "Lumen 4", "LUMEN-4.1", "流明4.1", "流明4.1版", "通用的流明4.1-Pro模型"):
        assert actors(g, text) == ["流明"], text
    for text in ("Lumens", "Lumenary", "the lumenal glow"):
        assert actors(g, text) == [], text
    assert g.with_parents(actors(g, "Lumen4.1-Plus")) == {"流明", "星河科技"}
