"""The fourth fresh actor set (``tests/events/own_news_actors4``: ten stories, names no gazetteer lists, the expected
lists in ``expected.tsv`` written before the set was first built; docs/EVENTS.md, "A fourth fresh actor set"). The
count may only grow; the classes fixed after reading it are checked on unit texts of their own below."""

from __future__ import annotations

from pathlib import Path

from .actor_set import score


def test_the_fourth_set_reads_as_measured() -> None:
    right, total, lines = score(Path(__file__).parent / "own_news_actors4")
    assert total == 23
    assert right >= 18, "\n".join(lines)  # 9 before any fix of its own (2026-12-05)


def _rows(tl) -> dict[str, set[str]]:
    return {e.time.value: set(e.actors) for e in tl.events}


def test_both_sides_and_the_other_side_are_the_pair_told_before(tmp_path: Path) -> None:
    # "双方…" opening a sentence: the two companies told before (a court beside them is no side);
    # "对方" / "its rival" / "the other side": the doer's other side
    from .built import built

    text = ("诉讼\n\n2036年3月9日 来源：本报\n\n砾原互娱8日向宁州中级人民法院起诉汀葵软件，索赔500万元。"
            "双方曾于2034年联合开发一款游戏。")
    rows = _rows(built(tmp_path, text, "2036-03-09-suit.txt"))
    assert {"砾原互娱", "汀葵软件"} <= rows.get("2036-03-08", set()), rows
    assert rows.get("2034") == {"砾原互娱", "汀葵软件"}, rows
    text = ("Patent\n\nMay 4, 2036 - Orvane Mobile said on Tuesday it had ended its licensing dispute with Keldry "
            "Wireless. Orvane sued its rival in 2034. Orvane will pay the other side $12 million by the end of June.")
    rows = _rows(built(tmp_path, text, "2036-05-04-patent.txt"))
    assert rows.get("2034") == {"Orvane Mobile", "Keldry Wireless"}, rows
    assert rows.get("2036-06") == {"Orvane Mobile", "Keldry Wireless"}, rows


def test_a_partner_after_yu_and_a_short_form_of_an_institution_word(tmp_path: Path) -> None:
    # "終止與X的合併": X is a party; "霁川储能…。霁川表示" is the one company; 互娱 / 储能 / 数位 end names
    from .built import built

    text = ("合併\n\n（記者某某／台北報導）朔嵐傳媒4日宣布終止與曦汀數位的合併計畫。曦汀數位則表示，將於6月底前提出求償。")
    rows = _rows(built(tmp_path, text, "2036-06-05-merge.txt"))
    assert rows.get("2036-06-04") == {"朔嵐傳媒", "曦汀數位"}, rows
    assert rows.get("2036-06") == {"曦汀數位"}, rows
    text = ("订单\n\n2036年7月8日 来源：本报\n\n霈岚储能7日与栖蔚汽车签订供货协议。霈岚表示，首批产品将于2036年10月交付。")
    rows = _rows(built(tmp_path, text, "2036-07-08-order.txt"))
    assert rows.get("2036-07-07") == {"霈岚储能", "栖蔚汽车"}, rows
    assert rows.get("2036-10") == {"霈岚储能"}, rows
