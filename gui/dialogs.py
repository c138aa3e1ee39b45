"""Small dialogs used by the editing actions, and the shortcut sheet (F1).

Contract: the ``ask_*`` functions return the user's answer or ``None`` when cancelled; the main window
calls them through this module so tests can replace them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from gui.i18n import tr
from gui.plaintext import literal_html, window_title
from gui.shortcuts import SHORTCUTS, key_text
from timeline.model import GRANULARITIES, TimeSpan

TEXT_DIALOG_MIN_PX = 460


def text_dialog(parent, title: str, label: str, text: str = "") -> QInputDialog:
    """A one-line text dialog wide enough to show ``text`` whole (up to 80 % of the screen width)."""
    d = QInputDialog(parent)
    d.setObjectName("textDialog")
    d.setInputMode(QInputDialog.InputMode.TextInput)
    d.setTextEchoMode(QLineEdit.EchoMode.Normal)
    d.setWindowTitle(window_title(title))
    d.setLabelText(label)
    d.setTextValue(text)
    fm = d.fontMetrics()
    want = fm.horizontalAdvance(text) + fm.averageCharWidth() * 6 + 60   # text, room to type, margins
    screen = (parent.screen() if parent is not None else None) or d.screen()
    cap = int(screen.availableGeometry().width() * 0.8) if screen is not None else 1200
    width = max(TEXT_DIALOG_MIN_PX, min(want, cap))
    edit = d.findChild(QLineEdit)
    if edit is not None:   # the line edit itself, so no style or layout can squeeze it back
        edit.setMinimumWidth(width - 40)
    d.setMinimumWidth(width)
    d.resize(width, d.sizeHint().height())
    return d


def ask_text(parent, title: str, label: str, text: str = "") -> str | None:
    d = text_dialog(parent, title, label, text)
    ok = d.exec() == QDialog.DialogCode.Accepted
    value = d.textValue().strip()
    d.deleteLater()
    return value if ok and value else None


def ask_lane(parent, title: str, lanes: list[str], current: str) -> str | None:
    items = list(lanes)
    idx = items.index(current) if current in items else 0
    value, ok = QInputDialog.getItem(parent, title, tr("Lane name:"), items, idx, True)
    value = value.strip()
    return value if ok and value else None


class RedateDialog(QDialog):
    """Date value (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY-Qn``, ``A/B`` ...), precision, approximate."""

    def __init__(self, parent, span: TimeSpan) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Re-date Event…"))
        self.value = QLineEdit(span.value or span.start.isoformat())
        self.precision = QComboBox()
        self.precision.addItem("auto", None)
        for g in GRANULARITIES:
            self.precision.addItem(tr(g), g)
        self.approx = QCheckBox(tr("Approximate"))
        self.approx.setChecked(span.mod == "APPROX")
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout(self)
        form.addRow(tr("Date (YYYY, YYYY-MM, YYYY-MM-DD or A/B):"), self.value)
        form.addRow(tr("Precision"), self.precision)
        form.addRow("", self.approx)
        form.addRow("", self.error)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.accepted.connect(self._accept)
        bb.rejected.connect(self.reject)
        form.addRow(bb)
        self.result_span: TimeSpan | None = None

    def span(self) -> TimeSpan:
        return TimeSpan.from_value(self.value.text().strip(), self.precision.currentData(),
                                   "APPROX" if self.approx.isChecked() else None)

    def _accept(self) -> None:
        try:
            self.result_span = self.span()
        except ValueError as exc:
            self.error.setText(f"{tr('Invalid date')}: {exc}")
            return
        self.accept()


def ask_span(parent, span: TimeSpan) -> TimeSpan | None:
    d = RedateDialog(parent, span)
    return d.result_span if d.exec() == QDialog.DialogCode.Accepted else None


class ShortcutSheet(QDialog):
    """Every shortcut of :data:`gui.shortcuts.SHORTCUTS` in a table (non-modal)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        self.table = QTableWidget(len(SHORTCUTS), 3)
        self.table.setHorizontalHeaderLabels([tr("Key"), tr("Action"), tr("Description")])
        for r, sc in enumerate(SHORTCUTS):
            for c, text in enumerate((key_text(sc), tr(sc.label), tr(sc.description))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bb.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(bb)
        self.resize(720, 620)


def ask_open_paths(parent) -> list[str]:
    from PySide6.QtWidgets import QFileDialog

    filt = (f"{tr('Corpus and projects')} (*.txt *.md *.markdown *.html *.htm *.jsonl *.ndjson *.tsv *.timeline.json *.json *.csv);;"
            f"{tr('All files')} (*)")
    paths, _ = QFileDialog.getOpenFileNames(parent, tr("Open corpus or project"), "", filt)
    return paths


def ask_open_folder(parent) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getExistingDirectory(parent, tr("Open Folder…")) or None


def ask_save_path(parent, suggested: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, tr("Save project"), suggested, "Timeline project (*.timeline.json)")
    if not path:
        return None
    if not path.lower().endswith(".timeline.json"):
        path = path[:-5] if path.lower().endswith(".json") else path
        path += ".timeline.json"
    return path


def ask_unsaved(parent, name: str) -> str:
    """``"save"``, ``"discard"`` or ``"cancel"``."""
    from PySide6.QtWidgets import QMessageBox

    B = QMessageBox.StandardButton
    r = QMessageBox.question(parent, tr("Unsaved changes"),
                             literal_html(tr("Save changes to {name} before closing?").format(name=name)),
                             B.Save | B.Discard | B.Cancel, B.Save)
    return {B.Save: "save", B.Discard: "discard"}.get(r, "cancel")


def ask_changed_on_disk(parent, name: str) -> str:
    """The project file changed on disk since it was opened or saved: ``"overwrite"``, ``"save_as"`` or ``"cancel"``."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("File changed on disk"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the file name is shown literally
    box.setText(tr("{name} was changed by another window or program since you opened it. "
                   "Saving now would replace those changes.").format(name=name))
    overwrite = box.addButton(tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
    save_as = box.addButton(tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    clicked = box.clickedButton()
    if clicked is overwrite:
        return "overwrite"
    if clicked is save_as:
        return "save_as"
    _ = cancel
    return "cancel"


def ask_restore(parent, when: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    B = QMessageBox.StandardButton
    r = QMessageBox.question(parent, tr("Recover unsaved work?"),
                             tr("The viewer closed without saving. Restore the edits autosaved at {when}?").format(when=when),
                             B.Yes | B.No, B.Yes)
    return r == B.Yes
