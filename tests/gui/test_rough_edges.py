"""Rough edges a newcomer hit: the rename dialog's width, the source panel's mention list and hint, Latin
punctuation next to Chinese, the dark theme's mention highlight, and the export confirmation."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFontMetricsF
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from gui.export import ExportDialog
from gui.theme import THEMES
from tests.gui.conftest import _mention

CTRL = Qt.KeyboardModifier.ControlModifier
LONG_TITLE = "An invented and rather long event title that a 200 px dialog would clip in the middle — 甲公司"


@contextmanager
def _on_modal(fn, ms: int = 50, grace_ms: int = 3000) -> Iterator[list]:
    """Run ``fn`` on the modal dialog that the body of the ``with`` opens, and never hang on it.

    The dialog runs its own event loop inside the body (a key press or click that opens it returns only when
    it closes), so the poll looks for it for as long as the body runs, however loaded the machine is; it stops
    when the body returns. A dialog ``fn`` raised on, or left open for ``grace_ms`` after it ran, is rejected
    and the failure kept in the yielded list for the test to raise."""
    errors: list = []
    live = [True]

    def left_open(w) -> None:
        if live[0] and QApplication.activeModalWidget() is w:
            errors.append(AssertionError(f"{type(w).__name__} still open {grace_ms} ms after the test acted on it"))
            w.reject()

    def poll() -> None:
        if not live[0]:
            return
        w = QApplication.activeModalWidget()
        if w is None:
            QTimer.singleShot(ms, poll)
            return
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - re-raised by the test
            errors.append(exc)
            w.reject()
            return
        QTimer.singleShot(grace_ms, lambda: left_open(w))

    QTimer.singleShot(ms, poll)
    try:
        yield errors
    finally:
        live[0] = False


def test_rename_dialog_shows_the_whole_title(window, qtbot):
    i = window.doc.index_of("e2")
    window.doc.timeline.events[i].title = LONG_TITLE
    window.select_event(i)
    window.canvas.setFocus()
    seen = {}

    def check():
        d = QApplication.activeModalWidget()
        assert isinstance(d, QInputDialog)
        edit = d.findChild(QLineEdit)
        seen["edit_w"] = edit.width()
        seen["need"] = edit.fontMetrics().horizontalAdvance(LONG_TITLE)
        edit.selectAll()
        qtbot.keyClicks(edit, "Short")
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    with _on_modal(check) as errors:
        qtbot.keyClick(window.canvas, Qt.Key.Key_F2)
    assert not errors, errors
    assert seen["edit_w"] >= seen["need"], seen
    assert window.doc.timeline.events[window.doc.index_of("e2")].title == "Short"


def test_source_panel_lists_each_mention_once_without_a_horizontal_scrollbar(window, qtbot):
    tl = window.doc.timeline
    zh, en = tl.sources
    e = tl.events[window.doc.index_of("e5")]
    e.mentions = [*e.mentions, e.mentions[0], _mention(en, "March 2024"), _mention(zh, "2025年"),
                  _mention(zh, "1911年10月10日")]
    window.select_event(window.doc.index_of("e5"))
    qtbot.wait(20)
    lst = window.source.mentions
    assert lst.isVisible() and lst.count() == 5          # six refs, one of them twice
    labels = [lst.item(k).text() for k in range(lst.count())]
    assert len(set(labels)) == len(labels)
    assert lst.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert not lst.horizontalScrollBar().isVisible()
    assert lst.height() >= 5 * lst.sizeHintForRow(0)     # all five rows without scrolling
    # clicking the last row shows that mention
    rect = lst.visualItemRect(lst.item(4))
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.source.highlighted_text() == "1911年10月10日"


def test_source_panel_hint_when_nothing_is_selected(window, qtbot):
    window.select_event(window.doc.index_of("e3"))
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)
    assert window.canvas.selected == -1
    src = window.source
    assert src.text.toPlainText() == "" and "Select an event" in src.text.placeholderText()
    assert not src.mentions.isVisible() and src.header.text() == "No event selected"


def test_curly_apostrophe_is_not_full_width_on_canvas_and_list(window):
    for font in (window.canvas.font_label, window.table.font()):
        fm = QFontMetricsF(font)
        assert fm.horizontalAdvance("’") < 0.5 * fm.horizontalAdvance("中"), font.families()


def _luminance(c: QColor) -> float:
    def ch(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_dark_theme_mention_highlight_stands_out(window, qtbot):
    window.set_theme("dark", persist=False)
    window.select_event(window.doc.index_of("e3"))
    qtbot.wait(10)
    sel = window.source.text.extraSelections()[-1]
    bg = sel.format.background().color()
    base = QColor(THEMES["dark"]["base"])
    assert _contrast(bg, base) >= 3.0                      # the mark is obvious on the dark page
    assert _contrast(sel.format.foreground().color(), bg) >= 4.5   # and its text stays readable


def test_export_confirms_path_and_size_in_the_status_bar(window, qtbot, tmp_path):
    out = tmp_path / "view.png"

    def fill():
        d = QApplication.activeModalWidget()
        assert isinstance(d, ExportDialog)
        d.path_edit.setText(str(out))
        qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)

    with _on_modal(fill) as errors:
        qtbot.keyClick(window.canvas, Qt.Key.Key_E, CTRL)
    assert not errors, errors
    assert out.exists()
    msg = window.statusBar().currentMessage()
    assert str(out) in msg and ("KB" in msg or "MB" in msg), msg


def test_same_words_twice_in_one_article_read_differently(window, qtbot):
    import datetime as dt

    from timeline.model import Event, MentionRef, Source, Timeline, TimeSpan

    text = "甲公司在2025年推出新品。乙公司也在2025年跟進，並擴大投資。"
    src = Source(id="s1", title="invented", text=text, date=dt.date(2026, 1, 2), lang="zh")
    i, j = text.index("2025年"), text.rindex("2025年")
    refs = [MentionRef("s1", i, i + 5, "2025年", 0, text.index("。") + 1),
            MentionRef("s1", j, j + 5, "2025年", text.index("。") + 1, len(text))]
    window.set_timeline(Timeline(sources=[src], events=[Event("x", TimeSpan.from_value("2025"), "兩家公司推出新品",
                                                              mentions=refs)], title="t"))
    window.select_event(0)
    qtbot.wait(10)
    lst = window.source.mentions
    labels = [lst.item(k).text() for k in range(lst.count())]
    assert len(labels) == 2 and labels[0] != labels[1], labels
    assert "甲公司" in labels[0] and "乙公司" in labels[1]

