"""The main window: list/canvas sync, search, focus cycling, help sheet, language, themes, fonts."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication


def test_list_selection_drives_canvas_and_panels(window, qtbot):
    t = window.table
    t.setFocus()
    row = t.row_of(2)
    rect = t.visualRect(t.proxy.index(row, 3))
    qtbot.mouseClick(t.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.canvas.selected == 2
    assert window.details.values["Title"].text() == "Acme opened a lab"
    qtbot.keyClick(t, Qt.Key.Key_Down)
    assert window.canvas.selected == t.event_at(row + 1)


def test_list_is_sortable_and_shows_written_and_normalized_dates(window, qtbot):
    t = window.table
    m = t.proxy
    assert m.headerData(0, Qt.Orientation.Horizontal) == "Date (as written)"
    r = t.row_of(2)
    assert m.index(r, 0).data() == "March 2024" and m.index(r, 1).data() == "2024-03"
    assert m.index(r, 2).data() == "month"
    assert m.index(t.row_of(3), 1).data() == "~2025" and "approximate" in m.index(t.row_of(3), 2).data()
    t.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert t.event_at(0) == 0                                   # 1911 first
    t.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert window.doc.timeline.events[t.event_at(0)].time.start.year == 2026
    t.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert window.doc.timeline.events[t.event_at(0)].id == "e5"    # two articles


def test_search_filters_canvas_and_list_and_esc_clears(window, qtbot):
    c = window.canvas
    qtbot.keyClick(c, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.isVisible() and window.search.text.hasFocus()
    window.select_event(4)                       # e5, an Acme event: stays selected in both views
    qtbot.keyClicks(window.search.text, "acme")
    window.search.apply_now()
    assert window.table.proxy.rowCount() == 3
    assert c.selected == 4 and window.table.selected_events() == [4]
    shown = {window.doc.timeline.events[window.table.event_at(r)].id for r in range(3)}
    assert shown == {"e3", "e4", "e5"}
    assert int(c.shown.sum()) == 3
    # Simplified query finds Traditional text
    window.search.text.clear()
    window.search.text.insert("机构")   # CJK arrives through the input method, not key presses
    window.search.apply_now()
    assert window.table.proxy.rowCount() == 1
    # actor and date range
    window.search.text.clear()
    window.search.actor.insert("丁集團")
    qtbot.keyClicks(window.search.date_from, "2026-02-10")
    qtbot.keyClicks(window.search.date_to, "2026-02-12")
    window.search.apply_now()
    n = window.table.proxy.rowCount()
    assert 0 < n < 30
    qtbot.keyClick(window.search.text, Qt.Key.Key_Escape)
    assert not window.search.isVisible()
    assert window.table.proxy.rowCount() == len(window.doc.timeline.events) and c.shown is None
    # Esc on the canvas clears the selection
    qtbot.keyClick(c, Qt.Key.Key_Home)
    assert c.selected >= 0
    qtbot.keyClick(c, Qt.Key.Key_Escape)
    assert c.selected == -1


def test_tab_cycles_focus_with_visible_mark(window, qtbot):
    c = window.canvas
    c.setFocus()
    assert c.hasFocus() and "solid #" in c.styleSheet()
    qtbot.keyClick(c, Qt.Key.Key_Tab)
    assert window.table.hasFocus()
    assert "solid transparent" in c.styleSheet()
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)
    assert window.source.text.hasFocus()
    qtbot.keyClick(window.source.text, Qt.Key.Key_Tab)
    assert c.hasFocus()
    qtbot.keyClick(c, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.source.text.hasFocus()
    assert "focus" in QApplication.instance().styleSheet()


def test_f1_shows_every_shortcut(window, qtbot):
    from gui.shortcuts import SHORTCUTS

    qtbot.keyClick(window.canvas, Qt.Key.Key_F1)
    sheet = window.shortcut_sheet
    assert sheet is not None and sheet.isVisible()
    assert sheet.table.rowCount() == len(SHORTCUTS)
    keys = {sheet.table.item(r, 0).text() for r in range(sheet.table.rowCount())}
    assert {"Ctrl+F", "F1", "Left", "Esc"} <= keys
    sheet.close()


def test_chinese_interface_and_axis(window, qtbot):
    from gui import i18n

    window.set_language("zh")
    try:
        assert window.file_menu.title().startswith("檔案")
        assert window.table.proxy.headerData(0, Qt.Orientation.Horizontal) == "日期（原文）"
        c = window.canvas
        import datetime as dt

        from timeline.model import day_number

        c.set_view_range(day_number(dt.date(2025, 11, 1)), day_number(dt.date(2026, 4, 1)))
        ax = c.date_axis
        levels = ax.tickValues(*c.view_range(), c.vb.width())
        labels = ax.tickStrings(levels[0][1], 1, levels[0][0])
        assert "2026年1月" in labels and "2月" in labels  # the export's labels: the year once per year
        assert window.settings.value("language") == "zh"
        img = window.grab().toImage()
        assert not img.isNull()
    finally:
        window.set_language("en")
    assert i18n.tr("Events") == "Events"


def test_dark_theme_and_cjk_font(window, qtbot):
    from gui.fonts import find_cjk_font

    fam = find_cjk_font()
    assert fam and "CJK" in fam or fam is None
    window.set_theme("dark")
    assert window.canvas.theme == "dark"
    assert window.settings.value("theme") == "dark"
    assert QApplication.instance().palette().window().color().lightness() < 80
    window.set_theme("light")
    assert window.font_warning.text() == ("" if fam else window.font_warning.text())


def test_ctrl_e_opens_the_export_dialog_with_the_view_range(window, qtbot, monkeypatch):
    import gui.export as export

    seen = {}

    def fake_exec(self):
        seen["dialog"] = self
        return 0

    monkeypatch.setattr(export.ExportDialog, "exec", fake_exec)
    real_init = export.ExportDialog.__init__

    def spy_init(self, parent, timeline, view_range, lane_mode, theme):
        seen["args"] = (timeline, view_range, lane_mode, theme)
        real_init(self, parent, timeline, view_range, lane_mode, theme)

    monkeypatch.setattr(export.ExportDialog, "__init__", spy_init)
    qtbot.keyClick(window.canvas, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    tl, vr, lane_mode, theme = seen["args"]
    assert tl is window.doc.timeline and vr == window.canvas.view_range()
    assert lane_mode == window.canvas.lane_mode and theme == "light"
    seen["dialog"].deleteLater()


def test_status_bar_warns_without_a_cjk_font(window, monkeypatch):
    import gui.fonts

    monkeypatch.setattr(gui.fonts, "find_cjk_font", lambda: None)
    window._check_fonts()
    assert "CJK" in window.font_warning.text()
    monkeypatch.undo()
    window._check_fonts()
    assert window.font_warning.text() == ""


def test_enter_in_the_list_opens_the_source(window, qtbot):
    t = window.table
    t.setFocus()
    t.select_event(2)
    qtbot.keyClick(t, Qt.Key.Key_Return)
    assert window.source.highlighted_text() == "March 2024"
    assert window.source.text.hasFocus()


def test_source_text_is_plain_never_html(window, qtbot):
    from timeline.model import Event, MentionRef, Source, Timeline, TimeSpan

    text = "<b>not bold</b> <script>x</script> 2026年2月3日 &amp; more"
    i = text.index("2026")
    src = Source(id="s1", title="<i>t</i>", text=text)
    ev = Event("e1", TimeSpan.from_value("2026-02-03"), "<h1>title</h1>",
               mentions=[MentionRef("s1", i, i + 9, "2026年2月3日", 0, len(text))])
    window.set_timeline(Timeline(sources=[src], events=[ev]))
    window.select_event(0)
    assert window.source.text.toPlainText() == text
    assert window.source.highlighted_text() == "2026年2月3日"
    assert window.details.values["Title"].text() == "<h1>title</h1>"
    assert window.details.values["Title"].textFormat() == Qt.TextFormat.PlainText


def test_offsets_after_characters_outside_the_bmp(window, qtbot):
    from timeline.model import Event, MentionRef, Source, Timeline, TimeSpan

    text = "𠀀𠀁 emoji 😀 then 2024年 here"
    i = text.index("2024")
    src = Source(id="s1", title="t", text=text)
    ev = Event("e1", TimeSpan.from_value("2024"), "x", mentions=[MentionRef("s1", i, i + 5, "2024年", 0, len(text))])
    window.set_timeline(Timeline(sources=[src], events=[ev]))
    window.select_event(0)
    assert window.source.highlighted_text() == "2024年"


def test_no_actor_lane_is_labelled_last_and_retranslated(window, qtbot):
    from timeline.model import Event, TimeSpan

    tl = window.doc.timeline
    tl.events.append(Event("noact", TimeSpan.from_value("2025-06-01"), "an event with no actor"))
    window.set_timeline(tl)
    names = window.canvas.lane_axis.names
    assert names[-1] == "(no actor)" and "—" not in names
    window.set_language("zh")
    try:
        assert window.canvas.lane_axis.names[-1] == "（未歸類）"
    finally:
        window.set_language("en")


def test_header_click_sorts_with_numpy_keys_and_keeps_the_selection(window, qtbot):
    import numpy as np

    t = window.table
    tl = window.doc.timeline
    window.select_event(2)
    hh = t.horizontalHeader()
    x = hh.sectionViewportPosition(3) + hh.sectionSize(3) // 2
    qtbot.mouseClick(hh.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, hh.height() // 2))
    titles = [tl.events[t.event_at(r)].title for r in range(t.proxy.rowCount())]
    assert titles == sorted(titles) or titles == sorted(titles, reverse=True)
    assert t.selected_events() == [2] and t.currentIndex().row() == t.row_of(2)
    # filtered and sorted together: only masked events, still in title order
    mask = np.zeros(len(tl.events), dtype=bool)
    mask[[0, 2, 5, 9]] = True
    t.proxy.set_mask(mask)
    t.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    shown = [t.event_at(r) for r in range(t.proxy.rowCount())]
    assert sorted(shown) == [0, 2, 5, 9]
    assert [tl.events[i].title for i in shown] == sorted(tl.events[i].title for i in shown)
    assert t.row_of(1) == -1
    t.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert [t.event_at(r) for r in range(t.proxy.rowCount())] == [0, 2, 5, 9]
