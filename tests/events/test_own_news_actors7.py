"""The seventh fresh actor set (``tests/events/own_news_actors7``: eight stories written after the fixes on the
first six, names no gazetteer lists, the expected lists in ``expected.tsv`` written before the set was first built;
docs/EVENTS.md, "A seventh fresh actor set"). The count may only grow; the classes fixed after reading it are
checked on unit texts of their own below."""

from __future__ import annotations

from pathlib import Path

from .actor_set import score


def _rows(tl) -> dict[str, set[str]]:
    return {e.time.value: set(e.actors) for e in tl.events}


def test_the_seventh_set_reads_as_measured() -> None:
    right, total, lines = score(Path(__file__).parent / "own_news_actors7")
    assert total == 16
    assert right >= 16, "\n".join(lines)  # 10 before any fix of its own (2026-12-05)


def test_a_company_telling_of_its_own_doing_and_both_sides_inside_a_clause(tmp_path: Path) -> None:
    # "据甲介绍，双方合作开发的系统将于…量产": 甲 speaks (a party, not a data source); 双方 is the pair told before
    from .built import built

    text = ("合作\n\n2036年1月10日 来源：本报\n\n汀屿科技9日与澄川汽车签署合作协议。据汀屿科技介绍，双方合作开发的系统将于"
            "2036年底量产。")
    rows = _rows(built(tmp_path, text, "2036-01-10-drive.txt"))
    assert {"汀屿科技", "澄川汽车"} <= rows.get("2036", set()), rows


def test_a_former_employer_before_a_post_and_a_body_as_the_agent_of_a_passive(tmp_path: Path) -> None:
    from .built import built

    text = ("Hire\n\nApril 16, 2036 - Corran Capital hired Ines Vale, a former Ashby Bank trader, as head of credit "
            "on Monday.")
    rows = _rows(built(tmp_path, text, "2036-04-16-hire.txt"))
    assert rows.get("2036-04-14") == {"Corran Capital", "Ines Vale"}, rows
    text = "调查\n\n2036年3月13日 来源：本报\n\n汀萝科技12日被市场监管总局立案调查。"
    rows = _rows(built(tmp_path, text, "2036-03-13-probe.txt"))
    assert rows.get("2036-03-12") == {"汀萝科技", "市场监管总局"}, rows


def test_a_builder_of_rare_words_and_a_common_work(tmp_path: Path) -> None:
    # "与澄岳建设5日签约": a builder; "加快基础设施建设，" names nobody
    from .built import built

    text = "簽約\n\n（記者某某／台北報導）高雄市政府與嵐岳建設5日簽約，雙方將合作興建社會住宅。"
    rows = _rows(built(tmp_path, text, "2036-08-06-housing.txt"))
    assert rows.get("2036-08-05") == {"高雄市政府", "嵐岳建設"}, rows
    text = "投资\n\n2036年9月2日 来源：本报\n\n溪川市1日宣布加快推进基础设施建设，总投资300亿元。"
    tl = built(tmp_path, text, "2036-09-02-works.txt")
    assert not any("建设" in a for e in tl.events for a in e.actors), [(e.title, e.actors) for e in tl.events]


def test_a_local_court_by_its_place_and_the_party_it_rules_against(tmp_path: Path) -> None:
    # "士林地方法院13日判決甲建設敗訴": the court with its place (jieba cuts some places apart) and the builder
    from .built import built

    text = "判決\n\n（記者某某／台北報導）士林地方法院13日判決汀洲建設敗訴，須賠償住戶8000萬元。"
    rows = _rows(built(tmp_path, text, "2036-10-14-verdict.txt"))
    assert rows.get("2036-10-13") == {"士林地方法院", "汀洲建設"}, rows
