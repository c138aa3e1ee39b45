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

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from timeline.corpus import CorpusError, iter_corpus_files, read_text, sha256_text, split_articles
from timeline.model import Source, TemporalMention, Timeline


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
                     doc_id: str = "") -> DocumentResult:
    """Split ``text`` into articles, infer each article's date, and find its temporal mentions.

    ``reference`` overrides the inferred article dates. Source ids are ``{doc_id}a{index}``; mention
    offsets are relative to each ``Source.text`` (add ``Source.offset`` for file offsets).

    Pure (no global state, picklable result), so it is the map step of any engine; with Dask
    (see docs/PERFORMANCE.md; give every document its own ``doc_id``)::

        bag = dask.bag.from_sequence(list(enumerate(paths, 1)))
        results = bag.map(lambda ip: process_document(read_text(ip[1]), path=ip[1], doc_id=f"d{ip[0]}"))
        timeline = assemble(results.compute())
    """
    from timeline.temporal import extract, infer_references

    result = DocumentResult(path=path, text_length=len(text))
    prefix = doc_id or "d"
    arts = split_articles(text)
    bodies = [text[art.start:art.end] for art in arts]
    # article dates: each from its own text; one that does not place itself in time takes its file's date
    dated = [(reference, True)] * len(arts) if reference else infer_references(bodies)
    for art, body, (date, day_known) in zip(arts, bodies, dated, strict=True):
        src = Source(id=f"{prefix}a{art.index}", title=art.title, text=body, outlet=art.outlet, date=date,
                     path=path, sha256=sha256_text(body), offset=art.start, index=art.index,
                     lang=detect_lang(body))
        result.sources.append(src)
        result.mentions[src.id] = extract(body, date, day_known=day_known)
    return result


def _process_path(args: tuple[str, str, dt.date | None]) -> DocumentResult | CorpusError:
    path, doc_id, reference = args
    try:
        text = read_text(path)
    except CorpusError as exc:
        return exc
    return process_document(text, path=path, reference=reference, doc_id=doc_id)


def _process_chunk(chunk: list[tuple[str, str, dt.date | None]]) -> list[DocumentResult | CorpusError]:
    """Worker-side step: process a few files and send their results back together (fewer round trips)."""
    return [_process_path(t) for t in chunk]


def _chunks(tasks: list, size: int) -> Iterator[list]:
    for i in range(0, len(tasks), size):
        yield tasks[i:i + size]


def _parallel_results(tasks: list[tuple[str, str, dt.date | None]], jobs: int,
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
                   on_error: Callable[[CorpusError], None] | None = None) -> Iterator[DocumentResult]:
    """Yield a :class:`DocumentResult` per readable corpus file, in input order.

    With ``jobs > 1`` files are processed by that many worker processes and streamed back in order;
    only a bounded window of results is ever in flight, so memory does not grow with the corpus beyond
    what the consumer keeps. Results are identical whatever ``jobs`` is (``process_document`` is pure).
    """
    files = list(iter_corpus_files(paths))
    tasks = [(str(p), f"d{i + 1}", reference) for i, p in enumerate(files)]

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


def assemble(results: Iterable[DocumentResult], title: str = "") -> Timeline:
    """Build and merge events over all documents' results."""
    from timeline.events import build_events

    sources: list[Source] = []
    mentions: dict[str, list[TemporalMention]] = {}
    for r in results:
        sources.extend(r.sources)
        mentions.update(r.mentions)
    events = build_events(sources, mentions)
    return Timeline(sources=sources, events=events, title=title)


def build_timeline(paths: Iterable[str | Path], reference: dt.date | None = None, jobs: int = 1,
                   on_error: Callable[[CorpusError], None] | None = None,
                   progress: Callable[[DocumentResult], None] | None = None, title: str = "") -> Timeline:
    """Run the whole pipeline over files and folders. See module docstring."""

    def stream():
        for r in iter_documents(paths, reference=reference, jobs=jobs, on_error=on_error):
            if progress is not None:
                progress(r)
            yield r

    return assemble(stream(), title=title)


def sample_corpus_dir() -> Path:
    """The built-in sample corpus shipped in ``resources/sample``."""
    from timeline.resources import resource_path

    return resource_path("sample")
