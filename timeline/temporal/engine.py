"""The extractor: all rule tables joined into one regular expression, scanned once per text.

Contract
--------
* :func:`scan` folds the text (:func:`numerals.fold`: full-width and Simplified forms, same length) and
  runs the joined pattern once; the result is memoized per text (a pure function of the text, so the
  memo never changes an answer: article-date inference followed by extraction scans an article once).
* :func:`resolve_matches` walks the matches in text order with a :class:`~resolve.Context` (article date,
  narrative focus) and asks each rule's normalizer for a value. A mention whose normalizer returns ``None``
  is not reported (impossible dates, vague or unanchorable expressions); a value of ``None`` is reported.
* The public entry points (``extract``, ``infer_reference``) live in :mod:`timeline.temporal.api`, which
  layers article-date inference (:mod:`dct`) on top of this module; this module never imports :mod:`dct`.
"""

from __future__ import annotations

import datetime as dt
import re
from array import array
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from re import _compiler as _re_compiler  # type: ignore[attr-defined]
from re import _constants as _re_constants  # type: ignore[attr-defined]
from re import _parser as _re_parser  # type: ignore[attr-defined]
from typing import Any, overload

from timeline.model import TemporalMention
from timeline.temporal import lexicon, rules_en, rules_zh
from timeline.temporal.numerals import cn_int, fold
from timeline.temporal.resolve import Context, valid_value, value_end, value_start
from timeline.temporal.resolve import range_value as resolve_range
from timeline.temporal.rules import Groups, Rule

RULES: tuple[Rule, ...] = rules_zh.RULES + rules_en.RULES

_GROUP_NAME = re.compile(r"\(\?P([<=])(\w+)")
_GROUP_OPEN = re.compile(r"\(\?P<\w+>")


def _tagged(pattern: str, tag: str) -> str:
    """``pattern`` with every named group ``(?P<x>`` (and back-reference ``(?P=x``) renamed ``tag_x``."""
    return _GROUP_NAME.sub(lambda m: f"(?P{m[1]}{tag}_{m[2]}", pattern)
_CJK = re.compile(r"[\u3400-\u9fff]")



@lru_cache(maxsize=2)
def _joined(guarded: bool = True) -> re.Pattern[str]:
    """All rules in one pattern. Which rule wins is explicit: at each position the first rule in :data:`RULES`
    order that matches (longer and more specific rules are listed first). The guarded pattern groups the rules
    into families by the characters a match can start with (:data:`lexicon.RULE_STARTS`), each behind a cheap
    lookahead; the families' first characters are disjoint, so the order within each family is the priority
    order. ``guarded=False`` is the plain alternation in priority order: the guards only make matching
    faster, and the answers must be the same (tests check it)."""
    families = []
    for k, (fam, guard) in enumerate(lexicon.FAMILY_GUARDS.items()):
        alts = []
        for i, rule in enumerate(RULES):
            if fam not in lexicon.RULE_STARTS[rule.name]:
                continue
            tag = f"r{i}f{k}"
            alts.append(f"(?P<{tag}>{_bare(rule.pattern, tag)})")
            _RULE_INDEX[tag] = i
            _GROUP_NAMES[tag] = frozenset(m[2] for m in _GROUP_NAME.finditer(rule.pattern) if m[1] == "<")
        families.append(f"{guard}(?:{'|'.join(alts)})")
    if not guarded:  # every rule once, in priority order
        alts = []
        for i, rule in enumerate(RULES):
            tag = f"r{i}f0"
            alts.append(f"(?P<{tag}>{_bare(rule.pattern, tag)})")
            _RULE_INDEX[tag] = i
            _GROUP_NAMES[tag] = frozenset(m[2] for m in _GROUP_NAME.finditer(rule.pattern) if m[1] == "<")
        return re.compile("|".join(alts))
    return re.compile(f"{lexicon.ANY_START}(?:{'|'.join(families)})")


def _bare(pattern: str, tag: str) -> str:
    """``pattern`` as an alternative of the joined pattern: without its named groups (``(?P<x>`` becomes
    ``(?:``), unless it refers back to one (``(?P=x)``), then with them renamed ``tag_x``. The joined pattern
    only has to say where a match is and which rule made it; the groups come from the rule's own pattern
    (:func:`_rule_pattern`), matched once at that place. A capture group costs the regex engine at every
    position it tries (its marks are saved and restored on backtracking, and the joined pattern has hundreds):
    without them the scan takes about half the time."""
    if "(?P=" in pattern:
        return _tagged(pattern, tag)
    return _GROUP_OPEN.sub("(?:", pattern)


_COMPILED: dict[int, re.Pattern[str]] = {}


def _rule_pattern(i: int) -> re.Pattern[str]:
    """Rule ``i``'s own pattern: matched where the joined pattern found that rule, it gives the same match
    (the rule's alternative is the last thing the joined pattern matches, so its first way to match wins in
    both) with the rule's groups under their own names. Compiled once (:func:`_rule_reading` compiles it
    from the parse it reads the first characters from)."""
    got = _COMPILED.get(i)
    if got is None:
        got = _COMPILED[i] = re.compile(RULES[i].pattern)
    return got


@cache
def _rule_reading(i: int) -> tuple[re.Pattern[str], re.Pattern[str] | None, re.Pattern[str]]:
    """Rule ``i``'s first-character and second-character patterns (:func:`first_chars`,
    :func:`_second_chars`) and its compiled pattern, from ONE parse of the pattern: parsing is most of what
    compiling a pattern costs, and the scan needs all three for every rule (a rule of several families is
    read once). The pattern compiled from the parse is the one ``re.compile`` makes of the string.

    Why ``re._compiler`` (an internal module): Python has no public way to compile a parsed pattern, and the
    parse is needed anyway (the first and second characters are read from it with ``re._parser``, for which
    there is no public interface either). ``re.compile`` of the string parses every rule a second time: 0.12-0.14 s
    instead of 0.09 s of CPU for the 76 rules (Python 3.11, measured 2026-12-05), about 5% of a
    ``timeline mentions`` run on a small file. Should the internal call fail (another Python), the public
    ``re.compile`` is used: the same pattern, only slower to make."""
    parsed = _re_parser.parse(RULES[i].pattern)
    first, second = _first_from(parsed), _second_from(parsed)
    if i not in _COMPILED:
        try:
            _COMPILED[i] = _re_compiler.compile(parsed)
        except Exception:  # noqa: BLE001 -- an internal interface of ``re``: fall back to the public one
            _COMPILED[i] = re.compile(RULES[i].pattern)
    return first, second, _COMPILED[i]


_RULE_INDEX: dict[str, int] = {}
_GROUP_NAMES: dict[str, frozenset[str]] = {}


@cache
def _register_tags() -> None:
    """Fills :data:`_RULE_INDEX` and :data:`_GROUP_NAMES` for the tags of the guarded scan (``r{i}f{k}``: rule
    ``i`` in family ``k``), as :func:`_joined` does, without compiling the joined pattern."""
    for k, fam in enumerate(lexicon.FAMILY_GUARDS):
        for i, rule in enumerate(RULES):
            if fam in lexicon.RULE_STARTS[rule.name]:
                _RULE_INDEX[f"r{i}f{k}"] = i
                _GROUP_NAMES[f"r{i}f{k}"] = frozenset(m[2] for m in _GROUP_NAME.finditer(rule.pattern) if m[1] == "<")


PARTS_LIMIT = 1 << 14
"""Most distinct hit parts :data:`_PARTS` holds before it starts afresh."""
_PARTS: dict = {}
"""One object per distinct group-number ``bytes`` and offset ``tuple`` of the :class:`Hit` records (bounded by
:data:`PARTS_LIMIT`, emptied after each document by ``timeline.pipeline.release_memos``): only which object
holds an equal value depends on it."""


class Hit:
    """One match of the joined pattern, kept compact: its span, its rule tag and the spans of only that
    rule's groups. A ``re.Match`` of the joined pattern holds a slot for each of its hundreds of groups
    (about 8 KB each), so a text of short dates (``2014年`` repeated) needed about 9 KB per mention; a hit
    needs about 150 bytes: for the groups that took part, their numbers among the rule's groups
    (:func:`_full_names`) as one ``bytes`` and their starts and ends relative to the match's start as one
    flat tuple (small numbers: no integer objects of their own). Offers what
    :class:`~timeline.temporal.rules.Groups` and :func:`resolve_matches` read from a match
    (``lastgroup``, ``span``, ``group``, ``start``, ``end``)."""

    __slots__ = ("_end", "_folded", "_offsets", "_slots", "_start", "lastgroup")

    def __init__(self, tag: str, rm: re.Match[str], folded: str) -> None:
        """``rm`` is a match of the rule's own pattern (:func:`_rule_pattern`); ``tag`` names the rule."""
        self.lastgroup = tag
        start, self._end = rm.span()
        self._start = start
        self._folded = folded
        slots: list[int] = []
        offsets: list[int] = []
        names = _short_names(tag)
        if names:
            for i, name in enumerate(names):
                a, b = rm.span(name)
                if a >= 0:
                    slots.append(i)
                    offsets += (a - start, b - start)
        # equal parts are one object: a dense text repeats the same few shapes (``2014年`` over and over), and
        # each part of its own cost about 110 bytes a hit
        parts = _PARTS
        if len(parts) >= PARTS_LIMIT:
            parts.clear()
        sl = bytes(slots) if slots else b""
        self._slots = parts.setdefault(sl, sl)
        t: tuple[int, ...] = tuple(offsets) if offsets else ()
        self._offsets = parts.setdefault(t, t)

    @classmethod
    def _made(cls, tag: str, start: int, end: int, slots: bytes, offsets: tuple[int, ...], folded: str) -> Hit:
        """The hit from its parts (as :class:`HitTable` keeps them), without a match."""
        h = cls.__new__(cls)
        h.lastgroup, h._start, h._end, h._slots, h._offsets, h._folded = tag, start, end, slots, offsets, folded
        return h

    @property
    def re(self) -> _TagPattern:
        """Stands in for ``Match.re``: its ``groupindex`` names this rule's groups."""
        return _tag_pattern(self.lastgroup)

    def span(self, name: str | None = None) -> tuple[int, int]:
        if name is None:
            return (self._start, self._end)
        i = _group_slot(self.lastgroup).get(name)
        k = -1 if i is None else self._slots.find(i)
        if k < 0:
            return (-1, -1)
        return (self._start + self._offsets[2 * k], self._start + self._offsets[2 * k + 1])

    def group(self, name: str) -> str | None:
        a, b = self.span(name)
        return None if a < 0 else self._folded[a:b]

    def taken(self) -> dict[str, tuple[int, int]]:
        """The spans of the groups that took part, by their names in the rule (without the tag): made on
        demand for one pass over the hit (:class:`~timeline.temporal.rules.Groups`), not kept."""
        names, st, o = _short_names(self.lastgroup), self._start, self._offsets
        return {names[i]: (st + o[2 * k], st + o[2 * k + 1]) for k, i in enumerate(self._slots)}

    @property
    def folded(self) -> str:
        return self._folded

    def start(self, name: str | None = None) -> int:
        return self.span(name)[0]

    def end(self, name: str | None = None) -> int:
        return self.span(name)[1]


def _hit_parts(tag: str, rm: re.Match[str]) -> tuple[bytes, tuple[int, ...]]:
    """The group-number ``bytes`` and the relative offsets of the groups of ``rm`` that took part (as
    :class:`Hit` keeps them)."""
    start = rm.start()
    slots: list[int] = []
    offsets: list[int] = []
    for i, name in enumerate(_short_names(tag)):
        a, b = rm.span(name)
        if a >= 0:
            slots.append(i)
            offsets += (a - start, b - start)
    return bytes(slots), tuple(offsets)


class HitTable(Sequence[Hit]):
    """The hits of one :func:`scan`, in text order, held by column: each hit's start and end as machine
    integers and the number of its shape (rule tag, group numbers, relative offsets: one tuple per distinct
    shape of the scan), 20 bytes a hit. A :class:`Hit` object with its two offsets as integer objects cost
    about 150 bytes, and a text dense with dates (``2014年`` repeated: a hit every 7 bytes) held them all
    through article dating and extraction (about 20 bytes per input byte). Iterating or indexing makes each
    :class:`Hit` on demand, equal in every field to the one the scan found. Hashed and compared by identity
    (as the memo of :func:`scan` hands out one table per text)."""

    __slots__ = ("_ends", "_folded", "_index", "_shape", "_shapes", "_starts")

    def __init__(self, folded: str) -> None:
        self._folded = folded
        self._starts = array("q")
        self._ends = array("q")
        self._shape = array("I")
        self._shapes: list[tuple[str, bytes, tuple[int, ...]]] = []
        self._index: dict[tuple[str, bytes, tuple[int, ...]], int] | None = {}  # while the scan adds hits

    def _add(self, tag: str, rm: re.Match[str]) -> None:
        slots, offsets = _hit_parts(tag, rm)
        key = (tag, slots, offsets)
        index = self._index
        assert index is not None
        k = index.get(key)
        if k is None:
            k = index[key] = len(self._shapes)
            self._shapes.append(key)
        a, b = rm.span()
        self._starts.append(a)
        self._ends.append(b)
        self._shape.append(k)

    def _done(self) -> HitTable:
        self._index = None  # (only adding reads it)
        return self

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, i: int) -> Hit: ...

    @overload
    def __getitem__(self, i: slice) -> list[Hit]: ...

    def __getitem__(self, i: int | slice) -> Hit | list[Hit]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        tag, slots, offsets = self._shapes[self._shape[i]]
        return Hit._made(tag, self._starts[i], self._ends[i], slots, offsets, self._folded)

    def __iter__(self) -> Iterator[Hit]:
        folded, shapes, made = self._folded, self._shapes, Hit._made
        for a, b, k in zip(self._starts, self._ends, self._shape, strict=True):
            tag, slots, offsets = shapes[k]
            yield made(tag, a, b, slots, offsets, folded)

    __hash__ = object.__hash__

    def __eq__(self, other: object) -> bool:
        return self is other


class _TagPattern:
    __slots__ = ("groupindex",)

    def __init__(self, names: tuple[str, ...]) -> None:
        self.groupindex = dict.fromkeys(names, 0)


@cache
def _tag_pattern(tag: str) -> _TagPattern:
    return _TagPattern(_full_names(tag))


@cache
def _group_slot(tag: str) -> dict[str, int]:
    """The number of each of the rule's groups (full name), as :attr:`Hit._slots` records it (under 256)."""
    return {full: i for i, full in enumerate(_full_names(tag))}


@cache
def _short_names(tag: str) -> tuple[str, ...]:
    """The rule's group names without the tag, in the order of :func:`_full_names`."""
    return tuple(sorted(_GROUP_NAMES.get(tag, ())))


@cache
def _full_names(tag: str) -> tuple[str, ...]:
    return tuple(f"{tag}_{n}" for n in sorted(_GROUP_NAMES.get(tag, ())))


@lru_cache(maxsize=32)
def scan(text: str, guarded: bool = True) -> tuple[str, HitTable]:
    """The folded text and every match of the joined pattern, in text order, as compact :class:`Hit`
    records (a :class:`HitTable`; memoized per text: a pure function of it). ``guarded=False`` scans
    without the speed guards (for tests: same answers, slower)."""
    folded = fold(text)
    hits = HitTable(folded)
    if guarded:
        for tag, rm in _dispatch().finditer(folded):
            hits._add(tag, rm)
        return folded, hits._done()
    for m in _joined(False).finditer(folded):
        tag = m.lastgroup or ""
        again = _rule_pattern(_RULE_INDEX[tag]).match(folded, m.start())
        if again is None or again.end() != m.end():  # never: the same pattern at the same place
            raise AssertionError(f"rule {RULES[_RULE_INDEX[tag]].name} does not match again at {m.start()}")
        hits._add(tag, again)
    return folded, hits._done()


class _Dispatch:
    """The guarded scan, exactly as ``_joined(True).finditer`` but faster. The joined pattern tries, at every
    position where a family's guard passes, each rule of that family in turn; most of them cannot even start
    with the character there. Here the positions where some guard passes are found first (in the regex
    engine's own loop), and at each the rules are tried that can start with that character (their first
    characters are read from the parsed patterns, :func:`first_chars`), in priority order, family by
    family: the same first match at the same place, so the same hits.

    The positions are found family by family: for family ``k`` one pattern, its first characters
    (:data:`lexicon.FAMILY_FIRSTS`) as a character class and its guard behind it, ``[F](?<=(?=G).)``. A pattern
    that begins with a character class is searched for inside the regex engine, which skips every character
    outside the class without trying anything there: most of a text is skipped at that cost, and a guard is asked
    only where its own family can start (one pattern of all the guards asked each of them wherever any family
    could start, about twice the time). The guard is asked at the class's character, from a lookbehind one
    character wide, so the positions are the guard's own: where the character is one of the family's first
    characters and the guard passes (the global guard :data:`lexicon.ANY_START` is their union, implied).
    Each position gets a bit per family found there."""

    def __init__(self) -> None:
        _register_tags()
        self.passes = [(1 << k, re.compile(f"[{lexicon.FAMILY_FIRSTS[fam]}](?<=(?={guard})(?s:.))"))
                       for k, (fam, guard) in enumerate(lexicon.FAMILY_GUARDS.items())]
        self.families: list[list[tuple[str, re.Pattern[str], re.Pattern[str] | None, re.Pattern[str]]]] = []
        for k, fam in enumerate(lexicon.FAMILY_GUARDS):
            self.families.append([(f"r{i}f{k}", *_rule_reading(i))
                                  for i, rule in enumerate(RULES) if fam in lexicon.RULE_STARTS[rule.name]])
        self._by_char: dict[str, tuple[tuple[int, tuple[tuple[str, re.Pattern[str]], ...]], ...]] = {}
        self._shapes: dict[tuple, tuple] = {}

    def rules_for(self, two: str) -> tuple[tuple[int, tuple[tuple[str, re.Pattern[str]], ...]], ...]:
        """For each family (by number) with a rule that can start with the one or two characters ``two``
        (the text's next two; one at its end): those rules, in order."""
        got = self._by_char.get(two)
        if got is None:
            ch, nxt = two[0], two[1:]
            got = tuple((k, rules) for k, fam in enumerate(self.families)
                        if (rules := tuple((tag, pat) for tag, first, second, pat in fam if first.match(ch)
                                           and (second is None or (nxt and second.match(nxt))))))
            if len(self._by_char) >= 65536:  # bounded, whatever the text
                self._by_char.clear()
                self._shapes.clear()
            got = self._shapes.setdefault(got, got)  # the few distinct answers: one object each, not one per key
            self._by_char[two] = got
        return got

    def positions(self, folded: str) -> dict[int, int]:
        """Every position where some family's guard passes, with a bit ``1 << k`` for each such family ``k``
        (in no particular order)."""
        found: dict[int, int] = {}
        get = found.get
        for bit, pat in self.passes:
            for c in pat.finditer(folded):
                p = c.start()
                found[p] = get(p, 0) | bit
        return found

    def finditer(self, folded: str) -> Iterator[tuple[str, re.Match[str]]]:
        pos = 0
        by_char = self._by_char
        found = self.positions(folded)
        for p in sorted(found):
            if p < pos:
                continue
            mask = found[p]
            two = folded[p:p + 2]
            cands = by_char.get(two)
            if cands is None:
                cands = self.rules_for(two)
            hit = None
            for k, rules in cands:
                if mask >> k & 1:  # family k's guard passes here
                    for tag, pat in rules:
                        rm = pat.match(folded, p)
                        if rm is not None:
                            hit = (tag, rm)
                            break
                    if hit is not None:
                        break
            if hit is not None:
                yield hit
                pos = hit[1].end()


@cache
def _dispatch() -> _Dispatch:
    return _Dispatch()


def first_chars(pattern: str) -> re.Pattern[str]:
    """A one-character pattern that every character a match of ``pattern`` can start with matches (a
    superset: lookarounds are skipped over). Read from the parsed pattern; a pattern that can match the
    empty string, or whose start is not understood, gives ``(?s:.)`` (every rule is then tried)."""
    return _first_from(_re_parser.parse(pattern))


def _first_from(parsed: Any) -> re.Pattern[str]:
    """:func:`first_chars` of a parsed pattern."""
    items, nullable = _first_of(parsed.data, bool(parsed.state.flags & _re_constants.SRE_FLAG_IGNORECASE))
    if items is None or nullable or not items:
        return re.compile("(?s:.)")
    return _class_pattern(items)


def _second_chars(pattern: str) -> re.Pattern[str] | None:
    """A one-character pattern that the second character of every match of ``pattern`` matches, or ``None``
    when a match may end after one character or the pattern is not understood there (the rule is then
    tried whatever follows its first character). Read from the parsed pattern like :func:`first_chars`."""
    return _second_from(_re_parser.parse(pattern))


def _second_from(parsed: Any) -> re.Pattern[str] | None:
    """:func:`_second_chars` of a parsed pattern."""
    icase = bool(parsed.state.flags & _re_constants.SRE_FLAG_IGNORECASE)
    budget = [4000]
    items = _second_of([(op, av, icase) for op, av in parsed.data], budget)
    if items is None or not items or budget[0] <= 0:
        return None
    return _class_pattern(items)


def _class_pattern(items: set[tuple[str, bool]]) -> re.Pattern[str]:
    """One character class (two when some fragments ignore case) made of the fragments ``items``."""
    plain = "".join(x for x, icase in items if not icase)
    folded = "".join(x for x, icase in items if icase)
    parts = ([f"[{plain}]"] if plain else []) + ([f"(?i:[{folded}])"] if folded else [])
    return re.compile("|".join(parts))


def _second_of(seq: list[tuple[Any, Any, bool]], budget: list[int]) -> set[tuple[str, bool]] | None:
    """The class fragments the second consumed character of a match of ``seq`` (items with their
    ignore-case flag) can be; ``None``: anything, or the match may end after one character. ``budget``
    bounds the work (each step spends one; at zero the answer is ``None``)."""
    budget[0] -= 1
    if budget[0] <= 0 or not seq:
        return None
    c = _re_constants
    (op, av, icase), rest = seq[0], seq[1:]
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return _second_of(rest, budget)
    if op in (c.LITERAL, c.IN, c.NOT_LITERAL, c.ANY):  # the first character: the rest starts at the second
        got, nullable = _first_of(rest)
        return None if got is None or nullable else got
    if op is c.SUBPATTERN:
        _, add, remove, sub = av
        ic = (icase or bool(add & c.SRE_FLAG_IGNORECASE)) and not remove & c.SRE_FLAG_IGNORECASE
        return _second_of([(o, a, ic) for o, a in sub.data] + rest, budget)
    if op is c.ATOMIC_GROUP:
        return _second_of([(o, a, icase) for o, a in av.data] + rest, budget)
    if op is c.BRANCH:
        out: set[tuple[str, bool]] = set()
        for alt in av[1]:
            got2 = _second_of([(o, a, icase) for o, a in alt.data] + rest, budget)
            if got2 is None:
                return None
            out |= got2
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        out = set()
        if lo == 0:
            got3 = _second_of(rest, budget)
            if got3 is None:
                return None
            out |= got3
        if hi == 0:
            return out
        more = [] if hi == 1 else [(op, (max(lo - 1, 0), hi if hi == c.MAXREPEAT else hi - 1, sub), icase)]
        got4 = _second_of([(o, a, icase) for o, a in sub.data] + more + rest, budget)
        if got4 is None:
            return None
        return out | got4
    return None


_CATEGORY = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
             "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _class_char(code: int) -> str:
    """One character, written so that it means itself inside a character class."""
    return f"\\U{code:08x}"


def _first_of(items: Any, icase: bool | None = None) -> tuple[set[tuple[str, bool]] | None, bool]:
    """The class fragments a sequence of parsed items can start with (``None``: anything) and whether the
    sequence can match the empty string. The items are ``(op, av)`` pairs under the ignore-case flag
    ``icase``, or, with ``icase`` None, ``(op, av, icase)`` triples that carry their own flag."""
    out: set[tuple[str, bool]] = set()
    for item in items:
        op, av, ic = item if icase is None else (*item, icase)
        got, nullable = _first_op(op, av, ic)
        if got is None:
            return None, False
        out |= got
        if not nullable:
            return out, False
    return out, True


def _first_op(op: Any, av: Any, icase: bool) -> tuple[set[tuple[str, bool]] | None, bool]:
    c = _re_constants
    if op is c.LITERAL:
        return {(_class_char(av), icase)}, False
    if op is c.IN:
        got: set[tuple[str, bool]] = set()
        for o, a in av:
            if o is c.LITERAL:
                got.add((_class_char(a), icase))
            elif o is c.RANGE:
                got.add((f"{_class_char(a[0])}-{_class_char(a[1])}", icase))
            elif o is c.CATEGORY and str(a) in _CATEGORY:
                got.add((_CATEGORY[str(a)], icase))
            else:  # a negated class, anything else
                return None, False
        return got, False
    if op is c.SUBPATTERN:
        _, add, remove, sub = av
        ic = (icase or bool(add & c.SRE_FLAG_IGNORECASE)) and not remove & c.SRE_FLAG_IGNORECASE
        return _first_of(sub.data, ic)
    if op is c.BRANCH:
        union: set[tuple[str, bool]] = set()
        nullable = False
        for alt in av[1]:
            got2, n = _first_of(alt.data, icase)
            if got2 is None:
                return None, False
            union |= got2
            nullable = nullable or n
        return union, nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        lo, _, sub = av
        got3, n = _first_of(sub.data, icase)
        return got3, n or lo == 0
    if op is c.ATOMIC_GROUP:
        return _first_of(av.data, icase)
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):  # zero width: the next item starts the match
        return set(), True
    return None, False


def hit_rule(hit: Hit) -> tuple[Rule, Groups]:
    """The rule a hit of :func:`scan` belongs to, and its groups as the rule's normalizer reads them."""
    tag = hit.lastgroup
    return RULES[_RULE_INDEX[tag]], Groups(hit, f"{tag}_", _GROUP_NAMES[tag])


def _lang(rule: Rule, folded: str, start: int, end: int) -> str:
    if rule.lang != "auto":
        return rule.lang
    window = folded[max(0, start - 4):start] + folded[end:end + 4]
    return "zh" if _CJK.search(window) else "en"


def is_reference_point(folded: str, start: int) -> bool:
    """True when the mention at ``start`` follows ``截至``/``as of`` (a cut-off date, not a narrated time)."""
    return folded[max(0, start - 6):start].rstrip().endswith(lexicon.REFERENCE_BEFORE)


PERIODS_KEPT = 16
"""How many of the latest periods told :attr:`Context.periods` keeps at least (it holds up to twice as many): a
``同期`` compares with one told shortly before it, so a text dense with dates costs no memory per period."""

SHARED_LIMIT = 1 << 16
"""Most distinct mention texts and values :data:`_SHARED` holds before it starts afresh."""
_SHARED: dict[str, str] = {}
"""One string per distinct mention text and value, across the calls of :func:`resolve_matches` (the
stories of one file name the same dates: a file of a hundred thousand one-line stories keeps each date's
words and value once, not once per story). Bounded by :data:`SHARED_LIMIT`; emptied after each document
(``timeline.pipeline.release_memos``); only which object holds an equal string depends on it."""


def resolve_matches(text: str, folded: str, matches: Sequence[Hit], reference: dt.date | None,
                    exact: bool) -> list[TemporalMention]:
    """Normalize the matches of :func:`scan` against ``reference`` and the narrative focus.

    Equal mention texts and values share one string object (:data:`_SHARED`; a dense text repeats them: a
    table of dates, ``2014年`` over and over), so a mention costs its record and not a copy of its words."""
    ctx = Context(folded, reference, exact)
    out: list[TemporalMention] = []
    if len(_SHARED) > SHARED_LIMIT:
        _SHARED.clear()
    share = _SHARED.setdefault
    last_end, freq_end = -1, -10
    for m in matches:
        tag = m.lastgroup
        rule = RULES[_RULE_INDEX[tag]]
        start, end = m.span()
        if start < last_end or lexicon.FREQUENCY_BEFORE.search(folded, max(0, start - 7), start):
            freq_end = end  # overlapped, or a frequency (每年3月, every March): not a time on the calendar
            continue
        if freq_end >= 0 and start - freq_end < 5 and lexicon.RANGE_SEP.fullmatch(folded, freq_end, start):
            freq_end = end  # the other end of a frequency's range (每週一至週五): no date either
            continue
        g = Groups(m, f"{tag}_", _GROUP_NAMES[tag])
        try:
            n = rule.norm(g, ctx, start)
        except (ValueError, OverflowError):
            continue  # arithmetic past the calendar's ends (year 1, year 9999): not a date
        if n is None:
            continue
        if n.value is not None and not valid_value(n.value):
            n.value, n.focus_year, n.focus_month = None, None, None
        if g.has("span") and g("span") is not None:
            start, end = g.start("span"), g.end("span")
        if (n.value is not None and n.mod in (None, "START", "MID") and not n.comparison
                and (since := lexicon.SINCE_BEFORE.search(folded, max(0, start - 8), start)) is not None):
            start, n.mod = since.start(), "AFTER"  # since the start of the year: the time, with AFTER
        focus_year, focus_month = n.focus_year, n.focus_month
        if focus_year is None and n.relative and n.value and n.granularity in _FOCUS_GRANULARITIES and not n.comparison:
            # a time told from the article date (two weeks ago, 近日) brings the narrative back to the present;
            # a quarter, half or year names no month, so a bare day after it (上半年…，19日) is not its first month's
            first = value_start(n.value)
            focus_year, focus_month = (first.year, first.month) if first else (None, None)
            if n.granularity not in _MONTH_FOCUS_GRANULARITIES:
                focus_month = None
        if (focus_year is not None and n.mod not in ("AFTER", "BEFORE") and not n.comparison
                and n.granularity == "year" and ctx.periods and ctx.focus_before_year is not None
                and ctx.periods[-1][3] == "year" and lexicon.RANGE_SEP.fullmatch(folded, ctx.periods[-1][1], start)
                and lexicon.ZH_SPAN_QUALIFIES.match(folded, end)):
            # "召回2027年至2029年間生產的車": a span of years qualifying a noun names no time of the story; the
            # narrative stays where it was before the span
            fy, fm, fp, fe, ft = ctx.focus_before_year
            ctx.focus_year, ctx.focus_month, ctx.focus_pos, ctx.focus_explicit, ctx.focus_told = fy, fm, fp, fe, ft
        elif (focus_year is not None and n.mod not in ("AFTER", "BEFORE") and not n.comparison
                and not is_reference_point(folded, start)
                and not (n.relative and n.granularity in lexicon.POSSESSIVE_UNFOCUSED
                         and lexicon.POSSESSIVE_AFTER.match(folded, end))):
            if n.granularity == "year":
                ctx.focus_before_year = (ctx.focus_year, ctx.focus_month, ctx.focus_pos, ctx.focus_explicit,
                                         ctx.focus_told)
            ctx.set_focus(start, focus_year, focus_month, True)
            ctx.focus_told = not n.relative
            if n.granularity in ("day", "time") and n.value and "/" not in n.value:
                ctx.focus_day, ctx.focus_day_pos = dt.date.fromisoformat(n.value[:10]), start
        if n.value is not None and not n.comparison:
            ctx.last_value, ctx.last_gran, ctx.last_pos = n.value, n.granularity, start
            if (n.granularity in ("quarter", "half") and "/" not in n.value and reference is not None
                    and (last := value_end(n.value)) is not None and last <= reference):
                ctx.reported_value, ctx.reported_pos = n.value, start
            prev = ctx.periods[-1] if ctx.periods else None
            if (prev is not None and prev[3] == n.granularity and "/" not in prev[2] and "/" not in n.value
                    and prev[2] < n.value and lexicon.RANGE_SEP.fullmatch(folded, prev[1], start)):
                ctx.periods[-1] = (prev[0], end, f"{prev[2]}/{n.value}", n.granularity, None)  # 1月至11月: one span
            else:
                ctx.periods.append((start, end, n.value, n.granularity, n.mod))
                if len(ctx.periods) > 2 * PERIODS_KEPT:
                    del ctx.periods[:PERIODS_KEPT]  # only the latest are ever compared with: memory stays flat
        if n.context_only:
            continue
        lang = _lang(rule, folded, start, end)
        words = text[start:end]
        out.append(TemporalMention(start, end, share(words, words), None if n.value is None else share(n.value, n.value),
                                   n.granularity, n.mod, n.relative, lang, rule.name))
        last_end = end
        list_re = lexicon.ZH_LIST_DAY if rule.lang == "zh" else lexicon.EN_LIST_DAY_AFTER if rule.name == "en_monthname" else None
        if n.granularity == "day" and n.value and "/" not in n.value and list_re is not None:
            y, mo = int(n.value[:4]), int(n.value[5:7])
            pos = end
            while (lm := list_re.match(folded, pos)) is not None:
                try:
                    v = dt.date(y, mo, int(lm["d"])).isoformat()
                except (ValueError, OverflowError):
                    break
                s2, e2 = lm.start("d"), lm.end()
                words = text[s2:e2]
                out.append(TemporalMention(s2, e2, share(words, words), share(v, v), "day", None, True, rule.lang,
                                           f"{rule.lang}_list_day"))
                pos = last_end = e2
    return _merge_ranges(text, folded, out)


_FOCUS_GRANULARITIES = ("time", "day", "week", "month", "xun", "quarter", "half", "year")
_MONTH_FOCUS_GRANULARITIES = ("time", "day", "week", "month", "xun")
_RANGEABLE = ("day", "month", "year", "quarter", "half")


def _ends_before(b: str, a: str) -> bool:
    """Whether the period of value ``b`` ends before the period of value ``a`` starts (compared as dates, so
    ``2025-11`` does not end before ``2025-11-15`` although it sorts before it as a string)."""
    b_end, a_start = value_end(b), value_start(a)
    return b_end is not None and a_start is not None and b_end < a_start


def _after(b: str, a: str, relative: bool) -> str:
    """Value ``b`` of a range's end that was placed before the range's start ``a``, moved after it: a day placed
    from the article date less than a week before ``a`` (``from Monday to Friday`` with Friday read as the latest
    one) is the one a week later; anything else told in ``a``'s year lies in the next (``11月至3月``)."""
    if relative and len(b) == 10 and len(a) >= 10:
        try:
            d, start = dt.date.fromisoformat(b), dt.date.fromisoformat(a[:10])
        except ValueError:
            return f"{int(b[:4]) + 1:04d}{b[4:]}"
        if (start - d).days < 7:
            return (d + dt.timedelta(days=7)).isoformat()
    return f"{int(b[:4]) + 1:04d}{b[4:]}"


def _year_of_end(a: str, b: str) -> str:
    """The first end ``a`` of a range, told without its year, in the year of the last end ``b`` that tells one
    (``Nov. 18-Dec. 19, 2015``, ``from March 3 to April 5, 2024``), or the year before when it would fall after
    ``b`` (``Nov. 18-Feb. 3, 2016``)."""
    if len(a) < 7 or not a[:4].isdigit() or not b[:4].isdigit():
        return a
    moved = f"{b[:4]}{a[4:]}"
    return moved if moved[:len(b)] <= b[:len(moved)] else f"{int(b[:4]) - 1:04d}{a[4:]}"


_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


def _clock_end(first: str, cm: re.Match[str]) -> str | None:
    """The value of a clock range's second end ``cm`` (:data:`lexicon.ZH_CLOCK_RANGE_END`) told after the clock
    time ``first`` (``2026-03-20T02:00``): its own part of day sets the afternoon (``至下午5點``); without one, an
    hour below 12 after an afternoon first end, or not after the first end, is in the afternoon when that puts it
    after the first end (``下午2點到4點``, ``9點至5點``); an end still not after the first is on the next day
    (``晚10點至凌晨2點``). ``None`` for an hour or minute out of range."""
    day = dt.date.fromisoformat(first[:10])
    h0, m0 = int(first[11:13]), int(first[14:16])
    if cm["ch"]:
        h, mm = int(cm["ch"]), int(cm["cm"])
    else:
        h = cn_int(cm["h"])
        mm = (cn_int(cm["m"]) if cm["m"] else 30 if cm["half"] else 15 * cn_int(cm["q"]) if cm["q"]
              else cn_int(cm["mb"]) if cm["mb"] else 0)
    if h > 24 or mm > 59 or (h == 24 and mm):
        return None
    pd = cm["pd"]
    if pd is not None:
        if h < 12 and (pd in lexicon.ZH_PM or (pd in lexicon.ZH_NOON and h < 6)):
            h += 12
    elif h < 12 and (h0 >= 12 or (h, mm) <= (h0, m0)) and (h + 12, mm) > (h0, m0):
        h += 12
    if (h, mm) <= (h0, m0):
        day += dt.timedelta(days=1)
    return f"{day.isoformat()}T{h:02d}:{mm:02d}"


def _merge_ranges(text: str, folded: str, ms: list[TemporalMention]) -> list[TemporalMention]:
    """``A至B``, ``A—B``, ``A~B``, ``2月14日至16日``: one mention ``A/B``; B takes A's year when it has none.

    ``A至今`` (until now) is reported like ``A以來``: A with ``AFTER``. In Chinese two times of day are one range
    too (``今晚11點至明早6點``, ``13日夜間至14日凌晨``), and so is a clock time with a bare clock after it
    (``3月20日凌晨兩點到四點``: :data:`lexicon.ZH_CLOCK_RANGE_END`, :func:`_clock_end`).
    """
    out: list[TemporalMention] = []
    i = 0
    while i < len(ms):
        a = ms[i]
        if a.lang == "zh" and a.granularity in ("day", "time") and (tt := lexicon.ZH_TIMETABLE.match(folded, a.start)):
            i += 1  # a weekly timetable (週一至週五上午9點…): none of its words is a date
            while i < len(ms) and ms[i].start < tt.end():
                i += 1
            continue
        simple = (a.value is not None and "/" not in a.value and a.mod in (None, "START", "MID", "END")
                  and (a.granularity in _RANGEABLE or (a.granularity == "time" and a.lang == "zh")))
        if (a.granularity == "xun" and a.lang == "zh" and a.value is not None and a.mod is None
                and (until_now := lexicon.UNTIL_NOW.match(folded, a.end)) is not None
                and (i + 1 == len(ms) or ms[i + 1].start >= until_now.end())):
            e = until_now.end()  # 2025年12月下旬至今: the 旬 with AFTER, as 2015年至今
            out.append(TemporalMention(a.start, e, text[a.start:e], a.value, a.granularity, "AFTER", a.relative,
                                       a.lang, a.rule))
            i += 1
            continue
        if (a.granularity == "xun" and a.lang == "zh" and a.value is not None and a.mod is None and i + 1 < len(ms)
                and (b := ms[i + 1]).granularity == "xun" and b.value is not None and b.mod is None
                and lexicon.RANGE_SEP.fullmatch(folded, a.end, b.start)):
            lo, hi = a.value.split("/")[0], b.value.split("/")[-1]
            if hi <= lo and not lexicon.EXPLICIT_YEAR.search(folded, b.start, b.end):
                hi = f"{int(hi[:4]) + 1:04d}{hi[4:]}"  # 11月下旬至1月中旬: into the next year
            v = resolve_range(lo, hi) if lo < hi else None
            if v is not None and valid_value(v):  # 2026年11月下旬至2027年1月中旬: one range of 旬
                out.append(TemporalMention(a.start, b.end, text[a.start:b.end], v, "xun", None,
                                           a.relative or b.relative, a.lang, "zh_range"))
                i += 2
                continue
        if (simple and a.granularity == "time" and a.value is not None and a.mod is None
                and _CLOCK_VALUE.fullmatch(a.value)
                and (cm := lexicon.ZH_CLOCK_RANGE_END.match(folded, a.end)) is not None
                and (i + 1 == len(ms) or ms[i + 1].start >= cm.end())
                and (vb_clock := _clock_end(a.value, cm)) is not None):
            e = cm.end()
            out.append(TemporalMention(a.start, e, text[a.start:e], f"{a.value}/{vb_clock}", "time", None,
                                       a.relative, a.lang, "zh_clock_range"))
            i += 1
            continue
        if simple and a.lang == "zh":
            until_now = lexicon.UNTIL_NOW.match(folded, a.end)
            if until_now is not None and (i + 1 == len(ms) or ms[i + 1].start >= until_now.end()):
                # 2015年至今 reads like 2015年以來: the start, with AFTER (the open end is the article date)
                e = until_now.end()
                out.append(TemporalMention(a.start, e, text[a.start:e], a.value, a.granularity, "AFTER", a.relative,
                                           a.lang, a.rule))
                i += 1
                continue
        if simple and a.value is not None and a.lang == "zh" and a.granularity == "day":
            dm = lexicon.RANGE_DAY.match(folded, a.end)
            if dm is not None and (i + 1 == len(ms) or ms[i + 1].start >= dm.end()):
                try:  # compared as dates: the range's last day after its first
                    first_day = dt.date.fromisoformat(a.value[:10])
                    last_day: dt.date | None = dt.date(first_day.year, first_day.month, cn_int(dm["d"]))
                except (ValueError, OverflowError):
                    last_day = None
                if last_day is not None and last_day > first_day:
                    vb = last_day.isoformat()
                    e = dm.end()
                    out.append(TemporalMention(a.start, e, text[a.start:e], f"{a.value}/{vb}", "day", None,
                                               a.relative, a.lang, "zh_range"))
                    i += 1
                    continue
        if simple and i + 1 < len(ms):
            b = ms[i + 1]
            sep = lexicon.RANGE_SEP.fullmatch(folded, a.end, b.start)
            start = a.start
            if sep is None and a.lang == "zh":
                sep = lexicon.ZH_RANGE_AND.fullmatch(folded, a.end, b.start)
                if sep is not None and lexicon.ZH_RANGE_BETWEEN_AFTER.match(folded, b.end) is None:
                    sep = None
            if sep is None and a.lang == "en":
                sep = lexicon.EN_RANGE_SEP.fullmatch(folded, a.end, b.start)
                pre = lexicon.EN_RANGE_PRE.search(folded, max(0, a.start - 9), a.start)
                if sep is not None and pre is not None and lexicon.en_range_words_agree(sep["w"], pre["w"]):
                    start = pre.start()
                else:
                    sep = None
            if (sep is not None and a.value is not None and b.value is not None and "/" not in b.value
                    and b.mod in (None, "START", "MID", "END")
                    and (b.granularity == "time" if a.granularity == "time" else b.granularity in _RANGEABLE)):
                vb, va = b.value, a.value
                if (b.lang == "zh" and len(va) >= 10 and len(vb) >= 10
                        and lexicon.ZH_BARE_WEEKDAY.match(folded, b.start)):
                    # 上週一至週五, 週六凌晨至週日清晨: a bare weekday ending a range is the first such day after its
                    # start (a time of day may fall on the start's own day)
                    first, told = dt.date.fromisoformat(va[:10]), dt.date.fromisoformat(vb[:10])
                    ahead = (told.weekday() - first.weekday()) % 7 or (0 if a.granularity == "time" else 7)
                    vb = (first + dt.timedelta(days=ahead)).isoformat() + vb[10:]
                b_year = lexicon.EXPLICIT_YEAR.search(folded, b.start, b.end) is not None
                if not b_year and _ends_before(vb, va):
                    vb = _after(vb, va, b.relative)
                elif (b_year and a.relative and a.rule in lexicon.YEARLESS_DATE_RULES
                      and not lexicon.EXPLICIT_YEAR.search(folded, a.start, a.end)
                      and not lexicon.DEICTIC_OPENER.match(folded, a.start, a.end)):
                    va = _year_of_end(va, vb)
                v = resolve_range(va, vb)
                if v is not None and valid_value(v):
                    out.append(TemporalMention(start, b.end, text[start:b.end], v, a.granularity, None,
                                               a.relative or b.relative, a.lang, f"{a.lang}_range"))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out
