"""Every writer goes through one atomic path: on a failure the old file stays and the CLI exits 2.

A file size limit (``ulimit -f 8``: RLIMIT_FSIZE of 8 KB, set in the child with ``preexec_fn``) makes
every write past 8 KB fail with EFBIG, like a disk that fills up halfway. Each output format is first
written small (the old file), then again from a larger timeline under the limit.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.io.atomic import OutputPathError, atomic_open, atomic_write_bytes
from timeline.io.project import save_project

from .test_project_file import synthetic_timeline

ROOT = Path(__file__).resolve().parents[2]
FORMATS = [".timeline.json", ".csv", ".ics", ".json", ".svg", ".pdf", ".png"]


def _limit_8k() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (8 * 1024, resource.RLIM_INFINITY))


def _export(src: Path, out: Path, limit: bool) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, "-m", "timeline", "export", str(src), "-o", str(out)],
                          capture_output=True, text=True, env=env, timeout=300, cwd=out.parent,
                          preexec_fn=_limit_8k if limit else None)


@pytest.mark.skipif(sys.platform == "win32", reason="needs resource.setrlimit")
@pytest.mark.parametrize("suffix", FORMATS)
def test_file_size_limit_keeps_the_old_file_and_exits_2(tmp_path: Path, suffix: str) -> None:
    if suffix in (".svg", ".pdf", ".png"):
        pytest.importorskip("PySide6")
    small, big = tmp_path / "small.timeline.json", tmp_path / "big.timeline.json"
    save_project(synthetic_timeline(3), small)
    save_project(synthetic_timeline(400, text_repeat=40), big)
    out = tmp_path / f"out{suffix}"
    first = _export(small, out, limit=False)
    assert first.returncode == 0, first.stderr
    before = out.read_bytes()
    assert 0 < len(before)
    res = _export(big, out, limit=True)
    assert res.returncode == 2, (res.returncode, res.stdout, res.stderr)
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and str(out) in lines[0] and "Traceback" not in res.stderr, res.stderr
    assert out.read_bytes() == before                         # the old file is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["small.timeline.json", "big.timeline.json",
                                                                  out.name])  # no temporary file left
    again = _export(big, out, limit=False)                    # without the limit the new file is written
    assert again.returncode == 0 and len(out.read_bytes()) > 8 * 1024


def test_a_writer_that_fails_midway_leaves_the_old_file(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_bytes(b"old content")
    with pytest.raises(RuntimeError), atomic_open(f, "wb") as out:
        out.write(b"x" * 100_000)
        raise RuntimeError("the writer crashed")
    with pytest.raises(OutputPathError, match="a.csv: cannot write"), atomic_open(f, "w") as out:
        out.write("y" * 50_000)
        raise OSError(errno.EFBIG, "File too large")
    assert f.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir()] == ["a.csv"]


def test_a_write_that_silently_stops_short_is_caught(tmp_path: Path) -> None:
    """A writer (or a library under it) that loses bytes without raising is caught by the size check."""
    f = tmp_path / "b.svg"
    f.write_bytes(b"<svg/>")
    with pytest.raises(OutputPathError, match="only 10 of 5000 bytes"), atomic_open(f, "wb") as out:
        out.write(b"z" * 5000)
        out.flush()
        os.ftruncate(out.fileno(), 10)
    assert f.read_bytes() == b"<svg/>"
    atomic_write_bytes(f, b"<svg>new</svg>")
    assert f.read_bytes() == b"<svg>new</svg>"
