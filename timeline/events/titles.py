"""Event titles: a short clause from the mention's sentence, without the date, subject kept.

Contract
--------
:func:`make_title` picks the clause of the sentence that holds the mention (or, when that clause is only
the date and a frame such as ``將視線拉回至``, the nearest clause that names an actor or an event keyword),
removes every date expression and the preposition tied to it (``於``, ``在``, ``in``, ``on`` ...), puts back
the sentence's subject when the clause has none, and cuts it to at most :data:`MAX_CJK` CJK characters or
:data:`MAX_WORDS` English words.
"""

from __future__ import annotations

import re

from timeline.events.text import clause_spans

MAX_CJK = 30
MAX_WORDS = 12

_PREP_BEFORE = re.compile(r"((?<![始源生属屬位处處成])于|(?<![始源生属屬位处處成])於|在|从|從|自|到|至|截至|截止|直到|是|即|(?<![A-Za-z])(?:in|on|at|by|since|during|until|of|from))\s*$",
                          re.I)
_LEAD_JUNK = re.compile(r"^[\s,，。;；:：、\-—–·'\"“”「」『』()（）]+|^(而|但|并|並|又|且|则|則|就|也|还|還|的|"
                        r"and|but|so|then|well|yeah|when)\s*(?=\S)", re.I)
_TRAIL_JUNK = re.compile(r"[\s,，;；:：、。．.!！?？\-—–·(（「“\"]+$|(?<![A-Za-z])(in|on|at|by|of|the|a|and|to|was|were)\s*$",
                         re.I)
_CJK = re.compile(r"[\u3400-\u9fff]")
_WORDS = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.\-]*")


_EMPTY_PAIRS = re.compile(r"“\s*”|「\s*」|『\s*』|《\s*》|（\s*）|\(\s*\)|\"\s*\"|‘\s*’")
_NOT_ATTRIBUTIVE_AFTER = set("的前后後期时時间間夜晚里裡内內上中起以至到和与與及、，,。；;：:！!？?）)」”』》 ")
_FRAME = re.compile(r"^(在|于|於|当|當)\S*(中|上|时|時|期间|期間|里|裡|内|內|之际|之際)$")


def attributive(text: str, start: int, end: int) -> bool:
    """A date without digits used as a modifier inside a phrase (``春節請客計畫``, ``春節戰役``): keep it
    in the title, since removing it would break the phrase."""
    word = text[start:end]
    if start == 0 or end >= len(text):
        return False
    before, after = text[start - 1], text[end]
    if before in "“「『\"'‘" and after in "”」』\"'’":
        return True  # a quoted name ("“雙11”")
    if any(ch.isdigit() for ch in word):
        return False
    return ("\u4e00" <= after <= "\u9fff" or after in "“「") and after not in _NOT_ATTRIBUTIVE_AFTER and \
        before not in "，,。；;：:！!？?（(\n "


def _clean(text: str, a: int, b: int, dates: list[tuple[int, int]]) -> str:
    pieces = []
    pos = a
    for s, e in sorted(dates):
        if e <= a or s >= b:
            continue
        chunk = text[pos:max(pos, s)]
        chunk = _PREP_BEFORE.sub("", chunk)
        pieces.append(chunk)
        pos = max(pos, e)
    pieces.append(text[pos:b])
    out = ""
    for piece in (p.strip() for p in pieces if p.strip()):
        # where a date was cut out, a space only between two Latin words
        glue = " " if out and not (_CJK.match(out[-1]) or _CJK.match(piece[0])) else ""
        out += glue + piece
    out = re.sub(r"\s+", " ", out)
    out = re.sub(r"(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])", "", out)
    out = _EMPTY_PAIRS.sub("", out)
    for _ in range(3):
        out = _LEAD_JUNK.sub("", out)
        out = _TRAIL_JUNK.sub("", out)
    return out.strip()


def _weight(s: str) -> int:
    """Length in title units: CJK characters count one each, English words count ``MAX_CJK / MAX_WORDS``."""
    return len(_CJK.findall(s)) + len(_WORDS.findall(s)) * MAX_CJK // MAX_WORDS


def shorten(s: str) -> str:
    """Cut ``s`` to the title limits (at most ``MAX_CJK`` CJK characters or ``MAX_WORDS`` English words)."""
    cjk = len(_CJK.findall(s))
    words = _WORDS.findall(s)
    if cjk == 0:
        if len(words) <= MAX_WORDS:
            return s
        out = " ".join(s.split()[:MAX_WORDS])
        return _TRAIL_JUNK.sub("", out) + "…"
    if _weight(s) <= MAX_CJK:
        return s
    budget = MAX_CJK
    out = []
    i = 0
    while i < len(s) and budget > 0:
        m = _WORDS.match(s, i)
        if m:
            budget -= max(1, MAX_CJK // MAX_WORDS)
            out.append(m.group())
            i = m.end()
            continue
        ch = s[i]
        if _CJK.match(ch):
            budget -= 1
        out.append(ch)
        i += 1
    return _TRAIL_JUNK.sub("", "".join(out)) + "…"


def _informative(s: str) -> bool:
    return len(_CJK.findall(s)) >= 4 or len(_WORDS.findall(s)) >= 2


def _join_across_dates(clauses: list[tuple[int, int]], dates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Clauses split inside a date ("November 30, 2022") are put back together (one pass over the
    clauses and the dates sorted by start: linear after sorting)."""
    order = sorted(dates)
    out: list[tuple[int, int]] = []
    k = 0
    reach = -1  # the furthest end among the dates starting before the previous clause's end
    for a, b in clauses:
        if out:
            limit = min(out[-1][1], a)
            while k < len(order) and order[k][0] < limit:
                reach = max(reach, order[k][1])
                k += 1
        if out and reach > a:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def make_title(text: str, sentence: tuple[int, int], focus: tuple[int, int], dates: list[tuple[int, int]],
               actor_spans: list[tuple[int, int, str]], keyword_hit=None,
               segment: tuple[int, int] | None = None) -> str:
    """The title for a mention at ``focus`` in ``text[sentence[0]:sentence[1]]`` (see module docstring).

    ``dates`` are all date spans in the sentence; ``actor_spans`` the actors found there
    ``(start, end, canonical)``; ``keyword_hit(a, b)`` tells whether ``text[a:b]`` holds an event keyword;
    ``segment`` limits the clauses considered (the part of the sentence that belongs to this date when the
    sentence states several).
    """
    s0, s1 = sentence
    g0, g1 = segment or sentence
    dates = [d for d in dates if not attributive(text, *d)]
    all_clauses = _join_across_dates(clause_spans(text, s0, s1) or [(s0, s1)], dates)
    clauses = [c for c in all_clauses if c[1] > g0 and c[0] < g1] or all_clauses
    idx = next((i for i, (a, b) in enumerate(clauses) if a <= focus[0] < b or a < focus[1] <= b), 0)

    def has_actor(a: int, b: int) -> bool:
        return any(a <= x < b for x, _, _ in actor_spans)

    def has_other_date(a: int, b: int) -> bool:
        return any(a <= x < b and not (focus[0] <= x < focus[1]) for x, _ in dates)

    fa, fb = clauses[idx]
    # "…下了一盤大棋2024年3月，劉振飛升任董事長": a date closing its clause without a preposition before it
    # opens the statement that follows (a heading run into the text).
    dangling = (idx + 1 < len(clauses) and not text[focus[1]:fb].strip() and text[fa:focus[0]].strip()
                and not _PREP_BEFORE.search(text[fa:focus[0]]))

    def good(i: int) -> bool:
        if i == idx and dangling:
            return False
        a, b = clauses[i]
        if i + 1 < len(clauses) and _FRAME.match(text[a:b].strip()) and good(i + 1):
            return False  # "在千問App產品發佈會上，…": the frame yields to the statement after it
        c = _clean(text, a, b, dates)
        if not _informative(c):
            return False
        return has_actor(a, b) or (keyword_hit is not None and keyword_hit(a, b)) or _weight(c) >= 8

    order = [idx] + [j for k in range(1, len(clauses)) for j in (idx + k, idx - k) if 0 <= j < len(clauses)]
    chosen = next((i for i in order if good(i)), None)
    if chosen is None and len(clauses) < len(all_clauses):
        # a list of dates ("10月10日和12日，NBA中國賽在澳門舉行"): the statement lies outside this date's part
        rest = [c for c in all_clauses if c not in clauses and not has_other_date(*c)]
        if rest:
            clauses = clauses + rest
            chosen = next((i for i in range(len(clauses)) if good(i)), None)
    if chosen is None:
        chosen = next((i for i in order if _informative(_clean(text, *clauses[i], dates))), idx)
    a, b = clauses[chosen]
    # A clause made of a date and a short predicate ("2023年，你以董事長的身份回歸") reads better whole.
    title = _clean(text, a, b, dates)
    if chosen == idx - 1:
        # "第三輪減持計畫被正式披露，並在今年2月如期完成": the date's own clause finishes the statement
        rest = _clean(text, *clauses[idx], dates)
        if _informative(rest) and not has_other_date(a, b):
            title = (title + "，" if _CJK.search(title) else title + ", ") + rest
            b = clauses[idx][1]
    if (chosen + 1 < len(clauses) and len(_CJK.findall(title)) < 6 and not _WORDS.findall(title) and chosen == idx
            and not has_other_date(*clauses[chosen + 1])):
        a2, b2 = clauses[chosen + 1]
        more = _clean(text, a2, b2, dates)
        if more:
            title = (title + "，" if _CJK.search(title) else title + ", ") + more
            b = b2
    if not has_actor(a, b):
        subject = next((name for x, _, name in actor_spans if s0 <= x < a), None)
        if subject and subject not in title:
            title = f"{subject}：{title}" if _CJK.search(title) else f"{subject}: {title}"
    if not title:
        title = _clean(text, s0, s1, dates) or text[focus[0]:focus[1]]
    return shorten(title)
