"""The ninth fresh actor set (``tests/events/own_news_actors9``: ten stories written after the fixes on the eighth,
names no gazetteer lists, the expected lists in ``expected.tsv`` written before the set was first built;
docs/EVENTS.md, "A ninth fresh actor set"). The count may only grow."""

from __future__ import annotations

from pathlib import Path

from .actor_set import score


def test_the_ninth_set_reads_as_measured() -> None:
    right, total, lines = score(Path(__file__).parent / "own_news_actors9")
    assert total == 21
    assert right >= 20, "\n".join(lines)  # 14 before any fix of its own (2026-12-05)


def _rows(tl) -> dict[str, set[str]]:
    return {e.time.value: set(e.actors) for e in tl.events}


def test_he_opening_a_sentence_is_the_subject_before(tmp_path: Path) -> None:
    # "X … and hired Y as his deputy in 1990. He retired in 2012.": X, not the last person told; the first date's
    # clause ends at "and hired"
    from .built import built

    text = ("Obituary\n\nMarch 4, 2036 - Ivo Lentz, who founded Lentz Audio, died on Tuesday. Lentz opened the shop "
            "in 1971 and hired Maria Quint as his deputy in 1985. He retired in 2009.")
    rows = _rows(built(tmp_path, text, "2036-03-04-obit.txt"))
    assert rows.get("2009") == {"Ivo Lentz"}, rows
    assert "Maria Quint" not in rows.get("1971", set()), rows


def test_the_rival_the_company_a_former_post_and_rival_bids(tmp_path: Path) -> None:
    from .built import built

    text = ("Suit\n\nNovember 18, 2036 - Orrel Foods sued Pandry Snacks on Thursday over its packaging. The rival "
            "launched the crisps in March 2036.")
    assert _rows(built(tmp_path, text, "2036-11-18-suit.txt")).get("2036-03") == {"Pandry Snacks"}
    text = ("Fine\n\nApril 8, 2036 - The Haldon environment bureau fined Rusk Chemicals $1 million on Monday. The "
            "bureau had warned the company in 2034.")
    rows = _rows(built(tmp_path, text, "2036-04-08-fine.txt"))
    assert "Rusk Chemicals" in rows.get("2034", set()), rows
    text = ("Licence\n\nJuly 15, 2036 - Maren Holt, a former Brisk Labs chemist, founded Holt Bio in 2031.")
    assert "Brisk Labs" not in _rows(built(tmp_path, text, "2036-07-15-lic.txt")).get("2031", set())
    text = ("Trains\n\nSeptember 9, 2036 - Verro Rail won a contract to build 20 trains on Tuesday, beating bids "
            "from Anvel Works and Trask Stock.")
    rows = _rows(built(tmp_path, text, "2036-09-09-trains.txt"))
    assert rows and all(names == {"Verro Rail"} for names in rows.values()), rows


def test_a_warehouse_company_bought_with_its_stake(tmp_path: Path) -> None:
    from .built import built

    text = "收购\n\n2036年5月10日 来源：本报\n\n汀川物流9日宣布收购岚港仓储60%股权。"
    assert _rows(built(tmp_path, text, "2036-05-10-wh.txt")).get("2036-05-09") == {"汀川物流", "岚港仓储"}


def test_a_name_jieba_cuts_into_two_verbs_before_an_organisation_word(tmp_path: Path) -> None:
    # "晴守科技5日宣布…" (晴 / 守 read as verbs) and "收购晴守科技": the name; "增持万嘉物流" stays a verb and a name
    from .built import built

    text = "收购\n\n2036年1月6日 来源：本报\n\n晴守科技5日宣布收购岚川电子。"
    assert _rows(built(tmp_path, text, "2036-01-06-buy.txt")).get("2036-01-05") == {"晴守科技", "岚川电子"}
    text = "收购\n\n2036年1月6日 来源：本报\n\n岚川电子5日宣布收购晴守科技。"
    assert _rows(built(tmp_path, text, "2036-01-06-sold.txt")).get("2036-01-05") == {"岚川电子", "晴守科技"}
