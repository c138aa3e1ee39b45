"""``timeline-viewer`` without a display: one line saying so (and that ``timeline export`` works), exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland check is for Linux")


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(PYTHONPATH=str(REPO), HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "cfg"), **extra)
    return env


@pytest.mark.parametrize("cmd", [["-m", "gui.app"], ["-m", "timeline", "view"]])
def test_viewer_without_a_display_says_so_in_one_line(tmp_path, cmd):
    r = subprocess.run([sys.executable, *cmd], cwd=tmp_path, env=_env(tmp_path), capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 2, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert "no display found" in lines[0] and "timeline export" in lines[0]
    assert "Reinstalling" not in r.stderr and r.stdout == ""


def test_dead_local_x_display_counts_as_none(tmp_path):
    r = subprocess.run([sys.executable, "-m", "gui.app"], cwd=tmp_path, env=_env(tmp_path, DISPLAY=":987"),
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "DISPLAY=:987" in r.stderr


def test_missing_display_rules(monkeypatch):
    from gui.app import missing_display

    for k in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(k, raising=False)
    assert missing_display()
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert missing_display() is None
    monkeypatch.setenv("QT_QPA_PLATFORM", "wayland")
    assert missing_display()
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert missing_display() is None
    monkeypatch.delenv("QT_QPA_PLATFORM")
    assert missing_display() is None
    monkeypatch.delenv("WAYLAND_DISPLAY")
    monkeypatch.setenv("DISPLAY", "remote.example:10.0")   # forwarded X: trusted
    assert missing_display() is None
