"""CSV, TimelineJS3 and iCalendar exports checked with real parsers, and round trips through import."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
from icalendar import Calendar

from timeline.io import FormatError, export_timeline, open_timeline
from timeline.io.csvfile import COLUMNS, export_csv, import_csv
from timeline.io.ical import export_ics
from timeline.io.timelinejs import export_timelinejs, import_timelinejs
from timeline.model import Event, MentionRef, Source, Timeline, TimeSpan


@pytest.fixture
def sample_timeline() -> Timeline:
    text_a = "2014年9月19日，阿里巴巴在紐約證券交易所上市。1999年，馬雲在杭州創立阿里巴巴。"
    text_b = "Alibaba went public in New York in 2014. In the 1850s trade grew."
    a = Source(id="s1", title="阿里巴巴上市", text=text_a, outlet="測試報", date=dt.date(2026, 2, 20),
               sha256="aa" * 32, index=1)
    b = Source(id="s2", title="Alibaba IPO", text=text_b, date=dt.date(2026, 2, 20), lang="en", sha256="bb" * 32,
               index=2)

    def ref(src: Source, sub: str, value: str, gran: str, mod=None) -> MentionRef:
        i = src.text.index(sub)
        return MentionRef(src.id, i, i + len(sub), sub, 0, len(src.text), value, gran, mod)

    events = [
        Event("e1", TimeSpan.from_value("2014-09-19"), "阿里巴巴在紐約證券交易所上市", "阿里巴巴在紐約證券交易所上市。",
              ["阿里巴巴", "紐約證券交易所"], ["ipo"],
              [ref(a, "2014年9月19日", "2014-09-19", "day"), ref(b, "2014", "2014", "year")],
              confidence=0.95),
        Event("e2", TimeSpan.from_value("1999"), "馬雲在杭州創立阿里巴巴", "1999年，馬雲在杭州創立阿里巴巴。",
              ["馬雲", "阿里巴巴"], ["founding"], [ref(a, "1999年", "1999", "year")], lanes={"actor": "創始人"}),
        Event("e3", TimeSpan.from_value("2026-02", mod="START"), "月初的活動, \"quoted\", comma", "", ["千問"], []),
        Event("e4", TimeSpan.from_value("2025-Q3"), "第三季度", "季度", [], ["earnings"]),
        Event("e5", TimeSpan.from_value("185X"), "Trade grew", "In the 1850s trade grew.", [], [],
              [ref(b, "1850s", "185X", "decade")]),
        Event("e6", TimeSpan.from_value("2025-11-27/2026-02-05"), "減持三江購物", "", ["阿里巴巴"], ["divestment"],
              edited=True),
        Event("e7", TimeSpan.from_value("2026-02-X3"), "二月下旬", "", [], []),
        Event("e8", TimeSpan.from_value("0850", mod="APPROX"), "Year 850 <b>bold</b> & more", "", [], []),
        Event("e9", TimeSpan.from_value("2026-W07"), "第七週", "", [], []),
        Event("e10", TimeSpan.from_value("2025-H1"), "上半年", "", [], []),
        Event("e11", TimeSpan.from_value("2012-WI"), "Snow closed the pass", "", [], []),
        Event("e12", TimeSpan.from_value("2013-03-22T15:00"), "會議開幕", "", [], []),
        Event("e13", TimeSpan.from_value("2013-03-23TAF"), "Talks resumed", "", [], []),
    ]
    return Timeline(sources=[a, b], events=events, title="阿里巴巴時間線")


SCHEMA = json.loads((Path(__file__).parent / "timelinejs3.schema.json").read_text(encoding="utf-8"))


def same_events(a, b):
    assert len(a.events) == len(b.events)
    for x, y in zip(a.events, b.events, strict=True):
        assert (x.id, x.title, x.summary) == (y.id, y.title, y.summary)
        assert x.time == y.time, (x.time, y.time)
        assert (x.actors, x.tags, x.lanes, x.edited, x.kind) == (y.actors, y.tags, y.lanes, y.edited, y.kind)
        assert x.confidence == pytest.approx(y.confidence)
        assert [m.to_dict() for m in x.mentions] == [m.to_dict() for m in y.mentions]


# ---------------------------------------------------------------------------------------------- CSV
def test_csv_has_bom_and_reads_back_with_csv_module(sample_timeline, tmp_path):
    out = tmp_path / "t.csv"
    export_csv(sample_timeline, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == COLUMNS
    assert len(rows) == len(sample_timeline.events)
    r1 = rows[0]
    assert r1["title"] == "阿里巴巴在紐約證券交易所上市"
    assert (r1["start"], r1["end"], r1["value"], r1["granularity"]) == ("2014-09-19", "2014-09-19", "2014-09-19", "day")
    assert r1["sources"] == "s1; s2" and r1["source_titles"] == "阿里巴巴上市; Alibaba IPO"
    assert r1["lane"] == "阿里巴巴" and rows[1]["lane"] == "創始人"
    assert "紐約證券交易所上市" in r1["sentence"]
    year = rows[1]
    assert (year["start"], year["end"], year["granularity"]) == ("1999-01-01", "1999-12-31", "year")
    assert rows[2]["mod"] == "START" and rows[2]["title"] == "月初的活動, \"quoted\", comma"


def test_csv_round_trip(sample_timeline, tmp_path):
    out = tmp_path / "t.csv"
    export_csv(sample_timeline, out)
    back = import_csv(out)
    same_events(sample_timeline, back)
    assert {s.id for s in back.sources} == {"s1", "s2"}
    assert open_timeline(out).events[0].title == sample_timeline.events[0].title


def test_csv_written_by_hand_semicolons_no_bom(tmp_path):
    p = tmp_path / "hand.csv"
    p.write_text("Title;Start;End;Granularity\n上市;2014-09-19;;day\n一整年;1999-01-01;1999-12-31;year\n",
                 encoding="utf-8")
    tl = import_csv(p)
    assert [e.title for e in tl.events] == ["上市", "一整年"]
    assert tl.events[1].time.granularity == "year" and tl.events[1].time.end == dt.date(1999, 12, 31)


@pytest.mark.parametrize("body, needle", [
    ("title,start\nx,2014-13-01\n", "line 2 start"),
    ("title,value\nx,2026-02-30\n", "line 2 value"),
    ("name,when\nx,2014\n", "needs columns"),
    ("title,start,granularity\nx,2014-01-01,fortnight\n", "granularity"),
    ("", "empty"),
])
def test_csv_errors_name_the_problem(tmp_path, body, needle):
    p = tmp_path / "bad.csv"
    p.write_text(body, encoding="utf-8")
    with pytest.raises(FormatError) as e:
        import_csv(p)
    assert needle in str(e.value) and "bad.csv" in str(e.value)


# --------------------------------------------------------------------------------------- TimelineJS
def test_timelinejs_validates_and_keeps_precision(sample_timeline, tmp_path):
    out = tmp_path / "t.json"
    export_timelinejs(sample_timeline, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(doc, SCHEMA)
    ev = {s["unique_id"]: s for s in doc["events"]}
    assert ev["e1"]["start_date"] == {"year": 2014, "month": 9, "day": 19} and "end_date" not in ev["e1"]
    assert ev["e2"]["start_date"] == {"year": 1999} and "end_date" not in ev["e2"]
    assert "display_date" not in ev["e2"]
    assert ev["e3"]["start_date"] == {"year": 2026, "month": 2} and ev["e3"]["display_date"] == "early 2026-02"
    assert ev["e4"]["start_date"] == {"year": 2025, "month": 7} and ev["e4"]["end_date"] == {"year": 2025, "month": 9}
    assert ev["e4"]["display_date"] == "2025 Q3"
    assert ev["e5"]["start_date"] == {"year": 1850} and ev["e5"]["end_date"] == {"year": 1859}
    assert ev["e6"]["end_date"] == {"year": 2026, "month": 2, "day": 5}
    assert ev["e8"]["start_date"] == {"year": 850} and ev["e8"]["display_date"] == "about 0850"
    assert ev["e8"]["text"]["headline"] == "Year 850 &lt;b&gt;bold&lt;/b&gt; &amp; more"
    assert ev["e1"]["group"] == "阿里巴巴" and ev["e2"]["group"] == "創始人"
    assert "阿里巴巴上市" in ev["e1"]["text"]["text"]
    assert doc["title"]["text"]["headline"] == "阿里巴巴時間線"


def test_timelinejs_round_trip(sample_timeline, tmp_path):
    out = tmp_path / "t.json"
    export_timelinejs(sample_timeline, out)
    back = import_timelinejs(out)
    same_events(sample_timeline, back)
    assert back.title == sample_timeline.title
    assert {s.id: s.title for s in back.sources} == {"s1": "阿里巴巴上市", "s2": "Alibaba IPO"}


def test_timelinejs_foreign_file(tmp_path):
    doc = {"title": {"text": {"headline": "Other tool"}},
           "events": [{"start_date": {"year": "1999"}, "text": {"headline": "<b>Founded</b>"}},
                      {"start_date": {"year": 2014, "month": "9"}, "text": {"headline": "IPO"}, "group": "Alibaba"},
                      {"start_date": {"year": 2019, "month": 1, "day": 2},
                       "end_date": {"year": 2019, "month": 3}, "text": {"headline": "Span", "text": "<p>a &amp; b</p>"}}]}
    jsonschema.validate(doc, SCHEMA)
    p = tmp_path / "other.json"
    p.write_text(json.dumps(doc), encoding="utf-8")
    tl = open_timeline(p)
    e1, e2, e3 = tl.events
    assert (e1.title, e1.time.value, e1.time.granularity) == ("Founded", "1999", "year")
    assert (e2.time.value, e2.time.granularity, e2.lanes) == ("2014-09", "month", {"actor": "Alibaba"})
    assert e3.time.value == "2019-01-02/2019-03" and e3.time.end == dt.date(2019, 3, 31) and e3.summary == "a & b"


@pytest.mark.parametrize("doc, needle", [
    ({"events": [{"start_date": {"year": 2014, "month": 13}}]}, "events[0].start_date.month"),
    ({"events": [{"start_date": {"month": 1}}]}, "events[0].start_date.year"),
    ({"events": [{"start_date": {"year": 2014, "month": 2, "day": 30}}]}, "no day 30"),
    ({"events": "nope"}, "needs an 'events' list"),
])
def test_timelinejs_errors(tmp_path, doc, needle):
    p = tmp_path / "bad.json"
    p.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(FormatError) as e:
        import_timelinejs(p)
    assert needle in str(e.value)


def test_timelinejs_not_json(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text("{oops", encoding="utf-8")
    with pytest.raises(FormatError, match="not valid JSON"):
        import_timelinejs(p)


# ----------------------------------------------------------------------------------------- iCalendar
def test_ics_reads_back_with_icalendar(sample_timeline, tmp_path):
    out = tmp_path / "t.ics"
    export_ics(sample_timeline, out)
    cal = Calendar.from_ical(out.read_bytes())
    vevents = [c for c in cal.walk() if c.name == "VEVENT"]
    assert len(vevents) == len(sample_timeline.events)
    by_title = {str(v["SUMMARY"]): v for v in vevents}
    day = by_title["阿里巴巴在紐約證券交易所上市"]
    assert day.decoded("DTSTART") == dt.date(2014, 9, 19) and day.decoded("DTEND") == dt.date(2014, 9, 20)
    assert str(day["X-NEWSTIMELINE-GRANULARITY"]) == "day"
    year = by_title["馬雲在杭州創立阿里巴巴"]
    assert year.decoded("DTSTART") == dt.date(1999, 1, 1) and year.decoded("DTEND") == dt.date(2000, 1, 1)
    assert str(year["X-NEWSTIMELINE-GRANULARITY"]) == "year" and "precision: year" in str(year["DESCRIPTION"])
    old = by_title["Year 850 <b>bold</b> & more"]
    assert old.decoded("DTSTART") == dt.date(850, 1, 1) and str(old["X-NEWSTIMELINE-MOD"]) == "APPROX"
    assert all(str(v["UID"]).endswith("@newstimeline") for v in vevents)
    assert len({str(v["UID"]) for v in vevents}) == len(vevents)


def test_ics_uids_are_stable(sample_timeline, tmp_path):
    a, b = tmp_path / "a.ics", tmp_path / "b.ics"
    export_ics(sample_timeline, a)
    sample_timeline.events.reverse()
    for i, e in enumerate(sample_timeline.events):
        e.id = f"x{i}"
    export_ics(sample_timeline, b)

    def uids(p):
        return {str(v["SUMMARY"]): str(v["UID"]) for v in Calendar.from_ical(p.read_bytes()).walk("VEVENT")}
    assert uids(a)["阿里巴巴在紐約證券交易所上市"] == uids(b)["阿里巴巴在紐約證券交易所上市"]


# ------------------------------------------------------------------------------------------ dispatch
@pytest.mark.parametrize("name, fmt, check", [
    ("t.csv", None, lambda b: b.startswith(b"\xef\xbb\xbf")),
    ("t.ics", None, lambda b: b.startswith(b"BEGIN:VCALENDAR")),
    ("t.json", None, lambda b: b"start_date" in b),
    ("t.txt", "csv", lambda b: b.startswith(b"\xef\xbb\xbf")),
    ("t.out", "timelinejs", lambda b: b"start_date" in b),
])
def test_export_timeline_dispatch(sample_timeline, tmp_path, name, fmt, check):
    out = export_timeline(sample_timeline, tmp_path / name, fmt)
    assert check(out.read_bytes())


def test_empty_timeline_exports_and_imports(tmp_path):
    empty = Timeline(title="空")
    for name in ("e.csv", "e.json", "e.ics"):
        export_timeline(empty, tmp_path / name)
    assert import_csv(tmp_path / "e.csv").events == []
    doc = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, SCHEMA)
    assert import_timelinejs(tmp_path / "e.json").title == "空"
    assert list(Calendar.from_ical((tmp_path / "e.ics").read_bytes()).walk("VEVENT")) == []


def test_project_file_keeps_seasons_and_times(sample_timeline, tmp_path):
    from timeline.io.project import load_project, save_project

    out = tmp_path / "t.timeline.json"
    save_project(sample_timeline, out)
    back = load_project(out)
    same_events(sample_timeline, back)
    grans = {e.id: e.time.granularity for e in back.events}
    assert (grans["e11"], grans["e12"], grans["e13"]) == ("season", "time", "time")
