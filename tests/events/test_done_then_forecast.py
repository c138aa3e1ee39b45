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
