"""The source panel: the article behind an event, as plain text, with the mention highlighted.

Contract: :meth:`SourcePanel.show_event` lists every (article, mention) of the event and shows the
chosen one; the article text goes through ``setPlainText`` only (never interpreted as HTML), the
sentence and the mention are marked with ``ExtraSelection``\\ s and the mention is scrolled into view.
Offsets in the model are Python ``str`` indices; they are converted to Qt's UTF-16 positions here.
The mention list shows each distinct mention once (same article and offsets = one row) in its context
(:func:`mention_label`, so repeated words in one article read differently), up to
:data:`LIST_ROWS` rows tall without a horizontal scrollbar (long rows are elided, the tooltip has it all).
With no event shown the panel says how to get one (:data:`HINT`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
from gui.plaintext import literal_html
from gui.textcap import MAX_LINE, cap
from timeline.model import Event, MentionRef, Timeline

LIST_ROWS = 6
"""The mention list grows to this many rows before it scrolls."""
HINT = "Select an event on the timeline or in the list to read the article it comes from."


def unique_mentions(event: Event) -> list[MentionRef]:
    """``event.mentions`` without repeats (same article and offsets), in order."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for m in event.mentions:
        k = (m.source_id, m.start, m.end)
        if k not in seen:
            seen.add(k)
            out.append(m)
    return out


def mention_label(m: MentionRef, text: str, title: str = "", before: int = 10, after: int = 24) -> str:
    """One row of the mention list: the mention in its context (``…before【mention】after…``), so two
    occurrences of the same words in one article read differently; prefixed by ``title`` when given."""
    a, b = max(0, min(m.start, len(text))), max(0, min(m.end, len(text)))
    if not text or text[a:b] != m.text:
        ctx = m.text
    else:
        s0 = m.sentence_start if 0 <= m.sentence_start <= a else 0
        s1 = m.sentence_end if b <= m.sentence_end <= len(text) else len(text)
        lo, hi = max(s0, a - before), min(s1, b + after)
        ctx = ("…" if lo > s0 else "") + text[lo:a] + f"【{m.text}】" + text[b:hi] + ("…" if hi < s1 else "")
        ctx = " ".join(ctx.split())
    short = title if len(title) <= 18 else title[:17] + "…"
    return f"{short} · {ctx}" if short else ctx


def utf16_pos(text: str, i: int) -> int:
    """Qt text position (UTF-16 code units) of Python index ``i`` in ``text``."""
    head = text[:i]
    return i + sum(1 for ch in head if ord(ch) > 0xFFFF)


class SourcePanel(QWidget):
    """See module docstring. ``text`` is the read-only ``QPlainTextEdit``; ``mentions`` the list.

    ``story`` says the shown story's publication date and where it came from (or that it has none); a story
    without a date has its unresolved relative dates marked (``unresolved_marks``). The "Set Story Date…"
    button emits ``storyDateRequested(source_id)``.
    """

    storyDateRequested = Signal(str)  # noqa: N815

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcePanel")
        self.timeline: Timeline | None = None
        self.current_event: Event | None = None
        self.source_id: str | None = None
        self.current: MentionRef | None = None
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        self.story = QLabel()
        self.story.setObjectName("storyDate")
        self.story.setTextFormat(Qt.TextFormat.PlainText)
        self.story.setWordWrap(True)
        self.story_button = QPushButton()
        self.story_button.setObjectName("setStoryDate")
        self.story_button.setEnabled(False)
        self.story_button.clicked.connect(lambda: self.source_id and self.storyDateRequested.emit(self.source_id))
        self.unresolved_marks: list[tuple[int, int]] = []
        self.mentions = QListWidget()
        self.mentions.setObjectName("mentionList")
        self.mentions.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.mentions.currentRowChanged.connect(self._on_row)
        self.mentions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mentions.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.mentions.setWordWrap(False)
        self.mentions.setUniformItemSizes(True)
        self.mentions.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.refs: list[MentionRef] = []
        self.text = QPlainTextEdit()
        self.text.setObjectName("sourceText")
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setPlaceholderText(tr(HINT))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.mentions)
        split.addWidget(self.text)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        self.split = split
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.header)
        row = QHBoxLayout()
        row.addWidget(self.story, 1)
        row.addWidget(self.story_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(row)
        lay.addWidget(split)
        self.highlight = QColor("#ffe066")
        self.highlight_text = QColor("#1f2328")
        self.sentence_color = QColor(255, 224, 102, 70)
        self.retranslate()
        self.clear()

    def retranslate(self) -> None:
        self.story_button.setText(tr("Set Story Date…"))
        self.story_button.setToolTip(tr("Give this story its publication date; its relative dates are resolved again"))

    def set_timeline(self, tl: Timeline | None) -> None:
        self.timeline = tl
        self.clear()

    def set_colors(self, highlight: str, text: str | None = None) -> None:
        """The mention's background (and text colour); the sentence gets a faint tint of it."""
        self.highlight = QColor(highlight)
        if text:
            self.highlight_text = QColor(text)
        self.sentence_color = QColor(self.highlight)
        self.sentence_color.setAlpha(70)
        if self.current is not None:
            self._mark(self.current)

    def clear(self) -> None:
        self.current_event = None
        self.current = None
        self.source_id = None
        self.refs = []
        self.mentions.clear()
        self.mentions.setVisible(False)
        self.text.clear()
        self.text.setPlaceholderText(tr(HINT))
        self.header.setText(tr("No event selected"))
        self.story.setText("")
        self.story_button.setEnabled(False)
        self.unresolved_marks = []

    def show_event(self, event: Event | None, mention: int = 0) -> None:
        """Show ``event``'s mention number ``mention`` (and list all of them)."""
        if event is None or self.timeline is None:
            self.clear()
            return
        self.current_event = event
        smap = self.timeline.source_map()
        self.mentions.blockSignals(True)
        self.mentions.clear()
        self.refs = unique_mentions(event)
        several = len({m.source_id for m in self.refs}) > 1
        seen: dict[str, int] = {}
        for m in self.refs:
            src = smap.get(m.source_id)
            title = cap(src.title if src else m.source_id, MAX_LINE)
            label = mention_label(m, src.text if src else "", title if several else "")
            seen[label] = seen.get(label, 0) + 1
            if seen[label] > 1:
                label += f" ({seen[label]})"
            item = QListWidgetItem(label)
            item.setToolTip(literal_html(f"{title}\n{m.text}"))  # model text: never markup
            self.mentions.addItem(item)
        self.mentions.blockSignals(False)
        n = len(self.refs)
        self.mentions.setVisible(n > 1)
        self._fit_list_height(n)
        self.header.setText(f"{tr('Articles')}: {len(event.source_ids)} · {tr('Mentions')}: {n}")
        if n:
            self.mentions.setCurrentRow(min(max(mention, 0), n - 1))
            self._on_row(self.mentions.currentRow())
        else:
            self.text.clear()

    def _on_row(self, row: int) -> None:
        if self.current_event is None or not 0 <= row < len(self.refs) or self.timeline is None:
            return
        m = self.refs[row]
        src = self.timeline.source_map().get(m.source_id)
        if src is None:
            self.text.setPlainText("")
            return
        if self.source_id != src.id:
            self.text.setPlainText(src.text)
            self.source_id = src.id
        self._show_story(src)
        self._mark(m)

    def _fit_list_height(self, n: int) -> None:
        """Tall enough for ``min(n, LIST_ROWS)`` rows (it scrolls beyond that)."""
        if n <= 1:
            return
        row = self.mentions.sizeHintForRow(0)
        row = row if row > 0 else self.mentions.fontMetrics().height() + 4
        h = min(n, LIST_ROWS) * row + 2 * self.mentions.frameWidth() + 4
        self.mentions.setMinimumHeight(h)
        self.mentions.setMaximumHeight(max(h, LIST_ROWS * row + 2 * self.mentions.frameWidth() + 4))
        sizes = self.split.sizes()
        total = sum(sizes)
        if total > 0:
            self.split.setSizes([h, max(1, total - h)])

    def _show_story(self, src) -> None:
        from gui.details import story_date_text

        self.story.setText(f"{tr('Story date')}: {story_date_text(src)}")
        self.story_button.setEnabled(True)
        self.unresolved_marks = []
        if src.date is None:
            from timeline.pipeline import story_mentions

            self.unresolved_marks = [(u.start, u.end) for u in story_mentions(src.text, None, False)
                                     if u.value is None]

    def _mark(self, m: MentionRef) -> None:
        self.current = m
        src = self.timeline.source_map().get(m.source_id) if self.timeline else None
        if src is None:
            return
        text = src.text
        doc_len = self.text.document().characterCount() - 1
        sels = []
        for a, b, color, bold in ((m.sentence_start, m.sentence_end, self.sentence_color, False),
                                  (m.start, m.end, self.highlight, True)):
            a16, b16 = min(utf16_pos(text, a), doc_len), min(utf16_pos(text, b), doc_len)
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(color)
            if bold:
                fmt.setFontWeight(700)
                fmt.setForeground(self.highlight_text)
                fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
            sel.format = fmt
            cur = QTextCursor(self.text.document())
            cur.setPosition(a16)
            cur.setPosition(b16, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cur
            sels.append(sel)
        for a, b in self.unresolved_marks:  # relative dates left unresolved (the story has no date)
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(QColor("#d9480f"))
            fmt.setToolTip(tr("Relative date not resolved: the story has no date"))
            sel.format = fmt
            cur = QTextCursor(self.text.document())
            cur.setPosition(min(utf16_pos(text, a), doc_len))
            cur.setPosition(min(utf16_pos(text, b), doc_len), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cur
            sels.insert(0, sel)
        self.text.setExtraSelections(sels)
        cur = QTextCursor(self.text.document())
        cur.setPosition(min(utf16_pos(text, m.start), doc_len))
        self.text.setTextCursor(cur)
        self.text.centerCursor()
        QTimer.singleShot(0, self._recenter)  # again once the dock has its final size

    def _recenter(self) -> None:
        if self.current is not None:
            self.text.centerCursor()

    def highlighted_text(self) -> str:
        """The text under the mention highlight (what a test checks against the model)."""
        sels = self.text.extraSelections()
        return sels[-1].cursor.selectedText() if sels else ""
