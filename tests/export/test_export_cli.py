"""`timeline export INPUT -o OUT.png|svg|pdf` as a user runs it, in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from export_samples import OLD_TITLE, ZH_TITLE, small_timeline

from timeline.io import export_timeline


def _timeline_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("timeline")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "timeline"]


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([*_timeline_cmd(), "export", *args], capture_output=True, text=True, env=env,
                          timeout=120)


@pytest.fixture
def project(tmp_path) -> Path:
    path = tmp_path / "small.timeline.json"
    export_timeline(small_timeline(), path, "project")
    return path


def test_cli_png_from_project(project, tmp_path):
    out = tmp_path / "x.png"
    r = _run(str(project), "-o", str(out), "--width", "1200", "--scale", "2", "--theme", "dark")
    assert r.returncode == 0, r.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from gui.export import ensure_app

    ensure_app()
    from PySide6.QtGui import QImage

    assert QImage(str(out)).width() == 2400


def test_cli_svg_with_range_and_lanes(project, tmp_path):
    out = tmp_path / "x.svg"
    r = _run(str(project), "-o", str(out), "--from", "2013", "--to", "2026-03", "--lanes", "tag",
             "--title", "標題 Title")
    assert r.returncode == 0, r.stderr
    text = "".join(ET.parse(out).getroot().itertext())
    assert ZH_TITLE in text and OLD_TITLE not in text and "標題" in text


def test_cli_bad_date_is_one_line_exit_2(project, tmp_path):
    r = _run(str(project), "-o", str(tmp_path / "x.pdf"), "--from", "last year")
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "last year" in r.stderr


def test_cli_pdf_from_shared_corpus(shared_corpus, tmp_path):
    out = tmp_path / "corpus.pdf"
    r = _run(str(shared_corpus), "-o", str(out), "--from", "2013", "--to", "2026-03")
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_bench_script_runs_on_a_tiny_input():
    script = Path(__file__).resolve().parents[2] / "scripts" / "bench_export.py"
    r = subprocess.run([sys.executable, str(script), "--events", "300", "--lanes", "5", "--width", "1200"],
                       capture_output=True, text=True, timeout=120,
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert r.returncode == 0, r.stderr
    assert "total:" in r.stdout and "peak memory" in r.stdout


def test_cli_time_scale_and_pixel_ratio(project, tmp_path):
    """--scale names the time axis (linear|compact); the pixel ratio is --pixel-ratio (a number given to
    --scale still means the pixel ratio, as it used to)."""
    from gui.export import ensure_app

    ensure_app()
    from PySide6.QtGui import QImage

    sizes = {}
    for name, args in (("compact", ["--scale", "compact", "--pixel-ratio", "2"]),
                       ("linear", ["--scale", "linear"]), ("old", ["--scale", "1.5"])):
        out = tmp_path / f"{name}.png"
        r = _run(str(project), "-o", str(out), "--width", "800", *args)
        assert r.returncode == 0, r.stderr
        sizes[name] = QImage(str(out)).width()
    assert sizes == {"compact": 1600, "linear": 800, "old": 1200}
    r = _run(str(project), "-o", str(tmp_path / "x.png"), "--scale", "wobbly")
    assert r.returncode == 2 and "linear, compact or auto" in r.stderr
