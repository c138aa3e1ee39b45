"""Reading corpora and splitting them into articles.

Contract
--------
* :func:`read_text` decodes a file to ``str`` (UTF-8 with or without BOM, UTF-16, GB18030, Big5, ...)
  or raises :class:`CorpusError` with a message naming the file and the problem (missing, a folder,
  not a regular file, unreadable, too large, empty, binary, unknown encoding). Nothing is ever
  decoded lossily. Files larger than :data:`MAX_FILE_BYTES` are refused from their size alone,
  before any byte is read, so a huge file can never freeze the program.
* :func:`split_articles` finds the stories inside one decoded text and returns their character
  ranges in that text, so offsets of everything found later are offsets into the file as decoded.
  It runs in time linear in the text length.
* :func:`iter_corpus_files` expands files and folders into the list of corpus files.

A file is ONE story (paragraphs and short lines never start a story) unless it clearly is a collection:

1. Separator lines: a line of three or more ``-``, ``=``, ``*`` or ``_`` (spaces allowed) between stories;
   a ``===``/``---`` line right under a lone short line is that title's underline, not a separator.
   End markers: ``（完）`` ending a paragraph, a line ``-30-`` / ``###`` / ``(END)``, or a credit line
   (``【责任编辑：李华】``, ``(Reporting by …; Editing by …)``) closes a story (:func:`_end_marker_blocks`).
2. Markdown headings: two or more headings of the shallowest level in the text, the text opening at one
   (``# A`` ... ``# B`` ...); a single top heading above deeper ones is one story with sections.
3. The corpus layout: a heading line starting with ``#``, then two or more pairs of one short title line and
   one long body line, and nothing else.

The story's title is its first line when that is short (a title line), else its first sentence.
Line ends may be LF, CRLF or CR. An article's body may end with the outlet in parentheses:
``... (新華社)``. HTML files are turned into text by :func:`blank_html`, which replaces markup by
spaces of the same length (offsets stay valid) and never fetches or runs anything.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.temporal.numerals import cn_int

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

CORPUS_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".text", ".jsonl", ".ndjson", ".csv", ".tsv", ".rss", ".atom",
                   ".eml", ".mbox", ".mhtml", ".mht", ".docx", ".odt", ".fodt", ".xlsx", ".rtf", ".srt", ".vtt")
MANIFEST_NAME = "dates.csv"
"""A folder's date manifest (``path,date`` rows, see :func:`timeline.stories.read_dates_csv`): not a story file."""
MAX_FILE_BYTES = 64 * 1024 * 1024
"""Largest corpus file accepted (64 MB, about 20 million Chinese characters): split bigger dumps."""
MEASURED_PEAK_PER_BYTE: dict[str, tuple[str, int]] = {
    "prose": ("60 MB", 34),
    "one-line stories": ("60 MB", 35),
    "digit table": ("10 MB", 48),  # run N (docs/RELIABILITY.md); 40 at 1 MB in run Q
    "chronology paragraph": ("60 MB", 52),
    "2014年 repeated": ("10 MB", 48),  # run U (docs/RELIABILITY.md); 51 in run S, 33 at 1 MB in run T
}
"""Peak resident memory over the interpreter's base per input byte of ``timeline extract``, per shape of text,
at the largest size measured (``scripts/bench_memory.py``, 2026-12-05, docs/RELIABILITY.md); what the guard's
estimate (:func:`peak_per_byte`) must cover for a text of that shape."""
SHAPE_CLASS: dict[str, str] = {"prose": "prose", "one-line stories": "dated rows", "digit table": "dated rows",
                               "chronology paragraph": "dated rows", "2014年 repeated": "dense dates"}
"""The class :func:`peak_per_byte` puts each measured shape in (``tests/scale/test_memory_guard.py`` checks it
on the generated shapes)."""
PEAK_BY_CLASS: dict[str, int] = {"dense dates": 100, "dated rows": 80, "prose": 55}
"""The guard's assumption per class of text, bytes of memory per byte of the file over the interpreter's base:
at least 1.5 times the largest measured figure of the shapes in the class (:data:`MEASURED_PEAK_PER_BYTE`,
:data:`SHAPE_CLASS`; the resident set of one run varies with the allocator's arenas, and the shapes measured
at 10 MB only may need a little more at 60 MB)."""
PEAK_BYTES_PER_BYTE = max(PEAK_BY_CLASS.values())
"""The guard's assumption when it cannot tell the class of a text (a UTF-16 file, or no bytes given): the
largest of :data:`PEAK_BY_CLASS`. 150 until 2026-12-05, when a 10 MB chronology needed 91 B/B; one figure for
every file until the classes (issue 17)."""
DENSE_DATES_EVERY = 16
"""A text that tells a date every this many bytes or fewer (``2014年`` repeated: every 7) is of the class
``dense dates``."""
DATED_ROWS_EVERY = 60
"""A text that tells a date every this many bytes or fewer (a chronology paragraph 40, a digit table 36,
one-line stories 49), or a collection file (``.jsonl``, ``.csv``, ...) of lines of this many bytes or fewer
on average, is of the class ``dated rows``; a sparser text (news prose: one every 80 to 1,300 bytes) is
``prose``."""
_DATE_BYTES = re.compile(
    rb"\d{1,4}\s?\xe5\xb9\xb4(?:\s?\d{1,2}\s?\xe6\x9c\x88)?(?:\s?\d{1,2}\s?\xe6\x97\xa5)?"  # 2014年3月5日 (UTF-8)
    rb"|\d{1,2}\s?\xe6\x9c\x88(?:\s?\d{1,2}\s?\xe6\x97\xa5)?"  # 3月5日
    rb"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}"
    rb"|(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,4})"
    rb"|\b(?:1[5-9]|20)\d\d\b")  # a bare year (also the digits of a date in a legacy Chinese encoding)
"""What :func:`peak_per_byte` counts as one date in a file's bytes (a cheap count, not the recognizer)."""
_SAMPLE = 64 * 1024
_RECORD_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".tsv")


def peak_per_byte(data: bytes, suffix: str = "") -> tuple[int, str]:
    """``(bytes of memory per byte, class)`` the guard assumes for extracting a file of bytes ``data`` (its
    name ending in ``suffix``): :data:`PEAK_BY_CLASS` of the class its densest sample falls in (up to three
    windows of 64 KB: its start, middle and end). What a byte costs grows with how many dates, statements and
    stories it holds (docs/RELIABILITY.md): dates are counted with :data:`_DATE_BYTES`. Bytes with a NUL
    (UTF-16) cannot be read this way: the largest figure."""
    n = len(data)
    starts = [0] if n <= 3 * _SAMPLE else [0, n // 2 - _SAMPLE // 2, n - _SAMPLE]
    record = suffix.lower() in _RECORD_SUFFIXES
    densest = None
    for a in starts:
        window = data[a:a + _SAMPLE]
        if not window:
            continue
        if b"\x00" in window:
            return PEAK_BYTES_PER_BYTE, "dense dates"
        dates = len(_DATE_BYTES.findall(window))
        every = len(window) / dates if dates else float("inf")
        if record:
            every = min(every, len(window) / max(1, window.count(b"\n")))
        densest = every if densest is None else min(densest, every)
    if densest is None or densest > DATED_ROWS_EVERY:
        return PEAK_BY_CLASS["prose"], "prose"
    if densest > DENSE_DATES_EVERY:
        return PEAK_BY_CLASS["dated rows"], "dated rows"
    return PEAK_BY_CLASS["dense dates"], "dense dates"


MEMORY_CHECK_ENV = "TIMELINE_IGNORE_MEMORY"
"""Set to ``1`` to extract a file even when :func:`check_memory` finds too little memory free."""


def available_memory() -> int | None:
    """Bytes of memory the system can still give (``MemAvailable`` of ``/proc/meminfo``); ``None`` when
    unknown (not Linux)."""
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def check_memory(path: Path, nbytes: int, available: int | None = None, data: bytes | None = None) -> None:
    """Refuse (:class:`CorpusError`, naming the file) a file whose extraction could need more memory than is
    free: its size times :func:`peak_per_byte` of its bytes ``data`` (:data:`PEAK_BYTES_PER_BYTE` without
    them). Better a one-line error before the work than a machine pushed into swap or a process killed at the
    end. ``available`` defaults to :func:`available_memory` (unknown: no check); the environment variable
    :data:`MEMORY_CHECK_ENV` set to ``1`` skips the check."""
    if os.environ.get(MEMORY_CHECK_ENV) == "1":
        return
    free = available_memory() if available is None else available
    if free is None:
        return
    per_byte, kind = (PEAK_BYTES_PER_BYTE, "") if data is None else peak_per_byte(data, path.suffix)
    need = nbytes * per_byte
    if need > free:
        raise CorpusError(f"{path}: needs up to {_size(need)} of memory to extract ({per_byte} "
                          f"bytes per byte of its {_size(nbytes)}{': ' + kind if kind else ''}), only {_size(free)} "
                          f"free; split it into smaller files (or set {MEMORY_CHECK_ENV}=1 to try anyway)")


class CorpusError(Exception):
    """A corpus file cannot be used; the message names the file and says why."""


@dataclass(frozen=True, slots=True)
class Article:
    """An article's place in its file's text: ``text[start:end]`` is the whole article.

    ``body_start`` is where the body begins (after the title line); ``outlet`` is the trailing
    ``(outlet)`` if the body ends with one, else ``""``.
    """

    index: int
    start: int
    end: int
    body_start: int
    title: str
    outlet: str


_OUTLET_RE = re.compile(r"[(（]\s*([^()（）\n]{1,40}?)\s*[)）]\s*$")
_SENT_END = "。！？!?.…」』”\""


# ------------------------------------------------------------------------------------------ reading
def read_text(path: str | Path) -> str:
    """Decode a corpus file (HTML blanked to its text, offsets kept). Raises :class:`CorpusError` naming the
    file and the problem."""
    p = Path(path)
    text = read_document(p)
    if p.suffix.lower() in (".html", ".htm", ".xhtml"):
        text = blank_html(text)
        if not text.strip():
            raise CorpusError(f"{p}: HTML page without any text")
    return text


def read_document(path: str | Path) -> str:
    """Decode a corpus file as it is (HTML with its markup: its meta tags carry the publication date).
    Raises :class:`CorpusError` naming the file and the problem (also when extracting it could need more
    memory than is free: :func:`check_memory`)."""
    from timeline.encoding import decode_bytes  # local: keeps `import timeline.corpus` light

    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        if p.is_symlink():
            raise CorpusError(f"{p}: broken link (its target does not exist)") from None
        raise CorpusError(f"{p}: no such file") from None
    except OSError as exc:
        raise CorpusError(f"{p}: cannot read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise CorpusError(f"{p}: is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise CorpusError(f"{p}: not a regular file (a device, pipe or socket)")
    if st.st_size > MAX_FILE_BYTES:
        raise CorpusError(f"{p}: too large ({_mb(st.st_size)}; the limit is {_mb(MAX_FILE_BYTES)} per file, "
                          "split it into smaller files)")
    try:
        # O_NONBLOCK: a file swapped for a pipe after the check above still cannot block the open.
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise CorpusError(f"{p}: not a regular file (a device, pipe or socket)")
            # as many bytes as the file has (not a 64 MB buffer for every file); more if it grew since
            data = f.read(min(st.st_size, MAX_FILE_BYTES) + 1)
            if len(data) > st.st_size:
                data += f.read(MAX_FILE_BYTES + 1 - len(data))
    except OSError as exc:
        raise CorpusError(f"{p}: cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_FILE_BYTES:
        raise CorpusError(f"{p}: too large (more than {_mb(MAX_FILE_BYTES)}, split it into smaller files)")
    check_memory(p, len(data), data=data)
    if p.suffix.lower() == ".xlsx":
        return xlsx_text(data, p)
    if p.suffix.lower() == ".rtf" or data[:6] == b"{\\rtf1":
        return rtf_text(data, p)
    if p.suffix.lower() == ".odt" or (data[:2] == b"PK" and b"opendocument.text" in data[:200]):
        return odt_text(data, p)
    if p.suffix.lower() == ".fodt" or (data.lstrip()[:1] == b"<" and _FLAT_ODT.search(data[:4096])):
        return odt_text(data, p)
    if data[:4] == b"PK\x03\x04" and p.suffix.lower() != ".docx" and b"word/" not in data[:4096]:
        raise CorpusError(f"{p}: a .zip archive, not a story file (unpack it and open the folder)")
    if data[:8] == _OLE_MAGIC:
        hint = _BINARY_HINTS.get(p.suffix.lower(), " (an old Office file: save it as .docx, .eml or .txt)")
        raise CorpusError(f"{p}: binary data, not text{hint}")
    if p.suffix.lower() == ".docx" or (data[:2] == b"PK" and p.suffix.lower() not in CORPUS_SUFFIXES):
        return docx_text(data, p)
    try:
        return decode_bytes(data)
    except ValueError as exc:
        hint = _BINARY_HINTS.get(p.suffix.lower(), "")
        raise CorpusError(f"{p}: {exc}{hint}") from None


_BINARY_HINTS = {".pdf": " (a PDF: copy its text into a .txt file)", ".doc": " (an old Word file: save it as .docx or .txt)",
                 ".pages": " (export it as .docx or .txt)",
                 ".msg": " (an Outlook message: save it as .eml, or copy its text into a .txt file)",
                 ".7z": " (an archive: unpack it and open the folder)", ".rar": " (an archive: unpack it and open the folder)",
                 ".gz": " (a compressed file: unpack it and open the folder)"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""The first bytes of an OLE compound file: Outlook ``.msg``, old Word ``.doc``, Excel ``.xls``."""
_FLAT_ODT = re.compile(rb"<office:document\b[^>]{0,3000}office:mimetype=\"application/vnd\.oasis\.opendocument\.text\"")
"""A flat OpenDocument text (``.fodt``): the whole document as one XML file."""
DOCX_MAX_XML = MAX_FILE_BYTES
"""Largest ``word/document.xml`` read from a ``.docx`` (its uncompressed size: a zip bomb is refused)."""
_W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _zip_member(data: bytes, path: str | Path, names: list[str], what: str) -> dict[str, bytes]:
    """The members ``names`` of an Office file (missing ones left out), each at most :data:`DOCX_MAX_XML`
    unpacked; :class:`CorpusError` naming the file when it is no readable zip."""
    import io
    import zipfile

    out: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            have = set(z.namelist())
            for name in names:
                if name not in have:
                    continue
                info = z.getinfo(name)
                if info.file_size > DOCX_MAX_XML:
                    raise CorpusError(f"{path}: {what} too large once unpacked ({_mb(info.file_size)})")
                xml = z.read(info)
                if b"<!DOCTYPE" in xml[:4096] or b"<!ENTITY" in xml:
                    raise CorpusError(f"{path}: broken {what} (a DOCTYPE or entity declaration)")
                out[name] = xml
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as exc:
        raise CorpusError(f"{path}: not a readable {what} ({exc})") from None
    return out


_X_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def xlsx_text(data: bytes, path: str | Path = "") -> str:
    """The first worksheet of an Excel ``.xlsx`` file as tab-separated text (header row first), read with the
    standard library: shared and inline strings, numbers as written; a number in a column whose header names a
    date (``date``, ``发布时间``...) that is an Excel day serial (20000-80000) becomes its ISO date. Raises
    :class:`CorpusError` naming the file when it is not a readable ``.xlsx`` or holds no rows."""
    import csv
    import datetime as dt
    import io
    from xml.etree import ElementTree as ET

    from timeline.stories import FIELD_NAMES, _norm_key  # local: timeline.stories imports this module

    parts = _zip_member(data, path, ["xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"], "Excel .xlsx file")
    if "xl/worksheets/sheet1.xml" not in parts:
        raise CorpusError(f"{path}: not an Excel .xlsx file (no first worksheet)")
    try:
        shared = []
        if "xl/sharedStrings.xml" in parts:
            for si in ET.fromstring(parts["xl/sharedStrings.xml"]).iter(_X_NS + "si"):
                shared.append("".join(t.text or "" for t in si.iter(_X_NS + "t")))
        sheet = ET.fromstring(parts["xl/worksheets/sheet1.xml"])
    except ET.ParseError as exc:
        raise CorpusError(f"{path}: broken Excel .xlsx file ({exc})") from None
    rows: list[list[str]] = []
    for row in sheet.iter(_X_NS + "row"):
        cells: dict[int, str] = {}
        for c in row.iter(_X_NS + "c"):
            ref = c.get("r", "")
            col = 0
            for ch in ref:
                if ch.isalpha():
                    col = col * 26 + ord(ch.upper()) - 64
            col = col - 1 if col else len(cells)
            v = c.find(_X_NS + "v")
            if c.get("t") == "s" and v is not None and (v.text or "").isdigit() and int(v.text or 0) < len(shared):
                cells[col] = shared[int(v.text or 0)]
            elif c.get("t") == "inlineStr":
                cells[col] = "".join(t.text or "" for t in c.iter(_X_NS + "t"))
            elif v is not None:
                cells[col] = v.text or ""
        if cells:
            rows.append([cells.get(i, "") for i in range(max(cells) + 1)])
    if len(rows) < 2:
        raise CorpusError(f"{path}: Excel sheet without a header row and stories")
    dates = {i for i, h in enumerate(rows[0]) if _norm_key(h) in FIELD_NAMES["date"]}
    for r in rows[1:]:
        for i in dates:
            if i < len(r) and re.fullmatch(r"\d{5}(?:\.\d+)?", r[i]) and 20000 <= float(r[i]) <= 80000:
                r[i] = (dt.date(1899, 12, 30) + dt.timedelta(days=int(float(r[i])))).isoformat()
    buf = io.StringIO()
    csv.writer(buf, delimiter="\t", lineterminator="\n").writerows(rows)
    return buf.getvalue()


_RTF_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|[\r\n]+|([^\\{}\r\n]+)")
_RTF_SKIP = frozenset({b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"header", b"footer", b"headerl",
                       b"headerr", b"footerl", b"footerr", b"footnote", b"object", b"themedata", b"datastore",
                       b"listtable", b"listoverridetable", b"rsidtbl", b"generator", b"xmlnstbl", b"latentstyles"})
"""Destinations that are never text: tables of fonts, colours and styles, metadata, pictures, headers, footers."""


def rtf_text(data: bytes, path: str | Path = "") -> str:
    """The text of a Rich Text Format file (WordPad, TextEdit): paragraphs (``\\par``) as lines (a page break
    ``\\page`` a form feed opening the next line), ``\\'hh``
    bytes in the file's code page (``\\ansicpg936`` is GBK, ``950`` Big5, else Windows-1252), ``\\uN``
    characters, font/colour/style tables, pictures, headers and footers left out. Raises :class:`CorpusError`
    naming the file when nothing readable is left."""
    cpg = re.search(rb"\\ansicpg(\d{3,5})", data[:4096])
    codec = f"cp{cpg[1].decode()}" if cpg else "cp1252"
    out: list[str] = []
    pending = bytearray()
    stack: list[tuple[bool, int]] = []
    skip, uc, drop = False, 1, 0

    def flush() -> None:
        if pending:
            try:
                out.append(pending.decode(codec, "replace"))
            except LookupError:
                out.append(pending.decode("cp1252", "replace"))
            pending.clear()

    for m in _RTF_TOKEN.finditer(data):
        word, arg, hexbyte, sym, brace, plain = m.groups()
        if brace == b"{":
            stack.append((skip, uc))
        elif brace == b"}":
            skip, uc = stack.pop() if stack else (False, 1)
        elif skip:
            continue
        elif hexbyte is not None:
            if drop:
                drop -= 1
            else:
                pending.append(int(hexbyte, 16))
            continue
        elif word is not None:
            flush()
            if word in _RTF_SKIP:
                skip = True
            elif word == b"page":
                out.append("\n\f")
            elif word in (b"par", b"line", b"sect", b"row"):
                out.append("\n")
            elif word == b"tab" or word == b"cell":
                out.append("\t")
            elif word == b"uc" and arg is not None:
                uc = int(arg)
            elif word == b"u" and arg is not None:
                out.append(chr(int(arg) % 65536))
                drop = uc
        elif sym is not None:
            flush()
            if sym == b"*":
                skip = True
            elif sym in (b"{", b"}", b"\\"):
                out.append(sym.decode())
            elif sym == b"~":
                out.append("\u00a0")
        elif plain is not None:
            if drop:
                k = min(drop, len(plain))
                plain, drop = plain[k:], drop - k
            pending.extend(plain)
    flush()
    text = "\n".join(("\f" if line.lstrip(" \t").startswith("\f") else "") + line.strip()
                     for line in "".join(out).split("\n")).strip()
    text = re.sub(r"\n+\f+", "\n\f", text)
    if not text:
        raise CorpusError(f"{path}: RTF document without any text")
    return text + "\n"


def _zip_xml(data: bytes, path: str | Path, member: str, kind: str) -> Element:
    """The parsed XML of ``member`` in the zip file ``data`` (a ``kind`` such as "Word .docx file"); raises
    :class:`CorpusError` naming the file when the member is missing or is no well-formed XML."""
    from xml.etree import ElementTree as ET

    xml = _zip_member(data, path, [member], kind).get(member)
    if xml is None:
        raise CorpusError(f"{path}: not {'an' if kind[0] in 'AEIOU' else 'a'} {kind} (no {member})")
    try:
        return ET.fromstring(xml)
    except ET.ParseError as exc:
        raise CorpusError(f"{path}: broken {kind} ({exc})") from None


def docx_text(data: bytes, path: str | Path = "") -> str:
    """The text of a Word ``.docx`` file: one line per paragraph of ``word/document.xml`` (``w:t`` runs joined,
    ``w:tab`` a tab, ``w:br`` a line break, a page break ``w:br w:type="page"`` or ``w:pageBreakBefore`` a form
    feed, so stories on pages of their own split as in a text with form feeds), headers, footers and comments left out. Read with the standard
    library only; nothing in the file is run or fetched. Raises :class:`CorpusError` naming the file when it is
    not a readable ``.docx``."""
    root = _zip_xml(data, path, "word/document.xml", "Word .docx file")
    lines: list[str] = []
    pending = ""
    for para in root.iter(_W_NS + "p"):
        parts: list[str] = []
        for el in para.iter():
            if el.tag == _W_NS + "t":
                parts.append(el.text or "")
            elif el.tag == _W_NS + "tab":
                parts.append("\t")
            elif el.tag == _W_NS + "br" and el.get(_W_NS + "type") == "page":
                parts.append("\f")
            elif el.tag in (_W_NS + "br", _W_NS + "cr"):
                parts.append("\n")
            elif el.tag == _W_NS + "pageBreakBefore" and el.get(_W_NS + "val", "true") not in ("0", "false"):
                parts.insert(0, "\f")
        line = pending + "".join(parts)
        pending = ""
        if "\f" in line and not line.strip():
            pending = "\f"  # a paragraph holding only the break: the next paragraph opens the new page
            continue
        lines.append(line)
    text = "\n".join(lines).strip("\n")
    if not text.strip():
        raise CorpusError(f"{path}: Word document without any text")
    return text + "\n"


_ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_ODF_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_ODF_FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"


def odt_text(data: bytes, path: str | Path = "") -> str:
    """The text of an OpenDocument text file (``.odt``, LibreOffice / OpenOffice, or a flat ``.fodt``): one line
    per heading and paragraph of ``content.xml`` (``text:s`` spaces, ``text:tab``, ``text:line-break``; notes left
    out; a paragraph whose style breaks the page before it opens with a form feed, so clippings on pages of their
    own split as in a text with form feeds), read with the standard library. Raises :class:`CorpusError` naming the file when it is not a readable ``.odt``."""
    from xml.etree import ElementTree as ET

    if data.lstrip()[:1] != b"<":
        root = _zip_xml(data, path, "content.xml", "OpenDocument .odt file")
    else:  # a flat OpenDocument (.fodt): the same elements in one XML file
        if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data:
            raise CorpusError(f"{path}: broken OpenDocument file (a DOCTYPE or entity declaration)")
        try:
            root = ET.fromstring(data)
        except ET.ParseError as exc:
            raise CorpusError(f"{path}: broken OpenDocument file ({exc})") from None
    breaks = {st.get(_ODF_STYLE + "name") for st in root.iter(_ODF_STYLE + "style")
              if any(pp.get(_ODF_FO + "break-before") == "page" for pp in st.iter(_ODF_STYLE + "paragraph-properties"))}

    def walk(el: ET.Element, out: list[str]) -> None:
        for child in el:
            tag = child.tag
            if tag == _ODF_TEXT + "note":
                pass
            elif tag == _ODF_TEXT + "s":
                out.append(" " * int(child.get(_ODF_TEXT + "c", "1") or 1))
            elif tag == _ODF_TEXT + "tab":
                out.append("\t")
            elif tag == _ODF_TEXT + "line-break":
                out.append("\n")
            else:
                out.append(child.text or "")
                walk(child, out)
            out.append(child.tail or "")

    lines: list[str] = []
    for el in root.iter():
        if el.tag in (_ODF_TEXT + "p", _ODF_TEXT + "h"):
            parts = ["\f" if lines and el.get(_ODF_TEXT + "style-name") in breaks else "", el.text or ""]
            walk(el, parts)
            lines.append("".join(parts))
    text = "\n".join(lines).strip("\n")
    if not text.strip():
        raise CorpusError(f"{path}: OpenDocument file without any text")
    return text + "\n"


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


def _size(n: int) -> str:
    return f"{n / 2**30:.1f} GB" if n >= 2**30 else f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n:,} bytes"


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# --------------------------------------------------------------------------------------------- HTML
_RAW_ELEMENTS = ("script", "style", "title", "noscript", "template", "iframe", "noembed", "noframes",
                 "svg", "math", "object", "textarea", "nav", "form", "button", "select", "menu", "aside")
"""Elements whose whole content is blanked: code, metadata, embedded documents and page chrome."""
_SEPARATOR_TAGS = frozenset({"article", "section", "hr", "main", "body"})
_BLOCK_TAGS = frozenset({
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "blockquote",
    "pre", "header", "footer", "nav", "aside", "figure", "figcaption", "dl", "dt", "dd", "address",
    "center", "form", "fieldset", "legend", "html", "head", "caption", "tbody", "thead", "tfoot",
})
_HTML_TOKEN = re.compile(
    r"<!--"
    r"|<(" + "|".join(_RAW_ELEMENTS) + r")\b(?:[^<>\"']|\"[^\"]{0,2000}\"|'[^']{0,2000}'){0,200}>"
    r"|</?([A-Za-z][A-Za-z0-9-]{0,30})\b(?:[^<>\"']|\"[^\"]{0,2000}\"|'[^']{0,2000}'){0,200}/?>"
    r"|<![A-Za-z][^<>]{0,2000}>|<\?[^<>]{0,2000}\?>",
    re.I,
)
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x85\x0b\x0c]")
_CHROME_CONTAINERS = frozenset({"div", "ul", "ol", "section", "header", "footer", "p", "span", "table", "td", "li",
                                "dl", "sup"})
_DOC_COMMENT = re.compile(r"""\s*(?:<p\b[^<>]{0,300}>\s*)?<a\b[^<>]{0,300}?\bhref\s*=\s*["']#cmnt(?:_ref)?\d+["']""", re.I)
"""What opens a word processor's comment or its mark in an exported page (Google Docs: ``<sup><a href="#cmnt1"
id="cmnt_ref1">[a]</a></sup>`` in the text, ``<div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a>comment</p></div>`` at
the end): a reviewer's note, never the story's text."""
_CHROME_WORDS = frozenset({
    "nav", "navbar", "navigation", "menu", "menubar", "submenu", "footer", "breadcrumb", "breadcrumbs", "sidebar",
    "copyright", "share", "sharing", "social", "related", "comments", "advert", "advertisement", "ads", "banner",
    "subscribe", "newsletter", "cookie", "cookies", "toolbar", "masthead", "topbar", "pagination", "hotnews",
    "popular", "trending", "recommend", "recommended"})
"""Words of a container's ``class``/``id`` (split at spaces, ``-`` and ``_``) that make it page chrome (menus,
footers, share bars, link lists): its whole content is blanked like ``<nav>``'s."""
_CHROME_ATTR = re.compile(r"""\b(?:class|id|role)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+))""", re.I)


def _is_chrome(tag: str) -> bool:
    """True for a start tag whose class, id or role names page chrome (:data:`_CHROME_WORDS`)."""
    for m in _CHROME_ATTR.finditer(tag):
        value = (m[1] if m[1] is not None else m[2] if m[2] is not None else m[3] or "").lower()
        if any(w in _CHROME_WORDS for w in re.split(r"[\s_-]+", value)):
            return True
    return False


_HOLDS_STORY = re.compile(r"<(?:article|main|h1)\b", re.I)
_CONTAINER_TAG = re.compile(r"<(/?)(" + "|".join(sorted(_CHROME_CONTAINERS)) + r")\b((?:[^<>\"']|\"[^\"]{0,2000}\"|"
                            r"'[^']{0,2000}'){0,200}?)(/?)>", re.I)


def _chrome_spans(text: str) -> dict[int, int]:
    """Start -> end of every page-chrome container (:func:`_is_chrome`; a comment of an exported document,
    :data:`_DOC_COMMENT`) in ``text``, found in one pass (nested
    same-name elements counted; an unclosed one runs to the end, as in a browser). A container holding an
    ``<article>``, ``<main>`` or ``<h1>``, or more than half of the page, is a layout wrapper
    (``<div class="page has-sidebar">``), not chrome."""
    import bisect

    stacks: dict[str, list[tuple[int, bool]]] = {}
    ends: dict[int, int] = {}
    doc_comments = "#cmnt" in text
    for m in _CONTAINER_TAG.finditer(text):
        name = m[2].lower()
        if m[1]:
            st = stacks.get(name)
            if st:
                start, chrome = st.pop()
                if chrome:
                    ends[start] = m.end()
        elif not m[4]:
            stacks.setdefault(name, []).append((m.start(), _is_chrome(m[0]) or (
                doc_comments and _DOC_COMMENT.match(text, m.end()) is not None)))
    for st in stacks.values():
        for start, chrome in st:
            if chrome:
                ends[start] = len(text)
    if not ends:
        return ends
    story = [m.start() for m in _HOLDS_STORY.finditer(text)]
    out = {}
    for start, end in ends.items():
        i = bisect.bisect_right(story, start)
        if end - start <= len(text) // 2 and not (i < len(story) and story[i] < end):
            out[start] = end
    return out


def blank_html(text: str) -> str:
    """Turn HTML into text of the same length: markup becomes spaces, so offsets stay valid.

    * comments and the contents of ``script``, ``style``, ``title``, ``svg``, ``iframe``, ``nav``,
      ``form``, ``aside``... are blanked (an unclosed one runs to the end, as in a browser), and so are
      containers whose class, id or role names page chrome (``<div class="menu">``, ``<div id="footer">``,
      ``<ul class="share-links">``: :data:`_CHROME_WORDS`);
    * block tags (``p``, ``div``, ``h1``, ``br``...) start a new line, ``article``/``section``/``hr``
      start a new article (a blank line); line breaks inside the HTML source are white space;
    * everything else (``a``, ``img``, ``span``...) becomes spaces: links and images are never
      fetched. Character entities are left as written: text is shown literally, never interpreted.

    Text without a single block-level tag keeps its own line breaks.
    """
    tokens = list(_HTML_TOKEN.finditer(text))
    if not tokens:
        return text
    structured = any((m.group(2) or "").lower() in _BLOCK_TAGS | _SEPARATOR_TAGS for m in tokens)
    chrome = _chrome_spans(text) if _CHROME_ATTR.search(text) else {}
    out: list[str] = []
    state = "blank"  # "content" | "line" (just broke a line) | "blank" (at a blank line / start)
    pos = 0

    def emit_text(s: str) -> None:
        nonlocal state
        if not s:
            return
        if structured:
            s = _LINE_BREAKS.sub(" ", s)
        elif "\n" in s:
            state = "line"
        out.append(s)
        if s.strip():
            state = "content"

    def emit_break(length: int, blank_line: bool) -> None:
        nonlocal state
        if state == "content":
            if blank_line and length >= 2:
                out.append("\n\n" + " " * (length - 2))
                state = "blank"
            else:
                out.append("\n" + " " * (length - 1))
                state = "line"
        elif state == "line" and blank_line:
            out.append("\n" + " " * (length - 1))
            state = "blank"
        else:
            out.append(" " * length)

    search_from = 0
    while True:
        m = _HTML_TOKEN.search(text, search_from)
        if m is None:
            break
        emit_text(text[pos:m.start()])
        tok = m.group(0)
        if tok == "<!--":
            close = text.find("-->", m.end())
            end = len(text) if close < 0 else close + 3
            out.append(" " * (end - m.start()))
        elif m.group(1):
            name = m.group(1).lower()
            close_re = re.compile(r"</" + name + r"\s*>", re.I)
            cm = close_re.search(text, m.end())
            end = len(text) if cm is None else cm.end()
            out.append(" " * (end - m.start()))
        elif m.start() in chrome:
            end = max(chrome[m.start()], m.end())  # a menu, footer or share bar: page chrome, never text
            if structured:
                emit_break(end - m.start(), False)
            else:
                out.append(" " * (end - m.start()))
        else:
            end = m.end()
            name = (m.group(2) or "").lower()
            if structured and name in _SEPARATOR_TAGS:
                emit_break(end - m.start(), True)
            elif structured and name in _BLOCK_TAGS:
                emit_break(end - m.start(), False)
            else:
                out.append(" " * (end - m.start()))
        pos = search_from = end
    emit_text(text[pos:])
    result = "".join(out)
    assert len(result) == len(text)
    return result


# ---------------------------------------------------------------------------------------- splitting
_BREAK_RE = re.compile(r"\r\n|[\n\r\u2028\u2029\x85]")
_HEADING_RE = re.compile(r"[ \t]{0,3}(#{1,6})(?:[ \t]+\S|[^#\s][^#]*$)")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end excluding the line break (LF, CRLF, CR or U+2028)."""
    out, pos = [], 0
    for m in _BREAK_RE.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _is_title(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= 120 and not (len(s) > 60 and s[-1] in "。.!?！？")


_SEPARATOR_RE = re.compile(r"[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:=[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}"
                           r"|(?P<c>[＝＊－＿—━─═～~◆◇■□●○★☆※•·])(?:[ \t　]*(?P=c)){2,}[ \t　]*)")
"""A rule line: three or more of ``-`` ``=`` ``*`` ``_``, or of one full-width or symbol rule character
(``＝＝＝``, ``——————``, ``━━━``, ``◆◆◆``, ``☆☆☆``, ``※※※``, ``• • •``)."""


def split_articles(text: str) -> list[Article]:
    """Split a decoded text into stories: ONE story unless the text clearly is a collection.

    A collection is recognised only from (see module docstring): separator lines; two or more top-level
    headings with the text opening at one; a ``#`` heading line followed by two or more title/body line
    pairs. Paragraphs and short lines never start a story.
    """
    lines = _lines(text)
    content = [(a, b) for a, b in lines if not text[a:b].isspace() and b > a]
    if not content:
        return []
    blocks = _separator_blocks(text, lines)
    if blocks is None and "\f" in text:
        blocks = _page_break_blocks(text, content)
    if blocks is None:
        blocks = _end_marker_blocks(text, content)
    if blocks is None:
        blocks = _labelled_blocks(text, content)
    if blocks is None:
        blocks = _markdown_blocks(text, content)
    if blocks is None:
        blocks = _corpus_pairs(text, content)
    if blocks is None and (items := _digest_blocks(text, content) or _post_blocks(text, content)
                           or _stamped_post_blocks(text, content) or _hit_blocks(text, content)) is not None:
        return [dataclasses.replace(_article(text, i + 1, blk), title=title)
                for i, (blk, title) in enumerate(items)]
    if blocks is None:
        blocks = [content]
    return [_article(text, i + 1, blk) for i, blk in enumerate(blocks)]


_NUM_ITEM = re.compile(r"[ \t　]*(?:(?P<n>\d{1,2})(?:[.、．)）](?!\d)|[ \t]*[)）])|[(（](?P<p>\d{1,2}|[一二三四五六七八九十]{1,3})[)）]"
                       r"|(?P<c>[一二三四五六七八九十]{1,3})[、．]|[【\[](?P<b>[一二三四五六七八九十]{1,3}|\d{1,2})[】\]]"
                       r"|(?P<o>[①-⑳]))[ \t　]*(?=\S)")
"""A numbered item's mark opening a line: ``1.`` ``1、`` ``1)`` ``(1)`` ``（一）`` ``一、`` ``【一】`` ``①``."""
_BOLD_ITEM = re.compile(r"[ \t　]*(\*\*|__)([^*_\n]{2,60}?)\1[ \t　]*")
"""A line wholly in Markdown bold (``**标题**``): an item's title line in a digest written as plain text."""
_CLOCK_ITEM = re.compile(r"[ \t　]*(?:[01]?\d|2[0-3])[:：][0-5]\d(?![:\d])[ \t　]*(?=\S)")
"""A flash item's clock time opening a line (``09:41 【标题】…``)."""
_DIGEST_WORDS = re.compile(r"要闻|要聞|早报|早報|晚报|晚報|午报|午報|快讯|快訊|简讯|簡訊|简报|簡報|速览|速覽|速递|速遞|摘要|一览|"
                           r"一覽|汇总|彙總|匯總|精选|精選|导读|導讀|热点|熱點|新闻榜|新聞榜|\b(?:briefing|digest|"
                           r"round-?up|headlines|in brief|top stories|need to know|news summary)\b", re.I)
"""Words naming a digest of several stories in the file's header line (``今日要闻``, ``Morning Briefing``)."""
_LIVE_WORDS = re.compile(r"直播|实况|實況|\blive\b", re.I)
"""Words naming one live story told in timed updates (``直播：台风登陆``, ``Live: storm hits the coast``)."""
_ITEM_HEADLINE = re.compile(r"[【\[]([^【】\[\]\n]{2,40})[】\]]|([^，。！？,.!?:：\n]{2,40}?)[ \t]*[:：|｜—–][ \t]*\S")
"""The headline of a one-line item: ``【标题】text`` or ``标题：text``."""


def post_line(line: str) -> tuple[str, str] | None:
    """``(poster, stamp)`` of a line holding only a poster's name and a post stamp (``海滨小王  3小时前``,
    ``Jane_E  2 hours ago``: :data:`timeline.dating.POST_STAMP`), else ``None``."""
    from timeline.dating import POST_STAMP  # local: timeline.dating is imported lazily here only

    m = _POSTER_LINE.fullmatch(line)
    if m is None or POST_STAMP.fullmatch(m[2]) is None:
        return None
    return m[1], m[2]


_POSTER_LINE = re.compile(r"[ \t\u3000]*([^\s，。！？；：,.!?;:“”\"]{1,24}(?:[ \t][^\s，。！？；：,.!?;:“”\"]{1,24})?)[ \t\u3000]+"
                          r"((?:\d|今天|昨天|前天|刚刚|剛剛|just|today|yesterday)[^\n]{0,30}?)[ \t]*", re.I)


def _post_blocks(text: str, content: list[tuple[int, int]]
                 ) -> list[tuple[list[tuple[int, int]], str]] | None:
    """The posts of a forum thread or a Weibo page saved as text: two or more lines each holding only a
    poster's name and a stamp (:func:`post_line`), the first within the first three lines, each with the
    post's text under it. Each post is a story starting at its poster line, titled by its first sentence."""
    heads = [i for i, (a, b) in enumerate(content) if post_line(text[a:b]) is not None]
    if len(heads) < 2 or heads[0] > 2 or any(b - a < 2 for a, b in zip(heads, heads[1:], strict=False)):
        return None
    if heads[-1] == len(content) - 1:
        return None
    items = []
    for k, i in enumerate(heads):
        j = heads[k + 1] if k + 1 < len(heads) else len(content)
        blk = content[i:j]
        items.append((blk, _first_sentence(text[blk[1][0]:blk[1][1]].strip())))
    return items


_FULL_DAY = (r"(?:(?:19|20)\d\d\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?[日号號]|(?:19|20)\d\d([-/.])\d{1,2}\1\d{1,2}"
             r"|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d"
             r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d)")
_CLOCK = r"(?:[ \t,]+\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?[AaPp]\.?[Mm]\.?)?)?"
_STAMP_LINE = re.compile(r"[ \t\u3000]*(?:发表于|發表於|发布于|發佈於|发表时间|發表時間|Posted on|Posted)[ \t]*[:：]?[ \t]*"
                         + _FULL_DAY + _CLOCK + r"[ \t\u3000]*")
"""A post's stamp line under its poster's name (``发表于 2023-10-17 09:21``, ``Posted on Oct 17, 2023``)."""
_BY_LINE_POST = re.compile(r"[ \t]*(?:Post(?:ed)?[ \t]+by|Von|Par)[ \t]+[^\s»|]{1,40}[ \t]*[»|·•][ \t]*" + _FULL_DAY.replace(
    "([-/.])", "(?P<s2>[-/.])").replace("\\1", "(?P=s2)") + _CLOCK + r"[ \t]*")
"""A forum post's head line naming its poster and stamp (``Post by harbor_fan » Tue Oct 17, 2023 9:21 am``)."""
CHAT_LINE = re.compile(r"[ \t]*\[?(?P<stamp>\d{1,2}([/.])\d{1,2}\2(?:\d\d)?\d\d,?[ \t]+\d{1,2}:\d\d(?::\d\d)?"
                       r"(?:[ \t\u202f]?[AaPp]\.?[Mm]\.?)?)\]?[ \t]*(?:[-–][ \t]*)?(?:(?P<name>[^:\n]{1,40}?):[ \t]+)?(?=\S)")
"""A line of a chat export (WhatsApp: ``17/10/2023, 09:21 - Anna Reed: text``, ``[17/10/2023, 09:21:33] Anna: text``):
the message's stamp, its sender (none for a notice of the app), then its text."""


def _stamped_post_blocks(text: str, content: list[tuple[int, int]]
                         ) -> list[tuple[list[tuple[int, int]], str]] | None:
    """The posts of a forum thread or chat saved as text whose stamps carry their full date: a poster's name
    line above a stamp line (``老王`` / ``发表于 2023-10-17 09:21``), a head line ``Post by NAME » Oct 17, 2023``,
    or the lines of a chat export (``17/10/2023, 09:21 - Anna Reed: text``; the app's notices, lines without a
    sender, are left out). Two or more, the first within the first three lines; each post is a story from its
    head, titled by its first sentence (a quoted post inside it is part of its text)."""
    first = [text[a:b] for a, b in content[:4]]
    if not any(("发表" in ln or "發表" in ln or "发布于" in ln or "發佈於" in ln or "Post" in ln or ":" in ln[:40])
               for ln in first):
        return None
    lines = [text[a:b] for a, b in content]
    chat = [i for i, ln in enumerate(lines) if CHAT_LINE.match(ln)]
    if len(chat) >= 2 and chat[0] <= 2 and len(chat) * 2 >= len(lines):
        items = []
        for k, i in enumerate(chat):
            m = CHAT_LINE.match(lines[i])
            if m is None or not m["name"]:
                continue  # "Messages and calls are end-to-end encrypted": a notice of the app
            j = chat[k + 1] if k + 1 < len(chat) else len(content)
            items.append((content[i:j], _first_sentence(lines[i][m.end():].strip())))
        return items if len(items) >= 2 else None
    heads: list[tuple[int, int]] = []  # (head line, first text line)
    for i, ln in enumerate(lines):
        if _BY_LINE_POST.fullmatch(ln):
            heads.append((i, i + 1))
        elif i and _STAMP_LINE.fullmatch(ln) and len(lines[i - 1].strip()) <= 24 \
                and not re.search(r"[，。！？；,.!?;:：]", lines[i - 1]):
            heads.append((i - 1, i + 1))
    if len(heads) < 2 or heads[0][0] > 2 or any(b[0] - a[1] < 1 for a, b in zip(heads, heads[1:], strict=False)):
        return None
    if heads[-1][1] >= len(content):
        return None
    items = []
    for k, (i, t) in enumerate(heads):
        j = heads[k + 1][0] if k + 1 < len(heads) else len(content)
        if QUOTE_HEAD.match(lines[t]) and t + 2 < j:
            t += 2  # a reply opening with a quoted post (its head, one quoted line): titled by the reply
        items.append((content[i:j], _first_sentence(lines[t].strip())))
    return items


QUOTE_HEAD = re.compile(r"[ \t\u3000]*[^\s:：，。]{1,24}[ \t\u3000]+(?:(?:wrote|写道|寫道)[ \t]*[:：][ \t]*↑?|发表于|發表於)"
                        r"[ \t]*" + _FULL_DAY.replace("([-/.])", "(?P<s3>[-/.])").replace("\\1", "(?P=s3)") + _CLOCK
                        + r"[ \t\u3000]*")
"""The head of a post quoted in a reply (``老王 发表于 2023-10-17 09:21``, ``harbor_fan wrote: ↑Tue Oct 17, 2023
9:21 am``): its date is the quoted post's, no event."""


_HIT_DATE_LINE = re.compile(
    r"[ \t　]*(?:\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?[日号號]|\d{4}([-/.])\d{1,2}\1\d{1,2}"
    r"|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})[ \t　]*(?:——|—|–|-|·|…|\.\.\.)[ \t　]*\S")
"""A search hit's snippet line: a full date, a dash or a middle dot, then its text (``Mar 4, 2025 — The …``,
``2025年3月4日 — 海滨港…``)."""
_HIT_DATE = (r"(?:\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?[日号號]|\d{4}([-/.])\d{1,2}\1\d{1,2}"
             r"|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})")
_HIT_META_LINE = re.compile(r"[^\n，。！？,.!?:：]{0,30}?[ \t　]*" + _HIT_DATE.replace("([-/.])", "(?P<s>[-/.])").replace("\\1", "(?P=s)")
                            + r"(?:[ \t　]+\d{1,2}:\d\d)?[ \t　]*")
"""A search hit's source line under its title: a site name and a full date, perhaps a clock (``卡尔德日报 2024年6月3日
10:21``), with the snippet on the next line."""
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,200})\]\([^()\s]{0,500}\)")
"""A Markdown link: its text is what a title shows (``### [Harbor tunnel opens](https://…)``)."""


def clean_title(line: str) -> str:
    """A title line as a reader sees it: without Markdown heading marks, bold marks or a link's address."""
    t = line.strip().lstrip("#").strip()
    t = _MD_LINK.sub(r"\1", t)
    return t[2:-2].strip() if t.startswith(("**", "__")) and t.endswith(("**", "__")) and len(t) > 4 else t


_HIT_ADDRESS = re.compile(r"[ \t]*(?:https?://|www\.)\S*[ \t]*|[^\s›»]{3,60}(?:[ \t]*[›»][ \t]*[^›»\n]{1,40})+[ \t]*")
"""A hit's address line between its title and snippet (``https://…``, ``ex.org › news``)."""
_SEARCH_WORDS = re.compile(r"搜索|搜尋|检索|檢索|条结果|條結果|个结果|個結果|\bsearch\b|\bresults?\b", re.I)
"""Words saying a saved page is a search-results page (``新码头 - 搜索结果``, ``About 3 results``)."""


def _hit_blocks(text: str, content: list[tuple[int, int]]
                ) -> list[tuple[list[tuple[int, int]], str]] | None:
    """The hits of a search-results page copied as text: each a short title line, an optional address line,
    then a snippet line opening with a full date and a dash (:data:`_HIT_DATE_LINE`), under at most three short
    header lines. Two hits when the header says search (:data:`_SEARCH_WORDS`), else three or more. One story
    per hit, from its title line to the next hit's, titled by its title line."""
    titles: list[int] = []
    for i, (a, b) in enumerate(content):
        if not (_HIT_DATE_LINE.match(text, a, b) or (i + 1 < len(content) and _HIT_META_LINE.fullmatch(text, a, b))):
            continue
        t = i - 1
        if t >= 1 and _HIT_ADDRESS.fullmatch(text, *content[t]):
            t -= 1
        line = text[content[t][0]:content[t][1]].strip() if t >= 0 else ""
        if (t < 0 or (titles and t <= titles[-1]) or not _is_title(line) or len(line) > 80 or line[-1] in _SENT_END
                or _HIT_DATE_LINE.match(line) or _HIT_META_LINE.fullmatch(line)):  # dated lines one under another
            return None
        titles.append(t)
    if len(titles) < 2 or titles[0] > 3:
        return None
    header = [text[a:b].strip() for a, b in content[:titles[0]]]
    if any(len(h) > 80 for h in header) or (len(titles) < 3 and not _SEARCH_WORDS.search(" ".join(header))):
        return None
    items = []
    for k, t in enumerate(titles):
        blk = content[t:titles[k + 1] if k + 1 < len(titles) else len(content)]
        if len(blk) > 6:
            return None  # a long text under a dated line: a story, not a hit
        items.append((blk, clean_title(text[blk[0][0]:blk[0][1]])))
    return items


def _digest_blocks(text: str, content: list[tuple[int, int]]
                   ) -> list[tuple[list[tuple[int, int]], str]] | None:
    """A digest without rule lines: items each opening a line with a number in order (``1、`` ``一、`` ``①``), a
    clock time (``09:41 【…】``) or a title line wholly in bold (``**标题**``), under at most two short header
    lines. A story's own numbered sections look
    the same, so the items are stories only when something says so: the header names a digest
    (:data:`_DIGEST_WORDS`: ``今日要闻``, ``快讯``, ``Morning Briefing``; never a live story, :data:`_LIVE_WORDS`),
    or every item has its own dateline or stamp, or every timed item its own ``【headline】``. Each item is a
    title line with text under it, or one line ``标题：text`` / ``【标题】text``; its story starts after the mark.
    Returns ``(lines, title)`` per story, or ``None`` (then the file is one story)."""
    starts: list[tuple[int, int]] = []  # (line index, offset of the text after the mark)
    want, clocks, last, first_min, bolds = 1, 0, -1, -1, 0
    for i, (a, b) in enumerate(content):
        if i > 2 and not starts:
            return None  # more than two header lines: a story with a lead, its sections are not stories
        bold = _BOLD_ITEM.fullmatch(text, a, b)
        if bold is not None and want == 1 and not clocks:
            starts.append((i, bold.start(2)))
            bolds += 1
            continue
        m = _NUM_ITEM.match(text, a, b)
        if m is not None and not bolds:
            n = m["n"] or m["p"] or m["c"] or m["b"]
            try:
                num = int(n) if n and n.isdigit() else cn_int(n) if n else ord(m["o"]) - ord("①") + 1
            except ValueError:
                num = -1
            if num == want and not clocks:
                starts.append((i, m.end()))
                want += 1
            continue
        c = _CLOCK_ITEM.match(text, a, b)
        if c is not None and want == 1 and not bolds:
            mins = int(re.sub(r"\D", "", c[0]))
            if clocks and (mins - last) * (last - first_min) < 0:
                continue  # times out of order: not a list of flashes
            if not clocks:
                first_min = mins
            starts.append((i, c.end()))
            clocks += 1
            last = mins
    if len(starts) < 2:
        return None
    header = [text[a:b].strip() for a, b in content[:starts[0][0]]]
    if any(not _is_title(h) or len(h) > 60 for h in header):
        return None
    head = " ".join(header)
    if _LIVE_WORDS.search(head):
        return None
    items: list[tuple[list[tuple[int, int]], str]] = []
    from timeline.dating import find_dateline  # local: timeline.dating is imported lazily here only

    each_dated = each_bracket = True
    for k, (i, at) in enumerate(starts):
        j = starts[k + 1][0] if k + 1 < len(starts) else len(content)
        blk = [(at, content[i][1]), *content[i + 1:j]]
        first = text[at:content[i][1]].strip()
        if bolds:
            first = first[:-2].strip()  # **标题**: the title without its marks
        own = sum(b - a for a, b in blk[1:])
        hm = _ITEM_HEADLINE.match(first)
        if len(blk) > 1 and _is_title(first) and len(first) <= 60 and first[-1] not in "。.!?！？":
            title = first
            if own < 10:
                return None  # a numbered list of points, not items with their own text
        elif hm is not None and len(first) > len(hm[0]) + 10:
            title = (hm[1] or hm[2]).strip()
        else:
            return None
        each_bracket &= first.startswith(("【", "["))
        item_text = text[at:blk[-1][1]]
        each_dated &= find_dateline(item_text) is not None
        items.append((blk, title))
    if not (_DIGEST_WORDS.search(head) or each_dated or (clocks and each_bracket)):
        return None
    return items


def _page_break_blocks(text: str, content: list[tuple[int, int]]) -> list[list[tuple[int, int]]] | None:
    """Stories on pages of their own (a form feed ``\\f``, a page break saved by a word processor, opening a
    line): each page opens with a title line right above its text, the titles all differ (not a running
    header) and each page before ends a sentence; ``None`` otherwise (a text whose pages break mid-story)."""
    blocks: list[list[tuple[int, int]]] = []
    for a, b in content:
        lead = text[a:b]
        if "\f" in lead[:len(lead) - len(lead.lstrip())] or not blocks:
            a += len(lead) - len(lead.lstrip())
            blocks.append([])
        if a < b:
            blocks[-1].append((a, b))
    blocks = [blk for blk in blocks if blk]
    if len(blocks) < 2:
        return None
    titles = [text[blk[0][0]:blk[0][1]].strip() for blk in blocks]
    if len(set(titles)) < len(titles) or not all(_title_then_body(text, blk) for blk in blocks):
        return None
    if any(text[blk[-1][0]:blk[-1][1]].rstrip()[-1:] not in _SENT_END for blk in blocks[:-1]):
        return None
    return blocks


def _is_separator(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """A separator line, not a title's underline (``Title`` / ``=====`` right under a lone short line)."""
    a, b = lines[i]
    if not _SEPARATOR_RE.fullmatch(text, a, b):
        return False
    if i > 0 and text[a:b].strip()[0] in "-=":  # only Markdown's --- and === underline a title
        pa, pb = lines[i - 1]
        prev = text[pa:pb]
        if prev.strip() and _is_title(prev) and not _SEPARATOR_RE.fullmatch(prev):
            before_blank = i < 2 or not text[lines[i - 2][0]:lines[i - 2][1]].strip()
            if before_blank:
                return False  # setext heading underline
    return True


def _separator_blocks(text: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]] | None:
    blocks: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    seps = 0
    for i, (a, b) in enumerate(lines):
        if _is_separator(text, lines, i):
            seps += 1
            if cur:
                blocks.append(cur)
            cur = []
        elif b > a and not text[a:b].isspace():
            cur.append((a, b))
    if cur:
        blocks.append(cur)
    if not seps or len(blocks) < 2:
        return None
    return [_drop_file_header(text, blocks[0], blocks[1:]), *blocks[1:]]


_END_MARK = re.compile(
    r"[ \t]*(?:-[ \t]?30[ \t]?-|#[ \t]?#[ \t]?#|＃＃＃|[(（【\[][ \t]?(?:完|全文完|END|End|end)[ \t]?[)）】\]]|"
    r"-?END-?|—\s?END\s?—)[ \t]*")
"""A line that only closes a story: ``-30-``, ``###``, ``（完）``, ``(END)``, ``END``."""
_END_TAIL = re.compile(r"[(（【][ \t]?(?:完|全文完)[ \t]?[)）】][ \t]*$")
"""A paragraph ending with ``（完）``: the last line of a Chinese wire story."""
_CREDIT_LINE = re.compile(
    r"[ \t]*(?:[(（【\[][ \t]?(?:责任编辑|責任編輯|责编|責編|编辑|編輯|编审|編審|校对|校對|审核|審核|Reporting by|"
    r"Reported by|Editing by|Edited by|Writing by|Written by|Additional reporting by|Compiled by)[^\n]{0,160}"
    r"[)）】\]][ \t]*\d{0,8}|(?:责任编辑|責任編輯|责编|責編)[ \t]*[:：][^\n]{1,30}|Our Standards:[^\n]{0,80})[ \t]*")
"""A line of editing credits closing a story: ``【责任编辑：李华】``, ``（編輯：陳小芳）1140304``, ``(Reporting by …;
Editing by …)``, ``责任编辑：李华``."""
END_MIN_CHARS = 20
"""A block after an end marker is a story only with at least this much text that is not a marker or a credit,
and a sentence (else it belongs to the story before: a credit line under ``（完）``, a list of related
headlines)."""


_TITLE_LABEL = re.compile(r"[ \t]*(?:标题|標題|题目|題目|新闻标题|新聞標題|title|headline)[ \t]*[:：][ \t]*(?=\S)", re.I)
"""A title field written in a plain text file (``标题：…``, ``Title: …``): the label is not part of the title."""


def _labelled_blocks(text: str, content: list[tuple[int, int]]) -> list[list[tuple[int, int]]] | None:
    """Records written as labelled fields, one after another (``标题：…`` / ``时间：…`` / ``正文：…``, then the next
    ``标题：``): a story starts at each title label. ``None`` unless the text opens with one and there are two or
    more, each followed by other lines."""
    starts = [i for i, (a, b) in enumerate(content) if _TITLE_LABEL.match(text, a, b)]
    if len(starts) < 2 or starts[0] != 0 or any(b - a < 2 for a, b in zip(starts, starts[1:], strict=False)):
        return None
    if len(content) - starts[-1] < 2:
        return None
    return [content[a:b] for a, b in zip(starts, [*starts[1:], len(content)], strict=True)]


def _closes_story(line: str) -> bool:
    return bool(_END_MARK.fullmatch(line) or _CREDIT_LINE.fullmatch(line) or _END_TAIL.search(line))


def _end_marker_blocks(text: str, content: list[tuple[int, int]]) -> list[list[tuple[int, int]]] | None:
    """Stories closed by end markers (:data:`_END_MARK`, a paragraph ending in ``（完）``, a credit line
    :data:`_CREDIT_LINE`): a story ends after each, the marker staying its last line. Markers and credits right
    after a story's end, and a block of less than :data:`END_MIN_CHARS` other characters, stay with the story
    before. ``None`` unless this gives two or more stories."""
    blocks: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    marks = 0
    for a, b in content:
        line = text[a:b]
        closing = _closes_story(line)
        if closing and not cur and blocks:
            blocks[-1].append((a, b))  # a credit under （完）: still the story before
            continue
        cur.append((a, b))
        if closing:
            marks += 1
            blocks.append(cur)
            cur = []
    if not marks:
        return None
    if cur:
        blocks.append(cur)
    merged: list[list[tuple[int, int]]] = []
    for blk in blocks:
        own = sum(len(_END_TAIL.sub("", text[a:b]).strip()) for a, b in blk
                  if not (_END_MARK.fullmatch(text, a, b) or _CREDIT_LINE.fullmatch(text, a, b)))
        told = any(re.search(r"[。！？!?]|[a-z][.!?](?:\s|$)", _END_TAIL.sub("", text[a:b])) for a, b in blk)
        if merged and (own < END_MIN_CHARS or not told):  # a list of related headlines tells nothing
            merged[-1].extend(blk)
        else:
            merged.append(blk)
    return merged if len(merged) >= 2 else None


def _title_then_body(text: str, blk: list[tuple[int, int]], i: int = 0) -> bool:
    """``blk[i]`` is a short title line with the story's next line right under it (no blank line between)."""
    return (i + 1 < len(blk) and _is_title(text[blk[i][0]:blk[i][1]])
            and text.count("\n", blk[i][1], blk[i + 1][0]) <= 1 and "\r\r" not in text[blk[i][1]:blk[i + 1][0]])


def _drop_file_header(text: str, first: list[tuple[int, int]], others: list[list[tuple[int, int]]]
                      ) -> list[tuple[int, int]]:
    """The first block of a separated collection without the file's own header (``今日要聞摘要`` or ``Morning
    digest`` alone above a blank line) when the stories all open with a title line right above their text and
    the first one does so after that lone line."""
    if (len(first) >= 3 and _is_title(text[first[0][0]:first[0][1]]) and not _title_then_body(text, first)
            and _title_then_body(text, first, 1) and all(_title_then_body(text, b) for b in others)):
        return first[1:]
    return first


def _long_after(text: str, title: tuple[int, int], nxt: tuple[int, int]) -> bool:
    n = len(text[title[0]:title[1]].strip())
    return (nxt[1] - nxt[0]) > max(2 * n, 80)


def _corpus_pairs(text: str, content: list[tuple[int, int]]) -> list[list[tuple[int, int]]] | None:
    """The corpus layout: a ``#`` heading line, then (short title line, one long body line) pairs only."""
    first = text[content[0][0]:content[0][1]]
    rest = content[1:]
    if not first.lstrip().startswith("#") or len(rest) < 4 or len(rest) % 2:
        return None
    blocks = []
    for i in range(0, len(rest), 2):
        title, body = rest[i], rest[i + 1]
        line = text[title[0]:title[1]]
        if not _is_title(line) or line.lstrip().startswith("#") or not _long_after(text, title, body):
            return None
        blocks.append([title, body])
    return blocks


def _heading_level(line: str) -> int:
    m = _HEADING_RE.match(line)
    return len(m.group(1)) if m and len(line.strip()) <= 120 else 0


def _dated_heading(line: str) -> bool:
    """A short heading naming a day (``# 2025-03-04``, ``# 2025年3月4日 早报``, ``# March 4, 2025``)."""
    from timeline.dating import date_in_line  # local: timeline.dating is imported lazily here only

    head = line.strip().lstrip("#").strip()
    if len(head) > 40 or date_in_line(head) is None:
        return False
    rest = _DIGEST_WORDS.sub("", _DAY_WORDS.sub("", head))
    return len(rest) <= 4  # the day alone: not a story's headline that tells a date (# 2025年3月4日董事会决议)


_DAY_WORDS = re.compile(r"[\d\s年月日号號/.,:：—–|·()（）-]+|星期.|[周週][一二三四五六日天]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|"
                        r"sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\b\.?"
                        r"|\b(?:daily|notes?|journal|log)\b|日记|日記|笔记|筆記", re.I)


def _markdown_blocks(text: str, content: list[tuple[int, int]]) -> list[list[tuple[int, int]]] | None:
    """Two or more headings of the shallowest level present, the text opening at one: one story each.

    A single top heading above deeper ones (``# Title`` then ``## Background``) is one story with sections.
    """
    levels = [_heading_level(text[a:b]) for a, b in content]
    present = [lv for lv in levels if lv]
    if not present:
        return None
    level = min(present)
    if present.count(level) == 1 and levels[0] == level and _dated_heading(text[content[0][0]:content[0][1]]):
        # a dated page (``# 2025-03-04``, a daily note) over stories under ``##`` headings: the page's heading
        # is the header of its collection (it dates them), each next-level heading a story
        deeper = [lv for lv in present if lv > level]
        if deeper and deeper.count(min(deeper)) >= 2 and levels[1] == min(deeper):
            sub = _markdown_blocks(text, content[1:])
            if sub is not None and len(sub) >= 2:
                return sub
    if present.count(level) < 2 or levels[0] != level:
        return None
    blocks: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    for ln, lv in zip(content, levels, strict=True):
        if lv == level and cur:
            blocks.append(cur)
            cur = []
        cur.append(ln)
    if cur:
        blocks.append(cur)
    return blocks


_NOT_TITLE = re.compile(
    r"[ \t]*(?:(?:for immediate release|immediate release|press release|news release|media release|media advisory|"
    r"新闻稿|新聞稿|新闻通稿|新聞通稿|新闻发布|新聞發布)[ \t]*[:：]?[ \t]*|embargoed[^\n]{0,60}"
    r"|[\d \t年月日号號/.:：,，()（）\-—–]{6,40}"
    r"|(?:[A-Z][a-z]{2,8}day,?[ \t]+)?[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}[ \t]*"
    r"|(?:[^|｜\n]{1,12}[|｜]){3,}[^|｜\n]{0,12}"
    r"|[ \t]*(?:当前位置|當前位置|您的位置|你的位置|您现在的位置|you are here)[ \t]*[:：]?[^\n]{0,80}"
    r"|[^>\n›»]{1,12}(?:[ \t]*[>›»][ \t]*[^>\n›»]{1,12}){2,})", re.I)
"""Lines that open a story but never title it: a release label (``FOR IMMEDIATE RELEASE``, ``新闻稿``), a date
alone (``March 4, 2025``, ``2025年3月4日``), a site's menu (``首页 | 新闻 | 财经 | 体育``) or breadcrumb
(``当前位置：首页 > 新闻 > 本地``) that a page saved as text keeps above its headline."""


_BRACKETED_DATELINE = re.compile(r".{0,20}?\d{1,2}\s?[日号號]\s?[讯訊电電]?|.{0,24}?(?:[讯訊电電]|报道|報導)")
"""The words inside black brackets that are a dateline, not a headline: ``海濱日報2025年3月5日訊``, ``本报讯``."""
_POST_HEADLINE = re.compile(r"[ \t]*【([^【】\n:：]{4,40})】[ \t]*[^\s【]")
"""A social post's headline in black brackets opening its text: ``【海滨地铁三号线今日开通】今天上午…``."""


def _article(text: str, index: int, blk: list[tuple[int, int]]) -> Article:
    a0, b0 = blk[0]
    first = text[a0:b0]
    start = a0 + (len(first) - len(first.lstrip()))
    end = blk[-1][1]
    while end > start and text[end - 1].isspace():
        end -= 1
    lead = 0
    while lead < min(3, len(blk) - 2) and _NOT_TITLE.fullmatch(text, *blk[lead]):
        lead += 1  # FOR IMMEDIATE RELEASE / March 4, 2025 / a site's menu above the headline
    if lead:
        blk = blk[lead:]
        first = text[blk[0][0]:blk[0][1]]
    if (label := _TITLE_LABEL.match(first)) is not None:
        first = " " * label.end() + first[label.end():]  # 标题：… / Title: …
    title = clean_title(first) if "](" in first else first.strip().lstrip("#").strip()
    if title.startswith("From:") and len(blk) >= 2:  # a mail's header block (Outlook's saved page): its subject
        subject = next((m for a, b in blk[1:6] if (m := _SUBJECT_LINE.fullmatch(text, a, b)) is not None), None)
        if subject is not None:
            title = subject[1].strip()
    if len(blk) >= 3 and len(title) <= 50 and _HANDLE.fullmatch(text, *blk[1]):
        title = _first_sentence(text[blk[2][0]:blk[2][1]].strip())  # a post's name and @handle above its text
    if len(title) > 2 and title[0] == "【" and title[-1] == "】" and "】" not in title[1:-1]:
        title = title[1:-1].strip()  # a shared headline in black brackets (a news app's share text)
    if len(title) <= 10 and not re.search(r"[，。！？,.!?]", title):
        # a social post: the account's name above a stamp and 【headline】text (a Weibo or WeChat copy)
        for a, b in blk[1:4]:
            post = _POST_HEADLINE.match(text, a, b)
            if post is not None and not _BRACKETED_DATELINE.fullmatch(post[1]):  # 【海濱日報3月5日訊】: a dateline
                title = post[1].strip()
                break
    body_start = blk[1][0] if len(blk) > 1 else start
    if len(blk) == 1 or not _is_title(first) or _BRACKET_DATELINE.match(first.strip()):
        # no title line: the story opens with its text, after its bracketed dateline and byline
        title = _first_sentence(_BRACKET_DATELINE.sub("", title, count=1) or title)
        body_start = start
    outlet = ""
    if len(blk) > 1 and end > start:
        m = _OUTLET_RE.search(text, max(start, end - 60), end)
        if m and m.end() >= end - 1 and not _closes_story(m.group(0)):
            outlet = m.group(1).strip()
    return Article(index, start, end, body_start, title, outlet)


_SUBJECT_LINE = re.compile(r"[ \t]*(?:Subject|主题|主題)[ \t]*[:：][ \t]*(\S[^\n]{0,200}?)[ \t]*")
_HANDLE = re.compile(r"[ \t]*@[A-Za-z0-9_]{1,30}[ \t]*")
"""A social account's handle alone on its line (``@qinglan_herald``) under the account's name."""
_BRACKET_DATELINE = re.compile(r"^[【\[][^【】\[\]\n]{0,30}?\d[^【】\[\]\n]{0,12}[】\]][ \t]*(?:[(（][^()（）\n]{1,24}[)）][ \t]*)?")
"""A dateline in black brackets opening a story's text, with a byline after it: ``【海濱時報2025年03月04日訊】
（記者林小華報導）``."""


def _first_sentence(s: str, limit: int = 60) -> str:
    for i, ch in enumerate(s[: limit * 2]):
        if ch in _SENT_END and i > 4:
            return s[: i + 1][:limit]
    return s[:limit]


# ---------------------------------------------------------------------------------------- discovery
_FEED_HEAD = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,2000}?-->\s*)*"
                        rb"<(?:rss|feed|rdf:RDF)\b", re.S)


def _is_feed_file(path: Path) -> bool:
    """True for an ``.xml`` file in a folder that is an RSS or Atom feed (its first 4 KB open with ``<rss``,
    ``<feed`` or ``<rdf:RDF``): a saved feed is news; other XML (sitemaps, settings) is not read."""
    if path.suffix.lower() != ".xml" or path.name.startswith("."):
        return False
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return _FEED_HEAD.match(head) is not None


def _is_news_json(path: Path) -> bool:
    """True for a ``.json`` file in a folder that holds news stories (:func:`timeline.stories.is_news_json_file`);
    a timeline, a project or settings saved beside the stories are not read. Scripts (``.js``) in a folder are
    never read: name a data export such as ``tweets.js`` explicitly."""
    if path.suffix.lower() != ".json" or path.name.startswith("."):
        return False
    from timeline.stories import is_news_json_file  # stories imports this module

    return is_news_json_file(path)


def unread_scripts(paths: Iterable[str | Path]) -> list[Path]:
    """The scripts (``.js``) inside the given folders, which :func:`iter_corpus_files` leaves unread (a saved
    page's or an archive's scripts are no stories; a data export such as ``tweets.js`` is read when named
    explicitly), for the CLI's note. Files named explicitly are not listed; nothing raises."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if not p.is_dir():
            continue
        for root, dirs, files in os.walk(p):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            out.extend(Path(root) / n for n in files if n.lower().endswith(".js") and not n.startswith("."))
    return sorted(out)


def _without_linked_copies(found: list[Path]) -> list[Path]:
    """``found`` without a link whose target is another file of the list (a link ``copy.txt -> a.txt`` beside
    ``a.txt``, or two links to one file): each story is read once. Broken links stay (reading them reports them)."""
    real: dict[Path, Path] = {}
    for f in found:
        if not f.is_symlink():
            real.setdefault(f.resolve(), f)
    out = []
    for f in found:
        if f.is_symlink():
            try:
                target = f.resolve(strict=True)
            except (OSError, RuntimeError):
                out.append(f)
                continue
            if target in real:
                continue
            real[target] = f
        out.append(f)
    return out


def iter_corpus_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files and folders (recursively, sorted) into corpus files.

    Files named explicitly are yielded whatever their suffix; inside folders only
    :data:`CORPUS_SUFFIXES` are taken, with ``.xml`` feeds and ``.json`` files of news stories (a folder's date manifest :data:`MANIFEST_NAME` is not a story file;
    hidden files and folders are skipped; links to files are
    yielded even when broken, so that reading them reports the problem, but a link to a file read already is
    not: :func:`_without_linked_copies`). A missing path, or a folder
    without any corpus file, raises :class:`CorpusError` (saying so when a folder could not be listed;
    sub-folders that cannot be listed are skipped when other files were found). Folders are never followed through links, so a link loop cannot hang.
    """
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found: list[Path] = []
            unreadable: list[OSError] = []
            for root, dirs, files in os.walk(p, onerror=unreadable.append):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in files:
                    if (not name.startswith(".") and Path(name).suffix.lower() in CORPUS_SUFFIXES
                            and name.lower() != MANIFEST_NAME) or _is_feed_file(Path(root) / name) \
                            or _is_news_json(Path(root) / name):
                        found.append(Path(root) / name)
            if not found:
                if unreadable:
                    exc = unreadable[0]
                    raise CorpusError(f"{exc.filename or p}: cannot read folder ({exc.strerror or exc})")
                raise CorpusError(f"{p}: folder holds no corpus files ({', '.join(CORPUS_SUFFIXES)}, "
                                  f"an .xml feed or a .json of news stories)")
            yield from _without_linked_copies(sorted(found))
        elif p.exists() or p.is_symlink():
            yield p
        else:
            raise CorpusError(f"{p}: no such file or folder")
