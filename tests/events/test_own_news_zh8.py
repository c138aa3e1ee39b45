"""An eighth Chinese hold-out set (``tests/events/own_news_zh8``: a civil verdict, a dragon-boat final, a maker's own
recall, a university president's election, an airliner's diversion, an excavation; written for this test, names no
gazetteer lists), read before any fix (docs/EVENTS.md, "An eighth Chinese set"). The failure classes fixed after
reading it are checked on unit texts of their own."""

from __future__ import annotations

from pathlib import Path

from .built import dated


def test_the_set_reads_as_measured() -> None:
    # the dates told hold (0 wrong before any fix): every entry lies on a day or period the stories tell
    from timeline.pipeline import build_timeline

    folder = Path(__file__).parent / "own_news_zh8"
    tl = build_timeline(sorted(folder.glob("*.txt")))
    rows = dated(tl)
    values = {v for v, _ in rows}
    for told in ("2015", "2019", "2021", "2026-06", "2027-03", "2027-03-25", "2027-05-19", "2027-06-13",
                 "2027-08-01", "2027-09-08TEV", "2027-10-04TAF", "2027-11-16"):
        assert told in values, rows
    titles = [t for _, t in rows]
    assert "铭途科技成立" in titles, titles
    assert "顏書維借調至教育部擔任技職司司長" in titles, titles
