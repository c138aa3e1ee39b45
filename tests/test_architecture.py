"""The parser package never imports Qt: checked in the source and in a fresh interpreter."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "timeline"
QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|PyQt\d|pyqtgraph|shiboken6|gui)\b", re.M)


def test_no_qt_import_in_timeline_sources():
    offenders = [str(p) for p in PKG.rglob("*.py") if QT_IMPORT.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_importing_the_parser_loads_no_qt():
    code = ("import sys, timeline, timeline.cli, timeline.pipeline, timeline.temporal, timeline.events, "
            "timeline.io, timeline.model; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6', 'gui')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
