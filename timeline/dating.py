"""The publication date of a story, from where news keeps it.

Contract
--------
A story's date is looked for in this order; the first step that gives one wins:

1. ``metadata``: a field of the record (JSONL/CSV ``date``/``published``...), an HTML ``<meta
   property="article:published_time">``, JSON-LD ``datePublished`` or ``<time datetime>``, Markdown front
   matter ``date:``, a ``dates.csv`` manifest in the story's folder or ``--dates FILE.csv`` (see
   :mod:`timeline.stories`);
2. ``filename``: a date in the file's name (``20130322``, ``2013-03-22``, ``2013_03_22``, ``AP_20130322.txt``,
   a wire id ``AP900815-0044`` = letters + YYMMDD) or in its folders (``2013/03/22/story.txt``);
3. ``dateline``: a dateline, byline or publication stamp in the story's first lines
   (``新华社北京十二月二十二日电``, ``WASHINGTON (AP) — March 22, 2013``, ``2026-02-17 10:05``,
   ``（2026年2月17日）``, ``BEIJING, Feb. 18 (Reuters) -``). A dateline without its year takes the year from
   the nearest evidence (a year in the file name or folder, the dates of the other stories of the same file
   or folder, else the story's own content) and is then marked ``inferred``;
4. ``inferred``: only then the story's content (:mod:`timeline.temporal.dct`, collection-aware), always with
   the evidence it rests on;
5. ``unknown``: no date. Nothing is invented: relative dates of such a story stay unresolved.

Two more sources exist for dates a person gave: ``user`` (``--reference`` or a date set in the viewer).

:func:`parse_date_value` reads the date forms metadata uses (ISO 8601 with or without time, ``20130322``,
RFC 2822 ``Fri, 22 Mar 2013 10:00:00 +0000``, ``March 22, 2013``, ``22 March 2013``, ``2013年3月22日``,
Unix seconds or milliseconds). Everything here is pure and cheap (no temporal scan except step 4).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import PurePath

from timeline.temporal import lexicon as lx
from timeline.temporal.numerals import cn_int

DATE_SOURCES: tuple[str, ...] = ("metadata", "filename", "dateline", "inferred", "user", "unknown")
"""Where a story's date came from (``user``: ``--reference`` or a date set in the viewer)."""

HEAD_CHARS = 400
"""A dateline or stamp counts only this close to the start of the story's body (its first lines)."""


@dataclass(frozen=True, slots=True)
class Dating:
    """A story's date, where it came from and the text it rests on.

    ``day_known``: the day itself is stated (``今天``, ``yesterday`` may resolve against it); ``span`` is
    the dateline's ``(start, end)`` in the story text when the date came from one (its mentions are no
    events).
    """

    date: dt.date | None
    source: str = "unknown"
    evidence: str = ""
    day_known: bool = False
    span: tuple[int, int] | None = None


UNKNOWN = Dating(None, "unknown", "")

# ------------------------------------------------------------------------------------------ values
_MONTH_RE = rf"(?P<mon>{'|'.join(sorted((w.capitalize() for w in lx.EN_MONTH_NAMES), key=len, reverse=True))})\.?"
"""An English month name or abbreviation (:data:`lexicon.EN_MONTH_NAMES`), capitalized, with an optional full
stop; always followed by a non-letter, so the order of the names does not matter."""
_WEEKDAYS_RE = "|".join(w.capitalize() for w in lx.EN_WEEKDAY_NAMES if w.endswith("day"))
_ISO = re.compile(r"\s*((?:1[5-9]|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?![\d])")
_COMPACT = re.compile(r"\s*((?:1[5-9]|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:$|[T\s_.-])")
_MDY = re.compile(rf"(?:[A-Za-z]{{3,9}}\.?,?\s+)?{_MONTH_RE}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b",
                  re.I)
_DMY = re.compile(rf"(?:[A-Za-z]{{3,9}}\.?,?\s+)?(?P<d>\d{{1,2}})\s+{_MONTH_RE},?\s+(?P<y>\d{{4}})\b", re.I)
_DMY_DASHED = re.compile(rf"\s*(?P<d>\d{{1,2}})(?P<sep>[-/ ]){_MONTH_RE}(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)(?!\d)", re.I)
"""A day, a month's name and a year joined by dashes or slashes, as spreadsheets and databases export them:
``04-Mar-2025``, ``4/Mar/2025``, ``4-Mar-25`` (a two-digit year as spreadsheets read it: 00-29 this century,
30-99 the last)."""
_ZH_FULL = re.compile(rf"\s*(\d{{4}}|[{lx.CN_DIGIT_CHARS}]{{4}})\s?年\s?(\d{{1,2}}|[{lx.CN_MONTH_CHARS}]{{1,3}})\s?月"
                      rf"\s?(\d{{1,2}}|[{lx.CN_DAY_CHARS}]{{1,3}})\s?[日号號]")
_ROC_FULL = re.compile(r"\s*(?:中華民國|中华民国|民國|民国)\s?(\d{2,3})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?[日号號]")
_CTIME = re.compile(r"[A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d\d:\d\d:\d\d [+-]\d{4} \d{4}$")
"""A C-style stamp with its zone, as Twitter writes ``created_at``: ``Tue Mar 04 10:21:00 +0000 2025``."""
_EPOCH = re.compile(r"\s*(\d{9,10}|\d{12,13})(?:\.\d+)?\s*$")


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_UTC_MARKED = re.compile(r"(?:Z|[+-]00:?00|\bGMT|\bUTC)\s*$", re.I)


def _utc_stamp_in(s: str, zone: dt.timezone) -> dt.date | None:
    """The day in ``zone`` of a time stamp told in UTC (``2025-03-03T20:30:00Z``, ``Mon, 03 Mar 2025 20:30:00
    GMT``), or ``None`` when ``s`` is no such stamp."""
    import email.utils

    if not _UTC_MARKED.search(s):
        return None
    try:
        t = dt.datetime.fromisoformat(s.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        try:
            t = email.utils.parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError):
            return None
    if t.tzinfo is None or t.utcoffset() != dt.timedelta(0) or (t.hour, t.minute, t.second) == (0, 0, 0):
        return None  # a bare midnight is a day written as a time, not a moment
    return t.astimezone(zone).date()


_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)(?![\d/.])")
"""``03/04/2025`` or ``25.03.2025``: day and month in an order the value itself may not tell."""


def numeric_date_order(text: str) -> str | None:
    """``"dmy"`` or ``"mdy"`` when the numeric dates of a file (:data:`_NUMERIC_DATE`) tell their order (a first
    number above 12 and none second, or the reverse), else ``None``."""
    first = second = False
    for m in _NUMERIC_DATE.finditer(text):
        first |= int(m[1]) > 12
        second |= int(m[3]) > 12
    return "dmy" if first and not second else "mdy" if second and not first else None


def parse_date_value(value: object, zone: dt.timezone | None = None, order: str | None = None) -> dt.date | None:
    """The calendar day a metadata value names (see module docstring), or ``None``.

    ``zone`` is where the story was published: a moment told in UTC (Unix seconds or milliseconds, ISO with
    ``Z``, RFC 2822 with ``GMT``/``+0000``) is that moment's day there (a Taipei story stamped 20:30 UTC on
    March 3rd was published on March 4th). Without ``zone`` such a moment's UTC day is taken. A numeric
    ``03/04/2025`` is read in ``order`` (``"dmy"``/``"mdy"``, :func:`numeric_date_order` of its file), else only
    when one of its numbers is above 12 (``25/03/2025``)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if zone is not None and isinstance(value, str) and (d := _utc_stamp_in(value.strip(), zone)) is not None:
        return d
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(int(value))
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s:
        return None
    m = _ISO.match(s)
    if m:
        return _date(int(m[1]), int(m[3]), int(m[4]))
    if _CTIME.match(s):  # Twitter's created_at: "Tue Mar 04 10:21:00 +0000 2025"
        try:
            moment = dt.datetime.strptime(" ".join(s.split()), "%a %b %d %H:%M:%S %z %Y")
        except ValueError:
            return None
        return (moment.astimezone(zone) if zone is not None else moment).date()
    m = _COMPACT.match(s)
    if m:
        return _date(int(m[1]), int(m[2]), int(m[3]))
    m = _ROC_FULL.match(s)
    if m:  # 中華民國114年3月4日, 民國114年3月4日
        return _date(int(m[1]) + ROC_OFFSET, int(m[2]), int(m[3]))
    m = _ZH_FULL.match(s)
    if m:
        try:
            return _date(cn_int(m[1]), cn_int(m[2]), cn_int(m[3]))
        except ValueError:
            return None
    m = _NUMERIC_DATE.fullmatch(s.split()[0].rstrip(",")) if s.split() else None
    if m:
        a, b, y = int(m[1]), int(m[3]), int(m[4])
        how = order or ("dmy" if a > 12 or m[2] == "." else "mdy" if b > 12 else None)  # 04.03.2025: day first
        if how is None and a != b:
            return None  # 03/04/2025: March 4th or April 3rd, nothing tells
        return _date(y, b, a) if how == "dmy" else _date(y, a, b)
    for rx in (_DMY_DASHED, _MDY, _DMY):
        m = rx.match(s) if rx is _DMY_DASHED else rx.search(s[:60])
        if m:
            y = int(m["y"])
            if len(m["y"]) == 2:
                y += 2000 if y < 30 else 1900
            return _date(y, lx.EN_MONTH_NAMES[m["mon"].lower()], int(m["d"]))
    m = _EPOCH.match(s)
    if m:
        n = int(m[1])
        if len(m[1]) >= 12:
            n //= 1000
        try:
            return dt.datetime.fromtimestamp(n, zone or dt.UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
    return None


def date_in_line(line: str) -> dt.date | None:
    """The first full date anywhere in a short line (a running page header: ``City Bulletin   March 4, 2025``,
    ``滨江日报  2025年3月4日  星期二``), or ``None``."""
    for rx in (_ROC_FULL, _ZH_FULL, _ISO, _MDY, _DMY):
        m = rx.search(line)
        if m is None:
            continue
        if rx is _MDY or rx is _DMY:
            d = _date(int(m["y"]), lx.EN_MONTH_NAMES[m["mon"].lower()], int(m["d"]))
        elif rx is _ISO:
            d = _date(int(m[1]), int(m[3]), int(m[4]))
        else:
            try:
                y = int(m[1]) + ROC_OFFSET if rx is _ROC_FULL else cn_int(m[1])
                d = _date(y, cn_int(m[2]), cn_int(m[3]))
            except ValueError:
                d = None
        if d is not None:
            return d
    return None


# --------------------------------------------------------------------------------------- post stamps
POST_STAMP = re.compile(
    r"(?P<n>\d{1,3})[ \t]?(?P<zu>秒|分钟|分鐘|小时|小時|天)前|(?P<now>刚刚|剛剛|just now)"
    r"|(?P<rel>今天|昨天|前天|today|yesterday)(?:[ \t]*(?:at[ \t]+)?\d{1,2}[:：]\d\d(?:[ \t]?[ap]\.?m\.?)?)?"
    r"|(?P<en>\d{1,3}) (?P<eu>seconds?|minutes?|mins?|hours?|hrs?|days?) ago"
    r"|(?:(?P<y>(?:19|20)\d\d)-)?(?P<m>\d{1,2})-(?P<d>\d{1,2})[ \t]+\d{1,2}:\d\d", re.I)
"""A post's stamp as a forum or Weibo page shows it: ``3小时前``, ``昨天 14:20``, ``2 hours ago``, ``03-03 14:20``."""
_UNIT_SECONDS = {"秒": 1, "分钟": 60, "分鐘": 60, "小时": 3600, "小時": 3600, "天": 86400, "second": 1, "minute": 60,
                 "min": 60, "hour": 3600, "hr": 3600, "day": 86400}


def post_stamp_day(stamp: str, saved: dt.date, clock: tuple[int, int] | None = None) -> dt.date | None:
    """The day a post was written, from its stamp (:data:`POST_STAMP`) and the moment the page was saved
    (``saved`` and its ``clock`` time, when known): ``3小时前`` saved at 18:00 is that day, at 01:00 the day
    before; ``昨天 14:20`` the day before; ``03-03 14:20`` March 3rd of the year saved. ``None`` when the stamp
    needs the clock and none is known (``3小时前`` on a page saved on a day alone)."""
    m = POST_STAMP.fullmatch(stamp.strip())
    if m is None:
        return None
    if m["now"]:
        return saved
    if m["rel"]:
        return saved - dt.timedelta(days={"今天": 0, "today": 0, "昨天": 1, "yesterday": 1, "前天": 2}[m["rel"].lower()])
    if m["m"]:
        return _date(int(m["y"]) if m["y"] else saved.year, int(m["m"]), int(m["d"]))
    n, unit = (int(m["n"]), m["zu"]) if m["n"] else (int(m["en"]), m["eu"].lower().rstrip("s"))
    secs = n * _UNIT_SECONDS[unit]
    if secs % 86400 == 0:
        return saved - dt.timedelta(seconds=secs)
    if clock is None:
        return None
    return (dt.datetime.combine(saved, dt.time(*clock)) - dt.timedelta(seconds=secs)).date()


# --------------------------------------------------------------------------------------- file names
_NAME_FULL = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")
_NAME_WIRE = re.compile(r"(?<=[A-Za-z])(\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[-_.]|$)")
_DIR_YMD = re.compile(r"(?:^|/)((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)")
_DIR_YM = re.compile(r"(?:^|/)((?:19|20)\d\d)/(0?[1-9]|1[0-2])$")
_NAME_DAY = re.compile(r"(0?[1-9]|[12]\d|3[01])(?:$|[-_. ])")
_NAME_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_NAME_LOOSE = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_.])(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])(?!\d)")
"""``news-2025-3-6``: a year first, month and day unpadded, one separator between them."""
_NAME_DMY = re.compile(r"(?<!\d)(\d{1,2})([-_.])(\d{1,2})\2((?:19|20)\d\d)(?!\d)")
"""``04-03-2025`` / ``25_03_2025``: day and month before the year, read as :func:`parse_date_value` reads
``25.03.2025`` (dotted: day first; else only when a number above 12 tells the order)."""


def name_date_order(names: list[str]) -> str | None:
    """``"dmy"`` / ``"mdy"`` when the numeric dates of a folder's file names (``25-03-2025_x.txt``) tell their
    order (a first number above 12 and none second, or the reverse), else ``None``."""
    first = second = False
    for n in names:
        m = _NAME_DMY.search(n)
        if m:
            first |= int(m[1]) > 12
            second |= int(m[3]) > 12
    return "dmy" if first and not second else "mdy" if second and not first else None


def filename_date(path: str | PurePath, order: str | None = None) -> Dating:
    """The date in a file's name or folders (see module docstring); ``UNKNOWN`` when there is none. An ambiguous
    ``04-03-2025`` is read in ``order`` (:func:`name_date_order` of its folder's names) when given."""
    p = PurePath(path)
    name = p.name
    stem = name[: -len(p.suffix)] if p.suffix else name
    m = _NAME_FULL.search(stem)
    if m:
        d = _date(int(m[1]), int(m[3]), int(m[4]))
        if d is not None:
            return Dating(d, "filename", f"file name {name}", True)
    d = _loose_name_date(stem)
    if d is not None:
        return Dating(d, "filename", f"file name {name}", True)
    m = _NAME_DMY.search(stem) if order else None
    if m:
        a, b, y = int(m[1]), int(m[3]), int(m[4])
        d = _date(y, b, a) if order == "dmy" else _date(y, a, b)
        if d is not None:
            return Dating(d, "filename", f"file name {name} ({'day' if order == 'dmy' else 'month'} first, as "
                                         f"in the other file names of its folder)", True)
    m = _NAME_WIRE.search(stem)
    if m:
        yy = int(m[1])
        d = _date(1900 + yy if yy >= 50 else 2000 + yy, int(m[2]), int(m[3]))
        if d is not None:
            return Dating(d, "filename", f"file name {name}", True)
    folders = "/".join(p.parts[-4:-1])
    m = _DIR_YMD.search(folders)
    if m:
        d = _date(int(m[1]), int(m[2]), int(m[3]))
        if d is not None:
            return Dating(d, "filename", f"folder {folders}", True)
    m = _DIR_YM.search("/".join(p.parts[-3:-1]))
    day = _NAME_DAY.match(stem)
    if m and day:  # 2025/03/04.txt, 2025/03/04-ferry.md: the day is the file's name
        d = _date(int(m[1]), int(m[2]), int(day[1]))
        if d is not None:
            return Dating(d, "filename", f"folder {m[0].strip('/')} and file name {name}", True)
    return UNKNOWN


def _loose_name_date(stem: str) -> dt.date | None:
    """A date a person wrote into a file name: ``2025-3-6``, ``2025年3月4日``, ``March 5, 2025`` /
    ``5_March_2025``, ``25-03-2025`` (an ambiguous ``04-03-2025`` only when dotted, as dotted dates are day
    first); ``None`` when there is none."""
    if not any(c.isdigit() for c in stem):
        return None
    m = _NAME_LOOSE.search(stem)
    if m:
        return _date(int(m[1]), int(m[3]), int(m[4]))
    for rx in (_ROC_FULL, _ZH_FULL):
        m = rx.search(stem)
        if m:
            try:
                y = int(m[1]) + ROC_OFFSET if rx is _ROC_FULL else cn_int(m[1])
                return _date(y, cn_int(m[2]), cn_int(m[3]))
            except ValueError:
                return None
    m = _NAME_DMY.search(stem)
    if m:
        a, b, y = int(m[1]), int(m[3]), int(m[4])
        if m[2] == "." or a > 12 or a == b:
            return _date(y, b, a)
        return _date(y, a, b) if b > 12 else None
    spaced = re.sub(r"[-_]+", " ", stem)
    for rx in (_MDY, _DMY):
        m = rx.search(spaced)
        if m:
            return _date(int(m["y"]), lx.EN_MONTH_NAMES[m["mon"].lower()], int(m["d"]))
    return None


def path_year(path: str | PurePath) -> int | None:
    """A year named in the file's name or its parent folder (``news-2013/``), for a dateline without year."""
    p = PurePath(path)
    for part in (p.stem, p.parent.name):
        m = _NAME_YEAR.search(part)
        if m:
            return int(m[1])
    return None


# ----------------------------------------------------------------------------------------- datelines
_ZH_NUM = rf"\d{{1,2}}|[{lx.CN_MONTH_CHARS}]{{1,3}}"
_ZH_DAY = rf"\d{{1,2}}|[{lx.CN_DAY_CHARS}]{{1,4}}"
_ZH_YEAR = rf"\d{{4}}|[{lx.CN_DIGIT_CHARS}]{{4}}"
_ZH_DATELINE = re.compile(
    rf"(?:(?P<y>{_ZH_YEAR})\s?年\s?)?(?P<m>{_ZH_NUM})\s?月\s?(?P<d>{_ZH_DAY})\s?[日号號]\s?"
    rf"(?:[(（]\s?(?:{'|'.join(lx.ZH_BYLINE_WORDS)})[^)）\n]{{0,20}}[)）]\s?)?"
    rf"(?:{'|'.join(lx.ZH_DATELINE_FILED + lx.ZH_DATELINE_REPORTED)})")
"""``新华社北京十二月二十二日电``, ``北京2月18日電``, ``本报讯 2013年3月22日讯``, with a byline before its last word
(``台北3月5日（記者林一）電``, :data:`lexicon.ZH_BYLINE_WORDS`): the date the story was filed."""

_ZH_STAMP = re.compile(
    r"(?P<roc>(?:中華民國|中华民国|民國|民国)\s?)?(?<!\d)(?P<y>\d{4}|\d{2,3}(?=\s?(?:年|[-/.]\d)))\s?(?:年\s?(?P<m1>\d{1,2})\s?月\s?(?P<d1>\d{1,2})\s?[日号號]|[-/.](?P<m2>\d{1,2})[-/.]"
    r"(?P<d2>\d{1,2}))(?P<time>[ \t]*\d{1,2}:\d\d(?::\d\d)?)?")
ROC_OFFSET = 1911
"""A Minguo (Republic of China) year plus this is the Gregorian year: 民國114年 is 2025."""
_STAMP_AFTER = r"(?:星期|禮拜|礼拜|[周週][一二三四五六日天]|[发發][布佈表]|更新|[来來]源|[讯訊電电]|[上下]午|凌晨|早上|晚上)"
"""Words that may follow a publication stamp's date directly (``2025年3月4日星期二``, ``2025年3月4日发布``)."""
_LABEL_BEFORE = re.compile(
    "(?:" + "|".join(re.escape(w) + (r"(?:\s+on)?" if w in lx.STAMP_LABELS_ON else "") for w in lx.STAMP_LABELS)
    + r")\s*[:：]?\s*(?:\d{1,2}:\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?\s*,?\s*)?"
    r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s*)?$", re.I)
"""A label (:data:`lexicon.STAMP_LABELS`) right before a date: a publication stamp, not a date in the story
(also with a clock time and a short weekday between: ``Published 10:21 AM EST, Mon March 3, 2025``)."""
_EN_DATE = re.compile(
    rf"(?:(?:{_WEEKDAYS_RE}),?\s+)?{_MONTH_RE}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d))?\b")
_EN_DMY = re.compile(rf"(?P<d>\d{{1,2}})\s+{_MONTH_RE}(?:,?\s+(?P<y>(?:19|20)\d\d))?\b")
_PLACE = r"[A-Z][A-Za-z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'\- ]{1,30})?"
_AGENCY = r"\((?:[A-Za-z][A-Za-z.&\- ]{0,30})\)"
_EN_DATELINE_BEFORE = re.compile(
    rf"(?:^|\n)[ \t]*(?:{_PLACE}\s*(?:{_AGENCY})?\s*(?:[-—–_,:]+|--)\s*|(?:By [^\n]{{1,60}}?[|,•·]\s*))$")
_WEEKDAY_LEAD = re.compile(rf"[ \t]*(?:[*_]{{1,2}}[ \t]*)?(?:(?:{_WEEKDAYS_RE}),?[ \t]+)?")
"""What may stand before a date opening its line: Markdown emphasis (``*Monday, June 3, 2024*``), a weekday."""
_EN_AFTER_OK = re.compile(r"\s*(?:\([^)\n]{1,30}\)\s*)?(?:[-—–_:|•·/]|--|$|\n|\d{1,2}:\d\d|[*_]{1,2}[ \t]*(?:\n|$))")


_ZH_DAY_DATELINE = re.compile(rf"(?<![月\d〇零{lx.CN_DAY_CHARS}])(?P<d>{_ZH_DAY})\s?[日号號]\s?(?:{'|'.join(lx.ZH_DATELINE_FILED)})")
"""A dateline naming only the day (``中央社記者台北22日電``): month and year come from the nearest evidence."""
_ZH_AGENCY = re.compile("|".join(lx.ZH_DATELINE_AGENCY))
_SENTENCE_MARK = re.compile(rf"[，,。；;：:！？!?“”\"]|{'|'.join(lx.ZH_QUOTED_REPORT)}")


@dataclass(frozen=True, slots=True)
class _Found:
    year: int | None
    month: int
    day: int
    start: int
    end: int
    text: str


def _line_start(text: str, i: int) -> bool:
    j = text.rfind("\n", 0, i)
    return not text[j + 1:i].strip()


def headline_after(head: str, end: int) -> bool:
    """The date ending at ``end`` opens a headline: the rest of its line is five or more words not closed by a
    full stop, and text follows on the next lines (a dateline's line goes on with the story's sentence)."""
    le = head.find("\n", end)
    if le < 0 or not head[le:].strip():
        return False
    rest = re.sub(r"^[\s\-—–_:|•·/]+", "", head[end:le]).strip()
    return len(rest.split()) >= 5 and not re.search(r"[.!?\"”]$", rest)


def find_dateline(text: str, head_start: int = 0, order: str | None = None) -> _Found | None:
    """The dateline, byline date or publication stamp in the first lines of ``text`` (from ``head_start``).

    Only dates in a dateline position count: a Chinese ``…月…日电``; a stamp with a clock time
    (``2026-02-17 10:05``); a date after a label (``发布时间：``, ``Published:``); a full date alone in
    parentheses (``（2026年2月17日）``) or opening a line and followed by a dash/colon/line end
    (``March 22, 2013 -``); an English dateline ``PLACE (AGENCY) — March 22, 2013`` or ``PLACE, Feb. 18
    (Reuters) -``; a date closing a byline (``By Anna Reed | 17/10/2023``: numbers in ``order``, that of the
    story's file, :func:`numeric_date_order`; ``文／王明　10月17日``). A date in a sentence of the story (``On March
    22, 2013, the firm said``) is not one.
    """
    head = text[head_start:head_start + HEAD_CHARS]
    found: list[_Found] = []
    for m in _ZH_DAY_DATELINE.finditer(head):
        lead = head[head.rfind("\n", 0, m.start()) + 1:m.start()]
        if len(lead.strip()) > 24 or _SENTENCE_MARK.search(lead) or not _ZH_AGENCY.search(lead):
            continue
        try:
            d = cn_int(m["d"])
        except ValueError:
            continue
        if 1 <= d <= 31:
            found.append(_Found(None, 0, d, m.start(), m.end(), m[0]))
        break
    for m in _ZH_DATELINE.finditer(head):
        lead = head[head.rfind("\n", 0, m.start()) + 1:m.start()]
        if len(lead.strip()) > 20 or _SENTENCE_MARK.search(lead):
            continue  # inside a sentence (据新华社3月5日电报道): a report quoted, not this story's dateline
        try:
            y = cn_int(m["y"]) if m["y"] else None
            mo, d = cn_int(m["m"]), cn_int(m["d"])
        except ValueError:
            continue
        found.append(_Found(y, mo, d, m.start(), m.end(), m[0]))
        break
    for m in _ZH_STAMP.finditer(head):
        mo, d = int(m["m1"] or m["m2"]), int(m["d1"] or m["d2"])
        s, e = m.start(), m.end()
        before = head[max(0, s - 12):s]
        after = head[e:e + 2]
        paren = bool(re.search(r"[(（]\s*$", before)) and bool(re.match(r"\s*[)）]", after))
        labelled = bool(_LABEL_BEFORE.search(before))
        year = int(m["y"])
        if len(m["y"]) < 4:  # a Minguo year (中華民國114年, 發布日期：114年3月4日): with 民國 or a label only
            if not (m["roc"] or labelled):
                continue
            year += ROC_OFFSET
        # a date glued to the words after it (2024年12月31日前完成申报…) is part of a sentence or a headline
        glued = (not m["time"] and re.match(r"[\u4e00-\u9fff]", head[e:e + 1]) is not None
                 and re.match(_STAMP_AFTER, head[e:]) is None)
        alone = _line_start(head, s) and (not head[e:].strip() or re.match(r"[ \t]*(?:\n|$|[|丨·]|\s{2})", head[e:])
                                          is not None)
        ls, le = head.rfind("\n", 0, s) + 1, head.find("\n", e)
        line = head[ls:le if le >= 0 else len(head)]
        meta_line = (len(line.strip()) <= 50 and not re.search(r"[，。！？；,;!?]", line)  # 人民网 2013年3月22日
                     and not glued)
        # a press release's "2026年3月25日——" / "北京，2026年3月25日——": a full date opening its line (or after a
        # place and a comma) followed by a dash
        dashed = re.match(r"[ \t]*(?:——|—|--|－－)", head[e:]) is not None and (
            _line_start(head, s) or re.fullmatch(r"[ \t]*[\u4e00-\u9fff]{2,8}[，,][ \t]*", head[ls:s]) is not None)
        # "2025年3月4日 潮汐港管理局今天启用了新灯塔": a full date opening a line, a space, then a sentence telling
        # what happened 今天/今日 (the date is the story's day; a chronicle's dated lines say no 今天)
        spaced = (_line_start(head, s) and re.match(r"[ \t\u3000]+[^\s\d]", head[e:]) is not None
                  and re.search(r"今天|今日|今晨|今早", head[e:e + 60].split("。")[0].split("\n")[0]) is not None)
        if m["time"] or paren or labelled or alone or meta_line or dashed or spaced:
            found.append(_Found(year, mo, d, s, e, m[0]))
            break
    for rx in (_EN_DATE, _EN_DMY):
        for m in rx.finditer(head):
            s, e = m.start(), m.end()
            before = head[max(0, s - 90):s]
            labelled = bool(_LABEL_BEFORE.search(before))
            dateline = bool(_EN_DATELINE_BEFORE.search(before))
            # a weekday or Markdown emphasis before the date opening its line: "Tuesday 2 April 2024"
            at_line = _line_start(head, s) or _WEEKDAY_LEAD.fullmatch(head, head.rfind("\n", 0, s) + 1, s) is not None
            after_ok = _EN_AFTER_OK.match(head, e) is not None
            y = int(m["y"]) if m["y"] else None
            if labelled or (dateline and (after_ok or y)) or (at_line and after_ok and (y or dateline)):
                if m["y"] is None and not (dateline or labelled):
                    continue
                if not (labelled or dateline) and headline_after(head, e):
                    continue  # "March 31, 2025: the deadline for tax filings …" is a headline, not a dateline
                found.append(_Found(y, lx.EN_MONTH_NAMES[m["mon"].lower()], int(m["d"]), s, e, m[0]))
                break
    found.extend(_other_stamps(head))
    found.extend(_byline_dates(head, order))
    today = _TODAY_IS.search(head)
    if today is not None:  # 今天是2025年3月4日 / Today is Tuesday, March 4, 2025: the text tells its own day
        try:
            y, mo, d = ((cn_int(today["zy"]), cn_int(today["zm"]), cn_int(today["zd"])) if today["zy"] else
                        (int(today["y"]), lx.EN_MONTH_NAMES[today["mon"].lower()], int(today["d"])))
        except ValueError:
            y, mo, d = 0, 1, 1
        if _date(y, mo, d) is not None:
            g = "date" if today["zy"] else "date_en"
            found.append(_Found(y, mo, d, today.start(g), today.end(g), today[g]))
    if not found:
        return _print_stamp(text, head_start)
    f = min(found, key=lambda x: x.start)
    if _date(f.year or 2000, f.month or 1, f.day) is None:
        return None
    a, b = _whole_dateline(head, f.start, f.end)
    return _Found(f.year, f.month, f.day, a + head_start, b + head_start, f.text)


_TODAY_IS = re.compile(
    rf"(?:今天是|今日是|今天|今日)\s?(?P<date>(?P<zy>{_ZH_YEAR})\s?年\s?(?P<zm>{_ZH_NUM})\s?月\s?(?P<zd>{_ZH_DAY})\s?[日号號])"
    rf"|\b(?:[Tt]oday is|[Ii]t is|[Ii]t's)\s+(?P<date_en>(?:(?:{_WEEKDAYS_RE}),?\s+)?{_MONTH_RE}\s+(?P<d>\d{{1,2}})"
    r"(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d))\b")
"""A text telling its own day in the present tense, as a broadcast or a diary opens (``今天是2025年3月4日``,
``Today is Tuesday, March 4, 2025``): a stamp in the text's first lines."""
_CN_STAMP = re.compile(r"(?P<y>[〇○零一二三四五六七八九]{4})\s?年\s?(?P<m>[一二三四五六七八九十]{1,3})\s?月"
                       r"\s?(?P<d>[一二三四五六七八九十]{1,4})\s?[日号號]")
_DOTTED_STAMP = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?![\d.])")
_WEIBO_STAMP = re.compile(r"(?<![\d-])(?P<y>\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s+\d{1,2}:\d\d\s*(?:来自|來自)")


def _other_stamps(head: str) -> list[_Found]:
    """Stamps of other writings, each only where a stamp stands: a date in Chinese numerals alone on its line or
    in parentheses (``二〇二五年三月四日`` under a notice's title); a dotted day.month.year opening a line with a clock
    time or alone (``04.03.2025 10:21``: dotted dates are written day first); a Weibo stamp (``25-3-4 10:21 来自``,
    two-digit year of this century)."""
    out: list[_Found] = []
    for rx in (_CN_STAMP, _DOTTED_STAMP, _WEIBO_STAMP):
        for m in rx.finditer(head):
            s, e = m.start(), m.end()
            rest = head[e:head.find("\n", e) if "\n" in head[e:] else len(head)]
            alone = _line_start(head, s) and (not rest.strip() or re.match(r"\s*(?:\d{1,2}:\d\d|[(（]?(?:星期|[周週])"
                                                                            r"|[|丨·])", rest) is not None)
            paren = re.search(r"[(（]\s*$", head[max(0, s - 3):s]) is not None and re.match(r"\s*[)）]", rest)
            labelled = _LABEL_BEFORE.search(head[max(0, s - 12):s]) is not None
            if not (alone or paren or labelled or rx is _WEIBO_STAMP and _line_start(head, s)):
                continue
            try:
                y, mo, d = cn_int(m["y"]), cn_int(m["m"]), cn_int(m["d"])
            except ValueError:
                continue
            if rx is _WEIBO_STAMP:
                y += 2000
            if _date(y, mo, d) is not None:
                out.append(_Found(y, mo, d, s, e, m[0]))
                break
    return out


_ZH_BYLINE_DATE = re.compile(
    r"(?m)^[ \t\u3000]*(?:文|图文|圖文|撰文|记者|記者|作者|编辑|編輯)[ \t\u3000]*[／/|丨:：]?[ \t\u3000]*"
    r"[^\s\d，。！？,.!?：:]{1,12}(?:[ \t\u3000]+[^\s\d，。！？,.!?：:]{1,12})?[ \t\u3000|丨·]+"
    r"(?P<date>(?:(?P<y>\d{4})\s?年\s?)?(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?[日号號])(?:[ \t]*\d{1,2}:\d\d)?[ \t\u3000]*$")
"""A byline line ending with the day it was written (``文／王明　10月17日``, ``记者 李华 2023年10月17日``): the
story's date, its year perhaps left to the nearest evidence."""
_EN_BYLINE_NUMERIC = re.compile(
    r"(?m)^[ \t]*By [^\n|•·]{1,60}?[ \t]*[|•·,][ \t]*(?P<date>(?P<a>\d{1,2})(?P<s>[/.])(?P<b>\d{1,2})(?P=s)"
    r"(?P<y>(?:19|20)\d\d))(?:[ \t]+\d{1,2}:\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?)?[ \t]*$")
"""A byline with a numeric date (``By Anna Reed | 17/10/2023``): day and month in the order the file's numeric
dates tell (:func:`numeric_date_order`), else only when the date itself tells it."""
_CHAT_STAMP = re.compile(
    r"[ \t]*\[?(?P<date>(?P<a>\d{1,2})(?P<s>[/.])(?P<b>\d{1,2})(?P=s)(?P<y>(?:19|20)?\d\d)),?[ \t]+\d{1,2}:\d\d(?::\d\d)?"
    r"(?:[ \t\u202f]?[AaPp]\.?[Mm]\.?)?\]?[ \t]*(?:[-–][ \t]*)?[^:\n]{1,40}?:(?=[ \t])")
"""A chat export's message opening the story (``17/10/2023, 09:21 - Anna Reed:``, ``[17/10/23, 09:21:33] Anna:``):
its stamp and sender are the story's dateline."""
_POST_BY = re.compile(rf"[ \t]*Post(?:ed)?[ \t]+by[ \t]+[^\s»|]{{1,40}}[ \t]*[»|·•][ \t]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{{0,6}}\.?,?[ \t]+)?"
                      rf"(?P<date>{_MONTH_RE}\.?[ \t]+(?P<d>\d{{1,2}}),?[ \t]+(?P<y>(?:19|20)\d\d))"
                      r"(?:,?[ \t]+\d{1,2}:\d\d(?:[ \t]?[AaPp]\.?[Mm]\.?)?)?[ \t]*(?=\n|$)")
"""A forum post's head line opening the story (``Post by harbor_fan » Tue Oct 17, 2023 9:21 am``)."""


TWEET_STAMP = re.compile(
    rf"(?m)^[ \t]*(?:(?:上午|下午)?\d{{1,2}}:\d\d(?:[ \t]?[AaPp]\.?[Mm]\.?)?)[ \t]*·[ \t]*(?:{_MONTH_RE}\.?[ \t]+(?P<d>\d{{1,2}}),?[ \t]+"
    r"(?P<y>(?:19|20)\d\d)|(?P<zy>(?:19|20)\d\d)\s?年\s?(?P<zm>\d{1,2})\s?月\s?(?P<zd>\d{1,2})\s?日)[ \t]*(?:·[^\n]{0,40})?$")
"""A post's stamp on its own line as X (Twitter) shows it (``9:21 AM · Oct 17, 2023``, ``上午9:21 · 2023年10月17日``)."""


def _byline_dates(head: str, order: str | None) -> list[_Found]:
    """Dates closing a byline line in a story's head (:data:`_ZH_BYLINE_DATE`, :data:`_EN_BYLINE_NUMERIC`); a
    numeric one read in ``order`` (that of the story's file) unless it tells its own."""
    out: list[_Found] = []
    m = _CHAT_STAMP.match(head)
    if m is not None:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        y += 2000 if y < 100 else 0
        mo_d = (b, a) if a > 12 or (b <= 12 and order == "dmy") else (a, b) if b > 12 or order == "mdy" else None
        if mo_d is not None and _date(y, *mo_d) is not None:
            out.append(_Found(y, mo_d[0], mo_d[1], m.start("date"), m.end(), m["date"]))
    m = TWEET_STAMP.search(head) if "·" in head else None
    if m is not None:  # 9:21 AM · Oct 17, 2023 under a post's text
        y, mo, d = ((int(m["y"]), lx.EN_MONTH_NAMES[m["mon"].lower()], int(m["d"])) if m["y"] else
                    (int(m["zy"]), int(m["zm"]), int(m["zd"])))
        if _date(y, mo, d) is not None:
            out.append(_Found(y, mo, d, m.start(), m.end(), m[0].strip()))
    m = _POST_BY.match(head) if head.lstrip().startswith("Post") else None
    if m is not None:
        out.append(_Found(int(m["y"]), lx.EN_MONTH_NAMES[m["mon"].lower()], int(m["d"]), m.start(), m.end(), m["date"]))
    if "月" in head:
        m = _ZH_BYLINE_DATE.search(head)
        if m is not None and _date(int(m["y"] or 2000), int(m["m"]), int(m["d"])) is not None:
            out.append(_Found(int(m["y"]) if m["y"] else None, int(m["m"]), int(m["d"]), m.start("date"), m.end("date"),
                              m["date"]))
    if "By " in head:
        m = _EN_BYLINE_NUMERIC.search(head)
        if m is not None:
            a, b = int(m["a"]), int(m["b"])
            order = "dmy" if a > 12 else "mdy" if b > 12 else order or numeric_date_order(head)
            if order is not None:
                mo, d = (b, a) if order == "dmy" else (a, b)
                if _date(int(m["y"]), mo, d) is not None:
                    out.append(_Found(int(m["y"]), mo, d, m.start("date"), m.end("date"), m["date"]))
    return out


TAIL_CHARS = 300
"""A print stamp closing a story (``《海滨日报》（2025年03月04日 第 04 版）``) counts only this close to its end."""
_PRINT_ZH = re.compile(r"[(（][^()（）\n]{0,30}?(?P<y>\d{4})\s?年\s?(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?[日号號]"
                       r"[^()（）\n]{0,12}?第\s?[A-Z]?\d{1,3}\s?版[^()（）\n]{0,12}[)）]")
_PRINT_EN = (
    re.compile(rf"(?:appears?|appeared|was published|was printed|ran) in print (?:on|in the (?:edition|issue) of) "
               rf"(?:[A-Za-z]+,? )?{_MONTH_RE} (?P<d>\d{{1,2}}),? (?P<y>\d{{4}})", re.I),
    re.compile(rf"(?:originally|first) (?:published|appeared)(?: [^.\n]{{0,40}}?)? on (?:[A-Za-z]+,? )?"
               rf"{_MONTH_RE} (?P<d>\d{{1,2}}),? (?P<y>\d{{4}})", re.I),
)


_SOURCE_LINE = re.compile(r"(?m)^[ \t]*[(（]?(?:Source|Sources|来源|來源|出处|出處|原载|原載|本文来源|本文來源|转载自|轉載自)"
                          r"[ \t]*[:：][^\n]{1,80}$")
"""A line near a story's end naming where it was first published, with the date (``Source: Valley Wire, 4 March
2025``, ``来源：海滨日报 2025年3月4日``)."""


_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)(?:(?P<s>[/-])(?P<m>0?[1-9]|1[0-2])(?:(?P=s)|/)(?P<d>0?[1-9]|[12]\d|3[01])"
    r"|/?(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01]))(?=[/._-]|$)")
"""A publication day in a news address's path: ``/2023/10/17/``, ``/2023-10/17/``, ``/2023-10-17/``, ``/20231017/``,
``/2023/1017/``."""
URL_LINE = re.compile(r"(?m)^[ \t\u3000]*(?:(?:原文链接|原文連結|原文地址|链接|連結|网址|網址|来源网址|URL|Link|Source|Read more)"
                      r"[ \t]*[:：][ \t]*)?(?P<url>https?://[^\s<>\"]{4,300})[ \t]*$", re.I)
"""A line holding only a story's address, perhaps after a label (``原文链接：http://…``, ``URL: https://…``)."""


def url_date(url: str) -> dt.date | None:
    """The publication day a news address tells in its path (:data:`_URL_DATE`; never in its host or query),
    else ``None``. A day that is no calendar day, or two different days in one path, tell nothing."""
    m0 = re.match(r"\s*(?:https?://)?[^/\s]*(/[^?#\s]*)", url)
    if m0 is None:
        return None
    days = set()
    for m in _URL_DATE.finditer(m0[1]):
        mo, d = (m["m"], m["d"]) if m["m"] else (m["m2"], m["d2"])
        day = _date(int(m["y"]), int(mo), int(d))
        if day is not None:
            days.add(day)
    return days.pop() if len(days) == 1 else None


def _url_stamp(text: str, head_start: int = 0) -> _Found | None:
    """A story's address on a line of its own in its first or last lines (``https://…/2023/10/17/…``, ``原文链接：
    http://…/2023-10/17/c_1.htm``) telling the day in its path: the story's day when nothing else tells it."""
    if "://" not in text:
        return None
    for a, b in ((head_start, head_start + HEAD_CHARS), (max(head_start, len(text) - TAIL_CHARS), len(text))):
        for m in URL_LINE.finditer(text, a, b):
            day = url_date(m["url"])
            if day is not None:
                s = m.start() + len(m[0]) - len(m[0].lstrip())
                return _Found(day.year, day.month, day.day, s, m.end(), m["url"])
    return None


def _print_stamp(text: str, head_start: int = 0) -> _Found | None:
    """A print-edition stamp at the end of a story: ``《海滨日报》（2025年03月04日 第 04 版）``, ``… appears in print on
    March 4, 2025, Section A``, ``Originally published on March 4, 2025``; its line is the dateline span."""
    tail_start = max(head_start, len(text) - TAIL_CHARS)
    found = None
    for m in _PRINT_ZH.finditer(text, tail_start):
        found = (int(m["y"]), int(m["m"]), int(m["d"]), m)
    for rx in _PRINT_EN:
        for m in rx.finditer(text, tail_start):
            found = (int(m["y"]), lx.EN_MONTH_NAMES[m["mon"].lower()], int(m["d"]), m)
    if found is None:
        for sm in _SOURCE_LINE.finditer(text, tail_start):  # Source: Valley Wire, 4 March 2025
            ls, le = sm.start(), sm.end()
            day = date_in_line(text[ls:le])
            if day is not None:
                return _Found(day.year, day.month, day.day, ls + len(sm[0]) - len(sm[0].lstrip()), le, sm[0].strip())
        return _url_stamp(text, head_start)
    if _date(found[0], found[1], found[2]) is None:
        return None
    y, mo, d, m = found
    ls = text.rfind("\n", 0, m.start()) + 1
    le = text.find("\n", m.end())
    return _Found(y, mo, d, ls, le if le >= 0 else len(text), m[0])


_STAMP_TAIL_LABEL = r"(?:[来來]源|作者|[责責]任[编編][辑輯]|[编編][辑輯]|[出][处處]|[记記]者|[摄攝]影)"
"""Labels that may follow a stamp's date on its line (``来源：某日报``, ``編輯：某某``): part of the stamp."""
_DATELINE_LEAD = re.compile(r"[^\n。！？.!?]{0,60}$")
_DATELINE_TAIL = re.compile(r"[】\]]?(?:[ \t]?[(（][^)）\n]{0,30}[)）])?(?:[ \t]*(?:\([A-Za-z .&-]{1,30}\)))?"
                            r"(?:[ \t]*\d{1,2}:\d\d(?::\d\d)?(?:[ \t]*[AaPp]\.?[Mm]\.?)?)?"
                            # a newswire's tag after the date: "March 4, 2025 /PRNewswire/ --"
                            r"(?:[ \t]*/[A-Za-z][A-Za-z .&-]{1,30}/)?"
                            # a stamp's weekday and the labels after it on its line: "2026年10月14日 星期三 10:05
                            # 来源：某日报 作者：某某" (the weekday is the stamp's own, no event of the story)
                            r"(?:[ \t]*[(（]?(?:星期|禮拜|礼拜|[周週])[一二三四五六日天][)）]?)?"
                            r"(?:[ \t]*\d{1,2}:\d\d(?::\d\d)?)?"
                            r"(?:[ \t]*[|丨·]?[ \t]*" + _STAMP_TAIL_LABEL + r"[ \t]*[:：][ \t]*[^\s。！？，,；;:：]{1,30})*"
                            r"[ \t]*(?:[-—–_:|•·]+|--)?")


def _whole_dateline(head: str, start: int, end: int) -> tuple[int, int]:
    """Widen a dateline's date to the whole dateline: from its line's start when what precedes it there is a
    short lead (agency, place, label: ``新华社广州``, ``WASHINGTON (AP) —``, ``发布时间：``), to the end of a
    byline in parentheses (``（记者王小林）``), an agency (``(Reuters)``), a clock time or a dash."""
    ls = head.rfind("\n", 0, start) + 1
    lead = head[ls:start]
    a = ls + (len(lead) - len(lead.lstrip())) if _DATELINE_LEAD.fullmatch(lead) else start
    m = _DATELINE_TAIL.match(head, end)
    b = m.end() if m else end
    while b > end and head[b - 1].isspace():
        b -= 1
    return a, b


NEAR_DAYS = 20
"""A day told without month and year is placed by a date its neighbours agree on only this close to it."""


def closest_day(day: int, near: dt.date, month: int | None = None, year: int | None = None, back: int = 0
                ) -> dt.date | None:
    """The date with day of month ``day`` (plus ``back`` days: ``昨（17）日`` tells the day before) closest to
    ``near``, at most :data:`NEAR_DAYS` away, in ``month``/``year`` when given; ``None`` when there is none or
    two are equally close (the 18th of February and of March around March 4th)."""
    options = []
    for k in (-1, 0, 1):
        y, mo = near.year + (near.month + k - 1) // 12, (near.month + k - 1) % 12 + 1
        if (month is not None and mo != month) or (year is not None and y != year):
            continue
        x = _date(y, mo, day)
        if x is not None:
            x += dt.timedelta(days=back)
            if abs((x - near).days) <= NEAR_DAYS:
                options.append(x)
    options.sort(key=lambda x: abs((x - near).days))
    if not options or len(options) > 1 and abs((options[0] - near).days) == abs((options[1] - near).days):
        return None
    return options[0]


def dateline_dating(text: str, head_start: int = 0, year_hint: int | None = None, year_evidence: str = "",
                    content_year: tuple[int, str] | None = None, content_date: dt.date | None = None,
                    near: tuple[dt.date, str] | None = None, order: str | None = None) -> Dating:
    """Date a story from its dateline (:func:`find_dateline`).

    A dateline with its year gives ``dateline``. Without a year, the year comes from ``year_hint`` (the file
    name, folder or neighbouring stories: ``year_evidence`` says which) or else ``content_year`` (a year and
    the text it rests on); the result is ``inferred``. With no year anywhere, ``UNKNOWN`` (carrying the
    dateline span and evidence, so the dateline is still no event). A dateline naming only its day
    (``中央社記者台北3日電``) takes month and year from ``content_date`` (the first such day on or after it), else
    from ``near`` (a date the stories collected with it agree on, and what it rests on: the such day closest to
    it, at most 20 days away). ``order``: the order of numeric dates in the story's file (``"dmy"``/``"mdy"``).
    """
    f = find_dateline(text, head_start, order)
    if f is None:
        return UNKNOWN
    span = (f.start, f.end)  # the whole dateline (agency, place, date, byline)
    if f.year is not None:
        d = _date(f.year, f.month, f.day)
        return Dating(d, "dateline", f"dateline {f.text.strip()}", True, span) if d else UNKNOWN
    if f.month == 0:  # only the day: the first such day on or after the latest day the story narrates
        d = None
        if content_date is not None:
            y, mo = content_date.year, content_date.month
            if f.day < content_date.day:
                y, mo = y + (mo == 12), mo % 12 + 1
            d = _date(y, mo, f.day)
        if content_date is None and near is not None:
            d = closest_day(f.day, near[0])
            if d is not None:
                return Dating(d, "inferred", f"dateline {f.text.strip()}; month and year from {near[1]} "
                              f"({near[0].isoformat()})", True, span)
        if d is None or content_date is None:
            return Dating(None, "unknown", f"dateline {f.text.strip()} without month and year", False, span)
        return Dating(d, "inferred", f"dateline {f.text.strip()}; month and year from the content "
                      f"({content_date.isoformat()})", True, span)
    for year, why in ((year_hint, year_evidence), content_year or (None, "")):
        if year is None:
            continue
        d = _date(year, f.month, f.day)
        if d is not None:
            return Dating(d, "inferred", f"dateline {f.text.strip()}; year {year} from {why}", True, span)
    return Dating(None, "unknown", f"dateline {f.text.strip()} without a year", False, span)
