"""Lane names as the viewer and the exported images show them (no Qt).

Contract: :func:`lane_label` gives the shown name of lane ``key`` under lane mode ``mode``: the key itself,
except the lane of events without an actor (article, tag), :data:`timeline.model.NO_LANE`, which reads
"(no actor)" / "（未歸類）" etc. in ``lang`` (``None``: the interface language, :mod:`gui.i18n`). A name
longer than :data:`gui.textcap.MAX_LINE` characters is shown cut with "…".
"""

from __future__ import annotations

from gui.i18n import translate
from gui.textcap import MAX_LINE, cap
from timeline.model import NO_LANE

NO_LANE_LABELS: dict[str, str] = {"actor": "(no actor)", "article": "(no article)", "tag": "(no tag)"}


def lane_label(key: str, mode: str, lang: str | None = None) -> str:
    """The shown name of lane ``key`` (see module docstring)."""
    if key in (NO_LANE, ""):
        return translate(NO_LANE_LABELS.get(mode, "(no actor)"), lang)
    return cap(key, MAX_LINE)  # a name of millions of characters is shown cut (gui.textcap)
