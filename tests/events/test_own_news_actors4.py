"""The fourth fresh actor set (``tests/events/own_news_actors4``: ten stories, names no gazetteer lists, the expected
lists in ``expected.tsv`` written before the set was first built; docs/EVENTS.md, "A fourth fresh actor set"). The
count may only grow; the classes fixed after reading it are checked on unit texts of their own below."""

from __future__ import annotations

from pathlib import Path

from .actor_set import score


def test_the_fourth_set_reads_as_measured() -> None:
    right, total, lines = score(Path(__file__).parent / "own_news_actors4")
    assert total == 23
    assert right >= 22, "\n".join(lines)  # 9 before any fix of its own (2026-12-05)


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


def test_a_firm_whose_analysts_comment_is_no_participant(tmp_path: Path) -> None:
    # "Analysts at X said …" / "X analysts expect …" / "X分析师…": the firm is a source, not a party
    from .built import built

    text = ("Order\n\nApril 6, 2036 - Pellam Rail said on Friday it had ordered 40 trains from Ostrow Works. Analysts "
            "at Greyling Capital said the order would double Ostrow's sales in 2037.")
    rows = _rows(built(tmp_path, text, "2036-04-06-trains.txt"))
    assert "Greyling Capital" not in rows.get("2037", set()) and "Ostrow Works" in rows.get("2037", set()), rows
    text = "订单\n\n2036年4月9日 来源：本报\n\n岚汀证券分析师许若岩8日表示，栖霞汽车今年二季度销量将增长两成。"
    rows = _rows(built(tmp_path, text, "2036-04-09-cars.txt"))
    assert not any("岚汀证券" in a for a in rows.get("2036-Q2", set())), rows


def test_an_appointee_after_a_describing_phrase(tmp_path: Path) -> None:
    # "任命曾在X任职的Y为总裁": Y is the appointee, X a past employer, "任命曾" no person
    from .built import built

    text = "任命\n\n2036年8月4日 来源：本报\n\n澜舟传媒3日任命曾在碧屿影业任职的骆听泉为总裁。"
    rows = _rows(built(tmp_path, text, "2036-08-04-hire.txt"))
    assert rows.get("2036-08-03") == {"澜舟传媒", "骆听泉"}, rows


def test_the_pair_before_counts_only_its_participants(tmp_path: Path) -> None:
    # "… citing data from X. The plant will supply …": the data firm is no party to the plant
    from .built import built

    text = ("Plant\n\nMarch 7, 2036 - Corlan Energy opened a cell plant on Monday, citing data from Vessick Insights "
            "that showed demand would double. The plant will supply cells to carmaker Dray Motors from 2037.")
    rows = _rows(built(tmp_path, text, "2036-03-07-plant.txt"))
    assert rows.get("2037") == {"Corlan Energy", "Dray Motors"}, rows


def test_we_of_a_speaker_told_as_an_officer_is_the_organisation(tmp_path: Path) -> None:
    from .built import built

    text = ("專訪汀禾生技執行長喬念恩\n\n記者：新藥何時開始研發？\n喬念恩：我們在2033年從泓岳藥業買下這款藥物的授權。")
    rows = _rows(built(tmp_path, text, "2036-09-01-interview.txt"))
    assert {"汀禾生技", "泓岳藥業"} <= rows.get("2033", set()), rows
