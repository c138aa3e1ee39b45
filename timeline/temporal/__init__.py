"""Temporal expression recognition and normalization (Chinese, Traditional and Simplified, and English).

Public contract
---------------
``extract(text, reference=None) -> list[TemporalMention]``
    Every temporal expression in ``text`` in text order, each with ``text[m.start:m.end] == m.text``,
    normalized per ``../shared/eval/FORMAT.md``. ``reference`` is the document creation date that
    relative expressions resolve against; ``None`` means infer it with :func:`infer_reference`.
``infer_reference(text) -> datetime.date | None``
    The article's own date inferred from its text.
"""

from timeline.temporal.engine import extract, infer_reference

__all__ = ["extract", "infer_reference"]
