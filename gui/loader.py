"""Loading off the GUI thread: a worker object run in a ``QThread``.

Contract: :class:`LoadJob` runs :func:`load_paths` in its own thread and reports through signals
(queued to the GUI thread): ``progress(done, total, name)``, ``finished(Timeline, errors)`` where
``errors`` lists the unreadable files as messages (the others still load), ``failed(message)`` when
nothing could be loaded, ``cancelled()`` after :meth:`LoadJob.cancel`. Cancelling interrupts the work
where it is, also inside one big document (extracting a 60 MB file, building its events): the worker
thread gets a :class:`Cancelled` exception raised asynchronously at its next Python instruction (the
longest single regular-expression step it can be inside is short), besides the check between
documents. :class:`Cancelled` is a ``BaseException`` so no ``except Exception`` in the pipeline can
swallow it. :func:`load_paths` is the same work done synchronously (used by ``--screenshot``).
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from timeline.model import Timeline

PROJECT_SUFFIXES = (".timeline.json", ".json", ".csv")


class Cancelled(BaseException):
    """Raised inside the worker to stop a load that was cancelled (see module docstring)."""


def _raise_in_thread(thread_id: int, exc: type[BaseException] | None) -> None:
    """Raise ``exc`` asynchronously in the Python thread ``thread_id`` (``None`` drops a pending one)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exc) if exc is not None else None)


def is_project(path: str | Path) -> bool:
    name = str(path).lower()
    return Path(path).is_file() and name.endswith(PROJECT_SUFFIXES)


def load_paths(paths: list[str], progress: Callable[[int, int, str], None] | None = None,
               should_stop: Callable[[], bool] | None = None) -> tuple[Timeline, list[str]]:
    """Open one project/exchange file, or any number of corpus files and folders, as one timeline.

    Returns the timeline and the messages of the files that could not be read. Raises ``Cancelled``,
    or an exception with a readable message when nothing at all could be loaded.
    """
    from timeline.corpus import CorpusError, iter_corpus_files
    from timeline.io import open_timeline
    from timeline.pipeline import build_timeline

    errors: list[str] = []
    if len(paths) == 1 and is_project(paths[0]):
        if progress:
            progress(0, 1, Path(paths[0]).name)
        tl = open_timeline(paths[0])
        if progress:
            progress(1, 1, Path(paths[0]).name)
        return tl, errors
    files: list[Path] = []
    for p in paths:
        try:
            files.extend(iter_corpus_files([p]))
        except CorpusError as exc:
            errors.append(str(exc))
    total = len(files)
    done = 0

    def on_doc(res) -> None:
        nonlocal done
        done += 1
        if should_stop and should_stop():
            raise Cancelled()
        if progress:
            progress(done, total, Path(res.path).name)

    def on_error(exc: Exception) -> None:
        nonlocal done
        done += 1
        errors.append(str(exc))
        if should_stop and should_stop():
            raise Cancelled()

    if progress:
        progress(0, total, Path(paths[0]).name if paths else "")
    title = Path(paths[0]).stem if len(paths) == 1 else ""
    tl = build_timeline(files, on_error=on_error, progress=on_doc, title=title)
    if not tl.sources and errors:
        raise CorpusError("\n".join(errors))
    return tl, errors


class _Worker(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object, list)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, paths: list[str]) -> None:
        super().__init__()
        self.paths = paths
        self.stop = False
        self._lock = threading.Lock()
        self._thread_id: int | None = None   # set while load_paths runs: a cancel may interrupt it

    def interrupt(self) -> None:
        """Stop the load now (from any thread): set ``stop`` and raise :class:`Cancelled` in the worker."""
        with self._lock:
            self.stop = True
            if self._thread_id is not None:
                _raise_in_thread(self._thread_id, Cancelled)
                self._thread_id = None  # once

    def _load(self) -> tuple[Timeline, list[str]]:
        with self._lock:
            if self.stop:
                raise Cancelled()
            self._thread_id = threading.get_ident()
        try:
            return load_paths(self.paths, self.progress.emit, lambda: self.stop)
        finally:
            with self._lock:
                self._thread_id = None
                _raise_in_thread(threading.get_ident(), None)  # a cancel that came too late to land

    def run(self) -> None:
        try:
            tl, errors = self._load()
        except Cancelled:
            self.cancelled.emit()
            return
        except Exception as exc:  # noqa: BLE001 - every failure is reported to the user
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        if self.stop:
            self.cancelled.emit()
        else:
            self.finished.emit(tl, errors)


class LoadJob(QObject):
    """Owns the thread and the worker; see module docstring."""

    progress = Signal(int, int, str)
    finished = Signal(object, list)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, paths: list[str], parent=None) -> None:
        super().__init__(parent)
        self.paths = [str(p) for p in paths]
        self.thread = QThread()
        self.worker = _Worker(self.paths)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.progress)
        self.worker.finished.connect(self._done_ok)
        self.worker.failed.connect(self._done_failed)
        self.worker.cancelled.connect(self._done_cancelled)
        self.running = False

    def start(self) -> None:
        self.running = True
        self.thread.start()

    def cancel(self) -> None:
        """Stop the load, also in the middle of a document (see module docstring)."""
        self.worker.interrupt()

    def _finish(self) -> None:
        self.running = False
        self.thread.quit()
        self.thread.wait()

    def _done_ok(self, tl, errors) -> None:
        self._finish()
        self.finished.emit(tl, errors)

    def _done_failed(self, msg) -> None:
        self._finish()
        self.failed.emit(msg)

    def _done_cancelled(self) -> None:
        self._finish()
        self.cancelled.emit()

    def wait(self, ms: int = 30000) -> bool:
        return self.thread.wait(ms)
