"""Locating files shipped in ``resources/`` (sample corpus, actor gazetteer, icons, styles)."""

from __future__ import annotations

import os
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent / "resources"


def resource_root() -> Path:
    """The resources folder: ``$TIMELINE_RESOURCES`` if set, else ``resources/`` beside the package."""
    env = os.environ.get("TIMELINE_RESOURCES")
    return Path(env) if env else _ROOT


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
