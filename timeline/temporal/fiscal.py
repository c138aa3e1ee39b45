"""Fiscal periods as calendar ranges.

Contract
--------
* :data:`FISCAL_YEAR_END` (data, extend freely) maps an organization name as it appears in text to the
  month its fiscal year ends in. Fiscal year ``N`` is the twelve months that end in that month of year ``N``
  (Alibaba's fiscal year ends 31 March, so FY2025 is 2024-04-01 .. 2025-03-31). Unknown organizations
  use the calendar year.
* :func:`organization_end_month` finds the organization of a fiscal mention: the last known name before
  the mention in its sentence, else the most frequent known name in the whole article.
* :func:`fiscal_value` turns (fiscal year, quarter or half or ``None``, end month) into the calendar range
  value ``YYYY-MM-DD/YYYY-MM-DD``, or ``None`` for an impossible period.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from timeline.temporal.numerals import fold

FISCAL_YEAR_END: dict[str, int] = {
    # organization (Traditional / Simplified / English spellings): last month of its fiscal year
    "阿里巴巴": 3, "阿里": 3, "Alibaba": 3, "高德": 3, "Amap": 3, "阿里雲": 3, "阿里云": 3, "淘寶": 3, "淘宝": 3,
    "螞蟻": 3, "Ant Group": 3,
    "騰訊": 12, "腾讯": 12, "Tencent": 12, "百度": 12, "Baidu": 12, "京東": 12, "京东": 12, "JD": 12,
    "字節": 12, "字节": 12, "ByteDance": 12, "拼多多": 12, "PDD": 12, "美團": 12, "美团": 12,
    "小米": 12, "Xiaomi": 12, "網易": 12, "网易": 12, "NetEase": 12,
    "微軟": 6, "微软": 6, "Microsoft": 6,
    "蘋果": 9, "苹果": 9, "Apple": 9,
    "英偉達": 1, "英伟达": 1, "輝達": 1, "NVIDIA": 1, "Nvidia": 1,
    "甲骨文": 5, "Oracle": 5, "思科": 7, "Cisco": 7,
    "索尼": 3, "Sony": 3, "豐田": 3, "丰田": 3, "Toyota": 3, "軟銀": 3, "软银": 3, "SoftBank": 3,
    "聯想": 3, "联想": 3, "Lenovo": 3, "塔塔": 3, "Infosys": 3,
    "沃爾瑪": 1, "沃尔玛": 1, "Walmart": 1, "耐克": 5, "Nike": 5, "星巴克": 9, "Starbucks": 9,
    "迪士尼": 9, "Disney": 9,
    # governments whose fiscal year ends in March (2026-12-05, issue 13): Hong Kong (its Financial Secretary), the UK,
    # Japan, India
    "特區政府": 3, "特区政府": 3, "港府": 3, "香港政府": 3, "財政司": 3, "财政司": 3,
    "英國政府": 3, "英国政府": 3, "日本政府": 3, "印度政府": 3,
    # the US federal government's fiscal year ends in September (FY2027: October 2026 to September 2027)
    "美國聯邦政府": 9, "美国联邦政府": 9, "美國政府": 9, "美国政府": 9, "聯邦政府": 9, "联邦政府": 9,
}
SPLIT_YEAR_END = 3
"""The fiscal year-end month of a year told as two (``2026/27財政年度``) when no organization with a year ending in
another month than December is known: a fiscal year told over two calendar years does not end in December, and March
is where most such years end (Hong Kong, the UK, Japan, India, Alibaba)."""

# the extractor matches folded text (numerals.fold), so folded spellings are keys too
FISCAL_YEAR_END.update({fold(k): v for k, v in list(FISCAL_YEAR_END.items())})
_ORG_RE = re.compile("|".join(sorted(map(re.escape, FISCAL_YEAR_END), key=len, reverse=True)))
_SENTENCE_END = re.compile(r"[。！？!?\n]|\.\s")


def organization_end_month(text: str, pos: int) -> int:
    """Fiscal year-end month for a fiscal mention at ``pos`` in ``text`` (12 when no organization is known)."""
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, pos - 400), pos):
        start = m.end()
    found = [m.group(0) for m in _ORG_RE.finditer(text, start, pos)]
    if found:
        return FISCAL_YEAR_END[found[-1]]
    return _article_end_month(text)


_ABBREVIATIONS = (" Jan.", " Feb.", " Mar.", " Apr.", " Aug.", " Sep.", "Sept.", " Oct.", " Nov.", " Dec.", " Mr.",
                  " Ms.", " Dr.", " Inc.", " Co.", " Corp.", " Ltd.", " St.", " No.")
"""Abbreviations whose full stop ends no sentence (``on Sept. 9``)."""


def nearby_end_month(text: str, pos: int) -> int | None:
    """Fiscal year-end month of the last known organization named in the sentence of ``pos`` or the one before
    it (``Oracle expects ... The software maker reported fiscal third-quarter results``), ``None`` when none is
    named there (an organization named further back in the article may not be the one meant)."""
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text, max(0, pos - 600), pos)
                    if not text.endswith(_ABBREVIATIONS, max(0, m.start() - 5), m.start() + 1)]
    found = [m.group(0) for m in _ORG_RE.finditer(text, starts[-2] if len(starts) > 1 else 0, pos)]
    return FISCAL_YEAR_END[found[-1]] if found else None


@lru_cache(maxsize=64)
def _article_end_month(text: str) -> int:
    counts: dict[str, int] = {}
    for m in _ORG_RE.finditer(text):
        counts[m.group(0)] = counts.get(m.group(0), 0) + 1
    if counts:
        return FISCAL_YEAR_END[max(counts, key=lambda k: (counts[k], len(k)))]
    return 12


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def fiscal_value(fy: int, end_month: int, quarter: int | None = None, half: int | None = None) -> str | None:
    """Calendar range of fiscal year ``fy`` (or its ``quarter`` 1-4 / ``half`` 1-2)."""
    if quarter is not None and not 1 <= quarter <= 4 or half is not None and not 1 <= half <= 2:
        return None
    first_y, first_m = _add_months(fy, end_month, -11)  # first month of the fiscal year
    if quarter is not None:
        offset, length = 3 * (quarter - 1), 3
    elif half is not None:
        offset, length = 6 * (half - 1), 6
    else:
        offset, length = 0, 12
    sy, sm = _add_months(first_y, first_m, offset)
    ey, em = _add_months(sy, sm, length - 1)
    if not 1 <= sy <= 9999 or not 1 <= ey <= 9999:
        return None
    start = dt.date(sy, sm, 1)
    end = dt.date(ey, em, calendar.monthrange(ey, em)[1])
    return f"{start.isoformat()}/{end.isoformat()}"
