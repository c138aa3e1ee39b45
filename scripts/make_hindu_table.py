"""Write ``timeline/temporal/hindu_table.py``: the days of Hindu, Sikh and Jain lunisolar festivals, as data.

No library the product depends on computes the Hindu lunisolar calendar (a festival falls on the civil day whose
sunrise lies in its tithi, as seen from India), so the days are taken once from the published tables of the
``holidays`` package (``holidays.calendars.hindu``, MIT licence, compiled from drikpanchang.com: 2001-2035, Diwali
and Thaipusam 1901-2100) and kept in the repository as a plain table. Only the tables that
:data:`timeline.temporal.calendars.HINDU_FEASTS` names are written. ``holidays`` is needed only to run this script
(``pip install holidays``); the product reads the generated module.

    python scripts/make_hindu_table.py            # rewrites timeline/temporal/hindu_table.py
    python scripts/make_hindu_table.py --check    # exit 1 when the file differs from what it would write
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "timeline" / "temporal" / "hindu_table.py"

HEADER = '''"""Days of Hindu, Sikh and Jain lunisolar festivals by Gregorian year (generated: do not edit).

Written by ``scripts/make_hindu_table.py`` from the tables of the ``holidays`` package ({version};
``holidays.calendars.hindu``, MIT licence, compiled from drikpanchang.com, days as observed in India). Each entry is
a table name and the ISO days it lists, one or two a year; :mod:`timeline.temporal.calendars` says which festival
name reads which table and at what offset. Outside the years listed a festival is not placed.
"""

DATES: dict[str, tuple[str, ...]] = {{
'''


def _days(table: dict) -> list[str]:
    out = []
    for year, v in sorted(table.items()):
        pairs = v if isinstance(v[0], tuple) else (v,)
        out.extend(dt.date(year, m, d).isoformat() for m, d in pairs)
    return out


def render() -> str:
    import holidays
    from holidays.calendars.hindu import _HinduLunisolar

    from timeline.temporal.calendars import HINDU_FEASTS

    names = sorted({t for f in HINDU_FEASTS.values() for t in (*f.tables, *(f.until or ()))})
    lines = [HEADER.format(version=holidays.__version__)]
    for name in names:
        days = _days(getattr(_HinduLunisolar, f"{name}_DATES"))
        lines.append(f"    \"{name}\": (\n")
        for i in range(0, len(days), 8):
            lines.append("        " + " ".join(f"\"{d}\"," for d in days[i:i + 8]) + "\n")
        lines.append("    ),\n")
    lines.append("}\n")
    return "".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only compare with the file in the repository")
    a = ap.parse_args()
    text = render()
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("hindu_table.py is up to date" if same else "hindu_table.py differs: run scripts/make_hindu_table.py")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
