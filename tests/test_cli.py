"""The command line as a user meets it: help texts, `python -m timeline`, FORMAT.md records."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from timeline.cli import main

SUBCOMMANDS = ("mentions", "extract", "export", "view", "evaluate")


def test_help_lists_every_subcommand(capsys):
    assert main([]) == 0
    out = capsys.readouterr().out
    for cmd in SUBCOMMANDS:
        assert cmd in out


@pytest.mark.parametrize("cmd", SUBCOMMANDS)
def test_each_subcommand_has_help(cmd, capsys):
    with pytest.raises(SystemExit) as exc:
        main([cmd, "--help"])
    assert exc.value.code == 0
    assert "usage: timeline " + cmd in capsys.readouterr().out


def test_python_dash_m_works():
    r = subprocess.run([sys.executable, "-m", "timeline", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "mentions" in r.stdout


def test_missing_file_is_one_line_exit_2(tmp_path, capsys):
    assert main(["mentions", str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nope.txt" in err[0]


def test_mentions_follow_the_format_contract(shared_corpus, capsys):
    assert main(["mentions", str(shared_corpus), "--format", "jsonl"]) == 0
    text = shared_corpus.read_text(encoding="utf-8")
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records, "no mentions found"
    keys = {"file", "start", "end", "mention", "value", "granularity", "mod", "article", "event"}
    for r in records:
        assert keys <= set(r)
        assert text[r["start"]:r["end"]] == r["mention"]
        assert r["granularity"] in {"century", "decade", "year", "half", "quarter", "month", "xun", "week", "day"}
        assert r["mod"] in {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER"}
        assert 1 <= r["article"] <= 7
    starts = [r["start"] for r in records]
    assert starts == sorted(starts)


def test_reference_overrides_article_date(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("標題\n" + "去年9月，公司發布了新產品。" * 5 + "(測試社)\n", encoding="utf-8")
    assert main(["mentions", str(f), "--reference", "2020-05-01", "--show-dct"]) == 0
    out = capsys.readouterr()
    assert "2020-05-01" in out.err
