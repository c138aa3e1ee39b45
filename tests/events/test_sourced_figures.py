"""A data source is not the subject of the figure it reports (issue 12, deliver 2 and 3). Texts written for
the test."""

from __future__ import annotations

from .test_builder import events_for, mention, src


def _event(text: str, sub: str, value: str, gran: str = "year"):
    (ev,) = [e for e in events_for((src("a", text), [mention(text, sub, value, gran)])) if e.kind == "event"]
    return ev


def test_forecast_titled_by_the_measured_thing_not_the_source():
    t = "Veltra研究預測未來五年全球儲能市場年增長率為18%，其中鈉離子層增速最快，2028年將達96億元規模。"
    ev = _event(t, "2028年", "2028")
    assert ev.title == "Veltra研究預測：鈉離子層將達96億元規模" and ev.forecast


def test_rate_clauses_are_skipped_for_the_measured_thing_simplified():
    t = "Veltra研究预测未来五年全球储能市场年增长率为18%，其中钠离子电池增速最快，复合增长率超40%，2028年将达96亿元规模。"
    assert _event(t, "2028年", "2028").title == "Veltra研究预测：钠离子电池将达96亿元规模"


def test_a_clause_with_its_own_subject_is_left_alone():
    t = "據卡帕諮詢統計，家用機器人市場2027年將突破300億元。"
    assert _event(t, "2027年", "2027").title == "家用機器人市場將突破300億元"


def test_a_source_with_a_report_title_is_no_actor():
    t = "2025年上半年，青嶼科技市場份額升至21%，藍杉數據《中國儲能市場,2H25》報告顯示。"
    t2 = "藍杉數據《中國儲能市場,2H25》報告顯示，2025年上半年青嶼科技市場份額升至21%。"
    for text in (t, t2):
        ev = _event(text, "2025年上半年", "2025-H1", "half")
        assert not any(a.startswith(("藍杉", "蓝杉")) for a in ev.actors)
