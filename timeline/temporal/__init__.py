"""Temporal expression recognition and normalization (Chinese, Traditional and Simplified, and English).

Public contract
---------------
``extract(text, reference=None) -> list[TemporalMention]``
    Every temporal expression in ``text`` in text order, each with ``text[m.start:m.end] == m.text``,
    normalized per ``../shared/eval/FORMAT.md``. ``reference`` is the document creation date that
    relative expressions resolve against; ``None`` means infer it with :func:`infer_reference`.
``infer_reference(text) -> datetime.date | None``
    The article's own date inferred from its text.
``infer_references(texts) -> list[(datetime.date | None, day_known)]``
    The dates of the articles of one file: as ``infer_reference``, except that an article that does not
    place itself in time takes the date its anchored neighbours agree on (pass ``day_known`` to ``extract``).

Layout
------
``rules_zh`` / ``rules_en``: the rule tables (pattern + normalizer + examples that double as tests);
``numerals``: Chinese numerals and the one-to-one folding of full-width and Simplified characters;
``lunar`` (+ generated ``lunar_table``): festivals and lunar dates via ``lunar_python``; ``fiscal``: fiscal
years per organization as data; ``resolve``: values and the narrative focus; ``dct``: article date
inference; ``engine``: one guarded regular expression over all rules, scanned once per article; ``api``: the
public functions above, layered over ``engine`` and ``dct`` (which never import each other's callers: rules ->
engine -> dct -> api). The functions are pure: no call changes the answer of a later one.
"""

from timeline.temporal.api import extract, infer_reference, infer_references

__all__ = ["extract", "infer_reference", "infer_references"]
