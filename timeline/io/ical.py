"""iCalendar export (RFC 5545, written with the ``icalendar`` package).

Contract
--------
* One ``VEVENT`` per event of kind ``event``. Every event is all-day: ``DTSTART;VALUE=DATE`` is its first
  day and ``DTEND;VALUE=DATE`` the day after its last (exclusive, as RFC 5545 wants). A day-precision
  event is a one-day all-day event; coarser ones (a month, a quarter, a year) are spans over the days
  they cover, and their precision is stated in ``DESCRIPTION`` and in ``X-NEWSTIMELINE-GRANULARITY``,
  ``X-NEWSTIMELINE-VALUE`` and ``X-NEWSTIMELINE-MOD``.
* ``UID`` is stable: derived from the event's first mention (source checksum or id, offset) and its
  value, so exporting the same corpus again gives the same UIDs; events with the same key get ``-2``,
  ``-3``... before the ``@`` (in event order, linear time); ``SUMMARY`` is the title,
  ``CATEGORIES`` the tags, ``X-NEWSTIMELINE-ACTORS`` the actors.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

from timeline.io import unicode_safe
from timeline.io.atomic import atomic_write_bytes
from timeline.model import Event, Source, Timeline

PRODID = "-//newstimeline//timeline export//EN"


def event_uid(ev: Event, smap: dict[str, Source]) -> str:
    """A UID that stays the same when the same text is extracted again."""
    if ev.mentions:
        m = ev.mentions[0]
        src = smap.get(m.source_id)
        key = f"{src.sha256 if src and src.sha256 else m.source_id}:{m.start}:{m.end}:{ev.time.value}"
    else:
        key = f"{ev.id}:{ev.time.value}:{ev.title}"
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:24] + "@newstimeline"


def unique_uid(uid: str, seen: set[str], next_suffix: dict[str, int]) -> str:
    """``uid``, or ``uid`` with the next free ``-N`` suffix before ``@`` when it was already used.

    Amortised constant time per call (``next_suffix`` remembers the last suffix tried per base), so
    50,000 events with the same key take linear time. Adds the result to ``seen``.
    """
    if uid not in seen:
        seen.add(uid)
        return uid
    local, at, domain = uid.partition("@")
    n = next_suffix.get(uid, 1)
    while True:
        n += 1
        cand = f"{local}-{n}{at}{domain}"
        if cand not in seen:
            break
    next_suffix[uid] = n
    seen.add(cand)
    return cand


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def ical_text(s: str) -> str:
    """``s`` as iCalendar TEXT can hold it: line breaks (CR LF, CR, LF) become ``\\n`` escapes when written
    (``vText``), other control characters (RFC 5545 forbids them) become spaces, lone surrogates U+FFFD."""
    s = unicode_safe(s).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(" ", s)


def ics_bytes(timeline: Timeline, stamp: dt.datetime | None = None) -> bytes:
    """The iCalendar document for ``timeline``."""
    from icalendar import Calendar, vText
    from icalendar import Event as VEvent

    def text(s: str) -> vText:
        return vText(ical_text(s))

    smap = timeline.source_map()
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if timeline.title:
        cal.add("x-wr-calname", text(timeline.title))
    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    seen: set[str] = set()
    next_suffix: dict[str, int] = {}
    for ev in timeline.events:
        if ev.kind != "event":
            continue
        t = ev.time
        ve = VEvent()
        uid = unique_uid(event_uid(ev, smap), seen, next_suffix)
        ve.add("uid", uid)
        ve.add("dtstamp", stamp)
        ve.add("dtstart", t.start)
        end = t.end + dt.timedelta(days=1) if t.end < dt.date.max else t.end
        ve.add("dtend", end)
        ve.add("summary", text(ev.title))
        precision = f"{t.granularity}" + (f", {t.mod.lower()}" if t.mod else "")
        lines = [ev.summary] if ev.summary else []
        lines.append(f"Date: {t.value or t.start.isoformat()} (precision: {precision})")
        names = [smap[s].title for s in ev.source_ids if s in smap and smap[s].title]
        if names:
            lines.append("Sources: " + "; ".join(names))
        ve.add("description", text("\n".join(lines)))
        if ev.tags:
            ve.add("categories", [ical_text(t) for t in ev.tags])
        ve.add("x-newstimeline-granularity", t.granularity)
        ve.add("x-newstimeline-value", t.value or "")
        if t.mod:
            ve.add("x-newstimeline-mod", t.mod)
        if ev.actors:
            ve.add("x-newstimeline-actors", text(", ".join(ev.actors)))
        ve.add("transp", "TRANSPARENT")  # history, not busy time
        cal.add_component(ve)
    return cal.to_ical()


def export_ics(timeline: Timeline, path: str | Path) -> None:
    """Write ``timeline`` as an ``.ics`` file, atomically."""
    from timeline.io.project import check_timeline_writable

    check_timeline_writable(timeline, str(path))
    atomic_write_bytes(path, ics_bytes(timeline))


__all__ = ["export_ics", "ics_bytes", "event_uid", "unique_uid"]
