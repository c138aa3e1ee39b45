"""`timeline extract` and `timeline export` on the user's corpus (skip without ../shared)."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
from icalendar import Calendar

from timeline.io import open_timeline

SCHEMA = json.loads((Path(__file__).parent / "timelinejs3.schema.json").read_text(encoding="utf-8"))
SUMMARY = re.compile(r"(\d+) files, (\d+) articles, (\d+) mentions, (\d+) events((?:, \d+ \w+?s?)*) "
                     r"\((\d+) merged across articles\), ([\d,]+) characters in [\d.]+ s -> (.+)$")


def timeline_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "timeline", *args], capture_output=True, text=True)


def test_extract_summary_and_project_loads_back(shared_corpus, tmp_path):
    out = tmp_path / "alibaba.timeline.json"
    r = timeline_cli("extract", str(shared_corpus), "-o", str(out))
    assert r.returncode == 0, r.stderr
    m = SUMMARY.search(r.stdout.strip())
    assert m, r.stdout
    files, articles, mentions, events = (int(m[i]) for i in range(1, 5))
    others = sum(int(n) for n in re.findall(r"\d+", m[5]))  # ", 11 statements": entries that are not events
    merged = int(m[6])
    assert (files, articles) == (1, 7)
    assert int(m[7].replace(",", "")) == len(shared_corpus.read_text(encoding="utf-8"))
    tl = open_timeline(out)
    assert len(tl.sources) == 7 and len(tl.events) == events + others
    assert events == sum(1 for e in tl.events if e.kind == "event")
    assert merged == sum(1 for e in tl.events if len(e.source_ids) > 1) and merged >= 1
    n_refs = sum(len(e.mentions) for e in tl.events)
    assert 0 < n_refs <= mentions
    recs = timeline_cli("mentions", str(shared_corpus))
    assert recs.returncode == 0 and len(recs.stdout.splitlines()) == mentions
    ids = {e.id for e in tl.events}
    assert len(ids) == len(tl.events)
    for e in tl.events:
        assert e.title and len(e.title) <= 60 and e.mentions
        for ref in e.mentions:
            src = tl.source_map()[ref.source_id]
            assert src.text[ref.start:ref.end] == ref.text
            assert ref.sentence_start <= ref.start < ref.end <= ref.sentence_end


def test_mention_event_ids_come_from_events(shared_corpus):
    r = timeline_cli("mentions", str(shared_corpus))
    recs = [json.loads(x) for x in r.stdout.splitlines()]
    with_event = [x for x in recs if x["event"] is not None]
    assert with_event and len(with_event) < len(recs)  # some dates are reference-only
    by_event: dict[str, set[int]] = {}
    for x in with_event:
        by_event.setdefault(x["event"], set()).add(x["article"])
    assert any(len(a) > 1 for a in by_event.values())  # merged across articles


def test_export_corpus_to_every_format(shared_corpus, tmp_path):
    for name in ("t.csv", "t.ics", "t.json"):
        r = timeline_cli("export", str(shared_corpus), "-o", str(tmp_path / name))
        assert r.returncode == 0, r.stderr
    with open(tmp_path / "t.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    n = len(rows)
    assert n > 10 and all(row["title"] for row in rows)
    cal = Calendar.from_ical((tmp_path / "t.ics").read_bytes())
    assert len(list(cal.walk("VEVENT"))) == sum(row["kind"] == "event" for row in rows)  # statements: no VEVENT
    doc = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, SCHEMA)
    assert len(doc["events"]) == n
    back = open_timeline(tmp_path / "t.json")
    assert [e.title for e in back.events] == [row["title"] for row in rows]
    r = timeline_cli("export", str(tmp_path / "t.csv"), "-o", str(tmp_path / "again.json"))
    assert r.returncode == 0, r.stderr
    assert [e.title for e in open_timeline(tmp_path / "again.json").events] == [row["title"] for row in rows]


def test_export_bad_exchange_file_is_one_line_error(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("title,start\nx,2014-13-40\n", encoding="utf-8")
    r = timeline_cli("export", str(bad), "-o", str(tmp_path / "o.ics"))
    assert r.returncode == 2 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_actors_option_adds_a_gazetteer(tmp_path):
    corpus = tmp_path / "c.txt"
    corpus.write_text("某某科技上市\n2024年3月5日，某某公司在香港上市，成為年度最大IPO。\n", encoding="utf-8")
    mine = tmp_path / "mine.tsv"
    mine.write_text("某某科技\torg\t某某公司|Moumou Tech\n", encoding="utf-8")
    out = tmp_path / "o.csv"
    r = timeline_cli("export", str(corpus), "-o", str(out), "--actors", str(mine), "--reference", "2024-03-06")
    assert r.returncode == 0, r.stderr
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert any("某某科技" in row["actors"] for row in rows), rows
    r = timeline_cli("export", str(corpus), "-o", str(out), "--actors", str(tmp_path / "missing.tsv"))
    assert r.returncode == 2 and "missing.tsv" in r.stderr and "Traceback" not in r.stderr
