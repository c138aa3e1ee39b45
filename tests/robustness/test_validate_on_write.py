"""The product never writes a project it refuses to reopen: writers use the reader's validator."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from timeline.io import FormatError, export_timeline, open_timeline
from timeline.io.csvfile import import_csv
from timeline.model import Event, MentionRef, Source, Timeline, TimeSpan


def _timeline(start: int, end: int, confidence: float = 0.5) -> Timeline:
    src = Source(id="s1", title="t", text="0123456789")
    m = MentionRef("s1", start, end, "x", 0, 10)
    return Timeline(sources=[src], events=[Event(id="e1", time=TimeSpan.from_value("2020"), title="a",
                                                 mentions=[m], confidence=confidence)])


@pytest.mark.parametrize(("start", "end", "message"), [(-3, 2, "mentions\\[0\\].start: expected a whole number"),
                                                       (9, 3, "mentions\\[0\\]: end 3 is before start 9")])
@pytest.mark.parametrize("suffix", [".timeline.json", ".csv", ".ics", ".json"])
def test_bad_offsets_are_refused_by_every_writer(tmp_path: Path, start: int, end: int, message: str,
                                                 suffix: str) -> None:
    out = tmp_path / f"o{suffix}"
    with pytest.raises(FormatError, match=f"o{suffix.replace('.', '[.]')}: cannot save: events\\[0\\].{message}"):
        export_timeline(_timeline(start, end), out)
    assert not out.exists()


def test_nan_confidence_is_refused(tmp_path: Path) -> None:
    for suffix in (".timeline.json", ".json", ".csv"):
        with pytest.raises(FormatError, match="events\\[0\\].confidence: expected a number, got nan"):
            export_timeline(_timeline(1, 2, math.nan), tmp_path / f"o{suffix}")
    assert list(tmp_path.iterdir()) == []


def _csv_with_mentions(tmp_path: Path, mentions: list[dict]) -> Path:
    f = tmp_path / "in.csv"
    cell = json.dumps(mentions).replace('"', '""')
    f.write_text(f'title,start,mentions\na,2020-01-01,"{cell}"\n', encoding="utf-8")
    return f


@pytest.mark.parametrize(("start", "end"), [(-3, 2), (9, 3)])
def test_csv_import_refuses_offsets_a_project_could_not_hold(tmp_path: Path, start: int, end: int) -> None:
    f = _csv_with_mentions(tmp_path, [{"source": "s1", "start": start, "end": end, "text": "x"}])
    with pytest.raises(FormatError, match="in.csv: line 2 mentions\\[0\\]"):
        import_csv(f)


def test_what_is_imported_can_be_saved_and_reopened(tmp_path: Path) -> None:
    f = _csv_with_mentions(tmp_path, [{"source": "s1", "start": 2, "end": 5, "text": "xyz"}])
    tl = import_csv(f)
    out = tmp_path / "p.timeline.json"
    export_timeline(tl, out)
    assert open_timeline(out).events[0].mentions == tl.events[0].mentions


def test_timelinejs_import_refuses_nan_confidence(tmp_path: Path) -> None:
    f = tmp_path / "t.json"
    f.write_text('{"events": [{"start_date": {"year": 2020}, "text": {"headline": "a"},'
                 ' "newstimeline": {"granularity": "year", "value": "2020", "confidence": NaN}}]}', encoding="utf-8")
    with pytest.raises(FormatError, match="events\\[0\\].newstimeline.confidence: expected a number"):
        open_timeline(f)
