"""Text that XML 1.0 can hold.

Contract
--------
XML 1.0 allows only ``#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]``: a
control character such as ``\\x01``, the non-characters U+FFFE/U+FFFF or a lone surrogate from the
text make a whole document unparsable. :func:`xml_text` removes those characters from a string;
:func:`xml_bytes` does the same to an encoded UTF-8 document written by another library (Qt's SVG
generator copies text verbatim) and also drops character references to forbidden code points
(``&#1;``). Removing is deliberate: the characters cannot be shown anyway, and every other character
(and every offset-free label) stays as it was. Every XML file the product writes goes through
:func:`xml_bytes`.
"""

from __future__ import annotations

import re

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BAD_REF = re.compile(r"&#(?:[xX]0*([0-9a-fA-F]+)|0*([0-9]+));")


def _allowed(cp: int) -> bool:
    return (cp in (0x9, 0xA, 0xD) or 0x20 <= cp <= 0xD7FF or 0xE000 <= cp <= 0xFFFD
            or 0x10000 <= cp <= 0x10FFFF)


def _ref(m: re.Match[str]) -> str:
    try:
        cp = int(m[1], 16) if m[1] is not None else int(m[2])
    except ValueError:  # pragma: no cover - the pattern only matches digits
        return ""
    return m[0] if _allowed(cp) else ""


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (see module docstring)."""
    return _FORBIDDEN.sub("", text)


def xml_bytes(data: bytes) -> bytes:
    """A UTF-8 XML document with forbidden characters and references to them removed.

    Bytes that are not UTF-8 become U+FFFD first, so the result is always valid UTF-8.
    """
    text = data.decode("utf-8", errors="replace")
    cleaned = _BAD_REF.sub(_ref, xml_text(text))
    return data if cleaned == text else cleaned.encode("utf-8")


__all__ = ["xml_bytes", "xml_text"]
