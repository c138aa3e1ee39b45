"""The search bar (Ctrl+F): text, actor and date range; filters the canvas and the list together.

Contract: ``changed`` fires (debounced ~150 ms, or at once with :meth:`SearchBar.apply_now`) with
nothing; the owner reads :meth:`SearchBar.query` and computes the mask with
:func:`gui.filtering.filter_mask`. :meth:`SearchBar.clear` empties every field. The "hide lanes without
hits" box (``hide_lanes``) emits ``hideLanesChanged(bool)``; :meth:`SearchBar.set_count` shows
"1 event" / "N events".
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from gui.i18n import plural, tr
from gui.textcap import MAX_LINE, cap


class SearchBar(QWidget):
    changed = Signal()
    closed = Signal()
    hideLanesChanged = Signal(bool)  # noqa: N815 (Qt naming)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self.text = QLineEdit()
        self.text.setObjectName("searchText")
        self.text.setClearButtonEnabled(True)
        self.actor = QLineEdit()
        self.actor.setObjectName("searchActor")
        self.actor_model = QStringListModel(self)
        comp = QCompleter(self.actor_model, self)
        comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        comp.setFilterMode(Qt.MatchFlag.MatchContains)
        self.actor.setCompleter(comp)
        self.date_from = QLineEdit()
        self.date_from.setObjectName("searchFrom")
        self.date_to = QLineEdit()
        self.date_to.setObjectName("searchTo")
        for w in (self.date_from, self.date_to):
            w.setPlaceholderText("YYYY-MM-DD")
            w.setMaximumWidth(110)
        self.count = QLabel()
        self.count.setObjectName("searchCount")
        self.hide_lanes = QCheckBox()
        self.hide_lanes.setObjectName("searchHideLanes")
        self.hide_lanes.toggled.connect(self.hideLanesChanged)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.closed)
        self.labels = [QLabel(), QLabel(), QLabel(), QLabel()]
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 2)
        for lab, w in zip(self.labels, (self.text, self.actor, self.date_from, self.date_to), strict=True):
            lab.setBuddy(w)
            lay.addWidget(lab)
            lay.addWidget(w, 3 if w is self.text else 1)
        lay.addWidget(self.hide_lanes)
        lay.addWidget(self.count)
        lay.addWidget(self.close_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.changed)
        for w in (self.text, self.actor, self.date_from, self.date_to):
            w.textChanged.connect(self.timer.start)
        self.retranslate()

    def retranslate(self) -> None:
        for lab, key in zip(self.labels, ("Search", "Actor", "From", "To"), strict=True):
            lab.setText(tr(key))
        self.text.setPlaceholderText(tr("Text"))
        self.hide_lanes.setText(tr("Hide lanes without hits"))

    def set_count(self, n: int) -> None:
        """Show how many events match: "1 event", "N events"."""
        self.count.setText(plural(n, "1 event", "{n} events"))

    def set_actors(self, actors: list[str]) -> None:
        self.actor_model.setStringList(sorted({cap(a, MAX_LINE) for a in actors}))

    def query(self) -> dict[str, str]:
        return {"text": self.text.text(), "actor": self.actor.text(), "date_from": self.date_from.text(),
                "date_to": self.date_to.text()}

    def is_empty(self) -> bool:
        return not any(v.strip() for v in self.query().values())

    def apply_now(self) -> None:
        self.timer.stop()
        self.changed.emit()

    def clear(self) -> None:
        for w in (self.text, self.actor, self.date_from, self.date_to):
            w.blockSignals(True)
            w.clear()
            w.blockSignals(False)
        self.apply_now()

    def set_invalid(self, which: str | None) -> None:
        for name in ("date_from", "date_to"):
            w = getattr(self, name)
            w.setStyleSheet("QLineEdit { border: 1px solid #d73a49; }" if name == which else "")
