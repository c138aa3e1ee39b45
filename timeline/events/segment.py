"""Part-of-speech segmentation of Chinese text with jieba (loaded lazily, once per process).

Contract
--------
* :func:`pos_cut` returns ``[(word, flag), ...]`` for a piece of (Simplified) Chinese text, using jieba's
  ``posseg`` (ICTCLAS tags: ``n`` noun, ``v`` verb, ``nr`` person, ``nt`` organisation, ``ns`` place,
  ``nz`` other proper noun, ``t`` time, ``r`` pronoun ...). Results of short pieces are memoised.
* :func:`words` returns the word boundaries of a piece as ``(start, end)`` offsets (no tags; faster).
* jieba's dictionary is loaded on the first call only (about 0.6 s from its cache, 1.7 s the first time
  on a machine); its cache file goes to ``$TIMELINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/newstimeline``
  (``~/.cache/newstimeline``), else the system temporary directory -- the first of them that is writable.
  Its log output is silenced.
* jieba.posseg's word -> tag table is read on demand from an SQLite copy of jieba's dictionary in the same
  cache directory (:class:`_TagTable`; made once, about a second), not parsed whole on import (about
  0.5 s): the tags are the same. So is jieba's prefix dictionary (word counts, :class:`_FreqTable`), not
  loaded whole from jieba's cache (about 0.45 s): the same counts and total, the same segmentation. When a
  copy cannot be made or read, jieba loads its own tables as before.
* Copies no install uses go; those in use stay, whatever install uses them: once jieba is ready,
  :func:`_sweep` removes from the cache directory a copy of another key (``jieba-freq-KEY.sqlite`` /
  ``jieba-tags-KEY.sqlite``: another jieba version, dictionary file or install, ~15 MB each) only when the
  dictionary file it was made from is gone or changed (recorded in the copy's ``source`` table: a deleted
  virtual environment, an upgraded jieba) or when no process has used it for :data:`timeline.cache.STALE_AGE` (each process
  that opens a copy marks it used by setting its modification time, at most once per :data:`timeline.cache.TOUCH_AGE`), and
  this module's temporary files older than an hour (a writer killed mid-copy); no other file is touched. Two
  clones with their own ``.venv`` sharing one cache keep both pairs (before, each start removed the other's).
  A process that still uses a removed copy keeps reading it (an open file outlives its name); one that had
  not opened it yet makes it again or falls back to jieba's own tables (same answers).
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import sqlite3
import sys
import threading
from functools import lru_cache

from timeline.cache import Source, cache_dir, mark_used, source_of, sweep, write_table

_LOCK = threading.Lock()
_READY = False


class _TagTable:
    """jieba's word -> part-of-speech table, read from an SQLite copy of jieba's dictionary on demand
    (``get`` is all jieba.posseg asks of it). jieba.posseg otherwise parses its whole dictionary (350,000
    lines, about 0.5 s) when imported; a text asks for a few thousand words. The copy is made once per
    dictionary file (its path, size and modification time name the copy) and gives the very tags jieba's
    own table would: the last line of a word wins, an unknown word gets the caller's default."""

    def __init__(self, path: str) -> None:
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._extra: dict[str, str] = {}
        self._seen: dict[str, str | None] = {}

    def get(self, word: str, default: str | None = None) -> str | None:
        if word in self._extra:
            return self._extra[word]
        if word in self._seen:
            tag = self._seen[word]
        else:
            with self._lock:
                row = self._db.execute("SELECT t FROM tags WHERE w = ?", (word,)).fetchone()
            tag = self._seen[word] = row[0] if row else None  # words repeat: each is read once
        return default if tag is None else tag

    def update(self, other: dict[str, str]) -> None:
        """Words added with ``jieba.add_word(word, tag=…)`` (jieba.posseg copies them in)."""
        self._extra.update(other)

    def __getitem__(self, word: str) -> str:
        tag = self.get(word)
        if tag is None:
            raise KeyError(word)
        return tag

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None


class _FreqTable:
    """jieba's prefix dictionary (word -> count; every prefix of a word with count 0), read from an SQLite
    copy on demand instead of loading the whole table (about 580,000 entries, 0.45 s from jieba's own
    cache) when jieba initialises: a text asks for a few thousand of them. ``in``, ``[]``, ``get`` and
    ``[]=`` are all jieba asks of it (get_DAG, calc, cut, add_word); answers are memoised. The copy is made
    by jieba's own ``gen_pfdict`` from its dictionary file, so the counts, the prefixes and the total are
    the very ones jieba would load: the segmentation is identical."""

    SEEN_MAX = 1_000_000  # answers remembered (about 100 MB at most); then forgotten and read again

    def __init__(self, path: str) -> None:
        self._path = path
        self._connect()
        self._seen: dict[str, int | None] = {}
        self._extra: dict[str, int] = {}  # words added with jieba.add_word
        row = self._db.execute("SELECT f FROM freq WHERE w = ?", ("\x00total",)).fetchone()
        self.total: int = int(row[0])

    def _connect(self) -> None:
        self._db = sqlite3.connect(f"file:{self._path}?mode=ro", uri=True, check_same_thread=False)
        self._pid = os.getpid()
        self._lock = threading.Lock()

    def _read(self, word: str) -> int | None:
        seen = self._seen
        if word in seen:
            return seen[word]
        if word in self._extra:
            return self._extra[word]
        with self._lock:
            if self._pid != os.getpid():  # a forked worker: a connection of its own
                self._connect()
            row = self._db.execute("SELECT f FROM freq WHERE w = ?", (word,)).fetchone()
        if len(seen) >= self.SEEN_MAX:
            seen.clear()  # bounded whatever the text (a miss is remembered per distinct fragment)
        got = seen[word] = None if row is None else row[0]
        return got

    BATCH = 500  # fragments per query of :meth:`prefetch` (below SQLite's oldest limit of 999 parameters)

    def prefetch(self, text: str) -> None:
        """Read at once the fragments jieba's ``get_DAG`` asks of ``text`` (and of its pieces): every single
        character, and ``text[a:b + 1]`` whenever ``text[a:b]`` is in the table. One query per fragment length
        for all of them instead of one query per fragment (a query costs about ten times a memo lookup, and
        jieba asks thousands); the answers are the ones :meth:`_read` gives, remembered the same way."""
        n = len(text)
        spans = [(a, a + 1) for a in range(n)]
        while spans:
            self._fetch({text[a:b] for a, b in spans})
            spans = [(a, b + 1) for a, b in spans if b < n and self._read(text[a:b]) is not None]

    def _fetch(self, fragments: set[str]) -> None:
        """Remember the counts (or absence) of ``fragments`` not yet known, in batched queries."""
        seen, extra = self._seen, self._extra
        need = [w for w in fragments if w not in seen and w not in extra]
        if not need:
            return
        if len(seen) + len(need) >= self.SEEN_MAX:
            seen.clear()
        for i in range(0, len(need), self.BATCH):
            chunk = need[i:i + self.BATCH]
            with self._lock:
                if self._pid != os.getpid():  # a forked worker: a connection of its own
                    self._connect()
                rows = self._db.execute(f"SELECT w, f FROM freq WHERE w IN ({','.join('?' * len(chunk))})",
                                        chunk).fetchall()
            got = dict(rows)
            for w in chunk:
                seen[w] = got.get(w)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._read(word) is not None

    def __getitem__(self, word: str) -> int:
        got = self._read(word)
        if got is None:
            raise KeyError(word)
        return got

    def get(self, word: str, default: int | None = None) -> int | None:
        got = self._read(word)
        return default if got is None else got

    def __setitem__(self, word: str, freq: int) -> None:
        self._extra[word] = freq  # jieba.add_word: kept in memory, never forgotten
        self._seen.pop(word, None)


def _dict_path(jieba) -> str:
    """jieba's default dictionary file."""
    return os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)


def _source_row(jieba) -> Source:
    """The dictionary file the copies are made from, and jieba's version (the copy's ``source`` row)."""
    return source_of(_dict_path(jieba), jieba.__version__)


def _db_path(jieba, kind: str) -> str:
    """The path of an SQLite copy of jieba's default dictionary (named by the file's path, size, time and
    jieba's version) in the cache directory."""
    path, size, mtime_ns, version = _source_row(jieba)
    key = hashlib.sha1(f"{path}|{size}|{mtime_ns}|{version}".encode()).hexdigest()[:16]
    return os.path.join(cache_dir(), f"jieba-{kind}-{key}.sqlite")


_OURS = re.compile(r"jieba-(?:freq|tags)-(?:[0-9a-f]{16}\.sqlite|.+\.tmp)")


def _sweep(jieba) -> list[str]:
    """Remove from the cache directory the copies of jieba's dictionary of another key than the current ones
    (:func:`_db_path`) that no install uses, and this module's dead temporary files (:func:`timeline.cache.sweep`:
    names matched exactly, ``jieba-freq-``/``jieba-tags-`` and 16 hex digits, or the writer's temporary names).
    Returns the names removed."""
    try:
        keep = {os.path.basename(_db_path(jieba, kind)) for kind in ("freq", "tags")}
    except OSError:
        return []
    return sweep(cache_dir(), keep, _OURS)


def _freq_table(jieba) -> _FreqTable | None:
    """The on-demand prefix dictionary for jieba's default dictionary, made in the cache directory the
    first time; None (jieba loads its own) for another dictionary or when the copy cannot be made or read."""
    if jieba.dt.dictionary != jieba.DEFAULT_DICT or jieba.dt.cache_file:
        return None
    try:
        db = _db_path(jieba, "freq")
        if not os.path.exists(db):
            freq, total = jieba.dt.gen_pfdict(jieba.dt.get_dict_file())
            rows = [*freq.items(), ("\x00total", total)]  # no word holds a NUL
            write_table(db, "freq", "f INTEGER", rows, "jieba-freq-", _source_row(jieba))
        else:
            mark_used(db)
        table = _FreqTable(db)
        table.get("的")  # a copy that cannot be read fails here, not in the middle of a text
        return table
    except (OSError, sqlite3.Error, UnicodeDecodeError, ValueError, TypeError):
        return None


def _tag_table(jieba) -> _TagTable | None:
    """The on-demand tag table for jieba's default dictionary, made in the cache directory the first time;
    None (jieba loads its own table) for another dictionary or when the copy cannot be made or read."""
    if jieba.dt.dictionary != jieba.DEFAULT_DICT:
        return None
    try:
        db = _db_path(jieba, "tags")
        if not os.path.exists(db):
            tags: dict[str, str] = {}
            with open(_dict_path(jieba), "rb") as f:
                for line in f:
                    parts = line.strip().decode("utf-8").split(" ")
                    if len(parts) == 3:
                        tags[parts[0]] = parts[2]
            write_table(db, "tags", "t TEXT", tags.items(), "jieba-tags-", _source_row(jieba))
        else:
            mark_used(db)
        table = _TagTable(db)
        table.get("的")  # a copy that cannot be read fails here, not in the middle of a text
        return table
    except (OSError, sqlite3.Error, UnicodeDecodeError):
        return None


def _import_posseg(jieba):
    """``jieba.posseg`` with its tag table read on demand (:class:`_TagTable`) when possible."""
    if "jieba.posseg" in sys.modules:
        return sys.modules["jieba.posseg"]
    table = _tag_table(jieba)
    if table is None:
        import jieba.posseg as pseg
        return pseg
    jieba.dt.get_dict_file = lambda: io.BytesIO(b"")  # the import builds an empty table ...
    try:
        import jieba.posseg as pseg
    finally:
        del jieba.dt.get_dict_file
    pseg.dt.word_tag_tab = table  # ... and reads the copy instead
    return pseg


_PSEG = None


def _jieba():
    """The initialised jieba modules (``jieba``, ``jieba.posseg``)."""
    global _READY, _PSEG
    import jieba

    if not _READY:
        with _LOCK:
            if not _READY:
                jieba.setLogLevel(logging.WARNING)
                jieba.dt.tmp_dir = cache_dir()
                table = _freq_table(jieba)
                if table is not None:
                    with jieba.dt.lock:  # what jieba.initialize() sets, from the on-demand copy
                        jieba.dt.FREQ, jieba.dt.total, jieba.dt.initialized = table, table.total, True
                else:
                    jieba.initialize()
                _PSEG = _import_posseg(jieba)
                if jieba.dt.dictionary == jieba.DEFAULT_DICT:
                    _sweep(jieba)
                _READY = True
    return jieba, _PSEG


@lru_cache(maxsize=65536)
def pos_cut(text: str) -> tuple[tuple[str, str], ...]:
    """``((word, flag), ...)`` for ``text`` (see module docstring)."""
    if not text:
        return ()
    jieba, pseg = _jieba()
    _prefetch(jieba, text)
    return tuple((p.word, p.flag) for p in pseg.cut(text, HMM=False))


@lru_cache(maxsize=65536)
def words(text: str) -> tuple[tuple[int, int], ...]:
    """Word spans ``(start, end)`` of ``text`` (jieba's default cut)."""
    if not text:
        return ()
    jieba, _ = _jieba()
    _prefetch(jieba, text)
    return tuple((a, b) for _, a, b in jieba.tokenize(text, HMM=True))


def _prefetch(jieba, text: str) -> None:
    """The on-demand prefix dictionary reads at once what segmenting ``text`` will ask of it
    (:meth:`_FreqTable.prefetch`); nothing when jieba holds its own table."""
    freq = jieba.dt.FREQ
    if isinstance(freq, _FreqTable):
        freq.prefetch(text)


def word_freq(word: str) -> int:
    """The count of ``word`` in jieba's dictionary (0 when it is not in it)."""
    jieba, _ = _jieba()
    return jieba.dt.FREQ.get(word) or 0
