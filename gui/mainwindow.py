"""The main window: canvas + overview, event list, source panel, details, menus, loading and saving.

Contract
--------
* ``MainWindow(settings=None)``; ``set_timeline(tl)`` shows a timeline (benchmarks use this);
  ``open_paths(paths, background=True)`` loads corpora/projects (off the GUI thread unless
  ``background=False``); ``canvas`` is the :class:`gui.canvas.TimelineCanvas`.
* Actions come from :data:`gui.shortcuts.SHORTCUTS` (``actions[id]``); canvas-scoped ones only fire
  while the canvas has focus.
* Every edit is a :mod:`gui.commands` command on ``doc.undo_stack``. Autosave writes a recovery file
  every ``$TIMELINE_AUTOSAVE_SECONDS`` (default 60) while there are unsaved edits.
* File handling (open, save, recent files, autosave/recovery, export) lives in :mod:`gui.files`
  (``window.files``); the window keeps thin slots of the same names. The selection and the search filter
  live in one :class:`gui.selection.SelectionModel` (``window.selection``) that the canvas and the list share.
* Window geometry/dock state, recent files, lane mode, language and theme persist in ``QSettings``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui import dialogs, i18n, recovery
from gui.canvas import TimelineCanvas
from gui.commands import (
    AddCommand,
    DeleteCommand,
    MergeCommand,
    MoveLaneCommand,
    RedateCommand,
    RenameCommand,
    SplitCommand,
    StoryDateCommand,
)
from gui.details import DetailsPanel
from gui.document import Document
from gui.eventlist import EventTable
from gui.files import MAX_RECENT, FileController, human_size  # noqa: F401 (re-exported)
from gui.filtering import filter_mask
from gui.i18n import plural, tr
from gui.layout import lane_label
from gui.loader import LoadJob
from gui.plaintext import literal_html, plain_label, window_title
from gui.search import SearchBar
from gui.selection import SelectionModel
from gui.shortcuts import SHORTCUTS, key_sequences
from gui.sourcepanel import SourcePanel
from gui.textcap import MAX_LINE, cap
from gui.theme import THEMES, apply_theme
from timeline.model import Event, Timeline, TimeSpan, entry_counts, is_drawn
from timeline.resources import resource_path

APP_TITLE = "News Timeline"


class MainWindow(QMainWindow):
    """See module docstring."""

    def __init__(self, settings: QSettings | None = None, theme: str | None = None,
                 restore_layout: bool = True) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or QSettings()
        self.theme = theme or str(self.settings.value("theme", "light"))
        if self.theme not in THEMES:
            self.theme = "light"
        self.doc = Document(self)
        self.error_dialog: QMessageBox | None = None
        self.shortcut_sheet: dialogs.ShortcutSheet | None = None
        self._closed = False
        self.selection = SelectionModel(self)   # the one selection + filter the canvas and the list share
        icon = resource_path("icons", "app.svg")
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))

        self.canvas = TimelineCanvas(theme=self.theme)
        lane_mode = str(self.settings.value("lane_mode", "auto"))
        self.lane_mode_setting = lane_mode
        self.search = SearchBar()
        self.search.hide()
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.search)
        lay.addWidget(self.canvas, 1)
        self.setCentralWidget(central)

        self.table = EventTable()
        self.source = SourcePanel()
        self.details = DetailsPanel()
        self.events_dock = self._dock("eventsDock", self.table, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.source_dock = self._dock("sourceDock", self.source, Qt.DockWidgetArea.RightDockWidgetArea)
        details_scroll = QScrollArea()
        details_scroll.setWidget(self.details)
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.details_dock = self._dock("detailsDock", details_scroll, Qt.DockWidgetArea.RightDockWidgetArea)
        self.splitDockWidget(self.source_dock, self.details_dock, Qt.Orientation.Vertical)

        # status bar
        self.status_label = plain_label(QLabel())  # shows file names
        self.font_warning = QLabel()
        self.font_warning.setObjectName("warning")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(lambda: self.files.cancel_load())
        sb = self.statusBar()
        sb.addWidget(self.status_label, 1)
        sb.addPermanentWidget(self.font_warning)
        sb.addPermanentWidget(self.progress)
        sb.addPermanentWidget(self.cancel_button)

        self.files = FileController(self)   # open, save, recent files, autosave/recovery, export
        self.actions_by_id: dict[str, QAction] = {}
        self._build_actions()
        self._build_menus()

        # wiring
        self.canvas.set_selection_model(self.selection)
        self.table.set_selection_model(self.selection)
        self.selection.currentChanged.connect(self._show_panels)   # after both views followed
        self.canvas.activated.connect(lambda i: self.show_source())
        self.table.activated.connect(lambda _i: self.show_source())   # Enter (and double click)
        self.table.doubleClicked.connect(lambda _i: self.show_source())
        self.doc.changed.connect(self._on_doc_changed)
        self.source.storyDateRequested.connect(self.set_story_date)
        self.doc.modifiedChanged.connect(self._update_title)
        self.doc.undo_stack.indexChanged.connect(self._update_title)
        self.search.changed.connect(self.apply_search)
        self.search.closed.connect(self.close_search)
        self.search.hideLanesChanged.connect(self.set_hide_empty_lanes)
        for w in (self.canvas, self.table, self.source.text):
            w.installEventFilter(self)
        self.setTabOrder(self.canvas, self.table)
        self.setTabOrder(self.table, self.source.text)
        self.setAcceptDrops(True)

        self.resize(1500, 950)
        self.persist_layout = restore_layout
        geo = self.settings.value("geometry") if restore_layout else None
        if geo is not None:
            self.restoreGeometry(geo)
        st = self.settings.value("state") if restore_layout else None
        if st is not None:
            self.restoreState(st)
        # without a saved layout, the event list gets its default share on the first show
        self._default_docks_pending = st is None
        self.set_theme(self.theme, persist=False)
        self._check_fonts()
        self.retranslate()
        self.canvas.setFocus()

    # ----------------------------------------------------------------------------------- building
    def _dock(self, name: str, widget: QWidget, area) -> QDockWidget:
        d = QDockWidget(self)
        d.setObjectName(name)
        d.setWidget(widget)
        d.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                      | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                      | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, d)
        return d

    def _build_actions(self) -> None:
        handlers = {
            "open": self.files.open_dialog, "open_folder": self.files.open_folder_dialog, "save": self.save,
            "save_as": self.save_as, "export_image": self.files.export_image, "quit": self.close,
            "undo": self.doc.undo_stack.undo, "redo": self.doc.undo_stack.redo, "find": self.open_search,
            "clear": self.escape, "rename": self.rename_selected, "redate": self.redate_selected,
            "delete": self.delete_selected, "add": self.add_event, "merge": self.merge_selected,
            "split": self.split_selected, "move_lane": self.move_selected_to_lane,
            "prev_event": lambda: self.canvas.step_event(-1), "next_event": lambda: self.canvas.step_event(1),
            "prev_lane": lambda: self.canvas.step_lane(-1), "next_lane": lambda: self.canvas.step_lane(1),
            "first_event": self.canvas.first_event, "last_event": self.canvas.last_event,
            "zoom_in": lambda: self.canvas.zoom(0.5), "zoom_out": lambda: self.canvas.zoom(2.0),
            "fit_all": self.canvas.fit_all, "fit_selection": self.canvas.fit_selection,
            "show_source": self.show_source,
            "zoom_decade": lambda: self.canvas.zoom_preset("decade"),
            "zoom_year": lambda: self.canvas.zoom_preset("year"),
            "zoom_month": lambda: self.canvas.zoom_preset("month"),
            "zoom_week": lambda: self.canvas.zoom_preset("week"),
            "zoom_day": lambda: self.canvas.zoom_preset("day"),
            "focus_next": lambda: self.cycle_focus(1), "focus_prev": lambda: self.cycle_focus(-1),
            "help_shortcuts": self.show_shortcuts,
        }
        for sc in SHORTCUTS:
            act = QAction(self)
            act.setObjectName(f"action_{sc.id}")
            act.triggered.connect(lambda _checked=False, h=handlers[sc.id]: h())
            self.actions_by_id[sc.id] = act
            if sc.scope == "panel":
                continue  # Tab is handled by the event filter so dialogs keep their own Tab
            act.setShortcuts(key_sequences(sc))
            if sc.scope == "canvas":
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.canvas.addAction(act)
            else:
                act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                self.addAction(act)
        self.doc.undo_stack.canUndoChanged.connect(self.actions_by_id["undo"].setEnabled)
        self.doc.undo_stack.canRedoChanged.connect(self.actions_by_id["redo"].setEnabled)
        self.actions_by_id["undo"].setEnabled(False)
        self.actions_by_id["redo"].setEnabled(False)

        self.lane_group = QActionGroup(self)
        self.lane_actions: dict[str, QAction] = {}
        for mode in ("actor", "article", "tag"):
            a = QAction(self, checkable=True)
            a.triggered.connect(lambda _c=False, m=mode: self.set_lane_mode(m))
            self.lane_group.addAction(a)
            self.lane_actions[mode] = a
        self.lang_group = QActionGroup(self)
        self.lang_actions: dict[str, QAction] = {}
        for lang in ("system", "en", "zh"):
            a = QAction(self, checkable=True)
            a.triggered.connect(lambda _c=False, v=lang: self.set_language(v))
            self.lang_group.addAction(a)
            self.lang_actions[lang] = a
        cur = str(self.settings.value("language", "system"))
        self.lang_actions.get(cur, self.lang_actions["system"]).setChecked(True)
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for name in THEMES:
            a = QAction(self, checkable=True)
            a.triggered.connect(lambda _c=False, v=name: self.set_theme(v))
            self.theme_group.addAction(a)
            self.theme_actions[name] = a
        self.open_sample_action = QAction(self)
        self.open_sample_action.triggered.connect(self.files.open_sample)
        self.story_date_action = QAction(self)   # Edit > Set Story Date… (the story shown in the source panel)
        self.story_date_action.setObjectName("action_story_date")
        self.story_date_action.triggered.connect(lambda _checked=False: self.set_story_date())
        self.compact_action = QAction(self, checkable=True)   # View > Compact Time Scale
        self.compact_action.setChecked(str(self.settings.value("time_scale", "linear")) == "compact")
        self.compact_action.toggled.connect(self.set_compact_scale)
        if self.compact_action.isChecked():
            self.canvas.set_time_scale("compact")
        self.statements_action = QAction(self, checkable=True)   # View > Show Statements in the List
        self.statements_action.setObjectName("action_show_statements")
        self.statements_action.toggled.connect(self.set_show_statements)

    def _build_menus(self) -> None:
        mb = self.menuBar()
        A = self.actions_by_id
        self.file_menu = mb.addMenu("")
        self.file_menu.addActions([A["open"], A["open_folder"], self.open_sample_action])
        self.recent_menu = self.file_menu.addMenu("")
        self.file_menu.addSeparator()
        self.file_menu.addActions([A["save"], A["save_as"], A["export_image"]])
        self.file_menu.addSeparator()
        self.file_menu.addAction(A["quit"])
        self.edit_menu = mb.addMenu("")
        self.edit_menu.addActions([A["undo"], A["redo"]])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([A["find"], A["clear"]])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([A[k] for k in ("rename", "redate", "move_lane", "add", "delete", "merge", "split")])
        self.edit_menu.addAction(self.story_date_action)
        self.view_menu = mb.addMenu("")
        self.zoom_menu = self.view_menu.addMenu("")
        self.zoom_menu.addActions([A[k] for k in ("zoom_in", "zoom_out", "fit_all", "fit_selection")])
        self.zoom_menu.addSeparator()
        self.zoom_menu.addActions([A[k] for k in ("zoom_decade", "zoom_year", "zoom_month", "zoom_week", "zoom_day")])
        self.lanes_menu = self.view_menu.addMenu("")
        self.lanes_menu.addActions(list(self.lane_actions.values()))
        self.lang_menu = self.view_menu.addMenu("")
        self.lang_menu.addActions(list(self.lang_actions.values()))
        self.theme_menu = self.view_menu.addMenu("")
        self.theme_menu.addActions(list(self.theme_actions.values()))
        self.view_menu.addAction(self.compact_action)
        self.view_menu.addAction(self.statements_action)
        self.view_menu.addSeparator()
        for d in (self.events_dock, self.source_dock, self.details_dock):
            self.view_menu.addAction(d.toggleViewAction())
        self.nav_menu = mb.addMenu("")
        self.nav_menu.addActions([A[k] for k in ("prev_event", "next_event", "prev_lane", "next_lane",
                                                 "first_event", "last_event", "show_source")])
        self.help_menu = mb.addMenu("")
        self.help_menu.addAction(A["help_shortcuts"])
        self.files.rebuild_recent()

    def retranslate(self) -> None:
        """Set every visible string in the current language."""
        by_id = {s.id: s for s in SHORTCUTS}
        for k, act in self.actions_by_id.items():
            act.setText(tr(by_id[k].label))
            act.setStatusTip(tr(by_id[k].description))
            act.setToolTip(tr(by_id[k].description))
        for menu, key in ((self.file_menu, "&File"), (self.edit_menu, "&Edit"), (self.view_menu, "&View"),
                          (self.nav_menu, "&Navigate"), (self.help_menu, "&Help"), (self.recent_menu, "Open Recent"),
                          (self.zoom_menu, "Zoom"), (self.lanes_menu, "Lanes"), (self.lang_menu, "Language"),
                          (self.theme_menu, "Theme")):
            menu.setTitle(tr(key))
        self.open_sample_action.setText(tr("Open Sample"))
        self.story_date_action.setText(tr("Set Story Date…"))
        self.story_date_action.setStatusTip(tr("Give this story its publication date; its relative dates are resolved again"))
        self.source.retranslate()
        self.compact_action.setText(tr("Compact Time Scale"))
        self.statements_action.setText(tr("Show Statements in the List"))
        self.statements_action.setStatusTip(tr("List dated sentences that tell no happening (never drawn on the timeline)"))
        self.compact_action.setStatusTip(tr("Collapse stretches without events into marked breaks"))
        for mode, key in (("actor", "By actor"), ("article", "By article"), ("tag", "By tag")):
            self.lane_actions[mode].setText(tr(key))
        self.lang_actions["system"].setText(tr("System"))
        self.lang_actions["en"].setText("English")
        self.lang_actions["zh"].setText("繁體中文")
        self.theme_actions["light"].setText(tr("Light"))
        self.theme_actions["dark"].setText(tr("Dark"))
        self.events_dock.setWindowTitle(tr("Events"))
        self.source_dock.setWindowTitle(tr("Source"))
        self.details_dock.setWindowTitle(tr("Details"))
        self.cancel_button.setText(tr("Cancel"))
        self.search.retranslate()
        self.details.retranslate()
        self.table.source_model.retranslate()
        self.canvas.date_axis.refresh()
        self.canvas.overview_axis.refresh()
        self.canvas.refresh_lane_names()
        if self.canvas.selected >= 0:
            self._show_panels(self.canvas.selected)
        self._check_fonts()
        self._update_status()
        self._update_title()

    # ----------------------------------------------------------------------------------- settings
    def set_language(self, lang: str) -> None:
        """``system``, ``en`` or ``zh``; persisted."""
        self.settings.setValue("language", lang)
        i18n.set_language(i18n.system_language() if lang == "system" else lang)
        if lang in self.lang_actions:
            self.lang_actions[lang].setChecked(True)
        self.retranslate()
        self.canvas.update()

    def set_theme(self, name: str, persist: bool = True) -> None:
        self.theme = name
        if persist:
            self.settings.setValue("theme", name)
        self.theme_actions[name].setChecked(True)
        app = QApplication.instance()
        if app is not None:
            apply_theme(app, name)
        self.canvas.set_theme(name)
        self.source.set_colors(THEMES[name]["highlight"], THEMES[name]["highlight_text"])

    def set_lane_mode(self, mode: str) -> None:
        self.settings.setValue("lane_mode", mode)
        self.lane_mode_setting = mode
        self.lane_actions[mode].setChecked(True)
        self.canvas.set_lane_mode(mode)

    def _auto_lane_mode(self, tl: Timeline) -> str:
        m = self.lane_mode_setting
        if m in ("actor", "article", "tag"):
            return m
        actors = {e.actors[0] for e in tl.events[:5000] if e.actors}
        return "actor" if len(actors) >= 2 else "article"

    def _check_fonts(self) -> None:
        from gui.fonts import find_cjk_font

        self.font_warning.setText("" if find_cjk_font() else tr("No CJK font is installed: Chinese text may show as boxes."))

    # ----------------------------------------------------------------------------------- document
    def set_timeline(self, tl: Timeline, path: Path | None = None, origin: str = "") -> None:
        """Show ``tl`` as a fresh, unmodified document."""
        mode = self._auto_lane_mode(tl)
        if tl.view.get("lane_mode") in self.lane_actions:
            mode = tl.view["lane_mode"]
        self.lane_actions[mode].setChecked(True)
        self.canvas.lane_mode = mode
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.selection.reset(mask=None)
        self.doc.set_timeline(tl, path, origin)
        rng = tl.view.get("range")
        if isinstance(rng, list | tuple) and len(rng) == 2:
            try:
                self.canvas.set_view_range(float(rng[0]), float(rng[1]))
            except (TypeError, ValueError):
                pass

    def _on_doc_changed(self) -> None:
        tl = self.doc.timeline
        keep_id = self.doc.select_hint
        if keep_id is None and self.canvas.selected >= 0 and self.canvas.timeline is not None \
                and self.canvas.selected < len(self.canvas.timeline.events):
            keep_id = None if self.doc.undo_stack.count() == 0 else self.canvas.timeline.events[self.canvas.selected].id
        fresh = self.canvas.timeline is not tl
        self.doc.select_hint = None
        self.canvas.selected = -1
        self.canvas.set_timeline(tl, self.canvas.lane_mode, keep_view=not fresh)
        self.table.set_timeline(tl)
        self.search.set_actors([a for e in tl.events for a in e.actors])
        self.source.set_timeline(tl)
        self.details.show_event(tl, None)
        if not self.search.is_empty():
            self.apply_search()
        idx = self.doc.index_of(keep_id) if keep_id else -1
        if idx >= 0:
            self.select_event(idx)
        self._update_status()
        self._update_title()

    def _update_title(self, *_args) -> None:
        if self._closed:
            return
        name = self.doc.display_name() if (self.doc.path or self.doc.origin or self.doc.timeline.title) else tr("Untitled")
        self.setWindowTitle(window_title(f"{cap(name, MAX_LINE)}{'*' if self.doc.modified else ''} — {APP_TITLE}"))

    def _update_status(self, message: str | None = None) -> None:
        tl = self.doc.timeline
        # count what the canvas draws, as the command line counts (timeline.model.entry_counts): statements
        # (dated sentences that tell no happening) and glossing dates are counted apart
        drawn = np.fromiter((is_drawn(ev) for ev in tl.events), dtype=bool, count=len(tl.events))
        n_events, others = entry_counts(tl.events)
        text = plural(n_events, "1 event", "{n} events") + tr(", ")
        if others.get("statement"):
            text += plural(others["statement"], "1 statement", "{n} statements") + tr(", ")
        if others.get("reference"):
            text += plural(others["reference"], "1 reference", "{n} references") + tr(", ")
        text += plural(len(tl.sources), "1 article", "{n} articles")
        if self.mask is not None:
            shown = int((np.asarray(self.mask, dtype=bool) & drawn).sum())
            text = tr("{n} of {total} events").format(n=shown, total=n_events) + " · " + text
        undated = [src for src in tl.sources if src.date is None]
        if undated:
            text += " · " + plural(len(undated), "1 story without a date", "{n} stories without a date")
        self.status_label.setToolTip(literal_html("\n".join(   # file names and titles: never markup
            f"{Path(src.path).name or src.id} #{src.index}: {src.title}" for src in undated[:30])
            + ("\n…" if len(undated) > 30 else "")) if undated else "")
        if message:
            text = f"{message} · {text}"
        self.status_label.setText(text)

    # ---------------------------------------------------------------------------------- selection
    @property
    def mask(self) -> np.ndarray | None:
        """The search filter over ``timeline.events`` (``None``: all shown), held by ``self.selection``."""
        return self.selection.mask

    def selected_event(self) -> Event | None:
        i = self.canvas.selected
        return self.doc.timeline.events[i] if 0 <= i < len(self.doc.timeline.events) else None

    def select_event(self, index: int) -> None:
        """Select event ``index`` everywhere (canvas, list, panels)."""
        self.canvas.select(index)  # writes the shared selection model -> list and panels follow

    def _show_panels(self, index: int) -> None:
        tl = self.doc.timeline
        e = tl.events[index] if 0 <= index < len(tl.events) else None
        lane = ""
        if e is not None and self.canvas.arrays is not None:
            lane = lane_label(self.canvas.arrays.lane_names[int(self.canvas.arrays.lane[self.canvas.arrays.rank[index]])],
                              self.canvas.lane_mode)
        self.details.show_event(tl, e, lane)
        self.source.show_event(e)

    def show_source(self) -> None:
        """Enter: show the source panel at the selected event's mention and focus it."""
        e = self.selected_event()
        if e is None:
            return
        self.source_dock.show()
        self.source_dock.raise_()
        self.source.show_event(e)
        self.source.text.setFocus()

    # ------------------------------------------------------------------------------------- focus
    def focus_ring(self) -> list[QWidget]:
        return [self.canvas, self.table, self.source.text]

    def cycle_focus(self, d: int) -> None:
        ring = [w for w in self.focus_ring() if w.isVisibleTo(self)]
        fw = QApplication.focusWidget()
        i = next((k for k, w in enumerate(ring) if fw is w or (fw is not None and w.isAncestorOf(fw))), -1)
        ring[(i + d) % len(ring)].setFocus(Qt.FocusReason.TabFocusReason)

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802
        if ev.type() == QEvent.Type.KeyPress and ev.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            if ev.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier):
                return False
            back = ev.key() == Qt.Key.Key_Backtab or bool(ev.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.cycle_focus(-1 if back else 1)
            return True
        return super().eventFilter(obj, ev)

    def keyPressEvent(self, ev) -> None:  # noqa: N802
        """Fallback for window shortcuts when the window is not the active one (e.g. offscreen)."""
        seq = QKeySequence(ev.keyCombination())
        for act in self.actions():
            if act.isEnabled() and any(s.matches(seq) == QKeySequence.SequenceMatch.ExactMatch for s in act.shortcuts()):
                act.trigger()
                ev.accept()
                return
        super().keyPressEvent(ev)

    # ------------------------------------------------------------------------------------ search
    def open_search(self) -> None:
        self.search.show()
        self.search.text.setFocus()
        self.search.text.selectAll()

    def apply_search(self) -> None:
        q = self.search.query()
        try:
            mask = filter_mask(self.doc.timeline, **q)
            self.search.set_invalid(None)
        except ValueError:
            bad = "date_from"
            try:
                filter_mask(self.doc.timeline, date_from=q["date_from"])
                bad = "date_to"
            except ValueError:
                pass
            self.search.set_invalid(bad)
            return
        self.selection.set_mask(mask)   # -> canvas and list filter
        self.search.set_count(self.table.proxy.rowCount())  # the list shows what the canvas shows
        if self.canvas.selected >= 0 and mask is not None and not mask[self.canvas.selected]:
            self.canvas.select(-1)
        elif self.canvas.selected >= 0:   # the list was reset by the filter: select the event again
            self.table.select_event(self.canvas.selected)
        if mask is not None:
            self.canvas.reveal_shown()   # never leave the hits scrolled out of view
        self._update_status()

    def set_show_statements(self, on: bool) -> None:
        """View > Show Statements in the List: the event list also lists statements (dated sentences that
        tell no happening); the canvas never draws them. Off by default, so the list and the canvas agree."""
        self.table.proxy.set_show_statements(on)
        if self.canvas.selected >= 0:
            self.table.select_event(self.canvas.selected)

    def set_hide_empty_lanes(self, on: bool) -> None:
        """The search bar's "hide lanes without hits" box."""
        self.canvas.set_hide_empty_lanes(on)
        if self.mask is not None:
            self.canvas.reveal_shown()

    def close_search(self) -> None:
        self.search.clear()
        self.search.hide()
        self.canvas.setFocus()

    def escape(self) -> None:
        """Esc: clear the search if there is one, else the selection."""
        if self.search.isVisible():
            self.close_search()
        elif self.canvas.selected >= 0:
            self.canvas.select(-1)
            self.table.clearSelection()
            self.details.show_event(self.doc.timeline, None)
        else:
            self.canvas.setFocus()

    # ----------------------------------------------------------------------------------- editing
    def _selected_ids(self) -> list[str]:
        evs = self.doc.timeline.events
        ids = [evs[i].id for i in self.table.selected_events() if i < len(evs)]
        e = self.selected_event()
        if e is not None and e.id not in ids:
            ids.insert(0, e.id)
        return ids

    def push(self, cmd) -> None:
        self.doc.undo_stack.push(cmd)

    def rename_selected(self, title: str | None = None) -> None:
        e = self.selected_event()
        if e is None:
            return
        title = title or dialogs.ask_text(self, tr("Rename Event…"), tr("New title:"), e.title)
        if title and title != e.title:
            self.push(RenameCommand(self.doc, e.id, title))

    def redate_selected(self, span: TimeSpan | None = None) -> None:
        e = self.selected_event()
        if e is None:
            return
        span = span or dialogs.ask_span(self, e.time)
        if span is not None and span != e.time:
            self.push(RedateCommand(self.doc, e.id, span))

    def set_story_date(self, source_id: str | None = None, date=...) -> None:
        """Give a story (default: the one shown in the source panel, else the selected event's first) its
        publication date, as an undoable edit; ``date`` ``None`` clears it; not given: ask (empty clears)."""
        import datetime as dt

        from PySide6.QtWidgets import QInputDialog, QLineEdit

        if source_id is None:
            e = self.selected_event()
            source_id = self.source.source_id or (e.source_ids[0] if e is not None and e.source_ids else None)
        src = next((s for s in self.doc.timeline.sources if s.id == source_id), None)
        if src is None:
            self.statusBar().showMessage(tr("Select an event to choose its story first."), 5000)
            return
        if date is ...:
            value, ok = QInputDialog.getText(
                self, tr("Set Story Date…"), literal_html(tr("Publication date of “{title}” (YYYY-MM-DD, empty: no "
                                                             "date):").format(title=src.title[:60])),
                QLineEdit.EchoMode.Normal, src.date.isoformat() if src.date else "")
            if not ok:
                return
            value = value.strip()
            try:
                date = dt.date.fromisoformat(value) if value else None
            except ValueError:
                self.statusBar().showMessage(tr("Not a date (YYYY-MM-DD): {text}").format(text=value), 6000)
                return
        if date == src.date and (date is None or src.date_source == "user"):
            return
        self.push(StoryDateCommand(self.doc, src.id, date))

    def set_compact_scale(self, on: bool) -> None:
        """View > Compact Time Scale: the canvas's time axis follows the events (remembered)."""
        self.canvas.set_time_scale("compact" if on else "linear")
        self.settings.setValue("time_scale", "compact" if on else "linear")

    def delete_selected(self) -> None:
        ids = self._selected_ids()
        if ids:
            self.push(DeleteCommand(self.doc, ids))

    def add_event(self, title: str | None = None, span: TimeSpan | None = None) -> None:
        x0, x1 = self.canvas.view_range()
        from timeline.model import from_day_number

        default = TimeSpan.day(from_day_number((x0 + x1) / 2))
        title = title or dialogs.ask_text(self, tr("Add Event…"), tr("New title:"), tr("New event"))
        if not title:
            return
        span = span or dialogs.ask_span(self, default)
        if span is None:
            return
        sel = self.selected_event()
        lanes = {}
        if sel is not None and self.canvas.arrays is not None:
            lanes[self.canvas.lane_mode] = self.canvas.arrays.lane_names[int(self.canvas.arrays.lane[self.canvas.arrays.rank[self.canvas.selected]])]
        ev = Event(id=self.doc.timeline.new_event_id(), time=span, title=title, lanes=lanes)
        self.push(AddCommand(self.doc, ev))

    def merge_selected(self) -> None:
        ids = [self.doc.timeline.events[i].id for i in self.table.selected_events()]
        if len(ids) < 2:
            self.statusBar().showMessage(tr("Select at least two events in the list to merge."), 5000)
            return
        self.push(MergeCommand(self.doc, ids))

    def split_selected(self) -> None:
        e = self.selected_event()
        if e is None:
            return
        if len(e.mentions) < 2:
            self.statusBar().showMessage(tr("This event has only one mention."), 5000)
            return
        self.push(SplitCommand(self.doc, e.id))

    def move_selected_to_lane(self, lane: str | None = None) -> None:
        e = self.selected_event()
        if e is None or self.canvas.arrays is None:
            return
        names = self.canvas.arrays.lane_names
        cur = names[int(self.canvas.arrays.lane[self.canvas.arrays.rank[self.canvas.selected]])]
        if lane is None:   # the dialog shows lane labels ("(no actor)"), the model keeps lane keys
            mode = self.canvas.lane_mode
            back = {lane_label(n, mode): n for n in names}
            lane = dialogs.ask_lane(self, tr("Move to Lane…"), list(back), lane_label(cur, mode))
            lane = back.get(lane, lane) if lane else lane
        if lane and lane != cur:
            self.push(MoveLaneCommand(self.doc, e.id, self.canvas.lane_mode, lane))

    # ----------------------------------------------------------------- files (gui/files.py does the work)
    @property
    def job(self) -> LoadJob | None:
        """The running or last background load."""
        return self.files.job

    @property
    def recovery(self) -> recovery.RecoveryStore:
        return self.files.recovery

    @property
    def autosave_timer(self) -> QTimer:
        return self.files.autosave_timer

    def open_paths(self, paths: list[str], background: bool = True, remember: bool = True) -> bool:
        """Load corpora or a project (see :meth:`gui.files.FileController.open_paths`)."""
        return self.files.open_paths(paths, background, remember)

    def maybe_save(self) -> bool:
        """Ask about unsaved edits; ``False`` means the user cancelled."""
        return self.files.maybe_save()

    def save(self) -> bool:
        return self.files.save()

    def save_as(self, path: str | None = None) -> bool:
        return self.files.save_as(path)

    def _save_to(self, path: Path) -> bool:
        return self.files._save_to(path)

    def autosave(self) -> Path | None:
        return self.files.autosave()

    def check_recovery(self) -> bool:
        """Offer to restore what a crashed session autosaved. Returns ``True`` when restored."""
        return self.files.check_recovery()

    def recent_files(self) -> list[str]:
        return self.files.recent_files()

    def add_recent(self, path: str) -> None:
        self.files.add_recent(path)

    def show_errors(self, errors: list[str], title: str | None = None) -> None:
        """A non-blocking dialog listing unreadable files (kept in ``error_dialog``)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title or tr("Some files could not be read"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText((title or tr("Some files could not be read")) + "\n"
                    + tr("These files were skipped; the others were loaded:"))
        box.setInformativeText("\n".join(errors[:20]) + ("\n…" if len(errors) > 20 else ""))
        box.setDetailedText("\n".join(errors))
        box.setModal(False)
        box.show()
        self.error_dialog = box

    # ------------------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, ev) -> None:  # noqa: N802
        if ev.mimeData().hasUrls() and any(u.isLocalFile() for u in ev.mimeData().urls()):
            ev.acceptProposedAction()

    def dropEvent(self, ev) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in ev.mimeData().urls() if u.isLocalFile()]
        if paths:
            ev.acceptProposedAction()
            self.files.open_paths(paths)

    # ------------------------------------------------------------------------------------- closing
    def show_shortcuts(self) -> None:
        if self.shortcut_sheet is None:
            self.shortcut_sheet = dialogs.ShortcutSheet(self)
        self.shortcut_sheet.show()
        self.shortcut_sheet.raise_()

    def showEvent(self, ev) -> None:  # noqa: N802
        super().showEvent(ev)
        if self._default_docks_pending:
            self._default_docks_pending = False
            self.apply_default_dock_sizes()

    def apply_default_dock_sizes(self) -> None:
        """Give the event list about 28% of the window height, and at least eight rows."""
        rows = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        title = self.events_dock.titleBarWidget() or None
        chrome = (title.sizeHint().height() if title else self.fontMetrics().height() + 10) + 6
        want = max(int(0.28 * self.height()), 8 * rows + header + chrome)
        want = min(want, int(0.5 * self.height()))
        self.resizeDocks([self.events_dock], [want], Qt.Orientation.Vertical)

    def save_layout(self) -> None:
        if not self.persist_layout:
            return
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("state", self.saveState())
        self.settings.sync()

    def closeEvent(self, ev) -> None:  # noqa: N802
        if not self.maybe_save():
            ev.ignore()
            return
        self.files.shutdown()
        self.save_layout()
        self._closed = True
        ev.accept()
