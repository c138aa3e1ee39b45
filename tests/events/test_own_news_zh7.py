"""A seventh Chinese hold-out set (``tests/events/own_news_zh7``: a port strike, a rights issue, a fare hearing,
a satellite launch, a food recall; written for this test, names no gazetteer lists). The failure class fixed
after reading it is checked on unit texts of its own."""

from __future__ import annotations

from pathlib import Path

from .built import built, dated


def test_a_stamps_weekday_and_source_label_are_no_event(tmp_path: Path) -> None:
    # the date line's weekday and "来源：…" belong to the stamp: no entry on the stamp's day
    text = ("河口区推出夜间公交\n\n2027年4月7日 星期三 来源：河口晚报\n\n"
            "河口区交通运输局6日宣布，区内三条夜间公交线路将于4月10日开通。")
    tl = built(tmp_path, text, "night-bus.txt")
    rows = dated(tl)
    assert not any(v.startswith("2027-04-07") for v, _ in rows), rows
    assert any(v.startswith("2027-04-06") for v, _ in rows), rows
    text = ("蘆洲圖書館整修\n\n2027年9月2日 週四 10:30 來源：蘆洲社區報 編輯：符可欣\n\n"
            "蘆洲圖書館1日宣布閉館整修，預計11月重新開放。")
    rows = dated(built(tmp_path, text, "library.txt"))
    assert not any(v.startswith("2027-09-02") for v, _ in rows), rows
    assert any(v.startswith("2027-09-01") for v, _ in rows), rows


def test_a_weekday_in_the_story_still_dates(tmp_path: Path) -> None:
    # only the stamp's own line is taken: a weekday the story tells stays an event
    text = ("河口区推出夜间公交\n\n2027年4月7日 星期三 来源：河口晚报\n\n"
            "河口区交通运输局周一宣布开通三条夜间公交线路。")
    rows = dated(built(tmp_path, text, "night-bus.txt"))
    assert any(v.startswith("2027-04-05") for v, _ in rows), rows


def test_a_notice_tells_what_was_found(tmp_path: Path) -> None:
    # "甲通报，（在…中 / 经调查）发现，content": 通报 reports, 发现 after an inquiry reports too; the title is the
    # notifier and what was found, not "甲通报" with the finding lost
    text = ("通报\n\n柳溪市卫生健康委员会3日通报，经调查发现，安和医院违规收费120万元。"
            "北濱縣環境保護局4日通報，在例行檢測中發現，新禾紙業排放廢水超標。")
    titles = [t for _, t in dated(built(tmp_path, text, "2027-05-05-notices.txt"))]
    assert "柳溪市卫生健康委员会：安和医院违规收费120万元" in titles, titles
    assert "北濱縣環境保護局：新禾紙業排放廢水超標" in titles, titles


def test_a_deadlines_qian_goes_with_its_date(tmp_path: Path) -> None:
    # "本周末前完工" -> "完工": 前 closes the deadline when the date is read without it; 前往 after a date stays
    text = ("改造\n\n河口区住房和城乡建设局6日表示，老旧小区改造预计本周末前完工。"
            "河口区区长符明远8日到工地视察，随后前往安置点。")
    titles = [t for _, t in dated(built(tmp_path, text, "2027-06-09-works.txt"))]
    assert any(t.endswith("改造预计完工") for t in titles), titles
    assert not any("前完工" in t for t in titles), titles


def test_the_set_reads_as_measured() -> None:
    # the rows after this set's fixes (docs/EVENTS.md, "A seventh Chinese set"): no date-line entry, the notice
    # names what was found, the deadline's 前 gone
    from timeline.pipeline import build_timeline

    folder = Path(__file__).parent / "own_news_zh7"
    tl = build_timeline(sorted(folder.glob("*.txt")))
    titles = [t for _, t in dated(tl)]
    assert len(titles) == 11, titles
    assert "东莱日报" not in titles, titles
    assert "港務公司預計清理積壓貨櫃" in titles, titles
    assert any(t.startswith("东莱市市场监督管理局：禾润食品") for t in titles), titles
    assert "南灣港務同意將夜班津貼提高15%" in titles, titles
