"""The public temporal API is pure and layered (rules -> engine -> dct -> api)."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from timeline.temporal import extract, infer_reference

PKG = Path(__file__).resolve().parents[2] / "timeline" / "temporal"


def _values(ms) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in ms]


def test_extract_does_not_depend_on_an_earlier_inference() -> None:
    text = "Title\nThe plant opened on March 3, 2021. Yesterday the board met again, and on Friday it voted."
    ref = dt.date(2021, 3, 10)
    fresh = _values(extract(text, ref))
    infer_reference(text)  # used to leave the inferred date in a module cache that changed the next answer
    assert _values(extract(text, ref)) == fresh
    assert _values(extract(text, infer_reference(text))) == _values(extract(text, infer_reference(text)))


def test_engine_and_dct_do_not_import_each_other_upwards() -> None:
    def imports(name: str) -> set[str]:
        tree = ast.parse((PKG / f"{name}.py").read_text(encoding="utf-8"))
        out: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                out.add(node.module)
                out.update(f"{node.module}.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                out.update(a.name for a in node.names)
        return out

    assert not any("temporal.dct" in m or "temporal.api" in m for m in imports("engine"))
    assert not any("temporal.api" in m for m in imports("dct"))
