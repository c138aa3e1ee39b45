"""Model text is shown as plain text everywhere in the viewer: one rule, three helpers.

Qt reads a string as rich text (HTML: ``<img src="file:///...">`` loads a local file) wherever the text format is
``AutoText`` and the string *looks* like markup: ``QLabel``, ``QMessageBox``, tooltips (``setToolTip``,
``QToolTip.showText``, ``Qt.ToolTipRole``). Titles, summaries, sentences, actor names, file names and article
titles come from the user's files, so every widget that shows them uses one of:

* :func:`plain_label` — a label fixed to ``Qt.PlainText`` (the text is never parsed);
* :func:`literal_html` — for places that only take ``AutoText`` (tooltips, static message boxes): the text
  HTML-escaped inside ``<qt>``, which Qt renders as exactly the characters given (line breaks kept);
* :func:`window_title` — a window title with Qt's ``[*]`` placeholder escaped, so it shows as written.

``tests/robustness/test_gui_plain_text.py`` loads a timeline whose every text is markup and walks every label,
tooltip, list item and the window title.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def literal_html(text: str) -> str:
    """``text`` as rich text that displays exactly ``text`` (empty stays empty: no tooltip)."""
    if not text:
        return ""
    body = html.escape(text, quote=False).replace("\r\n", "\n").replace("\n", "<br>")
    return f"<qt><span style=\"white-space:pre-wrap\">{body}</span></qt>"


def plain_label(label: QLabel) -> QLabel:
    """``label`` set to plain text (returned for chaining)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def window_title(text: str) -> str:
    """``text`` for ``setWindowTitle``: Qt's modification placeholder ``[*]`` is escaped as ``[*][*]``."""
    return text.replace("[*]", "[*][*]")
