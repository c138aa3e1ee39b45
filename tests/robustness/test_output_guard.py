"""The output-path guard (issue 14, data loss): every writer refuses to replace an input, a device or a pipe,
and replaces an existing file only when this program wrote it in that format, or with ``--force``.

Each case checks the exit status (2), the one-line message, and that the file in the way is byte-for-byte
unchanged.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.io.outpath import guard_output, is_own_kind

CORPUS = "# 示例\n\n2026年2月5日，示例公司在杭州發布了新一代模型，預計今年第二季度推出手機版本。\n"
DATA_EXT = {"csv": ".csv", "ics": ".ics", "timelinejs": ".json", "project": ".timeline.json"}
IMAGE_EXT = {"png": ".png", "svg": ".svg", "pdf": ".pdf"}


def _run(capsys, *args: str) -> tuple[int, list[str]]:
    rc = main([str(a) for a in args])
    err = capsys.readouterr().err.strip().splitlines()
    assert not any("Traceback" in line for line in err)
    return rc, err


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    p = tmp_path / "corpus.txt"
    p.write_text(CORPUS, encoding="utf-8")
    return p


def _refused(capsys, needle: str, *args: str) -> None:
    rc, err = _run(capsys, *args)
    assert rc == 2, err
    assert len(err) == 1 and needle in err[0], err


# ------------------------------------------------------------------------------- an input as output
@pytest.mark.parametrize("fmt", list(DATA_EXT))
def test_extract_never_overwrites_its_input(capsys, corpus: Path, fmt: str) -> None:
    before = corpus.read_bytes()
    _refused(capsys, "is the input", "extract", corpus, "-o", corpus, "--format", fmt, "--force")
    assert corpus.read_bytes() == before


def test_export_csv_onto_itself_keeps_the_users_columns(capsys, tmp_path: Path) -> None:
    mine = tmp_path / "mine.csv"
    mine.write_text("title,start,notes\n會議,2026-02-05,my own notes\n", encoding="utf-8")
    before = mine.read_bytes()
    _refused(capsys, "is the input", "export", mine, "-o", mine)
    _refused(capsys, "is the input", "export", mine, "-o", mine, "--force")
    assert mine.read_bytes() == before


def test_input_reached_through_a_link_or_a_hard_link(capsys, tmp_path: Path, corpus: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(corpus)
    hard = tmp_path / "hard.txt"
    os.link(corpus, hard)
    before = corpus.read_bytes()
    _refused(capsys, "is the input", "export", link, "-o", corpus, "--format", "csv", "--force")
    _refused(capsys, "is the input", "export", corpus, "-o", hard, "--format", "ics", "--force")
    _refused(capsys, "is the input", "extract", corpus, "-o", link, "--format", "timelinejs", "--force")
    assert corpus.read_bytes() == before


def test_a_projects_source_file_is_an_input_too(capsys, tmp_path: Path, corpus: Path) -> None:
    project = tmp_path / "p.timeline.json"
    assert _run(capsys, "extract", corpus, "-o", project)[0] == 0
    before = corpus.read_bytes()
    _refused(capsys, "is the input", "export", project, "-o", corpus, "--format", "csv", "--force")
    assert corpus.read_bytes() == before


def test_a_file_inside_an_input_folder(capsys, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(CORPUS, encoding="utf-8")
    before = (folder / "a.txt").read_bytes()
    _refused(capsys, "input", "extract", folder, "-o", folder / "a.txt", "--format", "csv", "--force")
    _refused(capsys, "input", "export", folder, "-o", folder / "a.txt", "--format", "ics", "--force")
    assert (folder / "a.txt").read_bytes() == before
    # a new file in the corpus folder is fine (nothing is lost)
    assert _run(capsys, "extract", folder, "-o", folder / "out.csv")[0] == 0


# ------------------------------------------------------------------------- devices, pipes: one rule
@pytest.mark.parametrize("fmt", [*DATA_EXT, *IMAGE_EXT])
def test_a_link_to_a_device_is_refused_for_every_format(capsys, tmp_path: Path, corpus: Path, fmt: str) -> None:
    ext = {**DATA_EXT, **IMAGE_EXT}[fmt]
    link = tmp_path / f"out{ext}"
    link.symlink_to("/dev/null")
    _refused(capsys, "not a regular file", "export", corpus, "-o", link, "--format", fmt, "--force")
    assert link.is_symlink() and stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize("fmt", [*DATA_EXT, *IMAGE_EXT])
def test_a_fifo_is_refused_for_every_format(capsys, tmp_path: Path, corpus: Path, fmt: str) -> None:
    ext = {**DATA_EXT, **IMAGE_EXT}[fmt]
    fifo = tmp_path / f"out{ext}"
    os.mkfifo(fifo)
    _refused(capsys, "named pipe", "export", corpus, "-o", fifo, "--format", fmt, "--force")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


# ---------------------------------------------------------------------------------- own kind, --force
FOREIGN = {
    "csv": "title,start,notes\nx,2026-01-01,keep me\n",
    "ics": "BEGIN:VCALENDAR\r\nPRODID:-//Someone//Their calendar//EN\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
    "timelinejs": '{"events": [{"start_date": {"year": 2020}, "text": {"headline": "theirs"}}]}',
    "project": '{"name": "some other tool", "events": []}',
    "png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
    "svg": '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><desc>a drawing</desc></svg>',
    "pdf": b"%PDF-1.4\n% a report\n",
}


@pytest.mark.parametrize("fmt", [*DATA_EXT, *IMAGE_EXT])
def test_a_foreign_file_needs_force_and_our_own_does_not(capsys, tmp_path: Path, corpus: Path, fmt: str) -> None:
    out = tmp_path / f"out{({**DATA_EXT, **IMAGE_EXT})[fmt]}"
    content = FOREIGN[fmt]
    out.write_bytes(content if isinstance(content, bytes) else content.encode())
    before = out.read_bytes()
    _refused(capsys, "--force", "export", corpus, "-o", out, "--format", fmt)
    assert out.read_bytes() == before
    assert _run(capsys, "export", corpus, "-o", out, "--format", fmt, "--force")[0] == 0
    assert out.read_bytes() != before and is_own_kind(out, fmt)
    # what we wrote is ours: exporting again needs no --force
    assert _run(capsys, "export", corpus, "-o", out, "--format", fmt)[0] == 0


def test_extract_over_a_foreign_file(capsys, tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "notes.json"  # becomes notes.timeline.json: a different file
    out.write_text("{}", encoding="utf-8")
    assert _run(capsys, "extract", corpus, "-o", out)[0] == 0
    assert out.read_text(encoding="utf-8") == "{}"
    text = tmp_path / "summary.ics"
    text.write_text("my notes, not a calendar\n", encoding="utf-8")
    _refused(capsys, "--force", "extract", corpus, "-o", text)
    assert text.read_text(encoding="utf-8") == "my notes, not a calendar\n"


def test_our_csv_with_an_extra_column_is_not_ours(tmp_path: Path, corpus: Path, capsys) -> None:
    out = tmp_path / "t.csv"
    assert _run(capsys, "export", corpus, "-o", out)[0] == 0
    assert is_own_kind(out, "csv")
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    out.write_text("\n".join([lines[0] + ",notes", *(line + ",mine" for line in lines[1:])]) + "\n", encoding="utf-8")
    assert not is_own_kind(out, "csv")


def test_empty_file_and_missing_file(tmp_path: Path) -> None:
    empty = tmp_path / "e.csv"
    empty.write_bytes(b"")
    assert guard_output(empty, "csv") == empty
    assert guard_output(tmp_path / "new.csv", "csv") == tmp_path / "new.csv"
    with pytest.raises(OSError, match="does not exist"):
        guard_output(tmp_path / "no" / "x.csv", "csv")
    with pytest.raises(OSError, match="folder"):
        guard_output(tmp_path, "csv")


def test_viewer_save_never_replaces_the_corpus(qtbot, tmp_path: Path, corpus: Path) -> None:
    from gui.mainwindow import MainWindow
    from timeline.io import open_timeline

    w = MainWindow()
    qtbot.addWidget(w)
    w.set_timeline(open_timeline(corpus), None, str(corpus))
    shown: list[list[str]] = []
    w.show_errors = lambda errors, title=None: shown.append(errors)  # type: ignore[method-assign]
    before = corpus.read_bytes()
    assert w._save_to(corpus) is False
    assert corpus.read_bytes() == before and shown and "input" in shown[0][0]
    assert w._save_to(tmp_path / "ok.timeline.json") is True


def test_an_empty_timelinejs_export_is_ours(tmp_path: Path) -> None:
    from timeline.io import export_timeline
    from timeline.model import Timeline

    out = tmp_path / "empty.json"
    export_timeline(Timeline(sources=[], events=[], title="none"), out, "timelinejs")
    assert is_own_kind(out, "timelinejs")
    export_timeline(Timeline(sources=[], events=[], title="again"), out, "timelinejs")  # no force needed
