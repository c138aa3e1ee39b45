"""Event building and merging: from temporal mentions to :class:`~timeline.model.Event` objects.

Contract
--------
``build_events(sources, mentions, gazetteer=None, keywords=None) -> list[Event]``

1. Per sentence, mentions that only gloss or frame another date are set aside (see
   :mod:`timeline.events.reference`); the others are grouped into units: mentions of the same days (or a
   vague date such as ``今年`` around a precise one) form one unit, mentions of different times different
   units; days listed with a conjunction ("10月10日和12日") form one unit spanning them. Each unit gets a
   role (:mod:`timeline.events.roles`): only ``event`` and ``forecast`` units seed events; the others
   join the event they tell about or are returned as ``kind="statement"`` entries (no canvas event).
2. Each unit gets the actors that take part (gazetteer plus :mod:`timeline.events.names`; not sources,
   comparisons, former employers, enumerations or speaker labels; a pronoun subject borrows the previous
   sentence's), event
   keywords and content terms of its part of the sentence, found on the article text converted to
   Simplified once and scanned once.
3. Within an article: units with compatible dates and similar content (weighted words, shared actors,
   shared keywords) merge unless they conflict (different event keywords for what happened, different
   people or products, different organisations besides the one the article is about); a content-poor
   sentence next to one with exactly the same date continues it; the headline's date joins the lead (the
   first body statement that opens with the same date); vague dates (``今年``, ``這一年``, ``近日``) join
   the compatible event they share most with.
4. Across articles and languages: events merge when their dates are compatible, they share an actor (a
   product counts for its owner), their statements do not lead with different subjects, and they share
   an event keyword or enough words (articles in one language must share some words); see
   :func:`_cross_score`. Events with incompatible dates never merge.
5. A vaguely dated retelling (近日 / recently) of a dated event of another article (same action, a
   shared actor) joins it as a source and takes no date of its own (:func:`_attach_retellings`).

Events are returned in time order with ids ``e1``, ``e2`` ...; the event's time is its most precise
statement. Reference-only dates are in no event.

Cost: only candidate pairs are scored, never all pairs. Within an article, statements whose dates overlap
and that share a word or an event keyword (:class:`_ArticleCandidates`; vague and headline dates through
:class:`_AttachIndex`); across articles, events sharing an actor and a keyword or rare word, overlapping in
time (:func:`_merge_across`). Ordinary articles and corpora get every pair that could merge; when keys get
crowded (thousands of statements in one article, dense corpora) windows and per-event caps
(``ARTICLE_*``, ``CROSS_*``) keep the work linear. :func:`build_events_counted` reports the pairs examined.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import itertools
import math
import re
import struct
from array import array
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any, overload

from timeline.events.gazetteer import Gazetteer, default_gazetteer
from timeline.events.keywords import KeywordTable, default_keywords
from timeline.events.reference import compatible, is_reference, is_vague, narrowed
from timeline.events.roles import (
    EVENT_ROLES,
    answer_title,
    date_role,
    has_action,
    question_at,
    topic_heading,
)
from timeline.events.text import (
    SentenceIndex,
    blank_spans,
    clause_spans,
    content_terms,
    to_simplified,
)
from timeline.events.titles import (
    _KINDS,
    _REPORTING_END,
    _THE_KIND,
    KIND_REF,
    TitleContext,
    _join_across_dates,
    headline_score,
    make_title,
    shorten,
)
from timeline.model import Event, MentionRef, Source, TemporalMention, TimeSpan

# Thresholds of the merge rules (tuned on the development articles with gold mentions; see
# tests/events/test_grouping_gold.py, which also checks them on the recognizer's output).
SAME_ARTICLE = 0.5      # two specific dates in one article
VAGUE_ATTACH = 0.2      # a vague date joining an event of its article
CROSS_ARTICLE = 0.45    # two events from different articles
CROSS_TERMS = 8         # rarest words of an event used to find merge candidates
CROSS_WINDOW = 64       # candidates per event within one block
CROSS_CANDIDATES = 48   # candidate pairs per event in all
CROSS_SCAN = 512        # block entries looked at per event in all
ARTICLE_EXACT = 64      # a word shared by at most this many statements of an article: all their pairs scored
ARTICLE_KEYS = 4        # beyond that, the crowded words per statement used to find candidates ...
ARTICLE_WINDOW = 16     # ... and the statements compared with it in each
SAME_LANGUAGE_MIN_COS = 0.08  # two articles in one language telling one event share some words
W_ACTORS = 0.35         # weight of shared actors in the similarity
W_KEYWORDS = 0.5        # weight of shared event keywords
W_AMOUNT = 0.3          # two tellings give the same amount (35.4亿 = 3.54 billion)
W_SAME_DAY = 0.15       # two tellings in different languages give the same day
GENERIC_CONCEPTS = frozenset({"ai_model", "cloud", "festival", "user_growth", "partnership", "interview", "deal"})
# a deal told in general words ("與雅虎達成戰略交易") is one of these told by another telling in other words
FINANCIAL_CONCEPTS = frozenset({"funding", "acquisition", "divestment", "merger"})
GENERIC_ACTIONS = frozenset({"partnership", "interview"})  # generic, yet what happened when nothing else is told
REPORTING_CONCEPTS = frozenset({"announcement"})
ROLE_CONCEPTS = frozenset({"chairman", "ceo", "cfo", "coo", "president"})  # posts a person is appointed to  # telling of an action, not an action of its own


def _other_subjects(pa: _Profile, pb: _Profile) -> bool:
    """Statements led by different subjects, neither named by the other: "甲公司正式上線朱雀" and
    "乙公司正式上線白鷺" told in one article are two happenings. Also when one side's doer is told by a
    pronoun or left out ("the robot it launched in March": no subject) and names organisations, and the other
    side is led by an organisation it does not name and names none of them ("Rival Jinhe Robotics launched a
    robot on March 11"): another company doing the same thing."""
    if pa.subjects and pb.subjects:
        return not (pa.subjects & pb.actors) and not (pb.subjects & pa.actors)
    for x, y in ((pa, pb), (pb, pa)):
        if x.subjects and not y.subjects and y.orgs and x.subjects & x.orgs \
                and not (x.subjects & y.actors) and not (y.orgs & x.actors):
            return True
    return False


def _other_parties(pa: _Profile, pb: _Profile) -> bool:
    """Both tell only a generic action (a partnership) and each names an organisation the other does not:
    "甲與乙簽署戰略合作協議" and "甲與丙…" are two partnerships, whatever their dates."""
    if (pa.concepts | pb.concepts) - REPORTING_CONCEPTS or not (pa.all_concepts & pb.all_concepts & GENERIC_ACTIONS):
        return False
    return bool(pa.orgs - pb.actors) and bool(pb.orgs - pa.actors)


def _other_action(ca: AbstractSet[str], all_a: AbstractSet[str], cb: AbstractSet[str],
                  all_b: AbstractSet[str]) -> bool:
    """One side's only action is a generic one (a partnership, an interview) that the other side does not
    tell, while the other side tells a specific action: "X signed a partnership with Y" and "X opened a
    factory" that day are different happenings. ``ca``/``cb`` are the non-generic concepts, ``all_a``/
    ``all_b`` every concept of each side."""
    ca, cb = ca - REPORTING_CONCEPTS, cb - REPORTING_CONCEPTS  # "announced a strategic alliance"
    for c1, a1, c2, a2 in ((ca, all_a, cb, all_b), (cb, all_b, ca, all_a)):
        if not c1 and c2 and (a1 & GENERIC_ACTIONS) and not (a1 & GENERIC_ACTIONS & a2):
            return True
    return False


@dataclass(eq=False, slots=True)
class _Unit:
    """Mentions of one time in one sentence part. Its lists are tuples (the many empty ones one shared
    object): a unit lives until its event is made, and a file of one-line stories has one per story."""

    src: int
    source_id: str
    mentions: tuple[TemporalMention, ...]
    spans: tuple[TimeSpan, ...]
    sentence: tuple[int, int]
    segment: tuple[int, int]
    actors: tuple[str, ...]
    concepts: tuple[str, ...]  # event keywords of the clause holding the date and the next one
    terms: Counter
    vague: bool
    headline: bool
    pos: int = 0
    sentence_dates: Sequence[tuple[int, int]] = ()  # a tuple, or a _Pairs for a sentence of many dates
    sent_no: int = 0
    opening: bool = False
    tags: tuple[str, ...] = ()  # event keywords of the whole segment
    lang: str = "zh"
    subject: str | None = None  # the actor a clause of the statement opens with
    role: str = "event"  # what the date is in its statement (timeline.events.roles.date_role)
    context: TitleContext | None = None  # whom a pronoun or an omitted subject of the title stands for
    obj: str | None = None  # what the action is done to: the first organisation or product after its keyword
    places: frozenset[str] = frozenset()  # where it happened (place keys, :func:`_place_key`): not actors
    recent: bool = False  # an undated sentence told as recent ("recently", "lately"; no date mention)
    present_figures: frozenset[str] = frozenset()  # figures told of the present in another clause (no conflict)
    head: str | None = None  # with no actor found: the Chinese words opening its clause before the date
    follows: str | None = None  # "Alipay followed in 2004": what the statement before acted on, as written
    also: bool = False  # dated by a same-day anaphor with "also" ("甲同日還收購了丙"): one more happening that day


def _is_event(c: _Cluster) -> bool:
    """Some statement of the cluster tells a happening (see :mod:`timeline.events.roles`)."""
    return any(u.role in EVENT_ROLES for u in c.units)


def _own(u: _Unit) -> bool:
    """A statement of the event itself (neither a vague date nor the headline's)."""
    return not u.vague and not u.headline


_NO_BAG: Counter = Counter()
"""The bag of a statement that names nothing of a kind (shared; never updated: a cluster makes its own bags
before it takes another's words)."""
_NO_PLACES: frozenset[str] = frozenset()


def _bag(items: Sequence[str]) -> Counter:
    return Counter(items) if items else _NO_BAG


class _Cluster:
    """Units told as one event, with their word, actor and keyword bags. The distinct spans, the sources
    and the :meth:`core` profile are kept up to date as units join, so reading them costs no pass over
    the units (events can hold thousands of them).

    Compact while it is one statement (most clusters, and every one of a file of one-line stories): its
    bags are read from that statement (its word ``Counter`` itself, its actor and keyword lists counted
    when asked), its spans and source too; the cluster makes its own bags, span table and source set only
    when another statement joins (:meth:`absorb`, :meth:`attach`). The answers are the same either way."""

    __slots__ = ("units", "_bags", "_spans", "_sources", "_n_specific", "retold", "_n_own", "_core")

    def __init__(self, units: list[_Unit]) -> None:
        self.units = units
        # (terms, actors, concepts, tags) once made; None: those of units[0]
        self._bags: tuple[Counter, Counter, Counter, Counter] | None = None
        self._spans: dict[TimeSpan, None] | None = None  # None: those of units[0]
        self._sources: set[int] | None = None  # None: units[0]'s
        self._n_specific = 0
        self.retold: tuple[_Unit, ...] | list[_Unit] = ()  # undated sentences of other articles retelling it
        self._n_own = 0
        self._core: _Cluster | None = None

    @classmethod
    def of(cls, u: _Unit) -> _Cluster:
        c = cls([u])
        c._n_specific = int(not u.vague)
        c._n_own = int(_own(u))
        return c

    @property
    def terms(self) -> Counter:
        return self.units[0].terms if self._bags is None else self._bags[0]

    @property
    def actors(self) -> Counter:
        return _bag(self.units[0].actors) if self._bags is None else self._bags[1]

    @property
    def concepts(self) -> Counter:
        return _bag(self.units[0].concepts) if self._bags is None else self._bags[2]

    @property
    def tags(self) -> Counter:
        return _bag(self.units[0].tags) if self._bags is None else self._bags[3]

    def _own_tables(self) -> None:
        """Make the cluster's own bags, span table and source set (from its first statement) before
        another statement joins."""
        if self._bags is None:
            u = self.units[0]
            self._bags = (Counter(u.terms), Counter(u.actors), Counter(u.concepts), Counter(u.tags))
        if self._spans is None:
            self._spans = dict.fromkeys(self.units[0].spans)
        if self._sources is None:
            self._sources = {self.units[0].src}

    def absorb(self, other: _Cluster) -> None:
        if other._n_own or not self._n_own:
            self._core = None  # the statements the core is made of change
        self._own_tables()
        assert self._bags is not None and self._spans is not None and self._sources is not None
        self.units.extend(other.units)
        terms, actors, concepts, tags = self._bags
        terms.update(other.terms)
        actors.update(other.actors)
        concepts.update(other.concepts)
        tags.update(other.tags)
        self._spans.update(dict.fromkeys(other.spans))
        self._sources |= other.sources
        self._n_specific += other._n_specific
        self._n_own += other._n_own

    def attach(self, u: _Unit, timed: bool = True) -> None:
        """Add ``u`` without its words, actors and keywords (a headline date joining the lead); without its
        times too unless ``timed`` (a headline's period that the event reports, no time of the event)."""
        if _own(u) or not self._n_own:
            self._core = None
        self._own_tables()
        assert self._spans is not None and self._sources is not None
        self.units.append(u)
        if timed:
            self._spans.update(dict.fromkeys(u.spans))
        self._sources.add(u.src)
        self._n_specific += int(not u.vague)
        self._n_own += int(_own(u))

    def retell(self, u: _Unit) -> None:
        """Keep ``u``, an undated sentence of another article, as a retelling of the event."""
        if isinstance(self.retold, tuple):
            self.retold = []
        self.retold.append(u)

    @property
    def sources(self) -> set[int]:
        return {self.units[0].src} if self._sources is None else self._sources

    @property
    def spans(self) -> list[TimeSpan]:
        """The distinct times stated for the event."""
        return list(dict.fromkeys(self.units[0].spans) if self._spans is None else self._spans)

    @property
    def specific(self) -> bool:
        return self._n_specific > 0

    def core(self) -> _Cluster:
        """The cluster's profile from its own dated statements (vague and headline dates left out);
        computed once and kept until such a statement joins. A cluster of one statement is its own core
        (made by :meth:`of` from that statement, as the core would be: no copy of its bags, and no reference
        to itself that would make it garbage only the cycle collector frees)."""
        if len(self.units) == 1:
            return self
        if self._core is None:
            units = [u for u in self.units if _own(u)] or self.units
            c = _Cluster.of(units[0])
            for u in units[1:]:
                c.absorb(_Cluster.of(u))
            self._core = c
        return self._core


def _all_compatible(a: Sequence[TimeSpan], b: Sequence[TimeSpan]) -> bool:
    return all(compatible(x, y) for x in a for y in b)


class _Weights:
    """Inverse document frequencies of terms, actors and concepts over all sentences given."""

    def __init__(self) -> None:
        self.df: Counter = Counter()
        self.n = 0
        self._memo: dict = {}
        self._norms: dict[int, tuple] = {}

    def add(self, keys) -> None:
        self.n += 1
        self.df.update(set(keys))
        self._memo.clear()
        self._norms.clear()

    def forget(self) -> None:
        """Drop the remembered lengths (and the bags they hold); answers stay the same."""
        self._norms.clear()

    def idf(self, key) -> float:
        v = self._memo.get(key)
        if v is None:
            v = self._memo[key] = math.log((self.n + 1) / (self.df.get(key, 0) + 1)) + 1.0
        return v

    def norm(self, bag: Counter) -> float:
        """The weighted length of ``bag`` (remembered while ``bag`` keeps its size)."""
        hit = self._norms.get(id(bag))
        if hit is not None and hit[0] is bag and hit[1] == len(bag) and hit[2] == sum(bag.values()):
            return hit[3]
        n = math.sqrt(sum((min(v, 3) * self.idf(k)) ** 2 for k, v in bag.items()))
        self._norms[id(bag)] = (bag, len(bag), sum(bag.values()), n)
        return n


def _cosine(a: Counter, b: Counter, w: _Weights) -> float:
    if not a or not b:
        return 0.0
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    dot = sum(min(v, 3) * min(big[k], 3) * w.idf(k) ** 2 for k, v in small.items() if k in big)
    if dot == 0:
        return 0.0
    return dot / (w.norm(a) * w.norm(b))


def _overlap(a: Counter, b: Counter, w: _Weights, skip=frozenset()) -> float:
    """Weighted share of the smaller set found in the other (0 when either is empty)."""
    ka = {k for k in a if k not in skip}
    kb = {k for k in b if k not in skip}
    if not ka or not kb:
        return 0.0
    shared = ka & kb
    if not shared:
        return 0.0
    small = ka if len(ka) <= len(kb) else kb
    return sum(w.idf(k) for k in shared) / sum(w.idf(k) for k in small)


@dataclass
class _Context:
    gaz: Gazetteer
    kw: KeywordTable
    terms_w: _Weights = field(default_factory=_Weights)
    actors_w: _Weights = field(default_factory=_Weights)
    concepts_w: _Weights = field(default_factory=_Weights)
    compared: Counter = field(default_factory=Counter)  # candidate pairs examined, per merge step
    # per article that has any (a file of one-line stories has thousands that have none): names found
    # without the gazetteer, and places (start, end, key); ``scanned[k]`` is 1 once article k was looked at
    open_names: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)
    # per source: the English organisation names found there without the gazetteer (for titles' fills)
    ascii_orgs: dict[int, frozenset[str]] = field(default_factory=dict)
    places: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)
    scanned: bytearray = field(default_factory=bytearray)
    undated: list | None = field(default_factory=list)  # undated action statements (_attach_retellings)
    # While the statements are built (emptied after): one TimeSpan per distinct (value, granularity, mod) of
    # the corpus, and one tuple per distinct small offset tuple (:func:`_small`)
    spans: dict = field(default_factory=dict)
    offsets: dict = field(default_factory=dict)
    bags: dict = field(default_factory=dict)  # one word bag per distinct small bag (:func:`_shared_terms`)
    translated: dict[str, str] = field(default_factory=dict)  # English object names -> Chinese objects

    def sim(self, a: _Cluster, b: _Cluster) -> float:
        return (_cosine(a.terms, b.terms, self.terms_w)
                + W_ACTORS * _overlap(a.actors, b.actors, self.actors_w)
                + W_KEYWORDS * _overlap(a.tags, b.tags, self.concepts_w, GENERIC_CONCEPTS))


def _conflict(a: _Cluster, b: _Cluster, gaz: Gazetteer, dominant: frozenset[str] = frozenset()) -> bool:
    """Different happenings: both name what happened (event keywords) and the keywords differ, or the
    action is done to different things (:func:`_other_objects`), or both give figures (amounts,
    percentages) and share none; or both
    name people (or products) and none is shared; or, besides the article's ``dominant`` actors (the
    one it is about), both name organisations and none is shared."""
    ca = {c for c in a.concepts if c not in GENERIC_CONCEPTS}
    cb = {c for c in b.concepts if c not in GENERIC_CONCEPTS}
    if ca and cb and not (ca & cb):
        return True
    if _other_action(ca, set(a.concepts), cb, set(b.concepts)):
        return True
    if _cluster_objects_differ(a, b):
        return True  # the same action done to different things
    if _places_differ(_cluster_places(a), _cluster_places(b)):
        return True  # the same action in different places (a factory in Boston / one in Xiamen)
    fa, fb = _firm_figures(a), _firm_figures(b)
    if fa and fb and not (fa & fb):
        return True  # both give distinctive figures and share none (13.5億美元 / 1000萬美元)
    for kind in ("person", "product", "org"):
        pa = {x for x in a.actors if gaz.kind(x) == kind}
        pb = {x for x in b.actors if gaz.kind(x) == kind}
        if kind == "org":
            if not dominant:
                continue
            pa, pb = pa - dominant, pb - dominant
            if (pa & pb) or (set(a.actors) & set(b.actors)) - dominant:
                continue
        if pa and pb and not (pa & pb):
            return True
    return False


def _cluster_places(c: _Cluster) -> set[str]:
    return {p for u in c.units for p in u.places}


def _places_differ(pa: AbstractSet[str], pb: AbstractSet[str]) -> bool:
    """Both tell where it happened and name no place in common."""
    return bool(pa and pb and not (pa & pb))


def _subject_conflict(a: _Cluster, b: _Cluster, gaz: Gazetteer) -> bool:
    """Each side's statements lead with an actor (their subject) that the other side never names:
    "甲公司在香港上市" and "乙公司在香港上市" are different happenings."""
    sa = {u.subject for u in a.units if u.subject}
    sb = {u.subject for u in b.units if u.subject}
    if not sa or not sb:
        return False
    return not (gaz.with_parents(sa) & gaz.with_parents(b.actors)) and \
        not (gaz.with_parents(sb) & gaz.with_parents(a.actors))


def _dominant(units: list[_Unit]) -> frozenset[str]:
    """The actor(s) an article is about: named in at least half of its dated statements."""
    counts: Counter = Counter(a for u in units for a in set(u.actors))
    if not units or not counts:
        return frozenset()
    top = max(counts.values())
    return frozenset(a for a, n in counts.items() if n == top and n * 2 >= len(units))


# --------------------------------------------------------------------------------------------- units
class _Hits:
    """Matches found by one scan of an article, looked up by character range."""

    def __init__(self, hits: list[tuple[int, int, str]]):
        self.hits = hits
        self.starts = [h[0] for h in hits]

    def names(self, a: int, b: int) -> list[str]:
        i = bisect.bisect_left(self.starts, a)
        out: dict[str, None] = {}
        while i < len(self.hits) and self.hits[i][0] < b:
            if self.hits[i][1] <= b:
                out.setdefault(self.hits[i][2], None)
            i += 1
        return list(out)

    def first(self, a: int, b: int, skip: AbstractSet[str] = frozenset()) -> int | None:
        """Where the first match in ``[a, b)`` whose name is not in ``skip`` starts (None: there is none)."""
        i = bisect.bisect_left(self.starts, a)
        while i < len(self.hits) and self.hits[i][0] < b:
            if self.hits[i][2] not in skip:
                return self.hits[i][0]
            i += 1
        return None


_SOURCE_AFTER = re.compile(r"\s*(?:的)?(?:(?:[0-9]{1,2}日|今日|昨日|今天|昨天)?(?:发布|公布)的?)?(?:最新|官方)?\s*(?:《[^》]{0,30}》)?\s*(?:(?:数据|资料|报告|财报|研报|统计|调查|监测|预测)\s*(?:报告)?"
                           r"(?:显示|指出|表明|预测|预计|称|认为)|(?:报告)?(?:显示|表明|预测|预计))"
                           r"|\s+(?:data|figures|report|survey)\s+(?:show|showed|shows)", re.I)
# (a person or company saying something, "某乙指出 / 称 / 认为", is a speaker and takes part; only data, a report
# or a forecast "shows")
# ("according to data from X", "citing figures by X": the data's maker is the source as well)
_SOURCE_BEFORE = re.compile(r"(?:据|根据|援引|来自|according\s+to|citing)(?:\s+(?:the\s+)?(?:data|figures|estimates|"
                            r"research|an?\s+(?:report|survey|study|analysis))\s+(?:from|by|of))?\s*$"
                            # ("Analysts at X said …", "X analysts expect …", "X分析师…": a firm whose analysts comment)
                            r"|(?<![A-Za-z])(?:analysts?|economists?|strategists?)\s+(?:at|from|with)\s+$", re.I)
_SPEAKS_AFTER = re.compile(r"(?:介绍|透露|表示|称|说|披露|回应|宣布)")
# "a former Halcyon Bank trader": a past employer before a post
_FORMER_POST = re.compile(r"(?<![A-Za-z])(?:an?\s+)?former\s+$", re.I)
# (any lower-case word after the name is the post held there: "a former Brisco Labs scientist")
_POST_AFTER = re.compile(r"\s+(?:trader|executive|analyst|employee|banker|manager|engineer|official|director|chief|"
                         r"partner|lawyer|economist|strategist|staffer|worker|adviser|advisor|consultant)s?\b"
                         r"|\s+(?!(?:and|or|but|in|on|at|for|to|of|with|from|by|who|which|that)\b)[a-z]{3,}\b", re.I)
_ANALYSTS_AFTER = re.compile(r"\s+(?:analysts?|economists?|strategists?)\b(?!\s+(?:at|from|with)\b)|\s*的?(?:分析师|"
                             r"研究员|经济学家|首席经济学家)", re.I)
# ("more than rival X", "compared with its peer X": the rival named after the comparison is compared too)
_COMPARED_BEFORE = re.compile(r"(?:对标|逼近|媲美|比肩|比|超过|超越|追平|不如|相比|较|仅为|相当于|落后于|领先于|"
                              r"than|compared\s+with|compared\s+to|rivall?ing|(?<![A-Za-z])(?:[Uu]nlike|[Ll]ike))\s*(?:了|于|於)?\s*"
                              r"(?:(?:its\s+|their\s+)?(?:rival|rivals|competitor|competitors|peer|peers)\s+)?$"
                              # "priced below phones from X", "cheaper than those of X", "undercutting models by X"
                              # "beating bids from X", "outbidding X": rival bidders
                              # (not "X beat Y 2-1": a match's opponent takes part)
                              r"|(?<![A-Za-z])(?:beat(?:ing|s)?|outbid(?:ding|s)?|edg(?:ed|ing)\s+out)\s+(?:rival\s+|competing\s+)?"
                              r"(?:bids?|offers?|proposals?|tenders?)\s+(?:from|by)\s+$|(?<![A-Za-z])outbid(?:ding|s)?\s+$"
                              r"|(?<![A-Za-z])(?:priced\s+|sells?\s+|selling\s+)?(?:below|above|under|undercut(?:ting|s)?)\s+"
                              r"(?:(?:those|the\s+ones|[a-z]+s)\s+)?(?:(?:of|from|by|made\s+by|sold\s+by)\s+)$", re.I)
# (a "rival" before a name describes it, like 竞争对手: "Shares of rival Kestrel fell" are that rival's)
# a former employer told with a role held there: "who previously ran the logistics unit of Meridian Freight"
_FORMER_ROLE = re.compile(r"\b(?:previously|formerly|once|earlier)\s+(?:worked|ran|led|headed|served|managed|was)\b"
                          r"[^,.;:]{0,50}\b(?:at|of|for|with)\s+(?:the\s+)?$", re.I)
# "joined the insurer from rival Westmark": where the person came from is no party to the joining
_FORMER_FROM = re.compile(r"(?<![A-Za-z])(?:joined|moved|came|switched|defected|was\s+hired|was\s+poached|arrived)\b"
                          r"[^,.;:]{0,50}\bfrom\s+(?:(?:the\s+)?(?:rival|rivals|competitor|its\s+rival|fellow)\s+)?"
                          r"(?:[a-z][\w-]*\s+){0,2}$",  # ("from chipmaker Quessel": a descriptor of the employer)
                          re.I)
# (a club sold a player for a fee: "joined Castlebay Rovers from Dunmere Athletic for a club-record fee" -- a party)
_TRANSFER_FEE = re.compile(r"[^.;]{0,30}?\b(?:fee|transfer|loan|swap|for\s+[$€£¥]|for\s+\d)", re.I)
_FORMER_BEFORE = re.compile(r"(?:曾在|曾于|曾任职于|早年在|此前在|离开|离职|前东家|formerly\s+(?:at|of)|left)\s*$", re.I)
# "Ilse Vantongeren, formerly of Marrow Genetics", "Halvergate, formerly part of Dunmore Holdings": where a person
# worked or what a company belonged to before is no party to what is told
_FORMERLY_OF = re.compile(r"(?<![A-Za-z])(?:formerly|previously|once)\s+(?:of|at|with|part\s+of|a\s+(?:unit|division|"
                          r"subsidiary)\s+of|owned\s+by)\s+(?:the\s+)?$", re.I)
_FORMER_AFTER = re.compile(r"\s*(?:工作|任职|就职|实习)")
_LIST_BEFORE = re.compile(r"(?:包括|涵盖|例如|比如|诸如|including|such\s+as)[^，。；,;]*$", re.I)
_LABEL_AFTER = re.compile(r"[ \t]*[:：]")


def _participants(norm: str, hits: _Hits, a: int, b: int) -> list[str]:
    """The actors of ``norm[a:b]`` that take part in what is told: not a source (据… / …数据显示 /
    …报告指出), a comparison (对标 / 逼近 / 比 / than), a former employer (曾在…工作), an enumeration
    (包括 / 涵盖 / including …) or a transcript's speaker label ("蔡崇信：", "JOE TSAI:")."""
    out: dict[str, None] = {}
    i = bisect.bisect_left(hits.starts, a)
    left_end = -1  # the end of the last name left out: a name listed right after it shares its role
    while i < len(hits.hits) and hits.hits[i][0] < b:
        s, e, name = hits.hits[i]
        i += 1
        if e > b:
            continue
        if left_end >= 0 and _LISTED_WITH.fullmatch(norm, left_end, s):
            left_end = e  # "below phones from Ventra and Sollis", "对标甲和乙": compared as the one before
            continue
        left_end = e
        before = norm[max(a, s - 28):s]  # (room for "according to data from ", "more than its rival ")
        after = norm[e:min(len(norm), e + 44)]  # room for a report title: "甲《…》报告显示"
        if _SOURCE_BEFORE.search(before) and _SPEAKS_AFTER.match(after):
            out.setdefault(name, None)  # "据甲公司介绍，…": a company telling of its own doing is a speaker
            left_end = -1
            continue
        if (_SOURCE_AFTER.match(after) or _SOURCE_BEFORE.search(before) or _COMPARED_BEFORE.search(before)
                or _ANALYSTS_AFTER.match(after) or _FORMER_POST.search(before) and _POST_AFTER.match(after)
                or (_FORMER_BEFORE.search(before) and (_FORMER_AFTER.match(after) or "left" in before.lower()))
                or _FORMER_ROLE.search(norm[max(a, s - 70):s]) or _FORMERLY_OF.search(before)
                or (_FORMER_FROM.search(norm[max(a, s - 70):s]) and not _TRANSFER_FEE.match(after))
                or _LIST_BEFORE.search(norm[max(a, s - 30):s])):
            continue
        if (name.startswith("继") or norm.endswith("继", max(a, s - 1), s)) and after.startswith(("之后", "以后", "后")):
            continue  # "继甲之后，乙…": who did it first is compared, no party
        if _LABEL_AFTER.match(after) and (s == 0 or norm[s - 1] in "\n.!?。！？\"”’"):
            continue
        if _WORK_BY.search(norm[max(0, s - 60):s]):
            continue  # "bought a portrait by the painter X": who made the object is no party (looked for also
            # before the part of the sentence: a date in "the 18th-century painter" may have started a part)
        if _RIVAL_OF.match(after) or _RECORD_BY.search(norm[max(a, s - 30):s]) or \
                (" " not in name and _EPONYM_OF.match(after)):
            continue  # "a stake in Lumen's rival Cardiva", "the mark set by X in 2030": whose rival, whose record
        if _TRAILING_SAID.match(norm, e) and re.search(r",\s*(?:the\s+)?$", before):
            continue  # "…, the Pentagon said on Thursday.": who tells it closing the sentence is its source
        if _SAID_BEFORE.search(before):
            continue  # "… cut its rate on Wednesday, said Tomas Greer, …": the speaker after the saying verb tells it
        out.setdefault(name, None)
        left_end = -1
    return list(out)


# (no bare comma: "According to Hollis, Ardent acquired …" opens the doer's clause)
_SAID_BEFORE = re.compile(r"[,，]\s*(?:said|says|added|noted|wrote|told\s+reporters)\s+(?:(?:the|an?)\s+)?$")
# a clause ending on a verb of saying or judging (not 宣布 / 公布: an announcer tells its own doing)
_SAYS_END = re.compile(r"(?:表示|称|说|说道|指出|认为|坦言|强调|提到|透露|预估|预测|估计|预计|分析)[，,：:\s]*$")
_LISTED_WITH = re.compile(r"\s*(?:和|与|與|及|、|,?\s*and|,?\s*or|&)\s*", re.I)


# "The regulator said the company had lost …": a saying verb, then a reported clause opening with a name
_EN_SAID_THAT = re.compile(r"(?<![A-Za-z])(?:said|says|told\s+\w+|added|argued|alleged|claimed|found|ruled|wrote)"
                           r"(?:\s+on\s+[A-Z]\w+)?\s+(?:that\s+)?(?:the\s+)?(?=[A-Za-z])")


def _reported_doers(norm: str, hits: _Hits, a: int, date_at: int, b: int, actors: list[str],
                    kind_sayer: str | None = None) -> list[str]:
    """The actors of an English date told inside a reported clause with a subject of its own ("The regulator said
    the company had lost a fifth of its water in 2034"): the sayer named before the saying verb is no participant
    of what it reports, unless the reported clause names it too. ``actors`` unchanged otherwise (the sayer of its
    own doing, "X said it would …", keeps it). ``kind_sayer``: the organisation an opening "The regulator" /
    "The company" stands for."""
    m = _EN_SAID_THAT.search(norm, a, date_at)
    if m is None or m.end() >= date_at:
        return actors
    i = bisect.bisect_left(hits.starts, m.end())
    if i >= len(hits.hits) or hits.hits[i][0] > m.end() + 1:
        return actors  # the reported clause opens with no name ("said it would", "said regulators had")
    sayers = set(_participants(norm, hits, a, m.start())) | ({kind_sayer} if kind_sayer else set())
    reported = set(_participants(norm, hits, m.end(), b))
    if not sayers or hits.hits[i][2] in sayers:
        return actors
    kept = [n for n in actors if n not in sayers or n in reported]
    return kept or actors


_RIVAL_OF = re.compile(r"['’]s?\s+(?:(?:main|chief|biggest|bigger|smaller|larger|closest|nearest|older)\s+)?"
                       r"(?:rival|rivals|competitor|competitors|peer|peers)\b", re.I)
# a one-word name lending its name to an illness or its care ("its Alzheimer's drug", "Parkinson's patients")
_EPONYM_OF = re.compile(r"['’]s?\s+(?:disease|diseases|drug|drugs|syndrome|treatment|treatments|patients|research|"
                        r"trial|trials|therapy|therapies|vaccine)\b", re.I)
_RECORD_BY = re.compile(r"(?<![A-Za-z])(?:record|mark|best|time|title)\s+(?:previously\s+)?(?:set|held)\s+by\s+$", re.I)
# the maker of a work named right before the name ("a portrait by the 18th-century painter", "a novel by")
_WORK_BY = re.compile(r"(?<![A-Za-z])(?:portrait|painting|sculpture|statue|mural|drawing|sketch|photograph|novel|"
                      r"book|poem|song|album|symphony|opera|manuscript|artwork|masterpiece)s?\s+by\s+(?:the\s+)?"
                      r"(?:[\w-]+\s+){0,3}$", re.I)
# a subordinate clause with a subject and a verb of its own ("…, two days after the club lost the final to Y",
# "…, a week after 91% of members voted …", "… because its rival cut prices"; not "…, when she handed …", which may
# be the date's own clause)
_EN_TRAILING_SUB = re.compile(r",?\s+(?:(?:[\w-]+\s+){1,3}(?:after|before)|after|before|because)"
                              # (a name's words may take a comma: "after Halloway's founder, Eve Marsh, first …")
                              r"\s+(?:[A-Z][\w'’-]*,?\s+|[\w%'’-]+(?:,(?=\s+[A-Z]))?\s+){1,6}?"
                              r"(?:[a-z]{2,}ed|lost|won|beat|sold|bought|took|made|left|went|began|came|fell|rose|"
                              r"cut|hit|quit|ran|met|shut|set|paid|led|broke|struck)\b")
_EN_SUBORDINATE = re.compile(r"\s*(?:when|while|after|before|as|who|which)\s", re.I)
# what may stand between the end of the date before and a clause's own subject: a conjunction, a preposition and
# the clause's own date (blanked to a space by _DATE_GAP)
_EN_OWN_SUBJECT = re.compile(r"[\s,;]*(?:and|but|while|so|then|yet)\s+(?:(?:in|on|at|by|during)\s+)?\s*,?\s*")
_DATE_GAP = re.compile(r"(?<![A-Za-z])(?:(?:January|February|March|April|May|June|July|August|September|October|"
                       r"November|December)\s+\d{1,2},?\s+)?\d{4}(?![\d])")
_TRAILING_SAID = re.compile(r"\s+(?:said|says|reported|reports|announced|added|told\s+\w+)\b[^.;!?,]{0,60}(?:[.!?]|$)")


# a clause opening with a relative pronoun: its subject is the name right before it
# a date, a comma, and a clause of a verb in the past ("…on June 12, named …"; not ", replacing …", ", will …")
_EN_CLAUSE_END = re.compile(r"\s*(,)\s*(?:[a-z]+ed|sold|bought|won|made|took|became|began|cut|set|led|paid|grew|"
                            r"raised|opened|struck|chose|hired|fired|lost)\s")
# "… started the lens maker in 1979 and hired Ana Ruiz … in 1990": the date, then "and" and a verb in the past
_EN_AND_CLAUSE = re.compile(r"(\s*,?\s+and)\s+(?:then\s+|later\s+)?(?:[a-z]+ed|sold|bought|won|made|took|became|began|"
                            r"cut|set|led|paid|grew|raised|opened|struck|chose|hired|fired|lost|left|built|ran|went)\s")
_EN_CONTENT = re.compile(r"[A-Za-z]{3,}")
_LAUNCHED_ROUTE = re.compile(r"(?<![A-Za-z])launch(?:ed|es|ing)?\s+(?:(?:its|their|a|an|the)\s+)?(?:[A-Za-z-]+\s+){0,3}?"
                            r"(?:route|routes|air\s+link|ferry\s+service|bus\s+service|rail\s+service|train\s+service|"
                            r"flights?|(?:bus|rail|metro|subway|tram|ferry|shipping)\s+line)\b", re.I)  # (no "product line")
_ORDERED_TO = re.compile(r"(?<![A-Za-z])ordered\s+(?:[A-Za-z'’.-]+\s+){1,5}?to\s+(?:pay|stop|halt|cease|refund|"
                         r"compensate|return|recall|suspend|close|divest|remove|apologi[sz]e|hand)\b", re.I)
_ORDER_WORD = re.compile(r"(?<![A-Za-z])order(?:ed|s)?\b", re.I)  # (every order word of the clause a command)
_SOLD_TO = re.compile(r"(?<![A-Za-z])sold\s+(?:[A-Za-z'’-]+\s+){0,4}?to\s+(?:the\s+)?|(?:出售|卖|转让|售)(?:给|予)", re.I)
_RELATIVE_OPEN = re.compile(r"\s*(?:who|which|whose)\b", re.I)
# an English clause whose subject is a pronoun standing for the sentence's subject or a relative pronoun
_PRONOUN_SUBJECT = re.compile(r"(?<![A-Za-z])(?:it|its|they|their|who|which|whose)(?![A-Za-z])", re.I)


def _trailing_participants(norm: str, hits: _Hits, own: tuple[int, int], actors: list[str],
                           sent_subject: str) -> list[str]:
    """The participants of a date told in a trailing clause that names nobody and whose subject is a pronoun
    (:data:`_PRONOUN_SUBJECT`; "Quillon agreed to buy Ardent
    Micro, its largest deal since it went public in 2017"; "…, replacing Tom Okafor, who retired in
    January"): the sentence's subject ``sent_subject`` (what "it" / an omitted subject stands for) and, after
    a relative pronoun, the name it follows, not every name of the sentence part. ``actors`` (those of the
    part) stay when the clause names someone itself."""
    if _participants(norm, hits, *own) or not _PRONOUN_SUBJECT.search(norm, *own):
        return actors
    out = [sent_subject]
    if _RELATIVE_OPEN.match(norm, own[0]):
        i = bisect.bisect_left(hits.starts, own[0]) - 1
        if i >= 0 and not norm[hits.hits[i][1]:own[0]].strip(" ,，"):
            out.append(hits.hits[i][2])
    return [a for a in actors if a in out] + [a for a in out if a not in actors]


def _actor_hits(k: int, norm: str, ctx: _Context, a: int = 0, b: int | None = None) -> list[tuple[int, int, str]]:
    """Actors named in ``norm[a:b]`` (article ``k``): the gazetteer's, plus the names found without it
    (:func:`timeline.events.names.open_names`, registered with their kind) where they do not overlap."""
    known = [(x.start, x.end, x.actor) for x in ctx.gaz.find(norm, a, b)]
    if k >= len(ctx.scanned):
        ctx.scanned.extend(bytes(k + 1 - len(ctx.scanned)))
    if not ctx.scanned[k]:
        ctx.scanned[k] = 1
        names, places = _open_hits(norm, known, ctx.gaz)
        if names:
            ctx.open_names[k] = names
        if places:
            ctx.places[k] = places
    found = ctx.open_names.get(k, ())
    b = len(norm) if b is None else b
    extra = [h for h in found if h[0] >= a and h[1] <= b]
    if not extra:
        return known
    return sorted(known + extra)


_INTERNATIONAL = re.compile(r"(.{2,}?)国际(.{2,})")


def _link_international(ctx: _Context) -> None:
    """A Chinese organisation named with and without 国际 before its kind word (雾湾国际航运 / 雾湾航运), both
    found without the gazetteer in the corpus, is one actor, read as the longer name."""
    names = {n for hits in ctx.open_names.values() for _, _, n in hits
             if not n.isascii() and "国际" in n and n not in ctx.gaz.parents}
    if not names:
        return
    found = {n for hits in ctx.open_names.values() for _, _, n in hits if not n.isascii()}
    same: dict[str, str] = {}
    for n in names:
        m = _INTERNATIONAL.fullmatch(n)
        if m and ctx.gaz.kind(n) == "org" and (short := m[1] + m[2]) in found and ctx.gaz.kind(short) == "org" \
                and short not in ctx.gaz.parents:
            same[short] = n
    if same:
        for k, hits in ctx.open_names.items():
            ctx.open_names[k] = [(a, b, same.get(n, n)) for a, b, n in hits]


def _link_spellings(ctx: _Context) -> None:
    """An English name and a Chinese name found without the gazetteer that spell the same (pinyin:
    ``Yaoshi Semiconductor`` / ``曜石半导体``) are one actor: the English spelling is read as the Chinese
    name (as the gazetteer's canonical names are), when it matches exactly one of them."""
    from timeline.events.names import english_key, romanized

    gaz = ctx.gaz
    names = {n for hits in ctx.open_names.values() for _, _, n in hits}
    en = [n for n in names if n.isascii() and n not in gaz.parents]
    zh = [n for n in names if not n.isascii()]
    if not en or not zh:
        return
    by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
    for n in zh:
        key = romanized(n)
        if len(key) >= 4:
            by_key[(gaz.kind(n), key)].append(n)
    same: dict[str, str] = {}
    by_reading: dict[tuple[str, str], list[str]] | None = None
    for n in en:
        kind = gaz.kind(n)
        hit = by_key.get((kind, english_key(n, kind)))
        if not hit and kind == "person" and " " in n:
            # two capitalised words read as a person whose first word spells a Chinese organisation of the
            # corpus ("Jiahe Optics" / 嘉禾光学: the kind of business is a word no list knew): that organisation
            key = english_key(n, "org")
            hit = by_key.get(("org", key)) if len(key) >= 4 else None
        if not hit:
            # a character read another way in the name ("Shengda Logistics" / 晟达物流: 晟 is also chéng)
            if by_reading is None:
                by_reading = defaultdict(list)
                for z in zh:
                    for key in _readings(z):
                        if len(key) >= 4:
                            by_reading[(gaz.kind(z), key)].append(z)
            hit = by_reading.get((kind, english_key(n, kind)))
        if hit and len(hit) == 1:
            same[n] = hit[0]
    if same:
        for k, hits in ctx.open_names.items():
            ctx.open_names[k] = [(a, b, same.get(n, n)) for a, b, n in hits]


# a public body's name ends with one of these (norm: Simplified)
_BODY_NAME = re.compile(r"(?:委员会|总局|局|委|会|部|署|院|政府|厅|办公室|办)$")
# what a body's name may open with that its other forms drop (a national body: 中国证监会 / 证监会)
_BODY_JURISDICTION = re.compile(r"^(?:中华人民共和国|中国|国家)")


def _body_key(name: str) -> str:
    """The form of a public body's name its other forms share: without a national jurisdiction before it
    (中国证监会 -> 证监会) and with 人民政府 read as 政府 (上海市人民政府 -> 上海市政府)."""
    m = _BODY_JURISDICTION.match(name)
    key = name[m.end():] if m and len(name) - m.end() >= 3 else name  # (国家局 keeps its 国家)
    return key[:-4] + "政府" if key.endswith("人民政府") else key


# the end of a body's long name and the character its short forms end with instead (data: 发展和改革委员会 ->
# 发改委 / 发展改革委; 国务院办公厅 -> 国办)
_BODY_SHORT_ENDS = (("委员会", "委"), ("办公厅", "办"), ("办公室", "办"))


def _abbreviates(short: str, long: str) -> bool:
    """``short`` is made of characters of ``long`` in order, opening with its first and ending with its last
    ("证监会" of "证券监督管理委员会", "金融监管总局" of "金融监督管理总局"), and is shorter; or it abbreviates
    ``long`` with its institution word shortened (:data:`_BODY_SHORT_ENDS`: "发改委" of "发展和改革委员会")."""
    if not (2 <= len(short) < len(long)) or short[0] != long[0]:
        return False
    if short[-1] != long[-1]:
        return any(long.endswith(end) and short[-1] == to and _abbreviates(short, long[:-len(end)] + to)
                   for end, to in _BODY_SHORT_ENDS if len(long) - len(end) + len(to) > len(short))
    i = 0
    for ch in long:
        if i < len(short) and ch == short[i]:
            i += 1
    return i == len(short)


def _link_body_forms(ctx: _Context) -> None:
    """The forms of one public body's name found in the corpus are one actor (rules as data, not a list of
    bodies): a national jurisdiction before the name (中国 / 国家: 中国证监会 ≡ 证监会), 人民政府 ≡ 政府
    (上海市人民政府 ≡ 上海市政府), and a short form made of characters of the long form in order with its first
    and last (证监会 of 中国证券监督管理委员会) when it abbreviates exactly one long form of the corpus. Each
    group is read as its longest form."""
    names = {n for hits in ctx.open_names.values() for _, _, n in hits
             if not n.isascii() and ctx.gaz.kind(n) == "org" and _BODY_NAME.search(n) and n not in ctx.gaz.parents}
    if len(names) < 2:
        return
    groups: dict[str, set[str]] = defaultdict(set)
    for n in names:
        groups[_body_key(n)].add(n)
    keys = sorted(groups, key=len, reverse=True)
    into: dict[str, str] = {k: k for k in keys}

    def root(k: str) -> str:
        while into[k] != k:
            k = into[k]
        return k

    for short in keys:  # longest first: the longer forms are linked before a shorter one is read
        # the long forms it abbreviates, counted as one when they are forms of one name already
        # (发改委 of 发展改革委 and of 发展和改革委员会)
        longer = {root(k) for k in keys if _abbreviates(short, k)}
        if len(longer) == 1:
            into[short] = longer.pop()
    merged: dict[str, set[str]] = defaultdict(set)
    for key, members in groups.items():
        merged[root(key)] |= members
    same: dict[str, str] = {}
    for members in merged.values():
        if len(members) > 1:
            canon = max(members, key=lambda n: (len(n), n))
            same.update({n: canon for n in members if n != canon})
    if same:
        for k, hits in ctx.open_names.items():
            ctx.open_names[k] = [(a, b, same.get(n, n)) for a, b, n in hits]


_BODY_WORDS: dict[str, list[str]] | None = None
_BODY_SKIP = frozenset("and of for the".split())
_BODY_JURISDICTION_EN = frozenset("national state central european federal".split())
_BODY_GLUE = "和与及的"


def _body_words() -> dict[str, list[str]]:
    """``resources/body_words.tsv``: English words of public bodies' names -> the Chinese words they translate."""
    global _BODY_WORDS
    if _BODY_WORDS is None:
        from timeline.resources import resource_path

        table: dict[str, list[str]] = {}
        for line in resource_path("body_words.tsv").read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#") and "\t" in line:
                en, zh = line.split("\t", 1)
                table[en.strip().lower()] = sorted((w for w in zh.strip().split("|") if w), key=len, reverse=True)
        _BODY_WORDS = table
    return _BODY_WORDS


def _translates_body(english: str, chinese: str) -> bool:
    """The Chinese name is the English body name's words translated in order (:data:`resources/body_words.tsv`;
    "X of Y" / "X for Y" read as "Y X", a jurisdiction word staying first): "European Commission" / 欧盟委员会,
    "National Development and Reform Commission" / 国家发展和改革委员会. Every English word but and / of / for /
    the has a part, and the parts (with 和 / 与 / 及 / 的 between them) make the whole Chinese name."""
    table = _body_words()
    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", english)]
    for i, w in enumerate(words):
        if w in ("of", "for") and 0 < i < len(words) - 1:
            head, tail = words[:i], words[i + 1:]
            words = ([head[0]] + tail + head[1:]) if head[0] in _BODY_JURISDICTION_EN and len(head) > 1 \
                else tail + head
            break
    words = [w for w in words if w not in _BODY_SKIP]
    start = 0
    if len(words) >= 3 and words[0] not in table and english[:1].isupper():
        start = _place_prefix(words[0], chinese)  # "Linhai environment bureau" / 临海市生态环境局
        if not start:
            return False
        words = words[1:]
    if len(words) < 2 or any(w not in table for w in words):
        return False

    def walk(k: int, pos: int) -> bool:
        if k == len(words):
            return pos == len(chinese)
        for glue in ("", *_BODY_GLUE):
            p = pos + len(glue)
            if glue and not chinese.startswith(glue, pos):
                continue
            for part in table[words[k]]:
                if chinese.startswith(part, p) and walk(k + 1, p + len(part)):
                    return True
        return False

    return walk(0, start)


def _place_prefix(word: str, chinese: str) -> int:
    """The length of the place opening ``chinese`` that the English ``word`` spells in pinyin, with the 省 / 市 /
    县 / 区 after it ("linhai" / 临海市… -> 3); 0 when none does."""
    from timeline.events.pinyin import lazy_pinyin

    for n in (2, 1, 3):
        if "".join(lazy_pinyin(chinese[:n])).lower() == word:
            return n + (chinese[n:n + 1] in ("省", "市", "县", "区"))
    return 0


def _link_body_translations(ctx: _Context) -> None:
    """A public body's English name and its Chinese name found in the corpus are one actor, read as the
    Chinese name, when the Chinese name translates the English one word by word (:func:`_translates_body`)
    and exactly one Chinese name of the corpus does ("The European Commission" / 欧盟委员会, whose short
    forms 欧委会 are linked to it already)."""
    from timeline.events.names import EN_BODY_KINDS

    names = {n for hits in ctx.open_names.values() for _, _, n in hits if ctx.gaz.kind(n) == "org"}
    en = [n for n in names if n.isascii() and " " in n and any(w.lower() in EN_BODY_KINDS for w in n.split())
          and n not in ctx.gaz.parents]  # (a kind word anywhere: "Ministry of Transport")
    zh = [n for n in names if not n.isascii() and _BODY_NAME.search(n)]
    if not en or not zh:
        return
    same: dict[str, str] = {}
    for e in en:
        found = [z for z in zh if _translates_body(e, z)]
        if len(found) == 1:
            same[e] = found[0]
    if same:
        for k, hits in ctx.open_names.items():
            ctx.open_names[k] = [(a, b, same.get(n, n)) for a, b, n in hits]


READINGS_MAX = 16  # spellings of one Chinese name tried when its characters have several readings


def _readings(name: str) -> set[str]:
    """Every pinyin spelling of a Chinese name's key (:func:`names.romanized`) over the readings of its
    characters (晟达物流: chengda, shengda), at most :data:`READINGS_MAX`; the usual one alone beyond that."""
    from timeline.events.names import distinctive_core, romanized
    from timeline.events.pinyin import heteronyms

    core = distinctive_core(name)
    keys = {""}
    for options in heteronyms(core):
        keys = {k + o.lower() for k in keys for o in dict.fromkeys(options)}
        if len(keys) > READINGS_MAX:
            return {romanized(name)}
    return keys


ALIGN_DAYS = 2       # co-tellings on different days that pair a translated English name with a Chinese one
ALIGN_PER_DAY = 32   # statements per language and day looked at when pairing names (keeps the pass linear)


def _one_to_one(best_e: dict[str, list[tuple[int, str]]], best_z: dict[str, list[tuple[int, str]]],
                floor: int = 0) -> dict[str, str]:
    """Pairs ``e -> z`` where each is the other's clear best: its score (the first of each ``(score, other)``
    option) at least ``floor`` and at least twice the next option's. Sorts the option lists in place."""

    def clear_best(options: list[tuple[int, str]]) -> str | None:
        options.sort(reverse=True)
        if options[0][0] < floor or len(options) > 1 and options[0][0] < 2 * options[1][0]:
            return None
        return options[0][1]

    same: dict[str, str] = {}
    for e, opts in best_e.items():
        z = clear_best(opts)
        if z is not None and clear_best(best_z[z]) == e:
            same[e] = z
    return same


# kind words too common to tell a translated name by alone ("X Group" / "Y集团")
_GENERIC_KINDS = frozenset("group groups holdings holding technology technologies tech capital company corporation "
                           "industries industry international".split())


def _kind_translates(english: str, chinese: str) -> int:
    """How far the English organisation name's kind words (after its first word) translate the Chinese name's
    ending (:data:`resources/body_words.tsv`): 0 not at all; 1 when they do but tell little alone (a single
    generic word: "X Group" / "Y集团"); 2 when they are specific ("Greencliff Railway" / 青崖铁路, "Blue Magpie
    Airlines" / 蓝鹊航空) or two or more in order ("Whitesand Port Group" / 白沙港务集团). The Chinese name keeps
    two characters or more before them (its own distinctive part)."""
    table = _body_words()
    words = [w.lower() for w in english.split()[1:]]
    k = len(words)
    while k > 0 and words[k - 1] in table:
        k -= 1
    kinds = words[k:]
    if not kinds:
        return 0

    for n in range(len(kinds), 0, -1):  # the most kind words that translate the ending
        if _ends_with(kinds[len(kinds) - n:], chinese, table):
            specific = n >= 2 or kinds[-1] not in _GENERIC_KINDS
            return 2 if specific else 1
    return 0


def _ends_with(kinds: list[str], chinese: str, table: dict[str, list[str]]) -> bool:
    """The Chinese name ends with ``kinds`` translated in order, two characters or more left before them."""
    def walk(i: int, end: int) -> bool:
        if i == 0:
            return end >= 2
        return any(chinese.endswith(p, 0, end) and walk(i - 1, end - len(p)) for p in table[kinds[i - 1]])

    return walk(len(kinds), len(chinese))


ALIGN_PER_MONTH = 128  # statements of days of one month per language looked at when pairing a month-only telling


def _month_co_tellings(combos: Iterable[tuple[tuple[int, int], _Unit, _Unit]], open_en: set[str], open_zh: set[str],
                       gaz: Gazetteer) -> set[tuple[str, str]]:
    """Pairs (English name, Chinese name) told by an English and a Chinese statement (``combos``: month, English,
    Chinese) of which one is dated only by a month and the other by a day of it ("Fan Ruoxi became chief
    executive in January", the company "Mistsail Shipping" / "嵐帆航運1月8日宣布，范若溪出任公司行政總裁"; or the
    Chinese told by month, the English by day): each names one organisation the other does not, the same
    specific action, the same other participants with a person among them (the person both name is the
    evidence a shared day gives elsewhere), no other figures or place, and the English name's kind words
    specific and translating the Chinese name's ending (:func:`_kind_translates` 2: Shipping / 航运). No pair
    when another Chinese name of that kind told that action with that person that month (which of the two the
    English name is nothing tells)."""
    cands: dict[tuple[str, tuple[int, int], frozenset[str]], set[str]] = defaultdict(set)
    for month, ue, uz in combos:
        e_names = [a for a in ue.actors if a in open_en]
        if len(e_names) != 1:
            continue
        e = e_names[0]
        others_e = set(ue.actors) - {e}
        persons = frozenset(x for x in others_e if gaz.kind(x) == "person")
        specific_e = set(ue.concepts) - REPORTING_CONCEPTS - GENERIC_CONCEPTS
        if not persons or not specific_e:
            continue
        z_names = [a for a in uz.actors if a in open_zh and a not in ue.actors]
        if len(z_names) != 1 or set(uz.actors) - {z_names[0]} != others_e:
            continue
        z = z_names[0]
        if not specific_e & set(uz.concepts) or _kind_translates(e, z) != 2:
            continue
        fig_e = {k for k in ue.terms if k.startswith("amount:") or k.endswith("%")}
        fig_z = {k for k in uz.terms if k.startswith("amount:") or k.endswith("%")}
        if fig_e and fig_z and not (fig_e & fig_z) or _places_differ(set(ue.places), set(uz.places)):
            continue
        cands[(e, month, persons)].add(z)
    return {(e, next(iter(zs))) for (e, _, _), zs in cands.items() if len(zs) == 1}


def _align_translations(per_source: list[list[_Unit]], ctx: _Context) -> None:
    """An English organisation name that translates a Chinese one instead of spelling it (``Bluewhale
    Logistics`` / ``藍鯨物流``: no pinyin in common, so :func:`_link_spellings` cannot pair them) is read as the
    Chinese name when the two languages tell the same happenings with them: an English and a Chinese
    statement of the same exact day, telling the same action (a shared non-generic event keyword; else the
    same generic one), naming the same other participants, with no other figures and no other place, each
    naming one organisation found without the gazetteer that the other does not name. Two such co-tellings
    on different days, or one that also gives the same distinctive amount, or one that names what its specific
    action is done to on both sides (an English name, Chinese words: the English one is then no other
    participant) with the name's kind translated (:func:`_kind_translates`: Railway / 铁路), pair the names; the pairing is
    one to one (a name whose best match is not clearly ahead of the next is left alone), and a Chinese name an
    English statement of the corpus already names by its spelling ("Yunque Robotics" / 云鹊机器人) takes no
    translated name (another company's launch that day, "Jinhe Robotics", is not it). The statements'
    actors, subjects and objects and the article's names are rewritten in place."""
    gaz = ctx.gaz
    open_en = {n for hits in ctx.open_names.values() for _, _, n in hits if n.isascii() and gaz.kind(n) == "org"}
    open_zh = {n for hits in ctx.open_names.values() for _, _, n in hits if not n.isascii() and gaz.kind(n) == "org"}
    if not open_en or not open_zh:
        return
    by_day: dict[tuple[dt.date, str], list[_Unit]] = defaultdict(list)
    # statements of a day, by month and language, and statements told only by a month (month pairings)
    day_month: dict[tuple[int, int, str], list[_Unit]] = defaultdict(list)
    by_month: list[tuple[tuple[int, int], _Unit]] = []
    spelled: set[str] = set()  # Chinese names an English statement names already (by a spelling or a body's words)
    for units in per_source:
        for u in units:
            if u.lang == "en":
                spelled.update(a for a in u.actors if a in open_zh)
            if u.vague or u.headline or u.role not in EVENT_ROLES:
                continue
            days = {sp.start for sp in u.spans if sp.granularity == "day" and sp.start == sp.end}
            if len(days) == 1 and len(by_day[(next(iter(days)), u.lang)]) < ALIGN_PER_DAY:
                day = next(iter(days))
                by_day[(day, u.lang)].append(u)
                if len(day_month[(day.year, day.month, u.lang)]) < ALIGN_PER_MONTH:
                    day_month[(day.year, day.month, u.lang)].append(u)
            elif not days and len(u.spans) == 1 and u.spans[0].granularity == "month":
                by_month.append(((u.spans[0].start.year, u.spans[0].start.month), u))
    days_of: dict[tuple[str, str], set[dt.date]] = defaultdict(set)
    strong: set[tuple[str, str]] = set()
    named: set[tuple[str, str, dt.date]] = set()
    kind_cands: dict[tuple[str, dt.date], set[str]] = defaultdict(set)
    for (day, lang), en_units in by_day.items():
        if lang != "en" or (day, "zh") not in by_day:
            continue
        for ue in en_units:
            e_names = [a for a in ue.actors if a in open_en]
            if len(e_names) > 1 and ue.subject in e_names:
                e_names = [ue.subject]  # the doer ("Oasis New Energy … listed on Shanghai's STAR Market")
            if len(e_names) != 1:
                continue
            act_e = set(ue.concepts) - REPORTING_CONCEPTS
            fig_e = {k for k in ue.terms if k.startswith("amount:") or k.endswith("%")}
            for uz in by_day[(day, "zh")]:
                if not uz.actors and uz.head and (act_e - GENERIC_CONCEPTS) & (set(uz.concepts) - GENERIC_CONCEPTS):
                    # a company no finder saw, told by its opening words, did that that day: the English name
                    # may be its name as well as any found one's
                    kind_cands[(e_names[0], day)].add("words:" + uz.head)
                    continue
                z_names = [a for a in uz.actors if a in open_zh and a not in ue.actors]
                if len(z_names) != 1 or z_names[0] in spelled:
                    continue  # (a name the English tells by its spelling has no translated name besides)
                e, z = e_names[0], z_names[0]
                kind = _kind_translates(e, z)
                if (act_e - GENERIC_CONCEPTS) & (set(uz.concepts) - GENERIC_CONCEPTS) and kind:
                    kind_cands[(e, day)].add(z)  # every Chinese name it could translate that day, whatever else
                others_e, others_z = set(ue.actors) - {e}, set(uz.actors) - {z}
                fig_same = {k for k in ue.terms if k.startswith("amount:")} & \
                    {k for k in uz.terms if k.startswith("amount:")}
                # what the action is done to, named on both sides: an English name, Chinese words ("opened its
                # Heron line" / "开通苍鹭线"); the English one is then no other participant
                objects = bool(ue.obj and ue.obj.isascii() and not ue.obj.startswith(("text:", "place:"))
                               and uz.obj and not uz.obj.isascii() and not uz.obj.startswith("place:"))
                if objects and ue.obj in others_e and others_e - {ue.obj} == others_z:
                    others_e = others_z
                if others_e != others_z and not (fig_same and not (others_e and others_z)):
                    continue  # other participants (one side may name one the other does not find, "listed on
                    # Shanghai's STAR Market", when both give the same distinctive amount)
                act_z = set(uz.concepts) - REPORTING_CONCEPTS
                specific_e, specific_z = act_e - GENERIC_CONCEPTS, act_z - GENERIC_CONCEPTS
                if not (specific_e & specific_z or not (specific_e or specific_z) and act_e & act_z):
                    continue  # not the same action
                fig_z = {k for k in uz.terms if k.startswith("amount:") or k.endswith("%")}
                if fig_e and fig_z and not (fig_e & fig_z) or _places_differ(set(ue.places), set(uz.places)):
                    continue  # other figures, another place
                days_of[(e, z)].add(day)
                if fig_e & fig_z:
                    strong.add((e, z))
                elif specific_e & specific_z and (kind == 2 or kind and objects):
                    # the name's kind translated: specific words (Railway / 铁路, Port Group / 港务集团), or a
                    # generic one with the object named on both sides
                    named.add((e, z, day))
    # ... when no other Chinese name of that kind told that action that day (two railways opening lines), nor a
    # company no finder saw (its opening words)
    named_pairs = {(e, z) for e, z, day in named if kind_cands[(e, day)] == {z}}
    score = {pair: len(d) + 2 * (pair in strong) + (pair in named_pairs) for pair, d in days_of.items()}
    combos = ((month, u, other) if u.lang == "en" else (month, other, u)
              for month, u in by_month
              for other in day_month.get((*month, "zh" if u.lang == "en" else "en"), ()))
    for pair in _month_co_tellings(combos, open_en, open_zh - spelled, gaz):
        score[pair] = score.get(pair, 0) + ALIGN_DAYS
    best_e: dict[str, list[tuple[int, str]]] = defaultdict(list)
    best_z: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for (e, z), v in score.items():
        best_e[e].append((v, z))
        best_z[z].append((v, e))

    same = _one_to_one(best_e, best_z, ALIGN_DAYS)
    if not same:
        return
    _rename(per_source, ctx, same)


def _rename(per_source: list[list[_Unit]], ctx: _Context, same: dict[str, str]) -> None:
    """Read each name that is a key of ``same`` as its value everywhere the build holds names: every
    statement's actors, subject and object, the open names found per source, and the undated statements."""
    for units in per_source:
        for u in units:
            if any(a in same for a in u.actors):
                u.actors = tuple(dict.fromkeys(same.get(a, a) for a in u.actors))
            if u.subject in same:
                u.subject = same[u.subject]
            if u.obj in same:
                u.obj = same[u.obj]
    for k, hits in ctx.open_names.items():
        ctx.open_names[k] = [(a, b, same.get(n, n)) for a, b, n in hits]
    for u in ctx.undated or ():
        u.actors = tuple(dict.fromkeys(same.get(a, a) for a in u.actors))
        u.subject = same.get(u.subject, u.subject) if u.subject else None
        u.obj = same.get(u.obj, u.obj) if u.obj else None


HEAD_SPELL_MAX = 4  # characters of a statement's opening words tried as the spelled part of a company's name


def _link_head_spellings(per_source: list[list[_Unit]], ctx: _Context) -> None:
    """An English organisation name that spells the opening characters of Chinese words no finder saw as a
    name (a statement's :func:`_head_words`: "Wuchuan Motors" / "雾川电动…", 电动 a business word no list
    holds) is read as those words: the English statements' actors, subjects and objects become the Chinese
    words, which are then an organisation of the corpus (so the English telling meets the Chinese ones by
    them, and takes no translated name of another company that did the same that day). Only an English name
    of two or more words (a kind word after the spelled one), a spelled part of 4 letters or more, Chinese
    words with 2 characters or more after the spelled part, and one Chinese name per spelling."""
    from timeline.events.names import english_key
    from timeline.events.pinyin import lazy_pinyin

    gaz = ctx.gaz
    en = {n for hits in ctx.open_names.values() for _, _, n in hits
          if n.isascii() and gaz.kind(n) == "org" and n not in gaz.parents and " " in n.strip()}
    if not en:
        return
    heads = {u.head for units in per_source for u in units if u.head and u.lang == "zh" and not u.actors}
    if not heads:
        return
    by_key: dict[str, set[str]] = defaultdict(set)
    for h in heads:
        for i in range(2, min(HEAD_SPELL_MAX, len(h) - 2) + 1):
            key = "".join(lazy_pinyin(h[:i])).lower()
            if len(key) >= 4:
                by_key[key].add(h)
    same: dict[str, str] = {}
    for n in en:
        hit = by_key.get(english_key(n, "org"))
        if hit and len(hit) == 1:
            same[n] = next(iter(hit))
    if not same:
        return
    for z in same.values():
        gaz.kinds.setdefault(z, "org")
    _rename(per_source, ctx, same)


_SHORT_OPEN = re.compile(r"[\s\u3000“「『\"]*([\u4e00-\u9fff]{2})\s*")


def _link_short_forms(per_source: list[list[_Unit]], norms: Sequence[str], ctx: _Context) -> None:
    """A Chinese statement with no actor found that opens with two characters before its date ("霜岭10月28日公布
    三季报"), the distinctive part of exactly one organisation the corpus names in full ("霜嶺電池股份有限公司" in
    another article: :func:`timeline.events.names.distinctive_core`) and no common word (jieba's dictionary), is
    told by that organisation: it becomes the statement's actor and subject. (A short form the article itself
    sets or heads is the name finders' matter; this one is named in full only elsewhere.)"""
    from timeline.events.names import RARE_WORD, distinctive_core
    from timeline.events.segment import word_freq

    cands = [u for units in per_source for u in units
             if not u.actors and not u.head and u.lang == "zh" and u.role in EVENT_ROLES and not u.headline]
    if not cands:
        return
    gaz = ctx.gaz
    cores: dict[str, set[str]] = defaultdict(set)
    for n in {n for hits in ctx.open_names.values() for _, _, n in hits}:
        if not n.isascii() and gaz.kind(n) == "org" and len(n) > 2:
            core = distinctive_core(n)
            if len(core) == 2:
                cores[core].add(n)
    if not cores:
        return
    for u in cands:
        m = _SHORT_OPEN.fullmatch(norms[u.src], u.segment[0], min(x.start for x in u.mentions)) if u.mentions else None
        if not m or m.group(1) not in cores or len(cores[m.group(1)]) != 1 or word_freq(m.group(1)) > RARE_WORD \
                or m.group(1) in _GENERIC_HEADS:
            continue
        org = next(iter(cores[m.group(1)]))
        u.actors = (org,)
        u.subject = org


def _english_object(u: _Unit) -> str | None:
    """The English name an English statement's action is done to: its object when that is a name, else its
    only English participant besides the subject ("Chengyu AI launched Nova Assistant")."""
    if u.obj and not u.obj.startswith(("text:", "place:")):
        return u.obj if u.obj.isascii() else None
    others = [a for a in u.actors if a != u.subject and a.isascii()]
    return others[0] if len(others) == 1 and len(u.actors) == 2 else None


def _told_in(words: str, terms: Counter) -> bool:
    """Chinese ``words`` (two characters or more) are told in a statement whose word bag is ``terms``: every
    pair of characters of them is one of its terms."""
    return len(words) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in words) and all(
        words[i:i + 2] in terms for i in range(len(words) - 1))


def _bare(obj: str) -> str:
    """An object's words without the ``text:`` mark."""
    return obj[5:] if obj.startswith("text:") else obj


def _align_products(per_source: list[list[_Unit]], ctx: _Context) -> None:
    """An English name of what an action is done to that translates a Chinese one (``Nova Assistant`` /
    ``諾瓦助手``, ``Startrack`` / ``星軌``: a product's name is translated, not spelled, and the Chinese one is
    often no name any finder sees) is read as the Chinese words: an English and a Chinese statement of the
    same exact day, with the same subject and the same specific action, the English one naming one such name
    and the Chinese one telling its object in words, pair the two; a pairing is kept when it is one to one
    (each side's most frequent partner, clearly ahead of the next). Every statement whose object is that
    English name then has the Chinese words as its object,
    so that "Yinshan Bank unveiled Startrack in October 2020" is told apart from "銀杉銀行推出朱雀" that month."""
    by_day: dict[tuple[dt.date, str], list[_Unit]] = defaultdict(list)
    for units in per_source:
        for u in units:
            if u.vague or u.headline or u.role not in EVENT_ROLES or not u.subject:
                continue
            days = {sp.start for sp in u.spans if sp.granularity == "day" and sp.start == sp.end}
            if len(days) == 1 and len(by_day[(next(iter(days)), u.lang)]) < ALIGN_PER_DAY:
                by_day[(next(iter(days)), u.lang)].append(u)
    counts: Counter = Counter()
    for (day, lang), en_units in by_day.items():
        if lang != "en" or (day, "zh") not in by_day:
            continue
        for ue in en_units:
            e = _english_object(ue)
            act_e = set(ue.concepts) - GENERIC_CONCEPTS - REPORTING_CONCEPTS
            if not e or not act_e:
                continue
            for uz in by_day[(day, "zh")]:
                if uz.subject != ue.subject or not (act_e & set(uz.concepts)) or e in uz.actors:
                    continue
                if uz.obj and not uz.obj.isascii() and not uz.obj.startswith("place:"):
                    counts[(e, uz.obj)] += 1  # Chinese words ("text:…") or a Chinese name found as one
    if not counts:
        return
    # words that hold shorter words told for the same English name are those words ("产品白鹭" / "白鹭",
    # "诺瓦助手英文版" / "诺瓦助手"): the name is the shortest
    words_of: dict[str, set[str]] = defaultdict(set)
    for e, z in counts:
        words_of[e].add(z)
    merged: Counter = Counter()
    for (e, z), v in counts.items():
        merged[(e, min((w for w in words_of[e] if _bare(w) in _bare(z)), key=lambda w: len(_bare(w))))] += v
    best_e: dict[str, list[tuple[int, str]]] = defaultdict(list)
    best_z: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for (e, z), v in merged.items():
        best_e[e].append((v, z))
        best_z[z].append((v, e))

    same = _one_to_one(best_e, best_z)
    if not same:
        return
    ctx.translated.update(same)
    for group in (*per_source, ctx.undated or []):
        for u in group:
            if u.obj in same:  # (an only other participant may be a part: "an English version of Nova")
                u.obj = same[u.obj]


def _open_hits(norm: str, known: list[tuple[int, int, str]], gaz: Gazetteer
               ) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """Names of article ``norm`` found without the gazetteer (where it names nothing): the participants
    ``(start, end, canonical name)`` and, apart, the places ``(start, end, place key)`` (English names told
    as where something happens, Chinese place words after 在 / 于 / 落户 / 位于)."""
    from timeline.events.names import open_names

    starts = [h[0] for h in known]
    out = []
    places = []
    for a, b, name, kind in open_names(norm):
        i = bisect.bisect_left(starts, b) - 1
        if i >= 0 and known[i][1] > a:
            continue  # the gazetteer names it
        if kind == "place":
            places.append((a, b, _place_key(name)))
            continue
        listed = gaz.actors(name)
        if listed and not name.isascii():
            continue  # a gazetteer name in another script or with a suffix ("刘振飞", "阿里巴巴集团")
        canon = (listed or [name])[0]
        if canon not in gaz.kinds:
            gaz.kinds[canon] = kind
        out.append((a, b, canon))
    for m in _ZH_LOCATIVE.finditer(norm):
        a = m.end()
        i = bisect.bisect_left(starts, a + 8) - 1
        if i >= 0 and known[i][1] > a and known[i][0] <= a:
            continue  # the gazetteer names what follows (在香港交易所)
        from timeline.events.segment import pos_cut

        cut = pos_cut(norm[a:a + 8])
        if cut and cut[0][1] == "ns" and len(cut[0][0]) >= 2:
            places.append((a, a + len(cut[0][0]), _place_key(cut[0][0])))
    places.sort()
    return out, places


_ZH_LOCATIVE = re.compile(r"(?:在|于|落户|位于|落地)(?=[\u4e00-\u9fff]{2})")


def _place_key(name: str) -> str:
    """A key a place shares in every script and language: its letters in lower case, pinyin for a Chinese
    name (``Xi'an`` / ``西安`` -> ``xian``, ``Xiamen`` / ``厦门`` -> ``xiamen``)."""
    if not name.isascii():
        from timeline.events.pinyin import lazy_pinyin

        name = "".join(lazy_pinyin(name))
    return "".join(ch for ch in name.lower() if ch.isalnum())


_NO_CONTEXT = TitleContext()


def _places(keys: list[str]) -> frozenset[str]:
    """A statement's place keys (one shared empty set for the many that name no place)."""
    return frozenset(keys) if keys else _NO_PLACES


_MOMENT_ANAPHOR = re.compile(r"(?:当|當|同)(?:天|日)?(?:晚|晚上|晚间|晚間|夜|夜间|夜間|早|早上|上午|中午|下午|傍晚|凌晨)|"
                             r"(?:(?:later|early|earlier|late)\s+)?(?:that|the\s+same)\s+"
                             r"(?:morning|afternoon|evening|night)", re.I)
"""A moment of the day told before, pointed back at (當晚, 当天下午, that evening): like 同日, another thing told of
that day."""
_SAME_DAY = re.compile(r"同日|同一天|同一日|同天|当天|当日|當天|當日|(?:on\s+)?(?:the\s+same|that)\s+day", re.I)
# a date told by pointing back at the day, month or year told before ("later that year", "the same month", 同年,
# 同月): another thing told of that time
_PERIOD_ANAPHOR = re.compile(r"同日|同一天|同一日|同天|当天|当日|同年|同一年|同月|同一月|当月|"
                             r"(?:(?:on|in|during)\s+)?(?:(?:later|earlier|early|late)\s+(?:in\s+)?)?"
                             r"(?:the\s+same|that(?:\s+same)?)\s+(?:day|month|year)", re.I)
_CLAUSE_BREAK = re.compile(r"[;；]")
_CIRCUMSTANCE = re.compile(r"\s*(?:随[着著]|伴随[着著])")  # a clause opening with it tells circumstances, not the action
_CLAUSE_BREAK_SOFT = re.compile(r"[;；,，]")


def _is_figure(key: str) -> bool:
    """A term that is a distinctive figure: an amount with a large unit or a percentage."""
    return key.startswith("amount:") or key.endswith("%")


_PRESENT = re.compile(r"目前|现在|如今|至今|迄今|(?<![A-Za-z])(?:now|currently|so\s+far|to\s+date)(?![A-Za-z])", re.I)


def _present_figures(norm: str, clauses: list[tuple[int, int]], ci: int, terms: Counter,
                     dates: list[tuple[int, int]]) -> frozenset[str]:
    """Figures of the statement told only in a clause about the present, not the clause holding the date
    ("…于2022年底推出诺瓦助手，目前月活跃用户已超过800万"; "…, and the chatbot now has 8 million users"):
    a state measured now, no figure of the dated happening, so it sets two tellings apart from nothing."""
    if not any(_is_figure(k) for k in terms):
        return _NO_PLACES
    now: set[str] = set()
    other: set[str] = set()
    for i, (a, b) in enumerate(clauses):
        figs = {k for k in _terms(norm, a, b, dates) if _is_figure(k)}
        (now if i != ci and _PRESENT.search(norm, a, b) else other).update(figs)
    return frozenset(now - other) if now - other else _NO_PLACES


def _firm_figures(c: _Cluster) -> set[str]:
    """The figures of an event's statements that can tell two happenings apart (those told of the
    present in another clause left out: :func:`_present_figures`)."""
    figs = {k for k in c.terms if _is_figure(k)}
    if figs and any(u.present_figures for u in c.units):
        figs = {k for u in c.units for k in u.terms if _is_figure(k) and k not in u.present_figures}
    return figs


def _terms(norm: str, a: int, b: int, dates: list[tuple[int, int]]) -> Counter:
    # the spans inside [a, b) as they are, shifted by blank_spans: no new pair and integers for each
    return content_terms(blank_spans(norm[a:b], [d for d in dates if d[1] > a and d[0] < b], a))


_PRONOUN = re.compile(r"他们|她们|他|她|该公司|这家公司|其(?![间中实他余次后])|(?<![A-Za-z])(?:he|she|they|the company)(?![A-Za-z])", re.I)


# a sentence opening with a possessive or a definite description of the organisation told before
# "X followed in 2004", "X followed suit", "X followed a year later": an action told again by the verb "followed"
# with no object of its own ("followed by", "followed the rules" are not)
_FOLLOWED = re.compile(r"(?<![A-Za-z])followed(?:\s+suit\b|\s+(?:in|on|at|later|soon|shortly|within|that|the\s+"
                       r"(?:next|following|same)\b)|\s*[,.;]|\s*$|\s+(?:a|an|one|two|three|four|five|six|"
                       r"several|some)\s+(?:years?|months?|weeks?|days?)\s+later)")
_OWN_REF = re.compile(r"\s*[\"“「]?(?:Its\s|It\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|won|sold|made|bought|"
                      r"raised|took|became|began|opened|agreed|set|led|paid|grew|cut)\s|(?:该公司|該公司|这家公司|這家公司|该行|該行|该集团|該集團|公司|集团|集團)(?=[\u4e00-\u9fff\d]))")


# a person taking a company's top post (norm: Simplified), told with no organisation: whose post it is, told before
_ROLE_TAKEN = re.compile(r"(?:出任|接任|担任|升任|就任|接掌)(?:为)?(?:集团|公司)?(?:董事长|董事会主席|总经理|总裁|行政总裁|执行长|"
                         r"首席执行官)")
# "the company's …" / "the carmaker's …" inside a sentence: the organisation told before owns it
_KIND_OWNER = re.compile(r"(?<![A-Za-z])the\s+" + _KINDS + r"['’]s\s")


# before the subject: dates, prepositions, and a word telling it is another company of the trade ("Rival
# Jinhe Robotics launched …", "另一家软件公司蓝湖数据同日也被…收购": the name is still the clause's doer)
_LEAD_IN = re.compile(r"^[\s\"“「(（]*(?:(?:in|on|at|by|since|and|then|so)\s+)*(?:(?:rival|fellow|competing|another)\s+"
                      r"(?:[a-z][a-z-]+\s+)?|(?:另一家|另外一家|另一|另外|同行|竞争对手)[\u4e00-\u9fff]{0,8}?)?[\s,，]*$", re.I)


_ROLE_BETWEEN = re.compile(r"\s*[\u4e00-\u9fff]{0,6}?(?:董事会|董事长|主席|总裁|首席[\u4e00-\u9fff]{1,4}官|创始人|联合创始人|"
                           r"总经理|负责人|董事|CEO|CFO|CTO|COO)\s*$")


def _subject(blanked: str, clauses: list[tuple[int, int]], hits: _Hits, gaz: Gazetteer | None = None) -> str | None:
    """The actor that opens a clause (dates and lead-in words aside): ``甲公司`` in "2024年3月5日，甲公司上市";
    with ``gaz``, the person after an organisation and a role ("甲公司董事會主席某乙表示": 某乙)."""
    for a, b in clauses:
        i = bisect.bisect_left(hits.starts, a)
        if i < len(hits.hits) and hits.hits[i][0] < b and _LEAD_IN.match(blanked[a:hits.hits[i][0]]):
            if gaz is not None and i + 1 < len(hits.hits) and hits.hits[i + 1][0] < b \
                    and gaz.kind(hits.hits[i][2]) == "org" and gaz.kind(hits.hits[i + 1][2]) == "person" \
                    and _ROLE_BETWEEN.fullmatch(blanked[hits.hits[i][1]:hits.hits[i + 1][0]]):
                return hits.hits[i + 1][2]
            return hits.hits[i][2]
    return None


def _lang(text: str, a: int, b: int) -> str:
    part = text[a:b]
    cjk = sum(1 for ch in part if "\u3400" <= ch <= "\u9fff")
    words = len(re.findall(r"[A-Za-z]{2,}", part))
    return "zh" if cjk >= words else "en"


def _headline_end(src: Source) -> int:
    first = src.text.split("\n", 1)[0]
    if src.title and first.strip() == src.title.strip():
        return len(first)
    return 0


SMALL_OFFSET = 256
"""Offset tuples ending before this are shared across the statements of a corpus (:func:`_small`)."""


def _small(ctx: _Context, t: tuple) -> tuple:
    """``t`` (a ``(start, end)`` pair or a tuple of them), as one shared object per distinct value when it
    ends before :data:`SMALL_OFFSET`: the statements of a file of short stories (a scraper's one-line records)
    repeat the same few sentence and date offsets, one tuple each per story otherwise. The table is bounded
    (offsets below the limit) and emptied once the statements are built."""
    if not t:
        return ()
    last = t[-1]
    end = last[1] if isinstance(last, tuple) else last
    if end >= SMALL_OFFSET or len(t) > 4:
        return t
    return ctx.offsets.setdefault(t, t)


SHARED_BAG_TERMS = 8
"""A statement's word bag of at most this many terms is one object shared with every equal bag (:func:`_shared_terms`)."""
SHARED_BAGS_LIMIT = 4096
"""Most distinct bags :func:`_shared_terms` keeps while the statements are built (then it only looks them up)."""


def _shared_terms(ctx: _Context, bag: Counter) -> Counter:
    """``bag``, or the equal bag of an earlier statement of the build when it holds at most
    :data:`SHARED_BAG_TERMS` terms. A chronology's or a collection's statements repeat the same few words
    (``公司發布公告`` after each date: a ``Counter`` of ~400 bytes for each 40-byte clause, about 8 bytes per input
    byte, held until the events are made). A statement's bag is never changed once it is made (a cluster copies
    it before it takes another's words, :meth:`_Cluster._own_tables`), and every reader reads only its content, so
    which object holds an equal bag changes no answer. The table is bounded and emptied once the statements are
    built."""
    if len(bag) > SHARED_BAG_TERMS:
        return bag
    key = frozenset(bag.items())
    got = ctx.bags.get(key)
    if got is not None:
        return got
    if len(ctx.bags) < SHARED_BAGS_LIMIT:
        ctx.bags[key] = bag
    return bag


class _Pairs(Sequence[tuple[int, int]]):
    """A long sequence of ``(start, end)`` pairs held as one flat array of machine integers (16 bytes a pair,
    not a 56-byte tuple and its pointer): the dates of a sentence naming many (a text of dates, ``2014年``
    over and over, holds a pair every few characters until its events are made). Reads as the tuple of
    pairs it was made from: indexing gives a pair, slicing a list of pairs, iterating the pairs in order."""

    __slots__ = ("_flat",)

    def __init__(self, pairs: Sequence[tuple[int, int]]) -> None:
        self._flat = array("q", itertools.chain.from_iterable(pairs))

    def __len__(self) -> int:
        return len(self._flat) // 2

    @overload
    def __getitem__(self, i: int) -> tuple[int, int]: ...

    @overload
    def __getitem__(self, i: slice) -> list[tuple[int, int]]: ...

    def __getitem__(self, i: int | slice) -> tuple[int, int] | list[tuple[int, int]]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("pair index out of range")
        return (self._flat[2 * i], self._flat[2 * i + 1])

    def __iter__(self) -> Iterator[tuple[int, int]]:
        it = iter(self._flat)
        return zip(it, it, strict=False)  # (the two are one iterator over the flat pairs)


PAIRS_FROM = 16
"""A sentence's dates are a :class:`_Pairs` from this many on (below it, a tuple: most sentences)."""


def _sentence_dates(ctx: _Context, pairs: list[tuple[int, int]]) -> Sequence[tuple[int, int]]:
    """Every date of a sentence, shared by its statements: a tuple (one shared object per distinct small value,
    :func:`_small`), or a :class:`_Pairs` when there are :data:`PAIRS_FROM` or more."""
    return _Pairs(pairs) if len(pairs) >= PAIRS_FROM else _small(ctx, tuple(pairs))


def _in_text_order(found: Sequence[TemporalMention]) -> bool:
    """The mentions are in strictly increasing (start, end) order: sorted, and no two at the same place."""
    return all(a.start < b.start or (a.start == b.start and a.end < b.end)
               for a, b in itertools.pairwise(found))


_SIGNATURE_LINE = re.compile(r"[ \t　]*[\u4e00-\u9fff]{0,6}[ \t　]*[，,、]?[ \t　]*")
"""A line that, its dates blanked, holds at most a short place name before them ("香港，2028年10月20日" signing a
notice; not "2015年 上市", a chronology's item after its date)."""


def _line_of(text: str, sent: tuple[int, int], reach: int = 40) -> tuple[int, int]:
    """The line holding the sentence ``sent`` (from the newline before it to the one after it), looked for only
    ``reach`` characters around it (a longer line is no signature line: ``(0, 0)``, and a text of one long line
    costs no scan back to its start per sentence)."""
    lo = max(0, sent[0] - reach)
    a = text.rfind("\n", lo, sent[0]) + 1
    if a == 0 and lo > 0:
        return 0, 0
    b = text.find("\n", sent[1], sent[1] + reach)
    if b < 0 and sent[1] + reach < len(text):
        return 0, 0
    return a, len(text) if b < 0 else b


def _units_for_source(k: int, src: Source, norm: str, found: list[TemporalMention], ctx: _Context
                      ) -> list[_Unit]:
    text = src.text
    sidx = SentenceIndex(text)
    spans_all = sidx.spans  # the index's own list (read only): the sentences once, not twice
    if not _in_text_order(found):
        found = sorted({(m.start, m.end): m for m in found}.values(), key=lambda m: (m.start, m.end))  # no duplicates
    # (the extractor's mentions come in text order without duplicates: a table keyed by a new (start, end) tuple
    # and the sort's keys, three tuples a mention, were the peak of a dense text for nothing)
    # per mention its span, and per sentence the indices (in ``found``) of its dated mentions, one array each (8
    # bytes a mention): the (mention, span) pairs and the (start, end) tuples are made sentence by sentence, as its
    # statements are made, not held for every mention of the article at once (a text of dates has a mention every
    # few characters: the pairs, the tuples and the lists of them were ~20 bytes per input byte at the build's peak)
    # one TimeSpan per distinct (value, granularity, mod) of the article: a span is a pure function of them,
    # and an article naming one date thousands of times keeps one object, not one per mention
    known: dict[tuple[str | None, str, str | None], TimeSpan | None] = ctx.spans
    spans_of: list[Any] = []  # a TimeSpan, or None for a mention without one
    by_sentence: dict[tuple[int, int], array] = {}
    for i, m in enumerate(found):
        key = (m.value, m.granularity, m.mod)
        if key in known:
            sp = known[key]
        else:
            try:
                sp = m.span()
            except ValueError:
                sp = None
            known[key] = sp
        spans_of.append(sp)
        if sp is not None:
            sent_key = sidx.at(m.start, m.end)
            if (in_sent := by_sentence.get(sent_key)) is None:
                by_sentence[sent_key] = in_sent = array("q")
            in_sent.append(i)
    dated = _covered(spans_all, list(by_sentence))
    # document frequencies over every sentence of the article (dates blanked out)
    blanked = blank_spans(norm, ((m.start, m.end) for m, sp in zip(found, spans_of, strict=True) if sp is not None))
    actors_in = _Hits(_actor_hits(k, norm, ctx))
    places_in = _Hits(ctx.places.get(k, []))
    keyword_hits = ctx.kw.find(norm)
    if "发表" in norm:
        # "極客動力3月5日發表四足機器人": 發表 launches a product unless a statement or a paper follows
        keyword_hits = sorted(keyword_hits + [(m.start(), m.start() + 2, "release") for m in _UNVEIL.finditer(norm)])
    topics_in = _Hits(keyword_hits)  # tags: what the statement is about, names included ("籃網" of a team)
    keywords_in = _Hits(_outside_names(keyword_hits, actors_in.hits))  # what happened: no part of a name
    for a, b in spans_all:
        if (a, b) in dated:
            continue
        terms_u = content_terms(blanked[a:b])
        ctx.terms_w.add(terms_u)
        ctx.actors_w.add(actors_in.names(a, b))
        concepts_u = keywords_in.names(a, b)
        ctx.concepts_w.add(topics_in.names(a, b))
        recent_u = bool(_EN_RECENT.search(text, a, b))
        if ctx.undated is None or not (any(c not in GENERIC_CONCEPTS for c in concepts_u)
                                       or recent_u and GENERIC_ACTIONS & set(concepts_u)):
            continue
        # an undated sentence telling an action (a generic one, a partnership, only when told as recent):
        # it may retell a dated event of another article
        clauses_u = clause_spans(text, a, b) or [(a, b)]
        ua, ub = a, b
        if len(clauses_u) > 1 and _PAST_FRAME.search(text[clauses_u[0][0]:clauses_u[0][1]]):
            # "甲公司推出乙後，訂單快速增加" / "After X launched Y, …": the frame retells an earlier happening,
            # the sentence's own news is the rest; the frame alone is compared with the dated events
            concepts_f = keywords_in.names(*clauses_u[0])
            if any(c not in GENERIC_CONCEPTS for c in concepts_f):
                ua, ub = clauses_u[0]
                concepts_u, clauses_u = concepts_f, clauses_u[:1]
                terms_u = content_terms(blanked[ua:ub])
        actors_u = _participants(norm, actors_in, ua, ub)
        subject_u = _subject(blanked, clauses_u, actors_in, ctx.gaz) if actors_u else None
        if subject_u is None and actors_u and (frame_open := _EN_FRAME_OPEN.match(text, ua)) is not None:
            # "After Wuchuan Motors launched the Qinglan, …": the name right after the frame word is its subject
            i_lead = bisect.bisect_left(actors_in.starts, frame_open.end())
            if i_lead < len(actors_in.hits) and actors_in.hits[i_lead][0] == frame_open.end():
                subject_u = actors_in.hits[i_lead][2]
        head_u = None
        if not actors_u and (act_at := keywords_in.first(ua, ub, GENERIC_CONCEPTS)) is not None:
            # "雾川电动推出青岚后，…": no name found, the words opening it before its action stand for its
            # subject (as :func:`_head_words` before a date); it retells only an event those words open or name
            head_u = _head_words(norm, ua, act_at)
        if head_u:
            ctx.undated.append(_Unit(k, src.id, (), (), (a, b), (a, b), (head_u,), tuple(concepts_u),
                                     terms_u, True, False, a, (), 0, False, tuple(concepts_u), _lang(text, a, b),
                                     head_u, "event", None, None, _places(places_in.names(ua, ub)), recent_u,
                                     head=head_u))
        elif subject_u and subject_u in actors_u:
            clause_u = (clauses_u[0][0], clauses_u[min(1, len(clauses_u) - 1)][1])
            obj_u = _object(norm, clause_u, concepts_u, keywords_in, actors_in, actors_u, subject_u, ctx.gaz)
            ctx.undated.append(_Unit(k, src.id, (), (), (a, b), (a, b), tuple(actors_u), tuple(concepts_u),
                                     terms_u, True, False, a, (), 0, False, tuple(concepts_u), _lang(text, a, b),
                                     subject_u,
                                     "event", None, obj_u, _places(places_in.names(ua, ub)), recent_u))
    head_end = _headline_end(src)
    # a notice headed by its issuer's legal name alone on the first line ("甲控股有限公司" over "關於…的公告"): the
    # company its 本公司 / 公司 / 董事會 stand for, whatever company the body names first
    issuer = _first_company(actors_in, 0, head_end, ctx.gaz, text) \
        if head_end and _LEGAL_NAME_LINE.fullmatch(text, 0, head_end) else None
    speakers = [(m.start(), (m.group(1) or m.group(2)).strip()) for m in _SPEAKER.finditer(text)]
    speakers = [(p, n.title() if n.isupper() else n) for p, n in speakers]
    speaker_pos = [p for p, _ in speakers]
    sent_starts = [a for a, _ in spans_all]
    found_starts = [m.start for m in found]
    units: list[_Unit] = []
    for sent in sorted(by_sentence):
        # a sentence's (mention, span) pairs, let go once its statements are made
        items: list[tuple[TemporalMention, TimeSpan]] = [(found[i], spans_of[i]) for i in by_sentence.pop(sent)]
        sms = [m for m, _ in items]
        sent_dates = [(m.start, m.end) for m in sms]
        ctx.terms_w.add(_terms(norm, sent[0], sent[1], sent_dates))
        ctx.actors_w.add(actors_in.names(*sent))
        ctx.concepts_w.add(topics_in.names(*sent))
        keep = [(m, sp) for m, sp in items if not is_reference(norm, m, sent, sms)]
        if keep and sent[1] - sent[0] <= 40 and (line := _line_of(text, sent)) != (0, 0) \
                and _SIGNATURE_LINE.fullmatch(blanked, *line) \
                and len(blanked[line[0]:line[1]].rstrip()) < len(norm[line[0]:line[1]].rstrip()):
            # "香港，2028年10月20日" closing a notice: a place and the day it was signed, no happening
            keep = []
        if len(keep) > 1 and not _CJK_ANY.search(norm, sent[0], sent[1]):
            # "cancelled Saturday's and Sunday's concerts, they said on Friday": a day told as a possessive names
            # the noun's day when another date of the sentence tells when it was done; one event, not three
            plain = [(m, sp) for m, sp in keep if not _EN_POSSESSIVE_DATE.match(norm, m.end)]
            if any(not norm[m.start:m.end].endswith(("after", "before")) for m, _ in plain) and len(plain) < len(keep):
                # (a count from another happening, "two years after losing …", tells that one, not when this was done)
                keep = plain
        groups = _join_lists(_time_groups(keep, norm), text)
        groups, glossed = _fold_reported_periods(groups, norm, text, sent, actors_in.names)
        # who "he" / "we" / an omitted subject is: the speaker label in force, the last person or organisation
        k_sp = bisect.bisect_right(speaker_pos, sent[0]) - 1
        label = speakers[k_sp][1] if k_sp >= 0 else None
        host = bool(label and _ROLE_LABEL.fullmatch(label.strip()))
        if host:
            label = None  # "HOST:" / "主持人：" names a role, not who speaks: "we" there is no one named
        speaker = (ctx.gaz.actors(to_simplified(label)) or [label])[0] if label else None
        # "The <kind> said …" opening a sentence is the organisation that led the sentence before ("Fenwick
        # Audio agreed to buy headphone maker Lumaren. The Cupertino-based company said …"), else the last told
        kind_m = _THE_KIND.match(text, sent[0])
        if kind_m is None and (noun_m := _THE_NOUN_OPEN.match(text, sent[0])) is not None \
                and _kind_named(actors_in, spans_all, sent_starts, sent[0], ctx, text, noun_m.group(1)):
            kind_m = noun_m  # "Ardent Foods acquired Pellow Dairy …. The dairy was founded in 2031": Pellow Dairy
        kind_lead = kind_m is not None
        # ("The airport is expected to reopen" after an airline: a place's kind names no organisation it does not fit)
        place_kind = kind_m is not None and re.search(r"(?:airport|stadium|museum|hospital|university|gallery|union)\s*$",
                                                      kind_m.group()) is not None
        lead = (_fitting_org(actors_in, spans_all, sent_starts, sent[0], ctx, text, kind_m.group(), text)
                or (None if place_kind else _lead_org(actors_in, spans_all, sent_starts, sent[0], ctx.gaz, text))) \
            if kind_m else None
        he_she = _HE_SHE_OPEN.match(text, sent[0])
        prev_subject, prev_subject_name = _subject_person(actors_in, spans_all, sent_starts, sent[0], ctx.gaz, text,
                                                          he_she.group(1)) if he_she else (None, None)
        title_ctx = TitleContext(_last_actor(actors_in, sent[0], ctx.gaz, text=text), speaker,
                                 prev_subject or _last_actor(actors_in, sent[0], ctx.gaz, ("person",), text),
                                 lead or (None if place_kind else _last_actor(actors_in, sent[0], ctx.gaz, ("org",), text)),
                                 label,
                                 (issuer or _first_company(actors_in, head_end, sent[0], ctx.gaz, text)
                                  or _last_actor(actors_in, sent[0], ctx.gaz, ("org",), text, _is_company))
                                 if _GENERIC_REF.search(norm, *sent) else None,
                                 _last_actor(actors_in, sent[0], ctx.gaz, ("org",), text, _is_bank)
                                 if _GENERIC_REF.search(norm, *sent) else None)
        if (title_ctx.bank or title_ctx.company) and _joint_subjects(actors_in, spans_all, sent_starts, sent[0], text):
            # "甲銀行和乙銀行宣布合併。該行…": two organisations compete for 該行 / 公司; no guess
            title_ctx = dataclasses.replace(title_ctx, bank=None, company=None)
        kind_refs = _kind_refs(actors_in, norm, text, sent, ctx.gaz)
        if kind_refs:
            title_ctx = dataclasses.replace(title_ctx, kind_refs=kind_refs)
        k_sent = bisect.bisect_right(sent_starts, sent[0]) - 1
        if k_sent > 0 and re.match(r"It\s", text[sent[0]:sent[0] + 3]):
            thing = _EN_THING_SUBJECT.match(text, spans_all[k_sent - 1][0], spans_all[k_sent - 1][1])
            if thing and not _THE_KIND.match(text, spans_all[k_sent - 1][0]):
                title_ctx = dataclasses.replace(title_ctx, thing=thing.group(1))
        if title_ctx == _NO_CONTEXT:
            title_ctx = _NO_CONTEXT  # nobody named before: one shared context
        # every date of the sentence (one tuple shared by its units)
        sentence_dates = _sentence_dates(ctx, [(m.start, m.end) for m in found[bisect.bisect_left(found_starts, sent[0]):
                                                                               bisect.bisect_left(found_starts, sent[1])]])
        sent = _small(ctx, sent)
        sent_clauses = clause_spans(text, *sent)
        first_clause = sent_clauses[:1]
        subject_actors = _participants(norm, actors_in, *first_clause[0]) if first_clause else []
        if first_clause and len(groups) > 1:
            starts_in = sorted(min(m.start for m, _ in g) for g in groups
                               if first_clause[0][0] <= min(m.start for m, _ in g) < first_clause[0][1])
            if len(starts_in) > 1:
                # "公司經歷了2012年在港交所上市、2016年收購甲…": a list of dated items in the first clause; its
                # subject is told before the first date, the items' participants are each item's own
                subject_actors = _participants(norm, actors_in, first_clause[0][0], starts_in[0])
        sent_subject = _subject(blanked, first_clause, actors_in, ctx.gaz) if first_clause else None
        if sent_subject is None and first_clause and kind_lead:
            sent_subject = (_fitting_org(actors_in, spans_all, sent_starts, sent[0], ctx, text,
                                         kind_m.group() if kind_m else "")
                            or (None if place_kind else
                                _lead_org(actors_in, spans_all, sent_starts, sent[0], ctx.gaz)
                                or _last_actor(actors_in, sent[0], ctx.gaz, ("org",))))  # "The grocer agreed …"
            if sent_subject and sent_subject not in subject_actors:
                subject_actors = [sent_subject] + subject_actors
            kind_subject = sent_subject
        else:
            kind_subject = None
        if sent_subject is None and first_clause and _THE_TWO.match(text, sent[0]):
            # "The two teams meet again …" / "Both companies …": the two organisations told together last
            two_orgs = _last_pair(actors_in, spans_all, sent_starts, sent[0], ctx.gaz, False, norm)
            subject_actors = two_orgs + [x for x in subject_actors if x not in two_orgs]
        if sent_subject is None and first_clause and _THE_RIVAL.match(text, sent[0]):
            # "X sued Y on Thursday. The rival launched …": the other one of the pair told before
            # (the two parties of the sentence before, whatever kind a name no list holds was read as)
            k_before = bisect.bisect_left(sent_starts, sent[0]) - 1
            rivals = [n for n in _participants(norm, actors_in, *spans_all[k_before]) if ctx.gaz.kind(n) != "place"] \
                if k_before >= 0 else []
            if len(rivals) == 2:
                subject_actors = [rivals[1]] + [x for x in subject_actors if x != rivals[1]]
                sent_subject = kind_subject = rivals[1]
        if sent_subject is None and first_clause and _BOTH_SIDES.match(norm, sent[0]):
            two_sides = _last_pair(actors_in, spans_all, sent_starts, sent[0], ctx.gaz, True, norm)
            subject_actors = two_sides + [x for x in subject_actors if x not in two_sides]
        if sent_subject is None and first_clause and _THE_DEAL.match(text, sent[0]):
            # "X and Y agreed to merge …. The deal is expected to close …": the deal is the one of the
            # organisations told last (two together, or the one opening the sentence before; never a guess)
            parties = _last_pair(actors_in, spans_all, sent_starts, sent[0], ctx.gaz, False, norm) \
                or [o for o in (_lead_org(actors_in, spans_all, sent_starts, sent[0], ctx.gaz),) if o]
            subject_actors = parties + [x for x in subject_actors if x not in parties]
        if first_clause and _SAID_THE_DEAL.search(text, sent[0], sent[1]):
            # "Tolland's chief executive said the deal would close in the third quarter": the deal's parties (the
            # two organisations told together before) take part in what is said of it, besides the speaker
            parties = _last_pair(actors_in, spans_all, sent_starts, sent[0], ctx.gaz, False, norm)
            subject_actors = subject_actors + [x for x in parties if x not in subject_actors]
        # "Its chief executive, X, resigned …" / "该公司…" / "该行…" opening a sentence with no subject of its own:
        # the organisation that opened the sentence before is a participant (when one did: never a guess
        # between two)
        own_ref = None
        if first_clause and (sent_subject is None and _OWN_REF.match(text, sent[0])
                             or ctx.gaz.kind(sent_subject or "") != "org" and _KIND_OWNER.search(text, *sent)
                             or ctx.gaz.kind(sent_subject or "") != "org" and _ROLE_TAKEN.search(norm, *sent)
                             and not any(ctx.gaz.kind(n) == "org" for n in actors_in.names(*sent))):
            # (also "甲於2019年出任董事長" with no organisation in the sentence: the board is the one of the
            # organisation that opened the sentence before)
            # (also "Zhou led the company's purchase of …": whose the purchase is, told before)
            km = _KIND_OWNER.search(text, *sent) if ctx.gaz.kind(sent_subject or "") != "org" else None
            # "the studio's spy thriller": the organisation of the sentence before that the kind fits, before the
            # one that opened it (the regulator that fined the studio)
            own_ref = (km and _fitting_org(actors_in, spans_all, sent_starts, sent[0], ctx, text,
                                           re.sub(r"['’]s\s*$", "", km.group()))) \
                or _lead_org(actors_in, spans_all, sent_starts, sent[0], ctx.gaz)
            opening = _OWN_REF.match(norm, sent[0])
            if own_ref is None and opening:
                # no organisation opened the sentence before: 該行 is the bank told last, a bare 公司 the story's
                # own company (the title names the same: TitleContext.bank / .company)
                word = opening.group().strip(" \"“「")
                own_ref = title_ctx.bank if word.startswith(("该行", "本行")) else \
                    title_ctx.company if word.startswith(("公司", "集团", "集團")) else None
                if own_ref is not None:
                    own_ref = ctx.gaz.actors(to_simplified(own_ref))[0] if ctx.gaz.actors(to_simplified(own_ref)) \
                        else own_ref
            if own_ref in subject_actors or _joint_subjects(actors_in, spans_all, sent_starts, sent[0], text):
                own_ref = None  # ("X and Y agreed …. Its …": two organisations compete for it)
        if own_ref is None and first_clause and sent_subject is None and kind_refs:
            # "該校計劃…": the school (hospital, court …) told before is the doer
            kind_open = KIND_REF.match(norm, sent[0])
            kind_who = dict(kind_refs).get(kind_open.group()) if kind_open else None
            if kind_who and kind_open and kind_open.group()[1] in "校院":
                own_ref = ctx.gaz.actors(to_simplified(kind_who))[0] if ctx.gaz.actors(to_simplified(kind_who)) \
                    else kind_who
        for gi, g in enumerate(groups):
            seg_a = sent[0] if gi == 0 else max(m.end for m, _ in groups[gi - 1])
            if gi > 0 and norm[min(m.start for m, _ in groups[gi - 1]):seg_a].endswith(("after", "before")) \
                    and 0 <= (cut := text.find(",", seg_a, min(m.start for m, _ in g))):
                seg_a = cut + 1  # ("arrested in May 2037, a month after auditors found gaps …, and pleaded guilty the
                # following month": the count's clause is the other happening's; this date's part starts after it)
            seg_b = sent[1] if gi == len(groups) - 1 else min(m.start for m, _ in groups[gi + 1])
            seg_a = min(seg_a, min(m.start for m, _ in g))
            seg_b = max(seg_b, max(m.end for m, _ in g))
            # a semicolon ends the statement a date belongs to
            # (a reported period folded into its report day's group is no anchor of the statement: the day is)
            own_g = [(m, sp) for m, sp in g if id(m) not in glossed] if glossed else g
            glossed_at = {(m.start, m.end) for m, sp in g if id(m) in glossed and sp.granularity != "day"} \
                if glossed else set()  # (a day closing a period goes out of the title like any date)
            g0, g1 = min(m.start for m, _ in own_g), max(m.end for m, _ in own_g)
            if len(groups) > 1 and not _CJK_ANY.search(text, sent[0], sent[1]):
                # "In the early 2000s eBay dominated …, so Alibaba launched Taobao in 2003": a clause with a
                # subject of its own between two dates ends the first one's statement and opens the second's
                if gi < len(groups) - 1 and (nc := _EN_NEW_CLAUSE.search(text, g1, seg_b)) is not None:
                    seg_b = nc.start()
                if gi > 0:
                    last_nc = max(_EN_NEW_CLAUSE.finditer(text, seg_a, g0), key=lambda x: x.start(), default=None)
                    if last_nc is not None:
                        seg_a = last_nc.start() + 1
            semi = max(text.rfind("；", seg_a, g0), text.rfind(";", seg_a, g0))
            if semi >= 0:
                seg_a = semi + 1
            ends = [x for x in (text.find("；", g1, seg_b), text.find(";", g1, seg_b)) if x >= 0]
            if ends:
                seg_b = min(ends)
            elif gi < len(groups) - 1 and (comma := _EN_CLAUSE_END.match(text, g1, seg_b)
                                           or _EN_AND_CLAUSE.match(text, g1, seg_b)) \
                    and not _CJK_ANY.search(text, sent[0], sent[1]):
                # "Redpine Software, sold to Yinshan Technology … on June 12, named Lu Qingshan chief executive on
                # Monday": an English date closing its clause (words of its own before it, a comma after) ends
                # its statement; the clause after belongs to the next date
                c0 = max(text.rfind(",", seg_a, g0) + 1, seg_a)
                if _EN_CONTENT.search(_TRAILING_PREP.sub("", text[c0:g0])):
                    seg_b = comma.start(1)
            # a Chinese enumeration of dated items ("2003年推出淘宝、2004年创立支付宝、2005年与雅虎达成…"): each
            # date's statement is its own item, from the 、 before it to the 、 before the next item's date
            # (the 、 right before a date: "、2004年…", "、在2005年…"; not "联合创始人、前首席科学家")
            if gi > 0 and 0 <= (cut_at := text.rfind("、", seg_a, g_first := min(m.start for m, _ in g))) \
                    and g_first - cut_at <= 3:
                seg_a = cut_at + 1
            if gi < len(groups) - 1 and 0 <= (cut_at := text.rfind("、", max(m.end for m, _ in g), seg_b)) \
                    and min(m.start for m, _ in groups[gi + 1]) - cut_at <= 3:
                seg_b = cut_at
            actors = _participants(norm, actors_in, seg_a, seg_b)
            c_at = _clause_start(sent_clauses, g0)
            who_clause = c_at is not None and c_at > sent[0] and actors and \
                re.match(r"\s*who\s", text[c_at:c_at + 8]) is not None
            if gi > 0 and c_at is not None:
                # "… in September 2023 when Eddie Wu took over, told an audience last week …": a subordinate
                # clause before this date's clause tells the date before; its names are no participants here
                aside = [(max(x, seg_a), y) for x, y in sent_clauses if y <= c_at and seg_a < y
                         and _EN_SUBORDINATE.match(text, max(x, seg_a)) and not any(x <= m.start < y for m, _ in own_g)]
                if aside:
                    inside = {n for x, y in aside for n in _participants(norm, actors_in, x, y)}
                    outside = set(_participants(norm, actors_in, c_at, seg_b)) | set(subject_actors)
                    actors = [n for n in actors if n not in inside or n in outside]
            i_first = bisect.bisect_left(actors_in.starts, seg_a)
            first_at = actors_in.hits[i_first][0] if i_first < len(actors_in.hits) else seg_b
            own_subject = gi > 0 and bool(actors) and first_at < seg_b and \
                _EN_OWN_SUBJECT.fullmatch(_DATE_GAP.sub(" ", text[seg_a:first_at])) is not None
            if not who_clause and not own_subject:
                # ("Alipay followed in 2004, and in 2005 Yahoo invested …": the clause has its own subject)
                # ("…, replacing Tomas Brandt, who stepped down last month": the relative clause tells of the name
                # before it, not of the sentence's subject)
                said_by = [] if not (actors and first_clause and g0 >= first_clause[0][1] and _SAYS_END.search(
                    norm, first_clause[0][0], first_clause[0][1])) else \
                    [a for a in subject_actors if ctx.gaz.kind(a) == "person"]
                # ("分析师甲30日指出，乙第三季订单已明显回升": a person saying what another did is no participant of it)
                actors += [a for a in subject_actors if a not in actors and a not in said_by]
            if gi > 0 and c_at is not None and not _participants(norm, actors_in, c_at, seg_b) \
                    and _PASSIVE_OPEN.match(norm, max(m.end for m, _ in own_g)):
                # "甲于2024年5月被乙留置，同年11月被提起公诉": a later 被 with no agent of its own is done to the
                # sentence's subject (named before its first date), not to the agent of the 被 before
                first_g = min(m.start for m, _ in groups[0])
                named = [h[2] for h in actors_in.hits[bisect.bisect_left(actors_in.starts, sent[0]):
                                                      bisect.bisect_left(actors_in.starts, first_g)]
                         if h[1] <= first_g]
                if named:
                    actors = [named[-1]]
            if len(actors) > 1 and not _CJK_ANY.search(text, seg_a, seg_b) and g1 < seg_b \
                    and (sub := _EN_TRAILING_SUB.search(text, g1, seg_b)) is not None \
                    and all(m.start < sub.start() for grp in groups for m, _ in grp if m.start >= g1):
                # "X fired its coach on Tuesday, two days after the club lost the final to Y": a subordinate
                # clause after the date, with a subject and a verb of its own and no date, tells another
                # happening; the names told only there take no part in this one
                sub_end = next((i for i in range(sub.end(), seg_b) if text[i] in ",;"), seg_b)
                inside = set(_participants(norm, actors_in, sub.start(), sub_end))
                outside = set(_participants(norm, actors_in, seg_a, sub.start())) | set(subject_actors) | \
                    set(_participants(norm, actors_in, sub_end, seg_b))
                kept = [n for n in actors if n not in inside or n in outside]
                if kept:
                    actors = kept
            if label and (_WE.search(norm, seg_a, seg_b) or first_clause and _WE.search(norm, *first_clause[0])):
                # "廖某：我們在2035年從乙藥業買下…" with 廖某 told as 甲生技's chief: "we" is 甲生技
                we = _speaker_org(norm, actors_in, to_simplified(label), seg_a, ctx.gaz)
                if we and we not in actors:
                    actors = [we] + actors
            if title_ctx.company and _BOARD.search(norm, seg_a, seg_b) \
                    and not any(ctx.gaz.kind(n) == "org" for n in actors):
                # "同日，董事会选举某某为新任董事长": the board is the story's company's
                board_of = ctx.gaz.actors(to_simplified(title_ctx.company))
                actors = [board_of[0] if board_of else title_ctx.company] + actors
            if "双方" in norm[seg_a:seg_b] and sum(ctx.gaz.kind(n) == "org" for n in actors) < 2:
                # "据甲介绍，双方合作开发的系统将…": the two sides told together before
                both = _last_pair(actors_in, spans_all, sent_starts, sent[0], ctx.gaz, True, norm)
                if not actors or actors[0] in both:
                    actors += [n for n in both if n not in actors]
            if len(actors) == 1 and _OTHER_PARTY.search(norm, seg_a, seg_b):
                # "Dunhollow sued its rival in 2037" / "将对对方提出求偿": the doer's other side, the one told
                # with it last (never a guess between three)
                other_sides = _last_pair(actors_in, spans_all, sent_starts, sent[0], ctx.gaz, True, norm)
                if actors[0] in other_sides:
                    actors += [n for n in other_sides if n != actors[0]]
            if kind_subject and actors[0] != kind_subject:
                actors = [kind_subject] + [a for a in actors if a != kind_subject]  # the doer leads
            if not actors and (pron := _PRONOUN.search(norm, seg_a, seg_b)):
                # "他曾擔任首席財務官至2013年": a pronoun subject points back to the sentence before (该公司 / the
                # company to no person: not the chairman told retiring there)
                prev = bisect.bisect_right(sent_starts, sent[0]) - 2
                if prev_subject and pron.start() == seg_a + len(text[seg_a:seg_b]) - len(text[seg_a:seg_b].lstrip()):
                    # the subject of the sentence before and its organisations, not the other people told there
                    actors = [prev_subject_name or prev_subject] + \
                        [n for n in _participants(norm, actors_in, *spans_all[prev]) if ctx.gaz.kind(n) == "org"] \
                        if prev >= 0 else [prev_subject_name or prev_subject]
                elif prev >= 0 and spans_all[prev][0] >= head_end:
                    actors = actors_in.names(*spans_all[prev])
                    if pron.group().lower() in ("该公司", "这家公司", "the company"):
                        actors = [n for n in actors if ctx.gaz.kind(n) != "person"]  # (a product brings its owner)
            if not actors and gi > 0 and _EN_IT_SUBJECT.match(text, seg_a) and not _CJK_ANY.search(text, *sent):
                # "Quorra said on Thursday it would delay the launch … until early next year": "it" after the
                # sentence's first date is the organisation that opened the sentence
                opener = next((n for n in actors_in.names(sent[0], min(m.start for m, _ in groups[0]))
                               if ctx.gaz.kind(n) == "org"), None)
                if opener:
                    actors = [opener]
            if not actors and (lone := _EN_LONE_NAME.match(text, sent[0])) is not None \
                    and lone.group(1) not in _EN_NOT_A_NAME and not _CJK_ANY.search(text, *sent):
                # "The funeral of Shen Muyuan … was held …. Shen died on February 9": a capitalised word opening
                # the sentence before its verb, a word of exactly one person the article named before, is him
                who = _person_by_word(text, actors_in, head_end, sent[0], lone.group(1), ctx.gaz)
                if who:
                    actors = [who]
            thing_concepts: list[str] = []
            if not actors and (thing_m := _EN_THE_THING.match(text, sent[0])) is not None:
                # "… delay the launch of its first smart glasses. The glasses, unveiled in March, …": a thing the
                # sentence before gave to its subject ("its … glasses") is that subject's
                prev = bisect.bisect_right(sent_starts, sent[0]) - 2
                if prev >= 0 and spans_all[prev][0] >= head_end:
                    thing_concepts = next((c for w in re.findall(r"[a-z][\w-]{2,}", thing_m.group())
                                           if (c := _acted_thing(text, keywords_in, spans_all[prev], w))), [])
                if prev >= 0 and spans_all[prev][0] >= head_end and (thing_concepts or re.search(
                        r"(?<![A-Za-z])(?:its|their)\s+(?:[\w-]+\s+){0,3}" + re.escape(thing_m.group(1)) + r"(?![A-Za-z])",
                        text[spans_all[prev][0]:spans_all[prev][1]]) or _names_the_doing(text, sent[0], spans_all[prev])):
                    owner = next((n for n in actors_in.names(*spans_all[prev]) if ctx.gaz.kind(n) != "place"), None)
                    if owner:
                        actors = [owner]
            if own_ref and own_ref not in actors:
                actors.append(own_ref)
            if actors and not _CJK_ANY.search(text, seg_a, seg_b):
                # "Voss joined the miner in 2036": an organisation told before by its kind inside the clause
                # ("The bureau had warned the company": a body acting on the company told before)
                body_doer = all(_is_body(n) for n in actors)
                for kind_in in _THE_NOUN_INSIDE.finditer(text, seg_a + 1, seg_b):
                    by_kind = _kind_named(actors_in, spans_all, sent_starts, sent[0], ctx, text, kind_in.group(1)) \
                        if kind_in.group(1) not in ("company", "firm") else \
                        _company_told(actors_in, spans_all, sent_starts, sent[0], ctx.gaz, norm, actors) \
                        if body_doer else None
                    if by_kind and by_kind not in actors:
                        actors.append(by_kind)
            if not _CJK_ANY.search(text, sent[0], sent[1]):
                actors = _en_relative_actors(text, norm, actors_in, sent_clauses, g0, sentence_dates, actors,
                                             subject_actors, title_ctx.org, ctx.gaz)
                if len(actors) > 1 and g0 > seg_a:
                    actors = _reported_doers(norm, actors_in, seg_a, g0, seg_b, actors, kind_subject)
            tags = topics_in.names(seg_a, seg_b)
            # clauses, put back together where a comma falls inside a date ("On May 4, 2021, …")
            clauses = _join_across_dates(clause_spans(text, seg_a, seg_b) or [(seg_a, seg_b)], sentence_dates)
            subject = _subject(blanked, clauses, actors_in, ctx.gaz)
            ci = next((i for i, (a, b) in enumerate(clauses) if a <= g0 < b), 0)
            end = min(ci + 1, len(clauses) - 1)
            if ci > 0 and _RELATIVE_OPEN.match(norm, clauses[ci][0]):
                end = ci  # "X, which sold its first pickup in 2022, plans to …": the relative clause alone
            if end + 1 < len(clauses) and _REPORTING_END.search(text[clauses[end][0]:clauses[end][1]]
                                                                .rstrip(" ，,:：;；")):
                # "近日，甲公司發佈公告披露，乙已完成減持": a reporting verb leaves the statement to the clause
                # after it
                end += 1
            reduced = ci > 0 and _EN_PARTICIPLE_OPEN.match(text, clauses[ci][0]) is not None \
                and not _CJK_ANY.search(text, *clauses[ci]) \
                and _EN_PAST.search(text, clauses[0][0], clauses[ci - 1][1]) is not None
            # (after a clause with a verb of its own: "Fog Harbour, the studio's thriller, opened in cinemas on
            # May 4" is the main clause after an apposition)
            if reduced:
                end = ci
            clause = (clauses[ci][0], clauses[end][1])
            if ci > 0 and sent_subject and actors:
                actors = _trailing_participants(norm, actors_in, clauses[ci], actors, sent_subject)
            if reduced:
                # "… won orders at the Wuwan Shipping Expo, held in Xiamen from November 2 to 4": a past
                # participle after a noun (a reduced relative clause) tells that noun's happening, not the main
                # clause's: its participants are the clause's own and the name it follows, never the sentence's
                # subject told before
                actors, subject = _participle_participants(text, norm, actors_in, clauses[ci - 1], clauses[ci])
            told = clause
            if ci > 0 and not _TRAILING_PREP.sub("", _EN_PLACE_PHRASE.sub(
                    "", " " + blanked[clauses[ci][0]:clauses[ci][1]].strip(" \t,，.。;；"))).strip():
                # "X unveiled Y, a four-legged robot, on March 5.": a clause that is only its date (and a
                # preposition, and where: "…, in Shanghai on Thursday.") tells the action of the sentence's
                # clauses before it
                told = (clauses[0][0], clause[1])
            elif ci > 0 and _attribution_only(blanked, clauses[ci]):
                # "Jike Dynamics will build a factory in Dongguan, it said on Friday": the date is the
                # saying's, and what was said is the clause before it
                told = (clauses[ci - 1][0], clause[1])
            terms_at = (seg_a, seg_b)
            f = ci + 1 if ci + 1 < len(clauses) and not blanked[clauses[ci][0]:clauses[ci][1]].strip(" \t,，") else ci
            frame = f + 1 < len(clauses) and _ZH_AFTER_FRAME.search(text, clauses[f][0], clauses[f][1]) is not None
            if frame:
                # "2022年11月，甲產品掀起熱潮後，成為了…": the date tells the frame's happening; what the main
                # clause tells came after it
                told = terms_at = (clauses[ci][0], clauses[f][1])
            concepts = keywords_in.names(*told)
            if thing_concepts and not set(concepts) - GENERIC_CONCEPTS - REPORTING_CONCEPTS:
                concepts = list(dict.fromkeys([*thing_concepts, *concepts]))  # "The orders were signed on …"
            if ci > 0 and not set(concepts) - GENERIC_CONCEPTS - REPORTING_CONCEPTS \
                    and _EN_THE_DEAL.match(text, clauses[ci][0]) is not None:
                # "… completed its takeover of Lanshan Software, a deal worth 560 million yuan first announced
                # on March 2": the deal an appositive names is the action of the clause before it
                before = [c for c in keywords_in.names(clauses[ci - 1][0], clauses[ci - 1][1])
                          if c in FINANCIAL_CONCEPTS]
                if before:
                    concepts = list(dict.fromkeys([*before, *concepts]))
            follows: str | None = None
            fr = next((k for k in range(ci, end + 1) if k + 1 < len(clauses)
                       and _CIRCUMSTANCE.match(norm, clauses[k][0])), None)
            if fr is not None and not frame:
                # "2024年3月5日，随着监管部门批准…，甲对乙的收购宣告完成": a 随着 frame tells circumstances, the
                # clause after it the statement's action
                told = (told[0], max(told[1], clauses[fr + 1][1]))
                concepts = list(dict.fromkeys([*keywords_in.names(told[0], clauses[fr][0]),
                                               *keywords_in.names(clauses[fr][1], told[1])]))
            if not concepts and units and _FOLLOWED.search(text, *told) \
                    and units[-1].sent_no >= bisect.bisect_right(sent_starts, sent[0]) - 1:
                # "Alibaba launched Taobao in 2003 …. Alipay followed in 2004" / "X followed suit": the action
                # of the statement before, done to (or by) the one that followed; a thing that follows a launch
                # is a new one started (a launch of a new business is its founding)
                concepts = [c for c in units[-1].concepts if c not in REPORTING_CONCEPTS]
                led = units[-1]
                if led.src == k:
                    # what the statement before acted on, as written there ("launched Taobao": "Taobao"): its
                    # object, else the first participant named after its subject
                    led_obj = led.obj if led.obj and not led.obj.startswith(("text:", "place:")) else None
                    follows = next((text[x:y] for x, y, n in actors_in.hits if led.segment[0] <= x < led.segment[1]
                                    and (n == led_obj if led_obj else n != led.subject and n in led.actors)), None)
                if "release" in concepts and "founding" not in concepts:
                    concepts.append("founding")
                tags = list(dict.fromkeys([*tags, *concepts]))
            if frame and not concepts:
                # "迅隼机器人本月初上市以来，…": the action of a dated 以来 frame (undated, "成立以来" is no event)
                concepts = list(dict.fromkeys(c for a, _, c in ctx.kw.find(norm, told[0], told[1], frames=True)
                                              if not actors_in.names(a, a + 1)))
            if "order" in concepts and _ORDERED_TO.search(norm, *told):
                said = norm[told[0]:told[1]]
                if len(_ORDER_WORD.findall(said)) == len(_ORDERED_TO.findall(said)):
                    # "…ordered Cuiyu Biotech to pay … in damages": a command (a court's or a regulator's), no
                    # purchase order: the ruling
                    concepts = list(dict.fromkeys("ruling" if c == "order" else c for c in concepts))
            if "divestment" in concepts and "acquisition" not in concepts:
                sold = _SOLD_TO.search(norm, *told)
                if sold and (i_to := bisect.bisect_left(actors_in.starts, sold.end())) < len(actors_in.hits) \
                        and actors_in.hits[i_to][0] - sold.end() <= 2:
                    # "Redpine Software, sold to Yinshan Technology …" / "…出售给乙公司": a sale to a named buyer
                    # is that buyer's purchase (the deal its other tellings call an acquisition)
                    concepts = ["acquisition" if c == "divestment" else c for c in concepts]
            if "release" in concepts and "opening" not in concepts and _LAUNCHED_ROUTE.search(norm, *told):
                # "The carrier launched its first international route": a route, a line or a service is opened
                # (开通首条国际航线), not released
                concepts = list(dict.fromkeys("opening" if c == "release" else c for c in concepts))
            if "ipo" in concepts and _ON_SALE.search(blanked, *told) and not _LISTING.search(norm, *told):
                # "迅隼机器人本月初上市": a product goes on sale, a launch, not a company's listing
                concepts = list(dict.fromkeys("release" if c == "ipo" else c for c in concepts))
            terms = _terms(norm, terms_at[0], terms_at[1], sent_dates)
            gms = [m for m, _ in g]  # the report day's own dates first, then a period it reports
            vague = all(is_vague(norm[m.start:m.end], m) for m, _ in own_g)
            if vague and all(sp.granularity == "day" and _SAME_DAY.fullmatch(norm[m.start:m.end].strip())
                             for m, sp in own_g) and (set(concepts) - GENERIC_CONCEPTS - REPORTING_CONCEPTS or
                                                     _lang(text, clauses[ci][0], clause[1]) == "zh" and
                                                     has_action(blanked[clauses[ci][0]:clause[1]])):
                # "同日，甲公司執行長宣布卸任" / "on the same day": the day told before, and an action of its own
                # told that day (mostly another one, also one no keyword names: "同日，乙线开始空载试运行"): a
                # dated statement like any, not a vague retelling
                vague = False
            # the listed days or months; a coarser qualifier ("October 10 and 12 last year") is no list item
            listed = [(m, sp) for m, sp in own_g if sp.granularity in ("day", "month")] or own_g
            spans_l = list(dict.fromkeys(sp for _, sp in listed))
            if len({(x.start, x.end) for x in spans_l}) > 1 and not any(
                    _same_time(listed[0][0], listed[0][1], m2, s2, norm) for m2, s2 in listed[1:]):
                # "10月10日和12日": one happening over the listed days
                first = min(spans_l, key=lambda x: x.start)
                last = max(spans_l, key=lambda x: x.end)
                spans_g = [TimeSpan(first.start, last.end, first.granularity, None,
                                    f"{first.value.split('/')[0]}/{last.value.split('/')[-1]}")]
            else:
                spans_g = [sp for _, sp in own_g]
            obj = _object(norm, told, concepts, keywords_in, actors_in, actors, subject, ctx.gaz)
            if obj is None:
                # "opened a new factory in Boston": an action done to nothing named is told by where it happened
                at = places_in.names(*clause)
                obj = f"place:{at[0]}" if at else None
            segment = sent if (seg_a, seg_b) == sent else _small(ctx, (seg_a, seg_b))  # one tuple when the same
            role = date_role(norm, [(m.start, m.end) for m, _ in own_g], clause, (seg_a, seg_b),
                             _clause_start(sent_clauses, gms[0].start),
                             src.date is not None and all(x.start > src.date for x in spans_g),
                             closing=src.date is not None and all(_ahead(x, src.date) for x in spans_g),
                             past=src.date is not None and all(x.end < src.date for x in spans_g))
            if role in EVENT_ROLES and src.date is not None and all(
                    sp.granularity in _PERIODS and sp.end < src.date for sp in spans_g) \
                    and _MACRO_FIGURE.search(norm, *clause):
                role = "stative"  # "报告显示，2025年全省地区生产总值突破6万亿元": a past period's statistic, no happening
            if host and role in EVENT_ROLES and all(_TODAY.fullmatch(norm[m.start:m.end].strip()) for m, _ in own_g):
                role = "stative"  # "HOST: Today we talk to …": the programme's own day, no happening
            if role in EVENT_ROLES and gms[0].start < head_end and topic_heading(norm[:head_end]):
                role = "stative"  # "Joe Tsai on the Nets, maps and the next decade": topics, no happening
            if role in EVENT_ROLES and gms[0].start < head_end and (ends := [e for x, e in sentence_dates if x < head_end]) \
                    and _PRONOUN_OPENS.match(norm, max(ends), head_end):
                # "六月第一個週末 她站上了領獎台": a headline's teaser about someone the body names tells the body's
                # happening, no event of its own (it joins what it tells, else it stays a statement)
                role = "stative"
            terms = _shared_terms(ctx, terms)
            units.append(_Unit(k, src.id, tuple(gms), tuple(spans_g), sent, segment, tuple(actors),
                               tuple(concepts), terms, vague, gms[0].start < head_end, gms[0].start,
                               # (a reported period stays in the title: "公布2025年全年营收")
                               tuple(d for d in sentence_dates if d not in glossed_at) if glossed_at else sentence_dates,
                               bisect.bisect_right(sent_starts, sent[0]),
                               not text[sent[0]:gms[0].start].strip(" \t\"“「『(（"), tuple(tags),
                               _lang(text, seg_a, seg_b), subject,
                               role,
                               title_ctx, obj, _places(places_in.names(seg_a, seg_b)), False,
                               _present_figures(norm, clauses, ci, terms, sent_dates),
                               None if actors else _head_words(norm, clauses[ci][0], g0), follows,
                               any(_SAME_DAY.fullmatch(norm[m.start:m.end].strip()) for m, _ in own_g)
                               and (_ALSO_AFTER.match(norm, max(m.end for m, _ in own_g)) is not None
                                    or _EN_ALSO.search(norm, *clause) is not None
                                    or (ci > 0 and _CJK_WORD.search(norm, clauses[ci][0], gms[0].start) is not None))))
    return units


# "The deal was signed by …": a sentence opening with a plain noun phrase (no name) and its verb; "It" opening the
# next sentence is that noun phrase
_EN_THING_SUBJECT = re.compile(r"\s*(The(?:\s+(?!(?:was|were|is|are|will|would|must|has|had|can|could|may)\b)"
                               r"[a-z][\w-]*(?<!ed)){1,2})\s+(?:was|were|is|will|would|must|has|had|can|"
                               r"could|may|[a-z]+ed)\b")
_EN_POSSESSIVE_DATE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*")
_CJK_ANY = re.compile(r"[\u3400-\u9fff]")
# (also a reported clause with no "that" opening with a pronoun or "the company": "The regulator said the company
# had lost …", whose participants are the reported clause's, not the sayer)
_EN_REL_AT = re.compile(r"(?<![A-Za-z])(?:which|that)\s+|(?<=\bsaid\s)(?=(?:it|they|the\s+company|the\s+firm|"
                        r"the\s+group)\s+(?:had|has|was|were|would|will|lost|made|sold|paid)\b)")
_EN_REL_SUBJECT = re.compile(r"(?:it|they|the\s+(?:company|firm|group|bank|maker|carrier|retailer|chain|"
                             r"airline|automaker|carmaker|lender|insurer|club|team))\b")


_DOING_NOUNS = frozenset("move decision plan step cuts cut changes change closures closure sale purchase deal".split())


_THE_NOUN = re.compile(r"\s*[\"“]?The\s+([a-z]+)\s+(?:will|would|is|are|was|were|has|have|had|should|could|may|might)\b")


# a clause opening with a past participle of a happening: after a noun, a reduced relative clause ("the
# expo, held in Xiamen on …", "the deal, announced on Monday, …")
_EN_PARTICIPLE_OPEN = re.compile(
    r"\s*(?:held|hosted|staged|organi[sz]ed|signed|announced|unveiled|launched|opened|founded|established|"
    r"completed|agreed|approved|reached|struck|sealed|set\s+up|inaugurated|convened|kicked\s+off)\s")
_EN_PAST = re.compile(r"(?<![A-Za-z'’-])(?:[a-z]{2,}ed|won|held|made|took|sold|bought|said|began|grew|rose|fell|"
                      r"hit|set|led|paid|built|struck|got|gave|saw|met|agreed)(?![A-Za-z'’-])")
_EN_NOUN_TAIL = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){0,3}[\s,]*")


def _participle_participants(text: str, norm: str, hits: _Hits, prev: tuple[int, int], own: tuple[int, int]
                             ) -> tuple[list[str], str | None]:
    """Participants of an English reduced relative clause ``own`` (", held in Xiamen from …") and its subject:
    the names inside it, after the name ending the clause ``prev`` before it (at most three capitalised
    words between: "the Wuwan Shipping Expo, held …"), which is then its subject; the clause's own names alone
    when ``prev`` ends with no name ("bought a factory, built in 2020, …")."""
    names = _participants(norm, hits, own[0], own[1])
    before = [(x, y, n) for x, y, n in hits.hits if prev[0] <= x and y <= prev[1]]
    if before and _EN_NOUN_TAIL.fullmatch(text, before[-1][1], max(before[-1][1], prev[1])):
        lead = before[-1][2]
        return [lead] + [n for n in names if n != lead], lead
    return names, None


# a capitalised word opening a sentence before a verb in the past or an auxiliary ("Shen died on …")
_EN_LONE_NAME = re.compile(r"\s*([A-Z][a-z]{1,})\s+(?:[a-z]{2,}ed|died|was|had|has|is|became|left|took|won|said|"
                           r"made|sold|bought|led|joined|quit)\b")
_EN_NOT_A_NAME = frozenset("The This That These Those It Its He She They We I Our His Her Their There Then When "
                           "After Before Since Once While Shares Sales Revenue Profit Analysts Officials Police "
                           "Investors Rescuers Workers Residents Demand Prices Production".split())


def _person_by_word(text: str, hits: _Hits, start: int, at: int, word: str, gaz: Gazetteer) -> str | None:
    """The one person named between ``start`` and ``at`` whose name, as written, has ``word`` as one of its
    words ("Shen Muyuan" for "Shen"); None when none or two do (two of one family)."""
    found = {n for x, y, n in hits.hits[bisect.bisect_left(hits.starts, start):bisect.bisect_left(hits.starts, at)]
             if gaz.kind(n) == "person" and word in text[x:y].split()}
    return found.pop() if len(found) == 1 else None


# an appositive naming a deal ("…, a deal worth …", "…, the transaction announced in May")
_EN_THE_DEAL = re.compile(r"\s*(?:a|the|this)\s+(?:[\w$-]+\s+){0,2}?(?:deal|transaction)\b")
_EN_DONE_TO = r"(?<![A-Za-z])(?:[a-z]{2,}ed|won|took|sold|bought|made|got|placed)\s+(?:[\w-]+\s+){0,2}?"


def _acted_thing(text: str, keywords_in: _Hits, span: tuple[int, int], noun: str) -> list[str]:
    """"X won orders for six ships …. The orders were signed on November 3": the noun opening a sentence
    (``noun``, after "The") is the thing the sentence ``span`` before told acted on, right after its verb, inside
    an event keyword ("orders for": ``order``); the concepts of those keywords (none: the noun is no such
    thing)."""
    found = [m.end() - len(noun) for m in re.finditer(_EN_DONE_TO + re.escape(noun) + r"(?![A-Za-z])",
                                                       text[span[0]:span[1]])]
    if not found:
        return []
    i = bisect.bisect_left(keywords_in.starts, span[0])
    out: dict[str, None] = {}
    while i < len(keywords_in.hits) and keywords_in.hits[i][0] < span[1]:
        x, y, name = keywords_in.hits[i]
        if any(x <= span[0] + at < y for at in found):
            out.setdefault(name, None)
        i += 1
    return list(out)


def _names_the_doing(text: str, at: int, span: tuple[int, int]) -> bool:
    """"… said it would close 40 branches. The closures will …": the noun opening the sentence at ``at`` (before an
    auxiliary) names what the sentence ``span`` told done: a word of it starts with the noun's first four letters
    and is not the noun itself ("close" for "closures"), or the noun names any doing (move, decision, plan …)."""
    m = _THE_NOUN.match(text, at)
    if m is None:
        return False
    noun = m.group(1)
    if noun.lower() in _DOING_NOUNS:
        return True
    if len(noun) < 5:
        return False
    stem, noun = noun[:4].lower(), noun.lower()
    # (a verb of the sentence: not a noun after a determiner, not a doer's noun: "the Dutch painter" for "The
    # painting")
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text[span[0]:span[1]])]
    return any(w.startswith(stem) and not w.startswith(noun) and not w.endswith(("er", "ers", "or", "ors", "ist"))
               and (i == 0 or words[i - 1] not in ("the", "a", "an", "its", "their", "his", "her", "this", "that"))
               for i, w in enumerate(words))


def _en_relative_span(text: str, clauses: list[tuple[int, int]], pos: int,
                      dates: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The English relative (or "that") clause holding the date at ``pos``: from its "which / that" to the end
    of the clause; None when the date is no such clause's."""
    c = next(((a, b) for a, b in clauses if a <= pos < b), None)
    if c is None:
        return None
    marks = [m for m in _EN_REL_AT.finditer(text, c[0], pos)
             if not any(m.end() <= d[0] < pos and not re.search(r"\sand\s", text[d[1]:pos]) for d in dates)]
    return (marks[-1].start(), c[1]) if marks else None


def _en_relative_actors(text: str, norm: str, hits: _Hits, clauses: list[tuple[int, int]], pos: int,
                        dates: Sequence[tuple[int, int]], actors: list[str], subject_actors: list[str],
                        told_org: str | None, gaz: Gazetteer) -> list[str]:
    """Participants of an English date inside a relative clause ("the patents, which Lindell obtained in 2015";
    "told analysts that the company had paid down …") are the clause's own (a pronoun or "the company" opening
    it: the sentence's organisation, else the one told before), not the sentence's subject or speaker (a clause
    naming none keeps the sentence's: "ending a strike that began on January 12"); a
    date outside such clauses does not take the names of a relative clause that holds a date of its own ("won
    the prize for a novel … that was rejected before Hartwell Books bought it in 2028": not Hartwell Books)."""
    rel = _en_relative_span(text, clauses, pos, dates)
    if rel is not None and text[rel[0]:rel[0] + 4] not in ("that", "whic") and any(
            gaz.kind(n) == "person" for x, y, n in hits.hits if clauses[0][0] <= x and y <= rel[0]):
        rel = None  # "Chief executive X said the company would …": an officer speaking for the company stays
    if rel is not None:
        own = _participants(norm, hits, rel[0], rel[1])
        before = [(x, y, n) for x, y, n in hits.hits if y <= rel[0] and x >= clauses[0][0]]
        if before and not text[before[-1][1]:rel[0]].strip(" ,"):
            own = [before[-1][2]] + [n for n in own if n != before[-1][2]]  # "Castellan Bio, which filed …"
        body = text[_EN_REL_AT.match(text, rel[0]).end():rel[1]]  # type: ignore[union-attr]
        if _EN_REL_SUBJECT.match(body):
            said = text[rel[0]:rel[0] + 4] not in ("that", "whic")  # "X said the company had …": X is not it
            sayers = {n for x, y, n in hits.hits if clauses[0][0] <= x and y <= rel[0]} if said else set()
            org = next((n for n in subject_actors if gaz.kind(n) == "org" and n not in sayers), None) \
                or (told_org if told_org not in sayers else None)
            if org and org not in own:
                own = [org] + own
        # (none of its own: "ending a strike that began on January 12" is still the sentence subject's strike)
        return own or actors
    spans: list[tuple[int, int]] = []
    for a, b in clauses:
        for m in _EN_REL_AT.finditer(text, a, b):
            if any(m.end() <= d[0] < b and not d[0] <= pos < d[1] for d in dates) and not m.start() <= pos < b:
                spans.append((m.start(), b))
                break
    if not spans:
        return actors
    drop = {n for x, y, n in hits.hits if any(a <= x and y <= b for a, b in spans)}
    outside = {n for x, y, n in hits.hits if clauses[0][0] <= x and y <= clauses[-1][1]
               and not any(a <= x and y <= b for a, b in spans)}
    return [n for n in actors if n not in drop or n in outside]


def _ahead(span: TimeSpan, day: dt.date) -> bool:
    """``span`` lies ahead of the article's ``day``: it starts after it, or it is the end of (or a time after)
    a period holding it whose end is still to come ("the deal would close by the end of the year" in a May
    article; see ``closing`` of :func:`timeline.events.roles.date_role`)."""
    return span.start > day or (span.mod in ("END", "AFTER") and span.end > day)


def _outside_names(hits: list[tuple[int, int, str]], names: list[tuple[int, int, str]]
                   ) -> list[tuple[int, int, str]]:
    """The keyword ``hits`` that are not part of an actor's name: "Semiconductor" in "Yaoshi Semiconductor"
    or 物流 in a company name tells what the company is, not what happened (both sorted by start)."""
    if not names:
        return hits
    starts = [n[0] for n in names]
    ends = list(names)
    out = []
    for h in hits:
        i = bisect.bisect_right(starts, h[0]) - 1
        inside = False
        while i >= 0 and not inside:
            inside = ends[i][0] <= h[0] and h[1] <= ends[i][1]
            if ends[i][0] < h[0] - 64:
                break
            i -= 1
        if not inside:
            out.append(h)
    return out


# English words telling a time as recent that are no date mention of their own (Chinese 近日 / 日前 are)
_EN_RECENT = re.compile(r"(?<![A-Za-z])(?:recently|lately|in\s+recent\s+(?:days|weeks))(?![A-Za-z])", re.I)


def _reporting_reach(clauses: list[tuple[int, int]], at: int, group: list[tuple[TemporalMention, TimeSpan]],
                     norm: str) -> int:
    """Where the clause starting at ``at`` (holding a day's ``group``) ends; when the clause is that date alone
    ("7月19日，甲局发布数据，…": a leading date), the end of the clause after it, whose report the day dates."""
    k = next(i for i, (a, _) in enumerate(clauses) if a == at)
    b = clauses[k][1]
    rest = norm[at:b]
    for m, _ in sorted(group, key=lambda p: -p[0].start):
        if at <= m.start and m.end <= b:
            rest = rest[:m.start - at] + rest[m.end - at:]
    if k + 1 < len(clauses) and not rest.strip(" ，,、\t"):
        return clauses[k + 1][1]
    return b


def _clause_start(clauses: list[tuple[int, int]], pos: int) -> int | None:
    """Where the sentence clause holding ``pos`` starts (None when no clause holds it)."""
    return next((a for a, b in clauses if a <= pos < b), None)


def _object(norm: str, clause: tuple[int, int], concepts: list[str], keywords_in: _Hits, actors_in: _Hits,
            actors: list[str], subject: str | None, gaz: Gazetteer) -> str | None:
    """What the statement's action is done to: the first organisation or product among its participants
    named after the clause's first non-generic event keyword that is a verb ("甲公司收購了乙公司" -> 乙公司), not
    its subject;
    in Chinese, when no actor follows, the first noun there (jieba) as ``"text:…"``."""
    if not any(c not in GENERIC_CONCEPTS for c in concepts):
        return None
    a, b = clause
    i = bisect.bisect_left(keywords_in.starts, a)
    at = None
    from timeline.events.segment import pos_cut

    while i < len(keywords_in.hits) and keywords_in.hits[i][0] < b:
        h0, h1, concept = keywords_in.hits[i]
        i += 1
        word = norm[h0:h1]
        if concept in GENERIC_CONCEPTS:
            continue
        if not word.isascii() and not pos_cut(word)[0][1].startswith("v") and not _name_follows(norm, h1, b, actors_in, gaz) \
                and (pos_cut(norm[h1:h1 + 6]) or (("", ""),))[0][1] not in ("nr", "nz", "nrt", "nt"):
            continue  # an action has an object ("上线青鸾": a proper noun after it), a name of a thing ("春晚") has none
        at = h1
        break
    if at is None:
        return None
    j = bisect.bisect_left(actors_in.starts, at)
    while j < len(actors_in.hits) and actors_in.hits[j][0] < b:
        name = actors_in.hits[j][2]
        j += 1
        if name != subject and name in actors and gaz.kind(name) in ("org", "product"):
            return name
    rest = norm[at:b]
    if sum(1 for ch in rest if "\u4e00" <= ch <= "\u9fff") < 2 or rest[:1] in ("，", ","):
        # (nothing after the action in its clause: "电影《雾港》昨天在全国上映，电影《春潮》同日…" -> not 电影)
        return _topic(norm, a, at, actors_in, subject)
    q = _QUOTED_NAME.match(rest)
    if q:
        return "text:" + q.group(1)  # "发布对话式AI产品「诺瓦助手」": the name in quotes, not the description
    noun = ""
    for word, flag in pos_cut(rest[:16]):
        if flag.startswith(("n", "vn")) and word.strip():
            noun += word  # a run of nouns: "月湖" + "银行"
            continue
        if noun:
            break
        if flag in ("x", "ul", "uj", "uz", "ug", "m", "q", "t") or not word.strip() \
                or flag.startswith(("v", "p", "c", "d", "r")):  # (t: "新一代" before "产品朱雀")
            continue
        break
    if noun in actors:
        return noun  # a participant named there ("任命赵明哲为…": the person), compared as a name
    if len(noun) >= 2:
        off = at + rest.find(noun)
        k = bisect.bisect_left(keywords_in.starts, off)
        while k < len(keywords_in.hits) and keywords_in.hits[k][0] < off + len(noun):
            if keywords_in.hits[k][2] in ROLE_CONCEPTS:
                # a post ("出任董事会主席" / "接任集团主席"): the role is what both name, whatever words
                # qualify it (whose post it is, is told by the participants)
                return "text:" + keywords_in.hits[k][2]
            k += 1
    return "text:" + noun if len(noun) >= 2 else None


_TOPIC_NEXT = re.compile(r"[0-9０-９]|[今昨前本上去同当]|正式|已|将|于|在")


def _topic(norm: str, a: int, at: int, actors_in: _Hits, subject: str | None) -> str | None:
    """What a Chinese action with nothing after it is done to, told between its subject and the date or the
    verb ("甲铁路苍鹭线5月18日正式开通运营" -> 苍鹭线): the Chinese characters right after the subject's name up to
    a date, an adverb or a preposition, two to eight of them, no function character among them, the last word a
    noun (jieba); not a post (董事长) or a generic word (公司). A work's title in 《》 there is what it is
    ("星河影业出品的电影《雾港》2月14日在全国上映" -> 雾港)."""
    if not subject:
        return None
    from timeline.events.segment import pos_cut

    j = bisect.bisect_left(actors_in.starts, a)
    while j < len(actors_in.hits) and actors_in.hits[j][0] < at:
        h0, h1, name = actors_in.hits[j]
        j += 1
        if name != subject:
            continue
        work = _WORK.search(norm, h1, at)
        if work and 2 <= len(work.group(1)) <= 12:
            return "text:" + work.group(1)  # "星河影业出品的电影《雾港》2月14日在全国上映": the work in 《》
        pos = h1
        while pos < at and pos - h1 < 9 and "\u4e00" <= norm[pos] <= "\u9fff" and not _TOPIC_NEXT.match(norm, pos):
            pos += 1
        noun = norm[h1:pos]
        if not (2 <= len(noun) <= 8) or not _TOPIC_NEXT.match(norm, pos) or any(ch in _TOPIC_STOP for ch in noun):
            return None
        words = pos_cut(noun)
        if not words or not words[-1][1].startswith("n") or _ROLE_BETWEEN.match(noun) \
                or noun in ("公司", "集团", "企业", "股份", "方面", "官方"):
            return None
        return "text:" + noun
    return None


_TOPIC_STOP = frozenset("的了是在于和与及也都就还将已又被把对向从由为等")


_QUOTED_NAME = re.compile(r"[^，,。；;：:「」“”『』《》]{0,12}?[「“『《]([^「」“”『』《》，,。]{2,12})[」”』》]")
"""A name in quotes after the verb, a short description before it: what the action is done to."""


def _name_follows(norm: str, at: int, b: int, actors_in: _Hits, gaz: Gazetteer) -> bool:
    """An organisation's or a product's name follows ``at`` (before ``b``), directly or after a noun phrase
    with no verb and no punctuation ("开源Qwen3.5", "开源全新一代大模型千问"): a keyword jieba tags as a noun
    (开源, 上线) then acts as a verb whose object is that name. A person ("任命林某") does not count: the
    object rule takes organisations and products only."""
    j = bisect.bisect_left(actors_in.starts, at)
    if not (j < len(actors_in.hits) and actors_in.hits[j][0] < b) or gaz.kind(actors_in.hits[j][2]) not in ("org", "product"):
        return False
    gap = norm[at:actors_in.hits[j][0]]
    if len(gap) <= 1:
        return True
    if len(gap) > 12 or re.search(r"[\s,，。;；:：、!！?？\"“”「」()（）]", gap):
        return False
    from timeline.events.segment import pos_cut

    return not any(f.startswith(("v", "p", "c", "u")) and f != "vn" for _, f in pos_cut(gap))


# a transcript's speaker label: at a line start, or in capitals after a sentence end ("…great.JOE TSAI: …")
_SPEAKER = re.compile(r"(?m)(?:^[ \t]*([A-Z][A-Za-z.'\- ]{1,40}|[\u4e00-\u9fff·]{2,10})[ \t]*[:：]"
                      r"|(?<=[.!?。！？\"”’])[ \t]*([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})[ \t]*:)")


# "we" in a speaker's line, and the speaker told as an officer of an organisation ("甲公司执行长某某", "X chief
# executive Y"): the organisation is the "we"
_WE = re.compile(r"我们|(?<![A-Za-z])(?:we|our)(?![A-Za-z])", re.I)
_OFFICER_OF = re.compile(r"\s*的?(?:联合)?(?:创始人|创办人|董事长|总裁|总经理|执行长|首席执行官|CEO|行政总裁|负责人)\s*"
                         r"|(?:['’]s)?\s+(?:co-?founder|founder|chief\s+executive(?:\s+officer)?|CEO|chairman|"
                         r"chairwoman|president|head)\s+", re.I)


def _speaker_org(norm: str, hits: _Hits, name: str, before: int, gaz: Gazetteer) -> str | None:
    """The organisation a speaker ``name`` is told as an officer of before ``before`` ("专访甲生技执行长某某",
    "Orvane chief executive Lena Park"): its name right before one of its posts and the speaker's name; None
    when the text tells none (or the post is told of two)."""
    found: dict[str, None] = {}
    for m in re.finditer(re.escape(name), norm[:before]):
        i = bisect.bisect_left(hits.starts, max(0, m.start() - 40))
        while i < len(hits.hits) and hits.hits[i][0] < m.start():
            x, y, org = hits.hits[i]
            i += 1
            if y <= m.start() and gaz.kind(org) == "org" and m.start() - y <= 24:
                if _OFFICER_OF.fullmatch(norm, y, m.start()):
                    found.setdefault(org, None)
    return next(iter(found)) if len(found) == 1 else None


# a transcript's label naming a role, not a person (its "we" / "I" names nobody)
_ROLE_LABEL = re.compile(r"(?i:host|co-host|interviewer|moderator|presenter|anchor|reporter|announcer|narrator|q|"
                         r"question)|主持人|主持|记者|記者|问|問|提问|提問|旁白")
# a date word meaning the day of speaking
_PRONOUN_OPENS = re.compile(r"(?:[^，,。！？!?\s]{0,6}[\s　，,：:]+)?(?:他們|她們|他们|她们|他|她|它)(?![们們])|[\s,:]*(?:He|She|They)\s")
"""A headline's words after its dates opening with a pronoun, after at most the rest of its time phrase
("五月最後一天 他終於登頂": a teaser; whom it means, the body names)."""
_TODAY = re.compile(r"(?i:today|tonight|this\s+week)|今天|今日|今晚|本期|这期|這期")


_AFTER_PREP = re.compile(r"(?:\b(?:by|from|with|to|for|than|including|partner|partners|rival|rivals)\s+|由|从|向|与|和|跟|被|据"
                         r"|\b(?:on|at|in|into|onto)\s+(?:the\s+)?)$",  # where: "began trading on the NYSE"
                         re.I)


def _lead_org(hits: _Hits, spans: list[tuple[int, int]], starts: list[int], pos: int, gaz: Gazetteer,
              text: str | None = None) -> str | None:
    """The organisation opening the sentence before the one at ``pos`` (its first actor, when that is an
    organisation told before any verb: its subject), as written in ``text`` when given; None otherwise."""
    k = bisect.bisect_left(starts, pos) - 1
    if k < 0:
        return None
    a, b = spans[k]
    i = bisect.bisect_left(hits.starts, a)
    if i >= len(hits.hits) or hits.hits[i][0] >= b:
        return None
    x, y, name = hits.hits[i][:3]
    if gaz.kind(name) != "org" or re.search(r"\b[a-z]+(?:ed|s)\b", (text or "")[a:x]):
        return None
    if text is not None:
        surface = text[x:y]
        if surface != name and (to_simplified(surface) == to_simplified(name) or (surface.isascii() and not name.isascii())):
            return surface
    return name


# a sentence opening with a pair of organisations told before, by their kind
_THE_TWO = re.compile(r"\s*(?:The\s+two|Both(?:\s+the)?)\s+(?:teams|clubs|sides|companies|firms|banks|groups|"
                      r"carriers|airlines|rivals|retailers|lenders|[a-z]*makers)\b")


# a sentence opening with a deal told before ("The deal, which …, is expected to close", "The merger will …")
_THE_DEAL = re.compile(r"\s*[\"“]?The\s+(?:proposed\s+|planned\s+|agreed\s+|new\s+)?(?:deal|merger|takeover|acquisition|"
                       r"transaction|tie-up|buyout|combination|(?:joint\s+)?venture|partnership|alliance|plant|"
                       r"factory)\b(?!\s+(?:of|between|with|for|in|at)\b)")
_SAID_THE_DEAL = re.compile(r"(?<![A-Za-z])(?:said|says|expects|expected)\s+(?:that\s+)?the\s+(?:deal|merger|takeover|"
                            r"acquisition|transaction|tie-up|buyout)\s+(?:would|will|could|should|is|was)\b"
                            r"|(?:表示|称|稱|指出|透露|说|說)[，,]\s*(?:该|該|此次|本次|这笔|這筆|此项|此項)?"
                            r"(?:交易|合并|合併|收购|收購|并购|併購|联盟|聯盟|合资公司|合資公司|合资企业|合資企業)"
                            r"(?:有望|将|將|预计|預計|可望|料将|料將)")
# (a venture, a partnership, the plant the companies told before build: "… formed a joint venture to build a
# plant in Ostley. The plant will open in 2039" is theirs)


def _last_pair(hits: _Hits, spans: list[tuple[int, int]], starts: list[int], pos: int, gaz: Gazetteer,
               sides: bool = False, norm: str | None = None) -> list[str]:
    """The two organisations of the nearest sentence before ``pos`` (within :data:`FIT_BACK`) that names
    exactly two and no more; [] when none does (never a guess between three). With ``sides`` (the two sides
    of a dispute or a deal: 双方 / 对方 / "the other side"), a court or another public body told beside them
    is not counted ("甲向乙法院起诉丙。双方…": 甲 and 丙). With ``norm``, only the participants of a sentence count
    (:func:`_participants`: "citing data from X" is no party to the plant told next)."""
    k0 = bisect.bisect_left(starts, pos) - 1
    for k in range(k0, max(-1, k0 - FIT_BACK), -1):
        told = _participants(norm, hits, *spans[k]) if norm is not None else hits.names(*spans[k])
        orgs = list(dict.fromkeys(n for n in told if gaz.kind(n) == "org"))  # (one told twice)
        if len(orgs) > 2 and norm is not None:
            # "甲收购乙控股旗下的丙": the owner told by 旗下 is no side of the deal
            owners = {h[2] for h in hits.hits[bisect.bisect_left(hits.starts, spans[k][0]):
                                              bisect.bisect_left(hits.starts, spans[k][1])]
                      if norm.startswith(("旗下", "的子公司", "的母公司"), h[1])}
            orgs = [n for n in orgs if n not in owners] if len(orgs) - len(owners & set(orgs)) == 2 else orgs
        if sides and len(orgs) > 2:
            orgs = [n for n in orgs if not _BODY_NAME.search(n) and not _EN_BODY_END.search(n)]
        if len(orgs) == 2:
            return orgs
        if len(orgs) > 2:
            return []
    return []


_EN_BODY_END = re.compile(r"(?:Court|Commission|Authority|Bureau|Ministry|Department|Agency|Council|Tribunal)$")
# the two sides opening a Chinese sentence ("双方曾于2037年签署…", "双方预计交易将于…完成"): the pair told before
_BOTH_SIDES = re.compile(r"\s*(?:双方|两家公司|两家企业|两公司|二者|两者)")
# the other party of the doer ("指控对方抄袭", "sued its rival in 2037", "pay the other side"): the other one of
# the pair told before
_OTHER_PARTY = re.compile(r"对方|(?<![A-Za-z])(?:the\s+other\s+(?:side|party|company)|(?:its|their)\s+"
                          r"(?:(?:main|chief|biggest|larger|smaller|former)\s+)?(?:rival|competitor|opponent)"
                          r"(?![\w-]|\s+[A-Z]|['’]))")


FIT_BACK = 4  # sentences looked back over for the organisation a "The <kind>" fits


def _fitting_org(hits: _Hits, spans: list[tuple[int, int]], starts: list[int], pos: int, ctx: _Context,
                 written: str, opening: str, text: str | None = None) -> str | None:
    """The one organisation of the sentence before ``pos`` whose English name the kind noun ending
    ``opening`` ("The insurer") fits (:func:`timeline.events.names.kind_fits`: "China's regulator fined
    Chenguang Insurance …. The insurer listed …" -> Chenguang Insurance, not the regulator opening that
    sentence); None when none or several fit. ``written`` is the article's text; the answer is as written
    there when ``text`` is given (:func:`_lead_org`)."""
    from timeline.events.names import kind_fits

    m = re.search(r"([a-z-]+)\s*$", opening)
    k0 = bisect.bisect_left(starts, pos) - 1
    if m is None or k0 < 0:
        return None
    fit: dict[str, tuple[int, int]] = {}
    for k in range(k0, max(-1, k0 - FIT_BACK), -1):
        # (the sentence before first; else the nearest earlier one naming exactly one that fits: "Members of the
        # Kelso Ferry Workers Union voted …. Parcels sent by X arrived …. The union's last contract …")
        a, b = spans[k]
        i = bisect.bisect_left(hits.starts, a)
        while i < len(hits.hits) and hits.hits[i][0] < b:
            x, y, name = hits.hits[i][:3]
            if ctx.gaz.kind(name) == "org" and (kind_fits(m.group(1), written[x:y] if written[x:y].isascii() else name)
                                                or _described_as(written, y, m.group(1))):
                fit.setdefault(name, (x, y))  # (the English name as written: a linked one is read as its Chinese)
            i += 1
        if fit:
            break
    if len(fit) != 1:
        return None
    name, (x, y) = next(iter(fit.items()))
    if text is not None:
        surface = text[x:y]
        if surface != name and (to_simplified(surface) == to_simplified(name) or (surface.isascii() and not name.isascii())):
            return surface
    return name


# "The dairy was founded …": a sentence opening with "The" and a noun before its verb
_THE_NOUN_OPEN = re.compile(r"\s*[\"“]?The\s+([a-z][a-z-]{3,})(?=\s+(?:was|were|is|are|has|had|will|would|[a-z]+ed)\b)")
# "joined the miner", "sued the carrier": a noun after "the" inside a clause (not "the miner's chief")
_THE_NOUN_INSIDE = re.compile(r"(?<=\s)the\s+([a-z][a-z-]{3,})(?![\w'’-])")


# "He retired in 2012." / "她于2010年退休": a sentence opening with a personal pronoun
_HE_SHE_OPEN = re.compile(r"\s*[\"“「]?((?:He|She)(?=\s)|他(?!们|人|国|們|國)|她(?!们|們))")
_HIS_HER = re.compile(r"(?<![A-Za-z])(his|him|her|hers)(?![A-Za-z])", re.I)


def _subject_person(hits: _Hits, spans: list[tuple[int, int]], starts: list[int], pos: int, gaz: Gazetteer,
                    text: str, pronoun: str) -> tuple[str | None, str | None]:
    """Who "He" / "She" / 他 / 她 opening the sentence at ``pos`` stands for: the person opening the sentence
    before as its subject ("Brandt started the lens maker in 1979 and hired Ana Ruiz as his deputy in 1990. He
    retired in 2012." -> Brandt, not the last person told): as written there and its actor's name; (None, None)
    when the sentence before does not open with a person or tells the subject as of the other sex ("his deputy"
    before "She")."""
    k = bisect.bisect_left(starts, pos) - 1
    if k < 0:
        return None, None
    a, b = spans[k]
    i = bisect.bisect_left(hits.starts, a)
    if i >= len(hits.hits) or hits.hits[i][0] >= b:
        return None, None
    x, y, name = hits.hits[i][:3]
    if gaz.kind(name) != "person" or text[a:x].strip(" \t\n\"“「'"):
        return None, None
    own = {m.group(1).lower() for m in _HIS_HER.finditer(text, y, b)}
    if pronoun in ("She", "她") and own & {"his", "him"} or pronoun in ("He", "他") and own & {"her", "hers"}:
        return None, None
    return text[x:y], name


_THE_RIVAL = re.compile(r"\s*[\"“]?The\s+(?:rival|competitor|opponent)\b")


def _is_body(name: str) -> bool:
    """A public body's name (Chinese 局 / 委员会 / 法院 …, English … Bureau / Court / Authority …, any case)."""
    return bool(_BODY_NAME.search(to_simplified(name)) or re.search(_EN_BODY_END.pattern, name, re.I))


def _company_told(hits: _Hits, spans: list[tuple[int, int]], starts: list[int], pos: int, gaz: Gazetteer, norm: str,
                  actors: list[str]) -> str | None:
    """What "the company" inside a clause whose doer is another party stands for ("The bureau had warned the
    company"): the one company (no public body, none of ``actors``) among the participants of the nearest sentence
    before ``pos`` that names one; None when that sentence names two."""
    k0 = bisect.bisect_left(starts, pos) - 1
    for k in range(k0, max(-1, k0 - FIT_BACK), -1):
        told = [n for n in _participants(norm, hits, *spans[k]) if gaz.kind(n) == "org" and n not in actors
                and not _BODY_NAME.search(n) and not re.search(_EN_BODY_END.pattern, n, re.I)]
        if told:
            return told[0] if len(set(told)) == 1 else None
    return None


def _kind_named(hits: _Hits, spans: list[tuple[int, int]], starts: list[int], pos: int, ctx: _Context,
                text: str, noun: str) -> str | None:
    """The one organisation told before ``pos`` (:func:`_fitting_org`) that the English ``noun`` names by its kind:
    a kind noun (company words: carrier, miner, lender …) fitting its name, the last word of its name ("the
    dairy" for Pellow Dairy) or the kind an appositive gave it ("Brightlink, a carrier,"); None otherwise."""
    org = _fitting_org(hits, spans, starts, pos, ctx, text, "The " + noun)
    if org is None:
        return None
    if re.fullmatch(_KINDS, noun) or org.lower().split()[-1] == noun.lower() or any(
            _described_as(text, y, noun) for x, y, n in hits.hits if n == org):
        return org
    return None


def _described_as(written: str, end: int, kind: str) -> bool:
    """Whether the name ending at ``end`` of ``written`` is told as a ``kind`` by an appositive right after it
    ("Brightlink, a carrier, will sell …": a carrier; "Pellow, the Danish dairy, …": a dairy)."""
    m = re.match(r",\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*)\s*[,.;]", written[end:end + 60])
    return m is not None and m.group(1).lower() == kind.lower()


_AND = re.compile(r"\s*(?:和|与|與|及|、|,|，|and|&)\s*$", re.I)


def _joint_subjects(hits: _Hits, spans: list[tuple[int, int]], starts: list[int], pos: int, text: str) -> bool:
    """Whether the sentence before the one at ``pos`` opens with two names joined by "and" / 和 / 與 …
    ("X and Y agreed …"): no single organisation is in focus there."""
    k = bisect.bisect_left(starts, pos) - 1
    if k < 0:
        return False
    a, b = spans[k]
    i = bisect.bisect_left(hits.starts, a)
    return i + 1 < len(hits.hits) and hits.hits[i + 1][0] < b \
        and _AND.match(text[hits.hits[i][1]:hits.hits[i + 1][0]]) is not None


def _last_actor(hits: _Hits, pos: int, gaz: Gazetteer, kinds: tuple[str, ...] = ("person", "org"),
                text: str | None = None, fits: Callable[[str], bool] | None = None) -> str | None:
    """The last actor of ``kinds`` named before ``pos`` (looking back over at most 64 names); with ``text``,
    as written there when that differs from the canonical name only in script (曜石半導體 / 曜石半导体), so
    that a title keeps its article's script. With ``fits``, only a name it accepts (a bank for 該行, a
    company for 公司: :func:`_is_bank`, :func:`_is_company`)."""
    i0 = bisect.bisect_left(hits.starts, pos) - 1
    stop = max(-1, i0 - 64)
    # an organisation a pronoun stands for is one told as a doer: not one after a preposition ("led by X",
    # "from X", 由X领投, 与X合作), unless no other is told
    picky = text is not None and kinds == ("org",)
    i = i0
    while i > stop or picky:
        if i <= stop:
            picky, i = False, i0
            continue
        x, y, name = hits.hits[i][:3]
        if picky and text is not None and _AFTER_PREP.search(to_simplified(text[max(0, x - 14):x])):
            i -= 1
            continue
        if gaz.kind(name) in kinds and (fits is None or fits(name)):
            if text is not None:
                surface = text[x:y]
                if surface != name and (to_simplified(surface) == to_simplified(name)
                                        or (surface.isascii() and not name.isascii())):
                    return surface  # as written: 台積電 / 台积电, or "Alibaba" told in English for 阿里巴巴
            return name
        i -= 1
    return None


_GENERIC_REF = re.compile(r"公司|集团|该行|本行|董事会")  # a sentence that may refer to its company or bank by kind
_BOARD = re.compile(r"董事会(?!主席|秘书)")  # "董事会选举某某为董事长": the board of the story's company
_BODY_NAME = re.compile(r"(?:总局|局|委员会|委|部|厅|署|法院|检察院|政府|办公室|办公厅|会|議會|议会|司|处)$")


_LEGAL_NAME_LINE = re.compile(r"\s*[^\s，,。：:]{2,30}(?:股份有限公司|有限公司|有限責任公司|有限责任公司|控股公司)\s*")
"""A first line that is a company's legal name and nothing else (a notice's issuer)."""


def _first_company(hits: _Hits, start: int, pos: int, gaz: Gazetteer, text: str) -> str | None:
    """The first company (:func:`_is_company`) told in the story's body (from ``start``, after its headline)
    before ``pos``, as written: the story's own company, the one a bare 公司 / 集團 / 董事會 stands for ("甲公司
    公布業績。…乙公司的營收…。公司在說明會上強調…": 甲公司), unlike 該公司, which points at the last told."""
    i = bisect.bisect_left(hits.starts, start)
    while i < len(hits.hits) and hits.hits[i][0] < pos:
        x, y, name = hits.hits[i][:3]
        if gaz.kind(name) == "org" and _is_company(name):
            surface = text[x:y]
            return surface if surface != name and to_simplified(surface) == to_simplified(name) else name
        i += 1
    return None


_SCHOOL_END = ("大学", "学院", "学校", "中学", "小学")
_INSTITUTE_END = ("医院", "研究院", "科学院", "学院", "法院", "检察院", "剧院", "美术馆")
_WORK = re.compile(r"《([^《》]{1,30})》")


def _kind_refs(hits: _Hits, norm: str, text: str, sent: tuple[int, int], gaz: Gazetteer
               ) -> tuple[tuple[str, str], ...]:
    """What each 该校 / 该院 / 该片 / 该剧 / 该书 of the sentence ``sent`` stands for (:data:`KIND_REF`, norm:
    Simplified): the last school (a name ending in 大学 / 学院 …) or institute (医院 / 研究院 / 法院 …) told before
    the word, as written; for a work (片 / 剧 / 书), the last title in 《》 told before it within the last
    2,000 characters. A word with none of its kind told before gives nothing (it stays as written)."""
    out: dict[str, str] = {}
    for m in KIND_REF.finditer(norm, *sent):
        word, kind = m.group(), m.group()[1]
        if word in out:
            continue
        if kind in "校院":
            ends = _SCHOOL_END if kind == "校" else _INSTITUTE_END
            who = _last_actor(hits, m.start(), gaz, ("org",), text,
                              lambda n, ends=ends: to_simplified(n).endswith(ends))  # type: ignore[misc]
        else:
            k = text.rfind("《", max(0, m.start() - 2000), m.start())
            w = _WORK.match(text, k) if k >= 0 else None
            who = w.group() if w else None
        if who:
            out[word] = who
    return tuple(out.items())


def _is_company(name: str) -> bool:
    """``name`` can be what 公司 / 該公司 / 集團 stands for: an organisation that is no public body (a name
    ending in 局 / 委員會 / 部 / 廳 / 法院 / 政府 / 會 … is one: 金管會, 國家能源局, 立法會)."""
    return not _BODY_NAME.search(to_simplified(name))


def _is_bank(name: str) -> bool:
    """``name`` can be what 該行 / 本行 stands for: a bank (a name ending in 行: 銀行, 商業銀行)."""
    return to_simplified(name).endswith("行")


def _covered(spans: list[tuple[int, int]], outer: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The ``spans`` lying inside one of the ``outer`` spans."""
    outer = sorted(outer)
    starts = [a for a, _ in outer]
    reach: list[int] = []  # the furthest end among the outer spans starting so far
    for _, b in outer:
        reach.append(max(b, reach[-1]) if reach else b)
    out = set()
    for s in spans:
        a, b = s
        k = bisect.bisect_right(starts, a) - 1
        if k >= 0 and reach[k] >= b:
            out.add(s)  # the span itself, not a copy
    return out


_LIST_JOIN = re.compile(r"\s*(?:和|与|與|及|以及|、|,|，|or|and|&)\s*$", re.I)


def _join_lists(groups: list[list[tuple[TemporalMention, TimeSpan]]], text: str
                ) -> list[list[tuple[TemporalMention, TimeSpan]]]:
    """Dates listed with a conjunction and nothing else between them ("10月10日和12日", "May 3 and 5")
    tell one happening: their groups become one (built as one event over the listed days). Only dates of
    one precision (days with days, months with months) and not vague ones."""
    out: list[list[tuple[TemporalMention, TimeSpan]]] = []
    for g in groups:
        if out:
            prev = out[-1]
            b = min(m.start for m, _ in g)
            # the listed date of ``prev`` is its last one before ``g``: a qualifier told after the list
            # ("October 10 and 12 last year") belongs to the first group and lies beyond it
            before = [(m, sp) for m, sp in prev if m.end <= b]
            left = max(before, key=lambda x: x[0].end) if before else None
            right = min(g, key=lambda x: x[0].start)
            a = left[0].end if left else b + 1
            gp, gg = (left[1].granularity if left else None), right[1].granularity
            if (left is not None and 0 <= b - a <= 6 and _LIST_JOIN.match(text[a:b]) and gp == gg
                    and gp in ("day", "month")
                    and not any(m.relative and m.granularity != "day" for m in (left[0], right[0]))
                    and not text[right[0].start:right[0].end].endswith(("after", "before"))):
                # (not "fired its coach on Tuesday, two days after the club lost …": a count from another
                # happening dates that happening, rules_en.en_event_offset)
                prev.extend(g)
                continue
        out.append(list(g))
    return out


# what a period (a quarter, a half, a fiscal or calendar year, a month) reports when it modifies it: "second-quarter
# profit", "fiscal 2025 results", "2025年全年营收", "第一季度的净利润" (norm: Simplified)
_REPORTED_AFTER = re.compile(
    r"^(?:\s*-?\s*(?:net|operating|gross|core|adjusted|quarterly|annual|full-year|sales|revenue)?\s*"
    r"(?:profits?|revenues?|earnings|results|sales|loss(?:es)?|income|shipments|deliveries|output|figures|"
    r"numbers|dividends?|margins?|growth|turnover|GDP|EBITDA|volumes?|throughput|traffic|bookings|orders)(?![A-Za-z])"
    r"|\s*的?(?:共|累计)?(?:实现|录得)?(?:全年|全年度|年度|财年|累计)?的?(?:营收|营业收入|总收入|收入|营业额|利润|净利润|净利|纯利|盈利|亏损|"
    r"业绩|财报|年报|季报|半年报|财务报告|销量|销售额|出货量|交付量|毛利|GDP|产量|营运数据|经营数据|"
    r"货运量|客运量|吞吐量|运量|成交量|成交额|交易量|订单量|进口额|出口额)"
    r"|\s*[，,]?\s*(?:全国|全省|全市|全区|全州|全县)?的?(?:地区生产总值|国内生产总值|生产总值|GDP|经济增速|工业增加值|"
    r"社会消费品零售总额|固定资产投资|进出口总额|居民人均可支配收入|财政收入))", re.I)
_REPORTED_BEFORE = re.compile(
    r"(?:profits?|revenues?|earnings|results|sales|loss(?:es)?|income|shipments|deliveries|output|figures)"
    r"\s+(?:for|in|of)\s+(?:the\s+|its\s+)?$", re.I)
_PERIODS = ("quarter", "half", "year", "month")
_PASSIVE_OPEN = re.compile(r"\s*(?:又|再|也|还|随即|随后|即|并|正式|依法)?被")  # a clause opening on 被 after its date
# a jurisdiction's aggregate statistic (norm): told for a past period, a measured state, not a happening
_MACRO_FIGURE = re.compile(r"(?:全国|全省|全市|全区|全州|全县|本省|本市)(?:的)?(?:地区生产总值|国内生产总值|生产总值|GDP|经济总量|"
                           r"城镇新增就业|居民人均可支配收入|社会消费品零售总额|固定资产投资|进出口总额|一般公共预算收入|"
                           r"财政收入|常住人口|工业增加值)")
# a demonstrative naming a reported period and a verb of covering, right before the calendar period it covers
# ("这个季度涵盖去年10月到12月", "该财年即"; norm: Simplified); also matched right after a demonstrative
# mention ("这个季度" is itself a date mention: what follows it is the covering verb)
_PERIOD_GLOSS = re.compile(r"(?:(?:这个|该|这一|此|本)(?:季度|财季|财年|年度|半年度?|期间))?\s*"
                           r"(?:涵盖|覆盖|包括|对应|指的是|即)\s*(?:了|的是)?\s*$")
_PERIOD_GLOSS_NEXT = re.compile(r"\s*(?:涵盖|覆盖|对应|即)")  # after a demonstrative mention ("这个季度涵盖")
# when a told change takes effect (norm: Simplified)
_EFFECTIVE_BEFORE = re.compile(r"(?<![A-Za-z])(?:effective(?:\s+(?:from|on|as\s+of))?|with\s+effect\s+from)\s*$", re.I)
_EFFECTIVE_AFTER = re.compile(r"\s*起?(?:正式)?生效")
# "宣布，车资将由7月1日起上调" (norm: Simplified): a from-date frame told inside an announcement
_FROM_BEFORE = re.compile(r"(?:由|自|从)\s*$")
_FROM_AFTER = re.compile(r"\s*起(?![来码])")
_CLOSING = re.compile(r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\s+(?:on\s+)?", re.I)
# a clause telling a report (norm: Simplified)
_REPORTS = re.compile(r"公布|披露|发布|宣布|公告|表示|报告|财报显示|(?<![A-Za-z])(?:reported|reports|announced|said|"
                      r"posted|published|disclosed)(?![A-Za-z])", re.I)


def _fold_reported_periods(groups: list[list[tuple[TemporalMention, TimeSpan]]], norm: str, text: str,
                           sent: tuple[int, int], names_in: Callable[[int, int], list[str]] | None = None
                           ) -> tuple[list[list[tuple[TemporalMention, TimeSpan]]], set[int]]:
    """One sentence telling a report on a day and the period it reports ("reported a 14% rise in
    second-quarter profit on Wednesday", "4月28日公布2025年全年营收") tells ONE happening: the report, at its
    day; the period is what is reported. A group of period dates (quarter, half, year, month) that modifies a
    reported figure (:data:`_REPORTED_AFTER` / :data:`_REPORTED_BEFORE`) is folded into the group of a day
    date of the sentence lying after the period's end (the nearest in the text), after that group's own
    dates. Returns the groups and the ids of the folded (glossing) mentions; a sentence with no such pair is
    returned as it was. Two happenings told with two verbs and two days keep two groups: only a period
    that modifies a figure is folded, only into a later day, and only one told in the day's clause or in
    another clause when the day's clause reports (:data:`_REPORTS`: "2025年营收增长12%，公司4月28日披露";
    not "2025 revenue rose 8%, and it opened a plant on March 4")."""
    # (also inside one group: "the year ended June 30" grouped as one time, the day closing the period)
    inner = {id(y) for g in groups if len(g) > 1 for (x, sx), (y, sy) in itertools.pairwise(sorted(g, key=lambda p: p[0].start))
             if sx.granularity in _PERIODS and sy.granularity == "day" and _CLOSING.fullmatch(norm, x.end, y.start)}
    if len(groups) < 2:
        return groups, inner
    days = [i for i, g in enumerate(groups) if all(sp.granularity in ("day", "time") and m.mod is None for m, sp in g)]
    if not days:
        return groups, inner
    # "the quarter ended Sept. 30": a day closing the period told right before it glosses that period
    closers: dict[int, int] = {}
    for j in days:
        i = j - 1
        if i >= 0 and i not in days and all(sp.granularity in _PERIODS for _, sp in groups[i]) \
                and _CLOSING.fullmatch(norm, max(m.end for m, _ in groups[i]), groups[j][0][0].start):
            closers[j] = i
    days = [j for j in days if j not in closers]
    folded: dict[int, int] = {}
    clauses: list[tuple[int, int]] | None = None
    told: set[int] = set()  # folded groups told in a clause of their own (the day's clause reports them)
    # "公布了2026财年第三季度的业绩，这个季度涵盖去年10月到12月": a period glossed by what it covers (a
    # demonstrative naming the reported period, then 涵盖 / 即 …) tells the reported period in calendar
    # terms; it, the demonstrative and the reported period before it are what the report day's report tells
    # (a fiscal period is valued as a calendar one and may lie after the day: the gloss tells where it is)
    glossed_periods = [i for i, g in enumerate(groups) if i not in days
                       and all(sp.granularity in _PERIODS for _, sp in g)
                       and any(_PERIOD_GLOSS.search(norm, max(0, m.start - 12), m.start) for m, _ in g)]
    if glossed_periods:
        g_at = min(groups[i][0][0].start for i in glossed_periods)
        reports = [j for j in days if groups[j][0][0].start < g_at and _REPORTS.search(norm, groups[j][0][0].start, g_at)]
        if reports:
            j = max(reports, key=lambda j: groups[j][0][0].start)
            for i, g in enumerate(groups):
                if i in days or i in closers or not all(sp.granularity in _PERIODS for _, sp in g) \
                        or not groups[j][0][0].start < g[0][0].start:
                    continue
                if i in glossed_periods or any(_PERIOD_GLOSS_NEXT.match(norm, m.end)
                                               or _REPORTED_AFTER.match(norm[m.end:m.end + 12]) for m, _ in g):
                    folded[i] = j
    for i, g in enumerate(groups):
        if i in folded:
            continue
        m0 = g[0][0]
        if _FROM_BEFORE.search(norm, max(0, m0.start - 2), m0.start) and _FROM_AFTER.match(norm, max(m.end for m, _ in g)):
            # "甲公司周一（6月3日）宣布，车资将由7月1日起上调": the day the change takes effect, told inside
            # an announcement made on an earlier day of the sentence, is a date of that announcement
            # (not when the content names a doer of its own: "监管机构6月19日发布消息，某电器将自7月1日起召回…"
            # tells the recall as a happening of its own, at its start)
            from timeline.events.names import open_names
            said = [j for j in days if j != i and groups[j][0][0].start < m0.start
                    and (verb := _REPORTS.search(norm, max(m.end for m, _ in groups[j]), m0.start)) is not None
                    and not open_names(norm[verb.end():m0.start])
                    and not (names_in and names_in(verb.end(), m0.start))]
            if said:
                folded[i] = max(said, key=lambda j: groups[j][0][0].start)
                continue
        if _EFFECTIVE_BEFORE.search(norm, max(0, m0.start - 24), m0.start) or \
                _EFFECTIVE_AFTER.match(norm, max(m.end for m, _ in g)):
            # "named X chief financial officer, effective March 1, the company said on Tuesday": when the
            # change takes effect is a date of the one happening told on the other day
            told_days = [j for j in days if j != i and not _EFFECTIVE_BEFORE.search(
                norm, max(0, groups[j][0][0].start - 24), groups[j][0][0].start)]
            if told_days:
                folded[i] = min(told_days, key=lambda j: abs(groups[j][0][0].start - m0.start))
                continue
        if i in days or not all(sp.granularity in _PERIODS and m.mod is None for m, sp in g):
            continue
        after = norm[max(m.end for m, _ in g):max(m.end for m, _ in g) + 12]
        before = norm[max(0, m0.start - 24):m0.start]
        if not (_REPORTED_AFTER.match(after) or _REPORTED_BEFORE.search(before)):
            continue
        end = max(sp.end for _, sp in g)
        if clauses is None:
            clauses = clause_spans(text, *sent) or [sent]
        here = _clause_start(clauses, m0.start)
        later = [j for j in days if min(sp.start for _, sp in groups[j]) > end
                 and ((at := _clause_start(clauses, groups[j][0][0].start)) == here
                      or at is not None and _REPORTS.search(norm, at, _reporting_reach(clauses, at, groups[j], norm)))]
        if later:
            folded[i] = min(later, key=lambda j: abs(groups[j][0][0].start - m0.start))
            if _clause_start(clauses, groups[folded[i]][0][0].start) != here:
                told.add(i)
    if not folded and not closers:
        return groups, inner
    out = []
    for i, g in enumerate(groups):
        if i in folded:
            continue
        if i in closers:
            continue
        g = list(g) + [x for j, k in closers.items() if k == i for x in groups[j]]
        # the period first when its clause tells what the day's clause reports: the title is made there
        first = [x for k, j in folded.items() if j == i and k in told for x in groups[k]]
        tail = [x for k, j in folded.items() if j == i and k not in told for x in groups[k]]
        tail += [x for k, j in folded.items() if j == i for c, p in closers.items() if p == k for x in groups[c]]
        out.append(first + g + tail)
    return out, inner | {id(m) for k in list(folded) + list(closers) for m, _ in groups[k]}


GROUP_SCAN = 32  # groups of one sentence a vague date is compared with (the first ones)


def _time_groups(keep: list[tuple[TemporalMention, TimeSpan]], norm: str
                 ) -> list[list[tuple[TemporalMention, TimeSpan]]]:
    """The dates of one sentence grouped by the time they denote (:func:`_same_time` with every member),
    each date joining the first group that takes it; groups in text order.

    Only groups that can take a date are looked at: those holding a date with the same days or a vague
    one (``今年``); a vague date itself is compared with the first :data:`GROUP_SCAN` groups. A sentence
    listing thousands of distinct days (a chronology paragraph) is grouped in linear time."""
    groups: list[list[tuple[TemporalMention, TimeSpan]]] = []
    by_days: dict[tuple[dt.date, dt.date], set[int]] = defaultdict(set)
    with_vague: set[int] = set()
    kinds: list[dict[tuple[TimeSpan, bool], tuple[TemporalMention, TimeSpan]]] = []
    for m, sp in keep:
        vague = is_vague(norm[m.start:m.end], m)
        if vague:
            cands: list[int] = list(range(min(len(groups), GROUP_SCAN)))
        else:
            cands = sorted(by_days.get((sp.start, sp.end), set()) | with_vague)
        # a group's members told apart only by their span and vagueness (what _same_time looks at)
        gi = next((i for i in cands if all(_same_time(m, sp, m2, s2, norm) for m2, s2 in kinds[i].values())),
                  None)
        if gi is None:
            gi = len(groups)
            groups.append([])
            kinds.append({})
        groups[gi].append((m, sp))
        kinds[gi].setdefault((sp, vague), (m, sp))
        by_days[(sp.start, sp.end)].add(gi)
        if vague:
            with_vague.add(gi)
    groups.sort(key=lambda g: g[0][0].start)
    return groups


# what follows a date that closes a reporting clause: "… said on Thursday it would …"
_EN_IT_SUBJECT = re.compile(r"[\s,]*(?:that\s+)?it\s+(?:would|will|had|has|was|is|could|planned|expected|plans|expects)\b")
# a sentence opening with a thing by its plain noun ("The glasses, …", "The new tablet will …")
_EN_THE_THING = re.compile(r"\s*[\"“]?The\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]{2,})(?=[\s,])")
_EN_NEW_CLAUSE = re.compile(r"(?:,\s*(?:so|and|but|yet|while|whereas)|;)\s+(?:then\s+)?[A-Z][\w.&'’-]*\s+(?:[A-Z][\w.&'’-]*\s+)?"
                            r"(?:[a-z]+ed|began|became|bought|sold|took|made|won|led|went|built|grew|set|cut)\b")


def _same_time(m: TemporalMention, a: TimeSpan, n: TemporalMention, b: TimeSpan, norm: str) -> bool:
    """Two dates of one sentence denote the same time: the same days, or a vague date
    (``今年``) around a precise one."""
    if not compatible(a, b):
        return False
    first, second = (m, n) if m.start <= n.start else (n, m)
    if _PERIOD_ANAPHOR.fullmatch(norm[second.start:second.end].strip()) and _CLAUSE_BREAK.search(
            norm, first.end, second.start):
        # "… founded the company in 1999; Joe Tsai joined later that year": the anaphor dates another
        # statement of its own, told after a semicolon
        return False
    if _SAME_DAY.fullmatch(norm[second.start:second.end].strip()) and _CLAUSE_BREAK_SOFT.search(
            norm, first.end, second.start):
        # "电影甲昨天上映，电影乙同日也上映": a same-day anaphor in a later clause dates another statement (a
        # writer repeats no day for the happening already told)
        return False
    if (a.start, a.end) == (b.start, b.end):
        return True
    if _EN_NEW_CLAUSE.search(norm, first.end, second.start):
        # "In the early 2000s eBay dominated online shopping in China, so Alibaba launched Taobao in 2003": a
        # clause of its own with a subject of its own between them; the vague date is the first clause's
        return False
    wide = m if (a.end - a.start) > (b.end - b.start) else n
    return is_vague(norm[wide.start:wide.end], wide)


# ------------------------------------------------------------------------------------------- merging
def _hull(spans: Sequence[TimeSpan]) -> tuple[dt.date, dt.date]:
    """First and last day the spans point at: two events whose hulls do not overlap are incompatible."""
    ns = [narrowed(s) for s in spans]
    return min(s.start for s in ns), max(s.end for s in ns)


class _ArticleCandidates:
    """Pairs of one article's statements worth scoring in :func:`_merge_article`: those whose dates
    overlap and that share a word or a (non-generic) event keyword — a similarity of
    :data:`SAME_ARTICLE` needs one of them — plus neighbouring sentences naming the same date value
    (see :func:`_same_date_nearby`).

    A key shared by at most :data:`ARTICLE_EXACT` statements yields all its pairs, so articles of
    ordinary length get exactly the pairs that can merge. Beyond that (one article with thousands of
    dates) each statement keeps only its :data:`ARTICLE_KEYS` least common crowded keys and, in each,
    is paired with the next :data:`ARTICLE_WINDOW` statements in date order (then text order); the
    work stays linear in the number of statements.

    The pairs are never all held: iterating makes them again, statement by statement in date order
    (each pair once, ``(i, j)`` with ``i < j``, from the one of the two that comes first in date order),
    and a statement's partners are those of the date-ordered lists it stands in, found by bisection.
    A set of every pair was the peak of a long chronology: with more clauses per day, nearly every
    statement has :data:`ARTICLE_WINDOW` compatible neighbours (a tuple and a set entry each, ~100 bytes
    per pair, 16 pairs per ~40-byte clause). Walking in date order also keeps the statements whose
    merge profiles are alive near each other (:func:`_merge_article`)."""

    def __init__(self, clusters: list[_Cluster]) -> None:
        units = self.units = [c.units[0] for c in clusters]
        n = len(units)
        # each statement's hull as two arrays of day ordinals (ordinals compare as the days do): no tuple per
        # statement; the tables below are arrays of statement indices, not lists of int objects
        h0, h1 = self.h0, self.h1 = array("l", bytes(8 * n)), array("l", bytes(8 * n))
        for i, u in enumerate(units):
            first, last = _hull(u.spans)
            h0[i], h1[i] = first.toordinal(), last.toordinal()
        # the date order: (first day, position), a total order (positions differ in an article); the key packed
        # in one int (a position is below 2**32), not a tuple per statement
        self.date_order = array("l", sorted(range(n), key=lambda i: (h0[i] << 32) | units[i].pos))
        self.rank = array("l", bytes(8 * n))
        for r, i in enumerate(self.date_order):
            self.rank[i] = r
        # ``order[i]``: the rank of the first statement whose (first day, position) equals statement i's (itself
        # when no other does): sorting or bisecting by it is sorting or bisecting by (first day, position)
        self.order = _first_of_equal(self.date_order, lambda i: (h0[i], units[i].pos))
        buckets: dict[object, list[int]] = defaultdict(list)
        for i in range(n):
            for k in self._keys(i):
                buckets[k].append(i)
        # a crowded key: its statement count (each statement's least common crowded keys are chosen again from it)
        self.crowded_n = {k: len(idxs) for k, idxs in buckets.items() if len(idxs) > ARTICLE_EXACT}
        # (a key of one statement pairs nothing: not kept, a digit table has one such list per number of a row)
        self.exact = {k: array("l", idxs) for k, idxs in buckets.items() if 1 < len(idxs) <= ARTICLE_EXACT}
        del buckets
        windows: dict[object, list[int]] = defaultdict(list)
        for i in range(n):
            for k in self._chosen(i):
                windows[k].append(i)
        order = self.order
        self.windows = {k: array("l", sorted(idxs, key=order.__getitem__)) for k, idxs in windows.items()}
        del windows
        # statements naming the same (value, mod), in (sentence, position) order; a value named by one statement
        # only (most of a table's dates) gets no list: counted first
        counts: Counter = Counter(key for u in units for key in dict.fromkeys((m.value, m.mod) for m in u.mentions))
        same_value: dict[tuple, list[int]] = defaultdict(list)
        for i, u in enumerate(units):
            for key in dict.fromkeys((m.value, m.mod) for m in u.mentions):
                if counts[key] > 1:
                    same_value[key].append(i)
        del counts
        by_sent = sorted(range(n), key=lambda i: (units[i].sent_no, units[i].pos))
        self.sent_order = _first_of_equal(array("l", by_sent), lambda i: (units[i].sent_no, units[i].pos))
        del by_sent
        sent_order = self.sent_order
        self.same_value = {k: array("l", sorted(idxs, key=sent_order.__getitem__)) for k, idxs in same_value.items()}

    def _keys(self, i: int) -> list[object]:
        u = self.units[i]
        return [*u.terms, *(("#", t) for t in u.tags if t not in GENERIC_CONCEPTS)]

    def _chosen(self, i: int) -> list[object]:
        """Statement ``i``'s :data:`ARTICLE_KEYS` least common crowded keys."""
        ks = [k for k in self._keys(i) if k in self.crowded_n]
        ks.sort(key=lambda k: (self.crowded_n[k], str(k)))
        return ks[:ARTICLE_KEYS]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        units, h0, h1, rank, order, sent_order = self.units, self.h0, self.h1, self.rank, self.order, self.sent_order
        for a in self.date_order:
            ra, a0, a1 = rank[a], h0[a], h1[a]
            found: set[int] = set()
            for k in self._keys(a):
                for b in self.exact.get(k, ()):
                    if rank[b] > ra and h0[b] <= a1 and a0 <= h1[b]:
                        found.add(b)
            for k in self._chosen(a):
                idxs = self.windows[k]
                q = bisect.bisect_left(idxs, order[a], key=order.__getitem__)
                for b in idxs[q + 1:q + 1 + ARTICLE_WINDOW]:  # later in date order: rank[b] > ra
                    if h0[b] > a1:
                        break
                    found.add(b)
            sa = units[a].sent_no
            for key in dict.fromkeys((m.value, m.mod) for m in units[a].mentions):
                near = self.same_value.get(key)
                if near is None:
                    continue
                q = bisect.bisect_left(near, sent_order[a], key=sent_order.__getitem__)
                for b in near[q + 1:q + 1 + ARTICLE_WINDOW]:
                    if units[b].sent_no > sa + 1:
                        break
                    if rank[b] > ra:
                        found.add(b)
                for b in near[max(0, q - ARTICLE_WINDOW):q]:  # a is in b's window when close enough
                    if sa <= units[b].sent_no + 1 and rank[b] > ra:
                        found.add(b)
            for b in sorted(found):
                yield (a, b) if a < b else (b, a)


def _first_of_equal(ordered: array, key: Callable[[int], object]) -> array:
    """For items ``0..n-1`` listed in ``ordered`` (sorted by ``key``): each item's position in ``ordered``, or
    the position of the first item of its run of equal keys. Sorting (stably) or bisecting (left) by it is
    sorting or bisecting by ``key``, with one machine integer per item instead of a key object."""
    out = array("l", bytes(8 * len(ordered)))
    prev: object = None
    first = 0
    for r, i in enumerate(ordered):
        k = key(i)
        if r == 0 or k != prev:
            first, prev = r, k
        out[i] = first
    return out


def _scored_pairs(clusters: list[_Cluster], dominant: frozenset[str], ctx: _Context) -> Iterator[list[int]]:
    """The candidate pairs of one article that score at least :data:`SAME_ARTICLE` (step 1 of
    :func:`_merge_article`), one group of connected statements at a time, each group's pairs in
    descending order of (score, i, j) as packed ints ``(score bits << 64) | (i << 32) | j``.

    The grouping makes no difference to the merge (a pair only ever joins statements of its own group),
    but only one group's pairs are ever a list: all pairs are kept in arrays (16 bytes each) until then.
    Each statement's merge profile (~1 KB) lives from its first candidate pair to its last: the pairs are
    made in date order (:class:`_ArticleCandidates`), counted first, and a profile goes once its count
    is used up."""
    cands = _ArticleCandidates(clusters)
    uses = array("l", bytes(8 * len(clusters)))
    for i, j in cands:
        uses[i] += 1
        uses[j] += 1
    profiles: dict[int, _Profile] = {}
    scores, firsts, seconds = array("d"), array("l"), array("l")
    for i, j in cands:
        ctx.compared["article"] += 1
        a, b = clusters[i], clusters[j]
        if _all_compatible(a.spans, b.spans):
            pa = profiles.get(i) or profiles.setdefault(i, _Profile(a, ctx))
            pb = profiles.get(j) or profiles.setdefault(j, _Profile(b, ctx))
            if not (_profiled_conflict(pa, pb, dominant) or _other_subjects(pa, pb) or _anaphor_apart(a, b, pa, pb)):
                s = _profiled_sim(pa, pb)
                if _same_date_nearby(a, b) or (s < SAME_ARTICLE and _today_retold(a, b)):
                    s = max(s, SAME_ARTICLE)
                if s >= SAME_ARTICLE and not _moments_apart(a, b):
                    scores.append(s)
                    firsts.append(i)
                    seconds.append(j)
        for x in (i, j):
            uses[x] -= 1
            if not uses[x]:
                profiles.pop(x, None)
    del cands, uses, profiles
    # groups of statements the pairs connect
    group = array("l", range(len(clusters)))

    def root(x: int) -> int:
        while group[x] != x:
            group[x] = group[group[x]]
            x = group[x]
        return x

    for i, j in zip(firsts, seconds, strict=True):
        ri, rj = root(i), root(j)
        if ri != rj:
            group[max(ri, rj)] = min(ri, rj)
    # the pairs of each group together (a counting sort by the group's root)
    start = array("l", bytes(8 * (len(clusters) + 1)))
    for i in firsts:
        start[root(i) + 1] += 1
    for x in range(len(clusters)):
        start[x + 1] += start[x]
    at = array("l", start)
    order = array("l", bytes(8 * len(firsts)))
    for t, i in enumerate(firsts):
        r = root(i)
        order[at[r]] = t
        at[r] += 1
    del at
    for r in range(len(clusters)):
        if start[r + 1] > start[r]:
            keys = [(_bits(scores[t]) << 64) | (firsts[t] << 32) | seconds[t] for t in order[start[r]:start[r + 1]]]
            keys.sort(reverse=True)
            yield keys


def _bits(s: float) -> int:
    """A non-negative float's IEEE bits as an integer: in the same order as the floats."""
    return int.from_bytes(struct.pack("<d", s), "little")


def _merge_article(units: list[_Unit], ctx: _Context) -> list[_Cluster]:
    clusters = [_Cluster.of(u) for u in units if not u.vague and not u.headline and u.role in EVENT_ROLES]
    dominant = _dominant(units)
    parent = array("l", range(len(clusters)))  # (machine integers: no int object per statement)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # 1. specific dates: strongly similar and compatible, the best pairs first
    # the members and the spans of a group are made only for statements that merge (a group of one reads
    # its cluster; a table entry per statement of a long article was most of this step's memory)
    members: dict[int, list[int]] = {}
    times: dict[int, dict[TimeSpan, None]] = {}
    for keys in _scored_pairs(clusters, dominant, ctx):
        for packed in keys:
            i, j = (packed >> 32) & 0xFFFFFFFF, packed & 0xFFFFFFFF
            ri, rj = find(i), find(j)
            if ri == rj:
                continue
            ti = times.get(ri)
            if ti is None:
                ti = dict.fromkeys(clusters[ri].spans)
            tj = times.get(rj)
            if tj is None:
                tj = dict.fromkeys(clusters[rj].spans)
            if not _all_compatible(list(ti), list(tj)):
                continue
            parent[rj] = ri
            members.setdefault(ri, [ri]).extend(members.pop(rj, [rj]))
            times.pop(rj, None)
            ti.update(tj)
            times[ri] = ti
    del times  # the article's intermediate tables: freed before the next step builds its own
    merged: list[_Cluster] = []
    for r, c in enumerate(clusters):  # each group once, in the order of its first statement's index
        if parent[r] != r:
            continue
        for x in members.get(r, ())[1:]:
            c.absorb(clusters[x])
        merged.append(c)
    del members, clusters
    merged.sort(key=lambda c: min(u.pos for u in c.units))
    headlines = [u for u in units if u.headline]
    rest = sorted((u for u in units if (u.vague or u.role not in EVENT_ROLES) and not u.headline),
                  key=lambda u: u.pos)
    if not headlines and not rest:
        # nothing to attach (a chronology, a table: every statement a dated event): no index and no date tables,
        # which held an entry per statement and per date of the article
        return merged
    index = _AttachIndex(merged)
    # 2. the headline's date joins the lead: the first body event stated with the same date
    same: dict[tuple, tuple[int, int]] = {}     # date -> (position, event) of its first statement
    # a period a statement reports, folded after its report day (the headline "甲三季報：前三季度淨利增長12%" over
    # "甲10月28日晚間披露三季報，前三季度實現…"): the headline joins that report, its period no time of the event
    reported: dict[tuple, tuple[int, int]] = {}
    opening: dict[tuple, tuple[int, int]] = {}  # the same among statements opening with their date

    def note(cu: _Unit, ci: int) -> None:
        key = (cu.mentions[0].value, cu.mentions[0].mod)
        # (a period the statement reports, folded after its report day, is a date it states too: the headline
        # "甲三季報：前三季度淨利增長12%" joins "甲10月28日晚間披露三季報，前三季度實現…")
        if key not in same or cu.pos < same[key][0]:
            same[key] = (cu.pos, ci)
        if cu.mentions[0].granularity in ("day", "time"):
            for m in cu.mentions[1:]:
                k = (m.value, m.mod)
                if m.granularity in _PERIODS and (k not in reported or cu.pos < reported[k][0]):
                    reported[k] = (cu.pos, ci)
        if cu.opening and (key not in opening or cu.pos < opening[key][0]):
            opening[key] = (cu.pos, ci)

    if headlines:
        for ci, c in enumerate(merged):
            for cu in c.units:
                note(cu, ci)
    for u in headlines:
        key = (u.mentions[0].value, u.mentions[0].mod)
        hit = opening.get(key) or same.get(key)
        via_report = hit is None and key in reported and all(sp.granularity in _PERIODS for sp in u.spans)
        if via_report:
            hit = reported[key]
        target = merged[hit[1]] if hit else None
        if target is None and u.concepts and all(sp.granularity not in ("day", "time") for sp in u.spans):
            # "…辭世 告別式下週舉行" over "告別式訂於6月27日…舉行": a headline's week or month holding a body event
            # of the same specific action is that event, told coarser
            own_kinds = set(u.concepts) - GENERIC_CONCEPTS
            target = next((c for c in merged if own_kinds & set(c.concepts) and c.spans and all(
                any(h.start <= sp.start and sp.end <= h.end for h in u.spans) for sp in c.spans)), None)
        if target is None:
            target = index.best(u, ctx, VAGUE_ATTACH if u.vague else SAME_ARTICLE)
        if target is None:
            merged.append(_Cluster.of(u))
            index.add(len(merged) - 1, u)
            note(u, len(merged) - 1)
        else:
            target.attach(u, timed=not via_report)  # the headline's words do not steer later attachments
            note(u, index.position[id(target)])
    # 3. vague dates join the compatible event they share most with; so do statements that are not
    # events (a festival used as a modifier, a habit, a state), also comparing with the headline. What
    # joins nothing stays apart (a statement alone is kind "statement": no canvas event).
    same.clear()  # step 2's tables: not held through step 3
    reported.clear()
    opening.clear()
    told: dict[tuple, tuple[int, _Unit]] = {}  # (sentence number, date) -> (event, statement)
    if rest:
        for ci, c in enumerate(merged):
            for cu in c.units:
                for m in cu.mentions:
                    told.setdefault((cu.sent_no, m.value, m.mod), (ci, cu))
    for u in rest:
        target = None
        if u.role not in EVENT_ROLES:
            # next to a sentence stating the same date, one of the two content-poor: the same story
            for d in (-1, 1):
                near = next((told[k] for m in u.mentions if (k := (u.sent_no + d, m.value, m.mod)) in told), None)
                if near is not None and (_thin(u) or _thin(near[1])) and not u.vague:
                    target = merged[near[0]]
                    break
        if target is None:
            target = index.best(u, ctx, VAGUE_ATTACH, headline=u.role not in EVENT_ROLES, doer=True)
        if target is None:
            merged.append(_Cluster.of(u))
            index.add(len(merged) - 1, u)
        else:
            target.absorb(_Cluster.of(u))
            index.add(index.position[id(target)], u)
        ci = index.position[id(target)] if target is not None else len(merged) - 1
        for m in u.mentions:
            told.setdefault((u.sent_no, m.value, m.mod), (ci, u))
    return merged


class _AttachIndex:
    """Finds the events of one article a statement could join (:meth:`best`): those sharing a word, an
    actor or a non-generic event keyword with it (a similarity above zero needs one). A key held by at
    most :data:`ARTICLE_EXACT` statements gives all its events; a more crowded one gives the events of
    the :data:`ARTICLE_WINDOW` statements nearest in the text on each side."""

    def __init__(self, merged: list[_Cluster]):
        self.merged = merged
        self.position: dict[int, int] = {}
        self.keys: dict[object, list[tuple[int, int]]] = defaultdict(list)  # sorted (position, event)
        for ci, c in enumerate(merged):
            self.position[id(c)] = ci
            for u in c.units:
                self.add(ci, u)

    @staticmethod
    def _keys(u: _Unit) -> list[tuple[str, str]]:
        return ([("t", t) for t in u.terms] + [("a", a) for a in dict.fromkeys(u.actors)]
                + [("k", t) for t in dict.fromkeys(u.tags) if t not in GENERIC_CONCEPTS])

    def add(self, ci: int, u: _Unit) -> None:
        """``u``'s words now count for event ``ci`` (also registers a new event)."""
        self.position.setdefault(id(self.merged[ci]), ci)
        entry = (u.pos, ci)  # one tuple under all of the statement's keys (a dozen words: a dozen copies before)
        for k in self._keys(u):
            bisect.insort(self.keys[k], entry)

    def candidates(self, u: _Unit) -> list[int]:
        out: set[int] = set()
        for k in self._keys(u):
            entries = self.keys.get(k)
            if not entries:
                continue
            if len(entries) <= ARTICLE_EXACT:
                out.update(ci for _, ci in entries)
            else:
                x = bisect.bisect_left(entries, (u.pos, -1))
                out.update(ci for _, ci in entries[max(0, x - ARTICLE_WINDOW):x + ARTICLE_WINDOW])
        return sorted(out)

    def best(self, u: _Unit, ctx: _Context, threshold: float, headline: bool = False, doer: bool = False
             ) -> _Cluster | None:
        """The event ``u`` shares most with (at least ``threshold``), among compatible, conflict-free
        events; on a tie the later one. With ``headline``, the words of an event's headline count too
        (a statement that is no event of its own retelling the headline). With ``doer``, not an event
        done by another doer with another action (:func:`_another_doer`)."""
        cu = _Cluster.of(u)
        best, best_s = None, threshold
        for ci in self.candidates(u):
            ctx.compared["attach"] += 1
            c = self.merged[ci]
            if not _all_compatible(u.spans, c.spans) or _conflict(cu, c.core(), ctx.gaz) \
                    or (doer and _another_doer(u, c)) or _moments_apart(cu, c):
                continue
            s = ctx.sim(cu, c)
            if headline:
                for h in c.units:
                    if h.headline:
                        s = max(s, ctx.sim(cu, _Cluster.of(h)))
            if s >= best_s:
                best, best_s = c, s
        return best


def _another_doer(u: _Unit, c: _Cluster) -> bool:
    """Statement ``u`` (a vague date, or no event of its own) has a doer (its subject) that leads none of the
    dated statements of event ``c``, which do have subjects, and tells none of its actions: "Raman told
    employees she would cut costs this year" does not join "Vantor named Priya Raman chief executive" —
    another action of another doer, although each names the other's subject."""
    if not u.subject:
        return False
    subjects = {x.subject for x in c.units if x.subject and not x.vague and x.role in EVENT_ROLES}
    if not subjects or u.subject in subjects:
        return False
    own = set(u.concepts) - GENERIC_CONCEPTS - REPORTING_CONCEPTS
    return not (own & {k for x in c.units for k in x.concepts})


_TODAY_WORD = re.compile(r"今日|今天|今（\d{1,2}）日|今\(\d{1,2}\)日|(?i:today)")


def _today_retold(a: _Cluster, b: _Cluster) -> bool:
    """A statement dated by the article's own day (今日 / today: a lead telling the news) and a later statement of
    the same article telling that day by its number (21日上午10时) that share at least two of their words and a
    quarter of the shorter one's: the lead's happening told again in detail ("险情已于今日排除" … "21日上午10时，…
    管涌险情排除"), one event."""
    for x, y in ((a.units[0], b.units[0]), (b.units[0], a.units[0])):
        if x.src != y.src or x.pos >= y.pos or not x.mentions or not y.mentions or not x.spans or not y.spans:
            continue
        if not _TODAY_WORD.fullmatch(x.mentions[0].text.strip()) or _TODAY_WORD.search(y.mentions[0].text):
            continue
        if x.spans[0].value[:10] != y.spans[0].value[:10] or len(x.spans[0].value) < 10:
            continue
        shared = len(x.terms.keys() & y.terms.keys())
        if shared >= 2 and 4 * shared >= min(len(x.terms), len(y.terms)):
            return True
    return False


def _same_date_nearby(a: _Cluster, b: _Cluster) -> bool:
    """A content-poor sentence (no actor, no event keyword) next to one stating exactly the same date
    continues its story."""
    for x in a.units:
        for y in b.units:
            if x.src == y.src and abs(x.sent_no - y.sent_no) <= 1 and (_thin(x) or _thin(y)) and not (
                    _same_day_anaphor(x) or _same_day_anaphor(y)) and any(
                    m.value == n.value and m.mod == n.mod for m in x.mentions for n in y.mentions):
                return True
    return False


_TRAILING_PREP = re.compile(r"(?:\s+(?:on|in|at|late|early|last|this))+\s*$", re.I)
# where, in a clause of its own ("…, in Shanghai on Thursday."): a place's capitalised name after in / at
_EN_PLACE_PHRASE = re.compile(r"\s(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?=\s|$)")


_UNVEIL = re.compile(r"发表(?:了)?(?![^，。；]{0,12}?(?:声明|演讲|演说|讲话|谈话|论文|文章|看法|意见|评论|报告|感言|言论|致辞|"
                     r"公开信|观点|见解|说明|讲座|专栏|社论|诗|书))")
"""发表 (Taiwan's word for unveiling) of a thing, not of words (a statement, a speech, a paper): a launch."""
_ON_SALE = re.compile(r"(?:机器人|手机|新机|机型|新车|车型|汽车|新品|产品|系列|电池|芯片|新药|平板|耳机|手表|眼镜|饮料|游戏)"
                      r"(?:[」”』》]|[「“『《][^」”』》，。]{1,12}[」”』》])?\s*(?:正式|已经|已|将|陆续|率先|同步|首发)?\s*上市")
"""A product noun right before 上市 (dates blanked): the product goes on sale."""
_LISTING = re.compile(r"交易所|港股|美股|[AB]股|科创板|创业板|主板|纳斯达克|纽交所|募资|募股|招股|发行价|股价|IPO|挂牌", re.I)
"""Words that make 上市 a company's listing whatever comes before it."""
_ZH_AFTER_FRAME = re.compile(r"[\u4e00-\u9fff]{2}(?:之后|之後|以后|以後|后|後|以来|以來)\s*$")
"""A clause ending as a frame that tells an earlier happening ("甲推出乙後"), the clause after it the news."""
_EN_FRAME_OPEN = re.compile(r"\s*(?:after|since|ever\s+since|once)\s+(?:the\s+)?", re.I)
_PAST_FRAME = re.compile(r"^\s*(?:after|since|ever\s+since|once)\s+\S|[\u4e00-\u9fff]{2}(?:之后|之後|以后|以後|后|後|以来|以來)\s*$",
                         re.I)
"""A clause opening a sentence that tells an earlier happening as the time of the rest ("X推出Y後，…")."""


def _attribution_only(blanked: str, clause: tuple[int, int]) -> bool:
    """The clause (dates blanked) is only a short attribution: someone said / announced, at most a few
    words before the verb ("it said on Friday", "the company announced on Tuesday", "公司昨日宣布")."""
    s = _TRAILING_PREP.sub("", blanked[clause[0]:clause[1]].strip(" \t,，.。;；"))
    return len(s.split()) <= 5 and len(s) <= 40 and bool(_REPORTING_END.search(s))


_PART_OF_DAY_HOURS = {"MO": (5.0, 12.0), "MI": (11.0, 14.0), "AF": (12.0, 18.0), "EV": (18.0, 23.0),
                      "NI": (20.0, 30.0)}
"""The hours a part of day (``…TMO``, ``…TAF``, ``…TEV``, ``…TNI``) may stand for; evening and night overlap."""
CLOCK_SLACK = 1.0
"""Hours either side of a clock time within which another telling of that day's moment is the same moment."""


def _moments(c: _Cluster) -> dict[str, list[tuple[float, float]]]:
    """The moments of a day a statement is dated by (a part of day or a clock time), as hour ranges by day."""
    out: dict[str, list[tuple[float, float]]] = {}
    for u in c.units:
        for m in u.mentions:
            v = m.value
            if m.granularity != "time" or not v or "/" in v or "T" not in v:
                continue
            day, t = v.split("T", 1)
            if t[:2] in _PART_OF_DAY_HOURS:
                out.setdefault(day, []).append(_PART_OF_DAY_HOURS[t[:2]])
            elif len(t) >= 5 and t[:2].isdigit() and t[3:5].isdigit():
                h = int(t[:2]) + int(t[3:5]) / 60
                out.setdefault(day, []).append((h - CLOCK_SLACK, h + CLOCK_SLACK))
    return out


_STAMP_RULES = frozenset({"clock_stamp"})


def _stamps(c: _Cluster) -> set[str]:
    """The update stamps (a clock time opening a live story's line) a statement is dated by."""
    return {m.value for u in c.units for m in u.mentions if m.rule in _STAMP_RULES and m.value}


def _moments_apart(a: _Cluster, b: _Cluster) -> bool:
    """Two statements of one article dated by moments of one day that cannot meet ("4日下午…備降" and "當晚…派出";
    9:00 and 15:00): two happenings, whatever their words share."""
    ma = _moments(a)
    if not ma:
        return False
    sa = _stamps(a)
    if sa and (sb := _stamps(b)) and not sa & sb:
        return True  # two updates of a live story, stamped 09:50 and 10:05: each one is told as its own happening
    mb = _moments(b)
    return any(not any(lo1 < hi2 and lo2 < hi1 for lo1, hi1 in ma[day] for lo2, hi2 in mb[day])
               for day in ma.keys() & mb.keys())


# after a same-day anaphor: "also" ("甲同日還收購了丙", "同日另宣布…", "同日又…"), one more happening that day
_CJK_WORD = re.compile(r"[\u4e00-\u9fff《“「A-Za-z]")
"""A word (a Chinese character, a title or a Latin letter) before a same-day anaphor in its clause: the clause has
a subject of its own ("…，電影《丙》同日也上映"), one more happening that day (``also``)."""
_ALSO_AFTER = re.compile(r"\s*(?:还|另外|另|又|再|亦)")
_EN_ALSO = re.compile(r"(?<![A-Za-z])also(?![A-Za-z])", re.I)


def _anaphor_apart(a: _Cluster, b: _Cluster, pa: _Profile, pb: _Profile) -> bool:
    """Two statements of one article, one dated only by a same-day anaphor ("星河影業同日發表聲明" after
    "歐委會2月20日對星河影業處以罰款"; "乙集團同日也開通了3號線" after "甲鐵路5月18日開通蒼鷺線"): the writer
    tells another thing on that day, so they are one happening only when they tell the same specific action
    and open with the same subject, and the anaphor is not told with "also" ("甲同日還收購了丙": one more
    happening that day, whatever its action)."""
    if not (any(_same_day_anaphor(u) for u in a.units) or any(_same_day_anaphor(u) for u in b.units)):
        return False
    if any(u.also and _same_day_anaphor(u) for u in a.units) != any(u.also and _same_day_anaphor(u) for u in b.units):
        return True  # "甲同日還收購了丙" after "甲7月1日完成對乙的收購": the same action again, of another thing
    if not any(u.also for u in (*a.units, *b.units)) and len({(u.src, u.sent_no) for u in (*a.units, *b.units)}) == 1 \
            and (not pa.subjects or not pb.subjects or pa.subjects == pb.subjects):
        # "1月8日，公司首次實施回購，當日回購股份40萬股": the day's anaphor opening a clause of its own sentence
        # (no subject of its own before it: "電影《甲》昨天上映，電影《丙》同日也上映" is ``also``), one telling
        return False
    return not ((pa.concepts & pb.concepts) - REPORTING_CONCEPTS and pa.subjects and pa.subjects == pb.subjects)


def _same_day_anaphor(u: _Unit) -> bool:
    """The statement is dated by "同日" / "on the same day": the writer tells another thing on a day told
    before, so the sentence before it is no evidence that it continues that sentence's story. A period the
    statement reports ("同日還公布了2026年全年貨運量", folded after its day) does not count: its day is the anaphor."""
    days = [m for m in u.mentions if m.granularity in ("day", "time")]
    return not u.vague and bool(days) and all(
        _SAME_DAY.fullmatch(m.text.strip()) or (m.granularity == "time" and _MOMENT_ANAPHOR.fullmatch(m.text.strip()))
        for m in days) and all(m.granularity in _PERIODS for m in u.mentions if m.granularity not in ("day", "time"))


def _thin(u: _Unit) -> bool:
    return not u.actors and not [c for c in u.concepts if c not in GENERIC_CONCEPTS]


def _cross_score(a: _Cluster, b: _Cluster, core_a: _Cluster, core_b: _Cluster, ctx: _Context,
                 profile_a: _Profile | None = None, profile_b: _Profile | None = None) -> float:
    """How strongly two events from different articles look like one happening (0 = never merge).

    ``core_a``/``core_b`` are the events' own statements (:meth:`_Cluster.core`); ``profile_a``/
    ``profile_b`` their :class:`_Profile` when already computed. Equivalent to testing the cores with
    :func:`_subject_conflict`, :func:`_conflict` (no dominant actor), :func:`_cosine` and
    :func:`_overlap`; the profiles hold what those need, computed once per event."""
    if not (a.specific and b.specific) or a.sources & b.sources:
        return 0.0
    if not _all_compatible(a.spans, b.spans):
        return 0.0
    pa = profile_a or _Profile(core_a, ctx)
    pb = profile_b or _Profile(core_b, ctx)
    if not pa.actors & pb.actors and not _heads_meet(pa, pb):
        return 0.0
    if _other_subjects(pa, pb):
        return 0.0  # statements led by different subjects
    if pa.orgs and pb.orgs and not (ctx.gaz.with_parents(pa.orgs) & ctx.gaz.with_parents(pb.orgs)):
        return 0.0  # a person's action at two different companies (named chief executive of X / of Y)
    if pa.concepts and pb.concepts and not (pa.concepts & pb.concepts):
        return 0.0  # different happenings
    if _other_action(pa.concepts, pa.all_concepts, pb.concepts, pb.all_concepts):
        return 0.0  # a partnership is not the factory opened that day
    if _other_parties(pa, pb):
        return 0.0  # a partnership with another company
    if pa.figures and pb.figures and not (pa.figures & pb.figures):
        return 0.0  # both give distinctive figures and share none (a 39.3億 funding, a 13.7億 listing)
    if _other_objects(pa, pb):
        return 0.0  # the same action done to different things
    if _places_differ(pa.places, pb.places):
        return 0.0  # the same action in different places
    for x, y in ((pa.persons, pb.persons), (pa.products, pb.products)):
        if x and y and not (x & y):
            return 0.0
    small, big = (pa.vector, pb.vector) if len(pa.vector) <= len(pb.vector) else (pb.vector, pa.vector)
    dot = sum(v * big[k] for k, v in small.items() if k in big)
    cos = dot / (pa.norm * pb.norm) if dot else 0.0
    same_day_other_language = not (pa.langs & pb.langs) and _same_day(a.spans, b.spans)
    deal = _deal_meets(pa, pb)
    # a generic action (a partnership) told by both with the same parties: the same happening in any words
    same_parties = len(pa.actors) >= 2 and pa.actors == pb.actors and bool(
        pa.all_concepts & pb.all_concepts & GENERIC_ACTIONS)
    if not (pa.concepts & pb.concepts) and cos < 0.25 and not same_parties and not (
            same_day_other_language and (pa.all_concepts & pb.all_concepts or not (pa.all_concepts or pb.all_concepts))
    ) and not (pa.amounts & pb.amounts and not (pa.concepts and pb.concepts)) and not deal:
        # nothing in common but the actors (in another language: not even the same action and day; a
        # distinctive amount both give is in common, unless each tells its own action)
        return 0.0
    if pa.langs & pb.langs and cos < SAME_LANGUAGE_MIN_COS and not _same_telling(pa, pb, a.spans, b.spans):
        return 0.0  # told in the same language, yet hardly a word in common
    bonus = 0.0
    if pa.amounts & pb.amounts:
        bonus += W_AMOUNT  # a distinctive amount told by both
    if same_day_other_language or deal:
        bonus += W_SAME_DAY  # other languages share no words: the exact day (or the deal's kind) stands in
    elif same_parties and not (pa.langs & pb.langs):
        bonus += W_SAME_DAY  # ... and when the day is not told by both, the same parties of one generic action
    return (cos + W_ACTORS * _shared(pa.actor_keys, pb.actor_keys) + W_KEYWORDS * _shared(pa.tag_keys, pb.tag_keys)
            + bonus)


def _same_telling(pa: _Profile, pb: _Profile, a: list[TimeSpan], b: list[TimeSpan]) -> bool:
    """Two tellings in one language in other words ("甲航運1月8日宣布，某乙出任公司行政總裁" / "甲航运1月8日任命某乙为
    首席执行官"): the same exact day, the same specific actions (none generic) and the same participants, two or
    more of them, stand in for the words they do not share."""
    return bool(pa.concepts) and pa.concepts == pb.concepts and len(pa.actors) >= 2 and pa.actors == pb.actors \
        and _same_day(a, b)


def _deal_meets(pa: _Profile, pb: _Profile) -> bool:
    """In two languages, one side tells only a deal in general words ("2005年與雅虎達成戰略交易") and the other
    a financial action ("in 2005 Yahoo invested about $1 billion"; funding, an acquisition, a sale, a merger)
    whose participants are all named by the deal's side: the deal is that action."""
    if pa.langs & pb.langs:
        return False
    for x, y in ((pa, pb), (pb, pa)):
        if "deal" in x.all_concepts and not x.concepts and y.concepts & FINANCIAL_CONCEPTS \
                and y.actors and y.actors <= x.actors:
            return True
    return False


def _same_day(a: list[TimeSpan], b: list[TimeSpan]) -> bool:
    """Both tell one exact day, or one exact span of days (an expo "11月2日至4日" / "from November 2 to 4": as
    distinctive as a day)."""
    days = {(s.start, s.end) for s in a if s.granularity == "day"}
    return any(s.granularity == "day" and (s.start, s.end) in days for s in b)


def _profiled_sim(pa: _Profile, pb: _Profile) -> float:
    """:meth:`_Context.sim` on two profiles."""
    small, big = (pa.vector, pb.vector) if len(pa.vector) <= len(pb.vector) else (pb.vector, pa.vector)
    dot = sum(v * big[k] for k, v in small.items() if k in big)
    cos = dot / (pa.norm * pb.norm) if dot else 0.0
    return cos + W_ACTORS * _shared(pa.actor_keys, pb.actor_keys) + W_KEYWORDS * _shared(pa.tag_keys, pb.tag_keys)


def _heads_meet(pa: _Profile, pb: _Profile) -> bool:
    """One side has no actor found and opens with words (:func:`_head_words`) that the other side opens with
    too, or names as an actor or as what its action was done to ("諾瓦助手去年11月上線" / "澄宇智能發布
    「諾瓦助手」"): the words stand for the participant no finder saw."""
    return bool(pa.heads and pa.heads & (pb.heads | pb.words) or pb.heads and pb.heads & (pa.heads | pa.words))


_HEAD_FLAGS = ("n", "nz", "nr", "ns", "nt", "nrt", "j", "vn")
_GENERIC_HEADS = frozenset("公司 该公司 本公司 这家公司 集团 该集团 双方 市场 用户 行业 业内 外界 官方 政府 企业 平台 产品 "
                           "新品 消息 记者 报道 数据 分析师 投资者 股东 董事会".split())


_GENERIC_PART = re.compile(r"公司|集团|董事会|本行|该行|双方|政府|部门|记者|用户|市场|行业|平台|官方|我们|他们")


_QUOTED_HEAD = re.compile(r"[\s，,]*(?:电影|影片|新片|剧集|电视剧|纪录片|动画片|游戏|专辑|歌曲|新歌|小说|新书|图书)?"
                          r"[“「『《\"]([\u4e00-\u9fffA-Za-z0-9 ]{2,12})[”」』》\"]\s*")


def _head_words(norm: str, a: int, date_at: int) -> str | None:
    """The Chinese words opening a clause before its date when they are a run of nouns of 3 to 10
    characters (jieba), not a generic word ("绿洲新能源7月15日在科创板上市" -> 绿洲新能源; "公司7月15日…" -> none):
    most likely the subject, a name no finder saw. Also a name in quotes opening the clause, letters and digits
    allowed ("“鹊桥Q5”3月11日正式亮相" -> 鹊桥Q5: a product told by its name alone; "电影《雾港》昨天在全国上映" -> 雾港,
    a work's title after its kind)."""
    from timeline.events.segment import pos_cut

    quoted = _QUOTED_HEAD.fullmatch(norm, a, date_at)
    if quoted and any("\u4e00" <= ch <= "\u9fff" for ch in quoted.group(1)):
        return quoted.group(1)
    text = norm[a:date_at].strip(" \t\u3000，,。；;：:“”「」\"'（）()")
    if not 3 <= len(text) <= 10 or not all("\u4e00" <= ch <= "\u9fff" for ch in text) or text in _GENERIC_HEADS \
            or _GENERIC_PART.search(text):
        return None  # (no 公司董事会 / 该行 / 集团: a generic subject says which company only in its article)
    cut = pos_cut(text)
    if len(cut) < 2 and len(text) < 4 or not all(f.startswith(_HEAD_FLAGS) for _, f in cut):
        return None
    return text


def _other_objects(pa: _Profile, pb: _Profile) -> bool:
    """The same action done to different things: both tell what the action is done to ("收購乙公司" /
    "收購丙公司") and neither's object is named by the other at all (a retelling in the passive voice,
    "乙公司被甲公司收購", names both)."""
    return _objects_differ(pa.objects, pa.names, pa.langs, pb.objects, pb.names, pb.langs)


def _cluster_objects_differ(a: _Cluster, b: _Cluster) -> bool:
    """:func:`_other_objects` on two clusters' statements."""
    return _objects_differ({u.obj for u in a.units if u.obj}, set(a.actors), {u.lang for u in a.units},
                           {u.obj for u in b.units if u.obj}, set(b.actors), {u.lang for u in b.units})


def _objects_differ(oa: AbstractSet[str], names_a: AbstractSet[str], langs_a: AbstractSet[str],
                    ob: AbstractSet[str], names_b: AbstractSet[str], langs_b: AbstractSet[str]) -> bool:
    """:func:`_other_objects` on plain sets (objects, actor names and languages of each side)."""
    if not (langs_a == langs_b == {"zh"}):  # an object told as words compares only with words (Chinese)
        ta, tb = {o for o in oa if o.startswith("text:")}, {o for o in ob if o.startswith("text:")}
        if ta and tb and not any(x[5:] in y or y[5:] in x for x in ta for y in tb):
            return True  # both sides' Chinese tellings name what it was done to, and not the same thing
        oa, ob = oa - ta, ob - tb
    if not (oa and ob) or oa & (names_b | ob) or ob & (names_a | oa):
        return False
    # objects told as words name one thing when one holds the other ("产品白鹭" / "白鹭")
    return not any(x.startswith("text:") and y.startswith("text:") and (x[5:] in y or y[5:] in x)
                   for x in oa for y in ob)


def _profiled_conflict(pa: _Profile, pb: _Profile, dominant: frozenset[str]) -> bool:
    """:func:`_conflict` on two profiles; also two statements that both give distinctive figures (amounts,
    percentages) and share none of them ("市场规模达223亿元" / "份额从33%升至36%")."""
    if pa.figures and pb.figures and not (pa.figures & pb.figures):
        return True
    if pa.concepts and pb.concepts and not (pa.concepts & pb.concepts):
        return True
    if _other_action(pa.concepts, pa.all_concepts, pb.concepts, pb.all_concepts) or _other_parties(pa, pb):
        return True
    if _other_objects(pa, pb) or _places_differ(pa.places, pb.places):
        return True
    for x, y in ((pa.persons, pb.persons), (pa.products, pb.products)):
        if x and y and not (x & y):
            return True
    if dominant:
        x, y = pa.orgs - dominant, pb.orgs - dominant
        if not (x & y) and not ((pa.names & pb.names) - dominant) and x and y:
            return True
    return False


def _shared(a: dict, b: dict) -> float:
    """:func:`_overlap` on precomputed ``{key: idf}`` maps."""
    if not a or not b:
        return 0.0
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    hit = sum(w for k, w in small.items() if k in big)
    return hit / sum(small.values()) if hit else 0.0


class _Profile:
    """What :func:`_cross_score` needs of an event's core, computed once per event: actors and statement
    subjects with the organisations they belong to, non-generic event keywords, people and products,
    languages, the idf-weighted word vector and its length, weighted actor and keyword sets. Read-only:
    its empty sets and tables are shared objects."""

    __slots__ = ("actors", "subjects", "concepts", "persons", "products", "orgs", "names", "langs", "vector",
                 "norm", "actor_keys", "tag_keys", "amounts", "figures", "all_concepts", "objects", "places",
                 "heads", "words")

    def __init__(self, core: _Cluster, ctx: _Context):
        gaz = ctx.gaz
        self.actors = _set(gaz.with_parents(core.actors))
        self.subjects = _set(gaz.with_parents({u.subject for u in core.units if u.subject}))
        self.objects = _set({u.obj for u in core.units if u.obj})
        self.places = _set({p for u in core.units for p in u.places})
        self.concepts = _set({c for c in core.concepts if c not in GENERIC_CONCEPTS})
        self.all_concepts = _set(set(core.concepts))
        self.persons = _set({x for x in core.actors if gaz.kind(x) == "person"})
        self.products = _set({x for x in core.actors if gaz.kind(x) == "product"})
        self.orgs = _set({x for x in core.actors if gaz.kind(x) == "org"})
        self.names = _set(set(core.actors))
        langs = frozenset(u.lang for u in core.units)
        self.langs = _LANG_SETS.setdefault(langs, langs)
        self.vector = {k: min(v, 3) * ctx.terms_w.idf(k) for k, v in core.terms.items()}
        self.norm = math.sqrt(sum(v * v for v in self.vector.values())) if self.vector else 0.0
        self.actor_keys = {k: ctx.actors_w.idf(k) for k in core.actors} or _NO_WEIGHTS
        self.tag_keys = {k: ctx.concepts_w.idf(k) for k in core.tags if k not in GENERIC_CONCEPTS} or _NO_WEIGHTS
        self.amounts = _set({k for k in core.terms if k.startswith("amount:")})
        self.figures = _set(_firm_figures(core))
        self.heads = _set({u.head for u in core.units if u.head})
        self.words = _set({_bare(o) for o in self.objects if not o.startswith("place:")} | set(core.actors))


_LANG_SETS: dict[frozenset[str], frozenset[str]] = {}  # one set per combination of languages
_NO_WEIGHTS: dict[str, float] = {}  # shared by every profile without actors / keywords: never written


SETS_LIMIT = 1 << 16
"""Most distinct profile sets :data:`_SETS` holds before it starts afresh."""
_SETS: dict[frozenset[str], frozenset[str]] = {}
"""One frozen set per distinct content of a profile's sets (a long article of dated clauses tells the same
action and the same company in statement after statement: a set of ~220 bytes each otherwise). Bounded by
:data:`SETS_LIMIT`, emptied after each build; only which object holds an equal set depends on it."""


def _set(items: AbstractSet[str]) -> AbstractSet[str]:
    """``items`` as a frozen set shared with every equal one of the build (:data:`_SETS`), or one shared empty
    set when there are none: a profile has a dozen sets, most of them empty or repeated in a long article of
    dated clauses, where a profile is made for nearly every statement. Read-only, as profiles are."""
    if not items:
        return _NO_PLACES
    if len(_SETS) >= SETS_LIMIT:
        _SETS.clear()
    fs = frozenset(items)
    return _SETS.setdefault(fs, fs)


def _merge_across(clusters: list[_Cluster], ctx: _Context) -> list[_Cluster]:
    """Merge events of different articles (candidates: sharing an actor and overlapping in time)."""
    eligible = [i for i, c in enumerate(clusters) if c.specific and _is_event(c)]
    if len({clusters[i].units[0].src for i in eligible}) < 2:
        # every pair is of one article: nothing to merge (and no blocks to build, nor cores: a core is kept by
        # its cluster until the cluster's statements change, so one made here lived on to the events)
        return list(clusters)
    cores = {i: clusters[i].core() for i in eligible}
    del eligible
    profiles: dict[int, _Profile] = {}  # made for the events in a candidate pair only
    # Blocking: a pair is scored only when it shares an actor and an event keyword or one of its rarest
    # words (what _cross_score needs anyway) and the times overlap; within one block each event is
    # compared with at most CROSS_WINDOW later-starting ones, and each event brings at most CROSS_CANDIDATES
    # pairs (taken from its least crowded blocks first) after looking at no more than CROSS_SCAN block
    # entries, so the work stays linear in the corpus.
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, core in cores.items():
        keys = {c for c in core.concepts if c not in GENERIC_CONCEPTS}
        if "deal" in core.concepts or any(c in FINANCIAL_CONCEPTS for c in core.concepts):
            keys.add("act:deal")  # a deal told in general words meets a financial action (_deal_meets)
        shareable = [t for t in core.terms if ctx.terms_w.df.get(t, 0) >= 2]  # a word seen once is in no pair
        keys |= set(sorted(shareable, key=lambda t: (-ctx.terms_w.idf(t), t))[:CROSS_TERMS])
        keys |= {t for t in shareable if t.startswith("amount:")}  # amounts are always worth a look
        keys |= {f"act:{c}" for c in core.concepts if c in GENERIC_ACTIONS}  # a partnership told in any words
        # the same exact day (or span of days): tellings in another language share no words
        keys |= {f"day:{s.start}" if s.start == s.end else f"days:{s.start}/{s.end}" for s in clusters[i].spans
                 if s.granularity == "day"}
        for a in ctx.gaz.with_parents(core.actors):
            for k in keys:
                blocks[(a, k)].append(i)
        # statements with no actor found, by the words opening them, meet the events naming those words
        heads = {u.head for u in core.units if u.head}
        for w in heads | {_bare(u.obj) for u in core.units if u.obj and u.obj.startswith("text:")}:
            for k in keys:
                blocks[("words:" + w, k)].append(i)
        for w in heads:  # ... and those naming them as an actor
            for k in keys:
                blocks[(w, k)].append(i)
    # times and articles of the events that share a block with another (the others are in no pair)
    paired = {i for idxs in blocks.values() if len(idxs) > 1 for i in idxs}
    first = {i: min(s.start for s in clusters[i].spans) for i in paired}
    last = {i: max(s.end for s in clusters[i].spans) for i in paired}
    src = {i: clusters[i].units[0].src for i in paired}
    del paired
    cand: set[tuple[int, int]] = set()
    taken: Counter = Counter()    # pairs per event with the later-starting events of its blocks
    scanned: Counter = Counter()  # block entries looked at per event
    for _, idxs in sorted(blocks.items(), key=lambda kv: (len(kv[1]), kv[0])):
        if len(idxs) < 2:
            continue
        idxs.sort(key=first.__getitem__)
        for x, i in enumerate(idxs):
            if taken[i] >= CROSS_CANDIDATES or scanned[i] >= CROSS_SCAN:
                continue
            end = last[i]
            for j in idxs[x + 1:x + 1 + CROSS_WINDOW]:
                if first[j] > end:
                    break
                scanned[i] += 1
                if src[i] != src[j]:
                    pair = (i, j) if i < j else (j, i)
                    if pair not in cand:
                        cand.add(pair)
                        taken[i] += 1
                        if taken[i] >= CROSS_CANDIDATES:
                            break
    scored = []
    for i, j in sorted(cand):
        ctx.compared["across"] += 1
        pi = profiles.get(i) or profiles.setdefault(i, _Profile(cores[i], ctx))
        pj = profiles.get(j) or profiles.setdefault(j, _Profile(cores[j], ctx))
        s = _cross_score(clusters[i], clusters[j], cores[i], cores[j], ctx, pi, pj)
        if s >= CROSS_ARTICLE:
            scored.append((s, i, j))
    scored = _unambiguous(scored, cores, profiles, ctx)
    alive = dict(enumerate(clusters))
    owner = list(range(len(clusters)))

    def find(x: int) -> int:
        while owner[x] != x:
            owner[x] = owner[owner[x]]
            x = owner[x]
        return x

    for _, i, j in sorted(scored, reverse=True):
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        keep, gone = alive[ri], alive[rj]
        if keep.sources & gone.sources or not _all_compatible(keep.spans, gone.spans):
            continue
        if _cluster_objects_differ(keep, gone):
            continue  # a telling that names no object must not join two that name different ones
        keep.absorb(gone)
        owner[rj] = ri
        del alive[rj]
    return list(alive.values())


def _unambiguous(scored: list[tuple[float, int, int]], cores: dict[int, _Cluster], profiles: dict[int, _Profile],
                 ctx: _Context) -> list[tuple[float, int, int]]:
    """The merge pairs without the guesses: an English-only event whose action is done to a thing it names
    in English, by a name no Chinese words are paired with (:func:`_align_products`), does not join a
    Chinese-only event naming that thing in words when another Chinese-only event it could join names
    another thing ("Chenxiu unveiled Bluefinch in May" with "晨岫科技5月7日發布青雀" and "晨岫科技5月20日推出
    白鷺": which one is Bluefinch nothing tells)."""
    options: dict[int, list[int]] = defaultdict(list)
    for _, i, j in scored:
        options[i].append(j)
        options[j].append(i)
    drop: set[tuple[int, int]] = set()
    for i, js in options.items():
        if len(js) < 2 or profiles[i].langs != {"en"}:
            continue
        if not any((e := _english_object(u)) and e not in ctx.translated for u in cores[i].units):
            continue
        worded = {j: frozenset(o for o in profiles[j].objects if o.startswith("text:")) for j in js
                  if profiles[j].langs == {"zh"}}
        worded = {j: w for j, w in worded.items() if w}
        if len(set(worded.values())) > 1:
            drop.update((min(i, j), max(i, j)) for j in worded)
    return [x for x in scored if (min(x[1], x[2]), max(x[1], x[2])) not in drop] if drop else scored


RETELL_ATTACH = 0.3     # a vaguely dated retelling joining a dated event of another article
RETELL_RECENT_DAYS = 45  # ... which ends at most this many days before the vague time (近日 / 日前 / recently)
RETELL_SCAN = 256       # dated events looked at per retelling


def _retell_candidates(p: _Profile, keys: dict[tuple[str, str], list[int]]) -> dict[int, None]:
    """Indexes of the dated events sharing an (actor, action) key with profile ``p``, in key order, at most
    ``RETELL_SCAN`` of them (a dict keeps the order and drops repeats); generic actions count when ``p``
    has no other."""
    cands: dict[int, None] = {}
    for a in sorted(p.actors):
        for k in sorted(p.concepts or p.all_concepts):
            for i in keys.get((a, k), ()):
                if len(cands) < RETELL_SCAN:
                    cands[i] = None
    return cands


VAGUE_PAIR = 0.6   # two vaguely dated tellings in different articles: one happening (see _merge_vague_tellings)
VAGUE_SCAN = 32    # earlier vague events compared with each, per subject


def _merge_vague_tellings(clusters: list[_Cluster], ctx: _Context) -> list[_Cluster]:
    """Two vaguely dated events of different articles (近日 / recently, neither retelling a dated event)
    that tell one happening become one: overlapping times, a shared subject, no conflict
    (:func:`_profiled_conflict`: another action, other figures, other people or objects) and a similarity of
    at least :data:`VAGUE_PAIR` (words, actors, event keywords) -- "近日，某甲在某大學的一場訪談中聊到創業往事"
    told by two articles. Each is compared with at most :data:`VAGUE_SCAN` earlier ones sharing its subject."""
    vague = [i for i, c in enumerate(clusters) if not c.specific and _is_event(c)]
    if len(vague) < 2:
        return clusters
    profiles = {i: _Profile(clusters[i].core(), ctx) for i in vague}
    by_subject: dict[str, list[int]] = defaultdict(list)
    gone: set[int] = set()
    for i in vague:
        p, c = profiles[i], clusters[i]
        lo, hi = min(s.start for s in c.spans), max(s.end for s in c.spans)
        best, best_sim = None, VAGUE_PAIR
        seen: dict[int, None] = {}
        for subj in sorted(p.subjects):
            for j in by_subject[subj][-VAGUE_SCAN:]:
                seen[j] = None
        for j in seen:
            if j in gone:
                continue
            d, pd = clusters[j], profiles[j]
            ctx.compared["vague"] += 1
            if d.sources & c.sources or max(s.end for s in d.spans) < lo or min(s.start for s in d.spans) > hi:
                continue
            if _profiled_conflict(p, pd, frozenset()):
                continue
            sim = _profiled_sim(p, pd)
            if sim >= best_sim:
                best, best_sim = j, sim
        if best is not None:
            clusters[best].absorb(c)
            profiles[best] = _Profile(clusters[best].core(), ctx)
            gone.add(i)
            continue
        for subj in p.subjects:
            by_subject[subj].append(i)
    return [c for j, c in enumerate(clusters) if j not in gone]


def _named_by_words(names: AbstractSet[str], pd: _Profile) -> bool:
    """Every one of ``names`` (Chinese names a retelling gives that the dated event does not) holds what the
    dated event's action was done to, told in Chinese words ("迅隼机器人" and the launch of 「迅隼」, told in English
    as "Swift Falcon"): the same thing by a longer name."""
    words = [w for w in pd.words if len(w) >= 2 and not w.isascii()]
    return bool(names) and bool(words) and all(not n.isascii() and any(w in n for w in words) for n in names)


def _without_products(p: _Profile) -> _Profile:
    """A copy of ``p`` naming no product (to test a retelling's other conflicts when its product is the dated
    event's by a longer name)."""
    q = object.__new__(_Profile)
    for k in _Profile.__slots__:
        setattr(q, k, getattr(p, k))
    q.products = _NO_PLACES
    return q


def _attach_retellings(clusters: list[_Cluster], ctx: _Context, sources: list[Source]) -> list[_Cluster]:
    """A vaguely dated event (近日 / 最近 / recently: no statement with a date of its own) that retells a
    dated event of another article joins it as one more source, and the dated event keeps its date.
    A retelling tells the same action (a shared event keyword that is not generic, no other one), its
    subject and all its participants are the dated event's, and the dated event is not later than the
    vague date. Among several, the best scoring one (then the latest) takes it. Candidates come from
    ``(actor, keyword)`` keys, at most :data:`RETELL_SCAN` per retelling. An undated sentence of another
    article telling an action (``ctx.undated``) that passes the same tests with the same subject and the same
    object as a dated statement (:func:`_object`), the dated event being no later than the article's date, is kept in the event's ``retold``: a reference with no date (``value``
    ``None``, spanning the sentence), never an event and never a date of its own."""
    if not ctx.undated and not any(not c.specific and _is_event(c) for c in clusters):
        return clusters  # nothing could retell an event: no profiles needed
    keys: dict[tuple[str, str], list[int]] = defaultdict(list)
    generic_keys: dict[tuple[str, str], list[int]] = defaultdict(list)
    profiles: dict[int, _Profile] = {}
    for i, c in enumerate(clusters):
        if c.specific and _is_event(c):
            p = profiles[i] = _Profile(c.core(), ctx)
            for a in p.actors | p.heads:  # (an event told by opening words, no name found: by those words)
                for k in p.concepts:
                    keys[(a, k)].append(i)
                for k in p.all_concepts - p.concepts:
                    generic_keys[(a, k)].append(i)
    gone: set[int] = set()
    if not keys and not generic_keys:
        return clusters
    for j, c in enumerate(clusters):
        if c.specific or not _is_event(c):
            continue
        p = _Profile(c.core(), ctx)
        if not p.actors:
            continue
        # "甲和乙於近日宣佈達成戰略合作": a generic action (an announcement of it aside), then both parties
        acts = p.all_concepts - REPORTING_CONCEPTS
        generic_only = not (p.concepts - REPORTING_CONCEPTS)
        if generic_only and (not acts or len(p.actors) < 2):
            continue
        latest = max(s.end for s in c.spans)
        earliest = min(s.start for s in c.spans) - dt.timedelta(days=RETELL_RECENT_DAYS)
        cands = _retell_candidates(p, keys) if not generic_only else \
            {i: None for a in sorted(p.actors) for k in sorted(acts) for i in generic_keys.get((a, k), ())[:RETELL_SCAN]}
        best, best_key = None, (dt.date.min, 0.0)
        for i in cands:
            ctx.compared["retell"] += 1
            d, pd = clusters[i], profiles[i]
            if i in gone or d.sources & c.sources or min(s.start for s in d.spans) > latest:
                continue
            if max(s.end for s in d.spans) < earliest:
                continue  # 近日 / 日前 tells something recent, not an older happening of the same kind
            if not (p.subjects & pd.actors) or not (p.actors <= pd.actors or p.amounts & pd.amounts
                                                     or _named_by_words(p.actors - pd.actors, pd)):
                continue  # the retelling's subject and every participant are the dated event's (or, where
                # it names one more, such as the exchange of a listing, the same distinctive amount is told)
            if generic_only and (p.actors != pd.actors or not acts <= pd.all_concepts):
                continue
            if _profiled_conflict(p, pd, frozenset()) and not (
                    p.persons == pd.persons and _named_by_words(p.products - pd.products, pd)
                    and not _profiled_conflict(_without_products(p), _without_products(pd), frozenset())):
                continue
            sim = _profiled_sim(p, pd)
            if sim < RETELL_ATTACH:
                continue
            # the most recent one that passes: 近日 / 日前 tells the latest happening of its kind
            key = (max(s.start for s in d.spans), sim)
            if key >= best_key:
                best, best_key = d, key
        if best is not None:
            best.absorb(c)
            gone.add(j)
    for u in ctx.undated or ():
        # an undated sentence: the same tests, and the dated event not after the article's date
        p = _Profile(_Cluster.of(u), ctx)
        published = sources[u.src].date
        generic_u = not (p.concepts - REPORTING_CONCEPTS)  # "X recently signed a partnership with Y"
        acts_u = p.all_concepts - REPORTING_CONCEPTS
        cands = _retell_candidates(p, keys) if not generic_u else \
            {i: None for a in sorted(p.actors) for k in sorted(acts_u) for i in generic_keys.get((a, k), ())[:RETELL_SCAN]}
        pick: _Cluster | None = None
        pick_key = (0.0, 0.0)
        loose: list[_Cluster] = []  # passing but for an object named in another language than the event's
        unnamed: list[_Cluster] = []  # passing but for the object, which neither names
        same_act = 0  # dated events of its subject and action
        own = False  # its own article dates a happening of its subject and action
        for i in cands:
            ctx.compared["retell"] += 1
            d, pd = clusters[i], profiles[i]
            # (told by its opening words, no name found: those words open the event's statements or name one)
            pd_subjects = pd.subjects | pd.heads if u.head else pd.subjects
            pd_actors = pd.actors | pd.heads if u.head else pd.actors
            if i not in gone and u.src in d.sources and p.subjects & pd_subjects and p.concepts <= pd.concepts:
                own = True
            if i in gone or u.src in d.sources or (published and min(s.start for s in d.spans) > published):
                continue
            same_act += bool(p.subjects & pd_subjects and p.concepts <= pd.concepts)
            if not (p.subjects & (pd_actors if u.recent else pd_subjects)) or _profiled_conflict(p, pd, frozenset()):
                continue  # (told as recent: its subject among the event's participants, as for 近日)
            if not p.actors <= pd_actors:
                # "Qinghe Medical recently unveiled Egret" and "青禾医疗发布了新一代产品白鹭": a product told in
                # another language (a translation, not found as a name there) cannot be compared
                if (u.recent and published and all(a in p.objects or ctx.translated.get(a) in p.objects
                                                    for a in p.actors - pd_actors) and not (p.langs & pd.langs)
                        and max(s.end for s in d.spans) >= published - dt.timedelta(days=RETELL_RECENT_DAYS)):
                    loose.append(d)
                continue
            if generic_u and (len(p.actors) < 2 or p.actors != pd_actors or not acts_u <= pd.all_concepts):
                continue  # a generic action is retold with both parties the same
            if u.recent and published:
                # "X recently completed an acquisition": told as recent, like 近日 / 日前, it retells a dated
                # event with its subject and action that ends at most RETELL_RECENT_DAYS before the article
                if max(s.end for s in d.spans) < published - dt.timedelta(days=RETELL_RECENT_DAYS):
                    continue  # (objects were compared by _profiled_conflict: Chinese words only with Chinese)
            elif not (p.objects & pd.objects) and not (not p.objects and any(
                    _told_in(_bare(o), u.terms) for o in pd.objects if o.startswith("text:"))):
                # (an undated sentence naming no object by the finder still names it when it holds its words:
                # "極客動力推出迅隼後" and the launch of 「迅隼」)
                if not p.objects and not pd.objects and p.subjects & pd_subjects \
                        and _profiled_sim(p, pd) >= RETELL_ATTACH:
                    unnamed.append(d)
                continue  # an undated sentence must name the very thing the dated action was done to
            sim, day = _profiled_sim(p, pd), float(max(s.start for s in d.spans).toordinal())
            if sim < RETELL_ATTACH:
                continue
            rank_u = (day, sim) if u.recent else (sim, day)  # told as recent: the latest happening of its kind
            if rank_u >= pick_key:
                pick, pick_key = d, rank_u
        if pick is None and len(loose) == 1:
            pick = loose[0]  # ... and only when one dated event of its subject and action is that recent
        if pick is None and len(unnamed) == 1 and same_act == 1:
            # neither names what the action was done to (a name no finder sees: "極客動力推出迅隼後"), and the
            # corpus dates one happening of that subject and action: the sentence retells it
            pick = unnamed[0]
        if pick is not None and not own:
            # (a headline "發改委批覆蒼鷺線二期" over "發改委8月4日批覆了…二期工程" tells its article's own happening,
            # not the body's approval of the first phase told by other articles)
            pick.retell(u)
    return [c for j, c in enumerate(clusters) if j not in gone]


# ------------------------------------------------------------------------------------------ events
_UNTIL = re.compile(r"(?:至|直至|直到|(?<![A-Za-z])(?:until|till|through))\s*$", re.I)


def _until_flaw(score: tuple[int, int], text: str, start: int) -> tuple[int, int]:
    """A title told by a date that ends a state ("擔任執行副主席至2023年9月", "served as CFO until 2013") tells
    what held until then, not what happened then: one more flaw, so that a merged event prefers another
    telling's title ("2023年，你以董事長的身份回歸")."""
    return (score[0] + 1, score[1]) if _UNTIL.search(text[max(0, start - 8):start]) else score


def _title_names(title: str, text: str, actor_spans: list[tuple[int, int, str]]) -> set[str]:
    """The names a title of ``text`` may name its actors by: their canonical names, and for an English title
    also as the sentence writes them ("Alibaba", whose canonical name is 阿里巴巴)."""
    names = {n for _, _, n in actor_spans}
    if title.isascii():
        names |= {text[x:y] for x, y, _ in actor_spans}
    return names


TITLE_CANDIDATES = 4  # other statements of a merged event whose titles are tried when the first is flawed


class _Norms:
    """Each article's text in Simplified (the text itself when that is the same), made again when asked
    for: while the events are made, a corpus of Traditional texts does not keep a second copy of every text
    (the last few asked for are remembered; an event's statements are mostly of one article)."""

    __slots__ = ("_sources", "_memo")
    KEEP = 8

    def __init__(self, sources: list[Source]) -> None:
        self._sources = sources
        self._memo: dict[int, str] = {}

    def __getitem__(self, k: int) -> str:
        norm = self._memo.get(k)
        if norm is None:
            text = self._sources[k].text
            norm = to_simplified(text)
            if norm == text:
                norm = text
            if len(self._memo) >= self.KEEP:
                del self._memo[next(iter(self._memo))]
            self._memo[k] = norm
        return norm


def _title_of(u: _Unit, m: TemporalMention, sources: list[Source], norms: Sequence[str] | _Norms, ctx: _Context
              ) -> tuple[str, tuple[int, int], list[tuple[int, int, str]]]:
    """The title made from statement ``u`` around mention ``m``, the stretch of text it was made from and
    the actors named there."""
    text = sources[u.src].text
    norm = norms[u.src]
    s0, s1 = _title_window(text, u.sentence, u.segment)
    # every date of the sentence goes out of the title, including reference-only ones
    dates: Sequence[tuple[int, int]] = u.sentence_dates
    if (s0, s1) != u.sentence:
        starts = [a for a, _ in dates]  # sorted by start
        dates = [d for d in dates[max(0, bisect.bisect_left(starts, s0) - 1):bisect.bisect_left(starts, s1)]
                 if d[1] > s0]
    actor_spans = _actor_hits(u.src, norm, ctx, s0, s1)
    asked = question_at(norm, u.segment, [(x.start, x.end) for x in u.mentions]) if u.role in EVENT_ROLES else None
    if asked and asked[1]:
        # "…有員工問負責人：…？負責人回答說，「…」": a question answered right after it is titled by the answer
        a0, a1 = asked[1]
        hits = _actor_hits(u.src, norm, ctx, a0, a1)
        answer = answer_title(text, asked[1]) or make_title(text, (a0, a1), (a0, a0 + 1), [], hits)
        if answer:
            return shorten(answer), asked[1], hits
    title = make_title(text, (s0, s1), (m.start, m.end), dates, actor_spans,
                       lambda a, b: bool(ctx.kw.concepts(norm, a, b)), u.segment, u.context, ctx.gaz.kind)
    if u.follows and title.endswith(" followed") and u.follows not in title:
        title = f"{title} {u.follows}"  # "Alipay followed" -> "Alipay followed Taobao": whom it followed
    return title, (s0, s1), actor_spans


TITLE_CONTEXT = 160  # characters of a long sentence around a date's segment that its title may draw on
_CLAUSE_MARK = re.compile(r"[，,；;：:。！？!?]")


def _title_window(text: str, sentence: tuple[int, int], segment: tuple[int, int]) -> tuple[int, int]:
    """The part of the sentence a title is made from: the whole sentence when it is short, else the
    date's segment with up to :data:`TITLE_CONTEXT` characters each side, cut at clause marks. Keeps
    the cost of a title bounded on one-sentence chronologies (thousands of dated clauses)."""
    s0, s1 = sentence
    if s1 - s0 <= 4 * TITLE_CONTEXT:
        return sentence
    g0, g1 = max(s0, segment[0]), min(s1, segment[1])
    a = max(s0, g0 - TITLE_CONTEXT)
    if a > s0:
        m = _CLAUSE_MARK.search(text, a, g0)
        a = m.end() if m else a
    b = min(s1, g1 + TITLE_CONTEXT)
    if b < s1:
        cut = [m.start() for m in _CLAUSE_MARK.finditer(text, g1, b)]
        b = cut[-1] if cut else b
    return a, b


def _span_of_days(c: _Cluster, day: TimeSpan, told: tuple[int, tuple[int, int]]) -> TimeSpan:
    """The time of an event whose statements tell a span of days ("11月2日至4日") and, in another sentence
    (``told``: the day's article and sentence), a day inside it (its opening, "2日开幕"): the span, the
    happening's whole time, when every dated statement's days lie inside it; ``day`` otherwise (one sentence
    telling a notice 当天 and a closure "7日至8日" keeps the notice's day)."""
    units = [u for u in c.units if u.role in EVENT_ROLES and not u.vague]
    spans = [sp for u in units for sp in u.spans]
    wide = [sp for u in units if (u.src, u.sentence) != told for sp in u.spans
            if sp.granularity == "day" and sp.start < sp.end and sp.start <= day.start and day.end <= sp.end]
    if not wide:
        return day
    outer = max(wide, key=lambda sp: (sp.end - sp.start).days)
    if all(outer.start <= sp.start and sp.end <= outer.end for sp in spans if sp.granularity in ("day", "time")):
        return outer
    return day


_GRAN_CONF = {"time": 0.9, "season": 0.8, "day": 0.9, "week": 0.85, "xun": 0.85, "month": 0.85, "quarter": 0.8, "half": 0.8,
              "year": 0.75, "decade": 0.6, "century": 0.5}


def _event(c: _Cluster, sources: list[Source], norms: Sequence[str] | _Norms, ctx: _Context,
           release: bool = False) -> Event:
    """The event of cluster ``c``. ``release``: each statement's mentions are let go once its references are
    made (the cluster is not read again; see :func:`build_events_counted`)."""
    def rank(u: _Unit):
        width = min((s.end - s.start).days for s in u.spans)
        return (u.role not in EVENT_ROLES, u.vague, u.headline, width, any(m.mod for m in u.mentions), u.src,
                u.pos)

    primary = min(c.units, key=rank)
    if len(primary.spans) != len(primary.mentions):  # a list of days told as one happening
        pm = (primary.mentions[0], primary.spans[0])
    else:
        pm = min(zip(primary.mentions, primary.spans, strict=True), key=lambda p: (p[1].end - p[1].start).days)
    time: TimeSpan = pm[1]
    if time.granularity == "day" and len(c.units) > 1:
        time = _span_of_days(c, time, (primary.src, primary.sentence))
    src = sources[primary.src]
    text = src.text
    title, (s0, s1), actor_spans = _title_of(primary, pm[0], sources, norms, ctx)
    # a merged event takes the best-formed title among its statements (headline_score: flaws, then a
    # compact length; ties keep the most precise statement's title)
    # (a name counts as written too: an English title writes "Alibaba", whose canonical name is 阿里巴巴)
    best = _until_flaw(headline_score(title, _title_names(title, text, actor_spans)), text, pm[0].start)
    if best != (0, 0):
        # (another date of the primary's own sentence tells its own clause: "In the early 2000s X dominated …, so
        # Y launched Z in 2003" -- a title with no flaw but its length keeps the event's own clause)
        for u in sorted((u for u in c.units if u is not primary and u.role in EVENT_ROLES and not u.headline
                         and not (best[0] == 0 and u.src == primary.src and u.sentence == primary.sentence)),
                        key=rank)[:TITLE_CANDIDATES]:
            other, _, spans_u = _title_of(u, u.mentions[0], sources, norms, ctx)
            score = _until_flaw(headline_score(other, _title_names(other, sources[u.src].text, spans_u)),
                                sources[u.src].text,
                                u.mentions[0].start)
            if score < best:
                title, best = other, score
    refs = []
    for u in sorted(c.units, key=lambda u: (u.src, u.pos)):
        if not release:
            for m in u.mentions:
                refs.append(MentionRef(u.source_id, m.start, m.end, m.text, u.sentence[0], u.sentence[1], m.value,
                                       m.granularity, m.mod))
            continue
        # each mention is let go as its reference is made (the statement held the only reference to it): a
        # statement of a text of dates holds a mention every few characters, and its mentions and their
        # references were all held at once at the build's peak
        held = deque(u.mentions)
        u.mentions = ()
        while held:
            m = held.popleft()
            refs.append(MentionRef(u.source_id, m.start, m.end, m.text, u.sentence[0], u.sentence[1], m.value,
                                   m.granularity, m.mod))
    for u in sorted(c.retold, key=lambda u: (u.src, u.pos)):  # undated retellings: no date of their own
        a, b = u.sentence
        refs.append(MentionRef(u.source_id, a, b, sources[u.src].text[a:b], a, b, None, "day", None))
    # the title sentence's actors first, in the order they are named (the subject leads the lane), then
    # the others by how often the event's statements name them
    # (a title's subject leads: "Together with X, Y bought Z" has Y first, as its title "Y bought Z" does)
    t_simp = to_simplified(title)
    in_title = sorted((t_simp.find(to_simplified(text[x:y])), a) for x, y, a in actor_spans
                      if text[x:y] and to_simplified(text[x:y]) in t_simp)
    in_title += [(x.start, x.actor) for x in ctx.gaz.find(t_simp)]
    lead = [a for _, a in sorted(in_title)] + [a for _, _, a in sorted(actor_spans)]
    # the title's subject is a participant even when the sentence only says "we" / "I" / 他 (the title put
    # the speaker or the person told before in its place: "Joe Tsai bought them")
    said = {x.actor for x in ctx.gaz.find(norms[primary.src], s0, s1)
            if not (text[x.start:x.end].isupper() and text[x.end:x.end + 2].lstrip().startswith((":", "：")))}
    # (a transcript's speaker label "MARY CHEN:" names no participant of the sentence)
    filled = [x.actor for x in ctx.gaz.find(to_simplified(title[:24]))
              if x.start == 0 and x.actor not in c.actors and x.actor not in said]
    if not filled:
        # a name found without the gazetteer in this article ("Larkspur bought …" for "it bought …")
        t0 = to_simplified(title[:24])
        found_here = {h[2] for h in ctx.open_names.get(primary.src) or ()}
        opening = [n for n in found_here if t0.startswith(n) and (len(t0) == len(n) or not t0[len(n)].isalnum()
                                                                 or not n.isascii())]
        said_open = {h[2] for h in ctx.open_names.get(primary.src) or () if s0 <= h[0] < s1
                     and not _LABEL_AFTER.match(norms[primary.src], h[1])}  # a speaker label says nothing
        # (one of the event's actors too: "The automaker plans …" titled "Halden Motors plans …" leads with it)
        filled = [n for n in sorted(opening, key=len, reverse=True)[:1] if n not in said_open]
    actors = list(dict.fromkeys(filled + [a for a in lead if a in c.actors] +
                                [a for a, _ in sorted(c.actors.items(), key=lambda kv: (-kv[1], kv[0]))]))
    if title.isascii():
        # an organisation the title names in place of "the company" / "its" ("Rhea Kinsella founded Kinsella
        # Robotics" for "Founded in 2017 by Rhea Kinsella, the company …") is a participant too
        orgs = ctx.ascii_orgs.get(primary.src)
        if orgs is None:
            orgs = ctx.ascii_orgs[primary.src] = frozenset(
                h[2] for h in ctx.open_names.get(primary.src) or () if h[2].isascii() and ctx.gaz.kind(h[2]) == "org")
        named = {n for n in orgs if n in title}
        # (a name written in the sentence itself is left to the sentence's participants)
        actors += [n for n in sorted(named) if not any(n in a for a in actors) and text.find(n, s0, s1) < 0
                   and re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", title)]
    # a product brings its owner (Seedance -> 字節跳動)
    owners = [ctx.gaz.parents[a] for a in actors if ctx.gaz.kind(a) == "product" and a in ctx.gaz.parents]
    actors = list(dict.fromkeys(actors + owners))
    tags = [t for t, _ in sorted(c.tags.items(), key=lambda kv: (-kv[1], kv[0]))][:6]
    conf = _GRAN_CONF.get(time.granularity, 0.7)
    if not c.specific:
        conf -= 0.2
    if time.mod == "APPROX":
        conf -= 0.05
    conf = min(1.0, conf + 0.05 * (len(c.sources) - 1))
    if (s0, s1) != primary.sentence:  # a long sentence: the date's own statement
        s0, s1 = max(s0, primary.segment[0]), min(s1, primary.segment[1])
    summary = " ".join(text[s0:min(s1, s0 + 1200)].split())
    if len(summary) > 300:
        summary = summary[:299] + "…"
    roles = [u.role for u in c.units if u.role in EVENT_ROLES]
    kind = "event" if roles else "statement"
    # (a headline's few words tell no tense: "告別式下週舉行" over the body's "訂於…舉行" stays a forecast)
    told = [u.role for u in c.units if u.role in EVENT_ROLES and not u.headline] or roles
    forecast = bool(told) and all(r == "forecast" for r in told)
    return Event(id="", time=time, title=title, summary=summary, actors=actors, tags=tags, mentions=refs,
                 kind=kind, forecast=forecast,
                 confidence=round(max(0.1, conf), 2))


def build_events(sources: list[Source], mentions: dict[str, list[TemporalMention]],
                 gazetteer: Gazetteer | None = None, keywords: KeywordTable | None = None, *,
                 release: bool = False) -> list[Event]:
    """Build and merge events (see module docstring). ``release``: see :func:`build_events_counted`."""
    return build_events_counted(sources, mentions, gazetteer, keywords, release=release)[0]


def _show_as_written(events: list[Event], sources: list[Source], ctx: _Context) -> None:
    """A Chinese name found without the gazetteer is keyed by its Simplified form (so that Traditional and
    Simplified tellings share it); the events show it as the corpus first writes it (台宇電子 in a Taiwanese
    story, not 台宇电子), one spelling per actor for the whole corpus so that its lane stays one."""
    shown: dict[str, str] = {}
    for k in sorted(ctx.open_names):
        text = sources[k].text
        for a, b, name in ctx.open_names[k]:
            if name not in shown and not name.isascii() and name not in ctx.gaz.parents:
                surface = text[a:b]
                if surface.isascii() or to_simplified(surface) != name:
                    continue  # a short form of the name ("晨曦物業" for 晨曦物業服務) or its English spelling
                    # (Yinqiao Pay for 银桥支付) tells no Chinese spelling
                shown[name] = surface if surface != name and to_simplified(surface) == name else name
    if any(k != v for k, v in shown.items()):
        for e in events:
            e.actors = list(dict.fromkeys(shown.get(a, a) for a in e.actors))


def build_events_counted(sources: list[Source], mentions: dict[str, list[TemporalMention]],
                         gazetteer: Gazetteer | None = None, keywords: KeywordTable | None = None, *,
                         release: bool = False) -> tuple[list[Event], Counter]:
    """:func:`build_events`, also returning how many candidate pairs each merge step examined
    (``article``: statements of one article; ``attach``: vague and headline dates against events;
    ``across``: events of different articles). Used by the scaling tests and the benchmark.

    ``release``: the caller gives ``mentions`` up (``timeline.pipeline.events_for``): the dictionary is emptied
    once the statements are made, so the statements hold the only references to the mentions, and each
    statement lets its mentions go once its event's references are made. A text dense with dates then does
    not hold every mention next to every reference (issue 17). The events are the same either way."""
    base = gazetteer or default_gazetteer()
    # a private copy of the kinds, so that names found in this corpus get one without touching the shared one
    gaz = Gazetteer(kinds=dict(base.kinds), aliases=base.aliases, parents=dict(base.parents),
                    _scanner=base._scanner or base._compile())
    ctx = _Context(gaz, keywords or default_keywords())
    per_source: list[list[_Unit]] = []
    norms: list[str] = []  # each article's text in Simplified (the text itself when that is the same)
    for k, src in enumerate(sources):
        norm = to_simplified(src.text)
        norms.append(src.text if norm == src.text else norm)
        _actor_hits(k, norms[k], ctx, 0, 0)  # finds the article's names without a gazetteer (also in an
        # article with no date: its sentences may retell a dated event)
    if sources:
        del norm  # (the loop's variable: it kept the last article's Simplified copy to the end of the build)
    _link_international(ctx)
    _link_spellings(ctx)
    _link_body_forms(ctx)
    _link_body_translations(ctx)
    for k, src in enumerate(sources):
        per_source.append(_units_for_source(k, src, norms[k], mentions.get(src.id, []), ctx))
    if release:
        mentions.clear()  # the statements hold what the build reads of the mentions
    ctx.spans, ctx.offsets, ctx.bags = {}, {}, {}  # the build's shared spans, offsets and bags live on in the statements
    _link_short_forms(per_source, norms, ctx)
    _link_head_spellings(per_source, ctx)
    _align_translations(per_source, ctx)
    _align_products(per_source, ctx)
    # (a comprehension: a loop variable would keep the last article's statements alive to the end of the build,
    # all of them in a one-article file, after their clusters and events are gone)
    clusters: list[_Cluster] = [c for units in per_source for c in _merge_article(units, ctx)]
    del per_source  # the units live on in their clusters
    del norms  # made again when an event's title needs one (_Norms)
    clusters = _merge_across(clusters, ctx)
    clusters = _attach_retellings(clusters, ctx, sources)
    clusters = _merge_vague_tellings(clusters, ctx)
    # Each cluster is let go as soon as its event is made, so the clusters and the events are not all held
    # at once (the remembered bag lengths hold the bags they measured: forgotten first).
    for w in (ctx.terms_w, ctx.actors_w, ctx.concepts_w):
        w.forget()
    clusters.reverse()
    events: list[Event] = []
    lazy_norms = _Norms(sources)
    while clusters:
        events.append(_event(clusters.pop(), sources, lazy_norms, ctx, release))
    _show_as_written(events, sources, ctx)
    src_pos = {s.id: i for i, s in enumerate(sources)}
    # by (first day, last day, first mention's (article, offset)), packed in one int per event (day ordinals,
    # article indices and offsets are below 2**32): the same order as the tuples, without two tuples per event
    # while the sort holds its keys next to every event
    events.sort(key=lambda e: (e.time.start.toordinal() << 96 | e.time.end.toordinal() << 64
                               | min((src_pos.get(r.source_id, 0) << 32 | r.start) for r in e.mentions)))
    for i, e in enumerate(events, 1):
        e.id = f"e{i}"
    _SETS.clear()
    return events, ctx.compared

