"""Timeline images: :mod:`gui.render.layout` (pure geometry, no Qt) and :mod:`gui.render.painter`
(QPainter drawing onto any paint device). :mod:`gui.export` writes the PNG/SVG/PDF files.

Importing this package applies :func:`pin_none_refcount` (see there) when running on the PySide6
release that needs it.
"""

from __future__ import annotations

import sys

_PINNED = False
BAD_PYSIDE = (6, 12)  # PySide6 releases whose void/bool calls drop references to None/True/False


def pin_none_refcount() -> bool:
    """Guard against PySide6 6.12 on CPython 3.11: calls of ``void`` (and some ``bool``) Qt methods
    (``setPen``, ``drawRect``, ...) return ``None``/``True``/``False`` without taking a reference, so
    their reference counts drop by one per call and the interpreter aborts ("Fatal Python error:
    none_dealloc") after a few thousand QPainter calls. CPython 3.12+ makes these objects immortal,
    which is what the bindings assume. pyproject pins PySide6 below 6.12; if 6.12 is installed anyway,
    this adds 2**40 references to each singleton once, so they are never freed (they never are in a
    healthy process). Returns whether the guard is active; does nothing on other versions.
    """
    global _PINNED
    if _PINNED:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import PySide6

    if tuple(PySide6.__version_info__[:2]) != BAD_PYSIDE:
        return False
    import ctypes

    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40
    _PINNED = True
    return True


pin_none_refcount()
