"""Bad input on the command line: one line on stderr naming the file and the problem, exit status 2,
no traceback, never a hang. Run as a user runs it: the installed ``timeline`` script in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

BODY = ("2026年2月5日，示例公司在杭州發布了新一代模型，並表示將在今年第二季度推出手機版本。"
        "公司負責人說，去年9月以來團隊一直在準備這次發布，預計三月上旬開放下載。") * 2


def _timeline_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("timeline")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("timeline")
    return [found] if found else [sys.executable, "-m", "timeline"]


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([*_timeline_cmd(), *args], capture_output=True, text=True, timeout=timeout, env=env)


def _assert_clean_error(r: subprocess.CompletedProcess, *needles: str, lines: int | None = 1) -> list[str]:
    err = r.stderr.strip().splitlines()
    assert r.returncode == 2, (r.returncode, r.stderr)
    assert "Traceback" not in r.stderr, r.stderr
    if lines is not None:
        assert len(err) == lines, err
    for needle in needles:
        assert any(needle in line for line in err), (needle, err)
    return err


@pytest.fixture
def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    d = tmp_path / "in"
    d.mkdir()
    files = {
        "empty": d / "empty.txt",
        "binary": d / "photo.txt",
        "folder": d / "folder.txt",
        "dangling": d / "dangling.txt",
        "missing": d / "missing.txt",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(4000))
    files["folder"].mkdir()
    files["dangling"].symlink_to(d / "gone.txt")
    return files


@pytest.mark.parametrize("kind,problem", [
    ("empty", "empty file"), ("binary", "binary data"), ("folder", "no corpus files"), ("dangling", "broken link"),
    ("missing", "no such file"),
])
def test_mentions_on_a_bad_file(bad_inputs, kind, problem):
    path = bad_inputs[kind]
    r = run_cli("mentions", str(path))
    _assert_clean_error(r, path.name, problem)
    assert r.stdout == ""


def test_extract_on_a_binary_file(bad_inputs, tmp_path):
    out = tmp_path / "out.timeline.json"
    r = run_cli("extract", str(bad_inputs["binary"]), "-o", str(out))
    err = _assert_clean_error(r, "photo.txt: binary data", lines=None)
    assert len(err) <= 2  # the file's problem, then "no article could be read"
    assert not out.exists()


def test_folder_with_good_and_bad_files(bad_inputs, tmp_path):
    d = bad_inputs["empty"].parent
    (d / "good.txt").write_text(f"第一篇標題\n{BODY}\n", encoding="utf-8")
    (d / "good-big5.txt").write_bytes(f"第二篇標題\n{BODY}\n".encode("big5"))
    out = tmp_path / "mixed.timeline.json"
    r = run_cli("extract", str(d), "-o", str(out))
    err = _assert_clean_error(r, "empty.txt: empty file", "photo.txt: binary data", "dangling.txt: broken link",
                              lines=3)
    assert all(line.startswith("timeline: ") for line in err)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(s["title"] for s in doc["sources"]) == ["第一篇標題", "第二篇標題"]


def test_200_mb_file_without_newline_is_refused_fast(tmp_path):
    big = tmp_path / "huge.txt"
    block = ("二〇二六年二月五日發布" * 10_000).encode("utf-8")  # ~330 KB, no newline
    with open(big, "wb") as f:
        while f.tell() < 200 * 1024 * 1024:
            f.write(block)
    for cmd in (("mentions", str(big)), ("extract", str(big), "-o", str(tmp_path / "o.timeline.json"))):
        t0 = time.perf_counter()
        r = run_cli(*cmd, timeout=60)
        elapsed = time.perf_counter() - t0
        _assert_clean_error(r, "huge.txt: too large (200 MB; the limit is 64 MB", lines=None)
        assert elapsed < 20, elapsed  # generous for loaded CI machines; typically well under 2 s
    big.unlink()


@pytest.mark.parametrize("content,problem", [
    (b"{\"format\": \"newstimeline-project\", \"version\": 1, \"sources\": [", "truncated JSON"),
    (b"\x00\x01\x02 not json", "not a"),
    (b"{\"format\": \"newstimeline-project\", \"version\": 99}", "version 99 is newer"),
    (b"{\"format\": \"newstimeline-project\", \"version\": 1, \"events\": [{\"id\": 5}]}", "events[0].id"),
])
def test_export_from_a_bad_project_file(tmp_path, content, problem):
    proj = tmp_path / "bad.timeline.json"
    proj.write_bytes(content)
    before = (proj.read_bytes(), proj.stat().st_mtime_ns)
    r = run_cli("export", str(proj), "-o", str(tmp_path / "out.csv"))
    _assert_clean_error(r, "bad.timeline.json", problem)
    assert (proj.read_bytes(), proj.stat().st_mtime_ns) == before
    assert not (tmp_path / "out.csv").exists()


def test_mentions_go_on_past_a_bad_file(bad_inputs):
    d = bad_inputs["empty"].parent
    (d / "zz-good.txt").write_text(f"第一篇標題\n{BODY}\n", encoding="utf-8")
    r = run_cli("mentions", str(d))
    _assert_clean_error(r, "empty.txt: empty file", "photo.txt: binary data", "dangling.txt: broken link", lines=3)
    records = [json.loads(line) for line in r.stdout.splitlines()]
    assert records and {rec["file"] for rec in records} == {"zz-good.txt"}


def test_output_into_a_missing_folder_or_onto_a_folder(tmp_path):
    corpus = tmp_path / "a.txt"
    corpus.write_text(f"第一篇標題\n{BODY}\n", encoding="utf-8")
    r = run_cli("extract", str(corpus), "-o", str(tmp_path / "missing" / "out.timeline.json"))
    _assert_clean_error(r, "out.timeline.json: the folder", "does not exist")
    r = run_cli("extract", str(corpus), "-o", str(tmp_path))
    _assert_clean_error(r, f"{tmp_path}: is a folder")
