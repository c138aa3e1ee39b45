"""The extraction pipeline: corpus files in, a :class:`~timeline.model.Timeline` out.

Contract
--------
* :func:`process_document` is a pure function (text and metadata in, sources and mentions out, no
  global state): the map step that can run in worker processes or on a distributed engine.
* :func:`build_timeline` reads files, runs :func:`process_document` on each (optionally in ``jobs``
  worker processes), then builds and merges events across all documents.
* Unusable files are reported through ``on_error`` (or raise :class:`~timeline.corpus.CorpusError`
  when no handler is given); the other files still load.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from timeline.corpus import CorpusError, iter_corpus_files, read_document, sha256_text
from timeline.dating import (
    UNKNOWN,
    Dating,
    closest_day,
    dateline_dating,
    filename_date,
    find_dateline,
    name_date_order,
    path_year,
)
from timeline.model import Source, TemporalMention, Timeline
from timeline.pdfcopy import unwrap_in_place
from timeline.stories import Fields, FileHints, Story, split_stories


@dataclass(slots=True)
class DocumentResult:
    """What one document yields: its articles as sources and the mentions found in each."""

    path: str
    text_length: int
    sources: list[Source] = field(default_factory=list)
    mentions: dict[str, list[TemporalMention]] = field(default_factory=dict)


def detect_lang(text: str) -> str:
    """``zh`` when CJK characters make up a fair share of the letters, else ``en``."""
    sample = text[:4000]
    cjk = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    return "zh" if cjk * 3 >= latin else "en"


def process_document(text: str, path: str = "", reference: dt.date | None = None,
                     doc_id: str = "", hints: FileHints | None = None, fields: Fields | None = None
                     ) -> DocumentResult:
    """Split ``text`` into stories, date each one, and find its temporal mentions.

    ``text`` is the decoded file (HTML unblanked: its meta tags date the story; blanked text works too);
    ``path`` names the file (its suffix picks the format, its name may hold the date). Each story is dated
    as :mod:`timeline.dating` says (``reference`` overrides everything, as a ``user`` date; ``hints`` carry
    a manifest date and a year from the file's neighbours). A story without a date keeps its absolute dates
    and leaves its relative ones unresolved (counted in ``Source.unresolved``). Source ids are
    ``{doc_id}a{index}``; mention offsets are relative to each ``Source.text`` (add ``Source.offset`` for file
    offsets).

    Pure (no global state, picklable result), so it is the map step of any engine; with Dask
    (see docs/PERFORMANCE.md; give every document its own ``doc_id``)::

        bag = dask.bag.from_sequence(list(enumerate(paths, 1)))
        results = bag.map(lambda ip: process_document(read_document(ip[1]), path=ip[1], doc_id=f"d{ip[0]}"))
        timeline = assemble(results.compute())
    """
    result = DocumentResult(path=path, text_length=len(text))
    prefix = doc_id or "d"
    stories = split_stories(text, path, fields)
    datings = date_stories(stories, path, reference, hints)
    release_told_dates()  # only article dating reads them: not held while the mentions are made
    # equal evidence is one string (stories dated by the same words: "content: 2019年3月5日")
    evidence: dict[str, str] = {}
    for st, dating in zip(stories, datings, strict=True):
        # hard-wrapped English read as whole sentences (same length: offsets unchanged); dated as written
        text = st.text if st.record else unwrap_in_place(st.text)
        src = Source(id=f"{prefix}a{st.index}", title=st.title, text=text, outlet=st.outlet, date=dating.date,
                     path=path, sha256=sha256_text(text), offset=st.offset, index=st.index,
                     lang=detect_lang(text), date_source=dating.source if dating.date else "unknown",
                     date_evidence=evidence.setdefault(dating.evidence, dating.evidence), dateline=dating.span,
                     url=st.url)
        ms = story_mentions(text, dating.date, dating.day_known)
        src.unresolved = sum(1 for m in ms if m.value is None)
        result.sources.append(src)
        result.mentions[src.id] = ms
    release_memos()
    return result


def release_memos() -> None:
    """Empty the per-text memos that served one document's dating and extraction (the scan's hits, the dates
    the article-date inference read from them, the fiscal reading of a text): pure functions of the text, so
    emptying them changes no answer, and a memo of 32 or 64 texts would otherwise keep the last documents,
    whole, with every hit, after they are done."""
    from timeline.temporal.dct import _told_dates_of
    from timeline.temporal.engine import _PARTS, _SHARED, scan
    from timeline.temporal.fiscal import _article_end_month
    from timeline.temporal.rules_en import _writes_day_first

    scan.cache_clear()
    _writes_day_first.cache_clear()
    _SHARED.clear()
    _PARTS.clear()
    _told_dates_of.cache_clear()
    _article_end_month.cache_clear()


def release_told_dates() -> None:
    """Empty the memo of the dates article dating read from each story's hits (``dct._told_dates_of``): only
    dating reads it, so once a file's stories are dated it would only hold a record per date (about 9 bytes
    per input byte on a text of dates) while their mentions are made. A memo of a pure function: no answer
    changes."""
    from timeline.temporal.dct import _told_dates_of

    _told_dates_of.cache_clear()


def story_mentions(text: str, date: dt.date | None, day_known: bool) -> list[TemporalMention]:
    """The temporal mentions of one story against its date; nothing is inferred.

    With no date, every mention whose value depends on the story's date stays unresolved (``value`` ``None``);
    with a date whose day is not known (``day_known`` false), those that need the day (今天, yesterday,
    Friday) stay unresolved. Unresolved mentions are still returned, so the source panel shows them and the
    summary counts them.
    """
    from timeline.temporal import extract
    from timeline.temporal.engine import resolve_matches, scan

    if date is not None and day_known:
        return extract(text, date, day_known=True)
    # The mentions are found as if the story's day were known; every value that depends on what is not
    # known is withdrawn (value None), so 今天 / yesterday / Friday stay visible as unresolved mentions.
    # With no date at all: relative mentions, and any other whose value changes with the assumed date.
    folded, matches = scan(text)
    if date is not None:  # year and month known, the day not: what resolves without the day stays
        found = resolve_matches(text, folded, matches, date, True)
        base = resolve_matches(text, folded, matches, date, False)
    else:  # what is not relative and resolves the same under two far-apart assumed dates stays
        # the second probe first, kept as spans and values only (24 bytes a mention, not a ~110-byte mention):
        # the two passes' mentions were both held at the extraction's peak on a dense text (a date every few
        # characters). resolve_matches is a pure function of its arguments: the order of the passes changes nothing
        probe = _Probe(resolve_matches(text, folded, matches, _PROBE_DATES[1], True))
        found = resolve_matches(text, folded, matches, _PROBE_DATES[0], True)
        same = _same_values(found, probe)
        del probe
        base = [m for m, ok in zip(found, same, strict=True) if ok and not m.relative]
        del same
    if not _in_order(base):
        base.sort(key=_span_key)
    out = list(base)
    for m in found:
        i = bisect.bisect_left(base, (m.start, m.end), key=_span_key)
        clash = any(t.start < m.end and m.start < t.end for t in base[max(0, i - 1):i + 1])
        if not clash:
            out.append(m.replace(value=None))
    if not _in_order(out):  # (a sort's keys are a tuple a mention: none made when nothing was added out of order)
        out.sort(key=_span_key)
    return out


def _span_key(m: TemporalMention) -> tuple[int, int]:
    return (m.start, m.end)


def _in_order(ms: list[TemporalMention]) -> bool:
    """Whether ``ms`` is sorted by ``(start, end)``."""
    return all((a.start, a.end) <= (b.start, b.end) for a, b in pairwise(ms))


class _Probe:
    """The spans and values of one probe pass's mentions, in span order (stable: mentions at one span keep
    their order): ``starts``, ``ends`` (machine integers) and ``values`` (the mentions' own strings)."""

    __slots__ = ("ends", "starts", "values")

    def __init__(self, ms: list[TemporalMention]) -> None:
        if not _in_order(ms):
            ms = sorted(ms, key=_span_key)
        self.starts = array("q", [m.start for m in ms])
        self.ends = array("q", [m.end for m in ms])
        self.values = [m.value for m in ms]

    def __len__(self) -> int:
        return len(self.starts)

    def span(self, j: int) -> tuple[int, int]:
        return (self.starts[j], self.ends[j])


def _same_values(ms: list[TemporalMention], other: _Probe) -> list[bool]:
    """For each mention of ``ms``: whether ``other`` has no mention at the same span or, at the same span (the
    last one there), the same value. A walk over both in span order, without a dictionary of spans
    (a dense text holds millions of mentions)."""
    out: list[bool] = []
    j, n = 0, len(other)
    for m in ms:
        key = (m.start, m.end)
        # ``ms`` may not be in span order: restart the walk when it goes back
        if j > 0 and other.span(j - 1) > key:
            j = bisect.bisect_left(range(n), key, key=other.span)
        while j < n and other.span(j) < key:
            j += 1
        k = j
        while k < n and other.span(k) == key:
            k += 1
        out.append(k == j or other.values[k - 1] == m.value)
    return out


_PROBE_DATES = (dt.date(2001, 7, 18), dt.date(2013, 2, 12))
"""Two assumed story dates far apart (different years, months, weekdays): a value that is the same under both
does not depend on the story's date."""


def date_stories(stories: list[Story], path: str, reference: dt.date | None = None,
                 hints: FileHints | None = None) -> list[Dating]:
    """The date of each story of one file, in the order of :mod:`timeline.dating`.

    Metadata, then the file name, then a dateline (a dateline without its year takes the year from the
    file's name or folder, the file's hints, the other stories of the file, else the story's content), then
    the content (collection-aware, :func:`timeline.temporal.infer_references`), else unknown.
    """
    if reference is not None:
        return [Dating(reference, "user", "--reference", True, find_span(st.text)) for st in stories]
    hints = hints or FileHints()
    by_name = filename_date(path) if path else UNKNOWN
    out: list[Dating | None] = []
    for st in stories:
        span = find_span(st.text)
        if st.meta.date is not None:  # a record's field, a page's meta tag; a PDF copy's page header (dateline)
            out.append(Dating(st.meta.date, st.meta.source if st.meta.source != "unknown" else "metadata",
                              st.meta.evidence, True, span))
        elif hints.date.date is not None and not st.record:
            out.append(Dating(hints.date.date, hints.date.source, hints.date.evidence, True, span))
        elif by_name.date is not None and not st.record:
            out.append(Dating(by_name.date, "filename", by_name.evidence, True, span))
        else:
            out.append(None)
    # datelines with their year, then the year the file's dated stories agree on for those without one
    order = _numeric_order(stories)
    first = [d if d is not None else dateline_dating(st.text, order=order) for d, st in zip(out, stories, strict=True)]
    year, why, near = _file_evidence(stories, path, first, hints)
    pending = [i for i, d in enumerate(first) if d.date is None]
    content: dict[int, tuple[dt.date | None, bool]] = {}
    if pending:
        from timeline.temporal import infer_references

        inferred = infer_references([st.text for st in stories])
        content = {i: inferred[i] for i in pending}
    result: list[Dating] = []
    for i, (d, st) in enumerate(zip(first, stories, strict=True)):
        if d.date is not None:
            result.append(d)
            continue
        own, exact = content.get(i, (None, False))
        if d.span is not None:  # a dateline without its year
            cy = _content_year(st.text, own)
            dd = dateline_dating(st.text, year_hint=year, year_evidence=why, content_year=cy, content_date=own,
                                 near=near, order=order)
            result.append(dd)
            continue
        if st.header.date is not None:  # an item of a dated digest: the digest's day
            result.append(Dating(st.header.date, st.header.source, st.header.evidence, True, d.span))
            continue
        result.append(_content_dating(st, own, exact, alone=len(stories) == 1, near=near))
    return result


def _numeric_order(stories: list[Story]) -> str | None:
    """The order (``"dmy"``/``"mdy"``) the numeric dates in the heads of a file's stories tell together
    (:func:`timeline.dating.numeric_date_order`): ``17/10/2023`` in one byline makes ``05/10/2023`` in the next
    the 5th of October. ``None`` for a single story (its own head is read alone) or when nothing tells it."""
    if len(stories) < 2:
        return None
    from timeline.dating import HEAD_CHARS, numeric_date_order

    return numeric_date_order("\n".join(st.text[:HEAD_CHARS] for st in stories))


def _file_evidence(stories: list[Story], path: str, first: list[Dating], hints: FileHints
                   ) -> tuple[int | None, str, tuple[dt.date, str] | None]:
    """What a file tells about its stories' dates: the year for a dateline without one (from the file name,
    the collection's header line, the file's dated stories, else the folder's hints) and its evidence, and the
    day near which a day-only dateline falls (the header's date, else the median of the dated stories)."""
    years = sorted(d.date.year for d in first if d.date is not None)
    year, why = (path_year(path), "the file name") if path and path_year(path) else (None, "")
    header = next((st.header for st in stories if st.header.date is not None), None)
    if year is None and header is not None and header.date is not None:
        year, why = header.date.year, header.evidence
    if year is None and years:
        year, why = years[len(years) // 2], "the other stories of the file"
    if year is None and hints.year is not None:
        year, why = hints.year, hints.year_evidence
    dated = sorted(d.date for d in first if d.date is not None)
    near = (dated[len(dated) // 2], "the other stories of the file") if dated else None
    if header is not None and header.date is not None:
        near = (header.date, header.evidence)
    return year, why, near


_FORWARD_BEFORE = re.compile(r"(?:\b(?:by|from|until|till|through|starting|beginning|before|in|to)\s+(?:the\s+(?:end|"
                             r"start|middle)\s+of\s+|(?:early|late|mid)[-\s]?)?|(?:到|至|预计|預計|计划|計劃|将于|將於|将在|將在)"
                             r"\s?)$", re.I)
_FORWARD_AFTER = re.compile(r"^\s?年?\s?(?:起|以后|以後|前|底前|年底前|onwards?\b|and beyond\b)")
_FUTURE_NEAR = re.compile(r"\b(?:will|would|to be|is to|are to|expected|plans?|planned|aims?|target|forecast)\b|将|將|预计|預計|计划|計劃"
                          , re.I)


def _content_year(text: str, own: dt.date | None) -> tuple[int, str] | None:
    """The year a story's content gives its yearless dateline, with its evidence: that of the content's date,
    unless the story mentions that year only looking ahead (:func:`forward_only`)."""
    if own is None or forward_only(text, own.year):
        return None  # "to be delivered from 2027": a year ahead of the story, not the dateline's year
    return own.year, _content_evidence(text, own)[1]


def forward_only(text: str, year: int) -> bool:
    """True when every mention of ``year`` in ``text`` looks ahead (``to be delivered from 2027``, ``by 2030``,
    ``到2027年``, ``2027年起``): a forecast or a target, not a year the story was written in. A year mentioned
    nowhere as a number is not forward (``False``)."""
    hits = list(re.finditer(rf"(?<!\d){year}(?!\d)", text))
    if not hits:
        return False
    for m in hits:
        before = text[max(0, m.start() - 30):m.start()]
        ahead = _FORWARD_BEFORE.search(before) is not None or _FORWARD_AFTER.match(text[m.end():m.end() + 6])
        if not (ahead and _FUTURE_NEAR.search(text[max(0, m.start() - 60):m.end() + 20])):
            return False
    return True


def _content_dating(st: Story, date: dt.date | None, exact: bool, alone: bool = False,
                    near: tuple[dt.date, str] | None = None) -> Dating:
    """A date from the story's content (:func:`_content_dating_own`), else, for a story telling only its own day
    (``今（18）日``), from ``near``, the date the other stories of its file agree on (:func:`self_told_near`)."""
    own = _content_dating_own(st, date, exact, alone)
    if own.date is None and near is not None:
        by_near = self_told_near(st.text, near)
        if by_near.date is not None:
            return by_near
    return own


def _content_dating_own(st: Story, date: dt.date | None, exact: bool, alone: bool = False) -> Dating:
    """A date from the story's content (:mod:`timeline.temporal.dct`), kept only with evidence.

    * a publication stamp or a full date leading the text (``exact``) always counts;
    * in a collection (``alone`` false), the date the file's other stories agree on counts, and so does a
      story's own date unless it rests on a bare year (the year's last day: nothing narrated inside it);
    * a story alone in its file needs more: it must place itself in time (``今年``, ``last year``, a
      festival told as this year's: :func:`~timeline.temporal.dct.anchored`) and state that day or month.
      Measured on 132 one-story English files without any date in name or dateline, looser evidence gave a
      wrong date every time (the latest date a story mentions is often a maturity date, a forecast or history).

    Otherwise the story stays undated; the evidence says what the content suggested."""
    from timeline.temporal.dct import anchored, infer_with_precision, self_told

    none = "no date in the metadata, file name, dateline or text"
    if date is None:
        return Dating(None, "unknown", st.meta.evidence or none)
    if exact:
        told = self_told(st.text)
        if told is not None and told[1].day is not None:  # 今（18）日, 本（2）月, 今(115)年
            return Dating(date, "inferred", f"content: {told[1].evidence} ({date.isoformat()})", True)
        return Dating(date, "inferred", f"content: a date leading the text ({date.isoformat()})", True)
    own = infer_with_precision(st.text)[0]
    if own != date and not alone:
        return Dating(date, "inferred", "content: the date the other stories of the file agree on", exact)
    rank, what = _content_evidence(st.text, date)
    if alone:
        if rank <= 1 and anchored(st.text):
            return Dating(date, "inferred", f"content: {what}", exact)
        return Dating(None, "unknown", f"content suggests {date.isoformat()} ({what}), too little to date the story")
    if rank <= 1 or (date.month, date.day) != (12, 31):
        return Dating(date, "inferred", f"content: {what}", exact)
    # the year's last day: the content placed the story in a year and nothing in it
    return Dating(None, "unknown", f"content names only the year {date.year} ({what})")


def find_span(text: str) -> tuple[int, int] | None:
    f = find_dateline(text)
    return (f.start, f.end) if f is not None else None


def _content_evidence(text: str, date: dt.date) -> tuple[int, str]:
    """How well the story's own text supports an inferred date: ``(0, mention)`` it states that day,
    ``(1, mention)`` that month, ``(2, mention)`` only the year, ``(3, ...)`` nothing."""
    from timeline.temporal.engine import resolve_matches, scan
    from timeline.temporal.resolve import value_start

    folded, matches = scan(text)
    best = None
    for m in resolve_matches(text, folded, matches, None, False):
        if m.value is None or m.relative or "/" in m.value:
            continue
        s = value_start(m.value)
        if s is None or s.year != date.year:
            continue
        rank = 0 if s == date and m.granularity == "day" else 1 if s.month == date.month and m.granularity in (
            "day", "month", "xun") else 2
        if best is None or rank < best[0]:
            best = (rank, m.text)
    if best is None:
        return 3, f"the latest day it narrates ({date.isoformat()})"
    return best[0], repr(best[1])


def _process_path(args: tuple) -> DocumentResult | CorpusError:
    path, doc_id, reference, *rest = args  # (path, doc_id, reference[, hints, fields])
    hints, fields = (rest + [None, None])[:2]
    try:
        text = read_document(path)
        return process_document(text, path=path, reference=reference, doc_id=doc_id, hints=hints, fields=fields)
    except CorpusError as exc:
        return exc
    except MemoryError:
        return out_of_memory(path)


def out_of_memory(path: str | Path) -> CorpusError:
    """The one-line error for a file whose extraction ran out of memory (the other files go on)."""
    from timeline.corpus import PEAK_BYTES_PER_BYTE

    return CorpusError(f"{path}: out of memory while extracting (up to {PEAK_BYTES_PER_BYTE} bytes per byte of "
                       "the file are needed); split it into smaller files")


def _process_chunk(chunk: list[tuple]) -> list[DocumentResult | CorpusError]:
    """Worker-side step: process a few files and send their results back together (fewer round trips)."""
    return [_process_path(t) for t in chunk]


def _chunks(tasks: list, size: int) -> Iterator[list]:
    for i in range(0, len(tasks), size):
        yield tasks[i:i + size]


def _parallel_results(tasks: list[tuple], jobs: int,
                      window: int | None = None) -> Iterator[DocumentResult | CorpusError]:
    """Run ``tasks`` in ``jobs`` worker processes; yield results in task order with bounded memory.

    Tasks are grouped into chunks and at most ``window`` chunks are in flight (submitted but not yet
    consumed): a slow consumer stops submission instead of letting finished results pile up, and a
    consumer that stops early cancels whatever has not started.
    """
    import multiprocessing as mp
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    chunk = max(1, min(16, len(tasks) // (jobs * 8)))
    jobs = max(1, min(jobs, -(-len(tasks) // chunk)))   # no idle workers for a handful of files
    window = window or jobs * 3
    # "forkserver" keeps workers independent of the parent's threads (a GUI may be running there).
    ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    if ctx.get_start_method() == "forkserver":
        # Workers fork from a server that has already compiled the extractor's tables.
        ctx.set_forkserver_preload(["timeline.temporal.warmup"])
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx)
    pending: deque[Future] = deque()
    try:
        for part in _chunks(tasks, chunk):
            pending.append(pool.submit(_process_chunk, part))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def iter_documents(paths: Iterable[str | Path], reference: dt.date | None = None, jobs: int = 1,
                   on_error: Callable[[CorpusError], None] | None = None,
                   dates: dict[str, Dating] | None = None, fields: Fields | None = None) -> Iterator[DocumentResult]:
    """Yield a :class:`DocumentResult` per readable corpus file, in input order.

    ``dates`` maps file paths to dates given from outside (``--dates FILE.csv``); a ``dates.csv`` manifest
    in a file's folder is read as well (:func:`timeline.stories.read_dates_csv`). ``fields`` maps record
    field names. With ``jobs > 1`` files are processed by that many worker processes and streamed back in
    order; only a bounded window of results is ever in flight, so memory does not grow with the corpus beyond
    what the consumer keeps. Results are identical whatever ``jobs`` is (``process_document`` is pure).
    """
    files = list(iter_corpus_files(paths))
    hints = file_hints(files, dates or {})
    tasks = [(str(p), f"d{i + 1}", reference, h, fields) for i, (p, h) in enumerate(zip(files, hints, strict=True))]

    def handle(res: DocumentResult | CorpusError):
        if isinstance(res, CorpusError):
            if on_error is None:
                raise res
            on_error(res)
            return None
        return res

    if jobs <= 1 or len(tasks) <= 1:
        for t in tasks:
            r = handle(_process_path(t))
            if r is not None:
                yield r
        return
    for res in _parallel_results(tasks, jobs):
        r = handle(res)
        if r is not None:
            yield r


def file_hints(files: list[Path], dates: dict[str, Dating]) -> list[FileHints]:
    """Per file: its date from ``dates`` or a ``dates.csv`` manifest in its folder, and the year the file
    names of its folder agree on (the median year of the dated ones), for datelines without a year."""
    from timeline.stories import MANIFEST_NAME, read_dates_csv

    manifests: dict[Path, dict[str, Dating]] = {}
    folder_years: dict[Path, list[int]] = {}
    folder_names: dict[Path, list[str]] = {}
    for f in files:
        d = filename_date(f)
        if d.date is not None:
            folder_years.setdefault(f.parent, []).append(d.date.year)
        folder_names.setdefault(f.parent, []).append(f.stem)
    orders = {folder: name_date_order(names) for folder, names in folder_names.items() if len(names) > 1}
    given = {str(Path(k).resolve()): v for k, v in dates.items()}
    out = []
    for f in files:
        folder = f.parent
        if folder not in manifests:
            m = folder / MANIFEST_NAME
            manifests[folder] = read_dates_csv(m) if m.is_file() else {}
        h = FileHints()
        stated = given.get(str(f.resolve())) or manifests[folder].get(str(f.resolve()))
        if stated is not None:
            h.date = stated
        elif orders.get(folder) and filename_date(f).date is None:
            # 04-03-2025_x.txt beside 25-03-2025_y.txt: day first, as the folder's other names tell
            h.date = filename_date(f, orders[folder])
        ys = sorted(folder_years.get(folder, []))
        if ys:
            h.year, h.year_evidence = ys[len(ys) // 2], f"the dated file names of folder {folder.name or folder}"
        out.append(h)
    return out


def event_mentions(sources: list[Source], mentions: dict[str, list[TemporalMention]]
                   ) -> dict[str, list[TemporalMention]]:
    """The mentions events are built from: all but those inside a story's dateline (a dateline dates the
    story, it is not an event) or a post's stamp (:func:`post_stamp_spans`)."""
    return {s.id: _set_aside(s, mentions.get(s.id, []))[0] for s in sources}


def _set_aside(s: Source, ms: list[TemporalMention]) -> tuple[list[TemporalMention], list[tuple[int, int]]]:
    """``(the mentions events are built from, the post stamps)`` of story ``s`` with mentions ``ms``: those
    inside its dateline, a post's stamp, a quoted post's head or a line holding only a web address are left out
    (the spans returned with the post stamps, blanked for the builder)."""
    if s.dateline is not None:
        a, b = s.dateline
        ms = [m for m in ms if not (m.start < b and a < m.end)]
    aside = sorted([*address_spans(s.text), *quote_head_spans(s.text), *post_time_spans(s.text)])
    if aside:
        ms = [m for m in ms if not _overlaps_any(m.start, m.end, aside)]
    posts = post_stamp_spans(s.text, ms)
    if posts:
        clocks = {m.start: m.end for m in ms if _update_clock(s.text, m)}
        ms = [m for m in ms if m.start in clocks or not _overlaps_any(m.start, m.end, posts)]
        if clocks:  # the update's clock opens its sentence; the zone and dash after it are blanked
            posts = [(clocks[a], b) if a in clocks else (a, b) for a, b in posts]
    return ms, sorted([*posts, *aside]) if aside else posts


def _update_clock(text: str, m: TemporalMention) -> bool:
    """Whether ``m`` is the clock time opening an update's line in a live story, read as a time of the story's day
    (``14:05 GMT - The minister resigned.``): the update is a happening at that time (kept; the zone and dash after
    it are blanked for the builder)."""
    if m.value is None or "T" not in m.value:
        return False
    ls = text.rfind("\n", 0, m.start) + 1
    c = _CLOCK_LINE.match(text, max(ls - 1, 0))
    return c is not None and c.start(1) == m.start


def _overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` overlaps one of ``spans`` (sorted by start, not overlapping each other)."""
    i = bisect.bisect_left(spans, (end,))  # the spans that start before ``end``: the last of them may overlap
    return i > 0 and spans[i - 1][1] > start


_POSTER = re.compile(r"[^\s，。！？；：,.!?;:“”\"]{1,24}(?:[ \t][^\s，。！？；：,.!?;:“”\"]{1,24})?[ \t\u3000]+")
"""A poster's name before a post's stamp on its own line (``海滨小王  3小时前``, ``Jane_E  2 hours ago``)."""
_POST_AGO = re.compile(r"(?:\d{1,3}[ \t]?(?:秒|分钟|分鐘|小时|小時|天|周|週)前|刚刚|剛剛|(?:今天|昨天|前天)(?:[ \t]*\d{1,2}[:：]\d\d)?"
                       r"|\d{1,3} (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago|just now"
                       r"|(?:today|yesterday)(?: at \d{1,2}:\d\d(?: ?[ap]\.?m\.?)?)?)", re.I)
"""The stamp of a post as sites show it relative to the reader's clock: ``3小时前``, ``昨天 14:20``, ``2 hours ago``."""
_CLOCK_LINE = re.compile(r"(?:^|\n)[ \t\u3000]*((?:[01]?\d|2[0-3])[:：][0-5]\d(?![:\d])(?:[ \t]+[A-Z]{1,4}T\b)?"
                         r"(?:[ \t]*[-–—|](?=[ \t]))?)(?=[ \t\u3000]+\S)")
"""A clock time opening a line: an update's time in a live story or a flash list (``10:32 台风登陆…``), with a
time zone and a dash after it (``14:05 GMT - ``)."""


def post_stamp_spans(text: str, mentions: list[TemporalMention]) -> list[tuple[int, int]]:
    """Stamps of posts, no events: a line holding only a poster's name and a relative stamp (:data:`_POST_AGO`:
    ``海滨小王  3小时前``,
    ``老港口  昨天 14:20``, ``Jane_E  2 hours ago`` in a forum or Weibo copy; the whole line), and the clock
    times opening two or more lines (``10:32 …`` / ``14:05 …``, the updates of a live story). Their dates date
    the posts, not something that happened; like a dateline they title no event. Sorted, none overlapping another.
    Only a mention shaped as a relative stamp has its line looked at (a one-line chronology of dates costs no
    scan of its line per date)."""
    out: list[tuple[int, int]] = []
    for m in mentions:
        if not _POST_AGO.fullmatch(text, m.start, m.end):
            continue
        ls = text.rfind("\n", 0, m.start) + 1
        le = text.find("\n", m.end)
        le = len(text) if le < 0 else le
        if ls < m.start and not text[m.end:le].strip() and _POSTER.fullmatch(text, ls, m.start):
            out.append((ls, le))
    if "\n" in text:
        clocks = [(c.start(1), c.end(1)) for c in _CLOCK_LINE.finditer(text)]
        if len(clocks) >= 2:
            out.extend(clocks)
    merged: list[tuple[int, int]] = []
    for a, b in sorted(out):
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def self_told_near(text: str, near: tuple[dt.date, str]) -> Dating:
    """Date a story that tells only its own day (``今（18）日``, ``昨（17）日``; :func:`~timeline.temporal.dct.self_told`)
    from a date the stories collected with it agree on: the such day closest to it, at most 20 days away (a told
    month or year must match). ``UNKNOWN`` otherwise."""
    from timeline.temporal.dct import self_told

    told = self_told(text)
    if told is None or told[1].day is None:
        return UNKNOWN
    t, (c, why) = told[1], near
    best = closest_day(told[1].day, c, t.month, t.year, t.back)
    if best is None:
        return UNKNOWN
    return Dating(best, "inferred", f"content: {t.evidence}; month and year from {why} ({c.isoformat()})", True)


def date_from_folder(sources: list[Source], mentions: dict[str, list[TemporalMention]]) -> int:
    """Give the year its folder agrees on to stories whose dateline has no year and that found none nearer.

    The year is the median year of the folder's dated stories (however dated); a story
    taking it is marked ``inferred`` and its mentions are resolved again (in place). Returns how many
    stories were dated so."""
    from collections import defaultdict

    dates: dict[str, list[dt.date]] = defaultdict(list)
    for s in sources:
        if s.date is not None:
            dates[str(Path(s.path).parent)].append(s.date)
    n = 0
    for s in sources:
        if s.date is not None:
            continue
        ds = sorted(dates.get(str(Path(s.path).parent), []))
        if not ds:
            continue
        folder = Path(s.path).parent.name or str(Path(s.path).parent)
        why = f"the dated stories of folder {folder}"
        mid = ds[len(ds) // 2]
        if s.dateline is not None:
            d = dateline_dating(s.text, year_hint=sorted(x.year for x in ds)[len(ds) // 2], year_evidence=why,
                                near=(mid, why))
        else:
            d = self_told_near(s.text, (mid, why))
        if d.date is None:
            continue
        s.date, s.date_source, s.date_evidence, s.dateline = d.date, d.source, d.evidence, d.span
        ms = story_mentions(s.text, d.date, d.day_known)
        s.unresolved = sum(1 for m in ms if m.value is None)
        mentions[s.id] = ms
        n += 1
    return n


_CJK_NAME = r"[\u4e00-\u9fff·‧]{2,4}"
_BYLINE = re.compile(
    r"(?m)^[ \t\u3000]*(?:(?:[【\[(（]\s?本[報报][訊讯]\s?[】\])）]|本[報报][訊讯])[ \t\u3000]*[:：]?[ \t\u3000]*)?"
    rf"(?:[(（]\s?(?:記者|记者)\s?{_CJK_NAME}(?:[、,，\s]{_CJK_NAME})*\s?[)）]"
    rf"|(?:記者|记者)\s?{_CJK_NAME}(?:[、,，\s]{_CJK_NAME})*\s?[／/]\s?[\u4e00-\u9fff]{{1,6}}?(?:即時)?(?:報導|报道|報道))?")
BYLINE_REACH = 400
"""A byline or ``本報訊`` counts only this close to the start of the story."""


def byline_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``本報訊`` / ``【本报讯】`` and bylines (``記者王小明／台北報導``, ``（记者林小华）``) opening a line of
    the story's head: like a dateline, they are no part of any event's title."""
    out = []
    for m in _BYLINE.finditer(text, 0, min(len(text), BYLINE_REACH)):
        if m.end() > m.start() and m[0].strip():
            out.append((m.start(), m.end()))
    return out


_TICKER = re.compile(r"(?<=[A-Za-z.])[ \t]?\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|HKEX|SGX|SSE|SZSE|TSE|NYSE American|"
                     r"Euronext|Xetra|OTC)[ \t]?:[ \t]?[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?|[A-Z0-9]{1,6}\.[A-Z]{1,3})\)")
"""A stock ticker in brackets after a company's name (``Brask Minerals (BRM.T)``, ``(NYSE: ABC)``, ``(0700.HK)``):
no part of a title nor a name. An abbreviation alone in brackets (``(FCB)``) is not one: it names the body."""


def quote_head_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the heads of posts quoted in a forum reply (:data:`timeline.corpus.QUOTE_HEAD`, opening a line:
    ``老王 发表于 2023-10-17 09:21``, ``harbor_fan wrote: ↑Tue Oct 17, 2023 9:21 am``): the quoted post's stamp
    is no event of the reply."""
    if not ("发表于" in text or "發表於" in text or " wrote" in text or "写道" in text or "寫道" in text):
        return []
    from timeline.corpus import QUOTE_HEAD

    out = []
    for a, b in _line_spans(text):  # the head opens its line (an English line wrapped into it may follow)
        m = QUOTE_HEAD.match(text, a, b)
        if m is not None and (m.end() == b or text[m.end() - 1] in " \t" or text[m.end()] in " \t"):
            out.append((a, m.end()))
    return out


def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, end
        start = end + 1


def post_time_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the stamps under the posts of a thread copied from X / Twitter (``9:21 AM · Oct 17, 2023``:
    :data:`timeline.dating.TWEET_STAMP`): when a post was written, no event."""
    out: list[tuple[int, int]] = []
    if "最后修订" in text or "最後修訂" in text or "last edited" in text:  # a wiki page's footer
        out.extend((m.start(), m.end()) for m in _LAST_EDITED.finditer(text))
    if "·" not in text:
        return out
    from timeline.dating import TWEET_STAMP

    return out + [(m.start() + len(m[0]) - len(m[0].lstrip()), m.end()) for m in TWEET_STAMP.finditer(text)]


_LAST_EDITED = re.compile(r"(?m)(?:本页面|本頁面|此页面|此頁面)?最[后後]修[订訂]于[^\n]{0,40}|This page was last edited on[^\n]{0,60}")
"""A wiki page's footer telling when it was last edited (``本页面最后修订于2023年11月2日 (星期四) 08:15。``): no
event of the page."""


def address_spans(text: str) -> list[tuple[int, int]]:
    """Spans of lines holding only a web address (``https://…/2023/10/17/…``, ``原文链接：http://…``:
    :data:`timeline.dating.URL_LINE`): the digits of its path are no date of the story's events, its words title
    none."""
    if "://" not in text:
        return []
    from timeline.dating import URL_LINE

    return [(m.start("url"), m.end()) for m in URL_LINE.finditer(text)]


def ticker_spans(text: str) -> list[tuple[int, int]]:
    """Spans of stock tickers in brackets (:data:`_TICKER`), blanked for the builder like a dateline."""
    if "(" not in text:
        return []
    return [(m.start(), m.end()) for m in _TICKER.finditer(text)]


def events_for(sources: list[Source], mentions: dict[str, list[TemporalMention]], release: bool = False) -> list:
    """Build events as :func:`timeline.events.build_events` does, with datelines set aside: their dates are
    no events and their words (agency, place, byline) title none (the builder sees the dateline blanked to
    spaces, so offsets stay those of the story text). ``release``: the caller gives ``mentions`` up (its
    entries are taken out as they are read; :func:`assemble`, which made the dictionary): the build then lets
    the mentions go as it no longer needs them (``build_events_counted``'s ``release``)."""
    import dataclasses

    from timeline.events import build_events

    seen = []
    kept: dict[str, list[TemporalMention]] = {}
    for s in sources:
        told = mentions.pop(s.id, []) if release else mentions.get(s.id, [])
        kept[s.id], posts = _set_aside(s, told)
        stamps = [m for m in kept[s.id] if m.rule == "clock_stamp" and _update_clock(s.text, m)]
        updates = live_updates(s, kept[s.id], told) if s.date is not None else []
        if stamps:  # a stamp left to its line's own date, or a programme's: its clock
            # titles nothing, set aside as a post stamp's is (only its zone and dash were, while it was kept)
            left = {id(m) for m in kept[s.id]}
            if any(id(m) not in left for m in stamps):
                posts = sorted([*posts, *((m.start, m.end) for m in stamps if id(m) not in left)])
        if updates:  # an update's clock stays (its sentence starts there); a clock alone on its line joins the
            # update's text on the next line (the line break blanked), so the update is one sentence
            posts = [p for p in posts if not _overlaps_any(p[0], p[1], [(u.start, u.end) for u in updates])]
            for u in updates:  # "a.m." blanked too: its full stop would end the update's sentence; brackets too
                ap = _AM_PM.match(s.text, u.end)
                end = ap.end() if ap else u.end
                close = _CLOCK_CLOSE.match(s.text, end)
                end = close.end() if close else end
                nxt = len(s.text) - len(s.text[end:].lstrip()) if end < len(s.text) else end
                if end > u.end or "\n" in s.text[end:nxt]:
                    posts.append((u.end, nxt))
                if u.start and s.text[u.start - 1] in "【[*_":
                    posts.append((u.start - (2 if s.text[u.start - 1] in "*_" else 1), u.start))
        spans = [*([s.dateline] if s.dateline is not None else []), *byline_spans(s.text), *ticker_spans(s.text), *posts]
        if spans:
            s = dataclasses.replace(s, text=_blanked(s.text, spans))
        seen.append(s)
    return build_events(seen, kept, release=release)


_AM_PM = re.compile(r"[ \t]*[AaPp]\.?[Mm]\.?(?![A-Za-z])")
_CLOCK_CLOSE = re.compile(r"[】\]]|\*\*|__")
"""What closes an update's clock when it is bracketed or bold (``【09:30】``, ``**09:30**``)."""


_STAMP_DASHED = re.compile(r"[ \t]*(?:[-–—|]|:(?=[ \t]))[ \t]+[A-Z\"“‘']")
"""What follows a clock stamp told as an English wire's or blog's (``14:05 GMT - The minister resigned.``): the
engine's stamp rule reads the clock with its zone and am/pm; such a stamp is kept as told, with a date on its
line or not."""


def live_updates(s: Source, kept: list[TemporalMention],
                 told: list[TemporalMention] | None = None) -> list[TemporalMention]:
    """The updates of a live story dated by its day: the engine's clock stamps (rule ``clock_stamp``: a clock time
    opening two or more lines, valued the story's day at that time, ``2025-03-04T10:32``) among ``kept``, so each
    update's sentence is an event of that day. A stamp whose line holds a mention of its own is left to it (taken
    out of ``kept``, in place); one told as an English wire's (:data:`_STAMP_DASHED`) is kept as told and is no
    update here (its zone and dash are set aside with the post stamps). A story without a date gets none, nor a
    programme: stamps under a day's heading ahead of the story's date (:func:`_day_heading`, read among ``told``,
    every mention of the story with those of its dateline; ``kept`` when not given) are plans, no updates (taken
    out of ``kept``, in place)."""
    if s.date is None or "\n" not in s.text:
        return []
    first = next((m.start for m in kept if m.rule == "clock_stamp" and m.value is not None), None)
    if first is not None:
        ls = s.text.rfind("\n", 0, first)
        day = _day_heading(s.text, kept if told is None else told, max(ls, 0))
        if day is not None and s.date.isoformat() < day <= (s.date + PROGRAMME_REACH).isoformat():
            # a programme of a day still to come ("Day one, Thursday April 25" / "09:00 Opening remarks"): plans
            kept[:] = [m for m in kept if m.rule != "clock_stamp"]
            return []
    out: list[TemporalMention] = []
    drop: set[int] = set()
    for i, m in enumerate(kept):
        if m.rule != "clock_stamp" or m.value is None or _STAMP_DASHED.match(s.text, m.end):
            continue
        le = s.text.find("\n", m.end)
        le = len(s.text) if le < 0 else le
        if i + 1 < len(kept) and kept[i + 1].start < le:
            drop.add(i)  # the update tells its own date
        else:
            out.append(m)
    if drop:
        kept[:] = [m for i, m in enumerate(kept) if i not in drop]
    return out


_HEADING_REACH = 60
PROGRAMME_REACH = dt.timedelta(days=120)
"""How far ahead of a story's date a day heading its clock-stamped lines makes them a programme (a heading read a
year ahead, a weekday that does not match the story's year, is no programme's day)."""
"""The longest line read as a day's heading over clock-stamped lines (``Day one, Thursday April 25``)."""


def _day_heading(text: str, kept: list[TemporalMention], first_clock: int) -> str | None:
    """The day (``YYYY-MM-DD``) told by a short line of its own right above the first clock-stamped line at
    ``first_clock`` (``Day one, Thursday April 25``, ``Updates from the course, Sunday March 10.``: at most
    :data:`_HEADING_REACH` characters, no other line of text between), or None. A day told there ahead of the
    story's own date makes the clock-stamped lines a programme, plans, no updates."""
    i = bisect.bisect_left(kept, (first_clock, first_clock), key=_span_key)
    if i == 0:
        return None
    m = kept[i - 1]
    if m.granularity != "day" or m.value is None or len(m.value) != 10:
        return None
    ls = text.rfind("\n", 0, m.start) + 1
    le = text.find("\n", m.end)
    le = len(text) if le < 0 else le
    if le - ls > _HEADING_REACH or text[le:first_clock].strip():
        return None
    return m.value


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` replaced by as many spaces (offsets kept), in one pass over the text."""
    out, at = [], 0
    for a, b in sorted(spans):
        a = max(a, at)
        if b <= a:
            continue
        out += [text[at:a], " " * (b - a)]
        at = b
    out.append(text[at:])
    return "".join(out)


def assemble(results: Iterable[DocumentResult], title: str = "") -> Timeline:
    """Build and merge events over all documents' results (datelines set aside, :func:`events_for`)."""
    sources, mentions = _gathered(results)
    date_from_folder(sources, mentions)
    # the mentions are given up to the build (no result is held here: a text dense with dates would hold every
    # mention next to every event's references, issue 17)
    events = events_for(sources, mentions, release=True)
    return Timeline(sources=sources, events=events, title=title)


def _gathered(results: Iterable[DocumentResult]) -> tuple[list[Source], dict[str, list[TemporalMention]]]:
    """Every result's sources and mentions (a function of its own: no loop variable keeps the last result, with
    its mentions, alive through the build)."""
    sources: list[Source] = []
    mentions: dict[str, list[TemporalMention]] = {}
    for r in results:
        sources.extend(r.sources)
        mentions.update(r.mentions)
    return sources, mentions


def build_timeline(paths: Iterable[str | Path], reference: dt.date | None = None, jobs: int = 1,
                   on_error: Callable[[CorpusError], None] | None = None,
                   progress: Callable[[DocumentResult], None] | None = None, title: str = "",
                   dates: dict[str, Dating] | None = None, fields: Fields | None = None) -> Timeline:
    """Run the whole pipeline over files and folders. See module docstring."""

    def stream():
        for r in iter_documents(paths, reference=reference, jobs=jobs, on_error=on_error, dates=dates,
                                fields=fields):
            if progress is not None:
                progress(r)
            yield r

    return assemble(stream(), title=title)


def sample_corpus_dir() -> Path:
    """The built-in sample corpus shipped in ``resources/sample``."""
    from timeline.resources import resource_path

    return resource_path("sample")
