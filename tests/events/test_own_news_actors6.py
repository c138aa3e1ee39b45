"""The sixth fresh actor set (``tests/events/own_news_actors6``: eight stories written after the fixes on the first
five, names no gazetteer lists, the expected lists in ``expected.tsv`` written before the set was first built;
docs/EVENTS.md, "A sixth fresh actor set"). The count may only grow; the classes fixed after reading it are checked
on unit texts of their own below."""

from __future__ import annotations

from pathlib import Path

from .actor_set import score


def _rows(tl) -> dict[str, set[str]]:
    return {e.time.value: set(e.actors) for e in tl.events}


def test_the_sixth_set_reads_as_measured() -> None:
    right, total, lines = score(Path(__file__).parent / "own_news_actors6")
    assert total == 16
    assert right >= 15, "\n".join(lines)  # 8 before any fix of its own (2026-12-05)


def test_who_did_it_first_and_an_unlike_rival_are_no_participants(tmp_path: Path) -> None:
    from .built import built

    text = "电池\n\n2036年2月4日 来源：本报\n\n继汀岚科技之后，屿澄电子3日宣布进军固态电池领域。"
    rows = _rows(built(tmp_path, text, "2036-02-04-battery.txt"))
    assert rows.get("2036-02-03") == {"屿澄电子"}, rows
    text = "Prices\n\nMarch 4, 2036 - Unlike rival Corbel Foods, Hatherly Dairy raised its milk prices on Monday."
    rows = _rows(built(tmp_path, text, "2036-03-04-milk.txt"))
    assert rows.get("2036-03-03") == {"Hatherly Dairy"}, rows


def test_a_board_electing_and_a_chairman_resigning(tmp_path: Path) -> None:
    # "董事长某某因…辞职": the person; "同日，董事会选举某某为董事长": the company's board and the person
    from .built import built

    text = ("辞职\n\n2036年8月5日 来源：本报\n\n汀溪乳业4日发布公告称，公司董事长蒋沐川因个人原因辞职。"
            "同日，董事会选举邓清和为新任董事长。")
    tl = built(tmp_path, text, "2036-08-05-chair.txt")
    lists = [set(e.actors) for e in tl.events if e.time.value == "2036-08-04"]
    assert {"汀溪乳业", "蒋沐川"} in lists and {"汀溪乳业", "邓清和"} in lists, lists


def test_a_deal_or_an_alliance_said_of_takes_its_parties(tmp_path: Path) -> None:
    # "甲收购乙控股旗下的丙。…表示，交易预计…完成": 甲 and 丙 (the owner told by 旗下 is no side);
    # "甲、乙等五家公司成立联盟。…表示，联盟将…": 甲 and 乙
    from .built import built

    text = ("收购\n\n2036年4月9日 来源：本报\n\n岚峰集团8日宣布以20亿元收购澄湖控股旗下的汀帆物流。"
            "岚峰集团董事长殷慕川表示，交易预计于2036年7月完成。")
    rows = _rows(built(tmp_path, text, "2036-04-09-deal.txt"))
    assert {"岚峰集团", "汀帆物流"} <= rows.get("2036-07", set()), rows
    text = ("聯盟\n\n（記者某某／台北報導）凌澈科技、澄嶼數據等五家公司12日聯合成立AI產業聯盟。凌澈科技董事長龐晏川表示，"
            "聯盟將於2036年底前發布首份技術標準。")
    rows = _rows(built(tmp_path, text, "2036-06-13-alliance.txt"))
    assert {"凌澈科技", "澄嶼數據"} <= rows.get("2036", set()), rows


def test_a_person_in_a_trailing_clause_after_a_comma_name(tmp_path: Path) -> None:
    # "…on Thursday, a year after X's founder, Y, first approached the bookseller": Y takes no part
    from .built import built

    text = ("Books\n\nJuly 19, 2036 - Marden Retail completed its purchase of Quill Books on Thursday, a year after "
            "Marden's founder, Ada Crane, first approached the bookseller.")
    rows = _rows(built(tmp_path, text, "2036-07-19-books.txt"))
    assert rows.get("2036-07-17") == {"Marden Retail", "Quill Books"}, rows
