"""Each zoom or pan step through the real key path paints the canvas once (not timed).

pyqtgraph updates the view transform lazily, at the start of the next paint; changing item transforms
inside a paint makes the scene queue a second full paint. The canvas applies the transform when the
range changes, so one key press = one paint.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 (Qt API)
        if ev.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_zoom_and_arrow_steps_paint_once(window, qtbot):
    c = window.canvas
    counter = PaintCounter()
    c.viewport().installEventFilter(counter)
    c.setFocus()
    qtbot.wait(20)
    app = QApplication.instance()
    counts = {}
    keys = [Qt.Key.Key_Equal, Qt.Key.Key_Equal, Qt.Key.Key_Minus, Qt.Key.Key_Right, Qt.Key.Key_Right,
            Qt.Key.Key_Left, Qt.Key.Key_Minus, Qt.Key.Key_0]
    for k, key in enumerate(keys):
        before = c.view_range(), c.selected
        counter.paints = 0
        qtbot.keyClick(c, key)
        for _ in range(3):
            app.processEvents()
        assert (c.view_range(), c.selected) != before, key   # the step did something
        counts[(k, key)] = counter.paints
    c.viewport().removeEventFilter(counter)
    assert all(n == 1 for n in counts.values()), counts
