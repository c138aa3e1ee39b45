"""Lane names as the viewer and the exported images show them (no Qt).

Contract: :func:`lane_label` gives the shown name of lane ``key`` under lane mode ``mode``: the key itself,
except the lane of events without an actor (article, tag), :data:`timeline.model.NO_LANE`, which reads
"(no actor)" / "（未歸類）" etc. in ``lang`` (``None``: the interface language, :mod:`gui.i18n`).
"""

from __future__ import annotations

from gui.i18n import translate
from timeline.model import NO_LANE

NO_LANE_LABELS: dict[str, str] = {"actor": "(no actor)", "article": "(no article)", "tag": "(no tag)"}


def lane_label(key: str, mode: str, lang: str | None = None) -> str:
    """The shown name of lane ``key`` (see module docstring)."""
    if key in (NO_LANE, ""):
        return translate(NO_LANE_LABELS.get(mode, "(no actor)"), lang)
    return key
