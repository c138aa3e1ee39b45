"""The CLI's one error boundary (issue 14): every input problem is one line ``timeline: FILE: problem`` and exit
status 2; valid but odd input (line breaks in names, file names that are not UTF-8) is exported, not refused;
a genuine bug still shows its traceback and asks to be reported.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from timeline import cli
from timeline.cli import main

CORPUS = "# 示例\n\n2026年2月5日，示例公司在杭州發布了新一代模型，預計今年第二季度推出手機版本。\n"


def _run(capsys, *args: str) -> tuple[int, str, list[str]]:
    rc = main([str(a) for a in args])
    cap = capsys.readouterr()
    return rc, cap.out, cap.err.strip().splitlines()


def _one_line_error(capsys, needle: str, *args: str) -> str:
    rc, _, err = _run(capsys, *args)
    assert rc == 2, err
    assert len(err) == 1 and err[0].startswith("timeline: ") and needle in err[0], err
    assert "Traceback" not in err[0]
    return err[0]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    p = tmp_path / "corpus.txt"
    p.write_text(CORPUS, encoding="utf-8")
    return p


# ------------------------------------------------------------------------ valid but odd: exported
def test_ics_with_line_breaks_in_title_actor_and_source_name(capsys, tmp_path: Path) -> None:
    import icalendar

    src = tmp_path / "two\nlines.txt"
    src.write_text(CORPUS, encoding="utf-8")
    actors = tmp_path / "actors.json"
    actors.write_text(json.dumps([{"name": "示例\n公司", "aliases": ["示例公司"]}]), encoding="utf-8")
    out = tmp_path / "t.ics"
    rc, _, err = _run(capsys, "extract", src, "-o", out, "--title", "first\nsecond\r\nthird", "--actors", actors)
    assert rc == 0, err
    raw = out.read_bytes()
    assert all(not line or line[-1:] == b"\r" for line in raw.split(b"\n")), "a bare line break inside a line"
    unfolded = raw.replace(b"\r\n ", b"")
    assert b"X-WR-CALNAME:first\\nsecond\\nthird\r\n" in unfolded  # escaped as RFC 5545 TEXT
    assert "X-NEWSTIMELINE-ACTORS:示例\\n公司".encode() in unfolded
    assert len(list(icalendar.Calendar.from_ical(raw).walk("VEVENT"))) == 2  # two dates, two events


@pytest.mark.parametrize("fmt", ["csv", "timelinejs", "ics", "project"])
def test_file_name_that_is_not_utf8(capsys, tmp_path: Path, fmt: str) -> None:
    src = tmp_path / os.fsdecode(b"bad\xffname.txt")
    src.write_text(CORPUS, encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    rc, _, err = _run(capsys, "extract", src, "-o", out, "--format", fmt)
    assert rc == 0, err
    data = out.read_bytes()
    if fmt != "project":
        text = data.decode("utf-8")  # valid UTF-8 throughout
        if fmt == "timelinejs":
            assert json.loads(text)["newstimeline"]["sources"][0]["path"].endswith("bad\udcffname.txt")


def test_mentions_of_a_file_name_that_is_not_utf8(capsys, tmp_path: Path) -> None:
    src = tmp_path / os.fsdecode(b"bad\xffname.txt")
    src.write_text(CORPUS, encoding="utf-8")
    rc, stdout, _ = _run(capsys, "mentions", src)
    assert rc == 0 and json.loads(stdout.splitlines()[0])["file"] == "bad\ufffdname.txt"


@pytest.mark.parametrize("fmt", ["csv", "ics", "json"])
def test_lone_surrogate_in_an_imported_timelinejs_title(capsys, tmp_path: Path, fmt: str) -> None:
    src = tmp_path / "in.json"
    src.write_text('{"title": {"text": {"headline": "\\udc80 t"}}, "events": [{"start_date": {"year": 2020}, '
                   '"text": {"headline": "\\ud800 x"}}]}', encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    rc, _, err = _run(capsys, "export", src, "-o", out)
    assert rc == 0, err
    text = out.read_bytes().decode("utf-8-sig")  # valid UTF-8
    # the JSON keeps the text exactly (\\u escapes); CSV and iCalendar show a replacement character
    assert ("\ud800 x" in json.loads(text)["events"][0]["text"]["headline"]) if fmt == "json" else ("\ufffd x" in text)


# ------------------------------------------------------------------------------ input problems
@pytest.mark.parametrize("content,needle", [
    ('{"示例公司": 5}', "aliases"),
    ('[{"name": "A", "aliases": [1, 2]}]', "aliases"),
    ("[1, 2]", "needs a name"),
    ("5", "expected a JSON object or list"),
    ('{"A": {"kind": 3}}', "kind"),
    ("[[[[", "not valid JSON"),
])
def test_actors_file_of_the_wrong_shape(capsys, tmp_path: Path, corpus: Path, content: str, needle: str) -> None:
    actors = tmp_path / "actors.json"
    actors.write_text(content, encoding="utf-8")
    line = _one_line_error(capsys, needle, "mentions", corpus, "--actors", actors)
    assert "actors.json" in line


def test_actors_file_not_utf8_or_a_folder(capsys, tmp_path: Path, corpus: Path) -> None:
    bad = tmp_path / "actors.tsv"
    bad.write_bytes(b"\xff\xfe\x00name\tkind\n")
    _one_line_error(capsys, "actors.tsv", "mentions", corpus, "--actors", bad)
    folder = tmp_path / "dir.tsv"
    folder.mkdir()
    _one_line_error(capsys, "folder", "mentions", corpus, "--actors", folder)


def test_timeline_actors_pointing_nowhere(capsys, monkeypatch, corpus: Path) -> None:
    monkeypatch.setenv("TIMELINE_ACTORS", "/nonexistent/actors.tsv")
    _one_line_error(capsys, "TIMELINE_ACTORS", "mentions", corpus)


def test_evaluate_missing_and_non_json(capsys, tmp_path: Path) -> None:
    _one_line_error(capsys, "no such file", "evaluate", tmp_path / "gold.jsonl", tmp_path / "pred.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    _one_line_error(capsys, "bad.jsonl:1", "evaluate", bad, bad)
    arr = tmp_path / "arr.jsonl"
    arr.write_text("[1, 2]\n", encoding="utf-8")
    _one_line_error(capsys, "expected a JSON object", "evaluate", arr, arr)
    good = tmp_path / "good.jsonl"
    good.write_text('{"start": 0, "end": 4, "value": "2026"}\n', encoding="utf-8")
    _one_line_error(capsys, "arr.jsonl", "evaluate", good, good, "--articles", arr)


def test_timelinejs_nested_100000_deep(capsys, tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text('{"events": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    _one_line_error(capsys, "nested too deeply", "export", deep, "-o", tmp_path / "o.csv")


def test_timelinejs_extension_with_null_fields_imports(capsys, tmp_path: Path) -> None:
    src = tmp_path / "in.json"
    ext = {"granularity": "year", "value": "2020", "actors": None, "tags": None, "lanes": None, "mentions": None,
           "summary": None, "confidence": None, "kind": None}
    src.write_text(json.dumps({"events": [{"text": {"headline": "h"}, "newstimeline": ext}]}), encoding="utf-8")
    rc, _, err = _run(capsys, "export", src, "-o", tmp_path / "o.csv")
    assert rc == 0, err


@pytest.mark.parametrize("doc,needle", [
    ({"newstimeline": {"sources": 5}, "events": []}, "sources"),
    ({"newstimeline": {"sources": {"a": 1}}, "events": []}, "sources"),
    ({"newstimeline": {"sources": ["a"]}, "events": []}, "sources"),
    ({"events": [{"newstimeline": {"granularity": "year", "value": "2020", "actors": 5}}]}, "actors"),
    ({"events": [{"newstimeline": {"granularity": "year", "value": "2020", "lanes": "x"}}]}, "lanes"),
    ({"events": [{"newstimeline": {"granularity": "year", "value": "2020", "confidence": "high"}}]}, "confidence"),
    ({"events": [{"newstimeline": {"granularity": "year", "value": "2020", "mentions": ["m"]}}]}, "mentions"),
    ({"events": [{"newstimeline": {"granularity": "year", "value": ["2020"]}}]}, "'value' must be a string"),
    ({"events": [{"newstimeline": {"granularity": "day", "start": {}, "end": "2020-01-01"}}]}, "'start' must be a string"),
])
def test_timelinejs_extension_of_the_wrong_shape(capsys, tmp_path: Path, doc: dict, needle: str) -> None:
    src = tmp_path / "in.json"
    src.write_text(json.dumps(doc), encoding="utf-8")
    line = _one_line_error(capsys, needle, "export", src, "-o", tmp_path / "o.csv")
    assert "in.json" in line


@pytest.mark.parametrize("cell", ['{"source": "s1"}', '"just text"', '["a", "b"]', "[" * 50_000])
def test_csv_mentions_column_that_is_not_a_list_of_mentions(capsys, tmp_path: Path, cell: str) -> None:
    import csv

    src = tmp_path / "in.csv"
    with open(src, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["title", "start", "mentions"], ["x", "2026-01-01", cell]])
    line = _one_line_error(capsys, "mentions", "export", src, "-o", tmp_path / "o.ics")
    assert "in.csv: line 2" in line


@pytest.mark.parametrize("line", ['{"text": 5}', "[1]", '{"id": 1}', '{"text": "x", "ref": "someday"}', "[" * 50_000])
def test_mentions_cases_line_of_the_wrong_shape(capsys, tmp_path: Path, line: str) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(line + "\n", encoding="utf-8")
    _one_line_error(capsys, "cases.jsonl:1: bad case line", "mentions", "--cases", cases)


# ---------------------------------------------------------------------------------------- a bug
def test_a_bug_still_shows_a_traceback_and_asks_to_report(capsys, monkeypatch, corpus: Path) -> None:
    def broken(args):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(cli, "cmd_mentions", broken)
    rc = main(["mentions", str(corpus)])
    err = capsys.readouterr().err
    assert rc == 1
    assert "Traceback" in err and "ZeroDivisionError" in err and "please report" in err


def test_a_file_system_error_nobody_caught_is_one_line(capsys, monkeypatch, corpus: Path) -> None:
    def denied(args):
        raise PermissionError(13, "Permission denied", "/some/file.txt")

    monkeypatch.setattr(cli, "cmd_mentions", denied)
    rc = main(["mentions", str(corpus)])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == 2 and err == ["timeline: /some/file.txt: Permission denied"]
