"""Actor gazetteer: organisations, people and products with their aliases in every script.

Contract
--------
* A gazetteer file is a TSV (``canonical <TAB> kind <TAB> alias|alias|... [<TAB> parent]``, ``#`` comments)
  or a JSON object ``{"canonical": {"kind": "org", "aliases": [...], "parent": "..."}}``. ``parent`` names
  the organisation a product or unit belongs to (千問 -> 阿里巴巴), so that events about the product and
  about its owner can be recognised as sharing an actor. The shipped file is ``resources/actors.tsv``.
* :func:`load_gazetteer` reads files in order; a later file adds aliases to (or redefines the kind of) an
  actor of an earlier one. :func:`default_gazetteer` is the shipped file plus the files named in the
  ``TIMELINE_ACTORS`` environment variable (separated by :data:`os.pathsep`).
* Matching runs on text converted once with :func:`timeline.events.text.to_simplified`; aliases are
  converted the same way, so Traditional, Simplified and mixed spellings all map to one canonical name.
  All aliases go into one :class:`~timeline.events.text.LiteralScanner` (leftmost-longest, indexed by
  first character): a single scan per text. Latin-script aliases match case-insensitively and not inside
  a longer word.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from timeline.events.text import LiteralScanner, scanner_for_aliases

ENV_VAR = "TIMELINE_ACTORS"
KINDS = ("org", "person", "product", "place", "other")


class GazetteerError(ValueError):
    """A gazetteer file cannot be read; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class ActorMatch:
    start: int
    end: int
    actor: str


@dataclass
class Gazetteer:
    """Canonical actors with aliases; call :meth:`find` on text converted with ``to_simplified``."""

    kinds: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    parents: dict[str, str] = field(default_factory=dict)
    _scanner: LiteralScanner | None = field(default=None, repr=False)

    def add(self, name: str, kind: str, aliases: Iterable[str], parent: str | None = None) -> None:
        name = name.strip()
        if not name:
            raise ValueError("empty actor name")
        self.kinds[name] = kind if kind in KINDS else "other"
        if parent and parent.strip() and parent.strip() != name:
            self.parents[name] = parent.strip()
        known = self.aliases.setdefault(name, [])
        for a in [name, *aliases]:
            a = a.strip()
            if a and a not in known:
                known.append(a)
        self._scanner = None

    def _compile(self) -> LiteralScanner:
        self._scanner = scanner_for_aliases(self.aliases, keep_traditional=True, latin_whole_word=True, proper=True)
        return self._scanner

    def find(self, norm: str, start: int = 0, end: int | None = None) -> list[ActorMatch]:
        """Actor mentions in ``norm[start:end]`` (``norm`` converted with ``to_simplified``)."""
        scanner = self._scanner or self._compile()
        return [ActorMatch(a, b, name) for a, b, name in scanner.find(norm, start, end)]

    def actors(self, norm: str, start: int = 0, end: int | None = None) -> list[str]:
        """Canonical actors in ``norm[start:end]`` in order of first appearance."""
        seen: dict[str, None] = {}
        for m in self.find(norm, start, end):
            seen.setdefault(m.actor, None)
        return list(seen)

    def kind(self, actor: str) -> str:
        return self.kinds.get(actor, "other")

    def with_parents(self, actors: Iterable[str]) -> set[str]:
        """``actors`` plus the organisations they belong to (transitively)."""
        out: set[str] = set()
        for a in actors:
            while a and a not in out:
                out.add(a)
                a = self.parents.get(a, "")
        return out


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise GazetteerError(f"{path}: not UTF-8 text") from None
    except IsADirectoryError:
        raise GazetteerError(f"{path}: is a folder, not a gazetteer file") from None
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _read_tsv(path: Path, gaz: Gazetteer) -> None:
    for lineno, line in enumerate(_read_text(path).split("\n"), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.rstrip("\r\n").split("\t")
        if len(cols) < 2:
            raise GazetteerError(f"{path}:{lineno}: expected 'name<TAB>kind<TAB>aliases'")
        aliases = cols[2].split("|") if len(cols) > 2 else []
        gaz.add(cols[0], cols[1].strip(), aliases, cols[3] if len(cols) > 3 else None)


def _read_json(path: Path, gaz: Gazetteer) -> None:
    try:
        data = json.loads(_read_text(path))
    except (ValueError, RecursionError) as exc:
        raise GazetteerError(f"{path}: not valid JSON ({exc})") from None
    if isinstance(data, dict):
        items = [{"name": k, **(v if isinstance(v, dict) else {"aliases": v})} for k, v in data.items()]
    elif isinstance(data, list):
        items = data
    else:
        raise GazetteerError(f"{path}: expected a JSON object or list")
    for i, it in enumerate(items):
        if not isinstance(it, dict) or not isinstance(it.get("name"), str) or not it["name"].strip():
            raise GazetteerError(f"{path}: every actor needs a name (actor {i + 1})")
        name = it["name"]
        aliases = it.get("aliases", [])
        if isinstance(aliases, str):
            aliases = [aliases]
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise GazetteerError(f"{path}: {name}: 'aliases' must be a list of names, got {aliases!r:.40}")
        kind, parent = it.get("kind", "other"), it.get("parent")
        if not isinstance(kind, str) or (parent is not None and not isinstance(parent, str)):
            raise GazetteerError(f"{path}: {name}: 'kind' and 'parent' must be strings")
        gaz.add(name, kind, aliases, parent)


def load_gazetteer(paths: Iterable[str | Path], include_default: bool = False) -> Gazetteer:
    """Read gazetteer files in order (see module docstring); ``include_default`` starts from the shipped one."""
    gaz = Gazetteer()
    files = [_default_file()] if include_default else []
    files += [Path(p) for p in paths]
    for p in files:
        if not p.exists():
            raise GazetteerError(f"{p}: no such gazetteer file")
        if p.suffix.lower() == ".json":
            _read_json(p, gaz)
        else:
            _read_tsv(p, gaz)
    return gaz


def _default_file() -> Path:
    from timeline.resources import resource_path

    return resource_path("actors.tsv")


_DEFAULT: tuple[str, Gazetteer] | None = None


def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer plus ``$TIMELINE_ACTORS`` files (cached until the variable changes)."""
    global _DEFAULT
    extra = os.environ.get(ENV_VAR, "")
    if _DEFAULT is None or _DEFAULT[0] != extra:
        paths = [p for p in extra.split(os.pathsep) if p.strip()]
        try:
            _DEFAULT = (extra, load_gazetteer(paths, include_default=True))
        except GazetteerError as exc:
            raise GazetteerError(f"{exc} (listed in ${ENV_VAR})") from None
    return _DEFAULT[1]
