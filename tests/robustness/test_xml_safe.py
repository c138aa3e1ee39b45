"""xml_text / xml_bytes: characters XML 1.0 forbids (\\x01, U+FFFE, a lone surrogate) are removed."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from timeline.io.xmlsafe import xml_bytes, xml_text

BAD = "A\x01B\x0bC\ufffeD\uffffE\ud800F\x1fG"


def test_xml_text_removes_only_forbidden_characters() -> None:
    assert xml_text(BAD) == "ABCDEFG"
    keep = "tab\tnl\ncr\r 中文 😀 \ue000 \ufffd <&>"
    assert xml_text(keep) == keep


def test_xml_bytes_drops_forbidden_references_and_bad_utf8() -> None:
    doc = b"<a t='&#1;&#x1F;&#65;&#x4E2D;'>x\x01y\xef\xbf\xbez\xff</a>"
    out = xml_bytes(doc)
    root = ET.fromstring(out)
    assert root.get("t") == "A中" and root.text == "xyz\ufffd"
    assert xml_bytes(b"<a>fine</a>") == b"<a>fine</a>"
