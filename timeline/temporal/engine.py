"""The extractor: all rule tables joined into one regular expression, scanned once per text.

Contract
--------
* :func:`scan` folds the text (:func:`numerals.fold`: full-width and Simplified forms, same length) and
  runs the joined pattern once; the result is cached per text, so ``infer_reference`` followed by
  ``extract`` on the same article scans it once.
* :func:`resolve_matches` walks the matches in text order with a :class:`~resolve.Context` (article date,
  narrative focus) and asks each rule's normalizer for a value. A mention whose normalizer returns ``None``
  is not reported (impossible dates, vague or unanchorable expressions); a value of ``None`` is reported.
* :func:`extract` is the public entry point (see :mod:`timeline.temporal`).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from timeline.model import TemporalMention
from timeline.temporal import rules_en, rules_zh
from timeline.temporal.numerals import fold
from timeline.temporal.resolve import Context
from timeline.temporal.rules import Groups, Rule

RULES: tuple[Rule, ...] = rules_zh.RULES + rules_en.RULES

_GROUP_NAME = re.compile(r"\(\?P([<=])(\w+)")
_REFERENCE_BEFORE = ("截至", "截止", "截止到", "截至到", "as of", "As of")
_CJK = re.compile(r"[\u3400-\u9fff]")
_LIST_DAY = re.compile(r"(?:和|、|及|與|跟|或|,|，)[ \t]?(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)[ \t]?[日號](?!報|本)")


@lru_cache(maxsize=1)
def _joined() -> re.Pattern[str]:
    parts = []
    for i, rule in enumerate(RULES):
        pat = _GROUP_NAME.sub(lambda m, i=i: f"(?P{m[1]}r{i}_{m[2]}", rule.pattern)
        parts.append(f"(?P<r{i}>{pat})")
    return re.compile("|".join(parts))


_RULE_INDEX: dict[str, int] = {f"r{i}": i for i in range(len(RULES))}


@lru_cache(maxsize=32)
def scan(text: str) -> tuple[str, tuple[re.Match[str], ...]]:
    """The folded text and every match of the joined pattern, in text order (cached per text)."""
    folded = fold(text)
    return folded, tuple(_joined().finditer(folded))


def _lang(rule: Rule, folded: str, start: int, end: int) -> str:
    if rule.lang != "auto":
        return rule.lang
    window = folded[max(0, start - 4):start] + folded[end:end + 4]
    return "zh" if _CJK.search(window) else "en"


def is_reference_point(folded: str, start: int) -> bool:
    """True when the mention at ``start`` follows ``截至``/``as of`` (a cut-off date, not a narrated time)."""
    return folded[max(0, start - 6):start].rstrip().endswith(_REFERENCE_BEFORE)


def resolve_matches(text: str, folded: str, matches: tuple[re.Match[str], ...], reference: dt.date | None,
                    exact: bool) -> list[TemporalMention]:
    """Normalize the matches of :func:`scan` against ``reference`` and the narrative focus."""
    ctx = Context(folded, reference, exact)
    out: list[TemporalMention] = []
    last_end = -1
    for m in matches:
        i = _RULE_INDEX[m.lastgroup]
        rule = RULES[i]
        start, end = m.span()
        if start < last_end:
            continue
        g = Groups(m, f"r{i}_")
        n = rule.norm(g, ctx, start)
        if n is None:
            continue
        if g.has("span") and g("span") is not None:
            start, end = g.start("span"), g.end("span")
        if n.focus_year is not None and n.mod not in ("AFTER", "BEFORE") and not is_reference_point(folded, start):
            ctx.set_focus(start, n.focus_year, n.focus_month, True)
        lang = _lang(rule, folded, start, end)
        out.append(TemporalMention(start, end, text[start:end], n.value, n.granularity, n.mod, n.relative,
                                   lang, rule.name))
        last_end = end
        if n.granularity == "day" and n.value and "/" not in n.value and rule.lang == "zh":
            y, mo = int(n.value[:4]), int(n.value[5:7])
            pos = end
            while (lm := _LIST_DAY.match(folded, pos)) is not None:
                try:
                    v = dt.date(y, mo, int(lm["d"])).isoformat()
                except ValueError:
                    break
                s2, e2 = lm.start("d"), lm.end()
                out.append(TemporalMention(s2, e2, text[s2:e2], v, "day", None, True, "zh", "zh_list_day"))
                pos = last_end = e2
    return out


_INFERRED: dict[int, dt.date | None] = {}


def infer_reference(text: str) -> dt.date | None:
    """The article's own date inferred from its text (see :mod:`timeline.temporal.dct`)."""
    from timeline.temporal.dct import infer

    d = infer(text)
    if len(_INFERRED) > 256:
        _INFERRED.clear()
    _INFERRED[hash(text)] = d
    return d


def extract(text: str, reference: dt.date | None = None) -> list[TemporalMention]:
    """Every temporal expression in ``text``, in text order (see :mod:`timeline.temporal`).

    ``reference`` is the article date; ``None`` infers it. The day itself counts as known (so ``今天``,
    ``yesterday`` resolve) only when the caller gave a reference other than the inferred one.
    """
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    if reference is None:
        reference = infer_reference(text)
        exact = False
    else:
        key = hash(text)
        exact = not (key in _INFERRED and _INFERRED[key] == reference)
    folded, matches = scan(text)
    return resolve_matches(text, folded, matches, reference, exact)
