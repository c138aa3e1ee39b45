"""Autosave to a recovery folder and the offer to restore after a crash.

Contract
--------
* The folder is ``$TIMELINE_RECOVERY_DIR`` if set, else ``<AppDataLocation>/recovery``.
* Each window owns one file ``autosave-<pid>-<n>.timeline.json`` (a normal project file plus a
  ``recovery`` block naming what was open and when). :meth:`RecoveryStore.write` saves atomically
  (names that are not valid UTF-8 are kept as JSON escapes; NaN raises ``FormatError``),
  :meth:`RecoveryStore.discard` deletes it (on save and on a clean close).
* :func:`pending` lists recovery files not owned by a live window of this process, newest first:
  they are what a crashed session left behind.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
from dataclasses import dataclass
from pathlib import Path

from timeline.io.atomic import atomic_write_bytes
from timeline.io.project import FORMAT_NAME, FORMAT_VERSION, encode_document
from timeline.model import Timeline

_counter = itertools.count(1)
_live: set[str] = set()


def recovery_dir() -> Path:
    env = os.environ.get("TIMELINE_RECOVERY_DIR")
    if env:
        return Path(env)
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".newstimeline") / "recovery"


@dataclass(slots=True)
class Recovered:
    path: Path
    saved_at: str
    origin: str
    project: str


class RecoveryStore:
    """One window's autosave file (see module docstring)."""

    def __init__(self) -> None:
        self.path = recovery_dir() / f"autosave-{os.getpid()}-{next(_counter)}.timeline.json"
        _live.add(str(self.path))

    def write(self, tl: Timeline, origin: str = "", project: str = "") -> Path:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        doc = {"format": FORMAT_NAME, "version": FORMAT_VERSION, **tl.to_dict(),
               "recovery": {"saved_at": dt.datetime.now().isoformat(timespec="seconds"), "origin": origin,
                            "project": project}}
        # encode_document: a name that was not valid UTF-8 (a lone surrogate) becomes a \\u escape
        atomic_write_bytes(self.path, encode_document(doc, str(self.path)))
        return self.path

    def discard(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass

    def close(self) -> None:
        """The window is going away cleanly: delete the file and stop owning it."""
        self.discard()
        _live.discard(str(self.path))


def pending() -> list[Recovered]:
    d = recovery_dir()
    if not d.is_dir():
        return []
    out: list[Recovered] = []
    for p in sorted(d.glob("autosave-*.timeline.json"), key=lambda q: q.stat().st_mtime, reverse=True):
        if str(p) in _live:
            continue
        try:
            meta = json.loads(p.read_text(encoding="utf-8")).get("recovery", {})
        except (OSError, ValueError):
            continue
        out.append(Recovered(p, meta.get("saved_at", ""), meta.get("origin", ""), meta.get("project", "")))
    return out


def load(rec: Recovered) -> Timeline:
    from timeline.io.project import load_project

    return load_project(rec.path)
