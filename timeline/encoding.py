"""Decoding corpus bytes to text.

Contract: :func:`decode_bytes` returns the text, or raises ``ValueError`` with a short human reason
("empty file", "binary data, not text", ...). BOMs are honoured; otherwise UTF-8 is tried strictly
and charset-normalizer decides between the legacy Chinese encodings (GB18030/GBK, Big5) and others.
"""

from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes) -> str:
    """Decode ``data`` (see module docstring). Raises ``ValueError`` when it is not usable text."""
    if not data.strip():
        raise ValueError("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is None:
        if b"\x00" in data[:4096] and not _looks_utf16(data):
            raise ValueError("binary data, not text")
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=None).best()
        if best is None:
            raise ValueError("binary data or an unknown encoding, not text")
        text = str(best)
    if "\x00" in text[:4096]:
        raise ValueError("binary data, not text")
    return text


def _looks_utf16(data: bytes) -> bool:
    head = data[:4096]
    return head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4
