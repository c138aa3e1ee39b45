"""Reading corpora and splitting them into articles.

Contract
--------
* :func:`read_text` decodes a file to ``str`` (UTF-8 with or without BOM, UTF-16, GB18030, Big5, ...)
  or raises :class:`CorpusError` with a message naming the file and the problem. Nothing is ever
  decoded lossily without saying so.
* :func:`split_articles` finds the articles inside one decoded text and returns their character
  ranges in that text, so offsets of everything found later are offsets into the file as decoded.
* :func:`iter_corpus_files` expands files and folders into the list of readable corpus files.

Layout understood by the splitter (the usual shape of a news dump):

* an optional corpus heading line starting with ``#``;
* articles separated by blank lines, or one article per pair of lines (a short title line followed by
  a long body line), the body optionally ending with the outlet in parentheses: ``... (新華社)``;
* Markdown headings (``# title``) and HTML (tags are blanked out with spaces so offsets stay valid).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

CORPUS_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".text")
MAX_FILE_BYTES = 512 * 1024 * 1024


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


def read_text(path: str | Path) -> str:
    """Decode a corpus file. Raises :class:`CorpusError` for unreadable, empty or binary files."""
    from timeline.encoding import decode_bytes  # local: keeps `import timeline.corpus` light

    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise CorpusError(f"{p}: cannot read ({exc.strerror or exc})") from None
    if p.is_dir():
        raise CorpusError(f"{p}: is a folder, not a file")
    if size > MAX_FILE_BYTES:
        raise CorpusError(f"{p}: too large ({size // (1024 * 1024)} MB; limit {MAX_FILE_BYTES // (1024 * 1024)} MB)")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{p}: cannot read ({exc.strerror or exc})") from None
    try:
        text = decode_bytes(data)
    except ValueError as exc:
        raise CorpusError(f"{p}: {exc}") from None
    if p.suffix.lower() in (".html", ".htm"):
        text = blank_html(text)
    return text


_TAG_RE = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]{0,2000}>", re.S | re.I)


def blank_html(text: str) -> str:
    """Replace HTML tags, scripts and comments by spaces of the same length (offsets stay valid).

    Block-level tags become a newline followed by spaces so that paragraphs split into lines.
    Character entities are left as written: text is shown literally, never interpreted.
    """

    def repl(m: re.Match[str]) -> str:
        s = m.group(0)
        low = s[:4].lower()
        if low.startswith(("<p", "</p", "<br", "<h", "</h", "<di", "</d", "<li", "<ar", "</a")):
            if low.startswith(("</a", "<a ")) and not low.startswith(("<art", "</ar")):
                return " " * len(s)
            return "\n" + " " * (len(s) - 1)
        return " " * len(s)

    return _TAG_RE.sub(repl, text)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end excluding the newline."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _is_title(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= 120 and not (len(s) > 60 and s[-1] in "。.!?！？")


def split_articles(text: str) -> list[Article]:
    """Split a decoded corpus text into articles (see module docstring for the layouts understood)."""
    lines = [(a, b) for a, b in _lines(text)]
    # Trim trailing CR so offsets exclude it.
    lines = [(a, b - 1) if b > a and text[b - 1] == "\r" else (a, b) for a, b in lines]
    content = [(a, b) for a, b in lines if text[a:b].strip()]
    if not content:
        return []
    # A leading '#' heading followed by more content is the corpus heading, not an article title,
    # when the next non-empty line is itself a short title line.
    first_a, first_b = content[0]
    if text[first_a:first_b].lstrip().startswith("#") and len(content) >= 3:
        nxt = text[content[1][0]:content[1][1]]
        if _is_title(nxt) and len(text[content[2][0]:content[2][1]]) > len(nxt):
            content = content[1:]

    blocks: list[list[tuple[int, int]]] = []
    has_blank_separators = any(not text[a:b].strip() for a, b in lines[1:-1])
    if has_blank_separators and _blank_blocks_look_like_articles(text, lines):
        cur: list[tuple[int, int]] = []
        for a, b in lines:
            if not text[a:b].strip():
                if cur:
                    blocks.append(cur)
                    cur = []
            elif (a, b) in content or cur:
                if (a, b) in content:
                    cur.append((a, b))
        if cur:
            blocks.append(cur)
    else:
        # Pair layout: a short title line followed by one or more long body lines.
        cur = []
        for i, (a, b) in enumerate(content):
            line = text[a:b]
            nxt_long = i + 1 < len(content) and (content[i + 1][1] - content[i + 1][0]) > max(2 * len(line.strip()), 80)
            if _is_title(line) and nxt_long and cur:
                blocks.append(cur)
                cur = []
            cur.append((a, b))
        if cur:
            blocks.append(cur)

    articles: list[Article] = []
    for blk in blocks:
        a0, b0 = blk[0]
        start = a0 + (len(text[a0:b0]) - len(text[a0:b0].lstrip()))
        end = blk[-1][1]
        while end > start and text[end - 1] in " \t\r":
            end -= 1
        title = text[a0:b0].strip().lstrip("#").strip()
        body_start = blk[1][0] if len(blk) > 1 else start
        if len(blk) == 1:
            title = _first_sentence(title)
        m = _OUTLET_RE.search(text, start, end) if end > start else None
        outlet = m.group(1).strip() if m and m.end() >= end - 1 and len(blk) > 1 else ""
        articles.append(Article(len(articles) + 1, start, end, body_start, title, outlet))
    return articles


def _blank_blocks_look_like_articles(text: str, lines: list[tuple[int, int]]) -> bool:
    """Blank-line layout unless the non-blank lines alternate short title / long body without blanks."""
    runs, cur = [], 0
    for a, b in lines:
        if text[a:b].strip():
            cur += 1
        elif cur:
            runs.append(cur)
            cur = 0
    if cur:
        runs.append(cur)
    return len(runs) >= 2


def _first_sentence(s: str, limit: int = 60) -> str:
    for i, ch in enumerate(s):
        if ch in _SENT_END and i > 4:
            return s[: i + 1][:limit]
    return s[:limit]


def iter_corpus_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files and folders (recursively, sorted) into corpus files.

    Files named explicitly are yielded whatever their suffix; inside folders only
    :data:`CORPUS_SUFFIXES` are taken. A missing path raises :class:`CorpusError`.
    """
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in CORPUS_SUFFIXES and not child.name.startswith("."):
                    yield child
        elif p.exists():
            yield p
        else:
            raise CorpusError(f"{p}: no such file or folder")
