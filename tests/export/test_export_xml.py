"""An SVG made from text holding characters XML forbids (\\x01, U+FFFE, a lone surrogate) still parses
(the characters are removed by :mod:`timeline.io.xmlsafe`)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from timeline.model import Event, Source, Timeline, TimeSpan

BAD = "A\x01B\x0bC\ufffeD\uffffE\ud800F\x1fG"


def test_svg_export_with_forbidden_characters_parses(tmp_path: Path) -> None:
    pytest.importorskip("PySide6")
    from gui.export import export_image_cli

    src = Source(id="s1", title="t" + BAD, text="x")
    evs = [Event(id=f"e{i}", time=TimeSpan.from_value(f"20{10 + i}"), title=f"事件{i} {BAD}", actors=[BAD])
           for i in range(5)]
    out = tmp_path / "x.svg"
    export_image_cli(Timeline(sources=[src], events=evs, title="標題" + BAD), out, "svg")
    data = out.read_bytes()
    root = ET.fromstring(data)  # raises on any forbidden character
    texts = "".join(t.text or "" for t in root.iter() if t.tag.endswith("text") or t.tag.endswith("title"))
    assert "事件1" in texts and "\x01" not in texts
