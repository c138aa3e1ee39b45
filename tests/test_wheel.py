"""A built wheel works as a new user installs it: everything read at run time is inside the wheel.

The test copies the source tree, builds the wheel with ``pip wheel --no-deps --no-build-isolation`` (no
network), installs it into a fresh virtual environment and runs the installed console scripts from a
directory outside the checkout: ``timeline mentions`` on the built-in sample (and on the shared corpus when
it is present), ``timeline extract`` and ``timeline export`` on the sample, and an offscreen
``timeline-viewer --screenshot``. The fresh environment sees the third-party dependencies of the running
interpreter through a ``.pth`` line, so nothing is downloaded; the project itself comes only from the wheel.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_CORPUS = REPO.parent / "shared" / "corpus" / "alibaba-news-2026.txt"
if not SHARED_CORPUS.exists():
    SHARED_CORPUS = Path("/work/shared/corpus/alibaba-news-2026.txt")

pytestmark = pytest.mark.slow

SOURCE_ITEMS = ("timeline", "gui", "resources", "setup.py", "pyproject.toml", "README.md", "MANIFEST.in")


def _run(cmd: list[str], cwd: Path, env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess:
    r = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert r.returncode == 0, f"{cmd} exited {r.returncode}\nstdout: {r.stdout[-2000:]}\nstderr: {r.stderr[-3000:]}"
    return r


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    pytest.importorskip("setuptools")
    src = tmp_path_factory.mktemp("src")
    for name in SOURCE_ITEMS:
        p = REPO / name
        if p.is_dir():
            shutil.copytree(p, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif p.exists():
            shutil.copy2(p, src / name)
    dist = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q",
          "-w", str(dist), str(src)], cwd=dist, env=dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1"))
    wheels = list(dist.glob("newstimeline-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_wheel_carries_every_runtime_resource(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {str(p.relative_to(REPO / "resources")).replace(os.sep, "/")
               for p in (REPO / "resources").rglob("*") if p.is_file()}
    assert shipped, "resources/ is empty"
    missing = sorted(f for f in shipped if f"timeline/_data/{f}" not in names)
    assert missing == []
    assert not any(n.startswith("resources/") for n in names), "resources must live inside the package"


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("venv")
    _run([sys.executable, "-m", "venv", "--without-pip", str(root)], cwd=root, env=dict(os.environ))
    py = root / "bin" / "python"
    purelib = Path(subprocess.check_output([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                           text=True).strip())
    # the running interpreter's site-packages hold the dependencies (PySide6, numpy, ...): reuse them
    dep_dirs = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"], *site.getsitepackages()}
    (purelib / "_newstimeline_test_deps.pth").write_text("\n".join(sorted(dep_dirs)) + "\n", encoding="utf-8")
    _run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "--no-index", "-q", str(wheel)],
         cwd=root, env=dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1"))
    return root


def _clean_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "TIMELINE_RESOURCES", "TIMELINE_ACTORS", "VIRTUAL_ENV", "PYTHONHOME")}
    env["HOME"] = str(tmp)                    # fresh settings, recent files, recovery folder
    env["XDG_CONFIG_HOME"] = str(tmp / "config")
    env["XDG_DATA_HOME"] = str(tmp / "data")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_installed_package_comes_from_the_wheel(venv: Path, tmp_path: Path):
    code = ("import timeline, gui, timeline.resources as r; "
            "print(timeline.__file__); print(gui.__file__); print(r.resource_root())")
    out = _run([str(venv / "bin" / "python"), "-c", code], cwd=tmp_path, env=_clean_env(tmp_path)).stdout.split("\n")
    for line in out[:3]:
        assert line.startswith(str(venv)), out
    assert out[2].endswith(os.path.join("timeline", "_data")), out


def test_cli_on_the_builtin_sample_from_another_directory(venv: Path, tmp_path: Path):
    env = _clean_env(tmp_path)
    tl = str(venv / "bin" / "timeline")
    out = _run([tl, "mentions", "--sample"], cwd=tmp_path, env=env).stdout
    recs = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert len(recs) >= 20 and {r["file"] for r in recs} >= {"en.txt"}
    assert any(r["event"] for r in recs)   # the keyword table and the gazetteer were found: events built
    r = _run([tl, "extract", "--sample", "-o", "sample.timeline.json"], cwd=tmp_path, env=env)
    assert "events" in r.stdout
    proj = json.loads((tmp_path / "sample.timeline.json").read_text(encoding="utf-8"))
    assert len(proj["events"]) >= 10
    assert any(e.get("actors") for e in proj["events"])   # the shipped gazetteer found actors
    _run([tl, "export", "sample.timeline.json", "-o", "sample.png"], cwd=tmp_path, env=env)
    assert (tmp_path / "sample.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_cli_on_the_shared_corpus(venv: Path, tmp_path: Path):
    if not SHARED_CORPUS.exists():
        pytest.skip("the shared corpus is not present")
    out = _run([str(venv / "bin" / "timeline"), "mentions", str(SHARED_CORPUS)], cwd=tmp_path,
               env=_clean_env(tmp_path)).stdout
    assert sum(1 for line in out.splitlines() if line.strip()) >= 40


def test_viewer_screenshot_opens_the_sample(venv: Path, tmp_path: Path):
    env = _clean_env(tmp_path)
    r = _run([str(venv / "bin" / "timeline-viewer"), "--screenshot", "shot.png", "--size", "1000x700",
              "--select", "2026"], cwd=tmp_path, env=env)
    assert "warning" not in r.stderr, r.stderr    # the sample opened and an event matched
    assert (tmp_path / "shot.png").stat().st_size > 10_000
