"""The details panel: every field of the selected event, as plain text (never HTML)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from gui.eventlist import normalized_date, precision_text, written_date
from gui.i18n import tr
from gui.textcap import cap
from timeline.model import Event, Timeline

FIELDS: tuple[str, ...] = ("Title", "Date", "Normalized", "Precision", "Lane", "Actors", "Tags", "Articles",
                           "Story date", "Mentions", "Kind", "Confidence", "Edited", "Summary")


def story_date_text(src) -> str:
    """``2013-03-22 · file name (file name AP_20130322.txt)`` or ``no date · unknown (…) · 3 relative dates
    unresolved``: a story's publication date, where it came from and what it rests on."""
    when = src.date.isoformat() if src.date else tr("no date")
    text = f"{when} · {tr(DATE_SOURCE_LABELS.get(src.date_source, src.date_source))}"
    if src.date_evidence:
        text += f" ({src.date_evidence})"
    if src.date is None and src.unresolved:
        text += " · " + tr("{n} relative dates unresolved").format(n=src.unresolved)
    return text


DATE_SOURCE_LABELS = {"metadata": "metadata", "filename": "file name", "dateline": "dateline",
                      "inferred": "inferred", "user": "set by you", "unknown": "unknown"}


class DetailsPanel(QWidget):
    """A form of read-only labels; ``values`` maps field name to its label (tests read them)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPanel")
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for f in FIELDS:
            name = QLabel()
            val = QLabel()
            val.setTextFormat(Qt.TextFormat.PlainText)
            val.setWordWrap(True)
            val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.names[f], self.values[f] = name, val
            self.form.addRow(name, val)
        self.retranslate()

    def retranslate(self) -> None:
        for f, lab in self.names.items():
            lab.setText(tr(f))

    def show_event(self, tl: Timeline | None, e: Event | None, lane: str = "") -> None:
        if e is None or tl is None:
            for v in self.values.values():
                v.setText("")
            self.values["Title"].setText(tr("No selection"))
            return
        smap = tl.source_map()
        arts = [smap[s].title if s in smap else s for s in e.source_ids]
        vals = {
            "Title": e.title, "Date": written_date(e), "Normalized": normalized_date(e),
            "Precision": precision_text(e), "Lane": lane, "Actors": ", ".join(e.actors),
            "Tags": ", ".join(e.tags), "Articles": "\n".join(arts),
            "Story date": "\n".join(story_date_text(smap[s]) for s in e.source_ids if s in smap),
            "Mentions": str(len(e.mentions)),
            "Kind": e.kind, "Confidence": f"{e.confidence:.2f}", "Edited": tr("yes") if e.edited else tr("no"),
            "Summary": e.summary,
        }
        for f, v in vals.items():
            self.values[f].setText(cap(v))  # shown capped; the event keeps its whole text
