"""The native project file (``*.timeline.json``): versioned JSON holding sources, events, edits, view.

Contract: :func:`save_project` writes atomically; :func:`load_project` returns a Timeline or raises
:class:`~timeline.io.FormatError` with a clear message and never touches the file.
"""

from __future__ import annotations

import json
from pathlib import Path

from timeline.io.atomic import atomic_write_text
from timeline.model import Timeline

FORMAT_NAME = "newstimeline-project"
FORMAT_VERSION = 1


def save_project(timeline: Timeline, path: str | Path) -> None:
    doc = {"format": FORMAT_NAME, "version": FORMAT_VERSION, **timeline.to_dict()}
    atomic_write_text(path, json.dumps(doc, ensure_ascii=False, indent=1))


def load_project(path: str | Path) -> Timeline:
    from timeline.io import FormatError

    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FormatError(f"{p}: cannot read project file ({exc})") from None
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise FormatError(f"{p}: not a valid project file (corrupt or truncated JSON at line {exc.lineno})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise FormatError(f"{p}: not a timeline project file")
    ver = doc.get("version")
    if not isinstance(ver, int) or ver > FORMAT_VERSION:
        raise FormatError(f"{p}: project file version {ver!r} is newer than this program supports ({FORMAT_VERSION})")
    try:
        return Timeline.from_dict(doc)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise FormatError(f"{p}: project file has invalid content ({type(exc).__name__}: {exc})") from None
