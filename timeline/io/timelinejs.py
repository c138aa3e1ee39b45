"""TimelineJS3 JSON exchange (Knight Lab's documented format).

Contract
--------
* :func:`timelinejs_document` / :func:`export_timelinejs` build ``{"title": slide, "events": [slide...]}``.
  Each slide has ``start_date`` (and ``end_date`` for spans) whose parts are only as precise as the
  event: a year-only event is ``{"year": 1999}``, a month ``{"year", "month"}``, a day adds ``"day"``;
  a quarter is the months it covers, a decade its first and last year. Partial or approximate dates
  carry a ``display_date`` ("2025 Q3", "約 2026-02", "2026年初"). ``text.headline`` is the title,
  ``text.text`` the summary and the sources (HTML-escaped), ``group`` the lane (actor by default);
  ``group`` and ``display_date`` are escaped twice (:func:`plain_text_field`) because TimelineJS
  decodes them once before assigning them to ``innerHTML``: markup in a name never runs;
  ``unique_id`` the event id. Each slide also carries a ``newstimeline`` object (ignored by TimelineJS)
  holding what TimelineJS cannot express (value, precision, modifier, actors, tags, mentions...), so
  a round trip through :func:`import_timelinejs` gives back the same events.
* :func:`import_timelinejs` also reads TimelineJS files made elsewhere: precision then comes from the
  date parts given (year / month / day), ``end_date`` makes a range. Problems raise :class:`FormatError`
  naming the file and the slide (``events[3].start_date.month: expected 1-12, got 13``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import json
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from timeline.io import FormatError
from timeline.io.atomic import atomic_write_bytes
from timeline.model import GRANULARITIES, MODS, Event, Granularity, MentionRef, Source, Timeline, TimeSpan

EXTENSION_KEY = "newstimeline"
_MOD_LABEL = {"START": "early", "MID": "mid", "END": "late", "APPROX": "about", "BEFORE": "before",
              "AFTER": "after"}


def _parts(d: dt.date, precision: str) -> dict[str, int]:
    if precision == "year":
        return {"year": d.year}
    if precision == "month":
        return {"year": d.year, "month": d.month}
    return {"year": d.year, "month": d.month, "day": d.day}


def _precision(gran: str) -> str:
    if gran in ("century", "decade", "year"):
        return "year"
    if gran in ("half", "quarter", "season", "month"):
        return "month"
    return "day"


_POINT_LABELS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"(\d{4})-Q([1-4])"), lambda m: f"{m[1]} Q{m[2]}"),
    (re.compile(r"(\d{4})-H([12])"), lambda m: f"{m[1]} H{m[2]}"),
    (re.compile(r"(\d{3})X"), lambda m: f"{m[1]}0s"),
    (re.compile(r"(\d\d)XX"), lambda m: f"{int(m[1]) + 1}th century"),
    (re.compile(r"(\d{4})-(\d\d)-X([123])"), lambda m: f"{m[1]}-{m[2]} " + {"1": "early", "2": "mid", "3": "late"}[m[3]]),
    (re.compile(r"(\d{4})-W(\d\d)-WE"), lambda m: f"{m[1]} weekend of week {int(m[2])}"),
    (re.compile(r"(\d{4})-W(\d\d)"), lambda m: f"{m[1]} week {int(m[2])}"),
    (re.compile(r"(\d{4})-(SP|SU|FA|WI)"),
     lambda m: {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}[m[2]] + f" {m[1]}"),
    (re.compile(r"(\d{4}-\d\d-\d\d)T(MO|AF|EV|NI)"),
     lambda m: f"{m[1]} " + {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}[m[2]]),
    (re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d(?::\d\d)?)"), lambda m: f"{m[1]} {m[2]}"),
)
"""Labels for the point values whose TIMEX form is not readable as it stands."""


def display_date(span: TimeSpan) -> str:
    """A human label for the event's time at its own precision (``2025 Q3``, ``2010s``, ``early 2026``)."""
    v = span.value or span.start.isoformat()
    label = v
    for pattern, fmt in _POINT_LABELS:
        m = pattern.fullmatch(v)
        if m:
            label = fmt(m)
            break
    if "/" in v:
        a, b = v.split("/", 1)
        label = f"{a} – {b}"
    if span.mod:
        label = f"{_MOD_LABEL.get(span.mod, span.mod.lower())} {label}"
    return label


def plain_text_field(text: str) -> str:
    """``text`` for a field TimelineJS treats as plain text (``group``, ``display_date``).

    TimelineJS 3.9 "strips markup" from these fields by parsing them as HTML and taking the text
    content, which decodes entities, and then assigns that result to ``innerHTML``. Escaped once, an
    actor named ``&lt;img src=x onerror=...&gt;`` comes out of that decoding as a live ``<img>``
    element. Escaped twice, the decoding leaves exactly one level of escaping, so ``innerHTML``
    shows the original characters as text and no markup ever reaches the page (tested in headless
    Chromium with TimelineJS from npm). Rich fields (``headline``, ``text``) are sanitised by
    TimelineJS's DOMPurify and escaped once here.
    """
    return html.escape(html.escape(text, quote=False), quote=False)


def _slide(ev: Event, smap: dict[str, Source], lane_mode: str) -> dict[str, Any]:
    t = ev.time
    prec = _precision(t.granularity)
    slide: dict[str, Any] = {"start_date": _parts(t.start, prec)}
    single = (prec == "year" and t.start.year == t.end.year and t.granularity == "year") or \
             (prec == "month" and (t.start.year, t.start.month) == (t.end.year, t.end.month)) or \
             (prec == "day" and t.start == t.end)
    if not single:
        slide["end_date"] = _parts(t.end, prec)
    exact = t.mod is None and t.granularity in ("year", "month", "day") and "/" not in (t.value or "")
    if not exact:
        slide["display_date"] = plain_text_field(display_date(t))
    body = f"<p>{html.escape(ev.summary)}</p>" if ev.summary else ""
    names = [smap[s].title for s in ev.source_ids if s in smap and smap[s].title]
    if names:
        body += "<p>Sources: " + "; ".join(html.escape(n) for n in names) + "</p>"
    slide["text"] = {"headline": html.escape(ev.title), "text": body}
    slide["group"] = plain_text_field(ev.lane(lane_mode, smap))
    slide["unique_id"] = ev.id
    slide[EXTENSION_KEY] = {
        "value": t.value, "start": t.start.isoformat(), "end": t.end.isoformat(), "granularity": t.granularity,
        "mod": t.mod, "title": ev.title, "summary": ev.summary, "actors": list(ev.actors), "tags": list(ev.tags),
        "lanes": dict(ev.lanes), "confidence": ev.confidence, "edited": ev.edited, "kind": ev.kind,
        "forecast": ev.forecast,
        "mentions": [m.to_dict() for m in ev.mentions],
    }
    return slide


def timelinejs_document(timeline: Timeline, lane_mode: str = "actor") -> dict[str, Any]:
    """The TimelineJS3 document for ``timeline`` (see module docstring)."""
    smap = timeline.source_map()
    n_src = len({s for e in timeline.events for s in e.source_ids})
    doc: dict[str, Any] = {
        "title": {"text": {"headline": html.escape(timeline.title or "Timeline"),
                           "text": f"<p>{len(timeline.events)} events from {n_src} articles</p>"}},
        "events": [_slide(e, smap, lane_mode) for e in timeline.events],
    }
    doc[EXTENSION_KEY] = {"sources": [{k: v for k, v in s.to_dict().items() if k != "text"}
                                      for s in timeline.sources]}
    return doc


def export_timelinejs(timeline: Timeline, path: str | Path, lane_mode: str = "actor") -> None:
    """Write ``timeline`` as TimelineJS3 JSON (UTF-8), atomically, after the reader's checks.

    What the project reader would refuse (NaN confidence, reversed mention offsets...) is refused with
    a :class:`FormatError` naming the file and the field; text UTF-8 cannot hold becomes ``\\u`` escapes.
    """
    from timeline.io.project import check_timeline_writable

    check_timeline_writable(timeline, str(path))
    doc = timelinejs_document(timeline, lane_mode)
    try:
        data = json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")
    except UnicodeEncodeError:
        data = json.dumps(doc, ensure_ascii=True, indent=1, allow_nan=False).encode("ascii")
    atomic_write_bytes(path, data)


# ------------------------------------------------------------------------------------------- import
_TAGS = re.compile(r"<[^>]+>")


def _plain(s: Any) -> str:
    if not isinstance(s, str):
        return ""
    s = re.sub(r"</p>\s*<p>|<br\s*/?>", "\n", s)
    return html.unescape(_TAGS.sub("", s)).strip()


def _int_part(d: dict, key: str, where: str, lo: int, hi: int) -> int | None:
    if key not in d or d[key] in (None, ""):
        return None
    v = d[key]
    try:
        n = int(str(v).strip())
    except ValueError:
        raise FormatError(f"{where}.{key}: expected a number, got {v!r}") from None
    if not lo <= n <= hi:
        raise FormatError(f"{where}.{key}: expected {lo}-{hi}, got {n}")
    return n


def _date_parts(d: Any, where: str, end: bool) -> tuple[dt.date, Granularity]:
    if not isinstance(d, dict):
        raise FormatError(f"{where}: expected an object with 'year'")
    y = _int_part(d, "year", where, 1, 9999)
    if y is None:
        raise FormatError(f"{where}.year: missing")
    mo = _int_part(d, "month", where, 1, 12)
    day = _int_part(d, "day", where, 1, 31)
    if mo is None:
        return (dt.date(y, 12, 31) if end else dt.date(y, 1, 1)), "year"
    if day is None:
        last = calendar.monthrange(y, mo)[1]
        return (dt.date(y, mo, last) if end else dt.date(y, mo, 1)), "month"
    try:
        return dt.date(y, mo, day), "day"
    except ValueError:
        raise FormatError(f"{where}.day: {y}-{mo:02d} has no day {day}") from None


def _value_of(d: dt.date, prec: str) -> str:
    return {"year": f"{d.year:04d}", "month": f"{d.year:04d}-{d.month:02d}"}.get(prec, d.isoformat())


def _from_extension(ext: dict, where: str) -> tuple[TimeSpan, dict]:
    try:
        gran = ext["granularity"]
        mod = ext.get("mod")
        if gran not in GRANULARITIES or (mod is not None and mod not in MODS):
            raise ValueError(f"unknown precision {gran!r} or modifier {mod!r}")
        for key in ("value", "start", "end"):
            if ext.get(key) is not None and not isinstance(ext[key], str):
                raise TypeError(f"'{key}' must be a string, got {type(ext[key]).__name__}")
        if ext.get("value"):
            span = TimeSpan.from_value(ext["value"], gran, mod)
        else:
            span = TimeSpan(dt.date.fromisoformat(ext["start"]), dt.date.fromisoformat(ext["end"]), gran, mod, "")
    except (KeyError, ValueError, TypeError) as exc:
        raise FormatError(f"{where}.{EXTENSION_KEY}: {exc}") from None
    return span, ext


_EXT_TYPES: dict[str, tuple[type, ...]] = {
    "title": (str,), "summary": (str,), "mentions": (list,), "lanes": (dict,), "actors": (list,), "tags": (list,),
    "confidence": (int, float), "edited": (bool,), "kind": (str,),
}


def _check_extension(ext: dict, where: str) -> None:
    """The slide extension's fields have the types :func:`import_timelinejs` reads (else :class:`FormatError`)."""
    for key, types in _EXT_TYPES.items():
        v = ext.get(key)
        if v is None:
            continue
        if not isinstance(v, types) or (types == (int, float) and isinstance(v, bool)):
            raise FormatError(f"{where}.{key}: expected {' or '.join(t.__name__ for t in types)}, "
                              f"got {type(v).__name__}")
    for key in ("actors", "tags"):
        if not all(isinstance(x, str) for x in ext.get(key) or []):
            raise FormatError(f"{where}.{key}: expected a list of strings")
    if not all(isinstance(m, dict) for m in ext.get("mentions") or []):
        raise FormatError(f"{where}.mentions: expected a list of objects")
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in (ext.get("lanes") or {}).items()):
        raise FormatError(f"{where}.lanes: expected an object of strings")
    conf = ext.get("confidence")
    if conf is not None and not 0 <= conf <= 1:
        raise FormatError(f"{where}.confidence: expected a number from 0 to 1, got {conf}")


def import_timelinejs(path: str | Path) -> Timeline:
    """Read a TimelineJS3 JSON file (see module docstring)."""
    p = Path(path)
    try:
        doc = json.loads(p.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise FormatError(f"{p}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise FormatError(f"{p}: not UTF-8 text") from None
    except ValueError as exc:
        raise FormatError(f"{p}: not valid JSON ({exc})") from None
    except RecursionError:
        raise FormatError(f"{p}: JSON nested too deeply") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("events"), list):
        raise FormatError(f"{p}: not a TimelineJS file (needs an 'events' list)")
    sources: dict[str, Source] = {}
    ext_doc = doc.get(EXTENSION_KEY)
    if isinstance(ext_doc, dict):
        ext_sources = ext_doc.get("sources", [])
        if not isinstance(ext_sources, list) or not all(isinstance(s, dict) for s in ext_sources):
            raise FormatError(f"{p}: {EXTENSION_KEY}.sources: expected a list of objects")
        for s in ext_sources:
            try:
                src = Source.from_dict({"text": "", **s})
            except (KeyError, ValueError, TypeError) as exc:
                raise FormatError(f"{p}: {EXTENSION_KEY}.sources: {exc}") from None
            sources[src.id] = src
    events: list[Event] = []
    used: set[str] = set()
    for i, slide in enumerate(doc["events"]):
        where = f"{p}: events[{i}]"
        if not isinstance(slide, dict):
            raise FormatError(f"{where}: expected an object")
        ext = slide.get(EXTENSION_KEY)
        if isinstance(ext, dict):
            span, extra = _from_extension(ext, where)
            _check_extension(extra, f"{where}.{EXTENSION_KEY}")
            extra = {k: v for k, v in extra.items() if v is not None}  # a null field is a field not given
        else:
            start, ps = _date_parts(slide.get("start_date"), f"{where}.start_date", False)
            if slide.get("end_date"):
                end, pe = _date_parts(slide["end_date"], f"{where}.end_date", True)
                if end < start:
                    raise FormatError(f"{where}.end_date: before start_date")
            else:
                end, pe = _date_parts(slide.get("start_date"), f"{where}.start_date", True)
            v0, v1 = _value_of(start, ps), _value_of(end, pe)
            value = v0 if v0 == v1 else f"{v0}/{v1}"
            span = TimeSpan.from_value(value, ps)
            extra = {}
        text: dict[str, Any] = slide["text"] if isinstance(slide.get("text"), dict) else {}
        title = extra.get("title") or _plain(text.get("headline")) or _plain(slide.get("display_date")) or "(untitled)"
        summary = extra.get("summary", _plain(text.get("text")))
        try:
            from timeline.io.project import _Invalid, _validate_mention

            for j, m in enumerate(extra.get("mentions", [])):
                if not isinstance(m, dict):
                    raise TypeError(f"[{j}]: expected an object")
                ref = m.get("source")
                _validate_mention(m, f"[{j}]", {ref} if isinstance(ref, str) else set())
            mentions = [MentionRef.from_dict(m) for m in extra.get("mentions", [])]
        except (KeyError, ValueError, TypeError, _Invalid) as exc:
            raise FormatError(f"{where}.{EXTENSION_KEY}.mentions{exc}") from None
        try:
            confidence = float(extra.get("confidence", 1.0))
        except (TypeError, ValueError):
            confidence = math.nan
        if not math.isfinite(confidence):
            raise FormatError(f"{where}.{EXTENSION_KEY}.confidence: expected a number, got "
                              f"{extra.get('confidence')!r}")
        for m in mentions:
            sources.setdefault(m.source_id, Source(id=m.source_id, title=m.source_id, text=""))
        lanes = dict(extra.get("lanes", {}))
        if not extra and isinstance(slide.get("group"), str) and slide["group"]:
            lanes["actor"] = _plain(slide["group"])  # TimelineJS shows the text content of the markup
        eid = str(slide.get("unique_id") or f"e{i + 1}")
        while eid in used:
            eid += "_"
        used.add(eid)
        events.append(Event(id=eid, time=span, title=title, summary=summary,
                            actors=[str(a) for a in extra.get("actors", [])],
                            tags=[str(t) for t in extra.get("tags", [])], mentions=mentions, lanes=lanes,
                            confidence=confidence, edited=bool(extra.get("edited", False)),
                            kind=str(extra.get("kind", "event")), forecast=extra.get("forecast") is True))
    title_slide: dict[str, Any] = doc["title"] if isinstance(doc.get("title"), dict) else {}
    ttext: dict[str, Any] = title_slide["text"] if isinstance(title_slide.get("text"), dict) else {}
    return Timeline(sources=list(sources.values()), events=events, title=_plain(ttext.get("headline")) or p.stem)
