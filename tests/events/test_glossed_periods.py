"""A report day and the period it reports, told in Chinese with a gloss of what the period covers, are one
event (names12, 2026-12-05; own texts, invented companies)."""

from __future__ import annotations


def _events(tmp_path, text: str):
    from timeline.pipeline import build_timeline

    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    return [e for e in build_timeline([p]).events if e.kind == "event"]


def test_a_fiscal_quarter_glossed_by_its_months_is_what_the_report_day_reports(tmp_path):
    """"公布了2026財年第三季度的業績，這個季度涵蓋去年10月到12月": one event at the report day (the fiscal
    quarter, read as a calendar one, and the months it covers are what is reported)."""
    events = _events(tmp_path, "財報\n（2026年2月14日）\n2026年2月13日，雲杉科技公布了2026財年第三季度的業績，"
                               "這個季度涵蓋去年10月到12月。財報顯示收入增長。\n")
    assert [e.time.value for e in events] == ["2026-02-13"], [(e.time.value, e.title) for e in events]


def test_a_glossed_period_with_no_report_stays_its_own(tmp_path):
    """Without a report told before it, the covered months are a time of their own."""
    events = _events(tmp_path, "回顧\n（2026年2月14日）\n2026年2月13日，雲杉科技在杭州開設新辦公室。"
                               "這個季度涵蓋去年10月到12月的訂單增長了兩成。\n")
    assert len(events) == 2, [(e.time.value, e.title) for e in events]
