"""The public temporal API, layered over the engine and article-date inference.

Layers (each imports only the ones above it): :mod:`rules_zh`/:mod:`rules_en` (rule tables) ->
:mod:`engine` (scan and resolve) -> :mod:`dct` (article date inference) -> this module.

Every function here is pure: its answer depends on its arguments only (no module state is read that an
earlier call could have written; the engine's per-text scan memo is itself a pure function of the text).
"""

from __future__ import annotations

import datetime as dt

from timeline.model import TemporalMention
from timeline.temporal.dct import infer_collection, infer_with_precision
from timeline.temporal.engine import resolve_matches, scan


def infer_reference(text: str) -> dt.date | None:
    """The article's own date inferred from its text (see :mod:`timeline.temporal.dct`)."""
    return infer_with_precision(text)[0]


def infer_references(texts: list[str]) -> list[tuple[dt.date | None, bool]]:
    """Dates of the articles of one file, each with whether its day is known (for ``extract(day_known=)``).

    See :func:`timeline.temporal.dct.infer_collection`: an article that does not place itself in time takes
    the date the anchored articles of its file agree on.
    """
    return infer_collection(texts)


def extract(text: str, reference: dt.date | None = None, *, day_known: bool | None = None) -> list[TemporalMention]:
    """Every temporal expression in ``text``, in text order (see :mod:`timeline.temporal`).

    ``reference`` is the article date; ``None`` infers it from ``text``. Whether the day itself counts as
    known (so that ``今天``, ``yesterday``, ``Friday`` resolve): ``day_known`` when given; otherwise yes for a
    reference the caller gave, and for an inferred one only when the text states its day (a stamp, a dateline).
    """
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    if reference is None:
        reference, exact = infer_with_precision(text)
    else:
        exact = True
    if day_known is not None:
        exact = day_known
    folded, matches = scan(text)
    return resolve_matches(text, folded, matches, reference, exact)
