"""The per-user cache folder and the SQLite copies kept in it (jieba's dictionary tables, pypinyin's phrases).

Contract
--------
* :func:`cache_dir`: ``$TIMELINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/newstimeline`` (``~/.cache/newstimeline``),
  else the system temporary folder -- the first of them that is writable (created when missing).
* :func:`write_table` writes one ``(word, value)`` table, and the file its rows were made from (a ``source``
  row: path, size, modification time, version), as an SQLite file: built in a temporary file beside it and
  renamed, so another process sees the whole copy or none; the temporary file does not outlive a failure.
* One sweep policy for every copy (:func:`sweep`): a copy of another key than the current ones is removed only
  when the file it was made from is gone or changed (:func:`source_gone`: a deleted virtual environment, an
  upgraded package) or when no process has used it for :data:`STALE_AGE` (a process that opens a copy marks it
  used, :func:`mark_used`); a temporary file older than :data:`TMP_AGE` (a writer killed mid-copy) goes too.
  Only names the caller's pattern matches exactly are ever touched, so two installs sharing the folder keep
  each other's copies and a user's own files stay.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

TMP_AGE = 3600.0
"""Seconds: a temporary copy older than this is a dead writer's (a copy takes about a second)."""
STALE_AGE = 30 * 86400.0
"""Seconds: a copy of another key that no process has used for this long is removed (made again in about a
second by an install that comes back to it)."""
TOUCH_AGE = 86400.0
"""Seconds: a process that opens a copy marks it used (its modification time) when the mark is older."""

Source = tuple[str, int, int, str]
"""The file a copy was made from: its path, size, modification time (ns) and the maker's version."""


def cache_dir() -> str:
    """The cache folder (see module docstring)."""
    candidates = []
    if os.environ.get("TIMELINE_CACHE_DIR"):
        candidates.append(Path(os.environ["TIMELINE_CACHE_DIR"]))
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    candidates.append(Path(base) / "newstimeline")
    for c in candidates:
        try:
            c.mkdir(parents=True, exist_ok=True)
            if os.access(c, os.W_OK):
                return str(c)
        except OSError:
            continue
    return tempfile.gettempdir()


def source_of(path: str, version: str) -> Source:
    """The :data:`Source` row of the file ``path`` as it is now."""
    st = os.stat(path)
    return (path, st.st_size, st.st_mtime_ns, version)


def write_table(db: str, table: str, column: str, rows: Iterable[tuple[str, object]], prefix: str,
                source: Source | None = None) -> None:
    """Write ``rows`` (word, value) as table ``table`` (``w TEXT PRIMARY KEY, <column>``) of the SQLite file
    ``db``, and ``source`` as the one row of table ``source`` (read by :func:`source_gone`); the temporary
    file is named ``<prefix>…​.tmp`` beside ``db`` (the caller's sweep pattern must match it)."""
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=os.path.dirname(db))
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        try:
            con.execute(f"CREATE TABLE {table} (w TEXT PRIMARY KEY, {column}) WITHOUT ROWID")
            con.executemany(f"INSERT INTO {table} VALUES (?, ?)", rows)
            if source is not None:
                con.execute("CREATE TABLE source (path TEXT, size INTEGER, mtime_ns INTEGER, version TEXT)")
                con.execute("INSERT INTO source VALUES (?, ?, ?, ?)", source)
            con.commit()
        finally:
            con.close()
        os.replace(tmp, db)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def mark_used(db: str) -> None:
    """Mark the copy ``db`` as used now (its modification time), so that another install's :func:`sweep`
    keeps it; at most once per :data:`TOUCH_AGE`; never raises (a read-only cache stays as it is)."""
    with contextlib.suppress(OSError):
        if time.time() - os.stat(db).st_mtime > TOUCH_AGE:
            os.utime(db)


def source_gone(db: str) -> bool:
    """Whether the file the copy ``db`` was made from (its ``source`` table) is gone or changed, so that no
    install can use the copy again. False when that cannot be told (a copy made before the table existed, a
    copy that cannot be read): the age rule decides then."""
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT path, size, mtime_ns FROM source").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return False
    if row is None:
        return False
    try:
        st = os.stat(row[0])
    except FileNotFoundError:
        return True
    except (OSError, TypeError, ValueError):
        return False
    return (st.st_size, st.st_mtime_ns) != (row[1], row[2])


def sweep(folder: str, keep: set[str], ours: re.Pattern[str]) -> list[str]:
    """Remove from ``folder`` the files whose names ``ours`` matches in full, other than ``keep``, that no
    install uses (see module docstring). Returns the names removed; never raises for a file it cannot remove
    or read."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    removed = []
    now = time.time()
    for e in entries:
        name = e.name
        if name in keep or not ours.fullmatch(name):
            continue
        try:
            if not e.is_file(follow_symlinks=False):
                continue
            age = now - e.stat(follow_symlinks=False).st_mtime
            if name.endswith(".tmp"):
                if age < TMP_AGE:
                    continue  # perhaps a copy being written right now
            elif age < STALE_AGE and not source_gone(e.path):
                continue  # another install's copy, used lately
            os.unlink(e.path)
            removed.append(name)
        except OSError:
            continue
    return removed
