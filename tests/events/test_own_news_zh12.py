"""A twelfth Chinese hold-out set (``tests/events/own_news_zh12``: a 业绩预告, a 股東會 快訊, a 警情通报, a Hong Kong
obituary, a launch told by 记者获悉, a story with no headline line, a Q&A with name labels, a 大事记 and a 二审;
written for this test, names no gazetteer lists), read before any fix of its own (docs/EVENTS.md, "A twelfth
Chinese set")."""

from __future__ import annotations

from pathlib import Path

from .built import dated


def test_the_set_reads_as_measured() -> None:
    from timeline.pipeline import build_timeline

    folder = Path(__file__).parent / "own_news_zh12"
    rows = dated(build_timeline(sorted(folder.glob("*.txt"))))
    values = {v for v, _ in rows}
    for told in ("1943", "1958", "1998", "2021-03", "2023-08", "2026-11", "2029-05", "2030-06", "2030-09",
                 "2031-03-15", "2031-03-16", "2031-04-07T21:00", "2031-05-03", "2031-05-12", "2031-06-06", "2031-Q4",
                 "2031-09"):
        assert told in values, (told, rows)
    titles = [t for _, t in rows]
    for title in ("棠溪能源在合肥注册成立", "梁翠屏生於廣州", "嵐岫電子召開股東常會", "砚川新材料完成对沐屿化工的收购"):
        assert title in titles, titles


def test_fixed_classes_on_own_texts(tmp_path: Path) -> None:
    from .built import built

    # "我們" answered by a chief executive: his company; "首次" before the verb: no "X：" colon
    qa = ("專訪\n\n汐岸生技執行長孟遠川日前接受專訪。\n\n問：公司何時成立？\n\n孟遠川：我們在2027年成立。\n\n"
          "問：您的經歷？\n\n孟遠川：我1990年生於基隆，2012年首次擔任研究助理。")
    titles = [t for _, t in dated(built(tmp_path, qa, "2031-08-25-qa.txt"))]
    assert "汐岸生技成立" in titles or "汐岸生技在2027年成立" in titles, titles
    assert not any(t.startswith("孟遠川：首次") for t in titles), titles
    # "公司于…完成对乙的收购，并于…实现投产": the company's, not the one it bought; a year naming the annual
    # report or a championship is no date of its own; "…日期为" left by its cut date goes
    notice = ("业绩预告\n\n砚岭新材料股份有限公司预计全年净利润同比增长。\n\n报告期内，公司于2030年6月完成对沐汀化工的收购，并于2030年10月实现汐港基地投产。\n\n"
              "砚岭新材2030年年度报告预约披露日期为2031年4月18日。")
    rows = dated(built(tmp_path, notice, "2031-01-28-forecast.txt"))
    assert not any(t.startswith("沐汀化工") for _, t in rows), rows
    assert not any(v == "2030" for v, _ in rows), rows
    assert not any(t.endswith("日期为") for _, t in rows), rows
    race = "北京时间7月21日凌晨，2031年世界田径锦标赛男子马拉松比赛在奥斯陆结束，选手岑屿夺得金牌。"
    rows = dated(built(tmp_path, race, "2031-07-21-race.txt"))
    assert not any(v == "2031" for v, _ in rows), rows
