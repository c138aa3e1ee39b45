"""Locating the files the product reads at run time: the sample corpus, the actor gazetteer, the
event-keyword table, icons and styles.

Contract
--------
The repository keeps them in a top-level ``resources/`` folder; a built wheel carries the same tree as
package data ``timeline/_data`` (see ``setup.py``). :func:`resource_root` answers, in this order:

1. ``$TIMELINE_RESOURCES`` when set (an explicit override, e.g. a customised gazetteer folder);
2. the installed package data, found through :mod:`importlib.resources` (``timeline/_data`` inside the
   installed ``timeline`` package — what ``pip install``/``pipx install`` of the wheel gives);
3. ``resources/`` beside the package in a source checkout (also what an editable install uses).

It never depends on the current working directory. When nothing is found it still returns the
checkout path, so that callers fail with an error naming the missing file.
"""

from __future__ import annotations

import os
from importlib import resources as _ir
from pathlib import Path

ENV_VAR = "TIMELINE_RESOURCES"
_CHECKOUT = Path(__file__).resolve().parent.parent / "resources"


def _installed_root() -> Path | None:
    """``timeline/_data`` inside the installed package, as a file-system path (``None`` if absent)."""
    try:
        root = _ir.files("timeline").joinpath("_data")
    except (ModuleNotFoundError, TypeError):
        return None
    if isinstance(root, Path) and root.is_dir():
        return root
    return None


def resource_root() -> Path:
    """The resources folder (see the module docstring for the order in which it is looked up)."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    installed = _installed_root()
    if installed is not None:
        return installed
    return _CHECKOUT


def resource_path(*parts: str) -> Path:
    """``resource_root() / parts...`` (the file may not exist; callers report that)."""
    return resource_root().joinpath(*parts)
