"""Text copied out of a PDF: page furniture removed, hard-wrapped lines joined.

Contract
--------
:func:`unpage` recognises text copied from a paged document and returns a cleaned copy, or ``None`` when the
text is not such a copy (then it is read as it is, offsets into the file). A copy is recognised only from its
**page numbers**: two or more lines that are a page number (``2``, ``- 3 -``, ``— 3 —``, ``Page 2``,
``Page 2 of 5``, ``第 3 页``, ``第3頁/共5頁``, a newspaper's ``A3`` or ``第3版``) or a running header/footer ending or starting with one after a wide
gap (``City Bulletin        Page 1``), numbered in order (each the one before or the one after it: a page's header and footer may both carry it). Then:

* **page furniture** is dropped: those lines, and every line that repeats on several pages (a running header or
  footer, digits not counted: ``市政府公报    第 3 页`` / ``第 4 页``);
* **hard-wrapped lines are joined**: a line about as wide as the page's text (at least 80 % of the widest lines,
  a Chinese character counting two) continues on the next line; an English word broken by a hyphen at the line
  end (``sum-`` / ``mer``) is joined without it, Chinese text is joined without a space, other text with one.
  Short lines (a title, a paragraph's last line) and blank lines stay line ends;
* a full date on a running header (``City Bulletin  March 4, 2025``) is the issue's date: :attr:`Unpaged.date`.

The cleaned text is what the stories are read from; their offsets index it (as for records), not the file.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

_NUM = r"(?:(?:Page|PAGE|page|p\.|P\.)\s*)?(?:[A-H](?=\d))?(\d{1,4})(?:\s*(?:/|of|OF)\s*\d{1,4})?"
_ZH_NUM = r"第\s*(\d{1,4})\s*[页頁版](?:\s*[/，,]?\s*共\s*\d{1,4}\s*[页頁])?"
_GAP = r"(?:[ \t]{3,}|[ \t]*\u3000[ \t\u3000]*)"
"""Between a running header's text and its page number: three spaces or more, or an ideographic space."""
_PAGE_LINE = re.compile(rf"[ \t]*(?:[-–—‐][ \t]*)?(?:{_NUM}|{_ZH_NUM})(?:[ \t]*[-–—‐])?[ \t]*")
_PAGE_TAIL = re.compile(rf"(?P<txt>\S.{{1,80}}?){_GAP}(?:{_NUM}|{_ZH_NUM})[ \t]*")
_PAGE_HEAD = re.compile(rf"[ \t]*(?:{_NUM}|{_ZH_NUM}){_GAP}(?P<txt>\S.{{1,80}})")
_SENT_END = "。！？!?.…」』”\"）)"
FULL_LINE = 0.8
"""A line at least this share of the page's text width (its widest lines) was wrapped by the PDF."""


@dataclass(frozen=True, slots=True)
class Unpaged:
    """Cleaned text of a PDF copy; ``date`` and ``header`` a full date found on a running header, and that
    header's text (``None`` / ``""`` when none); ``dropped`` how many furniture lines were removed."""

    text: str
    date: dt.date | None
    header: str
    dropped: int


def _page_number(line: str) -> int | None:
    line = line.lstrip("\f")  # pdftotext opens each page with a form feed
    for rx in (_PAGE_LINE, _PAGE_TAIL, _PAGE_HEAD):
        m = rx.fullmatch(line)
        if m is not None:
            n = next((g for g in m.groups() if g is not None and g.isdigit()), None)
            return int(n) if n is not None else None
    return None


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()))


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


_CANDIDATE = re.compile(("^\f?(?:" + "|".join(r.pattern for r in (_PAGE_LINE, _PAGE_TAIL, _PAGE_HEAD)) + r")\r?$")
                        .replace("(?P<txt>", "(?:"), re.M)
"""A page-number line anywhere in a text (one linear scan before any line is split out)."""


def unpage(text: str) -> Unpaged | None:
    """The cleaned text of a PDF copy (see module docstring), or ``None`` when ``text`` is not one."""
    it = _CANDIDATE.finditer(text)
    if next(it, None) is None or next(it, None) is None:
        return None  # fewer than two page-number lines: not a PDF copy (nothing else is done to the text)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    numbered = [(i, n) for i, line in enumerate(lines) if line.strip() and (n := _page_number(line)) is not None]
    steps = [b[1] - a[1] for a, b in zip(numbered, numbered[1:], strict=False)]
    if not steps or any(x not in (0, 1) for x in steps) or 1 not in steps:
        return None  # page numbers in order (a page's header and footer may both carry its number)
    furniture = _furniture(lines, {i for i, _ in numbered})
    header, date = "", None
    from timeline.dating import date_in_line

    for i in sorted(furniture):
        d = date_in_line(lines[i])
        if d is not None:
            header, date = " ".join(lines[i].split()), d
            break
    kept = [line.rstrip() for i, line in enumerate(lines) if i not in furniture]
    if not any(line.strip() for line in kept):
        return None
    return Unpaged(_unwrap(kept), date, header, len(furniture))


def _furniture(lines: list[str], numbered: set[int]) -> set[int]:
    """The page-number lines and every line repeating on several pages (digits not counted)."""
    counts: dict[str, int] = {}
    for line in lines:
        if line.strip():
            counts[_key(line)] = counts.get(_key(line), 0) + 1
    return numbered | {i for i, line in enumerate(lines)
                       if line.strip() and counts[_key(line)] >= 2 and len(line.strip()) <= 100}


def _unwrap(kept: list[str]) -> str:
    """Lines joined where the PDF wrapped them (see module docstring); blank lines kept once."""
    widths = sorted(_width(line.strip()) for line in kept if line.strip())
    wide = widths[max(0, (len(widths) * 9) // 10 - 1)]
    out: list[str] = []
    joining = False
    for line in kept:
        s = line.strip()
        if not s:
            joining = False
            if out and out[-1] != "":
                out.append("")
            continue
        if joining and out:
            prev = out[-1]
            if re.search(r"[A-Za-z]-$", prev) and s[0].islower():
                out[-1] = prev[:-1] + s
            elif _cjk(prev[-1]) and _cjk(s[0]):
                out[-1] = prev + s
            else:
                out[-1] = prev + " " + s
        else:
            out.append(s)
        joining = _width(s) >= FULL_LINE * wide and not (len(s) < 40 and s[-1] in _SENT_END)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


WRAP_MIN, WRAP_MAX = 40, 110
"""Widths (characters) at which plain text is hard-wrapped (72 or 80 by mail and wire tools)."""
_TITLE_WORD = re.compile(r"[A-Z][\w'’-]*|\d[\w,.]*|(?:a|an|the|of|in|on|at|to|for|and|or|by|with|as|from|after)\b")


_SPEAKER = re.compile(r"[A-Z][\w .'-]{0,30}:\s")
"""A transcript's speaker label opening a line (``HOST: …``, ``Maria Santos: …``): a new turn, never joined."""


def _title_case(line: str) -> bool:
    words = line.split()
    return len(words) >= 3 and all(_TITLE_WORD.fullmatch(w.strip("\"'“”‘’:;,()")) for w in words if w.strip("\"'“”‘’:;,()"))


def unwrap_in_place(text: str) -> str:
    """English text hard-wrapped at a fixed width (a wire story, a mail at 72 columns) with the line breaks inside
    its paragraphs made spaces, so sentences read whole; same length, so every offset stays. A text is wrapped
    when most of its lines are about as wide as its widest ones (90th percentile between :data:`WRAP_MIN` and
    :data:`WRAP_MAX` characters). A break is joined only inside a sentence (the line ends with a letter, a digit,
    ``,`` or ``;``, not with a full stop), between Latin text, after a line at least 75 % of that width, not after
    the story's first line, a Title Case line (a headline) or a hyphen (``Con-`` / ``struction`` stays as
    written), nor before a speaker label (``HOST:``); Chinese text keeps its breaks (its readers do not need them
    joined), blank lines stay paragraph ends."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    widths = sorted(len(line.rstrip("\r ")) for line in lines if line.strip())
    if len(widths) < 3:
        return text
    wide = widths[max(0, (len(widths) * 9) // 10 - 1)]
    if not WRAP_MIN <= wide <= WRAP_MAX:
        return text
    full = [len(line.rstrip("\r ")) >= 0.75 * wide for line in lines]
    if sum(full) < 2 or sum(full) * 5 < len(widths) * 2:
        return text  # fewer than two in five lines near the width: written line by line, not wrapped
    out = list(text)
    pos = 0
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    for i, line in enumerate(lines[:-1]):
        end = pos + len(line)  # the "\n" after this line
        cur, nxt = line.rstrip("\r ").rstrip(), lines[i + 1].lstrip()
        if (i > first and full[i] and cur and nxt and cur[-1].isascii() and nxt[0].isascii() and cur[-1] != "-"
                and (cur[-1].isalnum() or cur[-1] in ",;") and not _title_case(cur) and not _SPEAKER.match(nxt)):
            if line.endswith("\r"):
                out[end - 1] = " "
            out[end] = " "
        pos = end + 1
    return "".join(out)
