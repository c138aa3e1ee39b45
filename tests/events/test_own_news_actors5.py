"""The fifth fresh actor set (``tests/events/own_news_actors5``: ten stories written after the fixes on the first
four, names no gazetteer lists, the expected lists in ``expected.tsv`` written before the set was first built;
docs/EVENTS.md, "A fifth fresh actor set"). The count may only grow; the classes fixed after reading it are
checked on unit texts of their own below."""

from __future__ import annotations

from pathlib import Path

from .actor_set import score


def test_the_fifth_set_reads_as_measured() -> None:
    right, total, lines = score(Path(__file__).parent / "own_news_actors5")
    assert total == 21
    assert right >= 20, "\n".join(lines)  # 13 before any fix of its own (2026-12-05)


def _rows(tl) -> dict[str, set[str]]:
    return {e.time.value: set(e.actors) for e in tl.events}


def test_names_of_more_business_words_and_a_partner_jieba_cuts(tmp_path: Path) -> None:
    # 文旅 / 智造 / 资讯 end names where they are used as participants; "与知|微智造": a rare single character after
    # 与 opens the name; "资安新创X": the kind 新创 is no part of X
    from .built import built

    text = "签约\n\n2036年5月3日 来源：本报\n\n汀屿文旅2日与砾微智造签约，双方将合作开发主题乐园。"
    rows = _rows(built(tmp_path, text, "2036-05-03-park.txt"))
    assert rows.get("2036-05-02") == {"汀屿文旅", "砾微智造"}, rows
    text = "收購\n\n（記者某某／台北報導）嵐杉資訊4日宣布收購資安新創澄望科技。"
    rows = _rows(built(tmp_path, text, "2036-05-05-buy.txt"))
    assert rows.get("2036-05-04") == {"嵐杉資訊", "澄望科技"}, rows


def test_a_union_named_after_its_company_and_the_management_side(tmp_path: Path) -> None:
    # "甲客运产业工会…资方…。甲客运则表示…": 甲客运 is the company, 资方 it too
    from .built import built

    text = ("罢工\n\n2036年6月9日 来源：本报\n\n澄渡客运产业工会8日宣布罢工，指资方拒绝协商加薪。澄渡客运则表示，已于5月底向工会提出调薪方案。")
    rows = _rows(built(tmp_path, text, "2036-06-09-strike.txt"))
    assert rows.get("2036-06-08") == {"澄渡客运产业工会", "澄渡客运"}, rows
    assert "澄渡客运" in rows.get("2036-05", set()), rows


def test_the_noun_of_the_doing_told_before(tmp_path: Path) -> None:
    # "X said it would close 40 branches. The closures will be finished by …": X's; "The painting …" after "the
    # painter Y" is not Y's
    from .built import built

    text = ("Branches\n\nMay 4, 2036 - Tarrow Bank said on Friday it would close 30 branches. The closures will be "
            "finished by March 2037.")
    rows = _rows(built(tmp_path, text, "2036-05-04-branches.txt"))
    assert rows.get("2037-03") == {"Tarrow Bank"}, rows
    text = ("Auction\n\nMay 6, 2036 - A landscape by the painter Ivo Marchetti sold for 3 million pounds on Tuesday. "
            "The painting was last shown in public in 1990.")
    rows = _rows(built(tmp_path, text, "2036-05-06-auction.txt"))
    assert not rows.get("1990"), rows
