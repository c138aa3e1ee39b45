"""File handling of the main window: open, save, save as, recent files, autosave and recovery, export.

Contract
--------
* :class:`FileController` is owned by one :class:`gui.mainwindow.MainWindow` (``window.files``) and does
  everything that reads or writes files for it; the window keeps thin slots with the same names
  (``open_paths``, ``save``, ``save_as``, ``_save_to``, ``autosave``, ``check_recovery``,
  ``recent_files``, ``add_recent``) and exposes ``job``, ``recovery`` and ``autosave_timer``.
* ``open_paths(paths, background=True)`` loads corpora or a project (in a :class:`gui.loader.LoadJob`
  off the GUI thread unless ``background=False``) after asking about unsaved edits.
* ``_save_to(path)`` asks first when the file changed on disk since the window read it (the lost-update
  check), never writes over the corpus it was read from, shows every failure with ``window.show_errors``
  and returns ``False`` (nothing raised, the file on disk unchanged).
* Autosave writes a recovery file every ``$TIMELINE_AUTOSAVE_SECONDS`` (default 60) while there are unsaved
  edits; ``check_recovery()`` offers to restore what a crashed session autosaved.
* Recent files (at most :data:`MAX_RECENT`) persist in the window's ``QSettings`` under ``recent``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from gui import dialogs, recovery
from gui.i18n import tr
from gui.loader import LoadJob, load_paths
from timeline.model import Timeline

if TYPE_CHECKING:
    from gui.mainwindow import MainWindow

MAX_RECENT = 10


def human_size(n: int) -> str:
    """``532 bytes``, ``14.2 KB``, ``3.1 MB`` (powers of 1024)."""
    if n < 1024:
        return f"{n} bytes"
    size = float(n)
    for unit in ("KB", "MB", "GB"):
        size /= 1024.0
        if size < 1024 or unit == "GB":
            return f"{size:.1f} {unit}"
    return f"{size:.1f} GB"


class FileController(QObject):
    """Opening, saving, recent files, autosave and recovery for one window (see module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.job: LoadJob | None = None
        self.recovery = recovery.RecoveryStore()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(int(float(os.environ.get("TIMELINE_AUTOSAVE_SECONDS", "60")) * 1000))
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()

    # ------------------------------------------------------------------------------- open / save
    def open_dialog(self) -> None:
        paths = dialogs.ask_open_paths(self.window)
        if paths:
            self.open_paths(paths)

    def open_folder_dialog(self) -> None:
        d = dialogs.ask_open_folder(self.window)
        if d:
            self.open_paths([d])

    def open_sample(self) -> None:
        from timeline.pipeline import sample_corpus_dir

        self.open_paths([str(sample_corpus_dir())], remember=False)

    def maybe_save(self) -> bool:
        """Ask about unsaved edits; ``False`` means the user cancelled."""
        if not self.window.doc.modified:
            return True
        ans = dialogs.ask_unsaved(self.window, self.window.doc.display_name())
        if ans == "cancel":
            return False
        if ans == "save":
            return self.save()
        return True

    def open_paths(self, paths: list[str], background: bool = True, remember: bool = True) -> bool:
        """Load corpora or a project. In the background the window stays responsive; returns at once."""
        paths = [str(p) for p in paths]
        if not paths or not self.maybe_save():
            return False
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.job.wait()
        if remember:
            for p in paths:
                self.add_recent(p)
        if not background:
            try:
                tl, errors = load_paths(paths)
            except Exception as exc:  # noqa: BLE001
                self._load_failed(str(exc))
                return False
            self._loaded(paths, tl, errors)
            return True
        self.job = LoadJob(paths, self)
        self.job.progress.connect(self._load_progress)
        self.job.finished.connect(lambda tl, errs, p=paths: self._loaded(p, tl, errs))
        self.job.failed.connect(self._load_failed)
        self.job.cancelled.connect(self._load_cancelled)
        self.window.progress.setRange(0, 0)
        self.window.progress.show()
        self.window.cancel_button.show()
        self.window._update_status(tr("Loading {name}…").format(name=Path(paths[0]).name))
        self.job.start()
        return True

    def cancel_load(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _load_progress(self, done: int, total: int, name: str) -> None:
        if total > 1:
            self.window.progress.setRange(0, total)
            self.window.progress.setValue(done)
        self.window.status_label.setText(tr("Loading {name}…").format(name=name))

    def _end_load_ui(self) -> None:
        self.window.progress.hide()
        self.window.cancel_button.hide()

    def _loaded(self, paths: list[str], tl: Timeline, errors: list[str]) -> None:
        self._end_load_ui()
        project = Path(paths[0]) if len(paths) == 1 and paths[0].lower().endswith(".timeline.json") else None
        self.window.set_timeline(tl, project, paths[0] if len(paths) == 1 else "")
        if errors:
            self.window.show_errors(errors)

    def _load_failed(self, msg: str) -> None:
        self._end_load_ui()
        self.window.show_errors([msg], title=tr("Could not open"))
        self.window._update_status()

    def _load_cancelled(self) -> None:
        self._end_load_ui()
        self.window._update_status(tr("Loading cancelled"))

    def save(self) -> bool:
        if self.window.doc.path is None:
            return self.save_as()
        return self._save_to(self.window.doc.path)

    def save_as(self, path: str | None = None) -> bool:
        if path is None:
            base = self.window.doc.path or Path(self.window.doc.origin or "timeline")
            name = base.name.split(".")[0] if base.name else "timeline"
            suggested = str((base.parent if str(base.parent) not in ("", ".") else Path.cwd()) / f"{name}.timeline.json")
            path = dialogs.ask_save_path(self.window, suggested)
        if not path:
            return False
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        """Save the project to ``path``; asks first when the file changed on disk since this window read it.

        Every failure (disk full, a value the project format cannot hold such as a NaN confidence) is
        shown in a dialog and returns ``False``; nothing is raised and the file on disk is unchanged.
        """
        from timeline.io import FormatError
        from timeline.io.outpath import guard_output
        from timeline.io.project import save_project

        if self.window.doc.changed_on_disk(path):
            ans = dialogs.ask_changed_on_disk(self.window, path.name)
            if ans == "save_as":
                return self.save_as()
            if ans != "overwrite":
                return False
        x0, x1 = self.window.canvas.view_range()
        self.window.doc.timeline.view = {**self.window.doc.timeline.view, "range": [x0, x1], "lane_mode": self.window.canvas.lane_mode}
        origin = self.window.doc.origin
        inputs = [origin] if origin and not origin.lower().endswith(".timeline.json") else []
        try:
            # never over the corpus it was read from; the save dialog already asked about replacing a file
            guard_output(path, "project", inputs, force=True, timeline=self.window.doc.timeline)
            save_project(self.window.doc.timeline, path)
        except (FormatError, OSError, ValueError) as exc:
            msg = str(exc)
            self.window.show_errors([msg if str(path) in msg else f"{path}: {msg}"], title=tr("Could not save"))
            return False
        self.window.doc.mark_saved(path)
        self.recovery.discard()
        self.add_recent(str(path))
        self.window.statusBar().showMessage(tr("Saved {name}").format(name=path.name), 4000)
        self.window._update_title()
        return True

    def export_image(self) -> None:
        try:
            from gui.export import ExportDialog
        except ImportError:
            self.window.statusBar().showMessage(tr("Image export is not available yet."), 5000)
            return
        dlg = ExportDialog(self.window, self.window.doc.timeline, self.window.canvas.view_range(), self.window.canvas.lane_mode, self.window.theme)
        if self.window.canvas.time_scale == "compact":  # export what the viewer shows
            dlg.set_time_scale("compact")
        dlg.exec()
        if dlg.written is not None:
            self.confirm_export(Path(dlg.written))

    def confirm_export(self, path: Path) -> None:
        """Say in the status bar where an export went and how big it is."""
        try:
            size = human_size(path.stat().st_size)
        except OSError:
            size = "?"
        self.window.statusBar().showMessage(tr("Exported {path} ({size})").format(path=str(path), size=size), 15000)

    # ------------------------------------------------------------------------------- recent files
    def recent_files(self) -> list[str]:
        v = self.window.settings.value("recent", [], list)
        return [str(x) for x in (v or [])]

    def add_recent(self, path: str) -> None:
        p = str(Path(path).resolve())
        rec = [p, *[r for r in self.recent_files() if r != p]][:MAX_RECENT]
        self.window.settings.setValue("recent", rec)
        self.rebuild_recent()

    def rebuild_recent(self) -> None:
        self.window.recent_menu.clear()
        for p in self.recent_files():
            a = self.window.recent_menu.addAction(p)
            a.triggered.connect(lambda _c=False, path=p: self.open_paths([path]))
        self.window.recent_menu.setEnabled(bool(self.recent_files()))

    # --------------------------------------------------------------------------- autosave/recovery
    def autosave(self) -> Path | None:
        """Write the recovery file when there are unsaved edits (delete it otherwise)."""
        if not self.window.doc.modified:
            self.recovery.discard()
            return None
        from timeline.io import FormatError

        try:
            p = self.recovery.write(self.window.doc.timeline, self.window.doc.origin, str(self.window.doc.path or ""))
        except (FormatError, OSError, ValueError) as exc:  # a timer must never raise; Save shows the dialog
            self.window.statusBar().showMessage(tr("Autosave failed: {error}").format(error=exc), 10000)
            return None
        self.window.statusBar().showMessage(tr("Autosaved"), 2000)
        return p

    def check_recovery(self) -> bool:
        """Offer to restore what a crashed session autosaved. Returns ``True`` when restored."""
        found = recovery.pending()
        if not found:
            return False
        rec = found[0]
        if not dialogs.ask_restore(self.window, rec.saved_at):
            for r in found:
                r.path.unlink(missing_ok=True)
            return False
        try:
            tl = recovery.load(rec)
        except Exception as exc:  # noqa: BLE001
            self.window.show_errors([str(exc)], title=tr("Could not open"))
            return False
        self.window.set_timeline(tl, Path(rec.project) if rec.project else None, rec.origin)
        self.window.doc.restored = True
        rec.path.unlink(missing_ok=True)
        self.autosave()
        self.window._update_title()
        self.window._update_status(tr("Restored autosaved edits"))
        return True

    # ------------------------------------------------------------------------------------ closing
    def shutdown(self) -> None:
        """The window closes: stop a running load, the autosave timer and the recovery file."""
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.job.wait()
        self.autosave_timer.stop()
        self.recovery.close()
