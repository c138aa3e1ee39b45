"""Pinyin of Chinese names and places (pypinyin), with pypinyin's phrase dictionary read on demand.

Contract
--------
* :func:`lazy_pinyin` and :func:`heteronyms` give exactly what ``pypinyin.lazy_pinyin(text)`` and
  ``pypinyin.pinyin(text, style=Style.NORMAL, heteronym=True)`` give with pypinyin's whole phrase dictionary.
* Why: importing pypinyin parses its phrase dictionary (about 47,000 phrases, a 2.5 MB JSON file), copies it
  and trains its segmenter's prefix set over it -- about 0.1 s of every run that keys a Chinese place or links
  an English spelling to a Chinese name, for the few short names a corpus asks about. Here pypinyin is imported
  without it (``PYPINYIN_NO_PHRASES``, set only during the import), and the phrase dictionary and the prefix set
  are answered from an SQLite copy of pypinyin's own file (:class:`_PhraseTable`, made once in the cache
  directory of :mod:`timeline.cache`, about a second). pypinyin only asks them about substrings of
  the text it converts (is it a phrase, which readings, does a phrase start with it), and the copy answers
  each as the whole dictionary would: the same segmentation, the same readings.
* pypinyin's whole dictionary is used instead (the same answers, slower) when pypinyin was imported before
  (by another part of the process), when the copy cannot be made or read, or when pypinyin's internals are
  not the ones this module fills (another version): then pypinyin is imported afresh, as usual.
* Not supported with the on-demand table: pypinyin's ``load_phrases_dict`` (the product never calls it).
* Copies are kept and swept as jieba's are (:mod:`timeline.cache`): a copy of another key (another pypinyin
  version or install) goes only when the file it was made from is gone or changed or no process used it for
  30 days; this module's temporary files older than an hour go too; no other file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import sys
import threading
from typing import Any

from timeline.cache import cache_dir, mark_used, source_of, sweep, write_table

_LOCK = threading.Lock()
_MODULE: Any = None
_VIA_TABLE = False  # the on-demand table is installed (for tests)


def lazy_pinyin(text: str) -> list[str]:
    """``pypinyin.lazy_pinyin(text)``: one plain reading per character (phrases read as phrases)."""
    return list(_pypinyin().lazy_pinyin(text))


def heteronyms(text: str) -> list[list[str]]:
    """``pypinyin.pinyin(text, style=Style.NORMAL, heteronym=True)``: every plain reading per character."""
    p = _pypinyin()
    return [list(x) for x in p.pinyin(text, style=p.Style.NORMAL, heteronym=True)]


class _PhraseTable:
    """pypinyin's phrase dictionary (phrase -> readings per character), read from an SQLite copy on demand.
    Offers what pypinyin asks of ``PHRASES_DICT`` (``in``, ``[]``, ``get``, truth) and, as :attr:`prefixes`,
    what its segmenter asks of its prefix set (``in``: does some phrase start with this string). Answers are
    memoised (bounded)."""

    SEEN_MAX = 200_000

    def __init__(self, path: str) -> None:
        self._path = path
        self._connect()
        self._seen: dict[str, list[list[str]] | None] = {}
        self._starts: dict[str, bool] = {}
        self.prefixes = _Prefixes(self)

    def _connect(self) -> None:
        self._db = sqlite3.connect(f"file:{self._path}?mode=ro", uri=True, check_same_thread=False)
        self._pid = os.getpid()
        self._lock = threading.Lock()

    def _query(self, sql: str, arg: str) -> tuple | None:
        with self._lock:
            if self._pid != os.getpid():  # a forked worker: a connection of its own
                self._connect()
            return self._db.execute(sql, (arg,)).fetchone()

    def _read(self, word: str) -> list[list[str]] | None:
        seen = self._seen
        if word in seen:
            return seen[word]
        row = self._query("SELECT p FROM phrases WHERE w = ?", word)
        if len(seen) >= self.SEEN_MAX:
            seen.clear()
        got = seen[word] = None if row is None else json.loads(row[0])
        return got

    def starts(self, prefix: str) -> bool:
        """Some phrase starts with ``prefix`` (is it, or a longer one). The smallest phrase not below
        ``prefix`` starts with it if any does: the phrases between ``prefix`` and those starting with it all
        start with it."""
        got = self._starts.get(prefix)
        if got is None:
            row = self._query("SELECT w FROM phrases WHERE w >= ? ORDER BY w LIMIT 1", prefix)
            if len(self._starts) >= self.SEEN_MAX:
                self._starts.clear()
            got = self._starts[prefix] = row is not None and row[0].startswith(prefix)
        return got

    def __bool__(self) -> bool:
        return True

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._read(word) is not None

    def __getitem__(self, word: str) -> list[list[str]]:
        got = self._read(word)
        if got is None:
            raise KeyError(word)
        return got

    def get(self, word: str, default: Any = None) -> Any:
        got = self._read(word)
        return default if got is None else got


class _Prefixes:
    """The prefix set of pypinyin's segmenter, answered by :meth:`_PhraseTable.starts`."""

    def __init__(self, table: _PhraseTable) -> None:
        self._table = table

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and bool(key) and self._table.starts(key)


def _json_path() -> str | None:
    """pypinyin's phrase dictionary file, found without importing pypinyin (None when not there)."""
    import importlib.util

    spec = importlib.util.find_spec("pypinyin")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(list(spec.submodule_search_locations)[0], "phrases_dict.json")
    return path if os.path.isfile(path) else None


def _db_path(json_path: str) -> str:
    """The SQLite copy of ``json_path`` in the cache directory, named by the file's path, size and time."""
    st = os.stat(json_path)
    key = hashlib.sha1(f"{json_path}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()[:16]
    return os.path.join(cache_dir(), f"pypinyin-phrases-{key}.sqlite")


def _write_copy(json_path: str, db: str) -> None:
    """Read pypinyin's phrase file as pypinyin does and write it as table ``phrases`` of ``db``
    (:func:`timeline.cache.write_table`: whole or not at all, with the file it was made from)."""
    with open(json_path, encoding="utf-8") as fp:
        phrases = json.loads(fp.read())
    write_table(db, "phrases", "p TEXT", ((w, json.dumps(p, ensure_ascii=False)) for w, p in phrases.items()),
                "pypinyin-phrases-", source_of(json_path, ""))


_OURS = re.compile(r"pypinyin-phrases-(?:[0-9a-f]{16}\.sqlite|.+\.tmp)")


def _sweep(keep: str) -> list[str]:
    """Remove from the folder of ``keep`` this module's copies of another key that no install uses and its
    dead temporary files (:func:`timeline.cache.sweep`); nothing else. Returns the names removed."""
    folder, keep_name = os.path.split(keep)
    return sweep(folder, {keep_name}, _OURS)


def _phrase_table() -> _PhraseTable | None:
    """The on-demand phrase table, its copy made the first time; None when it cannot be made or read."""
    try:
        src = _json_path()
        if src is None:
            return None
        db = _db_path(src)
        if not os.path.exists(db):
            _write_copy(src, db)
            _sweep(db)
        else:
            mark_used(db)
        table = _PhraseTable(db)
        if "中国" not in table or not table.starts("中"):  # a copy that cannot be read fails here
            return None
        return table
    except (OSError, sqlite3.Error, UnicodeDecodeError, ValueError, TypeError):
        return None


def _drop_pypinyin() -> None:
    for name in [n for n in sys.modules if n == "pypinyin" or n.startswith("pypinyin.")]:
        del sys.modules[name]


def _install(table: _PhraseTable) -> bool:
    """Put ``table`` where pypinyin (imported without phrases) reads its phrase dictionary and prefix set.
    False, touching nothing, when pypinyin's internals are not the expected ones."""
    from pypinyin import constants, converter, core
    from pypinyin.seg import mmseg, simpleseg

    mods = (constants, converter, core, mmseg, simpleseg)
    empty = constants.PHRASES_DICT
    if not isinstance(empty, dict) or empty or any(getattr(m, "PHRASES_DICT", None) is not empty for m in mods):
        return False
    p_set = getattr(mmseg, "p_set", None)
    seg = getattr(mmseg, "seg", None)
    if not isinstance(getattr(p_set, "_set", None), set) or getattr(seg, "_prefix_set", None) is not p_set:
        return False
    for m in mods:
        m.PHRASES_DICT = table  # type: ignore[attr-defined]
    p_set._set = table.prefixes  # type: ignore[union-attr]
    return True


def _load() -> Any:
    """pypinyin, with the on-demand phrase table when possible (see module docstring)."""
    global _VIA_TABLE
    if "pypinyin" in sys.modules:
        import pypinyin
        return pypinyin
    table = _phrase_table()
    if table is not None:
        before = os.environ.get("PYPINYIN_NO_PHRASES")
        os.environ["PYPINYIN_NO_PHRASES"] = "1"
        try:
            import pypinyin
        finally:
            if before is None:
                del os.environ["PYPINYIN_NO_PHRASES"]
            else:
                os.environ["PYPINYIN_NO_PHRASES"] = before
        try:
            if _install(table):
                _VIA_TABLE = True
                return pypinyin
        except Exception:  # noqa: BLE001 -- another pypinyin: import it afresh, whole
            pass
        _drop_pypinyin()
    import pypinyin
    return pypinyin


def _pypinyin() -> Any:
    """The pypinyin module, prepared once per process."""
    global _MODULE
    if _MODULE is None:
        with _LOCK:
            if _MODULE is None:
                _MODULE = _load()
    return _MODULE
