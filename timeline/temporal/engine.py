"""Placeholder engine (to be replaced by the rule tables): years and full dates only."""

from __future__ import annotations

import datetime as dt
import re

from timeline.model import TemporalMention

_DATE = re.compile(r"(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?)?")


def extract(text: str, reference: dt.date | None = None) -> list[TemporalMention]:
    out = []
    for m in _DATE.finditer(text):
        y, mo, d = m.group(1), m.group(2), m.group(3)
        try:
            if d:
                value, gran = dt.date(int(y), int(mo), int(d)).isoformat(), "day"
            elif mo:
                value, gran = f"{int(y):04d}-{int(mo):02d}", "month"
                if not 1 <= int(mo) <= 12:
                    continue
            else:
                value, gran = y, "year"
        except ValueError:
            continue
        out.append(TemporalMention(m.start(), m.end(), m.group(0), value, gran))
    return out


def infer_reference(text: str) -> dt.date | None:
    years = [int(m.group(1)) for m in _DATE.finditer(text)]
    return dt.date(max(years), 12, 31) if years else None
