"""A Chinese clause that tells a date and 已 (done) is an event even when the next clause of its sentence forecasts."""

from __future__ import annotations

from .built import built


def test_done_clause_before_a_forecast_is_no_forecast(tmp_path):
    tl = built(tmp_path, "渡輪復航\n\n2031年3月5日——青灣渡輪公司表示，碼頭今早已全面恢復運作，預計本週五前完成船隻檢修。\n")
    kinds = {e.time.value[:10]: e.forecast for e in tl.events if e.kind == "event"}
    assert kinds.get("2031-03-05") is False  # 今早已全面恢復: done
    assert kinds.get("2031-03-07") is True  # 預計本週五前: still a forecast


def test_forecast_in_the_dates_own_clause_stays(tmp_path):
    tl = built(tmp_path, "渡輪復航\n\n2031年3月5日——青灣渡輪公司預計本週五前完成船隻檢修。\n")
    assert [e.forecast for e in tl.events if e.kind == "event"] == [True]


def test_a_weekday_of_this_week_leaves_the_title(tmp_path):
    """本週五(前) is a time, not a modifier of the noun after it: the title drops it as it drops 明年."""
    tl = built(tmp_path, "渡輪檢修\n\n2031年3月5日——青灣渡輪公司預計本週五前完成船隻檢修。\n")
    assert [e.title for e in tl.events if e.kind == "event"] == ["青灣渡輪公司預計完成船隻檢修"]
