"""Search filters over a timeline (pure Python + numpy, no Qt).

Contract: :func:`filter_mask` returns a bool array over ``timeline.events`` (``None`` when the query
is empty, meaning "show everything"). Text matches title, summary, mention text and actors,
case-insensitively and across Traditional/Simplified Chinese; ``actor`` matches an actor name;
``date_from``/``date_to`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) keep events that overlap the range.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import numpy as np

from timeline.model import Timeline, parse_point


@lru_cache(maxsize=64)
def variants(text: str) -> tuple[str, ...]:
    """``text`` lower-cased, plus its Traditional and Simplified forms when OpenCC is available."""
    t = text.lower()
    out = {t}
    try:
        from opencc import OpenCC

        out.add(OpenCC("s2t").convert(t))
        out.add(OpenCC("t2s").convert(t))
    except Exception:  # noqa: BLE001 - conversion is a convenience
        pass
    return tuple(sorted(out))


def parse_bound(text: str, end: bool) -> dt.date | None:
    """First (or last, with ``end``) day of a ``YYYY``/``YYYY-MM``/``YYYY-MM-DD`` bound; ``None`` if empty.
    Raises ``ValueError`` for anything else."""
    t = text.strip().replace("/", "-").replace(".", "-")
    if not t:
        return None
    parts = t.split("-")
    if len(parts) >= 2:
        parts[1] = parts[1].zfill(2)
    if len(parts) == 3:
        parts[2] = parts[2].zfill(2)
    first, last, _ = parse_point("-".join(parts).zfill(4) if len(parts) == 1 else "-".join(parts))
    return last if end else first


def filter_mask(tl: Timeline, text: str = "", actor: str = "", date_from: str = "", date_to: str = "") -> np.ndarray | None:
    """See module docstring. Raises ``ValueError`` for an unreadable date bound."""
    text, actor = text.strip(), actor.strip()
    d0, d1 = parse_bound(date_from, False), parse_bound(date_to, True)
    if not (text or actor or d0 or d1):
        return None
    n = len(tl.events)
    mask = np.ones(n, dtype=bool)
    if d0 or d1:
        lo = d0 or dt.date.min
        hi = d1 or dt.date.max
        mask &= np.fromiter((e.time.end >= lo and e.time.start <= hi for e in tl.events), dtype=bool, count=n)
    if actor:
        keys = variants(actor)
        mask &= np.fromiter((any(k in a.lower() for a in e.actors for k in keys) for e in tl.events),
                            dtype=bool, count=n)
    if text:
        keys = variants(text)

        def hit(e) -> bool:
            hay = "\x00".join([e.title, e.summary, *e.actors, *e.tags, *(m.text for m in e.mentions)]).lower()
            return any(k in hay for k in keys)

        idx = np.flatnonzero(mask)
        sub = np.fromiter((hit(tl.events[i]) for i in idx.tolist()), dtype=bool, count=idx.size)
        mask[idx[~sub]] = False
    return mask
