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


def test_engine_holds_no_chinese_or_english_words() -> None:
    """Words live in the rule tables and :mod:`lexicon`; the engine only joins, scans and resolves."""
    import io
    import re
    import tokenize

    src = (PKG / "engine.py").read_text(encoding="utf-8")
    strings = [t.string for t in tokenize.generate_tokens(io.StringIO(src).readline)
               if t.type == tokenize.STRING and not t.string.startswith(('"""', "'''"))]
    english = {"and", "or", "between", "from", "to", "through", "until", "every", "each", "of", "as", "last", "this",
               "next", "ago", "later", "earlier", "the", "in", "on", "since", "before", "after", "now", "today",
               "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
               "spring", "summer", "fall", "autumn", "winter", "christmas", "morning", "evening", "night"}
    for s in strings:
        assert not re.search(r"[\u3400-\u9fff]", s), s
        assert not {w.lower() for w in re.findall(r"[A-Za-z][a-z]+", s)} & english, s
