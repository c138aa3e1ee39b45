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
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from timeline.events.roles import en_adjective_date
from timeline.events.text import clause_spans

MAX_CJK = 25
MAX_WORDS = 12
MAX_CHARS = 60
"""An English title also stays within this many characters (twelve long words would not)."""

_PREP_BEFORE = re.compile(r"((?:[订訂定](?:于|於))|(?:(?<![始源生属屬位处處成])|(?<=能源)|(?<=资源)|(?<=資源)|(?<=先生))(?:于|於)|在|从|從|自|到|至|截至|截止|直到|是(?:在|于|於)|是|即|(?<![A-Za-z\-])(?:(?:(?:dating|going|reaching|stretching)\s+)?back(?:\s+(?:to|in|on))?|(?:starting|beginning|effective)(?:\s+(?:in|on|from))?|(?:late|early)\s+(?:on|in)|later|earlier|(?:runs?|running)?\s*through|(?:(?:for|during|in|through)\s+)?(?:most|much|all|part|parts|the\s+rest|the\s+bulk)\s+of|(?:only|just|as\s+recently\s+as|as\s+early\s+as|as\s+late\s+as|(?:most|more)\s+recently(?:\s+in|\s+on)?)|in|on|at|by|since|during|until|of|from|over|throughout|ahead\s+of|(?:that\s+|which\s+)?(?:ended|ending)))\s*$",
                          re.I)
_LEAD_JUNK = re.compile(r"^[\s,，。;；:：、\-—–·'\"“”「」『』()（）]+|^(而|但|并|並|又|且|则|則|就|也|还|還|的)\s*(?=\S)"
                        r"|^(?:and|but|so|then|well|yeah|when)\b\s*(?=\S)", re.I)  # (not the "So" of "Songguo")
_TRAIL_JUNK = re.compile(r"[\s,，;；:：、。．.!！?？\-—–·(（「“\"]+$|(?<![A-Za-z'’])(in|on|at|by|of|the|a|an|and|to|was|were|for|with|ended|ending|"
                         r"from|into|our|my|your|their|his|(?<!ed )her|its|that|which|who|dating\s+back|going\s+back)\s*$",
                         re.I)
_CJK = re.compile(r"[\u3400-\u9fff]")
_WORDS = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.\-]*")


_EMPTY_PAIRS = re.compile(r"“\s*”|「\s*」|『\s*』|《\s*》|（\s*）|\(\s*\)|\"\s*\"|‘\s*’")
_NOT_ATTRIBUTIVE_AFTER = set("的前后後期时時间間夜晚里裡内內上中起以至到和与與及、，,。；;：:！!？?）)」”』》 ")
_FRAME = re.compile(r"^(在|于|於|当|當)\S*(中|上|时|時|期间|期間|里|裡|内|內|之际|之際)$")
_EN_OCCASION = re.compile(r"\s*(?:At|In|During)\s+(?:a|an|the|its|his|her|their|this|that)\s+(?:[\w'’-]+\s+){0,3}?"
                          r"(?:meeting|interview|statement|speech|conference|hearing|briefing|ceremony|visit|call|"
                          r"session|summit|rally|debate|letter|filing|post|address|podcast|broadcast)s?(?![\w-])")
"""An English occasion opening a sentence ("At a board meeting on Feb. 14, …", "In an interview on Wednesday,
…"): where something was said or done, the frame of the clause after it, not a headline."""


_RELATIVE_TIME = re.compile(r"(?:(?:今|明|去|前|後|后)年(?:第?[一二三四1-4]季度?|首季|[上下]半年|年?[底初中末]|前三季度?)"
                            r"|(?:次|当|當|同|翌|前|去|今|明|上|下|本|昨)(?:年|日|天|月|晚|晨|早)|日前|近日|近期|最近|目前|早前|此前"
                            r"|(?:本|上|下|这|這)?(?:[週周]|星期|禮拜|礼拜)[一二三四五六日天末](?:以前|之前|前)?)"
                            r"(?:上午|下午|中午|晚上|晚間|晚间|凌晨|早上|傍晚|深夜|夜間|夜间)?")  # (今天上午: a time of it)


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
    if word.isascii() and _EN_DET_BEFORE.search(text[max(0, start - 8):start]):
        nxt = _EN_NEXT.match(text, end)
        if nxt and nxt.group(1).lower() not in _EN_FUNCTION:
            return True  # "a 14% rise in second-quarter profit": the date modifies "profit"
        return False
    if before in "於于" or _RELATIVE_TIME.fullmatch(word):
        return False  # "並於次年實現盈利": a time after 於, or a relative year or day, is no modifier
    return ("\u4e00" <= after <= "\u9fff" or after in "“「") and after not in _NOT_ATTRIBUTIVE_AFTER and \
        before not in "，,。；;：:！!？?（(\n "


_EN_DET_BEFORE = re.compile(r"(?<![A-Za-z])(?:in|a|an|the|its|their|his|her|our|of|for)\s+$", re.I)
_EN_NEXT = re.compile(r" ([a-z]+)\b")
_EN_FUNCTION = frozenset("in on at of for to with and or but by from as than when after before the a an was were is "
                         "are will would had has have that which who this next last".split())
_COMPARED_TO = re.compile(r"(?:比|较|較|相比|相較|相较|同比)\s*$")
# the short form an article sets for a name: "（以下简称“公司”）", "（下稱「鴻碩」）"
_SHORT_FORM_ASIDE = re.compile(r"\s*[（(]\s*(?:(?:以下)?(?:简称|簡稱|下称|下稱|简称为|簡稱為)[^（()）]{0,20}"
                               r"|(?:股票|股份|证券|證券)?(?:代码|代號|代号|代碼)\s*[:：]?\s*(?:[0-9]{4,6}(?:\.[A-Z]{2})?)?"
                               r"|[0-9]{4,6}(?:\.[A-Z]{2})?)\s*[）)]")  # (the code may be gone already, read as a year)
# (and a stock code: "晨曦物業服務（股份代號：2896）", whose colon is no speaker's)
# a byline or an agency's dateline in brackets opening a sentence: "（記者林某／台北報導）", "【本報訊】"
_BYLINE = re.compile(r"^\s*(?:[（(【\[]\s*)?[^（()）【】\[\]。，,]{0,20}?(?:记者|記者)[^（()）【】\[\]。]{0,24}?[）)】\]]\s*"
                     r"|^\s*[（(【\[]\s*[^（()）【】\[\]。，,]{0,12}(?:报道|報導|報道|电|電|讯|訊)\s*[）)】\]]\s*")


_EN_PREP_POSSESSIVE = re.compile(r"(?<![A-Za-z])(?:in|on|at|during|by|over|through)\s+"
                                 r"(?:the\s+[a-z]+['’]s?|its|their|his|her|our)\s*$")


_ZONE_BEFORE = re.compile(r"(?:台灣|臺灣|台湾|北京|當地|当地|香港|澳門|澳门|東京|东京|日本|美東|美东|美西|美國東部|美国东部|"
                          r"紐約|纽约|倫敦|伦敦|格林威治|格林尼治|歐洲中部|欧洲中部|莫斯科|首爾|首尔|新加坡)(?:標準)?(?:時間|时间)\s*$")
"""A time zone told right before a date (``於台灣時間今天凌晨2時15分``): it goes from a title with the date."""


_MADE_IN_PERIOD = re.compile(r"(?:期间|期間|间|間)?(?:生产|生產|制造|製造|销售|銷售|出厂|出廠|售出|购买|購買|进口|進口)的"
                             r"(?=[\u4e00-\u9fffA-Za-z0-9])|(?:期间|期間)(?=[\u4e00-\u9fff])")
_DATE_IS_END = re.compile(r"(?<=[\u4e00-\u9fff]{4})(?:的)?(?:日期|时间|時間|日子)(?:定)?(?:为|為|是)$")
"""A title left ending on "the date is" once its date was cut out ("…预约披露日期为2031年4月18日")."""
_AFTER_EFFORT = re.compile(r"^(?:经过|經過)[^，,。；;“”「」]{2,14}?[，,]\s*(?=[^，,。]{4})")
"""A clause opening with the effort that led to what it tells (经过三轮谈判，… / 經過兩天搶險，…)."""
_FROM_TODAY = re.compile(r"(?:自|从|從|由)?即日起(?=[\u4e00-\u9fff])")


_ENUMERATOR = re.compile(r"\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十](?:是|[，,：:])|第[一二三四五六七八九十]是|首先[，,]?|其次[，,]?)\s*")
"""An item's enumerator opening a clause (一是 / 二是 / 其一， / 首先): the list's frame, no part of its headline."""


def _clean(text: str, a: int, b: int, dates: list[tuple[int, int]]) -> str:
    if (item := _ENUMERATOR.match(text, a, b)) is not None and item.end() < b:
        a = item.end()  # "一是去年7月完成对甲公司的收购": the acquisition, not "一完成…" once the date is cut out
    pieces = []
    pos = a
    for s, e in sorted(dates):
        if e <= a or s >= b or en_adjective_date(text, s, e):
            continue  # (an adjective date, "the 18th-century painter", describes its noun: it stays)
        if text[e:e + 1] == "度" and text[e - 1:e] == "年" and _CJK.match(text[e + 1:e + 2] or " "):
            continue  # "2029年度股东大会": the year of account names the meeting, it stays
        chunk = text[pos:max(pos, s)]
        if pos > a and re.fullmatch(r"\s*(?:和|与|與|及|以及|、|,|，|and|or|&)\s*", chunk, re.I):
            chunk = ""  # the conjunction of a list of dates ("10月10日和12日")
        bare = _PREP_BEFORE.sub("", _ZONE_BEFORE.sub("", chunk))  # "於台灣時間今天凌晨…": the zone goes too
        if bare == chunk:
            # "turned a profit in the company's fiscal 2025 third quarter": the possessive goes with its date
            bare = _EN_PREP_POSSESSIVE.sub("", chunk)
        if _COMPARED_TO.search(bare) and text[e:e + 1] != "的":
            bare = _COMPARED_TO.sub("", bare)  # "出貨量比去年多出一倍" -> "出貨量多出一倍", not "比多出"
        if bare != chunk and re.search(r"(?:在|于|於)\s*$", chunk) and text[e:e + 1] == "的" and e + 1 < b:
            # "在年初的員工大會上": the date modifies a noun; the preposition stays with it, the 的 goes
            pieces.append(chunk.rstrip())
            pos = max(pos, e + 1)
            continue
        pieces.append(bare)
        pos = max(pos, e)
        if re.match(r"['’]s\s+[a-z]", text[e:e + 4]) and not _CJK.search(chunk):
            # "backed the plan in Tuesday's vote" -> "… in the vote": the possessive goes with its date
            pieces[-1] = chunk
            if not re.search(r"(?<![A-Za-z])the\s*$", " ".join(p for p in pieces if p.strip())):
                pieces.append("the")  # (once for "Saturday's and Sunday's concerts")
            pos = e + 2
        rest = re.match(r"-\d{1,2}(?![\d\-])", text[e:b])
        if rest and text[e - 1:e].isdigit():
            pos = e + rest.end()  # a date read short of its digits ("2005-07" of "2005-07-02"): no "-02" left
        if text[e:e + 1] == "的" and e + 1 < b and _after_verb(bare):
            pos = e + 1  # "打響了新一年的AI大戰" -> "打響了AI大戰": no stray 的 after the verb
        if text[e:e + 1] == "起" and _CJK.match(text[e + 1:e + 2] or " ") and text[e + 1:e + 2] not in "来來":
            pos = max(pos, e + 1)  # "將於10月起開通" -> "將開通": 起 goes with its date
            if pieces and re.search(r"由\s*$", pieces[-1]):
                pieces[-1] = re.sub(r"由\s*$", "", pieces[-1])  # "將由下月1日起調整" -> "將調整": the whole frame
        elif (m_before := re.match(r"(?:以前|之前|前)(?!往|进|進|来|來|去|赴|景|任|者|身|提|线|線|台|后|後)", text[e:b])) \
                and _CJK.match(text[e + m_before.end():e + m_before.end() + 1] or " "):
            pos = max(pos, e + m_before.end())  # "預計本週末前清理" -> "預計清理": a deadline's 前 goes with its date
        elif text[e:e + 1] in "内內" and _CJK.match(text[e + 1:e + 2] or " "):
            pos = max(pos, e + 1)  # "將在今年內新開" -> "將新開": 內 goes with its date
        elif text[e:e + 1] in "间間" and re.search(r"(?:在|於|于)\s*$", chunk) and _CJK.match(text[e + 1:e + 2] or " "):
            pos = max(pos, e + 1)  # "在2023年至2024年間虛增…" -> "虛增…": 間 closes the period with 在
        elif (made := _MADE_IN_PERIOD.match(text, e, b)) and re.search(r"\d", text[s:e]):
            # "召回2026年11月至2027年2月期間生產的X3手錶" -> "召回X3手錶": the period with what it qualifies
            pos = max(pos, made.end())
        elif text[e:e + 1] == "止" and re.search(r"(?:截至|截止)\s*$", text[max(a, s - 4):s]):
            pos = max(pos, e + 1)  # "截至去年12月底止全年純利…": 止 closes the frame
    pieces.append(text[pos:b])
    out = ""
    for piece in (p.strip() for p in pieces if p.strip()):
        # where a date was cut out, a space only between two Latin words
        glue = " " if out and not (_CJK.match(out[-1]) or _CJK.match(piece[0])) else ""
        out += glue + piece
    out = re.sub(r"\s+", " ", out)
    out = re.sub(r"(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])", "", out)
    out = _EMPTY_PAIRS.sub("", out)
    out = _BYLINE.sub("", out)  # "（記者林某／台北報導）電源廠甲公司…": the byline is no part of the statement
    out = _SHORT_FORM_ASIDE.sub("", out)  # "…有限公司（以下简称“公司”）于…": the short form is no saying (称)
    out = _FROM_TODAY.sub("", out)  # "宣布自即日起主動召回…": "from today on" is a time, no part of the headline
    out = _AFTER_EFFORT.sub("", out)  # "经过连续两天抢险，险情已排除": the effort before it is no part of the headline
    # "It was back. eBay had acquired …": an English sentence left as a bare pronoun and copula goes
    parts = re.split(r"(?<=[A-Za-z0-9)])\s*[.!?]\s+(?=[A-Za-z])", out, maxsplit=1)
    if len(parts) == 2 and _EMPTY_EN.match(parts[0].strip()):
        out = parts[1]
    # "we went into cloud computing, not because it was a hot thing": a trailing English subordinate
    # clause goes when the main clause before it reads on its own
    sub = re.search(r",\s*(?:not\s+because|because|although|though|while|whereas|which|unless)\b.*$", out, re.I)
    if sub and not _CJK.search(out) and len(_WORDS.findall(out[:sub.start()])) >= 3:
        out = out[:sub.start()]
    # "團隊在做新模型時的目標是…": the goal frame keeps what was being done
    goal = re.match(r"^(.{2,30}?)(?:时|時)的(?:目标|目標|目的)(?:是|为|為|在于|在於).*$", out)
    if goal and _CJK.search(goal.group(1)):
        out = goal.group(1)
    for _ in range(3):
        out = _LEAD_JUNK.sub("", out)
        if not _EN_PARTICLE_END.search(out):
            out = _TRAIL_JUNK.sub("", out)
    return out.strip()


# a verb with its particle closing a clause once its date is gone ("Okonjo will be sworn in (on March 1)"):
# the particle is no preposition left behind
_EN_PARTICLE_END = re.compile(r"(?<![A-Za-z])(?:sworn|phased|ushered|kicked|rolled|checked|logged|signed|called|"
                              r"handed|stepped|moved|took|came|set|started|opened|closed|wound|broke|shut)\s+"
                              r"(?:in|on|up|out|off|over|down)$")


def _after_verb(chunk: str) -> bool:
    """``chunk`` ends on a verb or an aspect particle (jieba), so a 的 after a date cut out of it modifies
    nothing left."""
    tail = chunk.rstrip()[-6:]
    if not tail or not _CJK.match(tail[-1]):
        return False
    from timeline.events.segment import pos_cut
    from timeline.events.text import to_simplified

    toks = pos_cut(to_simplified(tail))
    return bool(toks) and (toks[-1][1] in ("v", "ul", "uz", "ug") or toks[-1][0] in ("了", "过", "着"))


def _weight(s: str) -> int:
    """Length in title units: CJK characters count one each, English words count ``MAX_CJK / MAX_WORDS``."""
    return len(_CJK.findall(s)) + len(_WORDS.findall(s)) * MAX_CJK // MAX_WORDS


def _fits(s: str) -> bool:
    return _weight(s) <= MAX_CJK and len(s) <= MAX_CHARS


ABOUT_CJK = MAX_CJK + 3
"""A Chinese title that every droppable part has left may keep up to this many title units whole: "about 25"
reads better than a cut."""
MAX_EN_CHARS = 90
"""An English title within :data:`MAX_WORDS` words may use up to this many characters (long names)."""


def _balance_quotes(s: str) -> str:
    """An English title never leaves a quotation open: a quote of up to six words cut at its closing comma
    ("won the prize for "The Salt Ledger,"") is closed, a longer one goes from its opening mark on."""
    for op, cl in (('"', '"'), ("“", "”")):
        k = s.rfind(op)
        if k < 0 or (s.count('"') % 2 == 0 if op == '"' else s.count("“") <= s.count("”")):
            continue
        tail = s[k + 1:]
        if 1 <= len(_WORDS.findall(tail)) <= 6 and not tail.endswith("…"):
            s = s.rstrip(" ,.;:") + cl
        elif k > 0:
            cut = _TRAIL_JUNK.sub("", s[:k].rstrip())
            if len(_WORDS.findall(cut)) >= 3 and not re.search(r"\b(?:said|says|told|added|called)$", cut):
                s = cut
    return s


def shorten(s: str, names: tuple[str, ...] | list[str] = ()) -> str:
    """Cut ``s`` to the title limits (at most ``MAX_CJK`` CJK title units or ``MAX_WORDS`` English words,
    and at most :data:`MAX_CHARS` characters in all, :data:`MAX_EN_CHARS` for English).

    English: trailing phrases (from a preposition, a relative pronoun or a conjunction on) go first, so
    the title ends on a whole phrase; only a clause with no such place is cut between words with "…".
    Chinese, step by step until it fits: bracketed asides, job titles, legal suffixes (有限公司), a
    place or time frame inside the clause (在…大會上 / 在…當晚), an instrument (靠著 / 通過 … before the
    verb), a descriptor before a name (``names``: 中國的兩大互聯網公司騰訊 -> 騰訊, 他的妻子吳明華 ->
    吳明華), aspect and manner adverbs (陸續 / 正式 / 也 …), 的-phrases (:func:`drop_attributives`),
    a second coordinated predicate (…並同時啟動…); a title still within :data:`ABOUT_CJK` stays whole,
    a longer one is cut at a jieba word boundary, never inside a word, marked with "…"."""
    cjk = len(_CJK.findall(s))
    if cjk == 0:
        return _balance_quotes(_shorten_en(s))
    s = _drop_kind_lead(_drop_legal(s), names)
    if _fits(s):
        return s
    for _ in range(2):  # a step may open the way for an earlier one (a relative clause before a descriptor)
        before = s
        for step in _CJK_STEPS:
            lighter = step(s, names)
            if lighter and lighter != s and _informative(lighter):
                s = lighter
                if _fits(s):
                    return s
        if s == before:
            break
    if _weight(s) <= ABOUT_CJK and len(s) <= MAX_CHARS:
        return s
    content = _drop_speaker(s, names)  # a cut is worse than a headline without who told it
    if content != s and _weight(content) <= ABOUT_CJK and len(content) <= MAX_CHARS:
        return content
    from timeline.events.segment import words as word_spans
    from timeline.events.text import to_simplified

    cut = 0
    for _, e in word_spans(to_simplified(s)):
        if _weight(s[:e]) > MAX_CJK or e > MAX_CHARS - 1:
            break
        cut = e
    out = s[:cut] if cut else s[:MAX_CJK]
    return _TRAIL_JUNK.sub("", out) + "…"


_EN_BREAK = re.compile(r"(?:,\s*|\s+)(?=(?:in|on|at|for|with|as|after|before|to|into|from|by|that|which|who|while|"
                       r"and|but|worth|raising|its|amid|under|over|through|via|than|including|because|although|though|"
                       r"while|whereas|despite|starting|beginning)\b)", re.I)


_EN_BREAK_END = re.compile(r"\s(?:as|to|into|from|by|with|for|than|its|via|amid)$")
"""A cut head ending on a preposition or a determiner whose phrase the cut left out."""


_EN_OPEN_SUB = re.compile(r"(?<![A-Za-z])(?:as|while|because|when|since|whereas|although|though|if|unless)\s+"
                          r"(?:it|he|she|they|we|[a-z]+)\s+[a-z]+$")


_EN_DESCRIBED_NAME = re.compile(r"(?<![A-Za-z])(by|of|from|with|to|for)\s+the\s+(?:[A-Za-z][\w-]*\s+){0,2}[a-z][\w-]*\s+"
                                r"(?=[A-Z][a-z]+\s+[A-Z][a-z]+)")


def _shorten_en(s: str, inner: bool = True) -> str:
    """:func:`shorten` for English; with ``inner``, a phrase between the subject and its verb goes first when
    the cut would otherwise leave no predicate ("About 3,000 dockworkers at the port of Marlow walked off the
    job …" -> "About 3,000 dockworkers walked off the job …")."""
    words = _WORDS.findall(s)
    if len(words) <= MAX_WORDS and len(s) <= MAX_EN_CHARS:
        return s
    bare = _EN_DESCRIBED_NAME.sub(r"\1 ", s)
    if bare != s:
        # "A landscape by the Dutch painter Pieter Ostrander sold for 31 million pounds …": the description of a
        # person named after a preposition goes before any of the predicate does
        return _shorten_en(bare, inner)
    said = re.match(r"[^:]{2,60}:\s", s)
    first = _EN_BREAK.search(s, said.end() if said and "," not in said.group() else 0)
    if inner and first and re.match(r"(?:at|in|on|for|with|from|of|near)\b", s[first.end():], re.I) and \
            not any(_EN_VERB_START.match(w + " ") or w.endswith("ed") or _EN_IRREGULAR_WORD.fullmatch(w)
                    for w in s[:first.start()].split()[1:]):
        # (only a prepositional phrase right after a subject with no verb of its own)
        verb = next((m for m in re.finditer(r"(?<=\s)(?=\S)", s[first.end():])
                     if _EN_VERB_START.match(s[first.end() + m.start():] + " ")), None)
        if verb is not None:
            at = first.end() + verb.start()
            aux = re.search(r"(?:had|has|have|was|were|would|will|could)\s+$", s[first.end():at])
            at = first.end() + aux.start() if aux else at  # ("talks … had collapsed": the auxiliary with its verb)
            return _shorten_en(s[:first.start()] + " " + s[at:], inner=False)
    # the longest prefix ending before a trailing phrase that fits, keeping a clause of four words or more
    best = None
    for m in _EN_BREAK.finditer(s):
        head = _TRAIL_JUNK.sub("", s[:m.start()]).rstrip(" ,;:")
        part = re.search(r"\s+(?:[a-z]+ed|led|run|held|made|owned|built|won|sold|bought|known)$", head)
        if part and re.search(r"\b(?:is|are|was|were|has|have|had|will|would|began|took|won|made|sold|bought|went|"
                              r"grew|rose|fell|led|paid|set|cut|hit|got|lost|left|ran)\b|\b[a-z]+ed\b", head[:part.start()]):
            head = _TRAIL_JUNK.sub("", head[:part.start()].rstrip()).rstrip(" ,;:")  # "… a funding round led (by X)", "… space heaters sold (in …)": a participle
            # left by the cut describes what is cut; the verb before it is the clause's
        n = len(_WORDS.findall(head))
        if n > MAX_WORDS or len(head) > MAX_EN_CHARS:
            break
        if _EN_BREAK_END.search(head):
            continue  # "… named Gideon Marsh-Okafor as (its chief executive)": a preposition left with nothing after it
        if n >= 4 and not _EN_OPEN_SUB.search(head):
            best = head  # (not "… to Veyra as it sells": a subordinate clause cut after its first words)
    if best:
        return best
    for m in reversed(list(re.finditer(r"(?<=[a-z]) of\s", s))):
        # "A judge blocked Carvell Paper's $3.4 billion purchase of rival Ridgeway Mills": the head noun before
        # "of" (not a name's "of": "Bank of England") closes a whole phrase
        head = s[:m.start()]
        if 4 <= len(_WORDS.findall(head)) <= MAX_WORDS and len(head) <= MAX_EN_CHARS:
            return head
    parts = s.split()[:MAX_WORDS]
    while len(parts) > 1 and len(" ".join(parts)) + 1 > MAX_CHARS:  # long words: keep within the characters too
        parts.pop()
    out = " ".join(parts)
    return _TRAIL_JUNK.sub("", out) + "…"


_DISCOURSE = frozenset("就 便 才 更是 因此 因而 于是 则 却 也因此".split())


def drop_discourse(s: str) -> str:
    """A Chinese title without the discourse adverbs that tie its sentence to the one before ("馬雲就被拍到…" ->
    "馬雲被拍到…", "高德也因此從…被剝離出來" -> "高德從…被剝離出來", "高德的壓力更是陡增" -> "高德的壓力陡增"): a
    headline stands alone. Only after the subject (the first word is never touched; :func:`polish` handles
    a title opening with one) and within its first 16 characters."""
    if not _CJK.search(s):
        return s
    toks = _tokens(s)
    if not toks:
        return s
    spans = []
    for i, (a, b, w, f) in enumerate(toks):
        if i == 0 or a > 16 or not f.startswith(("d", "c")):
            continue
        if w == "就" and i + 1 < len(toks) and not (toks[i + 1][3].startswith(("v", "d", "p")) and toks[i + 1][3] != "vn"):
            continue  # 就 before a noun is "regarding" ("法院就甲案作出判决"), no discourse adverb
        if w in _DISCOURSE:
            spans.append((a, b))
            if w == "因此" and toks[i - 1][2] == "也":
                spans.append((toks[i - 1][0], toks[i - 1][1]))
    out = _cut_spans(s, spans) if spans else s
    return out if _informative(out) else s


_KIND_END = re.compile(r"(?:厂|廠|商|品牌|机构|機構|业者|業者|同业|同業|同行|新创|新創|初创|初創|基金|公司|片方|廠方|厂方|校方|院方|"
                       r"出品方|發行方|发行方|主办方|主辦方)$")


_HOST_LEAD = re.compile(r"^(?:主辦|主办|承辦|承办)(?:機構|机构|單位|单位|方)(?=[\u4e00-\u9fff]{2,16}?(?:協會|协会|委員會|委员会|"
                        r"基金會|基金会|公司|集團|集团|聯會|联会|總會|总会)：)")


def _drop_kind_lead(s: str, names=()) -> str:
    """A kind of business opening a title right before the name it describes: "電源模組廠台宇電子召開…" ->
    "台宇電子召開…", "面板厂商辰光科技…" -> "辰光科技…" (the description ends in 廠 / 商 / 品牌 / 機構 / 同業 and holds
    no verb, no 的 and no other name); so does a place ("深圳雲雀機器人…" -> "雲雀機器人…", jieba ``ns``). Headlines
    name a company without them, whatever the length."""
    from timeline.events.segment import pos_cut
    from timeline.events.text import to_simplified

    host = _HOST_LEAD.match(s)
    if host:
        return s[host.end():]  # "主辦機構甲龍舟協會：…" -> "甲龍舟協會：…" (also when no finder names the body)
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        p = s.find(name)
        if not 2 <= p <= 10:
            continue
        desc = s[:p]
        toks = pos_cut(to_simplified(desc))
        if toks and all(f == "ns" for _, f in toks) and not any(n in desc for n in names if n):
            return s[p:]  # "深圳雲雀機器人在深圳發布…": a place before the name is no part of it
        if not _KIND_END.search(desc) or not _CJK.fullmatch(desc[-1]) or any(n in desc for n in names if n):
            continue
        if any(f.startswith("v") and f != "vn" or f in ("uj", "ul", "p", "r") for _, f in toks):
            continue
        return s[p:]
    return s


_ROLE_TAKEN_BEFORE = re.compile(r"(?:辞去|辭去|辞任|辭任|卸任|卸下|担任|擔任|出任|接任|升任|兼任|就任|改任|转任|轉任|"
                                r"晋升为|晉升為|任命为|任命為|委任为|委任為|[为為任])$")
_NOT_A_NAME_AFTER_JOB = frozenset("及和与與、职職的一等兼之")


def _drop_asides(s: str, names=()) -> str:
    """Bracketed asides and job titles before a name go; an organisation right before a job title and a
    person goes with the title ("字節跳動CEO 梁某將…" -> "梁某將…": the person is the subject, and the company and
    the person side by side would read as one name)."""
    lighter = re.sub(r"[（(][^（）()]{0,40}[）)]", "", s)
    out = []
    pos = 0
    for m in _JOB.finditer(lighter):
        if not (m.end() < len(lighter) and _CJK.match(lighter[m.end():m.end() + 1])):
            continue
        if _ROLE_TAKEN_BEFORE.search(lighter, 0, m.start()) or lighter[m.end()] in _NOT_A_NAME_AFTER_JOB:
            continue  # "辭去董事長及董事職務": the post is what is left or taken, no title before a name
        head = lighter[pos:m.start()]
        org = next((n for n in sorted(names, key=len, reverse=True) if n and head.endswith(n)), None)
        person = any(n and lighter.startswith(n, m.end()) for n in names)
        if org and person and _CJK.search(org):
            head = head[:-len(org)]
        out.append(head)
        pos = m.end()
    return "".join(out) + lighter[pos:]


_LEGAL = re.compile(r"(?:股份有限公司|有限责任公司|有限責任公司|有限公司)(?=[\u4e00-\u9fff])")


def _drop_legal(s: str, names=()) -> str:
    """"杭州某某技術有限公司已完成…" -> "杭州某某技術已完成…": the legal form, as headlines write a name."""
    return _LEGAL.sub("", s)


def _tokens(s: str) -> list[tuple[int, int, str, str]] | None:
    """jieba's words of ``s`` with offsets, or None when the simplified text does not line up."""
    from timeline.events.segment import pos_cut
    from timeline.events.text import to_simplified

    toks = []
    pos = 0
    for w, f in pos_cut(to_simplified(s)):
        toks.append((pos, pos + len(w), w, f))
        pos += len(w)
    return toks if pos == len(s) else None


def _cut_spans(s: str, spans: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for a, b in sorted(spans):
        if a < last:
            continue
        out.append(s[last:a])
        last = b
    out.append(s[last:])
    return re.sub(r"\s{2,}", " ", "".join(out)).strip()


_LOCALIZER = re.compile(r"(?:上|中|里|裡|内|內|时|時|期间|期間|当晚|當晚|当天|當天|之际|之際)")


def _drop_inner_frames(s: str, names=()) -> str:
    """A place or time frame after the subject: "梁汝波在員工大會上將…" -> "梁汝波將…", "蔡崇信在某大學的一場訪談中
    又聊到…" -> "蔡崇信又聊到…". The frame is 在 / 于 + words ending in a localizer or a time word, holding no
    verb except a noun use after a measure word or 的 ("一場訪談"), and a verb or adverb follows it."""
    from timeline.events.segment import pos_cut
    from timeline.events.text import to_simplified

    simp = to_simplified(s)
    for m in re.finditer(r"(?<=[^，,：:。；;])(在|于|於)", simp):
        a = m.start()
        for loc in _LOCALIZER.finditer(simp, m.end() + 1, min(len(simp), m.end() + 18)):
            b = loc.end()
            phrase = [t for t in pos_cut(simp[a:b]) if t[1] != "x"]
            if len(phrase) < 2 or phrase[0][0] not in ("在", "于") or not phrase[-1][1].startswith(("f", "t")):
                continue
            if any(ch in "，,。；;：:" for ch in simp[a:b]):
                break
            nominal = next((i for i, t in enumerate(phrase) if t[1] in ("m", "uj", "q")), len(phrase))
            verbs = [i for i, t in enumerate(phrase[1:-1], 1) if t[1].startswith("v") and t[1] != "vn"
                     and i <= nominal]  # "在一場閉門訪談中": verbs after a measure word or 的 are nouns
            if verbs:
                continue
            rest = pos_cut(simp[b:b + 8])
            if rest and rest[0][1].startswith(("d", "v", "p", "c")) and rest[0][1] != "vn" or \
                    simp[b:b + 1] in ("将", "把", "又", "还", "也", "就", "再", "正"):
                return _cut_spans(s, [(a, b)])
            break
    return s


_INSTRUMENT = re.compile(r"(靠着|靠著|凭借|憑藉|凭着|憑著|依靠|借助|藉助|通过|通過|透过|透過)")


def _drop_instrument(s: str, names=()) -> str:
    """"ChatGPT靠著模型迭代成為了…" -> "ChatGPT成為了…": the means before the main verb (the longest run up
    to a verb that holds no 了 or comma)."""
    from timeline.events.segment import pos_cut
    from timeline.events.text import to_simplified

    simp = to_simplified(s)
    m = _INSTRUMENT.search(simp)
    if not m:
        return s
    from timeline.events.segment import words as word_spans

    starts = {a for a, _ in word_spans(simp)}
    best = None
    for b in range(m.end() + 1, min(len(simp), m.end() + 14)):
        if simp[b - 1] in "了，,。；;：:":
            break
        if b not in starts:
            continue  # never inside a word ("興建": 建 alone is a verb too)
        rest = pos_cut(simp[b:b + 8])
        if rest and rest[0][1].startswith("v") and rest[0][1] != "vn":
            best = b
    return _cut_spans(s, [(m.start(), best)]) if best else s


_APPOS_FIRST = ("n", "ns", "r", "a", "m", "b", "s")
_BOUNDARY = "，,：:、和与與及"


def _drop_appositives(s: str, names=()) -> str:
    """A descriptor right before a name, from the start of a title or a list item: "中國的兩大互聯網公司騰訊與
    阿里巴巴…" -> "騰訊與阿里巴巴…", "某某和他的妻子吳明華…" -> "某某和吳明華…". The descriptor opens with a noun,
    a pronoun, an adjective or a number, ends with a common noun, and holds no aspect particle (了 / 著 / 過) and
    no other name."""
    from timeline.events.segment import pos_cut
    from timeline.events.text import to_simplified

    simp = to_simplified(s)
    spans = []
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        p = s.find(name)
        if p <= 0:
            continue
        b0 = max(s.rfind(ch, 0, p) for ch in _BOUNDARY)
        a = b0 + 1
        all_toks = list(pos_cut(simp[a:p]))
        while len(all_toks) > 1 and all_toks[-1][1] == "ns":
            p -= len(all_toks.pop()[0])  # "…股東杭州某某": the place belongs to the name
        desc = simp[a:p].strip()
        if len(desc) < 2 or any(n in s[a:p] for n in names if n and n != name):
            continue
        toks = [t for t in all_toks if t[1] != "x"]
        if not toks or not toks[0][1].startswith(_APPOS_FIRST) or toks[-1][1] not in ("n", "nz", "eng") \
                or toks[-1][1] == "eng" and not toks[-1][0].isupper():
            continue
        if any(t[1] in ("ul", "uz", "ug") or t[0] in ("了", "着", "过") for t in toks):
            continue
        if toks[0][1] == "r" and len(toks) < 3:
            continue
        spans.append((a, p))
    return _cut_spans(s, spans) if spans else s


_ADVERBS = frozenset("陆续 正式 也 还 又 接连 相继 纷纷 已经 已 就 便 都 更 率先 第一时间 随即 再度 均 皆 亦 则 才 "
                     "如期 顺利 成功 一举 终于 最终 先后 分别".split())


def _drop_adverbs(s: str, names=()) -> str:
    """Aspect and manner adverbs that a headline leaves out (陸續 / 正式 / 也 / 已經 / 第一時間 …); never a
    negation or a degree that changes what is said."""
    toks = _tokens(s)
    if not toks:
        return s
    spans = [(a, b) for i, (a, b, w, f) in enumerate(toks) if i > 0 and w in _ADVERBS
             and (f.startswith(("d", "t", "m", "c")) or w == "第一时间")
             and not (w == "就" and i + 1 < len(toks) and not (toks[i + 1][3].startswith(("v", "d", "p"))
                                                               and toks[i + 1][3] != "vn"))]
    # (就 before a noun is "regarding": "法院就甲案作出判决" keeps it)
    # "第一時間" is cut by jieba into 第一 / 時間
    for i in range(1, len(toks) - 1):
        if toks[i][2] == "第一" and toks[i + 1][2] == "时间":
            spans.append((toks[i][0], toks[i + 1][1]))
    return _cut_spans(s, spans) if spans else s


def _drop_enumeration(s: str, names=()) -> str:
    """"應付抖音、今日頭條等產品春節活動…" -> "應付春節活動…": a list of examples closed by 等 before a noun (the
    names stay among the event's actors); the list's head noun goes too when it modifies the noun after it
    ("產品春節活動"), else it stays ("抖音、今日頭條等產品" -> "產品")."""
    toks = _tokens(s)
    if not toks:
        return s
    for j, (_a, b, w, _f) in enumerate(toks):
        if w != "等" or j + 1 >= len(toks) or not toks[j + 1][3].startswith(("n", "vn")):
            continue
        i = j - 1
        items = 0
        while i >= 0 and (toks[i][2] == "、" or toks[i][3].startswith(("n", "eng", "zg", "t", "j")) and
                          toks[i][3] != "vn" or toks[i][3] == "a" and len(toks[i][2]) == 1
                          and toks[i + 1][3].startswith("n")):  # "短/影音": a one-character adjective in a name
            items += toks[i][2] == "、"
            i -= 1
        if items and i >= 1 and toks[i + 1][2] != "、":
            end = b
            if j + 2 < len(toks) and toks[j + 2][3].startswith(("n", "t", "vn")) and len(toks[j + 1][2]) >= 2:
                end = toks[j + 1][1]  # "等產品春節活動": the list's head noun modifies the noun after it, and goes
            return _cut_spans(s, [(toks[i + 1][0], end)])
    return s


def _drop_de(s: str, names=()) -> str:
    return drop_attributives(s)


_SECOND = re.compile(r"(?:[，,；;]\s*(?:并且|並且|并|並|同时|同時|且|还|還|随后|隨後)?|(?:(?:并|並)?(?:同时|同時)|并且|並且|并|並|以及))")


def _drop_second_predicate(s: str, names=()) -> str:
    """"騰訊宣佈建設新總部並同時啟動培養計劃" -> "騰訊宣佈建設新總部": the first of two coordinated predicates
    (joined by a comma, 並 / 並且 / 同時 / 以及 as words of their own), the longest first part that fits and
    holds an action verb."""
    from timeline.events.roles import has_action
    from timeline.events.text import to_simplified

    toks = _tokens(s)
    if not toks:
        return s
    starts = {t[0] for t in toks}
    simp = to_simplified(s)
    heads = []
    for m in _SECOND.finditer(simp):
        if m.start() < 4 or m.start() not in starts or not has_action(simp[m.end():]):
            continue
        head = s[:m.start()].rstrip(" ，,；;")
        if _weight(head) >= MIN_WEIGHT and has_action(to_simplified(head)):
            heads.append(head)
    fitting = [h for h in heads if _fits(h)]
    return fitting[-1] if fitting else (heads[0] if heads else s)


def _drop_object_descriptors(s: str, names=()) -> str:
    """A description right before a name after a verb or a preposition: "售予新加坡基金Orchid Bay" -> "售予Orchid
    Bay", "將中環商廈Harbour Point" -> "將Harbour Point", "與日本廠商三輪光學" -> "與三輪光學": the nouns (places,
    common nouns; the last a common noun) between the verb or preposition and the name, holding no other name."""
    from timeline.events.segment import pos_cut
    from timeline.events.text import to_simplified

    spans = []
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        p = s.find(name)
        if p <= 0:
            continue
        toks = [t for t in pos_cut(to_simplified(s[max(0, p - 10):p]))]
        run = 0
        k = len(toks) - 1
        while k >= 0 and toks[k][1] in ("n", "ns", "nz", "b", "zg") and not any(toks[k][0] in to_simplified(n)
                                                                                 for n in names if n):
            run += len(toks[k][0])
            k -= 1
        if k < 0 or run < 2 or toks[len(toks) - 1][1] not in ("n", "zg") or not (
                toks[k][1].startswith(("v", "p")) or toks[k][0] in ("与", "和", "及", "同", "跟", "将", "把")):
            continue
        spans.append((p - run, p))
    return _cut_spans(s, spans) if spans else s


_PLACE_END = re.compile(r"(?:中心|基地|机场|港口|码头|车站|广场|总部|会场|园区|大厦|酒店|体育馆|体育场|会展中心|沿海|海域|海上|"
                        r"县|市|区|镇|乡|村|省)$")


def _drop_place(s: str, names=()) -> str:
    """Where a happening took place, between its subject and its verb: "火箭在酒泉卫星发射中心点火升空" -> "火箭点火升空"
    (在 + nouns and places only, ending in a place word: 中心 / 基地 / 机场 / 县 …, then a verb or an adverb)."""
    from timeline.events.segment import pos_cut
    from timeline.events.text import to_simplified

    simp = to_simplified(s)
    for m in re.finditer(r"(?<=[^，,：:。；;])在", simp):
        a = m.end()
        toks, pos = [], a
        for w, f in pos_cut(simp[a:a + 16]):
            toks.append((pos, pos + len(w), w, f))
            pos += len(w)
        for k in range(1, len(toks)):
            b = toks[k - 1][1]
            if not all(t[3].startswith(("n", "s", "j")) and t[3] != "vn" or t[2] in ("的",) for t in toks[:k]):
                break
            if _PLACE_END.search(simp[a:b]) and (toks[k][3].startswith(("v", "d")) and toks[k][3] != "vn"):
                out = _cut_spans(s, [(m.start(), b)])
                return out if _informative(out) else s
    return s


_SUBJECT_RELATIVE = re.compile(r"(?:自主|独立|联合|首次|全新|自行)?(?:研制|研发|开发|打造|设计|建造|生产|制造|推出|出品|运营|投资|执导)的")


def _drop_subject_relative(s: str, names=()) -> str:
    """A relative clause whose subject is the name opening the title: "星穹航天自主研制的“天梭二号”火箭…" ->
    "星穹航天“天梭二号”火箭…" (what the name made or runs: 研制 / 研發 / 打造 / 生產 / 推出 … + 的)."""
    from timeline.events.text import to_simplified

    simp = to_simplified(s)
    colon = s.find("：")
    lead = colon + 1 if 0 < colon <= 16 else 0  # "甲局：乙食品生產的一批次米粉…": the content after a speaker too
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        if not s.startswith(name, lead):
            continue
        m = _SUBJECT_RELATIVE.match(simp, lead + len(name))
        if m:
            return s[:lead + len(name)] + s[m.end():]
    m = _SUBJECT_RELATIVE.search(simp, lead + 2, lead + 14)
    if m and not any(n and n in s[lead:m.end()] for n in names):
        # a maker no finder names ("甲太空研究院自主研製的衛星…"): the same when all before it are nouns
        toks = _tokens(s[lead:m.start()])
        if toks and not any(t[3].startswith(("v", "p", "c", "u", "r", "m", "x")) and t[3] != "vn" for t in toks) \
                and len(_CJK.findall(s[lead:m.start()])) >= 3:
            return s[:m.start()] + s[m.end():]
    return s


_CASE_MATTER = re.compile(r"((?:诉|訴)[^，,。；;、]{2,16}?)(?:著作权|著作權|专利|專利|商标|商標|合同|合約|股权|股權|劳动|勞動|借款|"
                          r"买卖|買賣|侵权|侵權|不正当|不正當|名誉|名譽|肖像|服务|服務|租赁|租賃|建设工程|建設工程|损害|損害)"
                          r"[\u4e00-\u9fff、]{0,24}?(?:纠纷|糾紛)?(?:一案|案件|案)")


_CASE_NAMED = re.compile(r"(?:对|對|审理|審理|受理)([^，,。；;对對]{2,12}?)(诉|訴)([^，,。；;]{2,12}?)"
                         + _CASE_MATTER.pattern[_CASE_MATTER.pattern.index("(?:著作权"):])


def _drop_case_matter(s: str, names=()) -> str:
    """A case named by its parties and its matter keeps the parties: "甲法院對乙訴丙著作權侵權及不正當競爭糾紛一案
    進行一審宣判" -> "甲法院對乙訴丙案進行一審宣判" (the matter is what the judgment is about, not who)."""
    return _CASE_MATTER.sub(r"\1案", s, count=1)


def _drop_speaker(s: str, names=()) -> str:
    """A title still too long as "speaker：content" whose content opens with a name (its doer) keeps the content:
    "甲市場監督管理局：乙食品一批次米粉鐵含量不符合…" -> "乙食品一批次米粉鐵含量不符合…" (who did what before who told it)."""
    colon = s.find("：")
    if not 0 < colon <= 16:
        return s
    rest = s[colon + 1:]
    if _weight(rest) < MIN_WEIGHT:
        return s
    if any(n and rest.startswith(n) and n not in s[:colon] for n in names):
        return rest
    return s


_CAUSE_INSIDE = re.compile(r"(?:因|由于|由於)[^，,。；;、]{1,14}?(?:原因|缘故|緣故)(?=[\u4e00-\u9fff])")
_ABOUT_DOCUMENT = re.compile(r"《(?:关于|關於)([^《》]{2,40}?)的(?:议案|議案|决定|決定|决议|決議|通知|公告|报告|報告|意见|意見|"
                             r"办法|辦法|规定|規定|请示|請示)》")
_DEAL_KIND = re.compile(r"收购|收購|并购|併購|出售|合并|合併|增资|增資|入股")
_QUOTED_NAME = re.compile(r"[“「][^”」“「，,。]{2,16}[”」]")
_ORG_IN_DESCRIPTION = re.compile(r"大学|(?<!科)学院|公司|集团|银行|协会|研究所|研究院|医院|法院|事务所|[该本][校院行所]")
_AFTER_A_NAME = re.compile(r"(?:在|于|逝世|去世|病逝|辞世|当选|获颁|获得)")
_FIRST_PRODUCT = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}款|首款|首批\s*[\d一二三四五六七八九十百千万萬]+\s*[台辆輛架部件])")
_RITE_LEAD = re.compile(r"(?:遗体)?(?:告别式|告别仪式|追悼会|追思会|葬礼|丧礼|公祭|家祭)")
_AGE_AT_DEATH = re.compile(r"(?<=[\u4e00-\u9fff])[，,]\s*享(?:年|壽|寿)[\d一二三四五六七八九十百]{1,4}(?:岁|歲)$")
_HONORIFIC = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![和与與及跟同的其她他我你您位名])(?:先生|女士)(?=[為为於于在及和與与出擔担加接辭辞，,])")
_OWN_COMPANY_POST = re.compile(r"(?<=[為为任])(?:本公司|本集團|本集团|該公司|该公司)(?=[\u4e00-\u9fff])")


def _drop_cause_and_courtesy(s: str, names=()) -> str:
    """A cause inside the clause ("因個人健康原因辭去…"), a courtesy title after a name ("葉某先生為…") and the
    notice's own company before a post ("為本公司行政總裁") go: the headline keeps who did what."""
    return _OWN_COMPANY_POST.sub("", _HONORIFIC.sub("", _CAUSE_INSIDE.sub("", s)))


_DESCRIBED_BEFORE_QUOTED = re.compile(r"^[^，,。；;“”「」]{6,60}?的[^，,。；;“”「」的]{0,12}?(?=[“「][^”」]{2,16}[”」])")


def _drop_before_quoted_name(s: str, names=()) -> str:
    """A long 的-phrase before a quoted name opening the title goes ("由甲與乙聯合研製的首顆用於…的微小衛星“某某一號”
    成功發射" -> "“某某一號”成功發射"): the name is the subject."""
    m = _DESCRIBED_BEFORE_QUOTED.match(s)
    return s[m.end():] if m else s


_CJK_STEPS = (_drop_asides, _drop_cause_and_courtesy, _drop_legal, _drop_case_matter, _drop_inner_frames, _drop_instrument, _drop_appositives, _drop_adverbs,
              _drop_de, _drop_enumeration, _drop_object_descriptors, _drop_second_predicate, _drop_subject_relative,
              _drop_place, _drop_before_quoted_name)


_MODIFIER_TAGS = frozenset({"a", "ad", "an", "b", "d", "z", "n", "ng", "f", "s", "l", "i", "v", "vd", "vn"})
_FRAME_WORDS = frozenset("时 时候 后 之后 以后 前 之前 以前 期间 中 里 上 下 内 外 间 当时".split())
_HEAD_TAGS = ("n", "vn", "b", "a", "eng")


def drop_attributives(s: str) -> str:
    """``s`` without the 的-phrases that modify a noun after the main verb: "發佈了全新的大模型" ->
    "發佈了大模型", "推出一款具有自主知識產權的伺服器晶片" -> "推出一款伺服器晶片". A phrase is the run of words
    between 的 and what comes before it (了 / 著 / 過, a preposition, a conjunction, a measure word,
    punctuation, or the main verb); it is kept when it holds a number, a name (jieba's nr / ns / nt /
    nz) or a Latin word, and a phrase holding a verb is dropped only after a measure word ("一款…的").
    The subject's 的 ("高德的壓力") is never dropped: only phrases after the first verb are, and a relative
    clause opening the title ("備受關注的模型…": it holds a verb)."""
    from timeline.events.segment import pos_cut
    from timeline.events.text import to_simplified

    toks = []
    pos = 0
    for w, f in pos_cut(to_simplified(s)):
        toks.append((pos, pos + len(w), w, f))
        pos += len(w)
    if pos != len(s):
        return s  # the simplified text does not line up with the original
    main = next((i for i, t in enumerate(toks) if t[3].startswith("v") and t[3] != "vn"), None)
    if main is None:
        return s
    cut: list[tuple[int, int]] = []
    lead = next((j for j in range(1, min(len(toks) - 1, 8)) if toks[j][2] == "的"), None)
    if (lead is not None and toks[lead + 1][3].startswith(_HEAD_TAGS) and main < lead
            and all((t[3] in _MODIFIER_TAGS or t[3] == "r") and not any(ch.isdigit() for ch in t[2])
                    for t in toks[:lead])):
        # "備受關注的影片模型…": a title opening with a relative clause (it holds a verb) starts at its noun
        cut.append((0, toks[lead][1]))
        main = next((i for i in range(lead + 1, len(toks)) if toks[i][3].startswith("v") and toks[i][3] != "vn"),
                    len(toks))
    for j in range(main + 2, len(toks) - 1):
        if toks[j][2] != "的" or not toks[j + 1][3].startswith(_HEAD_TAGS):
            continue
        i = j - 1
        while i > main and toks[i][3] in _MODIFIER_TAGS and not toks[i][3].startswith("v"):
            i -= 1
        if i > main and toks[i][3].startswith("v"):
            # a verb inside: a relative clause, dropped only between a measure word and its noun
            k = i
            while k > main and toks[k][3] in _MODIFIER_TAGS:
                k -= 1
            if toks[k][3] == "m":
                i = k
        phrase = toks[i + 1:j]
        if phrase and phrase[-1][2] in _FRAME_WORDS:
            continue  # "做某事時的目標": a time frame, not a quality of the noun
        if not phrase or any(ch.isdigit() or ch.isascii() and ch.isalpha() for t in phrase for ch in t[2]):
            continue
        cut.append((phrase[0][0], toks[j][1]))
    if not cut:
        return s
    out, last = [], 0
    for a, b in cut:
        out.append(s[last:a])
        last = b
    out.append(s[last:])
    return "".join(out)


@dataclass(frozen=True, slots=True)
class TitleContext:
    """Who an omitted or pronoun subject stands for: the last person or organisation named before the
    sentence (``actor``; ``person`` and ``org`` by kind) and the transcript's speaker label in force
    (``speaker`` canonical, ``speaker_label`` as written)."""

    actor: str | None = None
    speaker: str | None = None
    person: str | None = None  # the last person named
    org: str | None = None     # the last organisation named
    speaker_label: str | None = None  # the label as written ("Joe Tsai")
    company: str | None = None  # the story's first company told (what a bare 公司 / 集團 stands for)
    bank: str | None = None     # the last bank named (what 該行 / 本行 stands for)
    # what 該校 / 該院 / 該片 … stand for: (the word, Simplified, e.g. "该校"; the school, hospital or work told
    # last of that kind, as written)
    kind_refs: tuple[tuple[str, str], ...] = ()
    thing: str | None = None    # "The deal was signed …. It must …": the sentence before's subject, no name


_FRAME_END = re.compile(r"(时|時|之时|之時|后|後|之后|之後|以后|以後|期间|期間|之际|之際|过程中|過程中)$")
_FRAME_START = re.compile(r"^(随着|隨著|当|當|每当|每當|由于|由於|因为|因為|因(?![此而应應素])(?=[\u4e00-\u9fff])|(?:when|after|as|while|once|before|following|since|(?:not\s+)?because|"
                          r"although|though|if|unless|whereas|(?:along\s+|together\s+)?with|amid|despite|under|"
                          r"without|given)\b)",
                          re.I)
_REPORTING_END = re.compile(r"(表示|称|稱|说|說|说道|說道|披露|透露|指出|提到|强调|強調|认为|認為|坦言|回忆|回憶|"
                            r"(?<=[\u4e00-\u9fff]{2})(?:预估|預估|预测|預測|估计|估計|预计|預計)|"
                            r"写道|寫道|介绍|介紹|告诉我们|告訴我們|告诉记者|告訴記者|获悉|獲悉|发布公告披露|發佈公告披露|"
                            r"(?<=[日\u4e00-\u9fff])通[报報]|(?<=[中时時查检檢测測验驗])(?:[发發]现|發現)|发布公告|發佈公告|发布公告称|發佈公告稱|公告称|公告稱|发布消息|發布消息|發佈消息|发布通知|發布通知|發佈通知|发表声明|發表聲明|发布声明|發布聲明|發佈聲明|宣布|宣佈|官宣|公布|公佈|(?<=[日\u4e00-\u9fff])公告|"
                            r"(?<![A-Za-z])(?:said|says|told \w+|noted|added|explained|recalled|announced))$", re.I)
_SAID_INSIDE = re.compile(r"^(.{2,24}?)(表示|稱|称|透露|披露|指出|強調|强调|坦言)[，,:：]?(.{4,})$")
_CONNECTIVE = re.compile(r"^(?:也因此|因此|因而|于是|於是|随后|隨後|此后|此後|同时|同時|此外|另外|而且|并且|並且|但是|然而|"
                         r"不过|不過|所以|后来|後來|最终|最終|终于|終於|甚至|其中|便|才|也|而|但|并|並|又|且|则|則|就|"
                         r"还|還|却|卻|更|再|都|即|乃|遂)(?=\S)"
                         r"|^(?:and|but|so|then|also|well|yeah|because|thus|however)\b[\s,]*", re.I)
_PRONOUN_LEAD = re.compile(r"^(?:他们|她们|你们|我们|咱们|他|她|它|你|我|其|该公司|該公司|这家公司|這家公司|该集团|該集團|该行|該行|"
                           r"(?:该|本)(?:校|院|片|剧|书)(?=[\u4e00-\u9fff])|"
                           r"公司(?=[\u4e00-\u9fff\d])|集团(?=[\u4e00-\u9fff\d])|"
                           r"這家|这家|此)(?=\S)"
                           r"|^(?:we|i|it|he|she|they|you|who|the company)\b\s*", re.I)
_PERSONAL_LEAD = re.compile(r"^(?:他|她)(?![们們])|^(?:he|she)\b", re.I)
_EN_POSSESSIVE_LEAD = re.compile(r"(?:its|their|his|her)\s+(?=[a-z])", re.I)  # "Its shares will begin trading …"
_HEDGE = re.compile(r"^(?:I|we)\s+(?:think|believe|guess|mean|feel)\s*,?\s*(I|we)\s+", re.I)
_FIRST_PERSON = re.compile(r"^(?:我们|我們|我|咱们|咱們)|^(?:we|i)\b", re.I)
_PERSON_PRONOUN = re.compile(r"^(?:他|她|你|he|she|who)$", re.I)  # "X, who founded Y in 2009": X  # 他們 / they: an organisation first
_JOB_TITLE = (r"(?:联合创始人|聯合創始人|创始人|創始人|首席[\u4e00-\u9fff]{1,4}官|执行副主席|執行副主席|董事会主席|"
              r"董事會主席|董事长|董事長|副总裁|副總裁|总裁|總裁|总经理|總經理|CEO|CFO|CTO|COO|主席|负责人|負責人)")
_JOB = re.compile(r"(?:前|时任|時任|原|现任|現任)?(?:[\u4e00-\u9fff]{0,8}(?:集团|集團|公司|事业群|事業群|部门|部門))?"
                  + _JOB_TITLE + r"(?:兼(?:[\u4e00-\u9fff]{1,8}(?:官|总裁|總裁)|" + _JOB_TITLE + r"))*[、，]?\s*")


def headline_problems(title: str) -> list[str]:
    """What keeps ``title`` from reading as a headline: ``pronoun`` or ``connective`` at the start, a
    subordinate ``frame`` (…時 / …後 / 隨著 / when / with), a ``reporting`` verb at the end with its content cut
    off, a ``cut frame`` (帶著 / 帶領 / 攜 + a list with the main verb after it cut off: "甲公司又帶著乙、丙"), a
    ``byline`` ("記者林某／台北報導）…") or ``no subject`` (an English title opening with a lower-case word that is
    no pronoun: "joined Vantor", "replacing Tom Reyes, who retired").
    (A cut inside a word needs the source sentence; see tests/events/test_headline_check.py.)"""
    from timeline.events.text import to_simplified

    out = []
    t = title.rstrip("…").strip()
    simp = to_simplified(t)
    m = _PRONOUN_LEAD.match(simp) or _EN_POSSESSIVE_LEAD.match(t)
    if m and (m.group() != "公司" or _word_at_start(t, "公司")):
        out.append("pronoun")
    c = _CONNECTIVE.match(simp)
    if c and len(t) - c.end() >= 2 and _word_at_start(t, c.group().strip()):
        out.append("connective")
    if is_frame(t):
        out.append("frame")
    if (_REPORTING_END.search(t) or _SHOWS_END.search(t)) and "被" not in t[-6:]:
        out.append("reporting")
    frame = _CARRY.search(t) if _CJK.search(t) else None
    if frame and frame.start() > 0 and t[frame.end():].strip() and _main_verb(t[frame.end():]) is None:
        out.append("cut frame")  # "甲公司又帶著乙、丙": the main verb after the 帶著 + list frame is cut off
    if re.search(r"(?:记者|記者)[^，,。]{0,12}(?:报道|報導|報道)|^[）)】\]]", t) or re.match(r"^[^（(【\[]{0,20}[）)】\]]", t):
        out.append("byline")  # "記者林某／台北報導）…": the byline is no part of the headline
    if not _CJK.search(t[:4]) and re.match(r"[a-z]+\b", t) and not m and not c:
        out.append("no subject")  # "joined Vantor", "replacing Tom Reyes, who retired": an English predicate alone
    return out


SHORT_ENOUGH = 18
"""A title within this many title units (:func:`_weight`) counts as compact; up to :data:`MAX_CJK` it is
still within the limits but a compact one with no more flaws is preferred."""
MIN_WEIGHT = 6
"""A title lighter than this (in title units) tells too little to be preferred."""


_EN_ELLIPTIC = re.compile(r"\s(?:followed|did\s+(?:so|the\s+same)|followed\s+suit)(?:\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)?$")


def headline_score(title: str, names: set[str] | frozenset[str] = frozenset()) -> tuple[int, int]:
    """How well ``title`` reads as a headline, lower is better: ``(flaws, length)``.

    Flaws: each problem of :func:`headline_problems` (pronoun or connective start, trailing frame or
    reporting verb) counts 2; cut with "…", no action verb (jieba's verb tags for Chinese, a dynamic verb
    for English; :func:`timeline.events.roles.has_action`), naming none of ``names`` (the statement's
    actors: no subject), and shorter than :data:`MIN_WEIGHT` count 1 each. Length: 0 within
    :data:`SHORT_ENOUGH` title units, else 1 (within the limits, shorter is better). Used to give a merged
    event the best-formed title among its statements."""
    from timeline.events.roles import has_action
    from timeline.events.text import to_simplified

    t = title.rstrip("…").strip()
    flaws = 2 * len(headline_problems(title)) + title.endswith("…")
    if not has_action(to_simplified(t)) or _EN_ELLIPTIC.search(t):
        flaws += 1  # (an elliptic "X followed (Y)" names no action of its own: a telling that names it is better)
    simp = to_simplified(t)
    if names and not any(to_simplified(n) in simp for n in names):
        flaws += 1
    w = _weight(t)
    if w < MIN_WEIGHT:
        flaws += 1
    return flaws, int(w > SHORT_ENOUGH)


def is_frame(s: str) -> bool:
    """A subordinate frame rather than a statement: "…匯報預算時", "隨著…", "when …", "after …",
    "not because …", or a locative frame ending in 上 / 中 / 裡 after a noun ("…的一次員工大會上": at or in
    something, :func:`locative_frame`)."""
    s = s.strip()
    return bool(s) and bool(_FRAME_END.search(s) or _FRAME_START.match(s) or locative_frame(s))


_LOCATIVE_NOUN_TAGS = ("n", "nz", "nt", "nr", "ns", "eng", "f", "l", "j", "i")


def locative_frame(s: str) -> bool:
    """``s`` ends in a localizer (上 / 中 / 裡 / 內) after a noun: "…的一次CEO面對面上", "在這次大會上",
    "董事會會議中" — where something happened, not what happened (jieba tags)."""
    if not s or s[-1] not in "上中里裡内內":
        return False
    from timeline.events.segment import pos_cut
    from timeline.events.text import to_simplified

    toks = [t for t in pos_cut(to_simplified(s[-12:])) if t[1] != "x"]
    if len(toks) >= 2 and toks[-1][0] in ("会上", "会中"):
        return True  # "說明會上" / "股東會上": jieba's one word for a meeting noun and its localizer
    if len(toks) < 2 or toks[-1][0] not in ("上", "中", "里", "内") or toks[-1][1] != "f":
        return False
    whole = [t for t in pos_cut(to_simplified(s[-24:])) if t[1] != "x"]
    at = max((i for i, (w, f) in enumerate(whole[:-2]) if w in ("在", "于") and f == "p"), default=None)
    if at is not None and ("了", "ul") not in whole[at:] and not any(w in "，,。；;" for w, _ in whole[at:]):
        return True  # "在一場大學校園對談中" / "在當天舉行的說明會上": 在 + an occasion + 中 / 上, whatever ends it
    from timeline.events.roles import _STATIVE_WORDS

    verbs = [i for i, (w, f) in enumerate(toks) if f.startswith("v") and f != "vn" and w not in _STATIVE_WORDS]
    if verbs and toks[verbs[-1] + 1:verbs[-1] + 2] == [("了", "ul")] and "的" not in [w for w, _ in toks[verbs[-1]:]]:
        return False  # "甲公司來到了晚會舞台上": a completed verb of motion with its place, not a frame
    return toks[-2][1].startswith(_LOCATIVE_NOUN_TAGS)


def _speaker(clause: str, actors: list[str]) -> str:
    """Who speaks in "阿里巴巴集團副總裁吳嘉便表示": the last person or organisation named, else the clause
    without its reporting verb, job titles and connectives."""
    if actors:
        return actors[-1]
    rest = _REPORTING_END.sub("", clause.strip())
    rest = re.sub(r"(?:在|於|于)[^，,。]{1,12}?(?:上|中|裡|里|時|时)$", "", rest)  # "他在說明會上坦言": where, not who
    rest = re.sub(r"(?:昨日|今日|前日|日前|近日|昨天|今天|當天|当天|當晚|当晚|當日|当日|晚間|晚间|今早|今晨|昨晚|隨後|随后|"
                  r"稍後|稍后|昨|今|[週周][一二三四五六日])$", "", rest)  # "經濟部昨", "青禾股份當晚"
    rest = _JOB.sub("", rest)
    rest = re.sub(r"(便|也|还|還|则|則|就|又|曾|再次|随即|隨即|进一步|進一步|对此|對此|公开|公開|都|均|皆|一再|多次|再度|"
                  r"反复|反覆)+$", "", rest)
    ref = _SELF_REF.match(rest)
    if ref and len(rest) > ref.end() and locative_frame(rest[ref.end():]):
        return ref.group()  # "公司在兩場交流會上都強調" (its 在 gone with the date): 公司 speaks, not the meetings
    return rest.strip(" ，,、") if 1 <= len(rest) <= 12 else ""


_BANK_REF = re.compile(r"^(?:该行|該行|本行)$")
_SAID_LEAD = re.compile(r"^(?:指|指出|称|表示|强调|透露|坦言)(?=[\u4e00-\u9fff\d])")  # a saying verb opening a title
_AT_PLACE_HAPPENED = re.compile(r"^(?:在|于|於)(?=[\u4e00-\u9fff]{2,10}?(?:发生|發生|爆发|爆發|出现|出現))")
# a clause telling only the means of what follows (Simplified): "甲利用职务便利" / "乙借助…优势"
_MEANS = re.compile(r"^([\u4e00-\u9fff·]{2,8}?)(?:利用|借助|凭借|凭藉)[\u4e00-\u9fff]{0,8}(?:便利|职权|职务|优势|机会|漏洞|身份|影响力)$")
_SOURCE_FRAME = re.compile(r"^(?:根据|根據|依据|依據|据|據)(?!说|說|称|稱|悉)")  # a source opening a clause (not 据悉 / 据称)
# a figure opening a clause (Simplified): whose figure it is must be told ("累计票房突破30亿元", "净利润增长12%")
_PERIOD_FIGURE = re.compile(r"^(?:(?:今|去|明)?年)?(?:前三季度|前三季|第?[一二三四1-4]季度|第[一二三四1-4]季|[上下]半年|全年|首季)"
                            r"(?:共|累计)?(?:实现|录得)?(?:营收|营业收入|净利润|净利|纯利|销量|销售额|营业额|收入|利润)")
_ZH_FIGURE_LEAD = re.compile(r"^(?:累计|全年|首日|单日|首周|首周末)?(?:总)?(?:票房|营收|营业收入|净利润|净利|纯利|销量|销售额|出货量|"
                             r"交付量|市值|股价|播放量|观影人次|用户数|月活跃用户数?|订单量)"
                             r"(?:已|已经|再|首次|正式|同比|环比)?(?:突破|超过|超|达到|达|增长|下降|下跌|上涨|升至|跌至|逾|破)")
# 该校 / 该院 / 该片 …: a school, a hospital or academy, a film, a series, a book or a song told before (norm)
KIND_REF = re.compile(r"(?<![应活理])该(校|院|片|剧|书)|(?<![\u4e00-\u9fff])本(校|院|片|剧|书)(?=[\u4e00-\u9fff])")
_KIND_REF = re.compile(r"^(?:该|本)(?:校|院|片|剧|书)$")


def _referent(word: str, ctx: TitleContext | None) -> str | None:
    """Whom a generic self-reference (公司 / 該公司 / 集團 / 董事會 for a company, 該行 / 本行 for a bank) stands
    for: the last organisation of that kind told before (a regulator told last is no 公司, a company no 該行);
    None when the text told none."""
    if ctx is None or not _SELF_REF.match(word + "一") or len(word) > 3:
        return None
    if _BANK_REF.match(to_simplified_(word)):
        return ctx.bank
    return None if to_simplified_(word).startswith("该") else ctx.company  # (该公司: the last told, ctx.org)


def _said(title: str, actors: list[str]) -> str:
    """ "蔡崇信表示公司將…" -> "蔡崇信：公司將…"."""
    m = _SAID_INSIDE.match(title)
    if not m or not _CJK.search(m.group(3)) or "被" in m.group(1)[-4:]:
        return title
    speaker = _speaker(m.group(1) + m.group(2), [a for a in actors])
    return f"{speaker}：{m.group(3)}" if speaker else title


_EN_SAID = re.compile(r"^(?:(?P<who>[A-Z][\w.&'’ -]{1,40}?)\s+)?(?:(?:said|says|told\s+(?!(?:a|an|the)\b)\w+)\s+"
                      r"(?:that\s+)?|told\s+(?:[\w-]+\s+){1,5}?that\s+|"
                      r"(?:announced|reported|disclosed)\s+that\s+)(?P<what>.+)$")
_EN_JOB = re.compile(r"\b(?:co-?founder|founder|chief\s+\w+\s+officer|chief\s+executive|CEO|CFO|CTO|COO|president|"
                     r"chairman|chairwoman|chair|analyst|spokes(?:man|woman|person)|head|director|managing\s+director|"
                     r"vice\s+president|executive|economist|partner)\s+(?=[A-Z])", re.I)
_EN_PERFECT = re.compile(r"^(?:had|has|have)\s+(?=\w+ed\b|(?:bought|sold|won|made|taken|begun|built|become|grown|led|"
                         r"paid|raised|chosen|given|gone|left|held|struck|spent|set|cut|hit|put)\b)", re.I)


def _said_en(title: str, subject: str | None) -> str:
    """ "Harbor Robotics said that it had acquired Nimbus Vision" (or the bare "said that it had acquired …",
    its subject told before) -> "Harbor Robotics acquired Nimbus Vision"; "X said the deal would close" ->
    "X: the deal would close"."""
    m = _EN_SAID.match(title)
    if not m or len(_WORDS.findall(m.group("what"))) < 3:
        return title
    who = m.group("who") or subject
    if not who or not who.isascii():
        return title
    what = m.group("what")
    who = re.sub(r"\s+(?:also|later|separately|earlier|further|additionally|then|again)$", "", who)  # "X also said"
    done_first = re.match(r"((?:[A-Z][\w.&'’-]*\s+)*[A-Z][\w.&'’-]*)\s+[a-z][^,;]*\s(?:and|but)$", who)
    if done_first and re.match(r"(?:it|they)\s", what):
        who = done_first.group(1)  # "X cut its outlook and said it would close …": what X said it would do
    lead_job = _EN_JOB.match(what)
    if lead_job and re.match(r"[A-Z][a-z]+\s+[A-Z]", what[lead_job.end():]):
        what = what[lead_job.end():]  # "… said Chief Financial Officer Dana Whitcombe would retire": the person
    # "British grocer Ashcombe plc said its chief executive Mark Ellery would step down": the descriptions go
    who = re.sub(r"^(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+)+(?=[A-Z])", "", who) if re.search(r"\s[A-Z]", who) else who
    what = re.sub(r"^(?:its|their|his|her)\s+(?:[a-z]+\s+){1,3}(?=[A-Z][a-z]+\s+[A-Z][a-z]+\s+[a-z])", "", what)
    job = _EN_JOB.search(who)
    if job and job.end() < len(who):
        # "Ardent Micro founder Lena Park said the company had …" -> "Lena Park: Ardent Micro had …"
        org = who[:job.start()].strip(" ,'’s")
        who = who[job.end():].strip()
        if org and re.match(r"the company\b", what, re.I):
            what = org + what[len("the company"):]
    pron = re.match(r"(?:it|he|she|they|we)\s+", what, re.I)
    if pron:
        rest = _EN_PERFECT.sub("", what[pron.end():])
        return f"{who} {rest}"
    return f"{who}: {what}"


# who "speaks" without being anyone: a report, the data ("報告指出，…" tells no speaker worth a title)
_GENERIC_SPEAKERS = frozenset("报告 報告 研究 调查 調查 数据 數據 资料 資料 消息 分析 统计 統計 市场 市場 业内 業內 记者 記者 本报记者 本報記者".split())


def _modal_start(s: str) -> bool:
    """``s`` opens with an adverb or a verb of planning (將 / 預計 / 計畫 / 擬): a predicate whose subject is
    better told than its speaker ("澄江銀行將把…", not "某行長：將把…")."""
    from timeline.events.segment import pos_cut

    cut = pos_cut(to_simplified_(s[:6]))
    return bool(cut) and (cut[0][1] == "d" or cut[0][0] in ("预计", "计划", "拟", "准备", "打算", "希望", "将"))


_JOB_AFTER = re.compile(r"\s*(?:執行長|执行长|" + _JOB_TITLE[3:])
# an English attribution closing a sentence: "the Chicago-based shipper said", "the company said", "it said"
_EN_ATTRIBUTION = re.compile(r"^(?:(?:the|a|an|its|it)\b[\w\s\-’'.,]{0,40}?\s"
                             r"|(?:(?!(?:and|but|or|which|that|who|whom|as|so|when|while|if|because|what)\b)"
                             r"[a-z][a-z\-’']*\s+){1,3})?(?:said|says|told\s+\w+|announced|"
                             r"reported|added|disclosed|revealed|confirmed|stated|wrote)(?:\s+(?:in|on|at|to|during|through)\b(?!\s+that\b)[\w\s\-’']{0,60})?$"
                             r"|^according\s+to\b[\w\s\-’'.,]{0,60}$"
                             r"|^(?:in|under|as\s+part\s+of)\s+(?:a|an|the)\s+(?:[\w$.-]+\s+){0,2}(?:deal|agreement|transaction|"
                             r"accord|settlement)\s+(?:announced|disclosed|unveiled|reached|struck|signed|agreed)\b"
                             r"[\w\s\-’'.,]{0,40}$",
                             re.I)  # (also "the automaker said in a filing with safety regulators")
# "The startup, …", "The automaker, which …": an organisation told before, named by its kind
_KINDS = (r"(?:company|firm|startup|start-up|group|bank|lender|carrier|retailer|[a-z]*maker|insurer|airline|shipper|brand|"
          r"developer|operator|manufacturer|supplier|producer|chain|grocer|team|club|franchise|side|studio|label|"
          r"publisher|broadcaster|network|utility|miner|refiner|conglomerate|giant|central\s+bank|museum|"
          r"hospital|university|gallery|stadium|airport|union)")
# (with up to two words before the kind, or a place before "-based": "The central bank", "The Swiss drugmaker",
# "The Cupertino, Calif.-based company")
_THE_KIND = re.compile(r"\s*The\s+(?:(?:[A-Z][\w.]*,?\s+){0,3}[\w.]+-based\s+|(?:[A-Za-z][\w-]*\s+){0,2}?)"
                       + _KINDS + r"\b")
# an organisation told after these is no doer a later "the company" stands for ("Along with partner X, the
# company will …", "a stake bought from X")
_EN_NOT_DOER = re.compile(r"(?<![A-Za-z])(?:by|from|with|to|for|than|including|partners?|rivals?|on|at|in|into)\s+"
                          r"(?:the\s+)?$", re.I)
# "…, and the team played two games in Macau": inside a sentence, an organisation named before, by its kind
_THE_KIND_INSIDE = re.compile(r"the\s+" + _KINDS + r"(?=\s+(?!(?:of|in|at|for|that|which|who|said|says)\b)[a-z])")
_SHOWS_END = re.compile(r"(数据|數據|报告|報告|统计|統計|调查|調查|财报|財報)(?:显示|顯示|表明|指出)$")
_SELF_REF = re.compile(r"^(?:该公司|該公司|本公司|公司|该行|該行|本行|该集团|該集團|本集团|本集團|集团|集團|董事会|董事會|董事局)"
                       r"(?=[\u4e00-\u9fff])")


def _speaker_title(speaker: str, said: str, clause: str = "", org: str | None = None) -> str:
    """ "X：content"; when an organisation speaks of itself ("甲公司發布公告稱，公司擬回購股份", "記者從乙銀行獲悉，
    該行已發放…") the content's 公司 / 該行 is the speaker: "甲公司擬回購股份", "乙銀行已發放…"; when a person of
    ``org`` (named in the reporting ``clause``) speaks of it, 公司 / 集團 is ``org`` ("某乙：甲集團以…出售…"). What an
    organisation announces (宣布 / 宣佈) without a subject of its own is its doing: "甲公司宣布，與乙公司合資…" ->
    "甲公司與乙公司合資…"."""
    m = _SELF_REF.match(said)
    if m and _is_org_name(speaker):
        return speaker + said[m.end():]
    if not clause and _is_org_name(speaker) and _noun_start(said):
        return speaker + said  # an organisation before what it has: "片岡精密營收約11億元", not "片岡精密：營收…"
    if m and org and _is_org_name(org) and org != speaker:
        return f"{speaker}：{org}{said[m.end():]}"
    this = re.match(r"(?:该|該|本)([\u4e00-\u9fff])(?=[\u4e00-\u9fff])", said)
    if this and speaker.endswith(this.group(1)) and len(speaker) >= 3 and len(said) - this.end() >= 4:
        return speaker + said[this.end():]  # "甲研究院：該院共清理墓葬43座" -> "甲研究院共清理墓葬43座"
    announced = re.match(r"(?:宣布|宣佈)(?=[\u4e00-\u9fff])", said)
    if announced and _is_org_name(speaker) and len(said) - announced.end() >= 4:
        # "甲公司發布公告，宣布主動召回…": what the organisation announces is its doing, "甲公司主動召回…"
        return speaker + said[announced.end():]
    if re.search(r"(?:宣布|宣佈|公布|公佈)$", clause.strip()) and _is_org_name(speaker) \
            and (said[:1] in "與与和同跟將将以在於于" or _starts_with_predicate(said)):
        return speaker + said
    return f"{speaker}：{said}"


def _noun_start(s: str) -> bool:
    """``s`` opens with a common noun that something has (營收 / 股價 / 出貨量 …: jieba ``n``), not a name."""
    from timeline.events.segment import pos_cut

    simp = to_simplified_(s[:6])
    if _FIGURE_NOUN.match(simp):
        return True  # a figure jieba cuts apart (营收: 营 / 收)
    cut = pos_cut(simp)
    return bool(cut) and cut[0][1] == "n" and len(cut[0][0]) >= 2


# figures an organisation has, some of which jieba does not know as words (Simplified)
_FIGURE_NOUN = re.compile(r"(?:全年|年度|合并|合併)?(?:营收|营业收入|营业额|净利润|净利|纯利|毛利率?|销量|销售额|出货量|交付量|"
                          r"市值|市占率|估值|产能|订单量)")


def _is_org_name(name: str) -> bool:
    """``name`` ends with an organisation word (科技 / 銀行 / 集團 / 智能 …; timeline.events.names) or names a
    public body (經濟部 / 能源局 / 委員會)."""
    from timeline.events.names import ORG_SUFFIXES
    from timeline.events.text import to_simplified

    simp = to_simplified(name)
    return simp.endswith(ORG_SUFFIXES) or (len(simp) >= 3 and simp[-1] in "行部局署院府厅委会")  # 銀行, 經濟部


_EN_SUB = re.compile(r"(?<![A-Za-z])(?:since|after|before|until|when)\s+(?=(?:it|he|she|they|[A-Z]\w*)\s+\w|"
                     r"[a-z]+(?:\s+[a-z]+){0,2}\s+(?:[a-z]+ed|rose|fell|grew|began|went|came|took|won|hit|cut|left)\s+\w)")
# ("had struggled since fuel prices rose in 2028": a subject of common nouns, then a verb in the past)


_ANNOUNCED = re.compile(r"(?:宣布|宣佈)(?=将|將|拟|擬|计划|計劃)")
_EN_AND = re.compile(r",?\s+(?:and|but)\s+(?=[a-z]+\s)")


def _en_np_subject(text: str, a: int, b: int) -> tuple[str, int] | None:
    """A plain noun phrase opening an English clause before its verb ("Union officials called …", "The board
    voted …"): ``(the phrase, where it ends)``; None when the clause opens otherwise (a name is an actor, a
    pronoun stands for someone else)."""
    for n in range(3):
        m = re.match(r"\s*((?:The\s+|A\s+|An\s+)?[A-Z][a-z][\w-]*(?:\s+[a-z][\w-]*){" + str(n) + r"})\s+(?=\S)",
                     text[a:b])
        if m and _EN_VERB_START.match(text[a + m.end():b] + " "):
            if _EN_NOT_DOER.search(m.group(1) + " ") or m.group(1).split()[0] in ("It", "They", "We", "He", "She",
                                                                                  "This", "That", "There", "Its"):
                return None
            return m.group(1), a + m.end()
    return None


# a time of its own in a second predicate that no date rule read ("… and broke into the top ten last season")
_EN_OWN_TIME = re.compile(r"(?<![A-Za-z])(?:(?:last|next|this|that|the\s+following|the\s+previous)\s+(?:season|year|"
                          r"month|week|spring|summer|autumn|fall|winter)|(?:a|two|three|\w+)\s+years?\s+(?:later|"
                          r"earlier|after|before))\b")


def _en_coordinated(text: str, a: int, b: int, focus: tuple[int, int], dates: list[tuple[int, int]],
                    actor_spans: list[tuple[int, int, str]], told_org: str | None = None) -> str | None:
    """Two predicates of one English clause joined by "and", each with a date of its own ("Kelvane was founded
    in 2015 and went public on March 3, 2026"): the title of a date is its own predicate, with the clause's
    subject (the actor it opens with, or ``told_org`` for a clause opening with "The <kind>") before the
    second ("Kelvane went public"). A second predicate ending on an infinitive with no object takes the
    first one's object ("stopped production on May 2 and plans to resume next week": "… plans to resume
    production"). None when the clause has no such pair."""
    found = next(((x, y, n) for x, y, n in actor_spans if a <= x < b and not text[a:x].strip()), None)
    if found is not None:
        who, s_end = _as_written(text, *found), found[1]
    elif told_org and (kind := _THE_KIND.match(text, a)) and not any(a <= x < kind.end() for x, _, _ in actor_spans):
        who, s_end = told_org, kind.end()
    else:
        np = _en_np_subject(text, a, b)
        pron = re.match(r"\s*(He|She|It|They)\s+(?=\S)", text[a:b]) if np is None else None
        if pron and _EN_VERB_START.match(text[a + pron.end():b] + " "):
            np = pron.group(1), a + pron.end()  # "He stepped down in 2014 but stayed on until last year": the
            # pronoun stays; the title's start is filled in with whom it stands for
        if np is None:
            return None
        who, s_end = np  # "Union officials called … and said …"
    for m in _EN_AND.finditer(text, s_end, b):
        before = [d for d in dates if a <= d[0] and d[1] <= m.start()]
        after = [d for d in dates if m.end() <= d[0] and d[1] <= b]
        if before and not after and focus[1] <= m.start() and _EN_OWN_TIME.search(text[m.end():b]):
            # "turned professional in 2027 and broke into the top ten last season": the second predicate has a
            # time of its own (no date read); the date's title is the first predicate
            return _clean(text, a, m.start(), dates) or None if found is not None else \
                (f"{who} {_clean(text, s_end, m.start(), dates)}".strip() or None)
        if after and not before and focus[0] >= m.end() and not any(a <= d[0] < m.start() for d in dates) and \
                not re.search(r"(?:later|earlier|after|before|afterwards)$", text[focus[0]:focus[1]]):
            rest = _clean(text, m.end(), b, dates)
            if rest and _EN_VERB_START.match(rest + " ") and len(_WORDS.findall(rest)) >= 3:
                # "Union officials called the decision a betrayal and said they would meet managers next week":
                # the date is the second predicate's
                return f"{who} {rest}"
            continue
        if not before or not after:
            continue
        if focus[1] <= m.start():
            if found is not None:
                return _clean(text, a, m.start(), dates) or None
            first = _clean(text, s_end, m.start(), dates)
            return f"{who} {first}" if first else None
        if focus[0] >= m.end():
            rest = _clean(text, m.end(), b, dates)
            obj = _EN_FIRST_OBJECT.match(text, s_end, m.start())
            if rest and obj and _EN_BARE_INFINITIVE.search(rest):
                rest = f"{rest} {obj.group(1)}"
            return f"{who} {rest}" if rest else None
    return None


# the object of a predicate opening a conjunct: a past verb, then up to three words before a preposition
_EN_FIRST_OBJECT = re.compile(r"\s*(?:[a-z]+ed|cut|shut|halted|began|took|made|sold|won|built)\s+"
                              r"((?:(?:the|its|their|a|an)\s+)?(?:(?!(?:at|in|on|for|from|to|with|by|after|before|until|and|the|a|an)\b)[a-z][\w-]*\s*){1,3})"
                              r"(?=\s+(?:at|in|on|for|from|to|with|by|after|before|until)\b|[,.]|$)")
# a conjunct ending on an infinitive with no object ("expects to resume", "plans to reopen")
_EN_BARE_INFINITIVE = re.compile(r"\bto\s+(?:re[a-z]+|restart|continue|start|begin)$")


_EN_GERUND_SUB = re.compile(r"(?<![A-Za-z])(?:after|before|while|since)\s+([a-z]{3,}ing)\b")
_EN_PAST_IRREGULAR = {"making": "made", "taking": "took", "winning": "won", "running": "ran", "having": "had",
                      "getting": "got", "selling": "sold", "buying": "bought", "leaving": "left", "losing": "lost",
                      "setting": "set", "putting": "put", "hitting": "hit", "cutting": "cut", "beginning": "began",
                      "coming": "came", "going": "went", "giving": "gave", "holding": "held", "keeping": "kept",
                      "bringing": "brought", "finding": "found", "meeting": "met", "paying": "paid",
                      "saying": "said", "telling": "told", "writing": "wrote", "driving": "drove",
                      "breaking": "broke", "speaking": "spoke", "choosing": "chose", "falling": "fell",
                      "rising": "rose", "leading": "led", "building": "built", "spending": "spent",
                      "sending": "sent", "standing": "stood", "striking": "struck", "seeing": "saw",
                      "becoming": "became", "raising": "raised", "joining": "joined", "being": ""}


_EN_ACCUSING = re.compile(r"\s*(?:accusing|charging|suspecting)\s+(.+?)\s+of\s+(?=[a-z]+ing\b)")


def _en_accused(text: str, s0: int, clause: tuple[int, int], dates: list[tuple[int, int]],
                actor_spans: list[tuple[int, int, str]]) -> str | None:
    """A date inside "…, accusing X of <doing> …" (a suit's or a charge's participle clause): what X is accused of,
    "X was accused of fixing prices …"; X told as "the <kind>" is the organisation named last before it in the
    sentence. None otherwise."""
    m = _EN_ACCUSING.match(text, clause[0], clause[1])
    if not m:
        return None
    who = m.group(1)
    if re.fullmatch(r"(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*", who):
        orgs = [_as_written(text, x, y, n) for x, y, n in actor_spans if s0 <= x and y <= clause[0]]
        if not orgs:
            return None
        who = orgs[-1]
    elif not any(text[x:y] == who for x, y, _ in actor_spans):
        return None
    rest = _clean(text, m.end(), clause[1], dates)
    return f"{who} was accused of {rest}" if rest else None


def _past_of(gerund: str) -> str:
    """The simple past of an English "-ing" form ("testing" -> "tested", "stopping" -> "stopped", "making" ->
    "made"); "" when unsure."""
    if gerund in _EN_PAST_IRREGULAR:
        return _EN_PAST_IRREGULAR[gerund]
    stem = gerund[:-3]
    if len(stem) < 2 or stem.endswith(("ee", "ye", "ie")):
        return ""
    if re.search(r"[^aeiou]y$", stem):
        return stem[:-1] + "ied"
    if re.search(r"([bdgmnprt])\1$", stem):
        return stem + "ed"  # "stopping" -> "stopped"
    if re.search(r"[^aeiouy][aeiou][^aeiouwxy]$", stem) and not re.search(r"(?:en|er|on|it|et|ol|el)$", stem):
        return stem + "ed" if stem.endswith(("ck", "st", "nd", "rt")) else stem + "ed"
    return stem + "ed"


def _en_own_clause(text: str, a: int, b: int, focus: tuple[int, int], dates: list[tuple[int, int]],
                   actor_spans: list[tuple[int, int, str]], s0: int, told_org: str | None = None) -> str | None:
    """An English date inside a subordinate clause in the middle of its clause ("its largest deal since it
    went public in 2017", "she was 12 when she founded it in 2001"): the subordinate clause tells what
    happened then ("Quillon went public"); a pronoun opening it is the sentence's first actor, or
    ``told_org`` (the organisation told before) when the sentence opens with "The <kind>" ("The grocer
    agreed to buy X, its first purchase since it listed in 2019")."""
    subs = [m for m in _EN_SUB.finditer(text, a, focus[0])]
    ger = [g for g in _EN_GERUND_SUB.finditer(text, a, focus[0])]
    if ger and (not subs or ger[-1].start() > subs[-1].start()) and len(_WORDS.findall(text[a:ger[-1].start()])) >= 2:
        # "Varga was banned on Monday after testing positive … in June 2030": the gerund clause holding the
        # date is the subject's, told in the past ("Teo Varga tested positive …")
        g = ger[-1]
        past = _past_of(g.group(1))
        rest = _clean(text, g.end(1), b, dates)
        first = told_org if told_org and _THE_KIND.match(text, s0) else \
            next((_as_written(text, x, y, n) for x, y, n in actor_spans if s0 <= x < g.start()), None)
        if past and first and first.isascii() and not text[a:g.start()].lstrip().lower().startswith(("it ", "they ")):
            return f"{first} {past}{rest and ' ' + rest}"
        return None
    if not subs:
        return None
    m = subs[-1]
    if len(_WORDS.findall(text[a:m.start()])) < 2:
        return None  # a frame opening the clause is handled as a frame
    sub = _clean(text, m.end(), b, dates)
    if len(_WORDS.findall(sub)) < 2:
        return None
    pron = re.match(r"(?:it|he|she|they)\s+", sub)
    if pron:
        first = told_org if told_org and _THE_KIND.match(text, s0) else \
            next((_as_written(text, x, y, n) for x, y, n in actor_spans if s0 <= x < m.start()), None)
        if first is None and pron.group().strip() == "it":
            # "Sales of the novel have tripled since it was shortlisted in July": the thing named before, no name
            things = [t for t in re.finditer(r"(?<![A-Za-z])the\s+([a-z][\w-]*)(?=\s+(?:have|has|had|was|were|is|are)\b"
                                             r"|\s*,|\s*$)", text[s0:m.start()])]
            if len(things) == 1 and things[0].group(1) not in _EN_NOT_NP_WORD:
                first = "The " + things[0].group(1)
        if first is None:
            return None
        sub = first + " " + sub[pron.end():]
    elif sub[:1].islower():
        sub = sub[0].upper() + sub[1:]  # "Fuel prices rose"
    return sub


# "Amap, the mapping service Alibaba agreed to buy for $1.5 billion": a noun phrase with a relative clause
# and no "that" (its object is the name before the comma)
_EN_APPOSITIVE = re.compile(r"(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){1,4}?(?=[A-Z])")
_EN_CHAIN = re.compile(r"\s+(?:(?:has|had|have)\s+)?(?:[a-z]+ed|bought|sold|took|built|made|won|spun|sought|paid|led|"
                       r"ran|set|began|chose|got|held|kept|brought)(?:\s+(?:off|out|up|over))?"
                       r"(?:\s+to\s+(?!(?:the|a|an|its|his|her|their)\b)[a-z]+(?:\s+(?:off|out|up|over))?)?(?=\s|$)")


def _en_appositive(text: str, a: int, s0: int, title: str,
                   actor_spans: list[tuple[int, int, str]]) -> tuple[str, str] | None:
    """The clause at ``a`` is an appositive with a relative clause of its own and no "that" ("Amap, the mapping
    service Alibaba agreed to buy in 2013"): ``(the head named before the comma, the clause told as a
    headline)`` -- "Alibaba agreed to buy Amap" (the head is the object of the verb chain). None when the
    clause is no such appositive (a noun phrase, then a name, then a verb in the past; a name before it)."""
    if _CJK.search(title):
        return None
    np = _EN_APPOSITIVE.match(title)
    if not np:
        return None
    head = next(((x, y, n) for x, y, n in reversed(actor_spans) if s0 <= x and y <= a), None)
    if head is None or not re.fullmatch(r"\s*,\s*", text[head[1]:a]):
        return None
    rest = title[np.end():]
    doer = next((text[x:y] for x, y, _ in actor_spans if x >= a and rest.startswith(text[x:y])), None)
    if not doer:
        return None
    chain = _EN_CHAIN.match(rest, len(doer))
    if not chain:
        return None
    name = _as_written(text, *head)
    return name, f"{rest[:chain.end()]} {name}{rest[chain.end():]}"


# a past participle opening a sentence as a frame of the main clause's subject ("Founded in 2017 by X, the company …")
_EN_PARTICIPLE_FRAME = re.compile(r"(Founded|Established|Created|Started|Launched|Acquired|Bought|Built|Formed|"
                                  r"Incorporated|Set up|Spun off)\b(.*)$")


_EN_NOT_DESCRIPTION = frozenset("and or of the a an to from in on at by for with into was were is are be been has have had "
                                "will would its their his her it they he she who which that".split())


_NATIONALITY_WORDS = frozenset("English American British Chinese Japanese German French Swiss Canadian Australian Indian "
                               "Korean Taiwanese European Dutch Italian Spanish Irish Swedish Brazilian Mexican".split())


def _drop_role_lead(title: str, names: tuple[str, ...]) -> str:
    """An English title opening with a role before a name ("Chief Executive Marc Dufort took over", "Striker
    Miro Santel has joined …") opens with the name."""
    from timeline.events.names import _EN_ROLE_LEAD

    words = title.split(" ")
    k = 0
    while k < len(words) - 1 and words[k].rstrip(".") in _EN_ROLE_LEAD:
        k += 1
    rest = " ".join(words[k:])
    if k and any(n and rest.startswith(n) and " " in n for n in names):
        return rest
    # "former English teacher Jack Ma and 17 others founded …": a description before the name opening the title
    # ("Outdoor gear retailer Corran Outdoor filed …": the first word may be capitalised, the rest are lower-case
    # words or nationalities)
    from timeline.events.names import _EN_KIND_BEFORE

    for n in names:
        p = title.find(n) if n else -1
        lead = title[:p] if p > 0 else ""
        if " " not in n and not _EN_KIND_BEFORE.search(lead):
            continue  # a one-word name after a kind of company only ("Budget airline Skyreach")
        lw = lead.split()
        if lead and re.fullmatch(r"(?:[\w-]+\s+){1,4}", lead) and \
                all(w[:1].islower() or i == 0 or w in _NATIONALITY_WORDS for i, w in enumerate(lw)) and \
                not any(_EN_VERB_START.match(w + " ") or w.lower() in _EN_NOT_DESCRIPTION for w in lw):
            return title[p:]
    # "Lumen Health founder Priya Nandakumar has sold …": an organisation and a role before a person's name
    for n in names:
        p = title.find(n) if n and " " in n else -1
        if p <= 0:
            continue
        lead = title[:p]
        org = next((o for o in names if o and lead.startswith(o + " ")), None)
        if org and re.fullmatch(r"(?:[a-z][\w-]*\s+){1,3}", lead[len(org) + 1:]) and \
                re.search(r"(?:founder|co-founder|cofounder|chief|executive|chairman|chairwoman|president|director|"
                          r"head|boss|owner|officer)\s+$", lead) and _EN_VERB_START.match(title[p + len(n):].lstrip() + " "):
            return title[p:]
    return title


def _word_at_start(title: str, word: str) -> bool:
    """``word`` opens ``title`` as a word of its own (jieba), not as the first character of a longer word
    (並購, 就業, 再生)."""
    if not _CJK.match(word[:1]):
        return True
    from timeline.events.segment import pos_cut
    from timeline.events.text import to_simplified

    cut = pos_cut(to_simplified(title[:len(word) + 6]))
    return bool(cut) and len(cut[0][0]) <= len(word)


_EN_FIGURE_LEAD = re.compile(r"(?:Net\s+|Operating\s+|Pre-tax\s+|Pretax\s+|Gross\s+|Quarterly\s+|Annual\s+)?"
                             r"(?:income|profit|profits|revenue|revenues|sales|earnings|loss|losses|margin|margins)\s+"
                             r"(?:[a-z]+ed|fell|rose|grew|slid|sank|jumped|climbed|dropped|hit|reached|more\s+than|was|were)\b")


_DESCRIBED_NAME = re.compile(r"(?:(?:(?![对向在于被将把与和])[\u4e00-\u9fffA-Za-z0-9]){1,16}?(?:人|师|家|长|员|官|士|手|者|总监|主任|教授|主席|总裁|"
                             r"经理|董事|专家|院士|委员|代表|作家|导演|演员|歌手|学者|编辑|记者|律师|医生|校长|首长)[、，,]?)+")
"""Descriptions before a person's name, each ending with a role or a profession (simplified): "知名建筑师、甲事务所创办人"."""


def polish(title: str, sentence_subject: str | None, context: TitleContext | None, has_subject: bool,
           names: tuple[str, ...] = ()) -> str:
    """A headline's start: no connective (便 / 才 / 也因此 / and / so), a pronoun (他 / 你們 / we / I / it)
    replaced by whom it stands for (the transcript speaker for the first person, the last person named
    for 他 / 她, the last organisation for 你們 / 它 / 該公司, the sentence's own subject first), and an
    omitted subject (the title opens with a verb or an adverb that is not the start of a name in ``names``,
    the surface forms of the sentence's actors) filled in the same way."""
    from timeline.events.text import to_simplified

    ctx = context or TitleContext()
    english = not _CJK.search(title)

    def usable(who: str | None) -> str | None:
        if who and english and not who.isascii():
            return None  # an English title keeps an English subject
        return who

    figure = _EN_FIGURE_LEAD.match(title) if english and not has_subject else None
    if figure and ctx.org and ctx.org.isascii() and ctx.org not in title:
        # "Net income fell to $84 million": the figure of the organisation told before
        return f"{ctx.org}'{'' if ctx.org.endswith('s') else 's'} {title[0].lower()}{title[1:]}"
    if english and ctx.org and ctx.org.isascii() and ctx.org not in title:
        # "Anand Rao: the company would spend …": the company is the organisation told before
        title = re.sub(r"(?<=: )the company\b", ctx.org, title, count=1)
    for _ in range(3):
        m = _CONNECTIVE.match(to_simplified(title))
        if not m or len(title) - m.end() < 2 or not _word_at_start(title, m.group().strip()):
            break
        title = title[m.end():].lstrip(" ，,")
    if not english:
        title = _HONORIFIC.sub("", title)  # "黎某先生加入…": a courtesy title is no part of a headline
        title = _AFTER_EFFORT.sub("", title)  # "经过连续两天抢险，险情已排除": the effort is no part of the headline
        title = _DATE_IS_END.sub("", title)  # "年度报告预约披露日期为" (its date cut out): "年度报告预约披露"
        title = _ABOUT_DOCUMENT.sub(r"\1", title)  # "审议通过了《关于回购公司股份方案的议案》": what it is about
        title = _AGE_AT_DEATH.sub("", title)  # "某某逝世，享年91岁": the age is no part of the headline
        if ctx.person and _RITE_LEAD.match(to_simplified(title)):
            title = ctx.person + title  # "告別式訂於…舉行" after a death: whose funeral
        if ctx.org and _FIRST_PRODUCT.match(title) and not any(n and n in title for n in names):
            title = ctx.org + title  # "第一款产品已经发布", "首批500台已交付…": the products of the company told before
        simp = to_simplified(title)
        starts = [p for n in names if n and _CJK.search(n) and (p := title.find(n)) > 0]
        # (a name no finder knows: two or three characters before 在 / 于 / 逝世 …)
        starts += [m.start() - k for m in _AFTER_A_NAME.finditer(simp) for k in (3, 2) if m.start() - k > 0]
        for p in starts:
            if _DESCRIBED_NAME.fullmatch(simp[:p]) and simp[p - 1] in "、，,士家师长员者人官手授" \
                    and not any(n and n in title[:p] for n in names) and not _ORG_IN_DESCRIPTION.search(simp[:p]):
                # (an organisation told there stays: "甲大學電機系教授乙當選校長" names whose president)
                title = title[p:]  # "中国工程院院士、著名水稻育种专家梁某在长沙逝世": the person leads
                break
        if ctx.company and not title.startswith(("本公司", "本集團", "本集团")):
            # "…加入本公司" in a company's notice: the company itself
            title = re.sub(r"本公司|本集[團团](?=[\u4e00-\u9fff，,。]|$)", ctx.company, title)
        title = _OWN_COMPANY_POST.sub("", title)  # "委任甲為本公司行政總裁": the post of the notice's company
        if ctx.company and re.match(r"董事[会會局]", title) and not title.startswith(ctx.company):
            title = ctx.company + title  # "董事會決議召開股東常會" in a company's notice: whose board
        said_m = _SAID_LEAD.match(to_simplified(title))
        who_said = (sentence_subject or ctx.org or ctx.actor) if said_m else None
        if said_m and who_said and len(title) - said_m.end() >= 4:
            # "…表示遺憾，並指公司上月已提出…" (並 gone): what the subject went on to say
            return f"{who_said}：{title[said_m.end():].lstrip(' ，,:：')}"
        at = _AT_PLACE_HAPPENED.match(title)
        if at and not has_subject:
            title = title[at.end():]  # "在云岭县发生5.6级地震" -> "云岭县发生5.6级地震"
    title = _HEDGE.sub(lambda h: h.group(1) + " ", title)  # "I think I bought them" -> "I bought them"
    pair = re.match(r"(?:my|our)\s+([a-z][\w\-]*)\s+and\s+I\s+", title, re.I) if english else None
    if pair and usable(ctx.speaker_label):
        # "My co-founder and I started Fernwood": the speaker and a co-founder
        title = f"{ctx.speaker_label} and a {pair.group(1)} {title[pair.end():]}"
        title = re.sub(r"\bour\b", "their", title)
    poss = _EN_POSSESSIVE_LEAD.match(title) if english else None
    if poss:
        # "Its shares will begin trading on Friday": whose they are, told before
        word = poss.group().strip().lower()
        who = usable(sentence_subject) or (usable(ctx.person) if word in ("his", "her") else usable(ctx.org)) \
            or usable(ctx.actor)
        if who:
            return f"{who}{chr(39) if who.endswith('s') else chr(39) + 's'} {title[poss.end():]}"
    m = _PRONOUN_LEAD.match(to_simplified(title))
    if m and m.group() in ("公司", "集团") and not _word_at_start(title, title[:2]):
        m = None  # ("公司债…", "集团化…": a word of its own, not the company)
    if m:
        word = m.group().strip()
        if _FIRST_PERSON.match(word):
            who = usable(ctx.speaker_label if english else ctx.speaker) or usable(sentence_subject)
            if not english and word in ("我们", "我們", "咱们", "咱們") and usable(ctx.org) and ctx.org != who \
                    and (title[m.end():].startswith("的") or (who is not None and not _is_org_name(who)
                                                             and not _PUBLIC_BODY_END.search(ctx.org or ""))):
                # "我们的第一款新药" told by a founder: her company's; "我們在前年成立" told by a chief executive
                # (a person answering): the company he speaks for, not himself
                who = usable(ctx.org)
        elif _PERSON_PRONOUN.match(word) or (word == "其" and _KIN_AFTER.match(to_simplified(title[m.end():]))):
            # ("其大學同學李某加入公司", "其子陳某接任": 其 is a person's, the person told before)
            who = usable(sentence_subject) or usable(ctx.person) or usable(ctx.actor)
            if english and word.lower() in ("he", "she") and sentence_subject and sentence_subject == ctx.org \
                    and usable(ctx.person):
                who = usable(ctx.person)  # ("… for the label Aurel Classics …. He retired in 2019": a person)
        elif _BANK_REF.match(word):
            who = usable(ctx.bank)  # 該行: the bank told before, never a regulator told last
        elif _KIND_REF.match(word):
            who = usable(dict(ctx.kind_refs).get(word))  # 該校 / 該片: the school / the work told before
            if not who:
                return title  # (none of that kind told: it stays as written)
        elif english and word.lower() == "it" and ctx.thing:
            who = ctx.thing  # "The deal was signed …. It must still be approved": the deal
        else:
            who = usable(_referent(word, ctx)) or usable(ctx.org) or usable(sentence_subject) or usable(ctx.actor)
        rest = title[m.end():].lstrip(" ，,")
        rest = re.sub(r"^(?:的|们|們)", "", rest)
        if who and rest:
            if english and _FIRST_PERSON.match(word):
                # "We signed our first customer": whose it is -- the organisation told last, else "their"
                org = usable(ctx.org)
                rest = re.sub(r"\bour\b", f"{org}'s" if org and org != who else "their", rest)
            title = who + (" " if english or not _CJK.search(who[-1] + rest[:1]) else "") + rest
            return title
        if rest and not english and not _BANK_REF.match(word):
            title = rest  # (該行 with no bank told stays: "林淑芬：該行…" names what she spoke of)
    if not english and (_starts_with_predicate(title) or _place_then_verb(title, names)) \
            and not any(n and title.startswith(n) for n in names):
        who = sentence_subject or ctx.person or ctx.actor
        found_at = to_simplified(title).find(to_simplified(who)) if who else -1
        if who and found_at > 0 and _DESCRIBED_NAME.fullmatch(to_simplified(title[:found_at])):
            return title[found_at:]  # "知名建築師、甲事務所創辦人沈某在台北病逝": the name after its descriptions leads
        if who and found_at < 0:
            return who + title
    elif english and sentence_subject and _EN_VERB_START.match(_EN_LEAD_ADVERB.sub("", title) + " ") \
            and usable(sentence_subject) and sentence_subject not in title:
        # ("Teller, a former central bank governor, first took office in 2032": an adverb before the verb)
        return f"{sentence_subject} {title}"  # "Raman, who previously ran …, joined Vantor in 2021"
    elif english and re.match(r"(?:a|an|the)\s+[A-Za-z][\w-]*\s+[a-z]", title):
        return title[0].upper() + title[1:]  # "a Franco-Spanish investor joined", "the commission approved" (a name)
    elif not has_subject and sentence_subject:
        who = usable(sentence_subject)
        if who and to_simplified(who) not in to_simplified(title):
            said = _speaker_title(who, title) if not english else f"{who}: {title}"
            if _WHOLE_SCOPE.match(to_simplified(title)) and said == who + title:
                return title  # "全国风电新增装机…": a whole country's figure is no one's own
            return said
    return title


# a person's relations after 其 ("其大学同学", "其子", "其妻"): 其 stands for a person, not an organisation
_SELF_CLAUSE = re.compile(r"(?:^|(?<=[，,：:\n]))\s*(?:公司|本公司|集团|集團|本集团|本集團)(?=[於于在已将將以与與和对對]|\d)")
"""A clause opening with the company by its kind (公司于…, 本集團已…): the story's company is its subject."""
_PUBLIC_BODY_END = re.compile(r"(?:局|部|委|委员会|委員會|政府|法院|署|厅|廳|检察院|檢察院|办公室|辦公室)$")
"""A public body's name ending: no company a person answering with 我們 speaks for (the regulator told last)."""
_KIN_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:同学|同事|儿子|女儿|妻子|丈夫|父亲|母亲|兄弟|姐妹|家人|助手|搭档|"
                        r"子|女|妻|夫|父|母|兄|弟)(?=[\u4e00-\u9fff])")
_WHOLE_SCOPE = re.compile(r"(?:全国|全球|全省|全市|全行业|全网|全港|全台)")
# an English title opening with a verb in the past tense: its subject was told before it
_EN_VERB_START = re.compile(r"^(?:[a-z]+ed|bought|sold|won|made|took|began|built|became|grew|led|paid|raised|chose|gave|"
                            r"went|left|held|struck|spent|set|cut|hit|put|rose|fell|ran|got|sent|met|lost|said|told|"
                            r"brought|found|wrote|drove|flew|broke|forgot|kept|shut|quit|won|saw|"
                            r"plans|aims|expects|intends|hopes|wants|says|will|would|is|are|has|"
                            r"(?:was|were|has\s+been|had\s+been)\s+\w+(?:ed|en|wn|lt|ld|ught|pt|un|ut|on))\s", re.I)


_EN_LEAD_ADVERB = re.compile(r"^(?:first|later|also|then|only|just|once|previously|originally|briefly|eventually|"
                             r"finally|soon|quickly|never|already|still|initially|subsequently|formally)\s+")
# verbs and adverbs that open a clause with its subject after them or none at all ("超過1.3億人湧入…")
_NOT_SUBJECTLESS = frozenset("超过 达 达到 约 近 将近 逾 备受 相较 受到 被 让 使 令 有 没有 据 根据 随着 截至 自从 "
                             "从 在 当 于 对 对于 由 由于 因为 为了 经过 通过 包括 不仅 只有 所有 尤其".split())


def _place_then_verb(s: str, names: tuple[str, ...] | list[str] = ()) -> bool:
    """``s`` opens with 在 + a place and then its verb, with no name before the verb ("在荃灣創辦永昌紡織"): a
    predicate whose subject was told before it."""
    if s[:1] not in ("在", "於", "于"):
        return False
    from timeline.events.segment import pos_cut
    from timeline.events.text import to_simplified

    cut = pos_cut(to_simplified(s[:12]))
    if len(cut) < 3 or cut[0] != ("在", "p") and cut[0][0] not in ("于", "於"):
        return False
    place, k = "", 1
    while k < len(cut) and cut[k][1] not in ("v", "p", "c", "x") and len(place) < 6:  # (jieba: 觀塘 = 观 / 塘)
        place += cut[k][0]
        k += 1
    return bool(place) and k < len(cut) and cut[k][1] == "v" and not any(n and n in s[:len(place) + 1] for n in names)


def _starts_with_predicate(s: str) -> bool:
    """The text opens with a verb, an adverb or a preposition (it lacks a subject, so one can lead it)."""
    from timeline.events.segment import pos_cut
    from timeline.events.text import to_simplified

    if _WITH_TOGETHER.match(to_simplified(s[:14])):
        return True  # "和兩位同事一起創立了…": who did it with them is not told
    if re.match(r"(?:荣获|获颁|获授|获选|获聘|获评)", to_simplified(s[:4])):
        return True  # "獲頒國家文藝獎": who received it is not told (jieba tags 獲頒 otherwise)
    cut = pos_cut(to_simplified(s[:8]))
    if len(cut) > 1 and cut[0][0] in ("首次", "首度", "第一次", "再次", "再度", "又一次") and cut[1][1].startswith("v"):
        return True  # "首次擔正主演《紫釵記》": a first time before the verb (jieba tags 首次 a numeral)
    if cut and cut[0][1] not in ("v", "d") and len(cut[0][0]) >= 2 and cut[0][1] not in ("nr", "nrt", "nt", "nz"):
        from timeline.events.roles import _DYNAMIC

        if _DYNAMIC.fullmatch(cut[0][0]):
            return True  # "加盟葡萄牙球队": a listed action verb jieba tags otherwise (加盟 as a place)
    return bool(cut) and (cut[0][1] in ("v", "d") or cut[0][0] in _PLAN_VERBS) and cut[0][0] not in _NOT_SUBJECTLESS


_WITH_TOGETHER = re.compile(r"(?:和|与|跟|同)[^，,。]{1,8}?(?:一起|一同|共同|联手|合作)")


_PLAN_VERBS = frozenset("预计 计划 拟 准备 打算".split())  # jieba tags 预计 / 计划 as nouns


_EMPTY_EN = re.compile(r"^(?:it|that|this|there|they|we|i)\s*(?:'s|’s|\s+is|\s+was|\s+were|\s+are)"
                       r"(?:\s+(?:back|just|only|all|really|still|then|so|now|here|there))*\W*$", re.I)


_UNFRAME_END = re.compile(r"(?:的时候|的時候|之时|之時|时|時|之后|之後|以后|以後|后|後|期间|期間|之际|之際)$")
_UNFRAME_START = re.compile(r"^(?:每当|每當|当|當)|^(?:when|after|once|as soon as|following)\s+", re.I)


def to_simplified_(s: str) -> str:
    from timeline.events.text import to_simplified

    return to_simplified(s)


_NEGATED = re.compile(r"(?:尚未|还未|還未|并未|並未|从未|從未|没有|沒有|未曾|未|不曾)|\b(?:not|never|didn't|wasn't|hadn't)\b",
                      re.I)  # what did not happen is no happening: "公司尚未註冊"
_DONE_OWN = re.compile(r"[^，,；;。！？!?]{0,8}?(?:已經|已经|已|業已|业已)(?!经营|經營|有|是|在|成为|成為)")
"""A completion marker right after a date in its own clause (``航線昨晚已恢復正常``)."""
_EXPECTED = re.compile(r"预计|预期|将|计划|拟|有望|准备")  # (simplified) what a clause expects, not what is done
_INNER_WHEN = re.compile(r"(?:的时候|的時候|时|時|以来|以來)(?=[\u4e00-\u9fff])")


# a data source before what it tells: "甲機構預測" / "乙公司《…》報告顯示" / "據丙統計"
_SOURCE_VERB = re.compile(r"\s*(?:的)?(?:最新|官方)?\s*(?:《[^》]{0,40}》)?\s*(?:数据|數據|报告|報告|研报|研報|统计|統計|调查|調查)?"
                          r"\s*(?P<verb>预测|預測|预计|預計|估计|估計|显示|顯示|表明|指出|统计|統計)")
_SOURCE_PREP = re.compile(r"(?:据|據|根据|根據|援引)\s*$")
_FORECAST_VERB = frozenset("预测 預測 预计 預計 估计 估計".split())
# what a figure measures when it is not the thing measured: a rate, a share ("MaaS層增速" measures MaaS層)
_METRIC_END = re.compile(r"(?:复合年增长率|複合年增長率|复合增长率|複合增長率|年增长率|年增長率|增长率|增長率|增速|增幅|"
                         r"占比|佔比|市场份额|市場份額|份额|份額|市占率|市佔率|渗透率|滲透率|比重|比例)$")


def _sourced_title(text: str, title: str, a: int, s0: int, clauses: list[tuple[int, int]],
                   actor_spans: list[tuple[int, int, str]], dates: list[tuple[int, int]]) -> str | None:
    """A figure told by a data source ("甲機構預測…，其中乙市場增速最快，2030年將達50億元規模"): the source
    is no subject; the title is "甲機構預測：乙市場將達50億元規模" -- the thing measured taken from the
    nearest clause before (the subject of that clause, without a rate or share word such as 增速 / 占比),
    and the source with its verb of forecasting kept (``X：`` for a source that reports). None when the
    title already has a subject, the first actor before it is no source, or no measured thing is found."""
    if not _starts_with_predicate(title):
        return None
    from timeline.events.text import to_simplified

    first = next(((x, y, n) for x, y, n in actor_spans if s0 <= x < a), None)
    if first is not None:
        x, y, name = first
        verb = _SOURCE_VERB.match(text, y)
        if verb is None and not _SOURCE_PREP.search(text[max(s0, x - 4):x]):
            return None
        who = _as_written(text, x, y, name)
    else:
        # a source no gazetteer lists, opening the sentence: "某研究機構預測，…"
        lead = re.match(r"\s*(?:据|據|根据|根據)?\s*([^\s，,。；;：:]{2,12}?)(?=" + _SOURCE_VERB.pattern[3:] + ")",
                        text[s0:a])
        if lead is None:
            return None
        who, y = lead.group(1), s0 + lead.end(1)
        verb = _SOURCE_VERB.match(text, y)

    k = next((i for i, (ca, cb) in enumerate(clauses) if ca <= a < cb), len(clauses))
    measured = None
    for ca, cb in reversed(clauses[:k]):
        if cb <= y:
            break  # back at the source's own clause
        clause = _clean(text, ca, cb, dates).strip()
        m = _CONNECTIVE.match(to_simplified(clause))
        if m:
            clause = clause[m.end():].lstrip(" ，,")
        subject = _measured_subject(clause)
        if subject:
            subject = _METRIC_END.sub("", subject).rstrip("的")
            if len(_CJK.findall(subject)) + len(_WORDS.findall(subject)) >= 2 and not _METRIC_END.search(subject):
                measured = subject
                break
    if measured is None:
        return None
    told_as = verb.group("verb") if verb and to_simplified(verb.group("verb")) in _FORECAST_VERB else ""
    return f"{who}{told_as}：{measured}{title}"


_OBJECT_PRONOUN = re.compile(r"(?<=[a-z])\s+(them|it)(?=\s*$|\s+(?:away|off|out|up|down|back|over|in|on|at|for|from|with|after|before|last|this|"
                             r"when|because|to)\b)")
_PERSON_OBJECT = re.compile(r"(?<=[a-z])\s+(him|her)(?=\s*$|\s+(?:away|off|out|up|down|back|in|on|at|for|from|with|after|before|as|to|over|"
                            r"because)\b)")


def _person_object(title: str, s0: int, a: int, actor_spans: list[tuple[int, int, str]],
                   kinds: Callable[[str], str] | None, context: TitleContext | None) -> str:
    """An English title whose object is "him" / "her" ("His team, Corvo Racing, suspended him in August") gets
    the person named last before ``a`` in the sentence (from ``s0``), else the person told before."""
    him = _PERSON_OBJECT.search(title) if not _CJK.search(title) else None
    if not him or kinds is None:
        return title
    people = [n for x, _, n in actor_spans if s0 <= x < a and kinds(n) == "person" and n not in title]
    who = people[-1] if people else (context.person if context else None)
    if who and who.isascii() and who not in title:
        return title[:him.start(1)] + who + title[him.end(1):]
    return title


_DETERMINER = r"(?:a|an|the|some|two|three|four|five|several|many|my|our|his|her|their|its)"
_NP_FRAGMENT = re.compile(r"^(?:(?:oh|well|yeah|um|uh|so|and|ah)\b[\s,]*)*(" + _DETERMINER +
                          r"\s+[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,5})\s*[.!]?\s*$", re.I)
_NP_LAST = re.compile(r"(?<![A-Za-z])(" + _DETERMINER + r"\s+(?:[a-z][\w'’-]*\s+){0,3}?(?:[a-z][\w'’-]*))"
                      r"\s*[.!]\s*$")
_FUNCTION_END = frozenset("a an the of to in on at for with and or but is was are were be been that this very said says "
                          "told added noted reported announced wrote".split())


def _resolve_object(title: str, text: str, s0: int) -> str:
    """An English title whose object is a pronoun ("Joe Tsai bought them") gets the noun phrase it stands for
    when that is simple to find: the nearest of the up to three sentences before (within the same turn of a
    transcript, no question) that is a bare noun phrase ("Oh, a pair of gym shorts.") or ends in one with a
    determiner ("… launched two scooters."). ``them`` takes a plural phrase (an -s noun or "a pair of …"),
    ``it`` a singular one. Otherwise the title is returned unchanged."""
    m = _OBJECT_PRONOUN.search(title)
    if not m:
        return title
    plural = m.group(1).lower() == "them"
    if not plural:  # (the sentence's own first, then the sentences before)
        # "A container ship ran aground …, blocking traffic before tugboats freed it on Friday": the thing the
        # sentence opened with
        opening = re.match(r"\s*(?:A|An|The)\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?:\s*,[^,.;]{1,80},)?\s+"
                           r"(?:(?:was|were|had|has)\s+)?"
                           r"(?:[a-z]+ed|" + _EN_IRREGULAR + r")\b", text[s0:s0 + 120])
        if opening and not opening.group(1).endswith("s") and \
                not title.lower().startswith(opening.group(1).split()[-1]) and \
                not re.match(r"(?:it|he|she|they)\b", title, re.I):
            return title[:m.start(1)] + "the " + opening.group(1) + title[m.end(1):]
    pos = s0
    for _ in range(3):
        end = len(text[:pos].rstrip())  # the sentence before ends here (its stop included)
        if end == 0 or text[end - 1] not in ".!":
            break  # a question, a paragraph or nothing before: the turn starts here
        start = max(text.rfind(ch, 0, end - 1) for ch in ".!?\n")
        prev = text[start + 1:end].strip()
        label = ":" in prev  # "JANE ROE: Oh, a pair of …": the turn starts in this sentence
        if label:
            prev = prev.rsplit(":", 1)[1].strip()
        np = None
        frag = _NP_FRAGMENT.match(prev)
        if frag:
            np = frag.group(1)
        else:
            last = _NP_LAST.search(prev)
            np = last.group(1) if last else None
        if np:
            head = np.split()[-1].lower()
            np_plural = head.endswith("s") and not head.endswith("ss") or " pair of " in f" {np.lower()} "
            if head not in _FUNCTION_END and np_plural == plural:
                return title[:m.start(1)] + np + title[m.end(1):]
            break
        if label:
            break
        pos = start + 1
    return title


def _measured_subject(clause: str) -> str | None:
    """:func:`_clause_subject`, also when the subject ends in a one-character unit noun that jieba tags as a
    measure word ("MaaS層增速最快" -> "MaaS層")."""
    subject = _clause_subject(clause)
    if subject:
        return subject
    toks = _tokens(clause)
    if not toks:
        return None
    k = next((i for i, t in enumerate(toks) if t[3].startswith(("v", "d", "p")) and t[3] != "vn"), len(toks))
    if 2 <= k < len(toks) and toks[k - 1][3] == "q" and toks[k - 2][3].startswith(("n", "eng")):
        subject = clause[:toks[k - 1][1]].strip()
        return subject if len(subject) <= 16 else None
    return None


def _clause_subject(clause: str) -> str | None:
    """The subject of a Chinese clause: its words before the first verb, adverb, preposition or 被 when they
    end in a noun ("第三輪減持計畫被正式披露" -> "第三輪減持計畫", "林書遠出任CEO" -> "林書遠")."""
    toks = _tokens(clause)
    if not toks or not _CJK.search(clause):
        return None
    k = next((i for i, t in enumerate(toks) if t[2] == "被"), None)  # a passive: all before 被
    if k is None:
        k = next((i for i, t in enumerate(toks) if t[3].startswith(("v", "d", "p")) and t[3] != "vn"), len(toks))
    if k == 0 or k == len(toks) or not toks[k - 1][3].startswith(("n", "eng", "j")):
        return None
    subject = clause[:toks[k - 1][1]].strip()
    return subject if 2 <= len(_CJK.findall(subject)) <= 12 else None


_RELATIVE_DONE = re.compile(r"(上线|上線|推出|发布|發布|發佈|创办|創辦|开业|開業|开通|開通|上映|出版|创立|創立)的"
                            r"(《[^《》]{1,20}》|「[^「」]{1,20}」|“[^“”]{1,20}”)")
_OCCASION = re.compile(r"(?:举行|召开)[^，,]{0,14}?(?:会议|大会|会)$")
_RESULT = re.compile(r"当选|获选|选出|选举产生|表决通过|审议通过|投票通过|高票通过")
_ANNOUNCING = re.compile(r"(?:正式)?(?:公布|宣布|发布|推出|通报|披露)(?=[\u4e00-\u9fff])")
_ELECTED_BY = re.compile(r"^(?:由|經|经)([^，,]{2,24}?)(?:以[^，,]{1,12}?)?(?=當選|当选|獲選|获选)")
_FRAME_OPEN = re.compile(r"\s*(?:於|于|在|當地時間|当地时间|北京時間|北京时间|台灣時間|臺灣時間|台湾时间|香港時間|香港时间)")
"""A clause opening with a time or place frame (``於台灣時間今天凌晨…``, ``在…期間``, ``當地時間…``)."""


def _noun_phrase(clause: str) -> str | None:
    """``clause`` when it is a noun phrase alone (a subject told before a comma): it ends in a noun, a name or a
    quoted name, and no verb stands outside a relative clause closed by 的 ("甲研究院自主研製的衛星「乙一號」")."""
    if not 2 <= len(_CJK.findall(clause)) <= 40 or _REPORTING_END.search(clause):
        return None
    toks = _tokens(clause)
    if not toks:
        return None
    quoted = [(q.start(), q.end()) for q in re.finditer(r"「[^」]*」|“[^”]*”|『[^』]*』|《[^》]*》", clause)]
    toks = [t for t in toks if not any(x <= t[0] < y for x, y in quoted)]  # a quoted name is a name
    last_de = max((i for i, t in enumerate(toks) if t[2] == "的"), default=-1)
    tail = [t for t in toks[last_de + 1:] if t[2].strip()]
    if quoted and quoted[-1][1] == len(clause.rstrip()):
        tail.append((quoted[-1][0], quoted[-1][1], "」", "nz"))
    if not tail or any(t[3].startswith(("v", "p", "d", "c", "r", "m")) and t[3] != "vn" for t in tail):
        return None
    end = tail[-1]
    if not end[3].startswith(("n", "eng", "j")):
        return None
    head = [t for t in toks[:last_de] if t[2].strip()] if last_de >= 0 else []
    if last_de < 0 and not quoted:
        return None  # (only a described thing, "甲研製的衛星", "貨輪“乙號”", is told alone: "馬雲現身杭州" is jieba's noun)
    if head and (head[0][3].startswith(("p", "c", "d", "r")) or head[0][3] == "v"):
        return None  # ("在…的…", "而…的…", "看照片透露的地點": no subject)
    if any(t[3].startswith("r") for t in head):
        return None  # ("甲繼續自己的主線任務": a possessive pronoun after a verb is its object, a predicate)
    if any(x[3].startswith(("d", "ad")) and y[3].startswith("v") and y[3] != "vn"
           for x, y in zip(head, head[1:], strict=False)):
        return None  # ("甲再次下調部分模型的價格": an adverb before a verb is a predicate, not a relative clause)
    return clause


def _as_written(text: str, x: int, y: int, name: str) -> str:
    """An actor as the text writes it when it differs from its canonical name only in script (林書遠 /
    林书远) or when English text writes a name whose canonical form is Chinese ("Joe Tsai" for 蔡崇信),
    else the canonical name (阿里 -> 阿里巴巴)."""
    from timeline.events.text import to_simplified

    surface = text[x:y]
    if surface != name and surface.isascii() and not name.isascii() and not _CJK.search(text[max(0, x - 20):y + 20]):
        return surface  # "Joe Tsai" told in English for 蔡崇信: an English title keeps the English name
    if surface == name or to_simplified(surface) == to_simplified(name):
        return surface
    near = text[max(0, x - 12):y + 12]
    if _CJK.search(name) and (to_simplified(surface) != surface or to_simplified(near) != near):
        # a short form told in Traditional script for a long canonical name ("高鐵公司" of 台湾高铁公司), or a
        # reference in a Traditional sentence ("研究所" for 翠岭航天): the name as the text writes it where it
        # does, never a Simplified name in a Traditional title
        at = to_simplified(text).find(name)
        if at >= 0:
            return text[at:at + len(name)]
    return name


def _unframe(s: str) -> str:
    """A subordinate frame as a statement of its own: "創辦翠峰科技時" -> "創辦翠峰科技", "when X joined Y" ->
    "X joined Y" (only a frame is changed)."""
    s = s.strip()
    if not is_frame(s):
        return s
    return _UNFRAME_START.sub("", _UNFRAME_END.sub("", s)).strip(" ，,")


def _informative(s: str) -> bool:
    """Enough to read as a statement: four CJK characters or two English words, and not a bare
    pronoun-and-copula ("It was back" once its date is gone)."""
    if _EMPTY_EN.match(s.strip()):
        return False
    return len(_CJK.findall(s)) >= 4 or len(_WORDS.findall(s)) >= 2


def _join_across_dates(clauses: list[tuple[int, int]], dates: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
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


_CARRY = re.compile(r"带着|帶著|带领|帶領|率领|率領|携带|攜帶|携同|攜同|携(?!手)|攜(?!手)")


def _main_verb(s: str) -> int | None:
    """Where the first action verb of Chinese ``s`` starts (jieba tags a verb that is not a copula or a
    state, or a listed dynamic verb other than 了); None when it has none."""
    from timeline.events.roles import _DYNAMIC, _STATIVE_WORDS

    toks = _tokens(s) or []
    for a, _b, w, f in toks:
        if (f.startswith("v") and f != "vn" and w not in _STATIVE_WORDS) or \
                (w != "了" and _CJK.match(w) and _DYNAMIC.fullmatch(w)):
            return a
    return None


def _carry_frame_verb(text: str, title: str, clauses: list[tuple[int, int]], chosen: int,
                      dates: list[tuple[int, int]], has_other_date) -> tuple[str, int] | None:
    """A clause cut inside a 帶著 / 帶領 / 攜 + list frame ("甲公司又帶著乙、丙，以及丁亮相發佈會"): the title
    ends on the list and the main verb comes in a later clause. Returns ``(title, end)``: the subject before
    the frame with the main verb's phrase from the clause that holds it ("甲公司又亮相發佈會": the frame
    dropped, since the list runs across clauses), or None when the title is no such cut frame."""
    frame = _CARRY.search(title)
    if not frame or _main_verb(title[frame.end():]) is not None or not title[:frame.start()].strip():
        return None
    for k in range(chosen + 1, min(chosen + 3, len(clauses))):
        if has_other_date(*clauses[k]):
            return None
        nxt = _clean(text, *clauses[k], dates)
        at = _main_verb(nxt)
        if at is not None:
            return title[:frame.start()] + nxt[at:], clauses[k][1]
    return None


_EN_PARTICIPLE_ASIDE = re.compile(r"(?:(?:first|originally|initially|later|also)\s+)?(?:[a-z]+ed(?=\s+(?:to|by|from|into|"
                                  r"with|for|under|during|at|in)\s)|founded|established|set\s+up|"
                                  r"created|started|launched|built|opened|formed|incorporated|acquired|bought|listed|"
                                  r"shown|unveiled|introduced|announced|designed|released|sparked|triggered|caused|"
                                  r"discovered|found|identified|painted|written|published|signed|passed|approved|"
                                  r"elected|appointed|named|hired|damaged|destroyed|hit|struck|completed|finished|"
                                  r"made|sold|held|taken|given|won|drawn|brought|kept|grown|sent|bought|built)\b", re.I)
# "The firm, known as Pardell since its founding in 1987, …": the date of a happening named by a noun after a
# possessive (what the head did or underwent then)
_EN_POSSESSED_EVENT = re.compile(r"(?<![A-Za-z])(?:its|their)\s+(founding|creation|launch|listing|debut|opening|"
                                 r"incorporation)\s+(?:in|on)\s+$", re.I)
_EN_EVENT_VERB = {"founding": "was founded", "creation": "was created", "launch": "was launched", "listing": "listed",
                  "debut": "debuted", "opening": "opened", "incorporation": "was incorporated"}
_EN_NP_START = re.compile(r"(?:the|a|an|its|his|her|their)\s+", re.I)
_EN_CONTINUES = re.compile(r"(?:(?:only|also|just|first|then|later|once|still|never|already|soon)\s+)?"
                           r"(?:to|for|with|in|on|at|into|from|after|over|had|has|have|was|were|is|are|will|would|"
                           r"could|can|may|might|must|should|[a-z]+ed|[a-z]+s|took|began|won|set|made|sold|bought|"
                           r"went|grew|rose|fell|led|paid|cut|hit|got|lost|left|ran|became|gave|broke|held|kept|cost|"
                           r"spent|won|drew|beat|came|met|put|quit|shut|struck|built|bought|brought|chose|found|wrote)\b|"
                           r"[$€£¥]\d")


_EN_CUT_ADJECTIVE = re.compile(r"\s+(?:after|before|with|for|in|on|of|from|during|over|at)\s+(?:a|an|the)\s+"
                               r"[\w$.]+-[\w-]+$")


_EN_WHO_NP = re.compile(r"(?<![A-Za-z])((?:the\s+|a\s+|an\s+|some\s+|two\s+|three\s+|several\s+)?"
                        r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s+who\s+"
                        r"|(?<![A-Za-z])((?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:that|which)\s+(?=[a-z]+ed\b|"
                        r"began|rose|fell|grew|went|came|took|won|hit|cut|left|ran|broke|sold|bought)")
_EN_NOT_NP_WORD = frozenset("with for and or but to of in on at by from as that than who which it they them he she "
                            "his her its their is are was were has have had be been this these those".split())


def _en_who_np(text: str, clause: tuple[int, int], focus: tuple[int, int], dates: list[tuple[int, int]]) -> str | None:
    """The date inside a "who" clause after a plural common noun ("siding with antitrust regulators who sued in March
    to stop the deal"): the noun phrase did it -- "Antitrust regulators sued to stop the deal". None otherwise."""
    a, b = clause
    found = [m for m in _EN_WHO_NP.finditer(text, a, focus[0])]
    if not found:
        return None
    m = found[-1]
    np = (m.group(1) or re.sub(r"^(?:a|an)\s", "the ", m.group(2))).split()  # "a strike that began …": the strike
    if m.group(1):
        cut = max((i + 1 for i, w in enumerate(np) if w in _EN_NOT_NP_WORD), default=0)
        np = np[cut:]  # "paid a ransom to hackers who locked …": the hackers
    while np and np[0] in _EN_NOT_NP_WORD:
        np = np[1:]
    if not np or any(w in _EN_NOT_NP_WORD for w in np) or _CJK.search(text[a:b]):
        return None
    rest = _clean(text, m.end(), b, dates)
    if not _WORDS.findall(rest) or not _EN_VERB_START.match(rest + " ") or _EN_SUB.search(text, m.end(), focus[0]):
        return None  # (not "a career that began when she won … in 2012": the date is the inner clause's)
    head = " ".join(np)
    return f"{head[0].upper()}{head[1:]} {rest}"


_EN_IRREGULAR = (r"bought|sold|took|built|made|won|spun|sought|paid|led|ran|set|began|chose|got|held|kept|brought|"
                 r"found|gave|lost|left|sent|spent|told|wrote|drew|grew|hit|cut|put|shut|struck|broke|became|came|"
                 r"went|saw|met|bid|fell|rose|stood|sold|won|flew|drove|threw|shot|hung|dug|fought|taught|caught|"
                 r"bore|wore|tore|swore|rang|sang|sank|stole|froze|chose|shook|forgot|overtook|undertook|withdrew|"
                 r"slid|swam|hid|rode|woke|spun|sprang|slept|crept|swept|wept|fled|bled|fed|sped|lit|slit|split|laid")
_EN_IRREGULAR_WORD = re.compile(r"(?:" + _EN_IRREGULAR + r")")
"""An irregular past tense as a whole word ("stole", "took")."""
# the predicate of a relative clause: auxiliaries and adverbs, then a verb (past, present, or a participle)
_EN_REL_PREDICATE = re.compile(r"(?:(?:had|has|have|was|were|is|are|will|would|could|can|may|might|must|should|"
                               r"did|does|do|been|be|being|not|never|also|first|last|later|then|only|partly|"
                               r"partially|once|still|already|just|jointly|badly|largely|briefly)\s+)*"
                               r"(?:[a-z]+ed|" + _EN_IRREGULAR + r"|[a-z]+[^s\W]s)\b")
_EN_REL_CHAIN = re.compile(r"(?:(?:had|has|have|was|were|is|are|would|will|could|had\s+been|has\s+been|also|first|"
                           r"later|then|jointly|once|never|not)\s+)*(?:[a-z]+ed|" + _EN_IRREGULAR + r")"
                           r"(?:\s+(?:off|out|up|over|on|down|back))?"
                           r"(?:\s+to\s+(?!(?:the|a|an|its|his|her|their)\b)[a-z]+(?=\s*$|\s+(?:at|in|on|for|from|"
                           r"with|by|after|before|until)\b))?")
_EN_REL_MARK = re.compile(r"(?<![A-Za-z])(?:which|that|whose)\s+")
_EN_REL_PRONOUN = re.compile(r"(?:it|they|he|she)\s+")
# a noun phrase closing the words before a relative clause: a determiner and up to four words
_EN_REL_NP = re.compile(r"(?<![A-Za-z])((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w$%.’'-]+\s+){0,3}?"
                        r"(?!(?:since|after|before|when|while|until|as|and|or|but|that|which|who|if|because|than|"
                        r"to|of|in|on|at|by|for|with|from)\b)[\w$%’'-]+)\s*,?\s*$")
# a bare plural ("corroded cables", "talks") before "that / which" and a verb
_EN_REL_PLURAL = re.compile(r"(?<![A-Za-z])((?:[A-Za-z][\w-]*\s+)?[A-Za-z][\w-]*[^s\W']s)\s*,?\s*$")
# the NP is itself inside a larger one ("a novel about a family of …"): its antecedent is unsure
_EN_REL_NESTED = re.compile(r"(?<![A-Za-z])(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}(?:about|of|with|for|from|on)\s+$")
# a past participle right after a noun phrase, then a preposition: "a $500 million plan launched in 2026"
_EN_REDUCED = re.compile(r"(?<![A-Za-z])((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w$%.’'-]+\s+){0,3}?[\w$%’'-]+)\s+"
                         r"((?:first\s+|originally\s+|initially\s+)?(?:launched|founded|established|built|opened|"
                         r"introduced|created|set\s+up|signed|agreed|announced|issued|approved|passed|completed|"
                         r"acquired|bought|sold|released|published|installed|unveiled|awarded|filed|adopted|"
                         r"imposed|started|begun|made|taken|written|drawn\s+up))\s*$")
_EN_NOT_NP_HEAD = frozenset("after before since until when while because although though and or but that which who "
                            "found said says told".split())


def _en_relative(text: str, s0: int, clause: tuple[int, int], focus: tuple[int, int], dates: list[tuple[int, int]],
                 actor_spans: list[tuple[int, int, str]], context: TitleContext | None,
                 kinds: Callable[[str], str] | None = None) -> str | None:
    """An English date inside a relative clause after a noun phrase, told as a headline of its own:

    * an object relative, "the patents, which Lindell obtained in 2015" / "a plant in Poland that the company
      opened in 2027" / "the debt it took on to buy X in 2025": "Lindell obtained the patents", "<the company told
      before> opened a plant in Poland", "<it> took on the debt to buy X";
    * a subject relative, "corroded cables that had last been inspected in 2019": "Corroded cables had last been
      inspected"; with a clause of its own holding the date ("The bridge, which carried … before it partly
      collapsed in 2028"): "The bridge partly collapsed"; two predicates each with a date ("talks that began in
      2025 and stalled for most of 2027"): the date's own;
    * a reduced relative, "a $500 million plan launched in 2026": "A $500 million plan was launched".

    The subject of an object relative is a name, "the <kind>" (the sentence's first organisation, else the one
    told before), or a pronoun (the organisation or person named last before it, else the one told before).
    None when the date is no such clause's."""
    a, b = clause
    if _CJK.search(text[s0:b]):
        return None
    # the relative clause closest before the date, with no other date between
    marks = [m for m in _EN_REL_MARK.finditer(text, s0, focus[0])
             if not any(m.end() <= d[0] < focus[0] and not _EN_AND.search(text, d[1], focus[0]) for d in dates)
             and ";" not in text[m.end():focus[0]]]
    contact = [m for m in re.finditer(r"(?<=[a-z])\s+(?=(?:it|they|he|she)\s+(?:[a-z]+ed|" + _EN_IRREGULAR + r")\b)",
                                      text[s0:focus[0]])]
    reduced = _EN_REDUCED.search(text, max(a, s0), _date_prep_start(text, a, focus[0]))
    best: tuple[int, int, str] | None = None  # (start of the clause's body, start of the words before, kind)
    if marks:
        m = marks[-1]
        best = (m.end(), m.start(), "mark")
    if contact:
        c = contact[-1]
        np = _EN_REL_NP.search(text[s0:s0 + c.start()])
        if np and (best is None or s0 + c.end() > best[0]) and \
                not re.match(r"(?:that|which|who)\b", text[s0 + np.start():].split(" ", 1)[0]):
            best = (s0 + c.end(), s0 + c.start(), "contact")
    if reduced and (best is None or reduced.start(1) > best[0]) and \
            not any(reduced.end() <= d[0] < focus[0] for d in dates):
        head = reduced.group(1)
        lead = text[max(s0, a):reduced.start()].strip(" ,")
        after = re.match(r"\s+([a-z]+)\b", text[focus[1]:focus[1] + 20])
        if not lead and after and re.fullmatch(r"[a-z]+ed|" + _EN_IRREGULAR + r"|showed|shows|finds|says", after.group(1)):
            lead = "it"  # "An audit published in March found …": the subject's own participle clause
        if lead and lead.split()[-1].lower() not in ("that", "which", "who") and _WORDS.findall(lead):
            verb = reduced.group(2)
            if " " in head.strip() or head.split()[0].lower() in ("the", "a", "an"):
                head = re.sub(r"^(?:[Ii]ts|[Tt]heir)\s", "the ", head)
                return f"{head[0].upper()}{head[1:]} was {verb}"
        return None
    if best is None:
        return None
    body_at, before_at, how = best
    if body_at < a - 2 and how == "mark" and text[body_at:a].count(",") > 0:
        return None  # the relative clause closed before the date's clause began
    before = text[s0:before_at].rstrip()
    names_before = [(x, y, n) for x, y, n in actor_spans if s0 <= x and y <= before_at]
    # the antecedent: a name right before, else a noun phrase
    ante: str | None = None
    ante_is_name = False
    if names_before and not text[names_before[-1][1]:before_at].strip(" ,"):
        ante, ante_is_name = _as_written(text, *names_before[-1][:2], names_before[-1][2]), True
    else:
        np = _EN_REL_NP.search(before)
        if np and re.search(r"\s(?:[a-z]+ed|is|was|were|are|has|had|have|will|would|said|says|" + _EN_IRREGULAR +
                            r")\s", " ".join(np.group(1).split()[1:-1]).join("  ")):
            np = None  # "An inquiry blamed corroded cables": a verb inside is no noun phrase
        nested = _EN_REL_NESTED.search(before[:np.start()]) if np else None
        if nested:
            # "a novel about a family of herring traders that was rejected … before Hartwell Books bought it in
            # 2028": whose clause it is is unsure; only "it" inside it, singular, is the outer noun ("the novel")
            sub = _EN_SUB.search(text, body_at, focus[0])
            inner = _clean(text, sub.end(), b, dates) if sub else ""
            outer = re.sub(r"\s+\S+\s*$", "", nested.group()).split()
            if sub and re.search(r"\s+it$", inner) and not _EN_REL_PRONOUN.match(inner) and len(outer) == 2 \
                    and not outer[1].endswith("s") and inner[:1].isupper():
                return re.sub(r"\s+it$", f" the {outer[1]}", inner)
            return None
        if np:
            ante = np.group(1)
            ante = ante[0].lower() + ante[1:] if re.match(r"(?:The|An?|Its|Their|His|Her)\s", ante) else ante
    body = _clean(text, body_at, b, dates)
    if not body or _CJK.search(body):
        return None
    if text[before_at:body_at].strip() == "whose":
        # "Hollis, whose systems were last audited in 2029, said …": the antecedent's
        cap = re.search(r"(?<![\w&.-])([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s*,?\s*$", before)
        if ante is None and cap:
            ante, ante_is_name = cap.group(1), True
            told = next((t for t in (context.org, context.actor, context.company)
                         if t and t.isascii() and t.startswith(ante + " ")), None) if context else None
            if told:
                ante = told  # "Hollis" after "Hollis Grain"
        if not ante or not _EN_REL_PREDICATE.match(body.split(" ", 1)[-1]) or " " not in body:
            return None
        owner = ante if ante_is_name else ante[0].upper() + ante[1:]
        if ante_is_name and names_before and ante == _as_written(text, *names_before[-1][:2], names_before[-1][2]) \
                and names_before[-1][2].isascii() and names_before[-1][2].startswith(ante):
            owner = names_before[-1][2]  # "Marlow, whose …" after "Marlow Feeds": the name in full
        return f"{owner}'{'' if owner.endswith('s') else 's'} {body}"
    # who does it: a name, "the <kind>", a pronoun, or (a subject relative) the antecedent
    subj: str | None = None
    rest = body
    opening = next(((x, y, n) for x, y, n in actor_spans if x >= body_at and not text[body_at:x].strip()), None)
    kind = re.match(r"(?:the|this)\s+" + _KINDS + r"\s+", body)
    pron = _EN_REL_PRONOUN.match(body)
    orgs_before = [(_as_written(text, x, y, n), n) for x, y, n in names_before
                   if kinds is None or kinds(n) == "org"]
    if opening is not None and body.startswith(text[opening[0]:opening[1]]):
        subj, rest = _as_written(text, opening[0], opening[1], opening[2]), body[opening[1] - opening[0]:].lstrip()
    elif kind:
        firsts = [w for w, _ in orgs_before] or \
            ([] if context and context.org else [_as_written(text, x, y, n) for x, y, n in names_before])
        subj = firsts[0] if firsts else (context.org if context and context.org and context.org.isascii() else None)
        rest = body[kind.end():]
    elif pron:
        p = pron.group().strip()
        if p in ("he", "she"):
            people = [_as_written(text, x, y, n) for x, y, n in names_before if kinds is not None and kinds(n) == "person"]
            subj = people[-1] if people else (context.person if context else None)
        else:
            orgs = [w for w, _ in orgs_before if not (ante_is_name and w == ante)]
            subj = orgs[-1] if orgs else (context.org if context else None)
        rest = body[pron.end():]
    elif (common := re.match(r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[^s\W']s)\s+(?=(?:[a-z]+ed|" + _EN_IRREGULAR + r")\b)",
                             body)) and not any(w in _EN_NOT_NP_WORD for w in common.group(1).split()) \
            and how == "mark" and text[before_at:body_at].strip() in ("which", "that"):
        # "the law, which lawmakers passed in November": a plural common noun did it ("Lawmakers passed the law")
        subj, rest = common.group(1)[0].upper() + common.group(1)[1:], body[common.end():]
    if subj is not None:
        if not subj.isascii() or not ante or ante_is_name and ante == subj:
            return None
        chain = _EN_REL_CHAIN.match(rest)
        if not chain:
            return None
        obj = re.sub(r"^(?:its|their)\s", "the ", ante) if not ante_is_name else ante
        tail = rest[chain.end():]
        return f"{subj} {rest[:chain.end()]} {obj}{tail}".strip()
    if how != "mark" or not _EN_REL_PREDICATE.match(body):
        return None
    if re.match(r"(?:is|was|has|does)\s+(?:expected|likely|planned|scheduled|due|set|possible|unlikely|"
                r"welcome|unusual|rare|common)\b", body):
        return None  # "…, which is expected next spring": "which" stands for the whole clause
    if ante is None:
        plural = _EN_REL_PLURAL.search(before)
        if not plural or _EN_REL_NESTED.search(before[:plural.start()]) or \
                re.search(r"(?<![A-Za-z])(?:of|about|both|all|many|some)\s+$", before[:plural.start(1)]) or \
                re.match(r"(?:is|was|has|does)\b", body):
            return None
        words = [w for w in plural.group(1).split() if w.lower() not in _EN_NOT_NP_HEAD]
        if not words or re.fullmatch(r"[a-z]+ed|" + _EN_IRREGULAR, words[0]) and len(words) > 1:
            words = words[1:]
        if not words:
            return None
        ante = " ".join(words)
    ante = re.sub(r"^(?:its|their)\s", "the ", ante) if not ante_is_name else ante
    if not ante_is_name and context and context.org and context.org.isascii() and \
            re.fullmatch(_THE_KIND.pattern, " " + ante[0].upper() + ante[1:]):
        ante, ante_is_name = context.org, True  # "The automaker, which sold …": the one told before
    # two predicates each with a date: the date's own
    for m in _EN_AND.finditer(text, body_at, b):
        if any(body_at <= d[0] and d[1] <= m.start() for d in dates) and any(m.end() <= d[0] and d[1] <= b for d in dates):
            body = _clean(text, body_at, m.start(), dates) if focus[1] <= m.start() else _clean(text, m.end(), b, dates)
            break
    sub = _EN_SUB.search(text, body_at, focus[0])
    if sub:
        inner = _clean(text, sub.end(), b, dates)
        ipron = _EN_REL_PRONOUN.match(inner)
        if ipron and ipron.group().strip() in ("he", "she"):
            return None  # "a career that began when she won …": she is a person told before, not the career
        if ipron:
            inner = f"{ante} {inner[ipron.end():]}"  # "which carried … before it partly collapsed"
        elif re.search(r"\s(?:it|them)$", inner) and not _EN_REL_NESTED.search(before):
            inner = re.sub(r"\s(?:it|them)$", " " + (ante if ante_is_name else re.sub(r"^(?:a|an)\s", "the ", ante)), inner)
        body = inner
    else:
        body = f"{ante} {body}"
    return f"{body[0].upper()}{body[1:]}" if body else None


def _date_prep_start(text: str, a: int, at: int) -> int:
    """Where the date at ``at`` begins with its preposition ("… launched in 2026": before "in")."""
    m = re.search(r"(?:\s+(?:in|on|at|by|during|since|from|between|early\s+in|late\s+in|back\s+in))?\s*$",
                  text[a:at])
    return a + m.start() if m else at


def _en_no_verb(s: str) -> bool:
    """No finite verb among the words of ``s`` (a noun phrase: "the former chief executive of Quillmark")."""
    return not any(re.fullmatch(r"[a-z]+ed|is|was|are|were|has|had|have|will|would|who|which|that", w)
                   for w in s.split())


def _en_around_aside(text: str, clauses: list[tuple[int, int]], k: int, dates: list[tuple[int, int]],
                     actor_spans: list[tuple[int, int, str]], context: TitleContext | None,
                     focus: tuple[int, int] | None = None) -> str | None:
    """An English clause ``k`` read across an aside between commas, or an aside read as a statement:

    * "The airline, founded in 2011, had …" (the date in a participle aside): "Tessaro Air was founded";
    * "A judge sentenced Victor Ansel, the former chief of Quillmark, to eight years on Thursday" (the date's
      clause goes on after a noun-phrase aside): "A judge sentenced Victor Ansel to eight years";
    * "The club's old ground, Quarry Lane, will be demolished this summer" (a name as the aside): the name is
      the subject, "Quarry Lane will be demolished";
    * "Morrow, 33, took gold at the 2024 Games and set a record the following year" (the subject, then an age
      or a description): the subject and the predicate of the date's own part ("Dalia Morrow set a record").

    None when the clauses around ``k`` have no such shape."""
    def name_of(a: int, b: int, whole: bool) -> str | None:
        for x, y, n in actor_spans:
            if a <= x < b and not text[a:x].strip() and (not whole or not text[y:b].strip(" .,")):
                return _as_written(text, x, y, n)
        return None

    own = _clean(text, *clauses[k], dates)
    if not own or _CJK.search(text[clauses[0][0]:clauses[-1][1]]):
        return None
    split = False
    if focus is not None:
        ca, cb = clauses[k]
        for m in _EN_AND.finditer(text, ca, cb):
            if any(ca <= d[0] and d[1] <= m.start() for d in dates) and any(m.end() <= d[0] and d[1] <= cb for d in dates):
                # two predicates, each with a date of its own: the date's own one
                own = _clean(text, ca, m.start(), dates) if focus[1] <= m.start() else _clean(text, m.end(), cb, dates)
                split = True
                break
        if not split:
            for m in _EN_AND.finditer(text, ca, cb):
                if focus[1] <= m.start() and _EN_OWN_TIME.search(text[m.end():cb]) and \
                        not any(m.end() <= d[0] < cb for d in dates):
                    own = _clean(text, ca, m.start(), dates)  # "… turned professional in 2027 and broke into … last season"
                    break
                if focus[0] >= m.end() and _EN_OWN_TIME.search(text[ca:m.start()]) and \
                        not any(ca <= d[0] < m.start() for d in dates) and _EN_VERB_START.match(text[m.end():cb] + " "):
                    own = _clean(text, m.end(), cb, dates)  # "scored 31 goals last season and joined Ostend in 2031"
                    break
        if not own:
            return None
    possessed = _EN_POSSESSED_EVENT.search(text, clauses[k][0], focus[0]) if focus is not None else None
    if k > 0 and k + 1 < len(clauses) and (_EN_PARTICIPLE_ASIDE.match(own) or possessed) and \
            not text[clauses[k][1]:clauses[k + 1][0]].strip().startswith(";"):
        head_text = _clean(text, *clauses[k - 1], dates)
        head = name_of(*clauses[k - 1], whole=True)
        if head is None and context and context.org and context.org.isascii() and \
                re.fullmatch(_THE_KIND.pattern, " " + head_text):
            head = context.org
        if head is None and re.fullmatch(r"The(?:\s+[A-Z][\w-]*){0,3}(?:\s+[a-z][\w-]*){1,2}", head_text):
            head = head_text  # "The truck, first shown at a trade fair in 2027, …" / "The Tallow Creek fire, sparked …"
        if head and possessed:
            return f"{head} {_EN_EVENT_VERB[possessed.group(1).lower()]}"  # "Pardell Holdings was founded"
        if head:
            more = re.search(r"\s+and\s+(?:[a-z]+ed|based|run|led|owned|held)\b", text[focus[1]:clauses[k][1]]) \
                if focus is not None else None
            if more and focus is not None:
                # "Harwick, founded in 1956 and based in Denby, had …": the date's own participle
                own = _clean(text, clauses[k][0], focus[1] + more.start(), dates) or own
            plural = re.search(r"[a-z][^s\W]s$", head) is not None and not head[:1].isupper() or \
                re.fullmatch(r"The(?:\s+[a-z][\w-]*)*\s+[a-z][\w-]*[^s\W']s", head) is not None
            return f"{head} {'were' if plural else 'was'} {own}"
    if k >= 2 and (own[0].islower() or own[0] in "$€£¥") and _EN_CONTINUES.match(own) and not re.match(r"(?:who|which|when|and|but)\b", own):
        aside = _clean(text, *clauses[k - 1], dates)
        before = _clean(text, *clauses[k - 2], dates)
        if aside and before and (re.match(r"(?:which|who)\s", aside) or _EN_PARTICIPLE_ASIDE.match(aside)
                                 or re.match(r"(?:still\s+|now\s+|already\s+)?[a-z]{3,}ing\s", aside)) and \
                not text[clauses[k - 2][0]:clauses[k - 2][1]].strip().startswith(("and ", "but ")) and \
                re.fullmatch(r"The(?:\s+[A-Z][\w-]*){0,3}(?:\s+[a-z][\w-]*){1,2}", before) and \
                not _EN_ATTRIBUTION.match(own) and k == 2:
            # "The program, which replaces an older plan, will run until 2032" / "The probe, launched from a site
            # in 2027, will drill …": the noun phrase before the aside is the subject
            named = name_of(*clauses[k - 2], whole=True)
            who = context.org if context and context.org and context.org.isascii() and \
                re.fullmatch(_THE_KIND.pattern, " " + before) else (named or before)
            return f"{who} {own}"
        if not aside or not before or not _en_no_verb(aside):
            return None
        named = name_of(*clauses[k - 1], whole=True)
        role = _EN_ROLE_BEFORE_NAME.match(text, clauses[k - 1][0], clauses[k - 1][1]) if named is None else None
        if role:
            named = name_of(role.end(), clauses[k - 1][1], whole=True)  # ", defender Matteo Galli, cost …"
        subject = name_of(*clauses[k - 2], whole=True)
        if subject is None and not named and re.fullmatch(r"\d{1,3}", aside) and k == 2 and \
                re.fullmatch(r"[A-Z][a-z]+", before) and len(_WORDS.findall(own)) >= 2:
            return f"{before} {own}"  # "Maxwell, 30, only joined the club in 2029": a name no list knows
        if subject and not named and (re.fullmatch(r"\d{1,3}", aside) or split and _EN_NP_START.match(aside)) \
                and not _EN_SUB.search(own):
            # "Morrow, 33, took gold …" / "Harwell, a former banker, will present …": the subject, as told in full
            full = next((n for x, y, n in actor_spans if _as_written(text, x, y, n) == subject), subject)
            if len(_WORDS.findall(own)) >= 2:
                return f"{full if full.isascii() and full.endswith(subject) else subject} {own}"
        if not named and re.fullmatch(r"The(?:\s+[a-z][\w-]*){1,2}", before) and \
                (_EN_PARTICIPLE_ASIDE.match(aside) or _EN_NP_START.match(aside)) and not _EN_ATTRIBUTION.match(own):
            # "The truck, first shown at a fair in 2027, was meant to reach dealers this autumn"
            who = context.org if context and context.org and context.org.isascii() and \
                re.fullmatch(_THE_KIND.pattern, " " + before) else before
            return f"{who} {own}"
        if named and (_EN_NP_START.match(before) or re.fullmatch(r"[A-Z][\w&.\- ]*?['’]s?(?:\s+[a-z][\w-]*){1,3}", before)) \
                and _en_no_verb(before):
            # "The club's old ground, Quarry Lane, will be demolished" / "Ardley's manager, Pia Lindqvist, joined …"
            return f"{named} {own}"
        ends = [(x, y, n) for x, y, n in actor_spans if clauses[k - 2][0] <= x and y <= clauses[k - 2][1] and
                not text[y:clauses[k - 2][1]].strip(" ,")]
        if ends and not named and _EN_VERB_START.match(own + " ") and re.search(
                r"(?<![A-Za-z])that\s+$", text[clauses[k - 2][0]:ends[-1][0]]):
            # "X said on Monday that Ruth Adebayo, head of its European business, will succeed Y on January 1": the
            # name before the aside is the subject of the reported clause
            return f"{_as_written(text, *ends[-1])} {own}"
        if _EN_NP_START.match(aside) and not named and before[:1].isupper() and \
                not name_of(*clauses[k - 2], whole=True) and \
                any(clauses[k - 2][0] <= x and not text[y:clauses[k - 2][1]].strip(" ,") for x, y, _ in actor_spans):
            return f"{before} {own}"  # "sentenced Victor Ansel, the former chief …, to eight years"
    return None


_EN_ROLE_BEFORE_NAME = re.compile(r"\s*(?:(?:former|new|veteran|star|fellow)\s+)?(?:defender|striker|midfielder|goalkeeper|"
                                  r"forward|winger|coach|manager|captain|chairman|founder|co-founder|analyst|lawyer|"
                                  r"engineer|designer|director|executive|economist|spokesman|spokeswoman|actor|singer|"
                                  r"author|chef|pitcher|quarterback|guard|centre|center)\s+(?=[A-Z])")
_LIST_SEP = re.compile(r"\s*(?:、|和|及|以及|与|與)\s*$")


_WILL = re.compile(r"将(?!近)|会(?=[\u4e00-\u9fff])|预计|可望|有望")


def _list_item_doer(text: str, s0: int, a: int, actor_spans: list[tuple[int, int, str]],
                    context: TitleContext | None) -> str | None:
    """Who does an enumerated item (``一是… / 二是… / 其一…``) that opens after the ``：`` or ``；`` before ``a``
    (the title's clause, in the sentence from ``s0``): the subject of the clause announcing the list before the
    ``：`` ("公司過去一年做成了三件大事：一是…" -> the company told, as 公司 / 我們 / 本公司 stand for; a name opening
    that clause -> the name). None when no such list or the announcing clause is a saying or has no subject."""
    sep = max(text.rfind(c, s0, a) for c in "；;：:")
    if sep < 0 or _ENUMERATOR.match(text, sep + 1) is None:
        return None
    colon = max(text.rfind("：", s0, a), text.rfind(":", s0, a))
    if colon <= s0:
        return None
    start = max(text.rfind(c, s0, colon) for c in "，,。") + 1 or s0
    start = max(start, s0)
    lead = text[start:colon].strip()
    if not lead or _REPORTING_END.search(lead):
        return None
    named = next((_as_written(text, x, y, n) for x, y, n in actor_spans
                  if start <= x < colon and not text[start:x].strip()), None)
    if named:
        return named
    if context is not None and (_SELF_REF.match(to_simplified_(lead)) or _FIRST_PERSON.match(lead)):
        return context.company or context.org
    return None


def _dated_list_item(text: str, clause: tuple[int, int], focus: tuple[int, int],
                     dates: Sequence[tuple[int, int]]) -> tuple[str, int] | None:
    """The item of a list of dated items that ``focus`` opens ("經歷了2003年推出甲、2004年創立乙、2005年與丙達成
    交易的擴張期": "推出甲", "創立乙", "與丙達成交易"), with the subject written before the list when it is a
    bare word (公司 / 集團: "公司推出甲") — ``(title, where the list starts)``; None when ``focus`` opens no such
    item (two or more dates in the clause, every one after the first right after 、 / 和 / 及, each followed by
    words of its own). The last item ends where the list's ``的`` + head noun begins."""
    if not _CJK.search(text[clause[0]:clause[1]]):
        return None
    ds = sorted(d for d in dates if clause[0] <= d[0] < clause[1])
    if len(ds) < 2 or focus not in ds:
        return None
    if not all(_LIST_SEP.search(text[ds[i - 1][1]:d[0]]) and len(_CJK.findall(text[ds[i - 1][1]:d[0]])) >= 3
               for i, d in enumerate(ds) if i > 0):
        return None
    k = ds.index(focus)
    if k + 1 < len(ds):
        end = ds[k + 1][0] - len(_LIST_SEP.search(text[focus[1]:ds[k + 1][0]]).group())  # type: ignore[union-attr]
    else:
        end = text.find("的", focus[1], clause[1])
        if end < 0:
            end = clause[1]
    item = text[focus[1]:end].strip(" ，,。；;")
    if len(_CJK.findall(item)) < 2 or not has_action_(item):
        return None
    lead = text[clause[0]:ds[0][0]]
    from timeline.events.segment import pos_cut

    subj = ""
    for w, f in pos_cut(to_simplified_(lead.strip(" ，,"))):
        if f.startswith(("v", "d", "p", "t", "c")) or w in ("已", "已经", "曾", "先后", "其后", "之后"):
            break
        subj += w
    subj = lead.strip(" ，,")[:len(subj)] if _SELF_REF.match(subj + "一") else ""
    return subj + item, ds[0][0]


def has_action_(s: str) -> bool:
    from timeline.events.roles import has_action

    return has_action(to_simplified_(s))


# a "who" clause telling a happening: a past verb, or a passive ("who was hired", "who had been appointed")
_EN_WHO_DONE = re.compile(r"who\s+(?:(?:was|were|had\s+been|had)\s+)?(?:first\s+|later\s+|briefly\s+)?(?:[a-z]{2,}ed|"
                          r"named|chosen|elected|sworn|hired|born|given|taken|made|sold|held|won|brought|bought|"
                          r"began|became|took|left|joined|founded|built|ran|led|lost|quit)\b")


_EN_OFFSET = re.compile(r"\w+\s+(?:days?|weeks?|fortnights?|months?|years?)\s+(?:or\s+so\s+)?(?:after|before)", re.I)
"""A count of units from another happening (``two weeks after``), as :data:`rules_en` reads it."""


def make_title(text: str, sentence: tuple[int, int], focus: tuple[int, int], dates: Sequence[tuple[int, int]],
               actor_spans: list[tuple[int, int, str]], keyword_hit=None,
               segment: tuple[int, int] | None = None, context: TitleContext | None = None,
               kinds: Callable[[str], str] | None = None) -> str:
    """The title for a mention at ``focus`` (:func:`_make_title`); an English title left as a bare past predicate
    ("pleaded guilty", the second predicate of "He was arrested in May 2037, a month after …, and pleaded guilty
    the following month") takes the subject opening the sentence: a name, or whom "He" / "She" / "It" stands for."""
    title = _make_title(text, sentence, focus, dates, actor_spans, keyword_hit, segment, context, kinds)
    if " : " in title and title.isascii():
        title = title.replace(" : ", ": ", 1)  # "She: …" with the pronoun filled in: "Mireille Andrade: …"
    if _DATE_LABEL.fullmatch(title) and not text[focus[1]:sentence[1]].strip(" 。.；;\n"):
        # "1. 事實發生日：2029年3月5日。 2. 董事會通過…": a notice's label dates the item told after it
        item = _NEXT_ITEM.match(text, sentence[1])
        if item and not _ANY_DATE.search(item.group(1)):
            told = item.group(1)
            owner = (context.company or context.org) if context is not None else None
            if owner and re.match(r"董事[会會局]", told):
                told = owner + told  # (the board of the notice's company)
            return shorten(told)
    state = _EN_AND_STATE.search(title) if title.isascii() and " and " in title else None
    if state and _EN_PAST_LEAD.match(title[:state.start()]) and len(_WORDS.findall(title[:state.start()])) >= 3:
        title = title[:state.start()]  # "Ellory Air was founded (in 1988) and flies to 64 airports": what holds now
        # is no part of the dated happening
    if title.isascii() and _EN_SAID_SELF.match(title):
        title = _said_en(title, None)  # "X cut its outlook and said it would close …", shortened to "X said it
        # would close …": what X said of itself is X's ("X would close …"), as for a sentence opening with X
    if title.isascii() and (bare := _EN_DANGLING.sub("", title)) != title and len(_WORDS.findall(bare)) >= 3:
        title = bare  # "Norrin Air cancelled about 200 flights after": the subordinate clause after it is gone
    born = _EN_BORN.match(text, sentence[0], focus[0])
    if born and title.isascii():
        # "Born in Szeged in 1948, Varga joined …": the date is the participle's, whose subject is the main clause's
        comma = text.find(",", focus[1], sentence[1])
        who = next((_as_written(text, x, y, n) for x, y, n in actor_spans if comma < x < sentence[1]), None) \
            if comma > 0 else None
        what = re.sub(r"\s+(?:in|on|at)$", "", text[born.start(1):focus[0]].rstrip()) + text[focus[1]:comma].rstrip()
        if who and len(_WORDS.findall(what)) <= 8:
            return f"{who} was {what[0].lower()}{what[1:]}"
    the = re.match(r"The ([a-z]+)\b", title) if title.isascii() else None
    if the:
        # "The agency: the release would …": a body by its kind, the one the names found for those words
        named = next((n for x, y, n in actor_spans if sentence[0] <= x <= sentence[0] + 8
                      and text[x:y] == the.group(1) and n.isascii()), None)
        rest = title[the.end():]
        others = rest.startswith(":") and (any(n in rest for x, y, n in actor_spans if n != named)
                                           or re.search(r"[A-Z][\w&.-]*\s+[A-Z][\w&.-]*", rest) is not None)
        if named and not others:  # (not "The authority: Selwyn Shipping had dumped fuel": the sayer of another's
            return named + rest   # doing stays as told, no participant)
    if title[:1].islower() and _EN_BARE_PAST.match(title) and not _CJK.search(title):
        s0 = sentence[0]
        lead = next((_as_written(text, x, y, n) for x, y, n in actor_spans if s0 <= x and not text[s0:x].strip()), None)
        pron = re.match(r"\s*(He|She|It|They)\s", text[s0:s0 + 6])
        if lead is None and pron and context is not None:
            lead = context.person if pron.group(1) in ("He", "She") else context.org
        if lead:
            return f"{lead} {title}"
    return title


def _en_after_relative(text: str, all_clauses: list[tuple[int, int]], own: tuple[int, int],
                       dates: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The sentence's first clause when ``own`` is an English predicate that follows a relative clause on it
    ("The yard, which opened in 1921, laid off …": the span of "The yard"), else None: ``own`` is the third clause,
    opens with a past or modal verb in lower case, and the second clause is a ``which`` / ``who`` clause."""
    if len(all_clauses) < 3 or own != all_clauses[2]:
        return None
    c = _clean(text, *own, dates)
    if not c[:1].islower() or _CJK.search(c) or not (_EN_VERB_START.match(c + " ")
                                                     or _EN_IRREGULAR_WORD.fullmatch(c.split(" ", 1)[0])):
        return None
    return all_clauses[0] if re.match(r"(?:which|who)\s", _clean(text, *all_clauses[1], dates)) else None


def _en_subject_phrase(head: str) -> str | None:
    """``head`` when it is a subject noun phrase: one to five words, capitalized, with no verb of its own."""
    words = _WORDS.findall(head)
    if not 1 <= len(words) <= 5 or not head[:1].isupper() or _EN_VERB_START.match(head + " ") or \
            any(_EN_VERB_START.match(w + " ") for w in words[1:]):
        return None
    return head


_EN_AND_STATE = re.compile(r"(?<=[a-z])\s+and\s+(?:now\s+|still\s+|today\s+)?(?:has|is|are|employs|operates|flies|runs|"
                           r"owns|serves|sells|makes|produces|remains|counts|lists|trades|ships|controls|manages|"
                           r"supplies|holds)\s")
"""A present-tense state joined to a dated past predicate ("was founded in 1988 and flies to 64 airports")."""
_EN_PAST_LEAD = re.compile(r"[A-Z][\w.&'’ -]*?\s(?:was|were)\s+[a-z]+(?:ed|en|wn|lt|ld|ught)\b|[A-Z][\w.&'’ -]*?\s[a-z]+ed\b")
_EN_SAID_SELF = re.compile(r"[A-Z][\w.&'’ -]{1,40}?\s(?:said|says)\s(?:that\s)?(?:it|they|he|she)\s")
"""A title "X said (that) it / they / he / she …": the sayer telling what it does."""
_DATE_LABEL = re.compile(r"[\u4e00-\u9fff]{1,8}(?:日期|日|時間|时间)")
_NEXT_ITEM = re.compile(r"\s*(?:\d{1,2}\s*[.、．)）]\s*)?([^，,。；;\n]{4,60})")
_ANY_DATE = re.compile(r"\d{1,4}\s*[年月日]|[昨今明]天|[上本下]月")
_EN_BORN = re.compile(r"\s*[\"“]?((?:Born|Raised|Educated)\s[^,;]*)$")
_EN_DANGLING = re.compile(r"(?<!\byear)(?<!\bday)(?<!\bweek)(?<!\bmonth)(?<!\bnight)(?<!\bever)(?<!\blong)"
                          r"(?<!\bshortly)(?<!\bjust)(?<!\bsoon)(?<!\bnever)(?<!\bs)[\s,]+"
                          r"(?:after|before|when|while|because|than|that|which|who|and|but|or|of|with|from)$")
"""A subordinator, conjunction or preposition left at a title's end with nothing after it (not an adverb: "the
year before", "years after"; not a verb's particle: "will be sworn in")."""
_EN_BARE_PAST = re.compile(r"[a-z]{3,}ed\s|(?:won|lost|sold|bought|took|made|left|went|began|came|fell|rose|quit|"
                           r"ran|met|paid|led|broke|struck|spent|grew|built)\s")


def _make_title(text: str, sentence: tuple[int, int], focus: tuple[int, int], dates: Sequence[tuple[int, int]],
                actor_spans: list[tuple[int, int, str]], keyword_hit=None,
                segment: tuple[int, int] | None = None, context: TitleContext | None = None,
                kinds: Callable[[str], str] | None = None) -> str:
    """The title for a mention at ``focus`` in ``text[sentence[0]:sentence[1]]`` (see module docstring).

    ``dates`` are all date spans in the sentence; ``actor_spans`` the actors found there
    ``(start, end, canonical)``; ``keyword_hit(a, b)`` tells whether ``text[a:b]`` holds an event keyword;
    ``segment`` limits the clauses considered (the part of the sentence that belongs to this date when the
    sentence states several); ``context`` tells who a pronoun or a missing subject stands for; ``kinds``
    gives an actor's kind (``org`` / ``person`` / …), so that "the team" inside a sentence can stand for the
    organisation named before it.
    """
    s0, s1 = sentence
    if _EN_OFFSET.fullmatch(text, *focus) and text[s0:focus[0]].strip() and focus[0] < s1:
        # "The results came a week after Dorvan named Priya Lall …": a count from another happening inside a
        # sentence dates the clause after it (rules_en.en_event_offset), which is the title's sentence
        later_dates = [d for d in dates if d[0] >= focus[0]]
        # the clause ends where the next date's part begins ("11 years after construction began and three
        # years later than planned")
        e1 = min([d[0] for d in later_dates if d[0] > focus[1]] + [s1])
        if e1 < s1:
            e1 = focus[1] + len(re.sub(r"(?:[\s,;]+(?:and|but|or|while))?[\s,;]*$", "", text[focus[1]:e1]))
        title = make_title(text, (focus[0], e1), focus, later_dates, [x for x in actor_spans if focus[0] <= x[0] < e1],
                           keyword_hit, None, context, kinds)
        subj = next((_as_written(text, x, y, n) for x, y, n in actor_spans if s0 <= x < focus[0]), None)
        ing = re.match(r"([a-z]{3,}ing)\s+", title)
        if ing and subj and (past := _past_of(ing.group(1))):
            # "… emerged from bankruptcy on Friday, 14 months after filing for Chapter 11 protection": the
            # sentence's subject did it
            return f"{subj} {past} {title[ing.end():]}"
        if subj and re.match(r"\s+(?:it|he|she|they)\s", text[focus[1]:focus[1] + 7]):
            # "Sollen Airways completed its purchase of Bexby Air on Monday, nine months after it agreed to pay
            # …": the pronoun of the clause is the sentence's subject, not the name told last
            for x, y, n in actor_spans:
                w = _as_written(text, x, y, n)
                if w != subj and title.startswith(w + " "):
                    return subj + title[len(w):]
        return title[:1].upper() + title[1:] if title[:1].islower() else title
    g0, g1 = segment or sentence
    dates = [d for d in dates if not attributive(text, *d)]
    all_clauses = _join_across_dates(clause_spans(text, s0, s1) or [(s0, s1)], dates)
    clauses = [c for c in all_clauses if c[1] > g0 and c[0] < g1] or all_clauses
    idx = next((i for i, (a, b) in enumerate(clauses) if a <= focus[0] < b or a < focus[1] <= b), 0)

    def has_actor(a: int, b: int) -> bool:
        return any(a <= x < b for x, _, _ in actor_spans)

    def has_other_date(a: int, b: int) -> bool:
        return any(a <= x < b and not (focus[0] <= x < focus[1]) for x, _ in dates)

    k_idx = all_clauses.index(clauses[idx]) if clauses[idx] in all_clauses else -1
    if k_idx > 0 and not _CJK.search(text[s0:s1]) and not _clean(text, *all_clauses[k_idx], dates):
        k_idx -= 1  # "…, had been fined twice for safety breaches, most recently in 2031": the clause before
    aside = _en_around_aside(text, all_clauses, k_idx, dates, actor_spans, context, focus) if k_idx >= 0 else None
    if aside is None and not _CJK.search(text[s0:s1]):
        aside = _en_who_np(text, clauses[idx], focus, dates)
    if aside is None and not _CJK.search(text[s0:s1]):
        aside = _en_relative(text, s0, clauses[idx], focus, dates, actor_spans, context, kinds)
    if aside is None and not _CJK.search(text[s0:s1]):
        aside = _en_accused(text, s0, clauses[idx], dates, actor_spans)
    if aside:
        names0 = tuple(text[x:y] for x, y, _ in actor_spans if s0 <= x < s1)
        aside = _person_object(aside, s0, focus[0], actor_spans, kinds, context)
        return shorten(drop_discourse(polish(aside, None, context, True, names0)), names0)
    rel_done = _RELATIVE_DONE.match(text, focus[1]) if text[max(s0, focus[0] - 1):focus[0]] == "其" else None
    if rel_done and _CJK.search(text[s0:s1]):
        # "甲認為，乙抄襲其2019年上線的《丙》": the date tells 甲's launch of 丙, told in a relative clause on
        # another statement's object; 其 is the subject of the sentence's first clause (or its first actor)
        opening = _clean(text, *all_clauses[0], dates)
        lead_said = _REPORTING_END.search(opening) or re.search(r"(?:认为|認為)$", opening)
        owner = (_speaker(opening, []) or _clause_subject(opening)) if lead_said else None
        owner = owner or next((_as_written(text, x, y, n) for x, y, n in actor_spans if s0 <= x < focus[0]), None)
        if owner:
            return shorten(f"{owner}{rel_done.group(1)}{rel_done.group(2)}", (owner,))
    listed = _dated_list_item(text, clauses[idx], focus, dates)
    if listed is not None:
        # "公司經歷了2003年推出甲、2004年創立乙、2005年與丙達成交易的擴張期": each date's own item, with the subject
        item, lead_end = listed
        subj = next((_as_written(text, x, y, n) for x, y, n in actor_spans if s0 <= x and y <= lead_end), None)
        names = tuple(text[x:y] for x, y, _ in actor_spans if s0 <= x < s1)
        title = polish(item, subj, context, False, names)
        return shorten(drop_discourse(title), names)
    fa, fb = clauses[idx]
    # "…下了一盤大棋2024年3月，劉振飛升任董事長": a date closing its clause without a preposition before it
    # opens the statement that follows (a heading run into the text).
    dangling = (idx + 1 < len(clauses) and not text[focus[1]:fb].strip() and text[fa:focus[0]].strip()
                and not _PREP_BEFORE.search(text[fa:focus[0]])
                and _CJK.search(text[fa:focus[0]]) is not None)
    # (an English date closing its clause is the clause's own, not a heading run into the text: "in the
    # company's fiscal 2025 third quarter", "would follow before the Lantern Festival")

    def good(i: int, frames: bool = False) -> bool:
        if i == idx and dangling:
            return False
        a, b = clauses[i]
        if not frames and is_frame(_clean(text, a, b, dates)):
            return False  # "…匯報預算時" / "when …": a subordinate frame, the main clause is the headline
        if i + 1 < len(clauses) and (_FRAME.match(text[a:b].strip()) or _EN_OCCASION.match(text, a, b)) \
                and good(i + 1):
            return False  # "在千問App產品發佈會上，…": the frame yields to the statement after it
        c = _clean(text, a, b, dates)
        if i == idx and c and not _CJK.search(c) and _EN_VERB_START.match(c + " ") and i > 0 and \
                any(x >= s0 and not text[s0:x].strip() for x, _, _ in actor_spans):
            return True  # "Farrant, who had led the city since 2020, conceded on Sunday": the subject opens the sentence
        if i == idx and c and (np_at := _en_after_relative(text, all_clauses, clauses[i], dates)) and \
                any(np_at[0] <= x < np_at[1] for x, _, _ in actor_spans):
            return True  # "March 3 - Mayor Ines Kalloway, who had led …, conceded on Sunday": the name before
            # the relative clause (after a dateline or a title) is the predicate's subject
        if i == idx and i > 0 and c and not _CJK.search(c) and _EN_WHO_DONE.match(c) and \
                any(clauses[i - 1][0] <= x and not text[y:a].strip(" ,") for x, y, _ in actor_spans):
            return True  # "Adeyemi, who was hired in the summer of 2033, won …": the date's relative clause tells
            # what happened to the name before it then
        if not _informative(c):
            return False
        if i >= 1 and _CJK.search(c) and _starts_with_predicate(c) and not has_other_date(a, b) \
                and all(is_frame(_clean(text, *x, dates) or "时") for x in clauses[1:i]) \
                and _noun_phrase(_clean(text, *clauses[0], dates)):
            return True  # "甲航空一架…的客機，6日上午起飛後，因故障，返航乙機場": the predicate of the subject told alone
        if not frames and i != idx and i + 1 < len(clauses) and _CJK.search(c) and _noun_phrase(c):
            nxt = _clean(text, *clauses[i + 1], dates)
            if _FRAME_OPEN.match(text, clauses[i + 1][0]) or is_frame(nxt or "时") or _starts_with_predicate(nxt):
                return False  # "甲航空一架…的客機，4日下午起飛後，…轉降乙機場": a subject told alone, no statement
        if not _CJK.search(c) and re.match(r"(?:or|and)\s+(?:about\s+|nearly\s+|almost\s+)?[$€£¥]?\d", c):
            return False  # "Net income fell to $84 million, or 61 cents a share, …": the figure again, in other units
        if i == idx and not _CJK.search(c) and i + 1 < len(clauses) and c[:1].isupper() and \
                is_frame(_clean(text, *clauses[i + 1], dates)):
            from timeline.events.roles import has_action

            if has_action(c):
                return True  # "Work began in March 2026, after voters approved …": the main clause, not the frame
        if i == idx and not _CJK.search(c) and c[:1].isupper() and not text[s0:a].strip() and \
                len(_WORDS.findall(c)) >= 2 and i + 1 < len(clauses) and \
                re.match(r"[\s,]*(?:and|but)\s", text[clauses[i + 1][0]:clauses[i + 1][0] + 6]):
            from timeline.events.roles import has_action

            if has_action(c):
                return True  # "The museum closed in November 2026, and its collection …": the sentence's first clause
        return has_actor(a, b) or (keyword_hit is not None and keyword_hit(a, b)) or _weight(c) >= 8

    order = [idx] + [j for k in range(1, len(clauses)) for j in (idx + k, idx - k) if 0 <= j < len(clauses)]
    chosen = next((i for i in order if good(i)), None)
    if chosen is None:
        chosen = next((i for i in order if good(i, frames=True)), None)
    def elsewhere(c: tuple[int, int]) -> bool:
        """Clause ``c`` tells another date's statement: it holds that date, or follows a clause made of it
        ("2010年，某甲出任CEO")."""
        if has_other_date(*c):
            return True
        k = all_clauses.index(c) if c in all_clauses else -1
        return k > 0 and has_other_date(*all_clauses[k - 1]) and not _clean(text, *all_clauses[k - 1], dates)

    n_own = len(clauses)  # clauses of this date's part of the sentence; any after them belong to another part
    if chosen is None and len(clauses) < len(all_clauses):
        # a list of dates ("10月10日和12日，NBA中國賽在澳門舉行"): the statement lies outside this date's part
        others = [c for c in all_clauses if c not in clauses and not has_other_date(*c)]
        if others:
            clauses = clauses + others
            chosen = next((i for i in range(len(clauses)) if good(i)), None)
    if chosen is None:
        chosen = next((i for i in order if _informative(_clean(text, *clauses[i], dates))), idx)
    # The date's own clause tells what happened then when the clause picked instead belongs to another
    # date, reports speech, or tells no action: "2008年某甲接觸乙公司時，這家公司由丙於2006年創立" (2008: the
    # contact), "某甲2010年出任CEO，並於2016年卸任" (2016: leaving, not taking office), "某甲表示，2008年創辦
    # 乙公司時，公司只有五人" (2008: the founding). A frame keeps its content without 時 / 後 / when.
    own_subject = None
    said_by = None
    relative_title = None
    if chosen != idx and not dangling:
        from timeline.events.roles import has_action
        from timeline.events.text import to_simplified

        own = _unframe(_clean(text, *clauses[idx], dates))
        rel = re.match(r"(?:which|that)\s+", own)
        k = all_clauses.index(clauses[idx]) if clauses[idx] in all_clauses else -1
        if rel and k > 0:
            # "The deal, which closed on March 10, gives …": the relative clause with its antecedent
            head = _clean(text, *all_clauses[k - 1], dates)
            if 1 <= len(_WORDS.findall(head)) <= 5:
                own = relative_title = f"{head} {own[rel.end():]}"
        other = _clean(text, *clauses[chosen], dates)
        # "航線昨晚已恢復正常，預計下週增開…": 已 right after the date makes its own clause a done happening even
        # where jieba tags no verb (恢復正常 is read as an attribute); the clause with another date is that date's
        done_own = bool(_CJK.search(own)) and _DONE_OWN.match(text, focus[1]) is not None \
            and _EXPECTED.search(to_simplified(other)) is not None
        if (own and (has_action(to_simplified(own)) or done_own) and (len(_CJK.findall(own)) >= 2 or len(_WORDS.findall(own)) >= 3)
                and (done_own or elsewhere(clauses[chosen]) or chosen >= n_own or _REPORTING_END.search(other)
                     or not has_action(to_simplified(other)) or _NEGATED.search(other))):
            before = [(x, _as_written(text, x, y, n)) for x, y, n in actor_spans if s0 <= x < clauses[idx][0]]
            people = [n for x, n in before if context is None or n != context.org]
            k_own = all_clauses.index(clauses[idx]) if clauses[idx] in all_clauses else -1
            prev = _clean(text, *all_clauses[k_own - 1], dates) if k_own > 0 else ""
            if people and (_REPORTING_END.search(other) or _REPORTING_END.search(prev.rstrip(" ，,:："))):
                own_subject = people[-1]  # "某甲表示，1999年接觸乙公司時，…": the speaker did it
                if _WILL.search(to_simplified(own)):
                    said_by = own_subject  # "某甲預估，下半年放款成長將放緩": what the speaker expects, said
            elif chosen < idx:
                # "…出任CEO，並於2016年卸任": the subject before; a noun phrase told alone before the comma
                # ("甲研究所研製的衛星「乙二號」，於…搭乘運載火箭") is the subject whole
                own_subject = (_noun_phrase(other) if idx == chosen + 1 and _FRAME_OPEN.match(text, clauses[idx][0])
                               else None) or _clause_subject(other)
                first = next((_as_written(text, x, y, n) for x, y, n in actor_spans if s0 <= x < clauses[idx][0]), None)
                if own_subject and first and not any(text[x:y] and own_subject.startswith(text[x:y])
                                                     for x, y, _ in actor_spans):
                    own_subject = first  # "甲公司宣布，獲得…訂單，總金額約18億元，將於明年出貨": 甲公司, not 總金額
            chosen = idx
    a, b = clauses[chosen]
    # A clause made of a date and a short predicate ("2023年，你以董事長的身份回歸") reads better whole.
    title = _clean(text, a, b, dates)
    who_told = False
    if chosen == idx and not _CJK.search(title) and idx + 1 < len(clauses) \
            and not text[focus[1]:clauses[idx][1]].strip(" ,.") and not has_other_date(*clauses[idx + 1]):
        if re.match(r"[\s,]*when\s+", text[clauses[idx + 1][0]:clauses[idx + 1][1]]):
            # "… ran it until 1998, when she handed the company to her son": what happened then is told after it
            title = re.sub(r"^when\s+", "", _clean(text, *clauses[idx + 1], dates))
            main_org = next((_as_written(text, x, y, n) for x, y, n in actor_spans
                             if clauses[idx][0] <= x < focus[0] and (kinds is None or kinds(n) == "org")), None)
            if main_org and main_org.isascii() and main_org not in title:
                # "Alibaba's journey began in 1999, when … founded the company": the company is the one told
                title = re.sub(r"(?<=\s)the company\b", main_org, title, count=1)
            a, b = clauses[idx + 1]
            chosen = idx + 1
    who_rel = re.match(r"who\s+(?!(?:is|was|are|were|has|had|have)\b(?!\s+(?:been\s+)?(?:[a-z]+ed|named|chosen|"
                       r"elected|sworn|hired|appointed|born|given|taken|made|sold|held|won|brought)\b))",
                       _clean(text, *clauses[idx], dates)) \
        if chosen == idx - 1 and not _CJK.search(title) else None
    people_before = [_as_written(text, x, y, n) for x, y, n in actor_spans if a <= x and y <= clauses[idx][0]]
    if who_rel and people_before and text[a:clauses[idx][0]].rstrip(" ,").endswith(people_before[-1]):
        # "…, replacing Tom Okafor, who retired in January": the person the relative clause tells about
        title = f"{people_before[-1]} {_clean(text, *clauses[idx], dates)[who_rel.end():]}"
        a, b = clauses[idx]
        chosen, who_told = idx, True
    elif chosen == idx - 1:
        # "第三輪減持計畫被正式披露，並在今年2月如期完成": the date's own clause finishes the statement
        rest = _clean(text, *clauses[idx], dates)
        if _informative(rest) and not has_other_date(a, b) and not is_frame(rest) and not _EN_ATTRIBUTION.match(rest) \
                and not re.match(r"which\s+(?:is|was|are|were)\s", rest):
            # (not "…, which is expected next spring": "which" stands for the clause before, titled alone)
            title = (title + "，" if _CJK.search(title) else title + ", ") + rest
            b = clauses[idx][1]
        elif not rest and idx + 1 < len(clauses) and not _CJK.search(title) and not has_other_date(*clauses[idx + 1]):
            more = _clean(text, *clauses[idx + 1], dates)
            if more and _EN_VERB_START.match(more + " ") and not _EN_VERB_START.match(title + " ") \
                    and text[clauses[idx][1]:clauses[idx + 1][0]].strip() in (",", ""):
                # "The last strike at the plant, in 2033, lasted six weeks": the date set off between a subject
                # and its predicate; the headline is both
                title, b = f"{title} {more}", clauses[idx + 1][1]
    np_span = _en_after_relative(text, all_clauses, clauses[idx], dates) if chosen == idx else None
    head_np = _en_subject_phrase(_clean(text, *np_span, dates)) if np_span else None
    if np_span and head_np and not any(np_span[0] <= x < np_span[1] for x, _, _ in actor_spans):
        # "The yard, which opened in 1921, laid off 900 workers in 2039": the subject the relative clause stands
        # between is the headline's subject (a named one is filled in later, as the name is written)
        title = f"{head_np} {title}"
    framed = chosen == idx and is_frame(title)
    if framed:
        title = _unframe(title) or title  # "2018年創辦公司時，團隊只有三個人": the founding, without 時
    if (not framed and chosen + 1 < len(clauses) and len(_CJK.findall(title)) < 6 and not _WORDS.findall(title)
            and chosen == idx
            and not has_other_date(*clauses[chosen + 1])):
        a2, b2 = clauses[chosen + 1]
        more = _clean(text, a2, b2, dates)
        if more:
            title = (title + "，" if _CJK.search(title) else title + ", ") + more
            b = b2
    carried = _carry_frame_verb(text, title, clauses, chosen, dates, has_other_date) if _CJK.search(title) else None
    if carried:
        title, b = carried
    occasion = _OCCASION.search(to_simplified_(title)) if chosen == idx and _CJK.search(title) else None
    for j in range(chosen + 1, len(clauses)) if occasion else ():
        # "甲委員會19日舉行第三次會議，經過兩輪投票，由乙以過半數票當選第十二任校長": the meeting is the
        # occasion, what it decided the happening ("乙當選第十二任校長")
        if has_other_date(*clauses[j]):
            break
        result = _clean(text, *clauses[j], dates)
        if _RESULT.search(to_simplified_(result)):
            by = _ELECTED_BY.match(result)
            title = by.group(1) + result[by.end():] if by else result
            a, b = clauses[j]
            chosen = j
            break
        if occasion is not None and _ANNOUNCING.match(to_simplified_(result)) and occasion.start() >= 2 \
                and _fits(title[:occasion.start()] + result):
            # "甲市政府14日召開記者會，公布五項措施": what the meeting announced, by the meeting's holder (when it
            # fits as told: a long announcement shortened loses what was done, the meeting stays the title)
            title = title[:occasion.start()] + result
            a, b = clauses[j]
            chosen = j
            break
    # "X表示，content" / "X披露": the speaker, then what was said
    rewritten = False
    k_last = all_clauses.index(clauses[chosen]) if clauses[chosen] in all_clauses else -1
    if not _CJK.search(title) and k_last > 0 and _EN_ATTRIBUTION.match(title) and (
            not has_other_date(*all_clauses[0]) or clauses[chosen][0] <= focus[0] < clauses[chosen][1]):
        # (also when what was said has a date of its own: "X has pushed back the launch to 2031, the carmaker said
        # on Tuesday" -- on Tuesday it said so)
        # "Orbis Freight Holdings will cut 1,200 jobs, the Chicago-based shipper said on Monday": what was said
        # is the headline; the attribution names no one new
        title = _clean(text, *all_clauses[0], dates).rstrip(" ,")
        a, b = all_clauses[0]
    rep_end = _REPORTING_END.search(title)
    if rep_end and "被" not in title[max(0, rep_end.start() - 4):rep_end.start()] and chosen + 1 < len(clauses):
        said = _clean(text, *clauses[chosen + 1], dates)
        if chosen + 2 < len(clauses) and _CJK.search(said) and _FRAME_START.match(to_simplified_(said)):
            said = _clean(text, *clauses[chosen + 2], dates)  # "甲宣布，由於…，乙將…": the cause is no content
        elif chosen + 2 < len(clauses) and _CJK.search(said) and locative_frame(said) \
                and not has_other_date(*clauses[chosen + 2]):
            # "記者從甲獲悉，該院在乙村發掘的墓群中，共清理墓葬43座": the frame's subject with what follows it
            lead_np = re.match(r"^([^，,在於于]{2,12}?)(?:在|於|于)", said)
            after_frame = _clean(text, *clauses[chosen + 2], dates)
            if lead_np and _informative(after_frame):
                said = lead_np.group(1) + after_frame
        elif chosen + 2 < len(clauses) and _CJK.search(said) and _REPORTING_END.search(said):
            # "甲13日通报，在抽检中发现，乙公司生产的…不符合标准": what was found is the content, not the finding
            found = _clean(text, *clauses[chosen + 2], dates)
            if _informative(found) and not _REPORTING_END.search(found):
                said = found
        from timeline.events.roles import has_action

        if chosen + 2 < len(clauses) and len(_CJK.findall(said)) < 6 and not _WORDS.findall(said) \
                and not has_actor(*clauses[chosen + 1]) and (
                    has_actor(*clauses[chosen + 2])
                    or has_action(to_simplified_(_clean(text, *clauses[chosen + 2], dates)))):
            # "某甲表示，上線兩個月，產品月活躍用戶突破1億": a short lead-in without a subject; what was said
            # follows it
            after = _clean(text, *clauses[chosen + 2], dates)
            if _informative(after):
                said = after
        if _informative(said) and not _CJK.search(title) and clauses[chosen + 1][0] < a:
            # "X named Y chief financial officer, …, the company said on Tuesday": an English attribution after
            # what was said; the headline is what was said
            title, a, b = said, clauses[chosen + 1][0], clauses[chosen + 1][1]
        elif _informative(said) and _SOURCE_FRAME.match(title):
            title, rewritten = said, True  # "根據集團周日發出的公告，甲以…出售…": a source, what it tells
        elif _informative(said):
            here = [_as_written(text, x, y, n) for x, y, n in actor_spans if a <= x < b]
            speaker = _speaker(title, here)
            speaker = _referent(speaker, context) or speaker  # "公司在交流會上強調" told after 甲公司: 甲公司
            if re.match(r"(?:本报|本報)?(?:记者|記者)", speaker or title):
                # "记者从…获悉，…": the reporter tells nothing of their own; what was learnt, from whom it was
                # learnt when the text names a body there ("記者從甲研究院獲悉": 甲研究院)
                source = re.search(r"(?:从|從)([\u4e00-\u9fff]{3,20}?(?:院|所|局|厅|廳|部|委|会|會|馆|館|中心|公司|集团|集團|"
                                   r"政府|法院|大学|大學))(?:获悉|獲悉|了解到|得知)$", title)
                speaker = source.group(1) if source else ""
            org = next((n for n in here if n != speaker and (_is_org_name(n) or _JOB_AFTER.match(
                title, title.find(n) + len(n)))), None)  # "甲集團主席某乙", "Cerebrix執行長Paul Ng"
            if speaker and not _CJK.search(said + speaker):
                title = f"{speaker}: {said}"  # (an English title takes an English colon)
            else:
                title = _speaker_title(speaker, said, title, org) if speaker else said
            rewritten = bool(speaker)
    else:
        said_title = _said(title, [_as_written(text, x, y, n) for x, y, n in actor_spans if a <= x < b])
        rewritten = said_title != title
        title = said_title
        k_first = all_clauses.index(clauses[chosen]) if clauses[chosen] in all_clauses else -1
        lead = _clean(text, *all_clauses[0], dates) if k_first > 0 else ""
        opens_with_actor = any(text[x:y] and title.startswith(text[x:y]) for x, y, _ in actor_spans)
        doer = _list_item_doer(text, s0, a, actor_spans, context) \
            if _CJK.search(title) and not rewritten and not own_subject and not opens_with_actor else None
        if doer and not to_simplified_(title).startswith(to_simplified_(doer)):
            # "某甲表示，公司過去一年做成三件大事：一是去年7月完成對乙公司的收購；二是…": each item is the doing
            # of the list's subject (公司: the company told), not a saying of the speaker
            title, rewritten = doer + title, True
        if not rewritten and lead and _CJK.search(title) and not opens_with_actor and _REPORTING_END.search(lead) \
                and not own_subject and not framed and not _SELF_REF.match(title) \
                and not _REPORTING_END.search(title) and "被" not in lead[-6:] and _informative(title):
            # "甲公司總經理某乙說，新公司將…，預計明年量產": the speaker of the reporting clause opening the
            # sentence, then what was said (the person after a company and a job title speaks)
            x0, y0 = all_clauses[0]
            speaker = _speaker(lead, [_as_written(text, x, y, n) for x, y, n in actor_spans if x0 <= x < y0])
            if speaker and not is_frame(title) and not _modal_start(title) and speaker not in _GENERIC_SPEAKERS \
                    and not re.match(r"(?:据|據|根据|根據|依据|依據)", speaker):
                # (not "据介绍，…": a source no one is named in tells nothing of its own)
                title, rewritten = _speaker_title(speaker, title, lead), True
        if not rewritten and k_first >= 2 and lead and _CJK.search(title) and not opens_with_actor \
                and _REPORTING_END.search(lead) and not own_subject and not framed and _modal_start(title) \
                and "被" not in lead[-6:]:
            # "院長某乙表示，衛星將在未來三個月進行測試，預計明年初正式提供資料": the forecast is about the subject of
            # the clause before it (衛星), said by the speaker: "某乙：衛星預計正式提供資料", not "某乙預計…"
            before_clause = _clean(text, *all_clauses[k_first - 1], dates)
            told = _clause_subject(before_clause) if not _REPORTING_END.search(before_clause) else None
            x0, y0 = all_clauses[0]
            speaker = _speaker(lead, [_as_written(text, x, y, n) for x, y, n in actor_spans if x0 <= x < y0])
            if told and speaker and speaker not in _GENERIC_SPEAKERS and told not in speaker \
                    and not _PRONOUN_LEAD.match(told):
                title, rewritten = _speaker_title(speaker, told + title, lead), True
        self_ref = _SELF_REF.match(title) if _CJK.search(title) and not rewritten and not own_subject else None
        if self_ref and lead and _REPORTING_END.search(lead):
            # "甲公司執行長某乙表示，公司計畫2027年上市": 公司 is the organisation named with the speaker
            x0, y0 = all_clauses[0]
            here = [_as_written(text, x, y, n) for x, y, n in actor_spans if x0 <= x < y0]
            org = next((n for n in here if _is_org_name(n) or _JOB_AFTER.match(lead, lead.find(n) + len(n))), None)
            if org:
                title, rewritten = org + title[self_ref.end():], True
    sentence_subject = own_subject or next((_as_written(text, x, y, name) for x, y, name in actor_spans if s0 <= x < a),
                                           None)
    opens_self = _SELF_CLAUSE.search(text, s0, a) if _CJK.search(title) and not own_subject else None
    first_name = next((x for x, y, name in actor_spans if s0 <= x < a), None)
    if opens_self and context is not None and (context.company or context.org) \
            and first_name is not None and opens_self.end() <= first_name:
        # "公司于6月完成对乙的收购，并于10月实现基地投产": the sentence's subject is the company told (公司), not the
        # first name after it (the company bought)
        sentence_subject = context.company or context.org
    k_np = all_clauses.index((a, b)) if (a, b) in all_clauses else -1
    if k_np >= 1 and not own_subject and _CJK.search(title) \
            and (_starts_with_predicate(title) or _place_then_verb(title)) \
            and (_FRAME_OPEN.match(text, a) if k_np == 1 else
                 all(is_frame(_clean(text, *c, dates) or "时") for c in all_clauses[1:k_np])):
        # "甲研究院研製的衛星「乙一號」，於台灣時間今天凌晨搭乘運載火箭…": a subject told alone before the comma
        # (a noun phrase with no predicate of its own) is the subject of the clause after it
        told_np = _noun_phrase(_clean(text, *all_clauses[0], dates))
        if told_np:
            sentence_subject = told_np
    if sentence_subject is None and chosen > 0 and not _CJK.search(title) and \
            re.match(r"[\s,\"”’']*and\s", text[a:b]) and _EN_VERB_START.match(title + " "):
        # "Staff leaders called the move "a mistake," and said they would …": the sentence's noun-phrase subject
        np_subject = _en_np_subject(text, *all_clauses[0])
        if np_subject and not any(all_clauses[0][0] <= x < np_subject[1] for x, _, _ in actor_spans):
            sentence_subject = np_subject[0]
    if not own_subject and chosen > 0 and (not has_actor(a, b) or _starts_with_predicate(title)):
        # "甲集團主席某乙在一場對談中，回顧了…": the doer named before the frame's 在, not the first name
        pa, pb = clauses[chosen - 1]
        k_at = max(text.rfind("在", pa, pb), text.rfind("於", pa, pb), text.rfind("于", pa, pb))
        if k_at > pa and is_frame(_clean(text, pa, pb, dates)):
            doers = [_as_written(text, x, y, n) for x, y, n in actor_spans if pa <= x and y <= k_at]
            if doers and not text[pa:k_at].strip(" ，,").endswith(("的", "之")):
                sentence_subject = doers[-1]
    if not own_subject and kinds is not None and _PERSONAL_LEAD.match(to_simplified_(title)):
        # "他完成了對NBA籃網隊的收購；2023年9月，他接任集團主席": 他 is a person, not the first organisation of the
        # sentence; the first person named in it before the clause, else the person told before (context)
        sentence_subject = next((_as_written(text, x, y, name) for x, y, name in actor_spans
                                 if s0 <= x < a and kinds(name) == "person"), None)
    if not own_subject and not rewritten and _CJK.search(title):
        sourced = _sourced_title(text, title, a, s0, all_clauses, actor_spans, dates)
        if sourced:
            title, rewritten, sentence_subject = sourced, True, None
    the_kind = _THE_KIND.match(text, s0) if not _CJK.search(title) and context and context.org \
        and context.org.isascii() else None
    if the_kind and context and context.org and a < the_kind.end() \
            and not any(s0 <= x < the_kind.end() for x, _, _ in actor_spans):
        # "The Cupertino, Calif.-based company said …" cut at its comma: the organisation told before
        tail = text[a:the_kind.end()].strip()
        if title.startswith(tail):
            title, sentence_subject = title[len(tail):].lstrip(), context.org
            if not _EN_SAID.match(title):
                title, who_told = context.org + ("" if re.match(r"['’]s\b", title) else " ") + title, True
    if not _CJK.search(title):
        said_en = _said_en(title, sentence_subject)
        if said_en != title:
            title, rewritten = said_en, True
    if chosen == idx and is_frame(title):
        title = _unframe(title) or title
    if chosen == idx and not _CJK.search(title) and not rewritten:
        part = _en_coordinated(text, a, b, focus, dates, actor_spans,
                               context.org if context and context.org and context.org.isascii() else None)
        if part:
            title = part
    if chosen == idx and not _CJK.search(title) and not rewritten:
        sub = _en_own_clause(text, a, b, focus, dates, actor_spans, s0, context.org if context else None)
        if sub:
            title = sub
            who_told = who_told or not re.match(r"(?:it|he|she|they)\s", _clean(text, a, b, dates)[:4])
            if context and context.org and sub.startswith(context.org + " ") and _THE_KIND.match(text, s0):
                who_told = True  # the organisation told before put in for "it" (see _en_own_clause)
    inner = _INNER_WHEN.search(title) if chosen == idx and _CJK.search(title) else None
    if inner and 0 <= text.find(inner.group(), focus[1], min(clauses[idx][1], focus[1] + 14)):
        # "公司2020年成立時只有一條試產線": the date tells the founding, the rest what held then (so does
        # "是1972年創立以來首度虧損": what held since)
        head = title[:inner.start()]
        toks = _tokens(title)
        from timeline.events.roles import has_action

        if toks and any(t[0] == inner.start() and t[2] in ("时", "的时候", "以来") for t in toks) \
                and has_action(to_simplified_(head)) and len(_CJK.findall(head)) >= 2 \
                and not re.search(r"(?:在|於|于)[^，,在於于]{1,14}$", head):
            # (not "這處墓群在修建道路時被發現": 在…時 is the frame of what follows it)
            title = head
    if not _CJK.search(title) and context and context.org and context.org.isascii() and \
            _THE_KIND.match(text[s0:a]) and not any(s0 <= x < a for x, _, _ in actor_spans):
        sentence_subject = context.org  # "The startup, which makes robots, was valued …": the one told before
    if re.match(r"who\s+", title):
        # "…, replacing Tom Reyes, who stepped down in June": the person named last before the clause
        last = [_as_written(text, x, y, n) for x, y, n in actor_spans if s0 <= x < a and y <= a]
        if last:
            sentence_subject = last[-1]
    if relative_title and chosen == idx and re.match(r"(?:which|that)\s+", title):
        title = relative_title  # the relative clause with its antecedent (see above)
    rel = re.match(r"(?:who|which)\s+(?!(?:is|are)\b)", title) if not _CJK.search(title) else None
    if rel:
        # "Rival Castellan Bio, which filed for a similar drug in 2024, saw …": the name right before the
        # relative clause is its subject ("Castellan Bio filed for a similar drug")
        ante = [(y, _as_written(text, x, y, n)) for x, y, n in actor_spans if s0 <= x < a and y <= a]
        k_rel = all_clauses.index((a, b)) if (a, b) in all_clauses else -1
        before_rel = all_clauses[k_rel - 1] if k_rel > 0 else None
        app = _en_appositive(text, before_rel[0], s0, _clean(text, *before_rel, dates), actor_spans) \
            if before_rel and re.fullmatch(r"[\s,]*", text[before_rel[1]:a]) else None
        if app:
            # "Amap, the mapping service Alibaba bought, which first turned a profit …": the appositive's head
            title, who_told = f"{app[0]} {title[rel.end():]}", True
        elif ante and re.fullmatch(r"[\s,]*", text[ante[-1][0]:a]):
            title, who_told = f"{ante[-1][1]} {title[rel.end():]}", True
        elif not ante and context and context.org and context.org.isascii() and \
                re.fullmatch(_THE_KIND.pattern + r"\s*,\s*", text[s0:a]):
            title, who_told = f"{context.org} {title[rel.end():]}", True  # "The automaker, which sold …"
        elif rel.group().startswith("which") and ante:
            # "… more data on the drug, which it had hoped to launch in September": the subject of the relative
            # clause is a pronoun for the sentence's subject, its object the noun phrase before the comma
            np = re.search(r"(?<![A-Za-z])((?:the|its|their|his|her|a|an)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*,\s*$",
                           text[s0:a])
            pron = re.match(r"(?:it|they|he|she)\s+", title[rel.end():])
            chain = _EN_CHAIN.match(" " + title[rel.end() + pron.end():]) if np and pron else None
            first = next((_as_written(text, x, y, n) for x, y, n in actor_spans if s0 <= x < a), None)
            if np and pron and chain and first and first.isascii():
                rest = title[rel.end() + pron.end():]
                k = chain.end() - 1
                obj = re.sub(r"^(?:its|their|his|her)\s+", "the ", np.group(1))
                title, who_told = f"{first} {rest[:k]} {obj}{rest[k:]}", True
    if own_subject and _CJK.search(title) and not _CONNECTIVE.match(title) and not _PRONOUN_LEAD.match(title) \
            and to_simplified_(own_subject) not in to_simplified_(title) and not has_actor(a, b):
        # "…，並於2016年卸任" -> "某甲卸任": the subject of the clause before; what a speaker expects is said
        title = f"{said_by}：{title}" if said_by else own_subject + title
    means = _MEANS.match(to_simplified_(title)) if _CJK.search(title) and chosen + 1 < len(clauses) else None
    if means and means.group(1):
        # "甲利用职务便利，为他人谋取利益，非法收受财物…": a clause telling the means is no headline; the doer
        # with the last clause of the sentence part, what was done
        from timeline.events.roles import has_action

        done = _clean(text, *clauses[-1], dates)
        if done and has_action(to_simplified_(done)) and not has_other_date(*clauses[-1]):
            title = title[:len(means.group(1))] + done
            b = clauses[-1][1]
    period_lead = _PERIOD_FIGURE.match(to_simplified_(title)) if _CJK.search(title) else None
    if _CJK.search(title) and chosen > 0 and not has_actor(a, b) and (
            _ZH_FIGURE_LEAD.match(to_simplified_(title)) or period_lead):
        # "電影《甲》上映第十八天，累計票房突破30億元": a figure with no owner in its clause is the figure of the
        # work (in 《》) or the subject the sentence opened with; "甲晚間披露三季報，前三季度實現營業收入…": the
        # figure of a period, of the subject of the report's clause when no finder names it
        works = re.findall(r"《[^《》]{1,30}》", text[s0:a])
        owner = works[-1] if works and not period_lead else sentence_subject
        if owner is None and period_lead and all_clauses[0][1] <= a:
            lead_clause = _clean(text, *all_clauses[0], dates)
            reporter = re.match(r"^([^，,：:]{2,12}?)(?:于|於|在)?(?:今日|昨日|当天|當天|当晚|當晚|晚间|晚間|上午|下午|早间|早間)?"
                                r"(?:正式)?(?:披露|公布|公佈|发布|發布|發佈)", lead_clause)
            owner = reporter.group(1) if reporter and not _starts_with_predicate(reporter.group(1)) \
                and not _PRONOUN_LEAD.match(reporter.group(1)) else None
        if owner and to_simplified_(owner) not in to_simplified_(title):
            title = owner + title
    if not title:
        title = _clean(text, s0, s1, dates) or text[focus[0]:focus[1]]
    names = tuple(text[x:y] for x, y, _ in actor_spans if s0 <= x < s1)
    title = _SHOWS_END.sub(r"\1", title)  # "甲局發布數據顯示" (what it showed is another date's): "甲局發布數據"
    if not _CJK.search(title):
        title = _resolve_object(title, text, s0)
        title = _person_object(title, s0, a, actor_spans, kinds, context)
    ann = _ANNOUNCED.search(title) if _CJK.search(title) else None
    if ann and ann.start() >= 2:
        k = max(text.rfind(w, s0, focus[0]) for w in ("宣布", "宣佈"))
        if k >= 0 and any(d[1] <= k and d != focus for d in dates) and not any(k < d[0] < focus[0] for d in dates):
            # "8月18日，甲航空宣布将于10月起开通…": the later date is the announced happening's own, titled
            # without the announcement (which is the first date's event)
            title = title[:ann.start()] + title[ann.end():]
    kind = _THE_KIND.match(title) if context and context.org and context.org.isascii() else None
    if kind and context and context.org and text[s0:s1].lstrip().startswith(title[:kind.end()].lstrip()):
        # "The grocer agreed to buy …" opening its sentence: the organisation told before, by its kind
        rest = title[kind.end():].lstrip()
        title, who_told = context.org + ("" if re.match(r"['’]s\b", rest) else " ") + rest, True
    appositive = _en_appositive(text, a, s0, title, actor_spans)
    if appositive:
        title, who_told = appositive[1], True
    inside = _THE_KIND_INSIDE.match(title) if not _CJK.search(title) and text[s0:a].strip() else None
    if inside and kinds is not None:
        # "Tsai bought the Brooklyn Nets in 2019, and the team played two games in Macau": the organisation
        # named last before the clause (in the sentence, else before it) is "the team"
        orgs = [_as_written(text, x, y, n) for x, y, n in actor_spans if s0 <= x and y <= a and kinds(n) == "org"
                and not _EN_NOT_DOER.search(text[max(s0, x - 16):x])]
        org = orgs[-1] if orgs else (context.org if context else None)
        if org and org.isascii():
            title, who_told = org + title[inside.end():], True
    if not _CJK.search(title):
        title = _drop_role_lead(title, names)
        frame = _EN_PARTICIPLE_FRAME.match(title) if not text[s0:a].strip() else None
        k_part = all_clauses.index((a, b)) if frame and (a, b) in all_clauses else -1
        if frame and 0 <= k_part < len(all_clauses) - 1:
            # "Founded in 2017 by engineer Rhea Kinsella, the company raised …": the founding, told of the
            # main clause's subject ("Rhea Kinsella founded Kinsella Robotics")
            n0 = all_clauses[k_part + 1][0]
            subj = next((_as_written(text, x, y, n) for x, y, n in actor_spans
                         if x >= n0 and not text[n0:x].strip()), None)
            if subj is None and re.match(r"\s*the\s+" + _KINDS + r"\b", text[n0:n0 + 40], re.I) and context:
                subj = context.org
            if subj and subj.isascii():
                verb, rest = frame.group(1).lower(), frame.group(2).strip()
                by = re.match(r"by\s+(?:(?:[a-z][\w-]*|former|two|three)\s+)*([A-Z].*)$", rest)
                title = f"{by.group(1)} {verb} {subj}" if by else f"{subj} was {verb} {rest}".strip()
                who_told = True
    if not _CJK.search(title) and not own_subject and _EN_VERB_START.match(title + " "):
        semi = max(text.rfind(";", s0, a), text.rfind("；", s0, a))
        if semi >= 0:
            # "…; Joe Tsai, a former lawyer, joined later that year": the subject opens the part of the
            # sentence after the semicolon, not the sentence
            sentence_subject = next((_as_written(text, x, y, n) for x, y, n in actor_spans
                                     if semi < x < a and not text[semi + 1:x].strip()), sentence_subject)
    if not _CJK.search(title) and re.fullmatch(r"(?:has\s+|had\s+)?joined", title) and not text[b:s1].strip(" .;,"):
        # "Joe Tsai joined later that year": joined the organisation named before in the sentence, else the
        # one told before
        orgs = [_as_written(text, x, y, n) for x, y, n in actor_spans
                if s0 <= x and y <= a and kinds is not None and kinds(n) == "org"]
        org = orgs[0] if orgs else (context.org if context else None)
        if org and org.isascii():
            title = f"{title} {org}"
    if not _CJK.search(title):
        # "reopened after a three-year, $300 million renovation" split at its comma: no phrase ends on an
        # adjective with its noun cut off
        title = _EN_CUT_ADJECTIVE.sub("", title) or title
    k_at = all_clauses.index((a, b)) if (a, b) in all_clauses else -1
    cut_that = re.match(r"^(.+?)\s+(?:said|says|announced|confirmed)\s+that\s+(.+)$", title) \
        if not _CJK.search(title) and 0 <= k_at < len(all_clauses) - 2 else None
    if cut_that and any(text[x:y] == cut_that.group(2) for x, y, _ in actor_spans):
        aside = _clean(text, *all_clauses[k_at + 1], dates)
        more = _clean(text, *all_clauses[k_at + 2], dates)
        if aside and _en_no_verb(aside) and _EN_VERB_START.match(more + " ") and not has_other_date(*all_clauses[k_at + 1]):
            # "X said on Monday that Ruth Adebayo, head of …, will succeed Y on January 1": what was said, whole
            title, rewritten = f"{cut_that.group(1)}: {cut_that.group(2)} {more}", True
    if _CJK.search(title) and not own_subject and sentence_subject and 0 <= (semi := text.rfind("；", s0, a)) \
            and not _PRONOUN_LEAD.match(to_simplified_(title)) and not _PRONOUN_LEAD.match(text[semi + 1:a].strip()):
        # "一是…3月，甲項目開工；二是…，5月，乙市與丙市簽署協議": an item after a semicolon has its own subject, not
        # the one opening the sentence (an actor opening the item, else none)
        sentence_subject = next((_as_written(text, x, y, n) for x, y, n in actor_spans if semi < x < a), None)
    title = polish(title, sentence_subject, context, has_actor(a, b) or rewritten or who_told, names)
    case_ref = re.match(r"(?:该案|該案|本案)(?=[\u4e00-\u9fff])", title)
    if case_ref:
        # "該案於去年6月立案": the case the article named before ("法院對甲訴乙…糾紛一案…"), by its parties
        named = list(_CASE_NAMED.finditer(text, max(0, s0 - 3000), s0))
        if named:
            title = f"{named[-1].group(1)}{named[-1].group(2)}{named[-1].group(3)}案{title[case_ref.end():]}"
    deal_ref = re.match(r"(?:该|該|此|这笔|這筆)(?=交易[\u4e00-\u9fff])", title)
    if deal_ref:
        # "該交易獲得股東大會批准" after "甲與乙簽署收購協議": the acquisition (a sale, a merger) told before
        kinds_told = list(_DEAL_KIND.finditer(text, max(0, s0 - 400), s0))
        if kinds_told:
            title = kinds_told[-1].group() + title[deal_ref.end():]
    project_ref = re.match(r"(?:该|該|此)(?=(?:项目|項目|工程|计划|計劃|计画|計畫)[\u4e00-\u9fff])", title)
    if project_ref:
        # "該項目於2025年立項" after "…衛星“某某一號”…": the project of the thing named in quotes last
        quoted = list(_QUOTED_NAME.finditer(text, max(0, s0 - 600), s0))
        if quoted:
            title = quoted[-1].group() + title[project_ref.end():]
    lead_word = re.match(r"(?!(?:only|also|just|then|later|first|still|never|already|soon|once|now|even)\b)[a-z]+\b",
                         title) if not _CJK.search(title) else None
    if lead_word and not _EN_VERB_START.match(title + " ") and not any(n.startswith(lead_word.group()) for n in names) \
            and _EN_VERB_START.match(title[lead_word.end():].lstrip() + " "):
        title = title[0].upper() + title[1:]  # "but divers reached the ship": "Divers reached the ship"
    return shorten(drop_discourse(title), names)
