"""The timeline model: the one source of truth that the parser fills and every consumer reads.

Contract
--------
* Time is never a bare datetime. A :class:`TimeSpan` is an inclusive calendar span of days with the
  precision it was stated at (``granularity``) and an optional modifier (``mod``), plus the
  TIMEX3-style ``value`` it came from (``1999``, ``2026-02``, ``2025-Q3``, ``2025-11-27/2026-02-05``).
  A year-only event stays a year: it spans 1 January to 31 December and says ``granularity="year"``.
* Dates from year 1 to 9999 work (before 1970 and before 1900 included).
* Offsets in :class:`MentionRef` are Python ``str`` indices into ``Source.text``;
  ``Source.offset`` is where that text starts in the file it was read from, so
  ``file_text[source.offset + m.start : source.offset + m.end] == m.text`` (for a JSONL/CSV record,
  ``file_text`` is the record's decoded text field and ``offset`` is 0; see :mod:`timeline.stories`).
* The model holds plain data only (no Qt, no I/O); serialisation lives in :mod:`timeline.io`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

Granularity = Literal[
    "century", "decade", "year", "half", "quarter", "season", "month", "xun", "week", "day", "time",
]
"""The precision a date is stated at (the type of ``granularity`` fields; values in :data:`GRANULARITIES`)."""

GRANULARITIES: tuple[Granularity, ...] = get_args(Granularity)
"""Precisions from coarsest to finest (``xun`` is a ten-day third of a month: 上旬/中旬/下旬; ``season`` is a
meteorological season ``2012-SU``; ``time`` is a day refined by a part of day or a clock time, ``2013-03-22TAF``,
``2013-03-23T15:00``, which spans that day)."""

SEASONS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
"""Season codes and their first and last month (meteorological; winter runs into the next year's February)."""

PARTS_OF_DAY: tuple[str, ...] = ("MO", "AF", "EV", "NI")
"""TIMEX3 parts of day: morning, afternoon, evening, night."""

Mod = Literal["START", "MID", "END", "APPROX", "BEFORE", "AFTER"]
"""A TIMEX3 modifier of a date (the type of ``mod`` fields; ``None`` when there is none)."""

MODS: tuple[Mod, ...] = get_args(Mod)


def as_granularity(s: str) -> Granularity:
    """``s`` as a :data:`Granularity` (a string read from a file or told by a rule); ``ValueError`` naming
    it when it is not one of :data:`GRANULARITIES`."""
    if s not in GRANULARITIES:
        raise ValueError(f"unknown precision {s!r}")
    return s


def as_mod(s: str | None) -> Mod | None:
    """``s`` as a :data:`Mod` (``None`` stays ``None``); ``ValueError`` naming it when it is not one of
    :data:`MODS`."""
    if s is None:
        return None
    if s not in MODS:
        raise ValueError(f"unknown modifier {s!r}")
    return s

LANE_MODES: tuple[str, ...] = ("actor", "article", "tag")

NO_LANE = "—"
"""The lane key of an event without an actor (article, tag) under that lane mode (:meth:`Event.lane`);
shown as "(no actor)" etc. by :func:`gui.presentation.labels.lane_label`."""

EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


def day_number(d: dt.date) -> int:
    """Days since 1970-01-01 (negative before). The numeric time axis used by the viewer and exports."""
    return d.toordinal() - EPOCH_ORDINAL


def from_day_number(n: float) -> dt.date:
    """Inverse of :func:`day_number`, clamped to the range :class:`datetime.date` supports."""
    o = int(n) + EPOCH_ORDINAL
    o = min(max(o, dt.date.min.toordinal()), dt.date.max.toordinal())
    return dt.date.fromordinal(o)


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


_POINT_PATTERNS: list[tuple[re.Pattern[str], Granularity]] = [
    (re.compile(r"^(\d{4})-(\d\d)-(\d\d)$"), "day"),
    (re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(?:MO|AF|EV|NI|(?:[01]\d|2[0-4])(?::[0-5]\d)?)$"), "time"),
    (re.compile(r"^(\d{4})-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^(\d{4})-(\d\d)-(X1|X2|X3)$"), "xun"),
    (re.compile(r"^(\d{4})-W(\d\d)(-WE)?$"), "week"),
    (re.compile(r"^(\d{4})-Q([1-4])$"), "quarter"),
    (re.compile(r"^(\d{4})-H([12])$"), "half"),
    (re.compile(r"^(\d{4})-(\d\d)$"), "month"),
    (re.compile(r"^(\d{4})$"), "year"),
    (re.compile(r"^(\d{3})X$"), "decade"),
    (re.compile(r"^(\d\d)XX$"), "century"),
]


def parse_point(value: str) -> tuple[dt.date, dt.date, Granularity]:
    """Parse one TIMEX3-style point value into (first day, last day, granularity).

    Raises ``ValueError`` for anything that is not a valid calendar value (``2026-02-30``, ``2026-13``).
    """
    v = value.strip()
    for pat, gran in _POINT_PATTERNS:
        m = pat.match(v)
        if not m:
            continue
        if gran in ("day", "time"):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d, gran
        if gran == "season":
            y = int(m[1])
            first_m, last_m = SEASONS[m[2]]
            last_y, last_m = (y + 1, last_m - 12) if last_m > 12 else (y, last_m)
            return dt.date(y, first_m, 1), _month_end(last_y, last_m), gran
        if gran == "xun":
            y, mo, part = int(m[1]), int(m[2]), int(m[3][1])
            first = dt.date(y, mo, 1 + 10 * (part - 1))
            last = dt.date(y, mo, 10 * part) if part < 3 else _month_end(y, mo)
            return first, last, gran
        if gran == "week":
            mon = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:  # the weekend of that week: Saturday and Sunday
                return mon + dt.timedelta(days=5), mon + dt.timedelta(days=6), gran
            return mon, mon + dt.timedelta(days=6), gran
        if gran == "quarter":
            y, q = int(m[1]), int(m[2])
            return dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q), gran
        if gran == "half":
            y, h = int(m[1]), int(m[2])
            return dt.date(y, 6 * h - 5, 1), _month_end(y, 6 * h), gran
        if gran == "month":
            y, mo = int(m[1]), int(m[2])
            if not 1 <= mo <= 12:
                raise ValueError(f"month out of range in {value!r}")
            return dt.date(y, mo, 1), _month_end(y, mo), gran
        if gran == "year":
            y = int(m[1])
            if y < 1:
                raise ValueError(f"year out of range in {value!r}")
            return dt.date(y, 1, 1), dt.date(y, 12, 31), gran
        if gran == "decade":
            y = int(m[1]) * 10
            return dt.date(max(y, 1), 1, 1), dt.date(y + 9, 12, 31), gran
        if gran == "century":
            y = int(m[1]) * 100
            return dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31), gran
    raise ValueError(f"not a calendar value: {value!r}")


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """An inclusive span of calendar days stated at some precision.

    ``value`` is the TIMEX3-style value (see ``../shared/eval/FORMAT.md``); ``start``/``end`` are the
    first and last day it covers; ``granularity`` is the precision of the statement (for a range
    ``A/B`` it is the precision of its ends); ``mod`` is ``None`` or one of :data:`MODS`.
    """

    start: dt.date
    end: dt.date
    granularity: Granularity
    mod: Mod | None = None
    value: str = ""

    @classmethod
    def from_value(cls, value: str, granularity: Granularity | None = None, mod: Mod | None = None) -> TimeSpan:
        """Build a span from a TIMEX3-style value or an ``A/B`` range. Raises ``ValueError`` if invalid."""
        if "/" in value:
            a, b = value.split("/", 1)
            s, _, ga = parse_point(a)
            _, e, _ = parse_point(b)
            if e < s:
                raise ValueError(f"range ends before it starts: {value!r}")
            return cls(s, e, granularity or ga, mod, value)
        s, e, g = parse_point(value)
        return cls(s, e, granularity or g, mod, value)

    @classmethod
    def day(cls, d: dt.date, mod: Mod | None = None) -> TimeSpan:
        return cls(d, d, "day", mod, d.isoformat())

    @property
    def is_point(self) -> bool:
        """True when the span is a single day (drawn as a point rather than a bar)."""
        return self.start == self.end

    @property
    def approximate(self) -> bool:
        return self.mod is not None

    def contains(self, other: TimeSpan) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: TimeSpan) -> bool:
        return self.start <= other.end and other.start <= self.end

    def compatible(self, other: TimeSpan) -> bool:
        """Equal, or one inside the other: the date test used when merging events."""
        return self.contains(other) or other.contains(self)

    @property
    def start_day(self) -> int:
        return day_number(self.start)

    @property
    def end_day(self) -> int:
        """Exclusive end on the day axis (the day after ``end``)."""
        return day_number(self.end) + 1

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "start": self.start.isoformat(), "end": self.end.isoformat(),
                "granularity": self.granularity, "mod": self.mod}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TimeSpan:
        return cls(dt.date.fromisoformat(d["start"]), dt.date.fromisoformat(d["end"]),
                   d["granularity"], d.get("mod"), d.get("value", ""))


_KINDS: dict[tuple, tuple[Granularity, Mod | None, bool, str, str]] = {}
"""One ``(granularity, mod, relative, lang, rule)`` tuple per distinct kind of mention (a few hundred at most:
the rules' names times their precisions), shared by every :class:`TemporalMention` of that kind."""


class TemporalMention:
    """One temporal expression found in a text (the recognizer's output).

    ``start``/``end`` index the text that was given to the recognizer, with ``text[start:end] == text``.
    ``value`` is ``None`` only when the expression cannot be placed on the calendar.

    Immutable, compared and hashed by its nine fields (``start, end, text, value, granularity, mod, relative,
    lang, rule``), as the frozen dataclass it replaces. Stored compactly (issue 17): the five fields that only
    say what kind of mention it is (``granularity, mod, relative, lang, rule``) are one tuple shared by every
    mention of that kind (:data:`_KINDS`), so a mention is an object of five slots, 72 bytes, not nine (112):
    a text dense with dates holds one per few characters from its dating to its events.
    """

    __slots__ = ("_kind", "end", "start", "text", "value")

    start: int
    end: int
    text: str
    value: str | None
    _kind: tuple[Granularity, Mod | None, bool, str, str]

    def __init__(self, start: int, end: int, text: str, value: str | None, granularity: Granularity,
                 mod: Mod | None = None, relative: bool = False, lang: str = "zh", rule: str = "") -> None:
        kind: tuple[Granularity, Mod | None, bool, str, str] = (granularity, mod, relative, lang, rule)
        setter = object.__setattr__
        setter(self, "start", start)
        setter(self, "end", end)
        setter(self, "text", text)
        setter(self, "value", value)
        setter(self, "_kind", _KINDS.setdefault(kind, kind))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r} of a TemporalMention (immutable)")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r} of a TemporalMention (immutable)")

    @property
    def granularity(self) -> Granularity:
        return self._kind[0]

    @property
    def mod(self) -> Mod | None:
        return self._kind[1]

    @property
    def relative(self) -> bool:
        return self._kind[2]

    @property
    def lang(self) -> str:
        return self._kind[3]

    @property
    def rule(self) -> str:
        return self._kind[4]

    def _fields(self) -> tuple:
        return (self.start, self.end, self.text, self.value, *self._kind)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        g, mod, rel, lang, rule = self._kind
        return (f"TemporalMention(start={self.start!r}, end={self.end!r}, text={self.text!r}, value={self.value!r}, "
                f"granularity={g!r}, mod={mod!r}, relative={rel!r}, lang={lang!r}, rule={rule!r})")

    def __reduce__(self) -> tuple:
        return (TemporalMention, self._fields())

    def replace(self, **changes: Any) -> TemporalMention:
        """A copy with ``changes`` (field names as keywords), as :func:`dataclasses.replace` made of the
        dataclass."""
        g, mod, rel, lang, rule = self._kind
        f: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text, "value": self.value, "granularity": g,
             "mod": mod, "relative": rel, "lang": lang, "rule": rule}
        unknown = set(changes) - set(f)
        if unknown:
            raise TypeError(f"TemporalMention has no field {sorted(unknown)[0]!r}")
        f.update(changes)
        return TemporalMention(**f)

    def span(self) -> TimeSpan | None:
        if self.value is None:
            return None
        g, mod = self._kind[0], self._kind[1]
        return TimeSpan.from_value(self.value, g, mod)


@dataclass(slots=True)
class MentionRef:
    """Where an event is stated: a mention inside one source, with the sentence around it."""

    source_id: str
    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int
    value: str | None = None
    granularity: Granularity = "day"
    mod: Mod | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source_id, "start": self.start, "end": self.end, "text": self.text,
                "sentence": [self.sentence_start, self.sentence_end], "value": self.value,
                "granularity": self.granularity, "mod": self.mod}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> MentionRef:
        s0, s1 = d.get("sentence", [d["start"], d["end"]])
        return cls(d["source"], int(d["start"]), int(d["end"]), d["text"], int(s0), int(s1),
                   d.get("value"), d.get("granularity", "day"), d.get("mod"))


DATE_SOURCES: tuple[str, ...] = ("metadata", "filename", "dateline", "inferred", "user", "unknown")
"""Where a story's date came from (see :mod:`timeline.dating`; ``user``: ``--reference`` or set in the viewer)."""


@dataclass(slots=True)
class Source:
    """One story: its text and where it came from.

    ``date`` is the publication date (document creation time); ``date_source`` says where it came from (one
    of :data:`DATE_SOURCES`; ``unknown`` exactly when ``date`` is ``None``) and ``date_evidence`` the text it
    rests on (``file name AP_20130322.txt``, ``dateline 三月二十八日电; year 2013 from ...``).
    ``dateline`` is the ``(start, end)`` of the dateline in ``text`` when there is one (its dates are no
    events). ``offset`` is where ``text`` starts in the file at ``path`` (0 for a record of a JSONL/CSV
    collection, whose text is the record's text field); ``index`` is the 1-based story number in that file
    (the ``article`` field of the mention format; the record number for collections).
    ``unresolved`` counts the story's relative dates that could not be placed (no date to resolve them).
    """

    id: str
    title: str
    text: str
    outlet: str = ""
    date: dt.date | None = None
    path: str = ""
    sha256: str = ""
    offset: int = 0
    index: int = 1
    lang: str = "zh"
    date_source: str = "unknown"
    date_evidence: str = ""
    dateline: tuple[int, int] | None = None
    url: str = ""
    unresolved: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "outlet": self.outlet,
                "date": self.date.isoformat() if self.date else None, "date_source": self.date_source,
                "date_evidence": self.date_evidence, "dateline": list(self.dateline) if self.dateline else None,
                "url": self.url, "unresolved": self.unresolved, "path": self.path,
                "sha256": self.sha256, "offset": self.offset, "index": self.index, "lang": self.lang,
                "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Source:
        date = dt.date.fromisoformat(d["date"]) if d.get("date") else None
        # files written before date sources existed: a date was inferred from the text
        source = d.get("date_source") or ("inferred" if date else "unknown")
        dl = d.get("dateline")
        return cls(id=d["id"], title=d["title"], text=d["text"], outlet=d.get("outlet", ""), date=date,
                   path=d.get("path", ""), sha256=d.get("sha256", ""), offset=int(d.get("offset", 0)),
                   index=int(d.get("index", 1)), lang=d.get("lang", "zh"), date_source=source,
                   date_evidence=d.get("date_evidence", ""),
                   dateline=(int(dl[0]), int(dl[1])) if dl else None, url=d.get("url", ""),
                   unresolved=int(d.get("unresolved", 0)))


@dataclass(slots=True)
class Event:
    """A happening placed on the timeline.

    ``lanes`` maps a lane mode (``actor``, ``article``, ``tag``) to a lane key chosen by the user; a mode
    without an entry falls back to the event's first actor / first source / first tag.
    ``kind`` is ``"event"``, ``"reference"`` (a date that only glosses another one) or ``"statement"`` (a
    dated statement that tells no happening: a festival used as a modifier, a habit, a state; kept for its
    mentions, not drawn as an event). ``forecast`` marks an event told as what will or is expected to
    happen.
    """

    id: str
    time: TimeSpan
    title: str
    summary: str = ""
    actors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    mentions: list[MentionRef] = field(default_factory=list)
    lanes: dict[str, str] = field(default_factory=dict)
    confidence: float = 1.0
    edited: bool = False
    kind: str = "event"
    forecast: bool = False

    @property
    def source_ids(self) -> list[str]:
        seen: dict[str, None] = {}
        for m in self.mentions:
            seen.setdefault(m.source_id, None)
        return list(seen)

    def lane(self, mode: str, sources: dict[str, Source] | None = None) -> str:
        """The lane key of this event under ``mode`` (see class docstring)."""
        if mode in self.lanes:
            return self.lanes[mode]
        if mode == "actor":
            return self.actors[0] if self.actors else NO_LANE
        if mode == "article":
            sid = self.mentions[0].source_id if self.mentions else ""
            if sources and sid in sources:
                return sources[sid].title
            return sid or NO_LANE
        if mode == "tag":
            return self.tags[0] if self.tags else NO_LANE
        raise ValueError(f"unknown lane mode {mode!r}")

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "time": self.time.to_dict(), "title": self.title, "summary": self.summary,
                "actors": list(self.actors), "tags": list(self.tags),
                "mentions": [m.to_dict() for m in self.mentions], "lanes": dict(self.lanes),
                "confidence": self.confidence, "edited": self.edited, "kind": self.kind,
                "forecast": self.forecast}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(id=d["id"], time=TimeSpan.from_dict(d["time"]), title=d["title"],
                   summary=d.get("summary", ""), actors=list(d.get("actors", [])),
                   tags=list(d.get("tags", [])),
                   mentions=[MentionRef.from_dict(m) for m in d.get("mentions", [])],
                   lanes=dict(d.get("lanes", {})), confidence=float(d.get("confidence", 1.0)),
                   edited=bool(d.get("edited", False)), kind=d.get("kind", "event"),
                   forecast=bool(d.get("forecast", False)))


DRAWN_KIND = "event"
"""The one kind of entry the canvas draws and every count calls an event (forecasts included): a ``"statement"``
(a dated sentence that tells no happening) and a ``"reference"`` (a date that only glosses another one) are kept
for their mentions and in data exports, but are neither drawn nor counted as events."""


def is_drawn(event: Event) -> bool:
    """The canvas draws ``event`` and counts it as an event (see :data:`DRAWN_KIND`)."""
    return event.kind == DRAWN_KIND


def entry_counts(events: Sequence[Event]) -> tuple[int, dict[str, int]]:
    """``(events drawn, {other kind: count})`` of ``events``: the counts the command line prints and the viewer's
    status bar shows, from one definition (:func:`is_drawn`)."""
    drawn = 0
    others: dict[str, int] = {}
    for e in events:
        if is_drawn(e):
            drawn += 1
        else:
            others[e.kind] = others.get(e.kind, 0) + 1
    return drawn, dict(sorted(others.items()))


@dataclass(slots=True)
class Timeline:
    """Sources and the events drawn from them, plus free-form view state kept with a project."""

    sources: list[Source] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    title: str = ""
    view: dict[str, Any] = field(default_factory=dict)

    def source_map(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}

    def event(self, event_id: str) -> Event | None:
        for e in self.events:
            if e.id == event_id:
                return e
        return None

    def lanes(self, mode: str = "actor") -> list[str]:
        """Lane keys under ``mode``, ordered by the first event time in each lane."""
        smap = self.source_map()
        first: dict[str, dt.date] = {}
        for e in self.events:
            k = e.lane(mode, smap)
            if k not in first or e.time.start < first[k]:
                first[k] = e.time.start
        return sorted(first, key=lambda k: (first[k], k))

    def time_range(self) -> tuple[dt.date, dt.date] | None:
        if not self.events:
            return None
        return min(e.time.start for e in self.events), max(e.time.end for e in self.events)

    def new_event_id(self, reserved: Iterable[str] = ()) -> str:
        """The one event-id allocator: ``e<N>`` for the first ``N`` from ``len(events) + 1`` up that no
        event uses and that is not in ``reserved`` (ids already handed out for events not added yet)."""
        used = {e.id for e in self.events}
        used.update(reserved)
        n = len(self.events) + 1
        while f"e{n}" in used:
            n += 1
        return f"e{n}"

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "sources": [s.to_dict() for s in self.sources],
                "events": [e.to_dict() for e in self.events], "view": dict(self.view)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Timeline:
        return cls(sources=[Source.from_dict(s) for s in d.get("sources", [])],
                   events=[Event.from_dict(e) for e in d.get("events", [])],
                   title=d.get("title", ""), view=dict(d.get("view", {})))
