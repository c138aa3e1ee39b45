"""Corpora shaped as users bring them (issue 12): for each shape, the stories found, their titles and their
publication dates, and relative dates resolved against them.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.pipeline import process_document
from timeline.temporal.dct import infer_with_precision, self_told

D = dt.date

TW_SELF_DATED = """花蓮縣府推動觀光振興方案
記者王美華／花蓮報導
花蓮縣政府今(115)年將投入三億元推動觀光振興，縣長今（18）日表示，本（2）月底前將公布細節，昨（17）日已召開會議。
"""


def test_taiwanese_self_told_date_dates_the_story() -> None:
    """今(115)年 (Minguo 115 = 2026), 本（2）月 and 今（18）日 together date the article without a dateline."""
    assert infer_with_precision(TW_SELF_DATED) == (D(2026, 2, 18), True)
    (src,) = process_document(TW_SELF_DATED, path="hualien.txt").sources
    assert src.title == "花蓮縣府推動觀光振興方案"
    assert src.date == D(2026, 2, 18)
    assert src.date_source == "inferred"
    assert "今（18）日" in src.date_evidence
    assert src.unresolved == 0


def test_self_told_parts() -> None:
    told = self_told("市府今（2025）年起推動，本（3）月將公布，昨（4）日開會")
    assert told is not None
    assert told[0] == D(2025, 3, 5)  # 昨（4）日: the article is a day later
    assert self_told("沒有日期的新聞") is None


def test_self_told_day_takes_month_from_the_narrated_days() -> None:
    """Only 今（12）日: month and year come from the latest day the story tells with its year."""
    text = "台中市推動綠能屋頂\n台中市政府2025年3月5日公布補助計畫，市長今（12）日表示，下週將開放申請。今年補助增加。\n"
    assert infer_with_precision(text) == (D(2025, 3, 12), True)


def test_self_told_day_without_any_year_stays_undated() -> None:
    text = "台中市推動綠能屋頂\n台中市政府3月5日公布補助計畫，市長今（12）日表示，下週將開放申請。\n"
    (src,) = process_document(text, path="a.txt").sources
    assert src.date is None and src.date_source == "unknown"
