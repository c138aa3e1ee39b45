"""The bilingual event-keyword table (data in ``resources/event_keywords.tsv``).

Contract
--------
* Each line of the table is ``concept <TAB> alias|alias|...``; Chinese aliases are matched on text converted
  with :func:`timeline.events.text.to_simplified`, English aliases case-insensitively as word prefixes.
* :func:`default_keywords` is the shipped table; :meth:`KeywordTable.concepts` returns the concept ids found
  in a stretch of converted text, in order of first appearance. Concepts are shared content words across
  languages when events are merged (``上市`` = ``IPO`` = ``went public``) and become event tags.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from timeline.events.text import to_simplified


@dataclass
class KeywordTable:
    aliases: dict[str, list[str]] = field(default_factory=dict)
    _map: dict[str, str] = field(default_factory=dict, repr=False)
    _regex: re.Pattern[str] | None = field(default=None, repr=False)

    def add(self, concept: str, aliases: list[str]) -> None:
        self.aliases.setdefault(concept, []).extend(a.strip() for a in aliases if a.strip())
        self._regex = None

    def _compile(self) -> re.Pattern[str]:
        cjk: dict[str, str] = {}
        latin: dict[str, str] = {}
        for concept, als in self.aliases.items():
            for a in als:
                if a.isascii():
                    latin.setdefault(a.lower(), concept)
                else:
                    cjk.setdefault(to_simplified(a), concept)
        self._map = {**cjk, **latin}
        parts = []
        if cjk:
            parts.append("(?P<c>" + "|".join(re.escape(a) for a in sorted(cjk, key=len, reverse=True)) + ")")
        if latin:
            alts = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(latin, key=len, reverse=True))
            parts.append(r"(?<![A-Za-z])(?P<l>(?i:" + alts + "))")
        self._regex = re.compile("|".join(parts) if parts else r"(?!x)x")
        return self._regex

    def find(self, norm: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """``(start, end, concept)`` for every keyword in ``norm[start:end]``, in text order."""
        rx = self._regex or self._compile()
        out = []
        for m in rx.finditer(norm, start, len(norm) if end is None else end):
            if norm.startswith("以来", m.end()):  # "自公司成立以來": a frame, not a happening
                continue
            key = m.group("c") if "c" in rx.groupindex and m.group("c") else re.sub(r"\s+", " ", m.group("l")).lower()
            c = self._map.get(key)
            if c:
                out.append((m.start(), m.end(), c))
        return out

    def concepts(self, norm: str, start: int = 0, end: int | None = None) -> list[str]:
        """Concept ids in ``norm[start:end]`` in order of first appearance."""
        return list(dict.fromkeys(c for _, _, c in self.find(norm, start, end)))


def load_keywords(path: str | Path) -> KeywordTable:
    table = KeywordTable()
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) >= 2:
                table.add(cols[0].strip(), cols[1].split("|"))
    return table


_DEFAULT: KeywordTable | None = None


def default_keywords() -> KeywordTable:
    global _DEFAULT
    if _DEFAULT is None:
        from timeline.resources import resource_path

        _DEFAULT = load_keywords(resource_path("event_keywords.tsv"))
    return _DEFAULT
