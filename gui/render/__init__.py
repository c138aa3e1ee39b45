"""Timeline images: :mod:`gui.render.layout` (pure geometry, no Qt) and :mod:`gui.render.painter`
(QPainter drawing onto any paint device). :mod:`gui.export` writes the PNG/SVG/PDF files.

Importing this package applies :func:`pin_none_refcount` (see there): without it an export that makes
more than a few thousand QPainter calls aborts the interpreter with "deallocating None".
"""

from __future__ import annotations

import sys

_PINNED = False


def pin_none_refcount() -> None:
    """Work around PySide6 6.12 on CPython 3.11: every call of a ``void`` Qt method (``setPen``,
    ``drawRect``, ...) returns ``None`` without taking a reference, so ``None``'s reference count drops
    by one per call and the interpreter aborts once it reaches zero ("Fatal Python error:
    none_dealloc"). CPython 3.12+ makes ``None`` immortal, which is what the bindings assume; on older
    versions we add 2**40 references once, so ``None`` is never freed (it never is in a healthy
    process anyway). Does nothing on 3.12+ or other interpreters.
    """
    global _PINNED
    if _PINNED or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    _PINNED = True


pin_none_refcount()
