"""A period reported on a day told by a same-day anaphor is what that report tells, not an event of its own; the
report stays apart from the other action of that day."""

from __future__ import annotations

from .built import built


def test_same_day_report_of_a_year_folds_the_year(tmp_path):
    tl = built(tmp_path, "青灣航運換帥\n\n2031年3月4日——青灣航運3月3日宣布，林海若出任公司總裁。青灣航運同日還公布了"
                         "2030年全年客運量，同比增長8%。\n")
    events = sorted((e.time.value, e.title) for e in tl.events if e.kind == "event")
    assert [v for v, _ in events] == ["2031-03-03", "2031-03-03"]  # no event dated 2030
    assert any("客運量" in t for _, t in events) and any("總裁" in t for _, t in events)
