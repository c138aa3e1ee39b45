"""Where the program finds its run-time files (timeline.resources): the override, then the package."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from timeline import resources

REPO = Path(__file__).resolve().parent.parent


def test_env_override_wins(monkeypatch, tmp_path):
    monkeypatch.setenv(resources.ENV_VAR, str(tmp_path))
    assert resources.resource_root() == tmp_path
    assert resources.resource_path("actors.tsv") == tmp_path / "actors.tsv"


def test_checkout_falls_back_to_top_level_resources(monkeypatch):
    monkeypatch.delenv(resources.ENV_VAR, raising=False)
    root = resources.resource_root()
    assert (root / "actors.tsv").is_file() and (root / "sample").is_dir()
    assert (root / "event_keywords.tsv").is_file() and (root / "styles" / "light.qss").is_file()


def test_lookup_does_not_depend_on_the_working_directory(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != resources.ENV_VAR}
    env["PYTHONPATH"] = str(REPO)
    out = subprocess.run([sys.executable, "-c", "from timeline.resources import resource_root; print(resource_root())"],
                         cwd=tmp_path, env=env, capture_output=True, text=True, check=True).stdout.strip()
    assert Path(out).is_absolute() and (Path(out) / "actors.tsv").is_file()


def test_viewer_warns_when_the_sample_is_missing(tmp_path):
    env = {k: v for k, v in os.environ.items()}
    env.update(PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "cfg"), TIMELINE_RESOURCES=str(tmp_path / "nothing"))
    r = subprocess.run([sys.executable, "-m", "gui.app", "--screenshot", str(tmp_path / "s.png"), "--size", "640x480"],
                       cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "sample corpus is missing" in r.stderr
