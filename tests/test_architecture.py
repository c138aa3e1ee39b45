"""The parser package never imports Qt or the viewer: checked in the source (import statements and any
string naming a viewer/Qt module, the way ``importlib.import_module``, ``__import__`` or an entry-point
string would) and in a fresh interpreter."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "timeline"
QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|PyQt\d|pyqtgraph|shiboken6|gui)\b", re.M)


def test_no_qt_import_in_timeline_sources():
    offenders = [str(p) for p in PKG.rglob("*.py") if QT_IMPORT.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


# a whole string that is a dotted module path (optionally "module:attr") rooted in a forbidden package
FORBIDDEN_ROOTS = ("gui", "PySide6", "PyQt5", "PyQt6", "pyqtgraph", "shiboken6")
_ROOTS = "|".join(FORBIDDEN_ROOTS)
MODULE_STRING = re.compile(rf"^\s*({_ROOTS})(\.[A-Za-z_]\w*)*(\s*:\s*[A-Za-z_][\w.]*)?\s*$")
DYNAMIC_IMPORTERS = {"import_module", "__import__", "find_spec", "run_module", "EntryPoint"}


def _string_module_references(source: str) -> list[str]:
    """Every string constant in ``source`` that names a forbidden module, and every dynamic import
    (``importlib.import_module``, ``__import__``...) whose literal argument starts with one."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and MODULE_STRING.match(node.value):
            found.append(f"line {node.lineno}: {node.value!r}")
        elif isinstance(node, ast.Call):
            fn = node.func
            name = fn.attr if isinstance(fn, ast.Attribute) else fn.id if isinstance(fn, ast.Name) else ""
            if name in DYNAMIC_IMPORTERS:
                for arg in node.args:
                    if (isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                            and arg.value.strip().split(".")[0].split(":")[0] in FORBIDDEN_ROOTS):
                        found.append(f"line {node.lineno}: {name}({arg.value!r})")
    return found


def test_no_string_reference_to_viewer_or_qt_modules_in_timeline_sources():
    offenders = {str(p.relative_to(PKG.parent)): refs for p in sorted(PKG.rglob("*.py"))
                 if (refs := _string_module_references(p.read_text(encoding="utf-8")))}
    assert offenders == {}


def test_the_string_check_catches_dynamic_imports():
    caught = _string_module_references(
        'import importlib\n'
        'a = importlib.import_module("gui.export")\n'
        'b = __import__("gui")\n'
        'c = "gui.app:main"\n'
        'd = importlib.import_module("PySide6.QtCore")\n'
        'e = "the viewer lives in :mod:`gui`"\n')
    lines = {int(c.split(":")[0].removeprefix("line ")) for c in caught}
    assert lines == {2, 3, 4, 5}  # the prose on line 6 is fine


def test_viewer_commands_are_registered_from_the_viewer_side():
    """``timeline export ... .png`` and ``timeline view`` reach the viewer through the entry-point group
    (installed metadata, or pyproject.toml in a source checkout), not through a name in timeline/."""
    from timeline.cli import _declared_commands

    commands = _declared_commands()
    assert {"export-image", "view"} <= set(commands)
    assert all(v.split(":")[0].strip().split(".")[0] == "gui" for v in commands.values())


def test_viewer_commands_found_without_installed_entry_points(monkeypatch):
    """A checkout whose installed metadata predates the group still finds the commands (pyproject.toml)."""
    import importlib.metadata

    from timeline import cli

    monkeypatch.setattr(importlib.metadata, "entry_points", lambda **kw: [])
    assert {"export-image", "view"} <= set(cli._declared_commands())


def test_importing_the_parser_loads_no_qt():
    code = ("import sys, timeline, timeline.cli, timeline.pipeline, timeline.temporal, timeline.events, "
            "timeline.io, timeline.model; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6', 'gui')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
