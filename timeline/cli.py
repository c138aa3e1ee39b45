"""The ``timeline`` command line: ``mentions``, ``extract``, ``export``, ``view``, ``evaluate``.

Errors the user can fix (missing file, bad encoding, corrupt project, a bad option or gazetteer) print one
line on stderr naming the file and the problem (``timeline: FILE: problem``) and exit with status 2, never a
traceback: :func:`main` is the one error boundary (see :func:`input_errors`). Any other exception is a bug:
its traceback is printed with a request to report it, exit status 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from timeline import __version__

if TYPE_CHECKING:
    from timeline.model import Timeline

EXIT_USER_ERROR = 2
EXIT_BUG = 1


class UserError(Exception):
    """An error caused by input; printed as one line, exit status 2."""


def _date_arg(s: str) -> dt.date:
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {s!r}") from None


def _one_line(s: str) -> str:
    """``s`` printable on one line of any terminal: line breaks shown as ``\\n``, lone surrogates (file names
    that are not UTF-8) as U+FFFD."""
    from timeline.io import unicode_safe

    return unicode_safe(s).replace("\r", "\\r").replace("\n", "\\n")


def _err(msg: str) -> None:
    print(f"timeline: {_one_line(msg)}", file=sys.stderr)


def _out(line: str) -> None:
    """Print one line of results (text that UTF-8 cannot hold becomes U+FFFD instead of an encoding error)."""
    from timeline.io import unicode_safe

    print(unicode_safe(line))


# ----------------------------------------------------------------------------------------- mentions
def mention_records(path: str | Path, reference: dt.date | None = None, hints=None, fields=None):
    """The FORMAT.md records for one corpus file: offsets into the file text, article index, event id.

    For a JSONL/CSV collection, ``article`` is the record number and ``start``/``end`` index the record's
    text field (see :mod:`timeline.stories`). A list; :func:`mention_stream` gives the same records one at a
    time."""
    records, doc = mention_stream(path, reference, hints, fields)
    return list(records), doc


def mention_stream(path: str | Path, reference: dt.date | None = None, hints=None, fields=None):
    """``(records, doc)``: :func:`mention_records`'s records as an iterator, each made when it is written
    (a dense file holds millions of mentions: their records are never all held at once), and the file's
    :class:`~timeline.pipeline.DocumentResult`. The events are built first (a mention's record names its
    event); only the map from mention to event id is kept."""
    from timeline.corpus import read_document
    from timeline.pipeline import events_for, process_document

    text = read_document(path)
    doc = process_document(text, path=str(path), reference=reference, hints=hints, fields=fields)
    del text
    event_of: dict[tuple[str, int, int], str] = {}
    for ev in events_for(doc.sources, doc.mentions):
        if ev.kind != "event":
            continue
        for ref in ev.mentions:
            event_of[(ref.source_id, ref.start, ref.end)] = ev.id
    name = Path(path).name

    def records():
        for src in doc.sources:
            dct = src.date.isoformat() if src.date else None
            for m in doc.mentions.get(src.id, []):
                yield {
                    "file": name, "start": src.offset + m.start, "end": src.offset + m.end, "mention": m.text,
                    "value": m.value, "granularity": m.granularity, "mod": m.mod, "article": src.index,
                    "event": event_of.get((src.id, m.start, m.end)), "dct": dct, "dct_source": src.date_source,
                }

    return records(), doc


def cmd_mentions(args: argparse.Namespace) -> int:
    if args.cases:
        return _mentions_cases(args)
    if not args.paths:
        raise UserError("give corpus files, or --cases FILE")
    from timeline.corpus import CorpusError, iter_corpus_files
    from timeline.pipeline import file_hints, out_of_memory

    problems = 0
    files = list(iter_corpus_files(args.paths))
    dates, fields = _dates_and_fields(args)
    for path, hints in zip(files, file_hints(files, dates), strict=True):
        try:
            records, doc = mention_stream(path, args.reference, hints, fields)
        except CorpusError as exc:  # report the bad file, go on with the others
            _err(str(exc))
            problems += 1
            continue
        except MemoryError:
            _err(str(out_of_memory(path)))
            problems += 1
            continue
        if args.show_dct:
            for src in doc.sources:
                print(_one_line(f"{path.name} article {src.index}: {_date_note(src)}  {src.title}"), file=sys.stderr)
        for r in records:
            if not args.show_dct:
                r.pop("dct", None)
                r.pop("dct_source", None)
            if args.format == "jsonl":
                _out(json.dumps(r, ensure_ascii=False))
            else:
                _out(f"{r['article']:>3} {r['start']:>7}-{r['end']:<7} {r['mention']:<20} {r['value']!s:<24} "
                      f"{r['granularity']:<8} {r['mod'] or ''}")
    return EXIT_USER_ERROR if problems else 0


def _mentions_cases(args: argparse.Namespace) -> int:
    from timeline.temporal import extract

    src = sys.stdin if args.cases == "-" else open(args.cases, encoding="utf-8")
    with src:
        for lineno, line in enumerate(src, 1):
            if not line.strip():
                continue
            try:
                case = json.loads(line)
                text = case["text"]
                if not isinstance(text, str):
                    raise TypeError(f"'text' must be a string, got {type(text).__name__}")
                ref = dt.date.fromisoformat(str(case["ref"])[:10]) if case.get("ref") else None
            except (ValueError, KeyError, TypeError, RecursionError) as exc:
                raise UserError(f"{args.cases}:{lineno}: bad case line ({exc})") from None
            ms = extract(text, ref)
            _out(json.dumps({"id": case.get("id"), "mentions": [
                {"start": m.start, "end": m.end, "mention": m.text, "value": m.value,
                 "granularity": m.granularity, "mod": m.mod} for m in ms]}, ensure_ascii=False))
    return 0


def _date_note(src) -> str:
    """``2013-03-22 (filename: file name AP_20130322.txt)`` / ``no date (unknown: ...)``."""
    when = src.date.isoformat() if src.date else "no date"
    why = f": {src.date_evidence}" if src.date_evidence else ""
    return f"{when} ({src.date_source}{why})"


def _dates_and_fields(args: argparse.Namespace):
    """The ``--dates`` list and the ``--fields`` mapping of a command (raise UserError when bad)."""
    from timeline.corpus import CorpusError
    from timeline.stories import Fields, read_dates_csv

    dates = {}
    fields = None
    try:
        for f in getattr(args, "dates", None) or []:
            dates.update(read_dates_csv(f))
        if getattr(args, "fields", None):
            fields = Fields.parse(args.fields)
    except CorpusError as exc:
        raise UserError(str(exc)) from None
    except ValueError as exc:
        raise UserError(str(exc)) from None
    return dates, fields


def undated_report(sources) -> str:
    """The CLI's word on stories without a date: ``; 2 stories without a date (a.txt #1, b.txt #1), 5 relative
    dates unresolved`` (empty when every story is dated; sources without text, as an exchange file brings
    them, are not stories and are left out)."""
    undated = [s for s in sources if s.date is None and s.text]
    if not undated:
        return ""
    names = ", ".join(f"{Path(s.path).name or s.id} #{s.index}" for s in undated[:5])
    more = f" and {len(undated) - 5} more" if len(undated) > 5 else ""
    unresolved = sum(s.unresolved for s in undated)
    return (f"; {len(undated)} {'story' if len(undated) == 1 else 'stories'} without a date ({names}{more}), "
            f"{unresolved} relative date{'' if unresolved == 1 else 's'} unresolved")


# ------------------------------------------------------------------------------------------ extract
class _NoBar:
    """What :func:`_progress_bar` gives when nobody watches (stderr is no terminal): tqdm disabled, without
    importing tqdm (a few hundredths of a second of every run)."""

    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(total_files: int):
    if not sys.stderr.isatty():
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total_files, unit="file", file=sys.stderr)


def _load_input(path: str, reference: dt.date | None, jobs: int = 1, args: argparse.Namespace | None = None):
    """A Timeline from a project/exchange file or a corpus; unreadable corpus files are reported."""
    from timeline.io import open_timeline

    p = Path(path)
    if not p.exists():
        raise UserError(f"{p}: no such file or folder")
    problems: list[str] = []
    dates, fields = _dates_and_fields(args) if args is not None else ({}, None)
    tl = open_timeline(p, reference=reference, jobs=jobs, on_error=lambda e: problems.append(str(e)),
                       dates=dates, fields=fields)
    for msg in problems:
        _err(msg)
    if not tl.sources and not tl.events and problems:
        raise UserError(f"{p}: nothing could be read")
    return tl, problems


def _output_path(args: argparse.Namespace) -> Path:
    """``extract``'s output: a bare ``.json`` without ``--format`` becomes ``.timeline.json``."""
    out = Path(args.output)
    if not str(out).endswith(".timeline.json") and out.suffix.lower() == ".json" and not args.format:
        out = out.with_name(out.stem + ".timeline.json")
    return out


def _input_files(path: str) -> list[Path]:
    """The corpus files a folder input reads (for the output guard); the path itself otherwise."""
    from timeline.corpus import CorpusError, iter_corpus_files

    p = Path(path)
    if p.is_dir():
        try:
            return list(iter_corpus_files([p]))
        except CorpusError:
            return []
    return [p]


def _scripts_note(paths: list[str]) -> str:
    """``; 2 scripts left unread (app.js, tweets.js: name a data export such as tweets.js to read it)`` when the
    given folders hold scripts, else ``""``."""
    from timeline.corpus import unread_scripts

    js = unread_scripts(paths)
    if not js:
        return ""
    names = ", ".join(p.name for p in js[:3]) + (", …" if len(js) > 3 else "")
    return (f"; {len(js)} {'script' if len(js) == 1 else 'scripts'} left unread ({names}: name a data export "
            f"such as tweets.js to read it)")


def cmd_extract(args: argparse.Namespace) -> int:
    from timeline.corpus import CorpusError, iter_corpus_files
    from timeline.io import export_timeline, format_for_path
    from timeline.io.outpath import guard_output
    from timeline.pipeline import assemble, iter_documents

    t0 = time.perf_counter()
    try:
        files = list(iter_corpus_files(args.paths))
    except CorpusError as exc:
        raise UserError(str(exc)) from None
    out = _output_path(args)
    # the format: --format, else .csv/.ics from the extension, else a project
    fmt = format_for_path(out, args.format or ("csv" if out.suffix.lower() == ".csv" else
                                               "ics" if out.suffix.lower() == ".ics" else "project"))
    guard_output(out, fmt, [*args.paths, *files], args.force)  # before the work: fail fast
    problems: list[str] = []
    dates, fields = _dates_and_fields(args)
    bar = _progress_bar(len(files))
    # counts for the summary line, not the results: a file's mentions are not held past its event building
    # (a text of dates holds one record per date; the project is written from the events)
    counts = {"mentions": 0, "chars": 0}

    def failed(exc: Exception) -> None:
        problems.append(str(exc))
        bar.update(1)

    def stream():
        for r in iter_documents(files, reference=args.reference, jobs=args.jobs, dates=dates, fields=fields,
                                on_error=failed):
            bar.update(1)
            counts["mentions"] += sum(len(r.mentions.get(s.id, [])) for s in r.sources)
            counts["chars"] += r.text_length
            yield r

    tl = assemble(stream(), title=args.title or (Path(args.paths[0]).stem if len(args.paths) == 1 else "timeline"))
    bar.close()
    for msg in problems:
        _err(msg)
    if not tl.sources:
        raise UserError("no article could be read")
    if args.verbose_dates:
        for src in tl.sources:
            print(f"{Path(src.path).name} #{src.index}: {_date_note(src)}  {src.title}", file=sys.stderr)
    export_timeline(tl, out, fmt, inputs=[*args.paths, *files], force=args.force)
    n_mentions = counts["mentions"]
    merged = sum(1 for e in tl.events if len(e.source_ids) > 1)
    chars = counts["chars"]
    dt_s = time.perf_counter() - t0
    _out(f"{len(files) - len(problems)} files, {len(tl.sources)} articles, {n_mentions} mentions, "
          f"{_entries_label(tl)} ({merged} merged across articles), {chars:,} characters "
          f"in {dt_s:.2f} s -> {_one_line(str(out))}{_one_line(undated_report(tl.sources))}"
          f"{_one_line(_scripts_note(args.paths))}")
    return 0 if not problems else EXIT_USER_ERROR


# ------------------------------------------------------------------------------- frontend commands
#: The entry-point group in which the viewer package registers the commands this parser-only package
#: cannot implement (it never imports Qt): ``export-image`` (``fn(timeline, out_path, fmt, **options)``,
#: the PNG/SVG/PDF export) and ``view`` (``fn(paths) -> exit status``). Declared in pyproject.toml's
#: ``[project.entry-points."newstimeline.commands"]``; this module never names the modules behind them.
COMMANDS_GROUP = "newstimeline.commands"


def _declared_commands() -> dict[str, str]:
    """``name -> "module:attr"`` for the commands of :data:`COMMANDS_GROUP`.

    Installed metadata first (:func:`importlib.metadata.entry_points`); when the group is absent there (a
    source checkout run through PYTHONPATH, or an editable install made before the group was declared), the
    same table is read from the ``pyproject.toml`` beside the package, so the declaration has one home."""
    from importlib.metadata import entry_points

    found = {ep.name: ep.value for ep in entry_points(group=COMMANDS_GROUP)}
    if found:
        return found
    import tomllib

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        meta = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    table = meta.get("project", {}).get("entry-points", {}).get(COMMANDS_GROUP, {})
    return {str(k): str(v) for k, v in table.items()}


def frontend_command(name: str, needs: str) -> Callable[..., Any]:
    """The callable registered as ``name`` in :data:`COMMANDS_GROUP`, loaded on first use.

    A missing registration or an import failure (no Qt libraries) is a :class:`UserError` starting with
    ``needs`` (exit status 2), never a traceback."""
    import importlib

    target = _declared_commands().get(name)
    if target is None:
        raise UserError(f"{needs}: no {name!r} command is registered ({COMMANDS_GROUP}); is the viewer installed?")
    module_name, _, attr = target.partition(":")
    try:
        obj: Any = importlib.import_module(module_name.strip())
    except ImportError as exc:
        raise UserError(f"{needs}: {exc}") from None
    for part in attr.strip().split(".") if attr.strip() else ():
        obj = getattr(obj, part)
    return cast(Callable[..., Any], obj)


# ------------------------------------------------------------------------------------------- export
def _time_scale_arg(text: str) -> str | float:
    """``--scale``: ``linear``/``compact``/``auto``, or a number (the old ``--scale N``, the pixel ratio)."""
    if text in ("linear", "compact", "auto"):
        return text
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected linear, compact or auto, not {text!r}") from None


def _entries_label(tl: Timeline) -> str:
    """``34 events, 8 statements``: what an export holds, counted as the viewer counts them
    (:func:`timeline.model.entry_counts`: statements and reference dates are kept in data exports but are not
    events on the canvas)."""
    from timeline.model import entry_counts

    drawn, others = entry_counts(tl.events)
    label = f"{drawn} events"
    for kind, n in others.items():
        label += f", {n} {kind}{'s' if n != 1 else ''}"
    return label


def cmd_export(args: argparse.Namespace) -> int:
    from timeline.io import IMAGE_FORMATS, export_timeline, format_for_path
    from timeline.io.outpath import guard_output

    fmt = format_for_path(args.output, args.format)
    inputs = [args.input, *_input_files(args.input)]
    guard_output(args.output, fmt, inputs, args.force)  # before the work: fail fast
    tl, problems = _load_input(args.input, args.reference, args=args)
    if fmt in IMAGE_FORMATS:
        if isinstance(args.time_scale, float):  # the old --scale N means --pixel-ratio N
            if args.pixel_ratio is None:
                args.pixel_ratio = args.time_scale
            args.time_scale = "auto"

        export_image = frontend_command("export-image", "image export needs the viewer's Qt libraries")
        opts = {"date_from": args.date_from, "date_to": args.date_to, "width": args.width,
                "pixel_ratio": args.pixel_ratio, "time_scale": args.time_scale, "preset": args.preset,
                "lanes": args.lanes, "theme": args.theme, "title": args.title}
        export_image(tl, args.output, fmt, inputs=inputs, force=args.force, **opts)
    else:
        export_timeline(tl, args.output, fmt, inputs=inputs, force=args.force)
    _out(f"{_entries_label(tl)} -> {_one_line(str(args.output))}{_one_line(undated_report(tl.sources))}")
    return 0 if not problems else EXIT_USER_ERROR


# --------------------------------------------------------------------------------------------- view
def cmd_view(args: argparse.Namespace) -> int:
    viewer_main = frontend_command("view", "the viewer needs its Qt libraries")
    return int(viewer_main(args.paths))


# ----------------------------------------------------------------------------------------- evaluate
def cmd_evaluate(args: argparse.Namespace) -> int:
    from timeline.evaluation import evaluate_files

    _out(evaluate_files(args.gold, args.predictions, args.articles))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="timeline", description="Turn news text into a timeline.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    m = sub.add_parser("mentions", help="list temporal expressions (FORMAT.md JSONL)",
                       description="Print every temporal expression found, one JSON object per line.")
    m.add_argument("paths", nargs="*", help="corpus files or folders")
    m.add_argument("--format", choices=["jsonl", "text"], default="jsonl")
    m.add_argument("--reference", type=_date_arg, help="publication date YYYY-MM-DD for every story (overrides all others)")
    m.add_argument("--show-dct", action="store_true",
                   help="report each story's publication date and where it came from (stderr; dct_source field)")
    m.add_argument("--cases", help="batch mode: JSONL of {id, text, ref} ('-' for stdin)")
    m.set_defaults(func=cmd_mentions)

    e = sub.add_parser("extract", help="build a timeline project from a corpus",
                       description="Run the whole pipeline and save a project file.")
    e.add_argument("paths", nargs="*", help="corpus files or folders")
    e.add_argument("-o", "--output", required=True,
                   help="output file: .timeline.json (a .json name becomes one), .csv or .ics")
    e.add_argument("--format", help="force output format (project, csv, ics, timelinejs)")
    e.add_argument("--reference", type=_date_arg, help="article date YYYY-MM-DD for all articles")
    e.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (default 1)")
    e.add_argument("--title", help="timeline title")
    e.set_defaults(func=cmd_extract)

    x = sub.add_parser("export", help="export a timeline as CSV, iCalendar, TimelineJS, PNG, SVG or PDF",
                       description="INPUT is a corpus file, a folder or a project file; the format comes "
                                   "from the output extension unless --format is given.")
    x.add_argument("input", nargs="?", help="corpus file or folder, or project file")
    x.add_argument("-o", "--output", required=True)
    x.add_argument("--format", help="csv, ics, timelinejs, project, png, svg, pdf")
    x.add_argument("--reference", type=_date_arg, help="article date for corpus input")
    x.add_argument("--from", dest="date_from", help="image: first date shown (YYYY, YYYY-MM or YYYY-MM-DD)")
    x.add_argument("--to", dest="date_to", help="image: last date shown")
    x.add_argument("--width", type=int, default=None, help="image width in pixels")
    x.add_argument("--scale", dest="time_scale", type=_time_scale_arg, default="auto", metavar="linear|compact",
                   help="image time axis: linear, or compact (empty stretches collapse into marked breaks, "
                        "dense periods get room); default auto: compact when the events are very unevenly spread. "
                        "A number here is the old name of --pixel-ratio")
    x.add_argument("--preset", choices=["web", "a4", "letter"], default=None,
                   help="image: web = 1200 px wide; a4 / letter = the width of a landscape page, and a PDF "
                        "is cut into such pages between lanes")
    x.add_argument("--pixel-ratio", type=float, default=None,
                   help="PNG pixels per image pixel (2 for print; formerly --scale N)")
    x.add_argument("--lanes", choices=["actor", "article", "tag"], default="actor")
    x.add_argument("--theme", choices=["light", "dark"], default="light")
    x.add_argument("--title", help="image title")
    x.set_defaults(func=cmd_export)

    for sp in (e, x):
        sp.add_argument("--force", action="store_true",
                        help="replace an existing output file that this program did not write in that format "
                             "(an input file is never replaced)")

    e.add_argument("--verbose-dates", action="store_true",
                   help="list every story's publication date and where it came from")
    for sp in (m, e, x):
        sp.add_argument("--dates", action="append", metavar="FILE.csv",
                        help="publication dates of plain files: CSV rows path,date (paths relative to the list)")
        sp.add_argument("--fields", metavar="ROLE=NAME,...",
                        help="JSONL/CSV field names, e.g. title=hl,text=story,date=ts (roles: title, text, date, "
                             "url, outlet)")
        sp.add_argument("--actors", action="append", metavar="FILE",
                        help="extra actor gazetteer (TSV or JSON, see resources/actors.tsv); repeatable")
        sp.add_argument("--sample", action="store_true",
                        help="use the built-in sample corpus (shipped with the program) as input")

    v = sub.add_parser("view", help="open the desktop viewer", description="Open the desktop viewer.")
    v.add_argument("paths", nargs="*", help="corpus or project (default: the built-in sample)")
    v.set_defaults(func=cmd_view)

    ev = sub.add_parser("evaluate", help="score mention predictions against a gold file",
                        description="Span/value/strict scores and event-merge scores, as ../shared/eval.")
    ev.add_argument("gold")
    ev.add_argument("predictions")
    ev.add_argument("--articles", help="JSON list of article character ranges to score")
    ev.set_defaults(func=cmd_evaluate)
    return p


def _use_actor_files(paths: list[str]) -> None:
    """Add user gazetteer files for this run (through ``$TIMELINE_ACTORS``, so worker processes see them)."""
    import os

    from timeline.events.gazetteer import ENV_VAR, GazetteerError, load_gazetteer

    try:
        load_gazetteer(paths)
    except GazetteerError as exc:
        raise UserError(str(exc)) from None
    old = os.environ.get(ENV_VAR, "")
    os.environ[ENV_VAR] = os.pathsep.join([p for p in old.split(os.pathsep) if p] + [str(Path(p)) for p in paths])


def _use_sample(args: argparse.Namespace) -> None:
    """``--sample``: the built-in sample corpus (found through the installed package) is the input."""
    if getattr(args, "sample", False):
        from timeline.pipeline import sample_corpus_dir

        sample = str(sample_corpus_dir())
        if hasattr(args, "paths"):
            args.paths = [*args.paths, sample]
        elif args.input:
            raise UserError("give an INPUT or --sample, not both")
        else:
            args.input = sample
    if getattr(args, "command", None) == "extract" and not args.paths:
        raise UserError("give corpus files or folders, or --sample")
    if getattr(args, "command", None) == "export" and not args.input:
        raise UserError("give an INPUT (corpus, folder or project), or --sample")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 0
    try:
        _use_sample(args)
        if getattr(args, "actors", None):
            _use_actor_files(args.actors)
        return args.func(args)
    except input_errors() as exc:
        _err(str(exc))
        return EXIT_USER_ERROR
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except MemoryError:
        _err("out of memory (the input needs more memory than this machine has free; split it into smaller files)")
        return EXIT_USER_ERROR
    except OSError as exc:  # the file system refused something no reader or writer above turned into a message
        where = exc.filename if exc.filename is not None else "error"
        _err(f"{where}: {exc.strerror or exc}")
        return EXIT_USER_ERROR
    except Exception:  # a bug in this program, not a problem with the user's files
        traceback.print_exc()
        _err(f"internal error (a bug in timeline {__version__}, not a problem with your files): please report "
             "this with the command line and the traceback above")
        return EXIT_BUG


def input_errors() -> tuple[type[Exception], ...]:
    """The exception classes that mean "the input (a file, an option, the environment) is bad".

    Every reader and writer turns what it cannot accept into one of these, with a message that names the
    file and the problem; :func:`main` prints it as one line and exits with status 2. Any other exception
    is a bug: a traceback and a request to report it, exit status 1.
    """
    from timeline.corpus import CorpusError
    from timeline.evaluation import EvaluationError
    from timeline.events.gazetteer import GazetteerError
    from timeline.io import FormatError

    return (UserError, CorpusError, FormatError, GazetteerError, EvaluationError)


if __name__ == "__main__":
    raise SystemExit(main())
