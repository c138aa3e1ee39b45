"""CSV exchange: one row per event, UTF-8 with a byte-order mark so spreadsheet programs read Chinese.

Contract
--------
* :func:`export_csv` writes the columns :data:`COLUMNS` (``actors``, ``tags``, ``sources``... are joined
  with ``"; "``; ``lanes`` is ``mode=key; ...``; ``source_dates`` gives each source's publication date and
  where it came from (``2013-03-22 (filename); none (unknown)``); ``mentions`` is the JSON list of
  :meth:`MentionRef.to_dict` so a round trip keeps the evidence). ``sentence`` is the text of the first
  mention's sentence (empty when the source text is not in the timeline). Written atomically, after
  the project reader's checks (what a project could not hold is refused, naming the field).
* :func:`import_csv` reads such a file back (BOM or not; ``,`` ``;`` or tab separated; columns matched
  case-insensitively; only ``title`` and ``start`` or ``value`` are required). Each event keeps its
  precision: ``value`` + ``granularity`` + ``mod`` when given, else ``start``/``end`` as days. Sources
  named in the rows come back as sources without text. A bad row raises :class:`FormatError` naming
  the file, the line and the column; mentions are checked with the project reader's rules (a negative
  or reversed offset is refused), so what is imported can be saved as a project and reopened.
* Formula injection (OWASP "CSV injection"): a spreadsheet runs a cell that starts with ``=``, ``+``,
  ``-``, ``@``, a tab or a carriage return as a formula. :func:`guard_cell` writes every such cell with a
  single quote in front (``=HYPERLINK(...)`` is written ``'=HYPERLINK(...)``): spreadsheets then show the text
  as it is, with the quote hidden or visible at its start. So that the rule can be undone exactly, a cell that
  already starts with quotes followed by a trigger character (``'=x``) gets one more quote too.
  :func:`unguard_cell` on import removes exactly one leading quote from a cell whose text after its leading
  quotes starts with a trigger character, and nothing else: every text round-trips unchanged.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from timeline.io import FormatError, unicode_safe
from timeline.io.atomic import atomic_write_bytes
from timeline.model import Event, MentionRef, Source, Timeline, TimeSpan, as_granularity, as_mod

COLUMNS = ["id", "start", "end", "value", "granularity", "mod", "title", "summary", "actors", "tags", "lane",
           "lanes", "sources", "source_titles", "sentence", "confidence", "edited", "kind", "forecast",
           "mentions", "source_dates"]
SEP = "; "


def _sentence(ev: Event, smap: dict[str, Source]) -> str:
    if not ev.mentions:
        return ""
    m = ev.mentions[0]
    src = smap.get(m.source_id)
    if src is None or not src.text:
        return ""
    return " ".join(src.text[m.sentence_start:m.sentence_end].split())


FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection)."""


def guard_cell(s: str) -> str:
    """``s`` as a CSV cell no spreadsheet runs as a formula (see module docstring)."""
    return "'" + s if s.lstrip("'").startswith(FORMULA_TRIGGERS) else s


def unguard_cell(s: str) -> str:
    """The text :func:`guard_cell` was given (removes only the quote it adds)."""
    return s[1:] if s.startswith("'") and s.lstrip("'").startswith(FORMULA_TRIGGERS) else s


def _source_date(src: Source) -> str:
    """``2013-03-22 (filename)`` / ``none (unknown)``: a story's publication date and where it came from."""
    return f"{src.date.isoformat() if src.date else 'none'} ({src.date_source})"


def csv_text(timeline: Timeline, lane_mode: str = "actor") -> str:
    """The CSV document (without the BOM) for ``timeline``."""
    smap = timeline.source_map()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(COLUMNS)
    for ev in timeline.events:
        sids = ev.source_ids
        w.writerow([guard_cell(cell) for cell in (
            ev.id, ev.time.start.isoformat(), ev.time.end.isoformat(), ev.time.value, ev.time.granularity,
            ev.time.mod or "", ev.title, ev.summary, SEP.join(ev.actors), SEP.join(ev.tags),
            ev.lane(lane_mode, smap), SEP.join(f"{k}={v}" for k, v in ev.lanes.items()), SEP.join(sids),
            SEP.join(smap[s].title if s in smap else "" for s in sids), _sentence(ev, smap),
            f"{ev.confidence:g}", "true" if ev.edited else "false", ev.kind,
            "true" if ev.forecast else "false",
            json.dumps([m.to_dict() for m in ev.mentions], ensure_ascii=False) if ev.mentions else "",
            SEP.join(_source_date(smap[s]) if s in smap else "" for s in sids),
        )])
    return buf.getvalue()


def export_csv(timeline: Timeline, path: str | Path, lane_mode: str = "actor") -> None:
    """Write ``timeline`` as CSV (see module docstring)."""
    from timeline.io.project import check_timeline_writable

    check_timeline_writable(timeline, str(path))
    atomic_write_bytes(path, unicode_safe(csv_text(timeline, lane_mode)).encode("utf-8-sig"))


def _split(s: str) -> list[str]:
    return [x.strip() for x in s.replace("|", ";").split(";") if x.strip()] if s else []


def _date(s: str, where: str) -> dt.date:
    s = s.strip()
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        pass
    try:
        return TimeSpan.from_value(s).start
    except ValueError:
        raise FormatError(f"{where}: expected a date YYYY-MM-DD, got {s!r}") from None


def _time(row: dict[str, str], where: str) -> TimeSpan:
    value = row.get("value", "").strip()
    gran_text = row.get("granularity", "").strip()
    try:
        gran = as_granularity(gran_text) if gran_text else None
    except ValueError:
        raise FormatError(f"{where} granularity: unknown precision {gran_text!r}") from None
    try:
        mod = as_mod(row.get("mod", "").strip() or None)
    except ValueError:
        raise FormatError(f"{where} mod: unknown modifier {row.get('mod', '').strip()!r}") from None
    if value:
        try:
            span = TimeSpan.from_value(value, gran, mod)
        except ValueError as exc:
            raise FormatError(f"{where} value: {exc}") from None
        return span
    if not row.get("start", "").strip():
        raise FormatError(f"{where}: needs a 'value' or a 'start' date")
    start = _date(row["start"], f"{where} start")
    end = _date(row["end"], f"{where} end") if row.get("end", "").strip() else start
    if end < start:
        raise FormatError(f"{where} end: {end} is before start {start}")
    if gran is None:
        gran = "day"
    v = start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"
    return TimeSpan(start, end, gran, mod, v)


def _mentions(cell: str, where: str) -> list[MentionRef]:
    """The ``mentions`` column, checked with the project reader's rules (offsets >= 0, end >= start)."""
    from timeline.io.project import _Invalid, _validate_mention

    try:
        items = json.loads(cell)
        if not isinstance(items, list):
            raise TypeError("expected a list")
        for j, d in enumerate(items):
            if not isinstance(d, dict):
                raise TypeError(f"mentions[{j}]: expected an object")
            src = d.get("source")
            _validate_mention(d, f"mentions[{j}]", {src} if isinstance(src, str) else set())
        return [MentionRef.from_dict(d) for d in items]
    except _Invalid as exc:
        raise FormatError(f"{where} {exc}") from None
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise FormatError(f"{where} mentions: not a list of mentions ({exc})") from None


def import_csv(path: str | Path) -> Timeline:
    """Read a CSV file written by :func:`export_csv` or by hand (see module docstring)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise FormatError(f"{p}: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FormatError(f"{p}: not UTF-8 text") from None
    if not text.strip():
        raise FormatError(f"{p}: empty file")
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count) if any(c in first for c in ",;\t") else ","
    reader = csv.reader(io.StringIO(text, newline=""), csv.excel, delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except (StopIteration, csv.Error) as exc:
        raise FormatError(f"{p}: cannot read the header ({exc})") from None
    if "title" not in header or not ({"start", "value"} & set(header)):
        raise FormatError(f"{p}: needs columns 'title' and 'start' (or 'value'); found {', '.join(header)}")
    events: list[Event] = []
    sources: dict[str, Source] = {}
    used: set[str] = set()
    try:
        for row_values in reader:
            line = reader.line_num
            if not any(v.strip() for v in row_values):
                continue
            row = {h: (unguard_cell(row_values[i]) if i < len(row_values) else "") for i, h in enumerate(header)}
            where = f"{p}: line {line}"
            span = _time(row, where)
            title = row.get("title", "").strip()
            if not title:
                raise FormatError(f"{where} title: empty")
            mentions: list[MentionRef] = []
            if row.get("mentions", "").strip():
                mentions = _mentions(row["mentions"], where)
            sids = _split(row.get("sources", ""))
            titles = _split(row.get("source_titles", ""))
            for i, sid in enumerate(sids):
                sources.setdefault(sid, Source(id=sid, title=titles[i] if i < len(titles) else sid, text=""))
            for m in mentions:
                sources.setdefault(m.source_id, Source(id=m.source_id, title=m.source_id, text=""))
            try:
                conf = float(row.get("confidence") or 1.0)
            except ValueError:
                raise FormatError(f"{where} confidence: not a number {row['confidence']!r}") from None
            lanes = {}
            for part in _split(row.get("lanes", "")):
                k, _, v = part.partition("=")
                if k.strip() and v.strip():
                    lanes[k.strip()] = v.strip()
            eid = row.get("id", "").strip() or f"e{len(events) + 1}"
            while eid in used:
                eid += "_"
            used.add(eid)
            events.append(Event(
                id=eid, time=span, title=title, summary=row.get("summary", "").strip() or row.get("sentence", ""),
                actors=_split(row.get("actors", "")), tags=_split(row.get("tags", "")), mentions=mentions,
                lanes=lanes, confidence=min(1.0, max(0.0, conf)),
                edited=row.get("edited", "").strip().lower() in ("true", "1", "yes"),
                kind=row.get("kind", "").strip() or "event",
                forecast=row.get("forecast", "").strip().lower() in ("true", "1", "yes")))
    except csv.Error as exc:
        raise FormatError(f"{p}: line {reader.line_num}: {exc}") from None
    return Timeline(sources=list(sources.values()), events=events, title=p.stem)
