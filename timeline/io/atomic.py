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
  is written through to its target. Temporary files left by saves that were killed are removed by
  the next successful save once they are an hour old.
* :func:`validate_output_path` checks an export destination before anything is written: it refuses
  folders, missing parent folders and (unless ``overwrite``) existing files, raising
  :class:`OutputPathError` with a message naming the path. The GUI asks the user before passing
  ``overwrite=True``.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
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


def validate_output_path(path: str | Path, overwrite: bool = False) -> Path:
    """Return ``path`` as a :class:`Path` if a file may be written there, else raise :class:`OutputPathError`."""
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
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
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
        if mode == "wb":
            f = os.fdopen(fd, "wb")
        else:
            f = os.fdopen(fd, "w", encoding=encoding or "utf-8", newline=newline)
        with f:
            try:
                yield f
            except OSError as exc:
                if exc.errno in _DISK_ERRORS:
                    raise OutputPathError(f"{target}: cannot write ({exc.strerror or exc})") from None
                raise
            try:
                f.flush()
                os.fsync(f.fileno())
            except OSError as exc:  # e.g. the disk is full
                raise OutputPathError(f"{target}: cannot write ({exc.strerror or exc})") from None
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


STALE_SECONDS = 3600
"""A temporary file this old was left by a save that was killed (no save takes an hour)."""


def remove_stale_temp_files(path: str | Path) -> int:
    """Delete temporary files that killed saves of ``path`` left behind; returns how many."""
    target = Path(path)
    removed = 0
    cutoff = time.time() - STALE_SECONDS
    with contextlib.suppress(OSError):
        for tmp in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                if tmp.is_file() and not tmp.is_symlink() and tmp.stat().st_mtime < cutoff:
                    tmp.unlink()
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
