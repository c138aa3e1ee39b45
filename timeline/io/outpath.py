"""The output-path guard: one check every writer runs before it replaces a file.

Contract
--------
:func:`guard_output` ``(path, fmt, inputs=(), force=False, timeline=None) -> Path`` raises
:class:`~timeline.io.atomic.OutputPathError` (one line naming the path; the CLI exits 2) when writing
``fmt`` to ``path`` could lose data, and returns the path otherwise. In this order:

1. not a file name, a folder, a missing or non-folder parent, a folder that is not writable: refused;
2. an existing path (a link is followed) that is not a regular file — a device, a FIFO, a socket, or a
   link to one of those: refused, for every format (a writer would otherwise replace it by a regular file
   or block on it); a dangling link is allowed (the file is created where it points);
3. the same file as one of ``inputs`` (``os.path.samefile``: links and hard links resolved) or a file
   inside an input folder that the corpus reader would read, or a source file of ``timeline``: refused,
   even with ``force``;
4. an existing regular file that is not of the product's *own kind* for ``fmt`` (:func:`is_own_kind`):
   refused unless ``force`` (``--force`` on the command line; the viewer passes ``force=True`` once the
   user has confirmed the overwrite in its save dialog). An empty file counts as our own.

"Own kind" is decided from the file's content, never from its name alone:

============  =================================================================================
format        an existing file is ours when
============  =================================================================================
project       JSON whose first 4 KB hold ``"format": "newstimeline-project"``
csv           its first line (BOM or not) is exactly our header (:data:`csvfile.COLUMNS`, in order; a CSV
              from a version with other columns needs ``--force``)
ics           its first 4 KB (lines unfolded) hold ``PRODID:-//newstimeline//``
timelinejs    a JSON object with an ``events`` list and our top-level ``newstimeline`` object, or whose
              every slide carries the ``newstimeline`` extension (an empty ``events`` list with at most a
              ``title`` also counts)
png           the PNG signature and a ``tEXt`` chunk ``Software`` = ``newstimeline`` before the image data
svg           ``<desc>Timeline exported by newstimeline</desc>`` in its first 64 KB
pdf           ``%PDF-`` and the document creator ``newstimeline``
============  =================================================================================

So re-exporting over a file this program wrote works without ``--force``; a user's own CSV (even with our
columns plus a ``notes`` column), a hand-made calendar, a photo named ``out.png`` are never replaced
silently. The guard does not write anything; the writers then replace the file atomically.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.io.atomic import OutputPathError, check_file_name

if TYPE_CHECKING:
    from timeline.model import Timeline

OWN_MARK = "newstimeline"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_SOFTWARE = b"Software\x00" + OWN_MARK.encode()
"""The ``tEXt`` chunk payload our PNG writer puts before the image data."""
SVG_DESC = "Timeline exported by newstimeline"
_HEAD = 4096
_MAX_JSON = 64 * 1024 * 1024


def _head(p: Path, n: int) -> bytes:
    with open(p, "rb") as f:
        return f.read(n)


def _own_project(p: Path) -> bool:
    return re.search(rb'"format"\s*:\s*"newstimeline-project"', _head(p, _HEAD)) is not None


def _own_csv(p: Path) -> bool:
    from timeline.io.csvfile import COLUMNS

    head = _head(p, 64 * 1024)
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = head[:head.rfind(b"\n") + 1].decode("utf-8-sig", errors="replace")
    first = text.splitlines()[0] if text else ""
    try:
        row = next(csv.reader(io.StringIO(first)))
    except (StopIteration, csv.Error):
        return False
    return [c.strip().lower() for c in row] == COLUMNS


def _own_ics(p: Path) -> bool:
    text = _head(p, _HEAD).decode("utf-8", errors="replace")
    text = re.sub(r"\r?\n[ \t]", "", text)
    return re.search(r"^PRODID:-//newstimeline//", text, re.MULTILINE) is not None


def _own_timelinejs(p: Path) -> bool:
    if p.stat().st_size > _MAX_JSON:
        return False
    try:
        doc = json.loads(p.read_bytes())
    except (ValueError, RecursionError):
        return False
    if not isinstance(doc, dict) or not isinstance(doc.get("events"), list):
        return False
    if isinstance(doc.get(OWN_MARK), dict):
        return True  # our document-level extension (the sources)
    events = doc["events"]
    if not events:
        return set(doc) <= {"events", "title"}
    return all(isinstance(s, dict) and isinstance(s.get(OWN_MARK), dict) for s in events)


def _own_png(p: Path) -> bool:
    head = _head(p, 64 * 1024)
    if not head.startswith(PNG_SIGNATURE):
        return False
    idat = head.find(b"IDAT")
    before = head if idat < 0 else head[:idat]
    return b"tEXt" + PNG_SOFTWARE in before


def _own_svg(p: Path) -> bool:
    return f"<desc>{SVG_DESC}</desc>".encode() in _head(p, 64 * 1024)


def _own_pdf(p: Path) -> bool:
    size = p.stat().st_size
    with open(p, "rb") as f:
        head = f.read(1024 * 1024)
        if size > len(head):
            f.seek(max(len(head), size - 1024 * 1024))
            head += f.read()
    if not head.startswith(b"%PDF-"):
        return False
    utf16 = b"\xfe\xff" + OWN_MARK.encode("utf-16-be")
    return re.search(rb"/Creator\s*\((?:" + re.escape(OWN_MARK.encode()) + b"|" + re.escape(utf16) + rb")\)",
                     head) is not None


_OWN = {"project": _own_project, "csv": _own_csv, "ics": _own_ics, "timelinejs": _own_timelinejs,
        "png": _own_png, "svg": _own_svg, "pdf": _own_pdf}
KIND_NAMES = {"project": "timeline project", "csv": "timeline CSV", "ics": "timeline iCalendar",
              "timelinejs": "timeline TimelineJS", "png": "timeline PNG", "svg": "timeline SVG",
              "pdf": "timeline PDF"}


def is_own_kind(path: str | Path, fmt: str) -> bool:
    """True when ``path`` is an existing regular file this program wrote as ``fmt`` (see module docstring),
    or an empty file. Unreadable files are not ours."""
    p = Path(path)
    try:
        if p.stat().st_size == 0:
            return True
        check = _OWN.get(fmt)
        return bool(check and check(p))
    except OSError:
        return False


def _same_file(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        return os.path.samefile(a, b)
    return False


def _reads_as_input(out: Path, folder: Path) -> bool:
    """True when ``out`` lies inside the input ``folder`` and the corpus reader would read it."""
    from timeline.corpus import iter_corpus_files

    try:
        real_out = Path(os.path.realpath(out))
        real_dir = Path(os.path.realpath(folder))
        if not real_out.is_relative_to(real_dir):
            return False
        return any(_same_file(out, f) for f in iter_corpus_files([folder]))
    except Exception:  # an unreadable input folder is reported by the reader, not here
        return False


def source_paths(timeline: Timeline | None) -> list[str]:
    """The files ``timeline``'s articles were read from (each an input no export may replace)."""
    if timeline is None:
        return []
    return sorted({s.path for s in timeline.sources if s.path})


def guard_output(path: str | Path, fmt: str, inputs: Iterable[str | Path] = (), force: bool = False,
                 timeline: Timeline | None = None) -> Path:
    """Check that writing ``fmt`` to ``path`` loses nothing (see module docstring); return the path.

    ``inputs`` are the paths the command read; the source files of ``timeline`` count as inputs too.
    """
    inputs = [*inputs, *source_paths(timeline)]
    p = check_file_name(path)
    parent = p.parent
    try:
        st = p.stat()  # follows links; a dangling link is like a missing file (the writer creates its target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputPathError(f"{p}: cannot be replaced ({exc.strerror or exc})") from None
    exists = st is not None
    if st is not None and not stat.S_ISREG(st.st_mode):
        what = ("a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else
                "a named pipe" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode)
                else "not a regular file")
        via = " (through a link)" if p.is_symlink() else ""
        raise OutputPathError(f"{p}: is {what}{via}, not a regular file; refusing to write to it")
    for inp in inputs:
        q = Path(inp)
        if exists and _same_file(p, q):
            raise OutputPathError(f"{p}: is the input {q}; refusing to overwrite it (choose another output)")
        if q.is_dir() and exists and _reads_as_input(p, q):
            raise OutputPathError(f"{p}: is one of the input files in {q}; refusing to overwrite it")
    if exists and not force and not is_own_kind(p, fmt):
        kind = KIND_NAMES.get(fmt, fmt)
        raise OutputPathError(f"{p}: exists and is not a {kind} file written by this program; "
                              "refusing to replace it (use --force, or choose another output)")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputPathError(f"{p}: the folder {parent} is not writable")
    return p


__all__ = ["guard_output", "is_own_kind", "source_paths", "PNG_SOFTWARE", "SVG_DESC"]
