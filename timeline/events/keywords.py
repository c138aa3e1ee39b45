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

from timeline.events.text import LiteralScanner, scanner_for_aliases

# after a founding word: the founder, a person ("创办人" / "创建者" / "co-founder"; not "创办人工智能公司")
_FOUNDER = re.compile(r"(?:人(?![工民])|者|ers?(?![a-z]))", re.I)


@dataclass
class KeywordTable:
    aliases: dict[str, list[str]] = field(default_factory=dict)
    _scanner: LiteralScanner | None = field(default=None, repr=False)

    def add(self, concept: str, aliases: list[str]) -> None:
        self.aliases.setdefault(concept, []).extend(a.strip() for a in aliases if a.strip())
        self._scanner = None

    def _compile(self) -> LiteralScanner:
        self._scanner = scanner_for_aliases(self.aliases, keep_traditional=False, latin_whole_word=False)
        return self._scanner

    def find(self, norm: str, start: int = 0, end: int | None = None, frames: bool = False
             ) -> list[tuple[int, int, str]]:
        """``(start, end, concept)`` for every keyword in ``norm[start:end]``, in text order; one right before
        以来 only with ``frames`` (a dated frame, "2019年上市以來", tells its happening)."""
        scanner = self._scanner or self._compile()
        hits = scanner.find(norm, start, end)
        if any(c == "founding" for _, _, c in hits):
            # "岩松食品创办人沈慕远…" / "the co-founder of X": a founder is a person, no founding told
            hits = [h for h in hits if h[2] != "founding" or not _FOUNDER.match(norm, h[1])]
        if frames:
            return hits
        # "自公司成立以來": a frame, not a happening
        return [h for h in hits if not norm.startswith("以来", h[1])]

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
