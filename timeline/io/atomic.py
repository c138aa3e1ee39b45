"""Safe file writing: atomic replacement and output-path checks.

Contract
--------
* :func:`atomic_open` / :func:`atomic_write_bytes` / :func:`atomic_write_text` write to a temporary
  file in the destination's folder, flush and ``fsync`` it, then ``os.replace`` it over the
  destination and ``fsync`` the folder. A reader (or the next start of the program after a crash,
  a power cut or ``SIGKILL``) sees either the complete old file or the complete new one, never a mix.
  If writing fails, the destination is untouched and the temporary file is removed; failures of the
  file system (missing folder, a folder in the way, no permission, disk full) raise
  :class:`OutputPathError` naming the path. An existing destination keeps its permission bits; a link
  is written through to its target. Before the rename the number of bytes on disk is compared with the
  number written (a writer that stopped early, or a file size limit such as ``ulimit -f``, is caught
  here even if no call raised). Every writer of the product (project, CSV, iCalendar, TimelineJS, PNG,
  SVG, PDF, autosave) goes through this path.
* Temporary files are named ``.NAME.newstimeline-tmp-HOST-PID-RANDOM.tmp``. Only names of exactly that
  shape are ever deleted by :func:`remove_stale_temp_files` (called after each successful save): those
  whose process (same host) is gone, or that are more than an hour old. A user's own
  ``.report.csv.draft.tmp`` is never touched.
* :func:`validate_output_path` checks an export destination before anything is written: it refuses
  folders, missing parent folders and (unless ``overwrite``) existing files, raising
  :class:`OutputPathError` with a message naming the path. The GUI asks the user before passing
  ``overwrite=True``.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import socket
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from timeline.io import FormatError

_DISK_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS}


class OutputPathError(FormatError, OSError):
    """An output path cannot be written (a folder, a missing parent, an existing file, disk full...).

    It is a :class:`~timeline.io.FormatError` (the CLI prints it as one line) and an ``OSError`` (code
    that guards file writes with ``except OSError`` catches it).
    """


def check_file_name(path: str | Path) -> Path:
    """``path`` as a :class:`Path` if it names a file (not a folder) in an existing folder, else raise
    :class:`OutputPathError`. The first check of every output path."""
    p = Path(path).expanduser()
    if not str(path).strip() or p.name in ("", ".", ".."):
        raise OutputPathError(f"{path!s}: not a file name")
    if p.is_dir():
        raise OutputPathError(f"{p}: is a folder; give a file name")
    parent = p.parent
    if not parent.exists():
        raise OutputPathError(f"{p}: the folder {parent} does not exist")
    if not parent.is_dir():
        raise OutputPathError(f"{p}: {parent} is not a folder")
    return p


def validate_output_path(path: str | Path, overwrite: bool = False) -> Path:
    """Return ``path`` as a :class:`Path` if a file may be written there, else raise :class:`OutputPathError`."""
    p = check_file_name(path)
    parent = p.parent
    if p.exists() or p.is_symlink():
        if not overwrite:
            raise OutputPathError(f"{p}: already exists (choose overwrite to replace it)")
        try:
            st = p.stat()
        except OSError as exc:
            raise OutputPathError(f"{p}: cannot be replaced ({exc.strerror or exc})") from None
        if not stat.S_ISREG(st.st_mode):
            raise OutputPathError(f"{p}: not a regular file; refusing to replace it")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputPathError(f"{p}: the folder {parent} is not writable")
    return p


def _target(path: str | Path) -> Path:
    p = Path(path)
    return Path(os.path.realpath(p)) if p.is_symlink() else p


TEMP_MARKER = "newstimeline-tmp"
"""Every temporary file the product writes has this marker in its name (see module docstring)."""

STALE_SECONDS = 3600
"""A temporary file this old was left by a save that was killed (no save takes an hour)."""

_NAME_KEEP = 120  # characters of the destination's name kept in a temporary name (NAME_MAX is 255)


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9]", "", socket.gethostname())[:32] or "host"


def _temp_prefix(target_name: str, host: str | None = None, pid: int | None = None) -> str:
    return f".{target_name[:_NAME_KEEP]}.{TEMP_MARKER}-{host or _host()}-{pid or os.getpid()}-"


def is_own_temp_name(name: str, target_name: str) -> tuple[str, int] | None:
    """``(host, pid)`` when ``name`` is a temporary file this product made for ``target_name``, else ``None``."""
    head = f".{target_name[:_NAME_KEEP]}.{TEMP_MARKER}-"
    if not name.startswith(head):
        return None
    m = _TEMP_TAIL.fullmatch(name[len(head):])
    return (m["host"], int(m["pid"])) if m else None


_TEMP_TAIL = re.compile(r"(?P<host>[A-Za-z0-9]{1,32})-(?P<pid>[0-9]{1,10})-[A-Za-z0-9_]{6,16}\.tmp")


@contextlib.contextmanager
def atomic_open(path: str | Path, mode: str = "wb", encoding: str | None = None,
                newline: str | None = None) -> Iterator[IO]:
    """Open a temporary file that replaces ``path`` when the ``with`` block ends without an exception.

    ``mode`` is ``"wb"`` or ``"w"`` (text, UTF-8 unless ``encoding`` is given).
    """
    if mode not in ("w", "wb"):
        raise ValueError("atomic_open supports only 'w' and 'wb'")
    target = _target(path)
    folder = target.parent
    if target.is_dir():
        raise OutputPathError(f"{target}: is a folder; give a file name")
    if not folder.is_dir():
        raise OutputPathError(f"{target}: the folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(target.name), suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputPathError(f"{target}: cannot write ({exc.strerror or exc})") from None
    try:
        try:
            mode_bits = stat.S_IMODE(target.stat().st_mode)
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode_bits = 0o666 & ~umask
        os.fchmod(fd, mode_bits)
        raw = os.fdopen(fd, "wb")
        f: IO = raw if mode == "wb" else io.TextIOWrapper(raw, encoding=encoding or "utf-8", newline=newline)
        try:
            try:
                yield f
            except OSError as exc:
                if exc.errno in _DISK_ERRORS:
                    raise OutputPathError(f"{target}: cannot write ({exc.strerror or exc})") from None
                raise
            try:
                f.flush()
                raw.flush()
                written = raw.tell()
                on_disk = os.fstat(raw.fileno()).st_size
                if on_disk != written:
                    raise OutputPathError(f"{target}: cannot write (only {on_disk} of {written} bytes reached "
                                          "the disk)")
                os.fsync(raw.fileno())
            except OutputPathError:
                raise
            except OSError as exc:  # e.g. the disk is full, or a file size limit
                raise OutputPathError(f"{target}: cannot write ({exc.strerror or exc})") from None
        finally:
            # after a failed write the buffer still holds bytes that cannot be written: closing must not
            # replace the error being raised by a second one (on success everything is flushed already)
            with contextlib.suppress(OSError):
                f.close()
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise OutputPathError(f"{target}: cannot replace the file ({exc.strerror or exc})") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(folder)
    remove_stale_temp_files(target)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def remove_stale_temp_files(path: str | Path) -> int:
    """Delete temporary files that killed saves of ``path`` left behind; returns how many.

    Only names made by :func:`atomic_open` for this very destination are considered (see module
    docstring); of those, a file is removed when its process (on this host) no longer runs or when it
    is older than :data:`STALE_SECONDS`.
    """
    target = Path(path)
    removed = 0
    cutoff = time.time() - STALE_SECONDS
    host = _host()
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            owner = is_own_temp_name(entry.name, target.name)
            if owner is None:
                continue
            with contextlib.suppress(OSError):
                if not entry.is_file(follow_symlinks=False):
                    continue
                gone = owner[0] == host and not _pid_alive(owner[1])
                if gone or entry.stat(follow_symlinks=False).st_mtime < cutoff:
                    os.unlink(entry.path)
                    removed += 1
    return removed


def _fsync_dir(folder: Path) -> None:
    try:
        dfd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Replace ``path`` by ``data`` atomically (see module docstring)."""
    with atomic_open(path, "wb") as f:
        f.write(data)


def atomic_write_text(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    """Replace ``path`` by ``text`` atomically. The text is encoded before any file is created."""
    atomic_write_bytes(path, text.encode(encoding))
