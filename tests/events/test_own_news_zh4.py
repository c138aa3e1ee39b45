"""A fourth Chinese hold-out set (``tests/events/own_news_zh4``: a university ranking, a typhoon with school
closures, a hospital's new wing, a provincial GDP release, a box-office record; written for this test, names no
gazetteer lists). The failure classes fixed after reading it are checked on unit texts of their own."""

from __future__ import annotations

from pathlib import Path

from .built import built, dated


def test_a_number_after_di_is_an_ordinal_never_a_day(tmp_path: Path) -> None:
    # 第N号 / 第N號 numbers a thing (a storm, an order); 第N日 counts days of something: neither is a day
    text = ("暴雨成災\n\n8月3日清晨，今年第4号台风“白鹭”在南港市登陆。南港市防汛指挥部同日发布通知，全市公园暂停开放。"
            "另外，市政府第9號令自下月起施行。")
    tl = built(tmp_path, text, "2026-08-04-storm.txt")
    days = [v for v, _ in dated(tl)]
    assert not any(v.startswith(("2026-08-04", "2026-08-09")) for v in days), dated(tl)
    assert all("第号" not in t and "第號" not in t and not t.startswith("第台") for _, t in dated(tl))
    assert any(v.startswith("2026-08-03") and "台风" in t and "登陆" in t for v, t in dated(tl)), dated(tl)


def test_a_notice_is_a_reporting_clause(tmp_path: Path) -> None:
    # "甲局发布通知，…": the title is what the notice says, said by the bureau (a data release, "发布数据显示，…"
    # with a period of its own, is still titled by the release: the figures are another date's)
    text = "停課通知\n\n9月2日，北岸市教育局發布通知，全市中小學9月3日停課一天。"
    tl = built(tmp_path, text, "2026-09-02-closure.txt")
    titles = [t for _, t in dated(tl)]
    assert not any(t.endswith(("發布通知", "发布通知")) for t in titles), titles
    assert any("停課" in t for t in titles), titles
