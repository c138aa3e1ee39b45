"""``should`` / ``shall`` before a predicate with a date ahead of the article tells what is expected then."""

from __future__ import annotations

from .built import built


def test_should_with_a_date_ahead_is_a_forecast(tmp_path):
    tl = built(tmp_path, "Ferry line resumes\n\nMarch 2, 2031 - Ice closed the Brask ferry line on Sunday, its operator "
                         "Tarn Ferries said. Crossings should resume by Friday. Inspectors shall check the hulls by "
                         "March 20.\n")
    kinds = {e.time.value: e.forecast for e in tl.events if e.kind == "event"}
    assert kinds == {"2031-03-02": False, "2031-03-07": True, "2031-03-20": True}  # 2 March 2031 is a Sunday


def test_should_have_is_no_forecast(tmp_path):
    tl = built(tmp_path, "Ferry review\n\nMarch 2, 2031 - Tarn Ferries closed the Brask line on Sunday. The line should "
                         "have closed in January, inspectors said.\n")
    assert not any(e.forecast for e in tl.events)
