"""The eighth fresh actor set (``tests/events/own_news_actors8``: ten stories written after the fixes on the first
seven, names no gazetteer lists, the expected lists in ``expected.tsv`` written before the set was first built;
docs/EVENTS.md, "An eighth fresh actor set"). The count may only grow."""

from __future__ import annotations

from pathlib import Path

from .actor_set import score


def test_the_eighth_set_reads_as_measured() -> None:
    right, total, lines = score(Path(__file__).parent / "own_news_actors8")
    assert total == 20
    assert right >= 19, "\n".join(lines)  # 10 before any fix of its own (2026-12-05)


def _rows(tl) -> dict[str, set[str]]:
    return {e.time.value: set(e.actors) for e in tl.events}


def test_a_speaker_after_the_saying_verb_and_rivals_listed_after_a_comparison(tmp_path: Path) -> None:
    # ", said X, an analyst at Y": X tells it; "priced below phones from A and B": both compared, no party
    from .built import built

    text = ("Rate\n\nMarch 6, 2036 - Carrow Bank raised its deposit rate on Wednesday, said Lena Brisk, an analyst at "
            "Tamsin Partners.")
    assert _rows(built(tmp_path, text, "2036-03-06-rate.txt")).get("2036-03-05") == {"Carrow Bank"}
    text = ("Tablet\n\nMarch 6, 2036 - Orvel Devices launched the T3 tablet on Tuesday, priced below tablets from "
            "Pranto and Kelvex.")
    assert _rows(built(tmp_path, text, "2036-03-06-tablet.txt")).get("2036-03-04") == {"Orvel Devices"}


def test_an_organisation_told_later_by_its_kind(tmp_path: Path) -> None:
    # "X, a carrier, …. The carrier signed …", "… Y Dairy …. The dairy was founded …", "joined the miner"
    from .built import built

    text = ("Deal\n\nMarch 6, 2036 - Tessel, a carrier, will sell the Z2 phone from May. The carrier signed the deal "
            "with Orvel Devices in February 2036.")
    rows = _rows(built(tmp_path, text, "2036-03-06-deal.txt"))
    assert rows.get("2036-05") == {"Tessel"}, rows
    assert rows.get("2036-02") == {"Tessel", "Orvel Devices"}, rows
    text = ("Dairy\n\nMarch 6, 2036 - Corbel Foods bought Wrenfield Dairy on Tuesday. The dairy was founded in 2011. "
            "Ada Pym joined the dairy in 2019.")
    rows = _rows(built(tmp_path, text, "2036-03-06-dairy.txt"))
    assert rows.get("2011") == {"Wrenfield Dairy"}, rows
    assert rows.get("2019") == {"Ada Pym", "Wrenfield Dairy"}, rows


def test_a_family_name_alone_and_a_body_by_its_kind(tmp_path: Path) -> None:
    # "邬于2035年创办…" after "邬明远": the person; "被环保局…" after "某市环保局": that bureau
    from .built import built

    text = "辞职\n\n2036年6月20日 来源：本报\n\n云棠科技创始人蔺书阳19日宣布辞去董事长职务。蔺于2031年创办云棠科技。"
    rows = _rows(built(tmp_path, text, "2036-06-20-resign.txt"))
    assert rows.get("2031") == {"蔺书阳", "云棠科技"}, rows
    text = "罚款\n\n2036年7月16日 来源：本报\n\n岚溪市环保局15日对汀岚化工处以50万元罚款。该公司曾于2034年被环保局责令整改。"
    rows = _rows(built(tmp_path, text, "2036-07-16-fine.txt"))
    assert rows.get("2034") == {"汀岚化工", "岚溪市环保局"}, rows


def test_a_day_before_by_an_amount_is_a_day(tmp_path: Path) -> None:
    # "甲集团11日以8亿元入股乙": 以 after a bare day is "by" (a count of days is 3日以内 / 以上 / 以后 / 以来)
    from .built import built

    text = "入股\n\n2036年1月12日 来源：本报\n\n汀川集团11日以5亿元入股岚屿物流，持股比例达20%。"
    rows = _rows(built(tmp_path, text, "2036-01-12-stake.txt"))
    assert rows.get("2036-01-11") == {"汀川集团", "岚屿物流"}, rows
    text = "工期\n\n2036年1月12日 来源：本报\n\n汀川集团表示，工程将在30日以内完成。"
    assert "2036-01-30" not in _rows(built(tmp_path, text, "2036-01-12-works.txt"))
