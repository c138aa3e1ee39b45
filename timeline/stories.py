"""Stories in a news file: one story per file unless the file clearly is a collection.

Contract
--------
:func:`split_stories` turns the decoded text of one file into :class:`Story` objects. Layouts:

* **Plain text and Markdown** (``.txt``, ``.md``, anything else): ONE story. Paragraphs and short lines are
  never stories. The file is a collection only when it clearly is one (:func:`timeline.corpus.split_articles`):
  separator lines (a line of three or more ``-``, ``=``, ``*`` or ``_``, not underlining a title), two or more
  top-level Markdown headings with the file starting at one, or a ``#`` heading line followed by title/body
  line pairs (one short title line, one long body line per story). Markdown front matter (``---`` block at
  the top with ``title:``, ``date:``, ``source:``, ``url:``) gives the story's metadata.
* **HTML** (``.html``, ``.htm``): the story is the ``<article>`` (several substantial ``<article>``
  elements: one story each) or else the ``<main>`` content or else the page body; navigation, forms and
  scripts are never text. Publication dates come from ``<meta property="article:published_time">`` (and
  ``og:``/``datePublished``/``pubdate``/``date`` metas), JSON-LD ``datePublished`` and ``<time datetime>``.
  Markup is blanked to spaces, so offsets are offsets into the file text.
* **RSS and Atom feeds** (``.rss``, ``.atom``, or any file that is one): one story per ``<item>``/``<entry>``
  (:func:`split_feed`), dated by its ``pubDate``/``published``/``dc:date``/``updated``; offsets as for records.
* **E-mail** (``.eml``, ``.mbox``, or a file starting with mail headers): the text body, one story per message
  or per newsletter item, dated by ``Date:`` (:func:`split_mailbox`). **Word** ``.docx``, **RTF** and **Excel**
  ``.xlsx`` are turned into text (:func:`timeline.corpus.read_document`) and read as text or CSV. **Text copied
  from a PDF** (page-number lines) is read from a cleaned copy (:func:`timeline.pdfcopy.unpage`).
* **JSON Lines** (``.jsonl``, ``.ndjson``), **JSON** (``.json``: a list of story objects, or an object with one
  under ``articles``/``items``/``results``..., or one story object) and **CSV/TSV** (``.csv``, ``.tsv``): one
  story per record. Field
  names are recognised case-insensitively (:data:`FIELD_NAMES`); ``fields`` maps others
  (``{"title": "hl", "text": "story", "date": "ts"}``). A record's story text is the decoded value of its text
  field: mention offsets of a record story index that value (``Story.offset`` is 0, ``Story.index`` is the
  record number, counting records from 1, not lines).

Offsets: for files, ``text[story.offset:story.offset + len(story.text)] == story.text`` in the decoded (and,
for HTML, blanked) file text. Bad records raise :class:`~timeline.corpus.CorpusError` naming the file, the
line and the problem.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath

from timeline.corpus import MANIFEST_NAME, CorpusError, blank_html, post_line, split_articles
from timeline.dating import (
    UNKNOWN,
    Dating,
    date_in_line,
    numeric_date_order,
    parse_date_value,
    post_stamp_day,
    url_date,
)
from timeline.pdfcopy import Unpaged, unpage
from timeline.temporal.numerals import cn_int

RECORD_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".tsv")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MARKDOWN_SUFFIXES = (".md", ".markdown")

FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "heading", "hl", "subject", "name", "标题", "標題", "题目", "題目", "新闻标题",
              "新聞標題"),
    "text": ("text", "body", "content", "article", "articlebody", "story", "fulltext", "maintext", "bodytext",
             "articletext", "contenttext", "description", "desc", "summary", "正文", "内容", "內容", "全文", "新闻内容",
             "新聞內容", "摘要", "paragraphs", "段落"),
    "date": ("date", "published", "publishedat", "publishdate", "pubdate", "publicationdate", "datepublished",
             "datetime", "publishedtime", "publishtime", "pubtime", "time", "timestamp", "createdat", "created",
             "dateline", "ts", "ctime", "posttime", "releasetime", "发布时间", "發布時間", "發佈時間", "发布日期", "發布日期", "發佈日期", "发表时间",
             "發表時間", "日期", "时间", "時間"),
    "url": ("url", "link", "href", "uri", "permalink", "sourceurl", "链接", "連結", "網址", "网址", "原文链接",
            "原文連結"),
    "outlet": ("outlet", "source", "publisher", "site", "sitename", "sourcename", "media", "newspaper", "feed",
               "agency", "来源", "來源", "媒体", "媒體", "出处", "出處"),
}
"""Recognised field names per role, in order of preference (compared without case, ``_``, ``-`` or spaces;
Chinese names as scrapers of Chinese sites write them: ``标题``, ``正文``, ``发布时间``, ``来源``)."""
ROLES = tuple(FIELD_NAMES)


@dataclass(frozen=True, slots=True)
class Story:
    """One story: ``text`` is its text; ``offset`` where it starts in the file text (0 for a record);
    ``meta`` its metadata date (``UNKNOWN`` when the file says nothing); ``index`` its 1-based number;
    ``header`` the date of its collection's header line."""

    index: int
    text: str
    offset: int
    title: str
    outlet: str = ""
    url: str = ""
    meta: Dating = UNKNOWN
    record: bool = False
    header: Dating = UNKNOWN
    """The date on the header line of the collection the story is part of (``2025年3月4日 早报`` above a
    digest's items): the story's date when neither its metadata, the file name nor its own dateline tells one,
    and the year of a dateline without one."""


@dataclass(frozen=True, slots=True)
class Fields:
    """A ``--fields`` mapping: role -> field name in the user's records."""

    mapping: tuple[tuple[str, str], ...] = ()

    @classmethod
    def parse(cls, spec: str) -> Fields:
        """``title=hl,text=story,date=ts`` -> Fields. Raises ``ValueError`` naming a bad part."""
        out = []
        for part in (p.strip() for p in spec.split(",")):
            if not part:
                continue
            role, sep, name = part.partition("=")
            role = role.strip().lower()
            if not sep or role not in ROLES or not name.strip():
                raise ValueError(f"bad --fields part {part!r} (use ROLE=FIELD, ROLE one of {', '.join(ROLES)})")
            out.append((role, name.strip()))
        return cls(tuple(out))

    def as_dict(self) -> dict[str, str]:
        return dict(self.mapping)


def _norm_key(k: str) -> str:
    return re.sub(r"[\s_\-]", "", k).lower()


def _pick(row: Mapping[str, object], role: str, fields: Fields | None) -> tuple[str, object] | None:
    keys = {_norm_key(str(k)): k for k in row}
    user = (fields.as_dict() if fields else {}).get(role)
    if user is not None:
        k = keys.get(_norm_key(user))
        return (str(k), row[k]) if k is not None else None
    for name in FIELD_NAMES[role]:
        k = keys.get(name)
        if k is not None and row[k] not in (None, "", [], {}):
            return str(k), row[k]
    return _pick_by_word(row, role)


_WORD_ENDS: dict[str, frozenset[str]] = {
    "title": frozenset({"title", "headline", "heading", "hl", "subject"}),
    "text": frozenset({"text", "body", "content", "article", "story", "desc", "description", "summary"}),
    "date": frozenset({"time", "date", "datetime", "at", "ts", "timestamp"}),
    "url": frozenset({"url", "link", "href", "uri", "permalink"}),
    "outlet": frozenset({"source", "publisher", "site", "media", "outlet"}),
}
_DATE_WORDS = frozenset({"pub", "publish", "published", "publication", "post", "posted", "release", "released",
                         "issue", "issued", "created", "create"})


_MEDIA_WORDS = frozenset({"image", "img", "thumbnail", "thumb", "cover", "photo", "picture", "pic", "video", "icon",
                          "avatar", "logo", "media", "audio"})
_CJK_ENDS: dict[str, tuple[str, ...]] = {
    "title": ("标题", "標題", "题目", "題目"),
    "text": ("正文", "内容", "內容", "全文"),
    "date": ("时间", "時間", "日期"),
    "url": ("链接", "連結", "网址", "網址"),
    "outlet": ("来源", "來源", "媒体", "媒體"),
}
_CJK_DATE_WORDS = ("发布", "發布", "發佈", "发表", "發表", "创建", "創建", "刊登", "出版", "推送", "上线", "上線")
_FORMAT_WORDS = frozenset({"html", "markdown", "md", "raw", "plain", "clean", "cleaned", "full", "str", "string"})


def _key_words(k: str) -> list[str]:
    """``story_body`` / ``newsContent`` / ``pub-time`` as lower-case words."""
    return [w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", k)]


def _pick_by_word(row: Mapping[str, object], role: str) -> tuple[str, object] | None:
    """A field no name of :data:`FIELD_NAMES` matches, by its last word (``story_body``, ``news_title``,
    ``pub_time``; a date field also needs a word of publishing, so ``crawl_time`` is never the date); among
    several text fields the one with the longest value. ``None`` when no field is named so."""
    best: tuple[str, object] | None = None
    for k, v in row.items():
        if not isinstance(k, str) or v in (None, "", [], {}) or isinstance(v, dict):
            continue
        if not _named_for(k, role):
            continue
        if best is None or (role == "text" and len(_as_text(v)) > len(_as_text(best[1]))):
            best = (k, v)
    return best


def _named_for(k: str, role: str) -> bool:
    """A field name made of words whose last one names ``role`` (``story_body``, ``微博正文``; ``content_html``: a
    text word before a format word); a date's name also needs a word of publishing (``pub_time``, ``发布日期``)."""
    if k and "\u4e00" <= k[-1] <= "\u9fff":
        return (len(k) > 2 and k.endswith(_CJK_ENDS[role])
                and (role != "date" or any(w in k for w in _CJK_DATE_WORDS)))
    words = _key_words(k)
    if len(words) < 2:
        return False
    if role == "text" and words[-1] in _FORMAT_WORDS:  # content_html, body_markdown
        return words[-2] in _WORD_ENDS[role]
    if words[-1] not in _WORD_ENDS[role]:
        return False
    if role == "url" and _MEDIA_WORDS & set(words):
        return False  # image_url, cover_link: a picture's address, not the story's
    return role != "date" or bool(_DATE_WORDS & set(words))


def _inner_record(row: Mapping[str, object], fields: Fields | None) -> Mapping[str, object]:
    """``row`` itself, or, when its story text sits in a nested object (``{"id": 1, "article": {"headline": …,
    "content": …}}``, ``{"data": {…}}``), that object's fields over the outer ones (at most three levels)."""
    for _ in range(3):
        got = _pick(row, "text", fields)
        if got is not None and not isinstance(got[1], dict):
            return row
        inner = next((v for v in ([got[1]] if got else []) + list(row.values())
                      if isinstance(v, dict) and _pick(v, "text", fields) is not None), None)
        if inner is None:
            return row
        row = {**{k: v for k, v in row.items() if v is not inner}, **inner}
    return row


_PERSON_WORDS = frozenset({"user", "author", "authors", "owner", "account", "creator", "profile", "member",
                           "sender", "poster", "reporter", "editor"})


def _with_side_fields(row: Mapping[str, object], fields: Fields | None) -> Mapping[str, object]:
    """``row`` with the date, outlet and url it lacks taken from an object beside its text (a scraper's
    ``{"meta": {"published": …, "site": …}, "content": {"title": …, "paragraphs": […]}}``): one level deep, the
    first object naming the role, never a person's object (``user``, ``author``); fields ``row`` has itself always
    win."""
    extra: dict[str, object] = {}
    for role in ("date", "outlet", "url"):
        if _pick(row, role, fields) is not None:
            continue
        for k, v in row.items():
            if not isinstance(v, dict) or _PERSON_WORDS & set(_key_words(str(k))):
                continue  # a user or author object: its created_at is when the account was made
            if (got := _pick(v, role, fields)) is not None and got[0] not in row:
                extra[got[0]] = got[1]
                break
    return {**row, **extra} if extra else row


def _as_text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, dict):  # NewsAPI: "source": {"id": ..., "name": ...}
        for k in ("name", "title", "id"):
            if isinstance(v.get(k), str):
                return v[k]
        return ""
    if isinstance(v, list):
        if any(isinstance(x, dict) and "type" in x and isinstance(x.get("text"), str) for x in v):
            # inline pieces of one text (a Telegram export: "text": ["plain ", {"type": "bold", "text": "…"}])
            return "".join(x if isinstance(x, str) else str(x.get("text", "")) if isinstance(x, dict) else ""
                           for x in v)
        return "\n\n".join(_as_text(x) for x in v if _as_text(x))
    return str(v)


# ------------------------------------------------------------------------------------------ records
def _record_story(path: str, where: str, index: int, row: Mapping[str, object], fields: Fields | None,
                  order: str | None = None) -> Story:
    row = _with_side_fields(_inner_record(row, fields), fields)
    text_f = _pick(row, "text", fields)
    title_f = _pick(row, "title", fields)
    title = " ".join(_as_text(title_f[1]).split()) if title_f else ""
    if text_f is None and not _has_field(row, "text", fields):
        want = (fields.as_dict().get("text") if fields else None) or "text/body/content/article"
        raise CorpusError(f"{path}: {where}: no story text (no field {want}; use --fields text=NAME)")
    # a text field left empty (a scraper that kept only the headline): the title is the story's text
    text = _as_text(text_f[1]) if text_f is not None else title
    if _MARKUP.search(text):  # HTML kept by the scraper: markup blanked to spaces, offsets unchanged
        text = blank_html(text)
    outlet_f = _pick(row, "outlet", fields)
    url_f = _pick(row, "url", fields)
    date_f = _pick(row, "date", fields)
    meta = UNKNOWN
    if date_f is not None:
        d = parse_date_value(date_f[1], publishing_zone(title + text), order)
        if d is not None:
            meta = Dating(d, "metadata", f"{date_f[0]}: {_as_text(date_f[1])[:40]}", True)
        else:
            meta = Dating(None, "unknown", f"{date_f[0]}: {_as_text(date_f[1])[:40]!r} is not a date")
    if meta.date is None and url_f is not None and (day := url_date(_as_text(url_f[1]))) is not None:
        meta = Dating(day, "metadata", f"{url_f[0]}: {_as_text(url_f[1])[:80]}", True)  # …/2023/10/17/…
    if not title:
        post = re.match(r"\s*【([^【】\n]{2,40})】", text)  # a post's 【headline】 opening its text
        title = post[1].strip() if post else _first_line(text)
    return Story(index, text, 0, title[:200], _as_text(outlet_f[1])[:80] if outlet_f else "",
                 _as_text(url_f[1]) if url_f else "", meta, True)


_MARKUP = re.compile(r"</?(?:p|div|br|span|a|h[1-6]|li|ul|ol|strong|em|b|i|img|figure|section|article|table|"
                     r"blockquote)\b[^<>]{0,500}>", re.I)


CHINESE_NEWS_ZONE = dt.timezone(dt.timedelta(hours=8))
"""Where Chinese-language news is published (mainland China, Taiwan, Hong Kong, Macau, Singapore, Malaysia all
keep UTC+8): a moment stamped in UTC is dated in this zone."""


def publishing_zone(text: str) -> dt.timezone | None:
    """The time zone a story was published in, when its language tells it: UTC+8 for Chinese text (CJK
    characters at least a third of its letters), else ``None`` (English news spans every zone: UTC is kept)."""
    sample = text[:2000]
    cjk = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    return CHINESE_NEWS_ZONE if cjk and cjk * 3 >= latin else None


def _has_field(row: Mapping[str, object], role: str, fields: Fields | None) -> bool:
    """True when ``row`` has a field of ``role`` (:data:`FIELD_NAMES` or the user's name), even an empty one."""
    keys = {_norm_key(str(k)) for k in row}
    user = (fields.as_dict() if fields else {}).get(role)
    return _norm_key(user) in keys if user is not None else bool(keys & set(FIELD_NAMES[role]))


def _first_line(text: str, limit: int = 80) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:limit]
    return ""


def split_jsonl(text: str, path: str = "", fields: Fields | None = None) -> list[Story]:
    """One story per JSON object line (blank lines skipped)."""
    order = numeric_date_order(text)
    out: list[Story] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except (ValueError, RecursionError) as exc:
            if not out and _whole_json(text):  # a JSON document saved as .jsonl (pretty-printed, an array)
                return split_json(text, path, fields)
            raise CorpusError(f"{path}: line {lineno}: not a JSON object ({exc})") from None
        if not isinstance(row, dict):
            if not out and isinstance(row, list) and _whole_json(text):
                return split_json(text, path, fields)
            raise CorpusError(f"{path}: line {lineno}: not a JSON object")
        st = _record_story(path, f"line {lineno}", len(out) + 1, row, fields, order)
        if st.text.strip():
            out.append(st)
    return out


def _whole_json(text: str) -> bool:
    """True when the whole text is one JSON list or object (a ``.jsonl`` file that is really ``.json``)."""
    try:
        return isinstance(json.loads(text), (list, dict))
    except (ValueError, RecursionError):
        return False


_JS_ASSIGN = re.compile(r"\A\ufeff?\s*(?:window\.)?[A-Za-z_$][\w$.]*\s*=\s*(?=[\[{])")
"""``window.YTD.tweets.part0 = `` before the JSON of a data export saved as a script (a Twitter archive)."""


def split_script_json(text: str, path: str = "", fields: Fields | None = None) -> list[Story]:
    """A data export saved as a script assigning one JSON value (``tweets.js``: ``window.YTD.tweets.part0 =
    [{"tweet": {…}}]``): read as that JSON (:func:`split_json`), its text blanked out of the prefix."""
    m = _JS_ASSIGN.match(text)
    if m is None:
        raise CorpusError(f"{path}: not a data export (expected `name = [ … ]` holding JSON)")
    return split_json(text[m.end():].rstrip().rstrip(";"), path, fields)


def split_csv(text: str, path: str = "", fields: Fields | None = None) -> list[Story]:
    """One story per CSV/TSV row (header row required; ``,`` ``;`` or tab separated)."""
    first = text.split("\n", 1)[0]
    delim = "\t" if first.count("\t") > max(first.count(","), first.count(";")) else (
        ";" if first.count(";") > first.count(",") else ",")
    csv.field_size_limit(64 * 1024 * 1024)
    skip = _csv_preamble(text, delim, fields)
    reader = csv.DictReader(io.StringIO(text[skip:], newline=""), delimiter=delim)
    before = text.count("\n", 0, skip)
    order = numeric_date_order(text)
    out: list[Story] = []
    try:
        if not reader.fieldnames:
            return []
        for row in reader:
            clean = {k: v for k, v in row.items() if k is not None}
            st = _record_story(path, f"line {reader.line_num + before}", len(out) + 1, clean, fields, order)
            if st.text.strip():
                out.append(st)
    except csv.Error as exc:
        raise CorpusError(f"{path}: line {reader.line_num + before}: bad CSV ({exc})") from None
    return out


def _csv_preamble(text: str, delim: str, fields: Fields | None) -> int:
    """Where a CSV's header row starts: 0, or after up to three lines above it (a title line an export tool
    wrote, ``海滨新闻导出 2025-03-10``) when the first line names no story-text column and a later one does."""
    lines = text.split("\n", 4)[:4]
    keys = [dict.fromkeys(c.strip() for c in ln.rstrip("\r").split(delim)) for ln in lines]
    if not keys or _pick(dict.fromkeys(keys[0], "x"), "text", fields) is not None:
        return 0
    for i in range(1, len(lines)):
        if len(keys[i]) >= 2 and _pick(dict.fromkeys(keys[i], "x"), "text", fields) is not None:
            return sum(len(ln) + 1 for ln in lines[:i])
    return 0


def is_news_csv_header(header: list[str]) -> bool:
    """True when a CSV header names a story text column (a news collection, not a timeline CSV)."""
    keys = {_norm_key(h) for h in header}
    return bool(keys & (set(FIELD_NAMES["text"]) - {"summary", "description", "摘要"}))


_JSON_LISTS = ("articles", "items", "stories", "news", "results", "data", "docs", "documents", "posts", "entries")


def news_json_records(doc: object) -> list | None:
    """The story records of a parsed ``.json`` news file: a list of objects, an object holding such a list
    under a common key (``articles`` as NewsAPI writes it, ``items``, ``results``, ``data``...), or one
    story object; ``None`` when the document is not news (a TimelineJS file has ``events``)."""
    if isinstance(doc, list):
        return doc if doc and all(isinstance(x, dict) for x in doc) else None
    if not isinstance(doc, dict) or "events" in doc:
        return None
    for k in _JSON_LISTS:
        v = doc.get(k)
        if isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
            return v
    if (got := _pick(doc, "text", None)) is not None and not isinstance(got[1], dict):
        return [doc]
    return _nested_records(doc)


NEWS_JSON_MAX_BYTES = 64 * 1024 * 1024
"""A ``.json`` file in a folder larger than this is not looked into (it is not read as news)."""


def is_news_json_file(path: str | Path) -> bool:
    """True for a ``.json`` file found in a folder that holds news stories: a list of story objects (or one under
    ``articles``, ``items``, ``data``…, or nested in API wrappers), at least half of them with a story text and
    a title or a date. Timelines (``events``), projects, settings, a single object (``package.json`` has a
    ``description``) and files that are not JSON are not news; nothing raises."""
    try:
        p = Path(path)
        if p.stat().st_size > NEWS_JSON_MAX_BYTES:
            return False
        doc = json.loads(p.read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError, RecursionError):
        return False
    records = news_json_records(doc)
    if not records or (isinstance(doc, dict) and records == [doc]):
        return False
    good = 0
    for row in records:
        inner = _inner_record(row, None)
        text = _pick(inner, "text", None)
        if (text is not None and not isinstance(text[1], dict)
                and (_pick(inner, "title", None) is not None or _pick(inner, "date", None) is not None)):
            good += 1
    return good * 2 >= len(records)


def _nested_records(doc: dict, depth: int = 0) -> list | None:
    """A list of story objects nested in API wrappers (``{"data": {"list": [...]}}``): the first list, breadth
    first and at most four levels down, whose objects have a story-text field."""
    level: list[object] = [doc]
    for _ in range(4):
        nxt: list[object] = []
        for o in level:
            for v in (o.values() if isinstance(o, dict) else ()):
                if isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
                    if any(_pick(x, "text", None) is not None for x in v):
                        return v
                elif isinstance(v, dict):
                    nxt.append(v)
        level = nxt
    return None


def split_json(text: str, path: str = "", fields: Fields | None = None) -> list[Story]:
    """One story per record of a ``.json`` news file (:func:`news_json_records`)."""
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise CorpusError(f"{path}: not valid JSON ({exc})") from None
    records = news_json_records(doc)
    if records is None:
        raise CorpusError(f"{path}: no news stories in this JSON (expected a list of story objects, or an object "
                          f"with one under 'articles', 'items', 'results'...)")
    out: list[Story] = []
    for i, row in enumerate(records, 1):
        st = _record_story(path, f"record {i}", len(out) + 1, row, fields, numeric_date_order(text))
        if st.text.strip():
            out.append(st)
    return out


# ----------------------------------------------------------------------------------------- Markdown
_FRONT = re.compile(r"\A(?:\ufeff)?(?:---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)|\+\+\+[ \t]*\r?\n(.*?)\r?\n\+\+\+)"
                    r"[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_LINE = re.compile(r"^([^\W\d][\w-]*)[ \t]*[:：=][ \t]*(.*?)[ \t]*$")


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """Markdown front matter at the top, YAML (``---``) or TOML (``+++``): ``({key: value}, end offset)``;
    ``({}, 0)`` when none.

    Only ``key: value`` / ``key = value`` lines are read (keys in any script, ``标题：``; quotes removed);
    nothing is evaluated.
    """
    m = _FRONT.match(text)
    if m is None:
        return {}, 0
    meta: dict[str, str] = {}
    for line in (m[1] if m[1] is not None else m[2]).splitlines():
        lm = _FRONT_LINE.match(line)
        if lm:
            v = lm[2]
            if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
                v = v[1:-1]
            meta[lm[1].lower()] = v
    if not meta:
        return {}, 0
    return meta, m.end()


def _plain(text: str, path: str, fields: Fields | None, html_meta: list[Dating] | None = None) -> list[Story]:
    meta, start = front_matter(text) if PurePath(path).suffix.lower() in MARKDOWN_SUFFIXES or text.lstrip(
        "\ufeff").startswith(("---", "+++")) else ({}, 0)
    body = text[start:] if start else text
    arts = split_articles(" " * start + body) if start else split_articles(text)
    fm_date = UNKNOWN
    if meta:
        date_f = _pick(meta, "date", fields)
        if date_f is not None:
            d = parse_date_value(date_f[1])
            fm_date = (Dating(d, "metadata", f"front matter {date_f[0]}: {date_f[1]}", True) if d is not None
                       else Dating(None, "unknown", f"front matter {date_f[0]}: {date_f[1]!r} is not a date"))
    header = _header_dating(text, arts)
    out = []
    for a in arts:
        title = a.title
        outlet = a.outlet
        url = ""
        dating = UNKNOWN
        if len(arts) == 1 and meta:
            t = _pick(meta, "title", fields)
            title = str(t[1]) if t else title
            o = _pick(meta, "outlet", fields)
            outlet = str(o[1]) if o else outlet
            u = _pick(meta, "url", fields)
            url = str(u[1]) if u else ""
            dating = fm_date
        if html_meta is not None and a.index - 1 < len(html_meta):
            dating = html_meta[a.index - 1]
        elif header.date is not None and (post := post_line(text[a.start:a.end].split("\n", 1)[0])):
            day = post_stamp_day(post[1], header.date, _header_clock(text, arts))
            if day is not None:  # a post stamped 昨天 14:20 on a page saved 2025-03-04 18:00
                dating = Dating(day, "dateline", f"post stamp {post[1]}; {header.evidence}", True)
        out.append(Story(a.index, text[a.start:a.end], a.start, title, outlet, url, dating, header=header))
    return out


def _header_clock(text: str, arts: list) -> tuple[int, int] | None:
    """The clock time on a collection's header line (``（保存于 2025-03-04 18:00）``), or ``None``."""
    head = text[:text.rfind("\n", 0, arts[0].start) + 1]
    m = re.search(r"(?<!\d)([01]?\d|2[0-3])[:：]([0-5]\d)(?!\d)", head)
    return (int(m[1]), int(m[2])) if m else None


def _header_dating(text: str, arts: list) -> Dating:
    """The date on a collection's header: one or two short lines above its first story that belong to no
    story (``海滨财经快讯 2025年3月4日``, ``Morning Briefing — March 4, 2025``); ``UNKNOWN`` otherwise."""
    if len(arts) < 2:
        return UNKNOWN
    lines = [ln.strip() for ln in text[:text.rfind("\n", 0, arts[0].start) + 1].splitlines() if ln.strip()]
    lines = [ln for ln in lines if ln not in ("---", "+++")]
    if not lines or len(lines) > 2 or any(len(ln) > 80 for ln in lines):
        return UNKNOWN
    d = date_in_line(" ".join(lines))
    return Dating(d, "dateline", f"file header {' '.join(lines)[:60]}", True) if d is not None else UNKNOWN


# --------------------------------------------------------------------------------------------- HTML
_META_TAG = re.compile(r"<meta\b([^<>]{0,2000})>", re.I)
_ATTR = re.compile(r"([A-Za-z_:][\w:.-]*)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'<>]+))")
_META_DATE_NAMES = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                    "publish_date", "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.created",
                    "sailthru.date", "parsely-pub-date", "article.published", "published_time", "pdate")
_META_TITLE_NAMES = ("og:title", "twitter:title", "headline", "title")
_META_SITE_NAMES = ("og:site_name", "publisher", "application-name")
_JSONLD_OPEN = re.compile(r"<script\b[^<>]{0,300}application/ld\+json[^<>]{0,300}>", re.I)
_SCRIPT_CLOSE = re.compile(r"</script\s*>", re.I)
_TIME_TAG = re.compile(r"<time\b([^<>]{0,500})>", re.I)
_REGION = re.compile(r"<(article|main)\b[^<>]{0,2000}>|</(article|main)\s*>", re.I)


def _attrs(s: str) -> dict[str, str]:
    return {m[1].lower(): (m[2] if m[2] is not None else m[3] if m[3] is not None else m[4] or "")
            for m in _ATTR.finditer(s)}


def _jsonld_dates(raw: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []

    def walk(o: object, depth: int = 0) -> None:
        if depth > 8:
            return
        if isinstance(o, dict):
            for k in ("datePublished", "dateCreated", "uploadDate"):
                if isinstance(o.get(k), str):
                    found.append((k, o[k]))
                    return
            for v in o.values():
                walk(v, depth + 1)
        elif isinstance(o, list):
            for v in o[:50]:
                walk(v, depth + 1)

    pos = 0
    for _ in range(20):  # a page has a few
        m = _JSONLD_OPEN.search(raw, pos)
        if m is None:
            break
        c = _SCRIPT_CLOSE.search(raw, m.end())
        if c is None:
            break  # unclosed: nothing after it is a script's end either (linear, never quadratic)
        pos = c.end()
        try:
            walk(json.loads(raw[m.end():c.start()]))
        except (ValueError, RecursionError):
            continue
    return found


def html_page_meta(raw: str) -> tuple[Dating, str, str]:
    """The page's publication date (meta tags, then JSON-LD, then the first ``<time datetime>``), title and
    site name."""
    metas: dict[str, str] = {}
    for m in _META_TAG.finditer(raw):
        a = _attrs(m[1])
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        if key and "content" in a:
            metas.setdefault(key, a["content"])
    dating = UNKNOWN
    for k in _META_DATE_NAMES:
        if k in metas and (d := parse_date_value(metas[k])) is not None:
            dating = Dating(d, "metadata", f"<meta {k}={metas[k][:40]}>", True)
            break
    if dating.date is None:
        for k, v in _jsonld_dates(raw):
            if (d := parse_date_value(v)) is not None:
                dating = Dating(d, "metadata", f"JSON-LD {k}: {v[:40]}", True)
                break
    if dating.date is None:
        dating = _time_dating(raw)
    if dating.date is None:
        dating = _script_dating(raw)
    title = next((metas[k] for k in _META_TITLE_NAMES if metas.get(k)), "")
    site = next((metas[k] for k in _META_SITE_NAMES if metas.get(k)), "")
    return dating, title, site


_SCRIPT_OPEN = re.compile(r"<script\b[^<>]{0,300}>", re.I)
_SCRIPT_DATE = re.compile(r"(?<![\w.$])(?:var\s+|let\s+|const\s+)?(?P<k>ct|create_?time|createTime|publish_?time|publishTime|"
                          r"pub_?time|publish_?date|publishDate|datePublished)\s*[=:]\s*(?:\"|')?"
                          r"(?P<v>[0-9][0-9 :T./+-]{7,30}?)(?:\"|')?\s*(?:[;,\n}]|\|\|)")
"""A page script's publication time, as a WeChat article page keeps it (``var ct = "1741141260";``,
``createTime = '2025-03-05 10:21'``): the page's date when no meta tag, JSON-LD or ``<time>`` tells one."""


def _script_dating(raw: str) -> Dating:
    """The publication date a page's scripts hold (:data:`_SCRIPT_DATE`; ``ct`` only as Unix seconds), in
    UTC+8 for a Chinese page; ``UNKNOWN`` when none."""
    for so in _SCRIPT_OPEN.finditer(raw):
        close = _SCRIPT_CLOSE.search(raw, so.end())
        end = close.start() if close else len(raw)
        for m in _SCRIPT_DATE.finditer(raw, so.end(), end):
            v = m["v"].strip()
            if m["k"] == "ct" and not re.fullmatch(r"\d{10}", v):
                continue
            zone = publishing_zone(" ".join(blank_html(raw[:50000]).split()))
            if (d := parse_date_value(v, zone)) is not None:
                return Dating(d, "metadata", f"page script {m['k']} = {v[:30]}", True)
    return UNKNOWN


def _time_dating(raw: str) -> Dating:
    for m in _TIME_TAG.finditer(raw):
        a = _attrs(m[1])
        v = a.get("datetime")
        if v and (d := parse_date_value(v)) is not None:
            return Dating(d, "metadata", f"<time datetime={v[:40]}>", True)
    return UNKNOWN


def _regions(raw: str) -> tuple[list[tuple[int, int]], tuple[int, int] | None]:
    """Top-level ``<article>`` elements and the first ``<main>`` element, as (start, end) in ``raw``."""
    articles: list[tuple[int, int]] = []
    main: tuple[int, int] | None = None
    depth = {"article": 0, "main": 0}
    opened = {"article": 0, "main": 0}
    for m in _REGION.finditer(raw):
        if m[1]:
            name = m[1].lower()
            if depth[name] == 0:
                opened[name] = m.start()
            depth[name] += 1
        else:
            name = m[2].lower()
            if depth[name] == 0:
                continue
            depth[name] -= 1
            if depth[name] == 0:
                if name == "article":
                    articles.append((opened[name], m.end()))
                elif main is None:
                    main = (opened[name], m.end())
    for name in ("article", "main"):
        if depth[name] > 0:  # unclosed: runs to the end, as in a browser
            if name == "article":
                articles.append((opened[name], len(raw)))
            elif main is None:
                main = (opened[name], len(raw))
    return articles, main


_HEADING = re.compile(r"<(h[1-3])\b[^<>]{0,2000}>(.{0,1000}?)</\1\s*>", re.I | re.S)
_TITLE_TAG = re.compile(r"<title\b[^<>]{0,500}>([^<]{1,500})</title\s*>", re.I)
_TITLE_SITE = re.compile(r"\s+[|｜–—-]\s+|\s*[｜－]\s*|_")
CHROME_BEFORE_HEADLINE = 400
"""At most this much text before a page's headline is page chrome (a site header, a menu) left out of the story."""


def _heading_text(inner: str) -> str:
    import html as html_mod

    return " ".join(html_mod.unescape(re.sub(r"<[^<>]{0,2000}>", " ", inner)).split())


def _from_headline(raw: str, text: str, region: tuple[int, int], page_title: str) -> tuple[int, int]:
    """``region`` (the ``<main>`` or the page body) started at the story's headline: the first ``<h1>``, else the
    first ``<h2>``/``<h3>`` that repeats the page's title (``og:title``, or ``<title>`` without its ``| Site``
    part), when at most :data:`CHROME_BEFORE_HEADLINE` characters of text come before it (a site header, a menu
    table). Otherwise ``region`` unchanged."""
    a, b = region
    titles = {page_title.strip().lower()} if page_title.strip() else set()
    if (m := _TITLE_TAG.search(raw)) is not None:
        whole = _heading_text(m[1])
        titles |= {whole.lower(), _TITLE_SITE.split(whole)[0].strip().lower()}
    titles.discard("")
    h1 = None
    for m in _HEADING.finditer(raw, a, b):
        if m[1].lower() == "h1" or _heading_text(m[2]).lower() in titles:
            h1 = m
            break
    if h1 is None or h1.start() <= a or len(text[a:h1.start()].strip()) > CHROME_BEFORE_HEADLINE:
        return region
    return h1.start(), b


_HIT_HEADING = re.compile(r"<(h[2-4])\b[^<>]{0,2000}>((?:(?!</?h[1-6]\b).){0,1000}?<a\b[^<>]{0,2000}?\bhref\s*=.{0,1000}?)</\1\s*>",
                          re.I | re.S)
_DATE_TEXT = re.compile(r"(?:中華民國|中华民国|民國|民国)?\d{2,4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?[日号號]|\d{4}([-/.])\d{1,2}\1\d{1,2}"
                        r"|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}")
"""A full date as written, for the evidence of a date read with :func:`timeline.dating.date_in_line`."""
HIT_SNIPPET_CHARS = 1000
"""A search hit's text after its linked title is at most this long (a snippet, not a story)."""
HIT_DATE_WITHIN = 200
"""A search hit's date is within this many characters of text after its title."""


def _search_hits(raw: str, text: str, region: tuple[int, int], site: str) -> list[Story] | None:
    """The hits of a saved search-results page (or a list of teasers): every ``<h2>``–``<h4>`` of ``region``
    holds a link, is followed by a short snippet (at most :data:`HIT_SNIPPET_CHARS`) with a full date in its
    first :data:`HIT_DATE_WITHIN` characters or its last half as many (``Mar 4, 2025 — …``, ``2025年3月4日 — …``), two or more of them,
    with at most :data:`CHROME_BEFORE_HEADLINE` characters of text before the first. One story per hit: titled
    by its heading, dated by its date (``dateline``, evidence ``search hit …``); ``None`` when the page is not
    such a list."""
    a, b = region
    heads = [m for m in _HIT_HEADING.finditer(raw, a, b) if text[m.start(2):m.end(2)].strip()]
    if len(heads) < 2 or len(text[a:heads[0].start()].strip()) > CHROME_BEFORE_HEADLINE:
        return None
    n_all = sum(1 for m in _HEADING.finditer(raw, heads[0].start(), b) if text[m.start(2):m.end(2)].strip())
    if n_all > len(heads):
        return None  # a heading without a link among them: sections of one page
    out: list[Story] = []
    for k, m in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else b
        snippet = text[m.end():end].strip()
        if not snippet or len(snippet) > HIT_SNIPPET_CHARS:
            return None
        day = date_in_line(snippet[:HIT_DATE_WITHIN]) or date_in_line(snippet[-HIT_DATE_WITHIN // 2:])
        if day is None:  # the date before the snippet's text or after it (``… ⏎ April 5, 2024``)
            return None
        s = m.start(2) + len(text[m.start(2):m.end(2)]) - len(text[m.start(2):m.end(2)].lstrip())
        e = end
        while e > s and text[e - 1].isspace():
            e -= 1
        told = _DATE_TEXT.search(snippet, 0, HIT_DATE_WITHIN) or _DATE_TEXT.search(snippet, len(snippet) - HIT_DATE_WITHIN // 2)
        evidence = f"search hit {told[0] if told else day.isoformat()}"
        out.append(Story(k + 1, text[s:e], s, _heading_text(m[2]), site, "", Dating(day, "dateline", evidence, True)))
    return out


def split_html(raw: str, path: str = "", fields: Fields | None = None) -> list[Story]:
    """Stories of an HTML page (see module docstring); offsets index the page text."""
    text = blank_html(raw)
    articles, main = _regions(raw)
    page_date, page_title, site = html_page_meta(raw)

    def content(a: int, b: int) -> int:
        return len(text[a:b].strip())

    regions: list[tuple[int, int]]
    if not articles:
        main = _from_headline(raw, text, main or (0, len(text)), page_title)
    if articles:
        if main is not None:
            inside = [r for r in articles if main[0] <= r[0] and r[1] <= main[1]]
            articles = inside or articles
        longest = max(content(a, b) for a, b in articles)
        regions = [(a, b) for a, b in articles if content(a, b) >= max(1, longest // 4)]
    elif main is not None:
        if (hits := _search_hits(raw, text, main, site)) is not None:
            return hits
        regions = [main]
    else:
        regions = [(0, len(text))]
    out: list[Story] = []
    for a, b in regions:
        masked = " " * a + text[a:b] + " " * (len(text) - b)
        arts = split_articles(masked)
        if not arts:
            continue
        s, e = arts[0].start, arts[-1].end
        title = arts[0].title
        dating = page_date if len(regions) == 1 else _time_dating(raw[a:b])
        if len(regions) == 1 and page_title and not title:
            title = page_title
        out.append(Story(len(out) + 1, text[s:e], s, title, site, "", dating))
    if not out and text.strip():
        out = _plain(text, path, fields)
    return out



# --------------------------------------------------------------------------------------------- feeds
FEED_SUFFIXES = (".rss", ".atom")
"""Feed files: one story per item or entry. An ``.xml`` file named explicitly is read as a feed when it is one."""
_FEED_TEXT = ("encoded", "content", "description", "summary", "abstract")
_FEED_DATE = ("pubdate", "published", "date", "issued", "created", "updated", "modified")
_FEED_SNIFF = re.compile(r"^\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,2000}?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S)


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower()


def _feed_markup_text(v: str) -> str:
    """The text of an item's (HTML) content: markup removed, entities decoded, white space collapsed."""
    import html as html_mod

    text = blank_html(v) if "<" in v else v
    lines = (" ".join(html_mod.unescape(line).split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line).strip()


def looks_feed(text: str) -> bool:
    """True for an RSS (2.0 or 1.0/RDF) or Atom document."""
    return _FEED_SNIFF.match(text[:4000]) is not None


def split_feed(text: str, path: str = "") -> list[Story]:
    """One story per RSS ``<item>`` or Atom ``<entry>``: title, text (``content:encoded``, ``content``,
    ``description`` or ``summary``, markup removed), date (``pubDate``, ``published``, ``dc:date``, else
    ``updated``), link, and the feed's title as outlet. Offsets index the story's text (as for records).
    Raises :class:`CorpusError` for XML that does not parse."""
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(text.lstrip("\ufeff").lstrip())
    except ET.ParseError as exc:
        raise CorpusError(f"{path}: not a well-formed RSS/Atom feed ({exc})") from None
    channel_title = ""
    for el in root.iter():
        if _local(el.tag) in ("channel", "feed") and el.find("*") is not None:
            t = next((c for c in el if _local(c.tag) == "title"), None)
            if t is not None and (t.text or "").strip():
                channel_title = " ".join((t.text or "").split())[:80]
                break
    out: list[Story] = []
    for el in root.iter():
        if _local(el.tag) not in ("item", "entry"):
            continue
        fields: dict[str, str] = {}
        link = ""
        for c in el:
            name = _local(c.tag)
            if name == "link" and not link:
                link = (c.get("href") or c.text or "").strip()
            value = "".join(c.itertext()).strip() if name != "content" or len(c) else (c.text or "").strip()
            if value and name not in fields:
                fields[name] = value
        body = next((fields[k] for k in _FEED_TEXT if fields.get(k)), "")
        text_body = _feed_markup_text(body)
        if not text_body:
            continue
        title = " ".join(_feed_markup_text(fields.get("title", "")).split())[:200] or _first_line(text_body)
        meta = UNKNOWN
        for k in _FEED_DATE:
            if k in fields:
                d = parse_date_value(fields[k], publishing_zone(title + text_body))
                meta = (Dating(d, "metadata", f"<{k}> {fields[k][:40]}", True) if d is not None
                        else Dating(None, "unknown", f"<{k}> {fields[k][:40]!r} is not a date"))
                if d is not None:
                    break
        out.append(Story(len(out) + 1, text_body, 0, title, channel_title, link, meta, True))
    return out

# ------------------------------------------------------------------------------------------- e-mail
EMAIL_SUFFIXES = (".eml", ".mbox")
_MBOX_FROM = re.compile(r"^From \S+[^\n]*\d{4}[ \t]*\r?$", re.M)
"""An mbox message's first line (``From sender Tue Mar  4 07:30:00 2025``)."""
_EMAIL_SNIFF = re.compile(r"\A(?:[A-Za-z][\w-]{0,40}:[^\n]*\n(?:[ \t][^\n]*\n)*){2,}", re.S)
_DIGEST_ITEM = re.compile(r"[ \t]*(?:(\d{1,2})[.、)）][ \t]*|[【\[]([一二三四五六七八九十]{1,3}|\d{1,2})[】\]][ \t]*)(\S.*)")
_MAIL_FOOTER = re.compile(r"unsubscribe|you are receiving|you received this|manage your (?:subscription|preferences)|"
                          r"退订|退訂|取消订阅|取消訂閱|不想再收到", re.I)


def looks_email(text: str) -> bool:
    """True for a saved e-mail message (RFC 5322 headers with ``From:`` and ``Date:`` or ``Subject:`` at the top)."""
    head = text[:8000].replace("\r\n", "\n").lstrip("\ufeff")
    if _MBOX_FROM.match(head):
        head = head.split("\n", 1)[-1]
    m = _EMAIL_SNIFF.match(head)
    if m is None:
        return False
    names = {line.split(":", 1)[0].lower() for line in m[0].splitlines() if line and not line[0].isspace()}
    return "from" in names and bool(names & {"date", "subject"})


def _digest_items(body: str) -> list[tuple[int, int, str]]:
    """A newsletter's numbered items (``1. Title`` / ``【一】标题`` lines, numbered from 1 in order, each followed by
    its text): ``(start, end, title)`` of each in ``body``; ``[]`` unless there are two or more."""
    starts: list[tuple[int, str]] = []
    pos = 0
    want = 1
    for line in body.splitlines(keepends=True):
        m = _DIGEST_ITEM.fullmatch(line.rstrip("\r\n"))
        if m is not None:
            n = m[1] or m[2]
            try:
                num = int(n) if n.isdigit() else cn_int(n)
            except ValueError:
                num = -1
            title = m[3].strip()
            if num == want and len(title) <= 120 and title[-1] not in "。.!?！？":
                starts.append((pos, title))
                want += 1
        pos += len(line)
    if len(starts) < 2:
        return []
    out = []
    for i, (a, title) in enumerate(starts):
        b = starts[i + 1][0] if i + 1 < len(starts) else len(body)
        chunk = body[a:b]
        if len(chunk.strip()) <= len(title) + 10:
            return []  # a numbered list of points, not items with their own text
        out.append((a, b, title))
    return out


_ITEM_MARK = "\ue000"
"""Marks the start of a heading of an HTML newsletter's item (a private-use character, removed again)."""


def _marked_items(body: str) -> list[tuple[int, int, str]]:
    """The items of an HTML newsletter whose headings were marked (:data:`_ITEM_MARK`), as ``(start, end,
    title)``; ``[]`` unless two or more have text under their heading."""
    starts = [i for i, ch in enumerate(body) if ch == _ITEM_MARK]
    out = []
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else len(body)
        chunk = body[a + 1:b]
        title = chunk.strip().split("\n", 1)[0].strip()
        if len(chunk.strip()) > len(title) + 10:
            out.append((a + 1, b, title))
    return out if len(out) >= 2 else []


def _drop_mail_footer(body: str) -> str:
    """A newsletter's body without its closing paragraph of subscription notes (``Unsubscribe``, ``退订``)."""
    paras = body.rstrip().split("\n\n")
    while len(paras) > 1 and _MAIL_FOOTER.search(paras[-1]) and len(paras[-1]) < 600:
        paras.pop()
    return "\n\n".join(paras).rstrip() + "\n"


SAVED_PAGE_SUFFIXES = (".mhtml", ".mht")
_FORWARD_MARK = re.compile(r"^[ \t>]*(?:-{3,}[ \t]*(?:Forwarded message|Original Message|转发的邮件|轉寄的郵件|原始邮件|原始郵件)"
                           r"[ \t]*-{3,}|Begin forwarded message:)[ \t]*$", re.M | re.I)
_FORWARD_HEAD = re.compile(r"[ \t>]*(From|Date|Sent|Subject|To|Cc|发件人|發件人|寄件者|发送时间|發送時間|日期|主题|主題|收件人|"
                           r"收件者|抄送)[ \t]*[:：][ \t]*(.*)", re.I)
_FORWARD_ROLE = {"from": "from", "发件人": "from", "發件人": "from", "寄件者": "from", "date": "date", "sent": "date",
                 "发送时间": "date", "發送時間": "date", "日期": "date", "subject": "subject", "主题": "subject",
                 "主題": "subject"}


class _Heads:
    """The header lines of a forwarded message, read as a message's ``get``."""

    def __init__(self, sender: object, date: object) -> None:
        self._h = {"from": sender, "date": date}

    def get(self, name: str, default: object = None) -> object:
        v = self._h.get(name)
        return default if v is None else v


def _forwarded(body: str) -> tuple[str, dict[str, str]] | None:
    """The message a mail forwards (``---------- Forwarded message ---------``, ``-----Original Message-----``,
    ``Begin forwarded message:``, ``转发的邮件``) with its header lines (``From:``, ``Date:``/``Sent:``,
    ``Subject:``; ``发件人`` / ``发送时间`` / ``主题``): ``(its text, {"from", "date", "subject"})``, or ``None``."""
    m = _FORWARD_MARK.search(body)
    if m is None:
        return None
    heads: dict[str, str] = {}
    pos = m.end() + 1
    lines = body[pos:].split("\n")
    n = 0
    while n < len(lines):
        h = _FORWARD_HEAD.fullmatch(lines[n])
        if h is None:
            if lines[n].strip() or heads:
                break
        else:
            role = _FORWARD_ROLE.get(h[1].lower(), _FORWARD_ROLE.get(h[1]))
            if role is not None:
                heads[role] = h[2].strip()
        n += 1
    text = "\n".join(lines[n:]).strip()
    return (text, heads) if heads and text else None


def _saved_page(msg: object, path: str) -> list[Story]:
    """A web page saved as one file (MHTML: ``.mhtml`` / ``.mht``, or ``Snapshot-Content-Location:``): its HTML
    part read as an HTML page (:func:`split_html`: its own meta tags date it). The ``Date:`` header is the day it
    was saved, not published: it dates nothing. Offsets index each story's text, as for records."""
    import dataclasses
    from email.message import EmailMessage

    assert isinstance(msg, EmailMessage)
    part = msg.get_body(preferencelist=("html",))
    if part is None:
        raise CorpusError(f"{path}: saved web page (MHTML) without an HTML part")
    try:
        html = part.get_content()
    except (LookupError, ValueError, AssertionError) as exc:
        raise CorpusError(f"{path}: saved web page cannot be decoded ({exc})") from None
    if not isinstance(html, str) or not html.strip():
        raise CorpusError(f"{path}: saved web page without any text")
    url = str(msg.get("snapshot-content-location", "") or part.get("content-location", "") or "")
    return [dataclasses.replace(st, text=st.text, offset=0, url=st.url or url, record=True)
            for st in split_html(html, path)]


def split_mailbox(text: str, path: str = "") -> list[Story]:
    """The stories of a saved e-mail, or of each message of an mbox file (messages opening with a ``From sender
    date`` line), numbered through the file (see :func:`split_email`)."""
    import dataclasses

    body = text.lstrip("\ufeff")
    starts = [m.start() for m in _MBOX_FROM.finditer(body)]
    if not starts or starts[0] != 0:
        return split_email(text, path)
    out: list[Story] = []
    for i, a in enumerate(starts):
        msg = body[body.index("\n", a) + 1 if "\n" in body[a:] else len(body):starts[i + 1] if i + 1 < len(starts)
                   else len(body)]
        if not msg.strip():
            continue
        for st in split_email(msg, f"{path} (message {i + 1})"):
            out.append(dataclasses.replace(st, index=len(out) + 1))
    return out


def split_email(text: str, path: str = "") -> list[Story]:
    """The stories of a saved e-mail (``.eml``): its text body (``text/plain``, else ``text/html`` with markup
    removed; quoted-printable and base64 undone, its charset decoded), the closing subscription notes left out,
    dated by its ``Date:`` header (``metadata``), titled by its ``Subject:``, its sender as outlet. A newsletter
    body holding a clear collection (separator lines, end markers, headings: :func:`split_articles`) or numbered
    items (``1. Title`` / ``【一】标题`` lines, each with its own text) gives one story per item, all dated by the
    header. Offsets index each story's text, as for records. Raises :class:`CorpusError` for a message without
    any text."""
    import email
    import email.policy
    from email.message import EmailMessage

    msg = email.message_from_string(text.lstrip("\ufeff"), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    if msg.get("snapshot-content-location") is not None or PurePath(path).suffix.lower() in SAVED_PAGE_SUFFIXES:
        return _saved_page(msg, path)
    part = msg.get_body(preferencelist=("plain", "html"))
    body = ""
    if part is not None:
        try:
            cte = str(part.get("content-transfer-encoding", "7bit")).strip().lower()
            # the file is already decoded (its 8-bit body in the charset found for the file): taken as it is
            content = part.get_payload() if cte in ("7bit", "8bit", "binary") else part.get_content()
        except (LookupError, ValueError, AssertionError) as exc:
            raise CorpusError(f"{path}: e-mail body cannot be decoded ({exc})") from None
        body = content if isinstance(content, str) else ""
        if part.get_content_subtype() == "html":
            # a newsletter's items under <h2> (else <h3>) headings: each heading line is marked to split at
            level = next((h for h in ("h2", "h3") if len(re.findall(rf"<{h}\b", body, re.I)) >= 2), None)
            if level is not None:
                body = re.sub(rf"<{level}\b[^<>]{{0,500}}>", lambda m: m[0] + _ITEM_MARK, body, flags=re.I)
            body = _feed_markup_text(body)
    body = _drop_mail_footer(body.replace("\r\n", "\n")) if body.strip() else ""
    if not body.strip():
        raise CorpusError(f"{path}: e-mail without any text")
    subject = " ".join(str(msg.get("subject", "")).split())
    fwd = _forwarded(body)
    head: EmailMessage | _Heads = msg
    if fwd is not None:  # the story is the message forwarded, dated and titled by its own header lines
        body, heads = fwd
        subject = heads.get("subject", "") or subject
        head = _Heads(heads.get("from"), heads.get("date") or msg.get("date"))
    sender = head.get("from")
    outlet = ""
    if isinstance(sender, str):
        outlet = re.sub(r"\s*<[^<>]*>\s*$", "", sender).strip().strip('"')
    elif sender is not None:
        addrs = getattr(sender, "addresses", ())
        outlet = (addrs[0].display_name if addrs else "") or str(sender)
    raw_date = str(head.get("date", "") or "")
    meta = UNKNOWN
    if raw_date.strip():
        d = parse_date_value(raw_date, publishing_zone(subject + body))
        meta = (Dating(d, "metadata", f"Date: {raw_date[:40]}", True) if d is not None
                else Dating(None, "unknown", f"Date: {raw_date[:40]!r} is not a date"))
    pieces = _marked_items(body) if _ITEM_MARK in body else []
    body = body.replace(_ITEM_MARK, "") if not pieces else body
    if not pieces:
        pieces = [(a.start, a.end, a.title) for a in split_articles(body)]
    if len(pieces) < 2:
        pieces = _digest_items(body) or [(0, len(body), subject or _first_line(body))]
    out: list[Story] = []
    for a, b, title in pieces:
        story = body[a:b].strip()
        if story:
            out.append(Story(len(out) + 1, story, 0, title[:200] or subject, outlet[:80], "", meta, True))
    return out


# -------------------------------------------------------------------------------------------- entry
def split_stories(text: str, path: str = "", fields: Fields | None = None) -> list[Story]:
    """The stories of one decoded file (see module docstring). The format comes from the path's suffix;
    HTML is recognised from its text as well."""
    suffix = PurePath(path).suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return split_jsonl(text, path, fields)
    if suffix == ".json":
        return split_json(text, path, fields)
    if suffix == ".js":
        return split_script_json(text, path, fields)
    if suffix in (".csv", ".tsv", ".xlsx"):  # an .xlsx sheet is read as tab-separated text
        return split_csv(text, path, fields)
    if suffix in EMAIL_SUFFIXES + SAVED_PAGE_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and looks_email(text)):
        return split_mailbox(text, path)
    if suffix in FEED_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and looks_feed(text)):
        return split_feed(text, path)
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and _looks_html(text)):
        return split_html(text, path, fields)
    if suffix in SUBTITLE_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and looks_subtitles(text)):
        words = subtitle_transcript(text)
        if not words.strip():
            raise CorpusError(f"{path}: subtitles without any cue text (expected cues: a timing line "
                              f"`00:00:01,000 --> 00:00:04,000` with the words under it)")
        return _plain(words, path, fields)
    if suffix not in MARKDOWN_SUFFIXES and (paged := unpage(text)) is not None:
        return _from_pdf_copy(paged, path, fields)
    if (records := _records_in_text(text)) is not None:  # records saved as .txt
        return records(text, path, fields)
    return _plain(text, path, fields)


def _records_in_text(text: str) -> Callable[[str, str, Fields | None], list[Story]] | None:
    """The record splitter for a plain-named file that holds records: JSON Lines (every line of the first few
    a JSON object) or a tab/comma table whose header names a story-text column (Excel's "Unicode Text" saves a
    sheet as a tab-separated ``.txt``) with a row of the same width under it; else ``None``."""
    head = [ln for ln in text.lstrip("\ufeff").split("\n", 6)[:6] if ln.strip()]
    if len(head) < 2:
        return None
    if head[0].lstrip().startswith("{"):
        try:
            if all(isinstance(json.loads(ln), dict) for ln in head[:-1]):
                return split_jsonl
        except (ValueError, RecursionError):
            return None
        return None
    for delim in ("\t", ","):
        cells = head[0].rstrip("\r").split(delim)
        if len(cells) >= 2 and is_news_csv_header([c.strip() for c in cells]) and \
                head[1].count(delim) == head[0].count(delim):
            return split_csv
    return None


# ---------------------------------------------------------------------------------------- subtitles
SUBTITLE_SUFFIXES = (".srt", ".vtt")
_CUE_TIME = re.compile(r"[ \t]*(?:\d{1,2}:)?\d{1,2}:\d\d[,.]\d{1,3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{1,2}:\d\d[,.]\d{1,3}.*")
_SUBTITLE_SNIFF = re.compile(r"\A\ufeff?\s*(?:WEBVTT\b|\d{1,6}[ \t]*\r?\n(?:\d{1,2}:)?\d{1,2}:\d\d[,.]\d{1,3}[ \t]+-->)")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+([^<>]{1,40})>")
_CUE_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,40}>|\{\\[^{}]{0,40}\}")
_SENTENCE_END = "。！？!?.…」』”\"）)"


def looks_subtitles(text: str) -> bool:
    """True for a SubRip (``1`` / ``00:00:01,000 --> 00:00:04,000``) or WebVTT (``WEBVTT``) subtitle file."""
    return _SUBTITLE_SNIFF.match(text[:300]) is not None


def subtitle_transcript(text: str) -> str:
    """The words of a subtitle file (SubRip ``.srt``, WebVTT ``.vtt``) as a transcript: cue numbers, timings,
    the WebVTT header and its ``NOTE`` / ``STYLE`` / ``REGION`` blocks and styling tags left out; a voice tag
    ``<v Anchor>`` becomes the speaker label ``Anchor:`` when the speaker changes; a cue's lines, and cues that
    go on with a sentence, are joined (Chinese without a space), so that each line is a whole sentence; a line
    repeated by rolling captions is kept once; a caption holding a full date (``青岚新闻 2023.10.17``) stays a line
    of its own; a cue's number and timing following the cue before without a blank line are no words. Stories
    read from it index this transcript (as a PDF copy's cleaned text)."""
    lines: list[str] = []
    speaker = ""
    for block in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")):
        rows = [r for r in block.split("\n") if r.strip()]
        if not rows or rows[0].startswith(("WEBVTT", "NOTE", "STYLE", "REGION")):
            continue
        timing = next((i for i, r in enumerate(rows) if _CUE_TIME.fullmatch(r)), None)
        if timing is None:
            continue
        cue = rows[timing + 1:]
        for k, row in enumerate(cue):
            if _CUE_TIME.fullmatch(row) or (row.strip().isdigit() and k + 1 < len(cue) and _CUE_TIME.fullmatch(cue[k + 1])):
                continue  # the next cue's number and timing without the blank line before them
            v = _VOICE.search(row)
            row = _CUE_TAG.sub("", _VOICE.sub("", row)).strip()
            if v is not None and v[1].strip() != speaker:
                speaker = v[1].strip()
                row = f"{speaker}: {row}"
            if not row or (lines and lines[-1].endswith(row)):
                continue
            caption = _is_caption(row)  # 青岚新闻 2023.10.17
            if caption or (lines and lines[-1] and lines[-1][-1] not in _SENTENCE_END and not (v is not None and
                                                                                               row.startswith(speaker))
                           and not _is_caption(lines[-1])):
                if caption:
                    lines.append(row)
                    continue
                glue = "" if _cjk(lines[-1][-1]) or _cjk(row[0]) else " "
                lines[-1] += glue + row
            else:
                lines.append(row)
    return "\n".join(lines) + "\n" if lines else ""


def _is_caption(row: str) -> bool:
    """A subtitle row that is a caption, not words said: short, no sentence's punctuation, a full date
    (``青岚新闻 2023.10.17``)."""
    return len(row) <= 30 and re.search(r"[，。！？!?；;：:]|[,.](?:\s|$)", row) is None and date_in_line(row) is not None


def _cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


def _from_pdf_copy(paged: Unpaged, path: str, fields: Fields | None) -> list[Story]:
    """Stories of text copied from a PDF (:func:`timeline.pdfcopy.unpage`): read from the cleaned text (offsets
    index it), dated by a running header's date when nothing closer (metadata) dates them."""
    import dataclasses

    out = _plain(paged.text, path, fields)
    if paged.date is None:
        return out
    head = Dating(paged.date, "dateline", f"page header {paged.header[:60]}", True)
    return [dataclasses.replace(st, meta=head) if st.meta.date is None else st for st in out]


def _looks_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def read_dates_csv(path: str | Path) -> dict[str, Dating]:
    """A date list for plain files: CSV rows ``path,date`` (a header row with ``path``/``file`` and ``date``
    columns is optional; paths relative to the list's folder). Returns ``{resolved path: Dating}``; raises
    :class:`~timeline.corpus.CorpusError` naming the file and line of a bad row. The folder manifest is
    named :data:`MANIFEST_NAME`."""
    from timeline.corpus import read_document

    p = Path(path)
    text = read_document(p)
    out: dict[str, Dating] = {}
    rows = list(csv.reader(io.StringIO(text, newline="")))
    start = 0
    col_p, col_d = 0, 1
    if rows and rows[0]:
        head = [_norm_key(h) for h in rows[0]]
        if parse_date_value(rows[0][-1]) is None:
            start = 1
            col_p = next((i for i, h in enumerate(head) if h in ("path", "file", "filename", "name")), 0)
            col_d = next((i for i, h in enumerate(head) if h in FIELD_NAMES["date"]), 1)
    for lineno, row in enumerate(rows[start:], start + 1):
        if not row or not "".join(row).strip():
            continue
        if len(row) <= max(col_p, col_d):
            raise CorpusError(f"{p}: line {lineno}: expected 'path,date'")
        d = parse_date_value(row[col_d])
        if d is None:
            raise CorpusError(f"{p}: line {lineno}: not a date: {row[col_d]!r}")
        target = (p.parent / row[col_p].strip()).resolve()
        out[str(target)] = Dating(d, "metadata", f"{p.name} line {lineno}: {row[col_d].strip()}", True)
    return out


__all__ = ["MANIFEST_NAME", "FIELD_NAMES", "Fields", "FileHints", "Story", "read_dates_csv", "split_stories"]


@dataclass(slots=True)
class FileHints:
    """Dates known about a file from outside it: a manifest / ``--dates`` entry, and a year its folder
    neighbours agree on (for a dateline without its year)."""

    date: Dating = UNKNOWN
    year: int | None = None
    year_evidence: str = ""
