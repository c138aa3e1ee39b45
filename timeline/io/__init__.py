"""Reading and writing timelines: the native project file and the exchange formats.

Contract
--------
``open_timeline(path, ...) -> Timeline``
    A project file (``*.timeline.json``), a TimelineJS3 JSON or CSV file, or a corpus (file or folder)
    that is run through the extraction pipeline.
``export_timeline(timeline, out, fmt=None, *, inputs=(), force=False) -> Path``
    Write ``timeline`` in the data format named by ``fmt`` or by the file extension
    (``.timeline.json`` project, ``.csv``, ``.ics``, ``.json`` TimelineJS3), after the output-path guard
    (:mod:`timeline.io.outpath`). Image formats are handled by the viewer's renderer (:mod:`gui.export`),
    which runs the same guard.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from timeline.model import Timeline

DATA_FORMATS = {"project": ".timeline.json", "csv": ".csv", "ics": ".ics", "timelinejs": ".json"}
IMAGE_FORMATS = {"png": ".png", "svg": ".svg", "pdf": ".pdf"}


class FormatError(Exception):
    """A file is not a valid timeline in the format it claims; the message says what is wrong."""


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def unicode_safe(s: str) -> str:
    """``s`` with every lone surrogate replaced by U+FFFD, so that it can be encoded as UTF-8.

    Lone surrogates come from file names that are not valid UTF-8 (Python decodes their bytes with
    ``surrogateescape``: ``bad\xffname.txt`` is ``'bad\udcffname.txt'``) and from JSON ``\ud800`` escapes.
    The exchange writers (CSV, iCalendar, TimelineJS) pass their text through this; the project file keeps
    such text exactly as JSON escapes instead.
    """
    return _LONE_SURROGATE.sub("\ufffd", s) if _LONE_SURROGATE.search(s) else s


def format_for_path(path: str | Path, fmt: str | None = None) -> str:
    """The format name for an output/input path (``--format`` wins over the extension)."""
    if fmt:
        fmt = fmt.lower()
        if fmt == "json":
            return "timelinejs"
        if fmt not in DATA_FORMATS and fmt not in IMAGE_FORMATS:
            raise FormatError(f"unknown format {fmt!r}")
        return fmt
    name = str(path).lower()
    if name.endswith(".timeline.json"):
        return "project"
    for f, ext in {**DATA_FORMATS, **IMAGE_FORMATS}.items():
        if f != "project" and name.endswith(ext):
            return f
    raise FormatError(f"{path}: cannot tell the format from the extension; use --format")


def open_timeline(path: str | Path, reference: dt.date | None = None, jobs: int = 1,
                  on_error: Callable[[Exception], None] | None = None, dates: dict | None = None,
                  fields: Any = None) -> Timeline:
    """Open a project, an exchange file, or a corpus (see module docstring).

    A ``.csv`` file whose header names a story text column (``text``, ``body``, ``content``...) is a news
    collection, read through the pipeline; any other ``.csv`` is the timeline exchange CSV. Likewise a
    ``.json`` file holding news stories (a list of story objects, NewsAPI's ``articles``...) is read as news;
    any other ``.json`` is TimelineJS."""
    p = Path(path)
    name = p.name.lower()
    if p.is_file() and ((name.endswith(".csv") and _news_csv(p))
                        or (name.endswith(".json") and not name.endswith(".timeline.json") and _news_json(p))):
        from timeline.pipeline import build_timeline

        return build_timeline([p], reference=reference, jobs=jobs, on_error=on_error, title=p.stem,
                              dates=dates, fields=fields)
    if p.is_file() and name.endswith(".timeline.json"):
        from timeline.io.project import load_project

        return load_project(p)
    if p.is_file() and name.endswith(".json"):
        from timeline.io.timelinejs import import_timelinejs

        return import_timelinejs(p)
    if p.is_file() and name.endswith(".csv"):
        from timeline.io.csvfile import import_csv

        return import_csv(p)
    from timeline.pipeline import build_timeline

    return build_timeline([p], reference=reference, jobs=jobs, on_error=on_error, title=p.stem, dates=dates,
                          fields=fields)


def _news_json(p: Path) -> bool:
    """True when a ``.json`` file holds news stories rather than a TimelineJS timeline
    (:func:`timeline.stories.news_json_records`); unreadable files go to the TimelineJS reader's errors."""
    import json

    from timeline.stories import news_json_records

    try:
        if p.stat().st_size > 256 * 1024 * 1024:
            return False
        doc = json.loads(p.read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError, RecursionError):
        return False
    return news_json_records(doc) is not None


def _news_csv(p: Path) -> bool:
    """True when the CSV's header names a story text column (see :func:`timeline.stories.is_news_csv_header`)."""
    import csv

    from timeline.stories import is_news_csv_header

    try:
        with open(p, encoding="utf-8-sig", errors="replace", newline="") as f:
            first = f.readline(65536)
    except OSError:
        return False
    delim = "\t" if first.count("\t") > max(first.count(","), first.count(";")) else (
        ";" if first.count(";") > first.count(",") else ",")
    header = next(csv.reader([first], delimiter=delim), [])
    return is_news_csv_header(header)


def export_timeline(timeline: Timeline, out: str | Path, fmt: str | None = None, *,
                    inputs: Iterable[str | Path] = (), force: bool = False) -> Path:
    """Write a data format (see module docstring). Returns the path written.

    The output path goes through :func:`timeline.io.outpath.guard_output` first: never one of ``inputs``
    or of the timeline's source files, never a device or pipe, and an existing file that this program did
    not write in that format only with ``force``.
    """
    from timeline.io.outpath import guard_output

    out = Path(out)
    f = format_for_path(out, fmt)
    if f in DATA_FORMATS:
        guard_output(out, f, inputs, force, timeline)
    if f == "project":
        from timeline.io.project import save_project

        save_project(timeline, out)
    elif f == "csv":
        from timeline.io.csvfile import export_csv

        export_csv(timeline, out)
    elif f == "ics":
        from timeline.io.ical import export_ics

        export_ics(timeline, out)
    elif f == "timelinejs":
        from timeline.io.timelinejs import export_timelinejs

        export_timelinejs(timeline, out)
    else:
        raise FormatError(f"{f} is an image format: use the image exporter")
    return out
