"""The native project file (``*.timeline.json``): versioned JSON holding sources, events, edits, view.

Contract
--------
* :func:`save_project` writes atomically (:mod:`timeline.io.atomic`): after a crash the file on disk is
  the complete old project or the complete new one. Before anything is written the document is checked
  with the same validator :func:`load_project` uses (:func:`check_writable`): the program never writes
  a project it would refuse to reopen (negative or reversed mention offsets, NaN confidence...). The JSON is encoded completely before any file
  is touched, so an error while encoding leaves the old file as it was. Failures raise
  :class:`~timeline.io.FormatError` (file-system ones as ``OutputPathError``, also an ``OSError``).
* :func:`load_project` returns a :class:`~timeline.model.Timeline` or raises
  :class:`~timeline.io.FormatError` with a message naming the file and, for bad content, the field
  (``events[3].time.start: expected a date YYYY-MM-DD, got 5``). Loading only reads: the file is never
  modified, whatever is wrong with it.
* The file holds data only (JSON: strings, numbers, lists, objects); nothing in it is ever executed.
* ``version`` is :data:`FORMAT_VERSION`. A newer version is refused; an older one is upgraded in
  memory by the functions in :data:`MIGRATIONS` (``{old_version: upgrade}``, each taking the parsed
  document of that version and returning the document of the next version).

Document layout (version 2)::

    {"format": "newstimeline-project", "version": 2, "title": str,
     "sources": [Source.to_dict()...], "events": [Event.to_dict()...], "view": {...}}

Version 2 added to each source ``date_source`` (metadata | filename | dateline | inferred | user | unknown),
``date_evidence``, ``dateline`` (``[start, end]`` or null), ``url`` and ``unresolved``; a version-1 file
is read with ``date_source`` ``inferred`` for a dated source and ``unknown`` otherwise.

Events hold the user's edits themselves (``edited: true``); ``view`` is JSON owned by the viewer
(visible range, lane mode, filters...); the keys it reads back are checked: ``range`` is two day
numbers (days since 1970-01-01), ``lane_mode`` is text. Unknown keys are kept out of the model but tolerated,
so a file written by a slightly newer build of the same version still loads.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from timeline import __version__
from timeline.io.atomic import atomic_open
from timeline.model import DATE_SOURCES, GRANULARITIES, MODS, Timeline

FORMAT_NAME = "newstimeline-project"
FORMAT_VERSION = 2
MAX_PROJECT_BYTES = 1024 * 1024 * 1024


def _v1_to_v2(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 2 records where each story's date came from: a version-1 date was inferred from the text."""
    doc = dict(doc)
    sources = []
    for s in doc.get("sources", []):
        if isinstance(s, dict) and "date_source" not in s:
            s = {**s, "date_source": "inferred" if s.get("date") else "unknown"}
        sources.append(s)
    if "sources" in doc:
        doc["sources"] = sources
    doc["version"] = 2
    return doc


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}
"""``{version: upgrade}``: ``upgrade(doc)`` turns a parsed document of ``version`` into ``version + 1``."""


def project_document(timeline: Timeline) -> dict[str, Any]:
    """The JSON-ready document :func:`save_project` writes."""
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "generator": f"newstimeline {__version__}",
            **timeline.to_dict()}


def encode_document(doc: dict[str, Any], name: str = "project") -> bytes:
    """UTF-8 JSON for a project-shaped document.

    Text that UTF-8 cannot hold (a lone surrogate, e.g. a file name that was not valid UTF-8) is written
    as JSON ``\\u`` escapes, so it still round-trips exactly. Raises :class:`~timeline.io.FormatError`
    for numbers JSON cannot hold (NaN).
    """
    from timeline.io import FormatError

    try:
        text = json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False)
    except ValueError as exc:
        raise FormatError(f"{name}: cannot save the project: {exc}") from None
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(doc, ensure_ascii=True, indent=1, allow_nan=False).encode("ascii")


def check_writable(doc: dict[str, Any], name: str = "project") -> None:
    """Refuse to write what :func:`load_project` would refuse to read (the very same validator).

    Raises :class:`~timeline.io.FormatError` naming the file and the field, e.g.
    ``out.timeline.json: cannot save: events[2].mentions[0]: end 3 is before start 9``. NaN
    confidences are refused here too (decision: refuse, never silently normalise, so the user sees it).
    """
    from timeline.io import FormatError

    try:
        validate_document(doc)
    except _Invalid as exc:
        raise FormatError(f"{name}: cannot save: {exc}") from None


def check_timeline_writable(timeline: Timeline, name: str = "timeline") -> None:
    """:func:`check_writable` for a timeline about to be written in any format (CSV, iCalendar, TimelineJS).

    Checks one source and one event at a time, so it never holds the whole document as dictionaries.
    """
    for _, obj in _checked_pieces(timeline, name):
        if isinstance(obj, _LongEvent):
            for _part in obj.chunks:
                pass


def _checked_pieces(timeline: Timeline, name: str) -> Iterator[tuple[str, Any]]:
    """``("head", dict)``, then ``("source", dict)`` per source, ``("event", dict)`` per event, ``("view", dict)``,
    each checked with the reader's validators as it is made (raises ``FormatError`` naming the field)."""
    from timeline.io import FormatError

    head = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "generator": f"newstimeline {__version__}",
            "title": timeline.title}
    view = dict(timeline.view)
    try:
        validate_head({**head, "view": view})
        yield "head", head
        source_ids: set[str] = set()
        for i, src in enumerate(timeline.sources):
            d = src.to_dict()
            validate_source(d, f"sources[{i}]", source_ids)
            yield "source", d
        event_ids: set[str] = set()
        for i, ev in enumerate(timeline.events):
            if len(ev.mentions) > MENTION_CHUNK:
                head = dataclasses.replace(ev, mentions=[]).to_dict()
                validate_event(head, f"events[{i}]", event_ids, source_ids)
                yield "event", _LongEvent(head, _mention_chunks(ev, f"events[{i}]", source_ids, name))
                continue
            d = ev.to_dict()
            validate_event(d, f"events[{i}]", event_ids, source_ids)
            yield "event", d
    except _Invalid as exc:
        raise FormatError(f"{name}: cannot save: {exc}") from None
    yield "view", view


MENTION_CHUNK = 1000
"""An event with more mentions than this is written with its mentions made, checked and encoded this many at a
time (``2014年`` repeated is one event of a million mentions: as dictionaries and JSON at once they took
about three times the timeline's own memory)."""


class _LongEvent:
    """An event's dictionary without its mentions (``head``) and its mentions as checked dictionaries, a
    chunk at a time (``chunks``)."""

    __slots__ = ("chunks", "head")

    def __init__(self, head: dict[str, Any], chunks: Iterator[list[dict[str, Any]]]) -> None:
        self.head, self.chunks = head, chunks


def _mention_chunks(ev: Any, w: str, source_ids: set[str], name: str) -> Iterator[list[dict[str, Any]]]:
    from timeline.io import FormatError

    ms = ev.mentions
    for k in range(0, len(ms), MENTION_CHUNK):
        part = [m.to_dict() for m in ms[k:k + MENTION_CHUNK]]
        try:
            for j, md in enumerate(part, k):
                _validate_mention(_obj(md, f"{w}.mentions[{j}]"), f"{w}.mentions[{j}]", source_ids)
        except _Invalid as exc:
            raise FormatError(f"{name}: cannot save: {exc}") from None
        yield part


def _json_piece(obj: Any, name: str) -> bytes:
    from timeline.io import FormatError

    try:
        text = json.dumps(obj, ensure_ascii=False, allow_nan=False)
    except ValueError as exc:
        raise FormatError(f"{name}: cannot save the project: {exc}") from None
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (a name that was not UTF-8): JSON \u escapes round-trip
        return json.dumps(obj, ensure_ascii=True, allow_nan=False).encode("ascii")


def iter_project_bytes(timeline: Timeline, name: str = "project") -> Iterator[bytes]:
    """The project file in pieces (one per source and per event), each checked before it is made.

    Writing streams these into the temporary file, so saving needs memory for one event at a time
    beyond the timeline itself (the whole document as dictionaries plus its JSON text took about
    twice the timeline's size again). The layout is one JSON object, one source or event per line.
    """
    first = {"source": True, "event": True}
    opened: str | None = None
    for kind, obj in _checked_pieces(timeline, name):
        if kind == "head":
            yield _json_piece(obj, name)[:-1]  # without the closing brace
            continue
        key = {"source": "sources", "event": "events"}.get(kind)
        if key is not None:
            if opened != key:
                yield (b"]" if opened else b"") + f',\n "{key}": [\n  '.encode()
                opened = key
            if not first[kind]:
                yield b",\n  "
            first[kind] = False
            if isinstance(obj, _LongEvent):
                yield from _long_event_bytes(obj, name)
            else:
                yield _json_piece(obj, name)
            continue
        # the view comes last; lists that had no items still appear, empty
        if opened:
            yield b"\n ]"
        for k in ("sources", "events"):
            if first[k[:-1]] and opened != k:
                yield f',\n "{k}": []'.encode()
        yield b',\n "view": ' + _json_piece(obj, name) + b"}"


_NO_MENTIONS = b'"mentions": []'


def _long_event_bytes(ev: _LongEvent, name: str) -> Iterator[bytes]:
    """The same bytes as the event's whole dictionary encoded at once, its mentions a chunk at a time (the
    first ``"mentions": []`` of the head is the key itself: inside strings JSON escapes the quotes)."""
    text = _json_piece(ev.head, name)
    k = text.index(_NO_MENTIONS)
    yield text[:k] + b'"mentions": ['
    first = True
    for part in ev.chunks:
        piece = _json_piece(part, name)[1:-1]
        if piece:
            yield piece if first else b", " + piece
            first = False
    yield b"]" + text[k + len(_NO_MENTIONS):]


def dumps_project(timeline: Timeline, name: str = "project") -> bytes:
    """Encode a project (UTF-8 JSON) after checking it with the reader's rules (see :func:`iter_project_bytes`).

    Raises :class:`~timeline.io.FormatError` naming ``name`` and the field for content the reader
    would refuse, and for numbers JSON cannot hold (NaN).
    """
    return b"".join(iter_project_bytes(timeline, name))


def save_project(timeline: Timeline, path: str | Path) -> None:
    """Write ``timeline`` to ``path`` atomically, streaming (see module docstring)."""
    with atomic_open(path, "wb") as f:
        for piece in iter_project_bytes(timeline, str(path)):
            f.write(piece)


def load_project(path: str | Path) -> Timeline:
    """Read a project file (see module docstring). Raises :class:`~timeline.io.FormatError`."""
    from timeline.io import FormatError

    p = Path(path)
    try:
        if p.stat().st_size > MAX_PROJECT_BYTES:
            raise FormatError(f"{p}: project file too large ({p.stat().st_size // 2**20} MB)")
        with open(p, "rb") as f:
            raw = f.read()
    except IsADirectoryError:
        raise FormatError(f"{p}: is a folder, not a project file") from None
    except OSError as exc:
        raise FormatError(f"{p}: cannot read project file ({exc.strerror or exc})") from None
    return loads_project(raw, name=str(p))


def loads_project(raw: bytes | str, name: str = "project") -> Timeline:
    """Parse and validate project bytes; ``name`` is used in error messages."""
    from timeline.io import FormatError

    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise FormatError(f"{name}: not a project file (not UTF-8 text at byte {exc.start})") from None
    if not raw.strip():
        raise FormatError(f"{name}: empty project file")
    try:
        doc = json.loads(raw, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        where = "the end" if exc.pos >= len(raw.rstrip()) else f"line {exc.lineno}, column {exc.colno}"
        raise FormatError(f"{name}: not a valid project file (corrupt or truncated JSON at {where}: "
                          f"{exc.msg})") from None
    except (ValueError, RecursionError) as exc:
        raise FormatError(f"{name}: not a valid project file ({exc})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise FormatError(f"{name}: not a timeline project file (no \"format\": \"{FORMAT_NAME}\")")
    doc = _upgrade(doc, name)
    try:
        validate_document(doc)
    except _Invalid as exc:
        raise FormatError(f"{name}: invalid project file: {exc}") from None
    try:
        return Timeline.from_dict(doc)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:  # pragma: no cover - validator gap
        raise FormatError(f"{name}: invalid project file ({type(exc).__name__}: {exc})") from None


def _reject_constant(token: str) -> Any:
    raise ValueError(f"{token} is not allowed in a project file")


def _upgrade(doc: dict[str, Any], name: str) -> dict[str, Any]:
    from timeline.io import FormatError

    ver = doc.get("version")
    if not isinstance(ver, int) or isinstance(ver, bool):
        raise FormatError(f"{name}: project file has no valid version number (got {ver!r})")
    if ver > FORMAT_VERSION:
        raise FormatError(f"{name}: project file version {ver} is newer than this program supports "
                          f"({FORMAT_VERSION}); update the program to open it")
    while ver < FORMAT_VERSION:
        step = MIGRATIONS.get(ver)
        if step is None:
            raise FormatError(f"{name}: project file version {ver} is too old to be upgraded")
        try:
            doc = step(doc)
        except Exception as exc:  # noqa: BLE001 - a failed upgrade is a format problem of that file
            raise FormatError(f"{name}: cannot upgrade project file from version {ver}: {exc}") from None
        ver += 1
        doc["version"] = ver
    return doc


# ----------------------------------------------------------------------------------------- validation
class _Invalid(Exception):
    pass


def _at(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _fail(where: str, expected: str, got: Any) -> None:
    shown = repr(got)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    raise _Invalid(f"{where}: expected {expected}, got {shown}")


def _str(d: dict, key: str, where: str, required: bool = True, nullable: bool = False) -> None:
    if key not in d:
        if required:
            raise _Invalid(f"{_at(where, key)}: missing")
        return
    v = d[key]
    if v is None and nullable:
        return
    if not isinstance(v, str):
        _fail(f"{_at(where, key)}", "text" + (" or null" if nullable else ""), v)


def _int(d: dict, key: str, where: str, required: bool = True, minimum: int | None = 0) -> None:
    if key not in d:
        if required:
            raise _Invalid(f"{_at(where, key)}: missing")
        return
    v = d[key]
    if not isinstance(v, int) or isinstance(v, bool) or (minimum is not None and v < minimum):
        _fail(f"{_at(where, key)}", "a whole number" + (f" >= {minimum}" if minimum is not None else ""), v)


def _date(v: Any, where: str, nullable: bool = False) -> dt.date | None:
    if v is None and nullable:
        return None
    if not isinstance(v, str) or len(v) != 10:
        _fail(where, "a date YYYY-MM-DD", v)
    try:
        return dt.date.fromisoformat(v)
    except ValueError:
        _fail(where, "a date YYYY-MM-DD", v)
    return None


def _list(d: dict, key: str, where: str) -> list:
    v = d.get(key, [])
    if not isinstance(v, list):
        _fail(f"{_at(where, key)}", "a list", v)
    return v


def _obj(v: Any, where: str) -> dict:
    if not isinstance(v, dict):
        _fail(where, "an object", v)
    return v


def validate_document(doc: dict[str, Any]) -> None:
    """Check every field the model reads, with its type; raise ``_Invalid`` naming the first bad field."""
    validate_head(doc)
    source_ids: set[str] = set()
    for i, s in enumerate(_list(doc, "sources", "")):
        validate_source(s, f"sources[{i}]", source_ids)
    event_ids: set[str] = set()
    for i, e in enumerate(_list(doc, "events", "")):
        validate_event(e, f"events[{i}]", event_ids, source_ids)


def validate_head(doc: dict[str, Any]) -> None:
    """The document's own fields (``title``, ``view``); see :func:`validate_document`."""
    _str(doc, "title", "", required=False)
    view = doc.get("view", {})
    if not isinstance(view, dict):
        _fail("view", "an object", view)
    _validate_view(view)


def validate_source(s: Any, w: str, source_ids: set[str]) -> None:
    """One source at path ``w``; its id is added to ``source_ids`` (duplicates refused)."""
    _obj(s, w)
    for key in ("id", "title", "text"):
        _str(s, key, w)
    for key in ("outlet", "path", "sha256", "lang"):
        _str(s, key, w, required=False)
    _date(s.get("date"), f"{w}.date", nullable=True)
    _int(s, "offset", w, required=False)
    _int(s, "index", w, required=False)
    _int(s, "unresolved", w, required=False)
    for key in ("date_evidence", "url"):
        _str(s, key, w, required=False)
    if s.get("date_source") is not None and s["date_source"] not in DATE_SOURCES:
        _fail(f"{w}.date_source", f"one of {', '.join(DATE_SOURCES)}", s["date_source"])
    dl = s.get("dateline")
    if dl is not None and not (isinstance(dl, list) and len(dl) == 2
                               and all(isinstance(x, int) and not isinstance(x, bool) and x >= 0 for x in dl)):
        _fail(f"{w}.dateline", "null or [start, end]", dl)
    if s["id"] in source_ids:
        raise _Invalid(f"{w}.id: duplicate source id {s['id']!r}")
    source_ids.add(s["id"])


def validate_event(e: Any, w: str, event_ids: set[str], source_ids: set[str]) -> None:
    """One event at path ``w``; mentions must name a source in ``source_ids``."""
    _obj(e, w)
    _str(e, "id", w)
    _str(e, "title", w)
    _str(e, "summary", w, required=False)
    _str(e, "kind", w, required=False)
    if e["id"] in event_ids:
        raise _Invalid(f"{w}.id: duplicate event id {e['id']!r}")
    event_ids.add(e["id"])
    _validate_time(_obj(e.get("time"), f"{w}.time"), f"{w}.time")
    for key in ("actors", "tags"):
        for j, v in enumerate(_list(e, key, w)):
            if not isinstance(v, str):
                _fail(f"{w}.{key}[{j}]", "text", v)
    lanes = e.get("lanes", {})
    if not isinstance(lanes, dict):
        _fail(f"{w}.lanes", "an object", lanes)
    for k, v in lanes.items():
        if not isinstance(v, str):
            _fail(f"{w}.lanes.{k}", "text", v)
    conf = e.get("confidence", 1.0)
    if isinstance(conf, bool) or not isinstance(conf, int | float) or not math.isfinite(conf):
        _fail(f"{w}.confidence", "a number", conf)
    if not isinstance(e.get("edited", False), bool):
        _fail(f"{w}.edited", "true or false", e.get("edited"))
    if not isinstance(e.get("forecast", False), bool):
        _fail(f"{w}.forecast", "true or false", e.get("forecast"))
    for j, m in enumerate(_list(e, "mentions", w)):
        _validate_mention(_obj(m, f"{w}.mentions[{j}]"), f"{w}.mentions[{j}]", source_ids)


def _validate_view(view: dict) -> None:
    """The keys the viewer reads back: ``range`` (two day numbers) and ``lane_mode`` (text)."""
    if "range" in view:
        r = view["range"]
        if (not isinstance(r, list) or len(r) != 2
                or any(isinstance(x, bool) or not isinstance(x, int | float) or not math.isfinite(x) for x in r)):
            _fail("view.range", "[first, last] day numbers", r)
    if "lane_mode" in view and not isinstance(view["lane_mode"], str):
        _fail("view.lane_mode", "text", view["lane_mode"])


def _validate_time(t: dict, w: str) -> None:
    start = _date(t.get("start"), f"{w}.start")
    end = _date(t.get("end"), f"{w}.end")
    if end is not None and start is not None and end < start:
        raise _Invalid(f"{w}: ends ({t['end']}) before it starts ({t['start']})")
    g = t.get("granularity")
    if g not in GRANULARITIES:
        _fail(f"{w}.granularity", "one of " + ", ".join(GRANULARITIES), g)
    mod = t.get("mod")
    if mod is not None and mod not in MODS:
        _fail(f"{w}.mod", "null or one of " + ", ".join(MODS), mod)
    _str(t, "value", w, required=False)


def _validate_mention(m: dict, w: str, source_ids: set[str]) -> None:
    _str(m, "source", w)
    if m["source"] not in source_ids:
        raise _Invalid(f"{w}.source: no source with id {m['source']!r}")
    _int(m, "start", w)
    _int(m, "end", w)
    if m["end"] < m["start"]:
        raise _Invalid(f"{w}: end {m['end']} is before start {m['start']}")
    _str(m, "text", w)
    sent = m.get("sentence", [m["start"], m["end"]])
    if (not isinstance(sent, list) or len(sent) != 2
            or any(not isinstance(x, int) or isinstance(x, bool) or x < 0 for x in sent)):
        _fail(f"{w}.sentence", "[start, end] whole numbers", sent)
    _str(m, "value", w, required=False, nullable=True)
    g = m.get("granularity", "day")
    if g not in GRANULARITIES:
        _fail(f"{w}.granularity", "one of " + ", ".join(GRANULARITIES), g)
    mod = m.get("mod")
    if mod is not None and mod not in MODS:
        _fail(f"{w}.mod", "null or one of " + ", ".join(MODS), mod)
