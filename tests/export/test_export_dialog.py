"""The viewer's Export Image dialog: options it builds, overwrite confirmation, same renderer as the CLI."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from export_samples import EN_TITLE, OLD_TITLE, ZH_TITLE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from gui.export import ExportDialog
from timeline.model import day_number


@pytest.fixture
def dialog(qtbot, small_timeline):
    view = (float(day_number(dt.date(2013, 1, 1))), float(day_number(dt.date(2026, 4, 1))))
    dlg = ExportDialog(None, small_timeline, view, "actor", "dark")
    qtbot.addWidget(dlg)
    dlg.errors = []
    dlg.show_error = dlg.errors.append
    return dlg


def _svg_text(path) -> str:
    return "".join(ET.parse(path).getroot().itertext())


def test_options_follow_the_widgets(dialog):
    names = [dialog.lane_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.lane_list.count())]
    assert set(names) == {"蔡崇信", "阿里巴巴", "Tencent"}
    opts = dialog.options()
    assert opts.date_from == dt.date(2013, 1, 1) and opts.date_to == dt.date(2026, 3, 31)
    assert opts.theme == "dark" and opts.lanes == "actor" and opts.include_lanes is None
    dialog.whole.setChecked(True)
    dialog.width_box.setValue(1800)
    dialog.scale_box.setValue(2.0)
    dialog.lane_list.item(names.index("Tencent")).setCheckState(Qt.CheckState.Unchecked)
    opts = dialog.options()
    assert opts.date_from is None and opts.width == 1800 and opts.scale == 2.0
    assert "3600" in dialog.pixels_label.text()
    assert opts.include_lanes == frozenset({"蔡崇信", "阿里巴巴"})
    dialog.mode_box.setCurrentIndex(dialog.mode_box.findData("tag"))
    assert dialog.lane_list.count() == 2 and dialog.options().include_lanes is None
    assert opts.time_scale == "auto"
    dialog.scale_kind_box.setCurrentIndex(dialog.scale_kind_box.findData("compact"))
    assert dialog.options().time_scale == "compact"
    dialog.preset_box.setCurrentIndex(dialog.preset_box.findData("a4"))
    assert dialog.options().page == "a4" and dialog.width_box.value() == 1047
    dialog.width_box.setValue(1500)   # editing the width leaves the preset
    assert dialog.preset_box.currentData() is None and dialog.options().page is None


def test_export_writes_what_the_dialog_shows(dialog, tmp_path):
    names = [dialog.lane_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.lane_list.count())]
    dialog.lane_list.item(names.index("Tencent")).setCheckState(Qt.CheckState.Unchecked)
    out = tmp_path / "view.svg"
    dialog.path_edit.setText(str(out))
    dialog.export_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.written == out
    text = _svg_text(out)
    assert ZH_TITLE in text and EN_TITLE not in text and OLD_TITLE not in text


def test_overwrite_needs_confirmation(dialog, tmp_path):
    out = tmp_path / "exists.png"
    out.write_bytes(b"old")
    dialog.path_edit.setText(str(out))
    dialog.confirm_overwrite = lambda path: False
    assert dialog.export() is None and out.read_bytes() == b"old"
    dialog.confirm_overwrite = lambda path: True
    assert dialog.export() == out and out.read_bytes()[:4] == b"\x89PNG"


def test_bad_inputs_are_reported_not_raised(dialog, tmp_path):
    dialog.path_edit.setText(str(tmp_path / "x.gif"))
    assert dialog.export() is None
    dialog.path_edit.setText(str(tmp_path / "x.pdf"))
    dialog._check_all(False)
    assert dialog.export() is None
    assert len(dialog.errors) == 2 and not (tmp_path / "x.pdf").exists()
    dialog._check_all(True)
    assert dialog.export() == tmp_path / "x.pdf"


def test_without_view_range_only_whole_timeline(qtbot, small_timeline):
    dlg = ExportDialog(None, small_timeline, None, "article", "light")
    qtbot.addWidget(dlg)
    assert not dlg.current.isEnabled() and dlg.whole.isChecked()
    assert dlg.options().date_from is None and dlg.options().lanes == "article"


def test_dialog_follows_the_interface_language(qtbot, small_timeline):
    from gui import i18n

    before = i18n.language()
    try:
        i18n.set_language("zh")
        dlg = ExportDialog(None, small_timeline, None, "actor", "light")
        qtbot.addWidget(dlg)
        assert dlg.windowTitle() == "匯出圖片" and dlg.whole.text() == "整條時間軸"
    finally:
        i18n.set_language(before)


def test_time_axis_defaults_to_the_viewers(qtbot):
    from export_samples import small_timeline

    from gui.export import ExportDialog

    dlg = ExportDialog(None, small_timeline(), None, time_scale="compact")
    qtbot.addWidget(dlg)
    assert dlg.options().time_scale == "compact"
    plain = ExportDialog(None, small_timeline(), None)
    qtbot.addWidget(plain)
    assert plain.options().time_scale == "auto"
