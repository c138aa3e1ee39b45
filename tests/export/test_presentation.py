"""One presentation layer: the viewer and the exported images use the same words and lane names."""

from __future__ import annotations

from gui import i18n
from gui.presentation.labels import lane_label
from gui.render import layout
from timeline.model import NO_LANE


def test_one_translation_table_for_screen_and_images():
    i18n.set_language("zh")
    try:
        assert layout.tr("legend", "zh") == i18n.tr("Lanes") == "泳道"
        assert layout.tr("title", "zh") == "時間軸"
        for mode in ("actor", "article", "tag"):
            assert lane_label(NO_LANE, mode) == lane_label(NO_LANE, mode, "zh") == layout.tr(f"no_{mode}", "zh")
        images = " ".join(layout.tr(k, "zh", n=1, mode="x") for k in layout.STRINGS)
        assert "分道" not in images and "時間線" not in images
    finally:
        i18n.set_language("en")
    assert lane_label(NO_LANE, "actor", "en") == "(no actor)" and lane_label("阿里巴巴", "actor") == "阿里巴巴"
    assert layout.tr("sources", "en") == "Sources" and layout.tr("sources", "zh") == "資料來源"


def test_context_keys_never_show_their_context():
    assert i18n.translate("Actor|lanes", "en") == "Actor"
    assert i18n.translate("Actor|lanes", "zh") == "人物/機構"
    assert i18n.translate("Unknown|ctx", "zh") == "Unknown"


def test_screen_and_image_share_colours():
    """Lane i has one colour on the canvas and in an export, also beyond the first ten lanes."""
    from gui.presentation.colors import THEMES, image_theme, lane_colors
    from gui.render.layout import THEME_COLORS
    from gui.render.layout import lane_colors as image_lane_colors

    assert image_lane_colors(25, "dark") == lane_colors(25, "dark")
    assert len(set(lane_colors(25))) == 25
    for name in THEMES:
        assert THEME_COLORS[name] == image_theme(name)
        assert THEME_COLORS[name].background == THEMES[name]["base"]
