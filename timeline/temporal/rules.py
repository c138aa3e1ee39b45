"""The rule record shared by the per-language rule tables.

A :class:`Rule` pairs a regular expression (written for text folded by :func:`numerals.fold`) with a
normalizer and with examples that double as tests (``tests/temporal/test_rule_examples.py`` runs them at
:data:`EXAMPLE_REF`). Named groups inside a pattern are local to the rule: the engine prefixes them when it
joins all rules into one alternation. A group named ``span`` narrows the reported mention to that group
(context that must be there but is not part of the expression, like English ``in`` before a year).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.temporal.resolve import Context, Norm

EXAMPLE_REF = dt.date(2026, 2, 18)
"""Reference date of every rule example (a Wednesday, the day after the 2026 Spring Festival)."""


class GroupReader:
    """What a normalizer reads a match through: ``g(name)`` is the text of a named group or ``None`` (the group
    is not in the pattern or did not take part in the match); ``g.req(name)`` is the text of a group the
    pattern guarantees where it is read, and raises ``LookupError`` when it is absent (a bug in the rule,
    never an input error: the engine lets it through like any other bug)."""

    __slots__ = ()

    def __call__(self, name: str) -> str | None:
        raise NotImplementedError

    def has(self, name: str) -> bool:
        raise NotImplementedError

    def start(self, name: str) -> int:
        raise NotImplementedError

    def end(self, name: str) -> int:
        raise NotImplementedError

    def req(self, name: str) -> str:
        v = self(name)
        if v is None:
            raise LookupError(f"group {name!r} did not take part in the match")
        return v


class Groups(GroupReader):
    """Access to one rule's named groups in a match of the joined pattern."""

    __slots__ = ("m", "prefix", "names", "spans", "text")

    def __init__(self, m, prefix: str, names: frozenset[str] = frozenset()) -> None:
        self.m = m
        self.prefix = prefix
        self.names = names or frozenset(k[len(prefix):] for k in m.re.groupindex if k.startswith(prefix))
        # a compact engine hit: the spans of the groups that took part, by name, for this pass only
        self.spans: dict[str, tuple[int, int]] | None = m.taken() if hasattr(m, "taken") else None
        self.text: str = m.folded if self.spans is not None else ""

    def __call__(self, name: str) -> str | None:
        spans = self.spans
        if spans is not None:  # the groups that took part: all of them the rule's own
            sp = spans.get(name)
            return None if sp is None else self.text[sp[0]:sp[1]]
        if name not in self.names:
            return None
        return self.m.group(self.prefix + name)

    def start(self, name: str) -> int:
        if self.spans is not None:
            return self.spans.get(name, (-1, -1))[0]
        return self.m.start(self.prefix + name)

    def end(self, name: str) -> int:
        if self.spans is not None:
            return self.spans.get(name, (-1, -1))[1]
        return self.m.end(self.prefix + name)

    def has(self, name: str) -> bool:
        return name in self.names


Normalizer = Callable[[Groups, "Context", int], "Norm | None"]


@dataclass(frozen=True)
class Rule:
    """One recognizer rule: ``pattern`` finds spans, ``norm`` turns a match into a value.

    ``examples`` are ``(text, value, granularity, mod)`` at :data:`EXAMPLE_REF`: the test extracts ``text``
    alone and expects exactly one mention with these fields; ``(text, None, "", None)`` means the text must
    not yield a calendar date (an impossible date such as ``2月30日``).
    """

    name: str
    lang: str
    pattern: str
    norm: Normalizer
    examples: tuple[tuple[str, str | None, str, str | None], ...] = field(default=())
