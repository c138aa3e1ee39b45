"""The role of a date in its statement, decided before an event is built from it.

Contract
--------
:func:`date_role` looks at the statement a date belongs to (text converted with ``to_simplified``) and
returns one of

* ``"event"``: something happened then (a dynamic, usually completed predicate: 了 / 完成 / 宣布 / 发布 /
  上线 / 收购 / 加入 / 升任 / 开源 / 上市; launched / acquired / joined / went public ...), or nothing
  says otherwise;
* ``"forecast"``: the statement tells what will or is expected to happen (将于 / 将达 / 预计 / 有望; will /
  is expected to / plans to): still an event, marked as a forecast;
* ``"modifier"``: the date is part of a name or a modifier of the noun that follows it (``春节战役``,
  ``春节档``, ``双11活动``): the festival is not when something happened;
* ``"habit"``: a habit or a state that lasts (每年 / 每逢 / 一直 / 常常 / 往年 / 历年; every year / always /
  usually);
* ``"stative"``: a statement with no event verb (是 / 作为 / 试图 / 洋溢 / 意味着 / 象征 ...; is / remains);
* ``"report"``: the time of a report or its data (``近期财报显示``, ``最新数据显示``), not of a happening;
* ``"stative"`` also for a question (``有员工问负责人：…吗？``, ``asked whether …``): the act of asking is
  no happening; the answer, when told, is a statement of its own;
* ``"belief"``: what someone thought, believed or expected would happen (``everybody thought that you
  were going to …``, ``people believed it would …``, ``大家都以为…``): an opinion, not a happening.

Opinions and states that look like actions are ``"stative"`` too, unless a completed-action marker (了 right
after a verb, 已 / 已经 / 完成, or a listed dynamic verb not governed by the modal) is present:

* a modal of ability or possibility (能 / 能够 / 可以 / 会; can / could / would / be able to) before the
  predicate: a prospect or a capability ("年底能拿到年终奖了", "系统能把负载移开"), not a happening;
* a comparison or a view (相较于 / 相比 / 把…当作 / 视为; compared with / regarded as);
* a goal or purpose (…的目标是 / 目的是 / 使命是; the goal was to) with no action before it (in "团队在做新模型时的
  目标是…" the frame tells what was done: an event);
* the date as the subject of a copula ("2010年代是…的时代", "2019 was the year…"), and an abstract noun as the
  subject of a copula (the goal class, widened: 大考 / 挑战 / 关键 / 问题 / test / challenge … 是 / 为 / was / is:
  "团队面临的首次大考是双11", "the first test was the shopping festival"); the verb of the noun's relative
  clause ("面临的") is part of the subject, unless the clause is a time frame ("在做新模型时的目标");
* an English clause whose subject is a demonstrative with a copula ("that's …", "it was …") or a
  first/second person pronoun with a verb of possession ("we had efforts …", "I have …").

Frames (截至 / 自…以来 / as of / since) are reference-only dates and never reach this module
(:mod:`timeline.events.reference`). Roles other than ``event`` and ``forecast`` make no canvas event: the
statement joins an event of its article when it tells the same happening, otherwise it is kept as a
``kind="statement"`` entry (its mentions stay available to the source panel).
"""

from __future__ import annotations

import re

EVENT_ROLES = frozenset({"event", "forecast"})

_DIGITS = re.compile(r"\d")
_NOT_MODIFIED = set("的前后期时间夜晚里内上中下起以至到和与及、，,。；;：:！!？?）)」”』》 当天日号时前当初底末")
_HABIT = re.compile(r"每年|每逢|每到|每当|每个|一直|常常|经常|往年|历年|向来|总是|通常|惯例|传统上|"
                    r"(?<![A-Za-z])(?:every\s+year|each\s+year|annually|always|usually|traditionally|"
                    r"every\s+(?:spring|summer|autumn|winter|month))(?![A-Za-z])", re.I)
_FORECAST = re.compile(r"即将|将于|将在|将会|将达|将达到|将超过|将突破|将推出|将发布|将上市|将成为|将开始|将举行|将启动|"
                       r"将上线|将迎来|将实现|将增至|将扩大|将继续|预计|预期|有望|计划于|拟于|计划(?=\s)|"
                       r"(?<![A-Za-z])(?:will|is\s+expected\s+to|are\s+expected\s+to|expects?\s+(?:[\w'’-]+\s+){0,3}?to|plans?\s+to|"
                       r"is\s+set\s+to|is\s+scheduled\s+to|forecasts?|projected\s+to|"
                       r"which\s+(?:is|are)\s+(?:expected|planned|scheduled|due))(?![A-Za-z])", re.I)
# a result compared with forecasts ("beating forecasts", "missed analysts' estimates", "优于市场预期") tells no
# forecast
_OUTDONE = re.compile(r"(?<![A-Za-z])(?:beat|beats|beating|topped|topping|tops|missed|missing|misses|exceeded|"
                      r"exceeding|exceeds|above|below|than|ahead\s+of|short\s+of)\s+(?:[A-Za-z']+\s+){0,2}?"
                      r"(?:forecasts?|expectations|estimates)(?![A-Za-z])"
                      r"|(?:优于|好于|高于|低于|超出|超过|超乎|不及|逊于|符合)(?:市场|分析师|外界|此前)?的?(?:预期|预测|预估)", re.I)
_DYNAMIC = re.compile(r"了|完成|宣布|发布|上线|收购|并购|加入|加盟|升任|出任|担任|任命|委任|聘任|接任|开源|上市|挂牌|推出|成立|创立|"
                      r"创办|举行|召开|签署|签约|达成|获得|获|突破|增长|下降|下跌|上涨|升至|降至|提到|提出|表示|透露|"
                      r"披露|宣告|问世|亮相|启动|辞去|卸任|离开|离职|投资|融资|入股|减持|增持|出售|买下|发放|送出|"
                      r"设立|开业|关闭|裁员|落地|登陆|发起|打响|迎来|实现|抵达|访问|会见|出席|回归|退休|去世|逝世|"
                      r"诞生|出生|引发|掀起|爆发|开始|结束|暴跌|暴涨|飙升|冲上|登顶|拿下|夺得|赢得|击败|起诉|判决|"
                      r"罚款|批准|通过|颁布|回应|致信|发表|公布|开通|升级|更新|改名|更名|合并|分拆|剥离|注册|"
                      r"(?<![A-Za-z])(?:[A-Za-z]+ed|went|began|became|bought|sold|took|made|won|led|rose|fell|"
                      r"grew|said|told|met|set|hit|paid|left|built|gave|sent|spent|ran|held|sank|swept|struck|"
                      r"saw|came|broke|brought|drew|chose|wrote|spoke|began|launch(?:es)?|acquires?|joins?|"
                      r"announces?|unveils?|releases?)(?![A-Za-z])", re.I)
_STATIVE = re.compile(r"是|作为|试图|试着|洋溢|意味着|象征|属于|堪称|依然|仍然|仍是|正在|充满|弥漫|显得|看似|似乎|"
                      r"(?<![A-Za-z])(?:is|are|remains?|seems?|appears?)(?![A-Za-z])", re.I)
_BELIEF = re.compile(r"(?:都|曾|还|原|本|一度|们|人|家)以为|(?<![A-Za-z])(?:thought|believed|assumed|imagined|figured|hoped|feared|"
                     r"dreamed|think|believe|assume|imagine|hope|fear)\s+(?:that\s+)?(?:[A-Za-z]+\s+){0,3}?"
                     r"(?:was|were|is|are|would|could|might|should)\s+(?:going\s+to|about\s+to|gonna|be|become|"
                     r"[A-Za-z]+)(?![A-Za-z])|(?<![A-Za-z])(?:was|were)\s+going\s+to(?![A-Za-z])", re.I)
_MODAL_WORDS = frozenset("能 能够 可以 可 会 可能 得以".split())
_MODAL = re.compile(r"(?<![A-Za-z])(?:can|could|would|be\s+able\s+to|(?:is|are|was|were)\s+able\s+to)\s+[A-Za-z]",
                    re.I)
_COMPLETED = re.compile(r"已经|已經|已|完成|(?<![A-Za-z])(?:has|have|had)\s+(?:been\s+)?[A-Za-z]+(?:ed|en|ght|ne|wn)(?![A-Za-z])",
                        re.I)
_HELPS = re.compile(r"有助于|有利于|有助(?=[\u4e00-\u9fff])")  # a judgement of what something helps
_VIEW = re.compile(r"相较于|相较|相比于|相比|与其说|当作|当成|视为|视作|看作|看成|看待|"
                   r"(?<![A-Za-z])(?:compared\s+(?:with|to)|regarded\s+as|regards?\s+\w+\s+as|sees?\s+\w+\s+as|"
                   r"treats?\s+\w+\s+as)(?![A-Za-z])", re.I)
# an abstract noun (a goal, test, challenge, key, problem ...) as the subject of a copula: "甲面临的首次大考是乙",
# "the first test was …" characterise something, they tell no happening (the goal class, widened)
_ABSTRACT_COPULA = re.compile(r"(?:目标|目的|使命|宗旨|愿景|初衷|大考|考验|挑战|难题|难关|难点|关键|问题|任务|重点|重心|"
                              r"核心|焦点|亮点|看点|意义|原因|主题|课题)(?:就是|也是|仍是|才是|是|为|在于)|"
                              # a pseudo-cleft "甲面对的是乙" (what 甲 faced was 乙): a situation, no happening
                              r"(?:面对|面临|看重|缺少|缺乏|担心|关心|在意|追求|依靠|依赖)的(?:就是|也是|仍是|是)|"
                              r"(?<![A-Za-z])(?:goal|aim|purpose|mission|idea|test|challenge|problem|question|key|"
                              r"task|priority|focus|highlight|reason|issue|hurdle)(?:\s+(?:for|of|facing|before|in)\s+[^,.;]{1,40}?|"
                              r"(?:\s+(?!and\b|but\b|or\b|was\b|is\b)[A-Za-z']+){1,4}?)?\s+(?:was|is|were|are|has\s+been|"
                              r"remains?|remained)(?![A-Za-z])", re.I)
# the noun's relative clause ("团队面临的首次"): its verbs are part of the subject, unless it is a time frame
# ("团队在做新模型时的目标": what was being done then)
_RELATIVE = re.compile(r"的[^，,。；;的]{0,6}$")
_FRAME_BEFORE_DE = re.compile(r"(?:时|时候|期间|之际|过程中|中|后|前)$")
# a question as the content of an asking verb: "有员工问负责人：…吗？", "analysts asked whether …"
_ASK = re.compile(r"问道|提问|询问|追问|质问|发问|问(?!题|世|候|责|鼎|卷|津)|(?<![A-Za-z])(?:asked|asks|ask|wondered|"
                  r"inquired|questioned)(?![A-Za-z])", re.I)
_QUESTION = re.compile(r"[？?]|是否|[吗呢][”」』\"]?\s*$|(?<![A-Za-z])(?:whether|if)(?![A-Za-z])", re.I)
_COPULA_AFTER = re.compile(r"\s*(?:年代|代)?\s*(?:就是|也是|是|才是|(?:was|is|were)\s+(?:the|a|an)\s)", re.I)
_EN_LEAD = r"^[\s,;:\-—–\"“']*(?:(?:so|and|but|well|yeah|now|you\s+know|i\s+mean|then)[\s,]+)*"
_EN_DEMONSTRATIVE = re.compile(_EN_LEAD + r"(?:that|it|this|these|those|there)\s*(?:'s|’s|\s+is|\s+was|\s+were|\s+are)"
                               r"(?![A-Za-z])", re.I)
_EN_POSSESSION = re.compile(_EN_LEAD + r"(?:we|i|you|they)\s+(?:had|have|has|owned|own|kept|keep)\s+(?!been\b|got\b|"
                            r"[A-Za-z]+(?:ed|en|ght|ne|wn)\b)", re.I)
_REPORT_AFTER = re.compile(r"\s*的?(最新|官方|公开)?(数据|报告|财报|资料|调查|统计|榜单|公告)(显示|指出|表明|称|中)")


_YEAR_PREFIX = re.compile(r"^\s*(?:\d{4}\s*年|[今去明前]年|this\s+year'?s?)\s*", re.I)
_TIME_UNIT = re.compile(r"[月日号底初末季周天晚夜前后旬时期间当午早近今现目此刚]")
_NOUNISH = ("n", "vn", "nz", "ng", "an", "j", "l")


def modifier(norm: str, start: int, end: int) -> bool:
    """A festival (``春节``, ``双11``; optionally after a year) directly followed by a noun, or quoted as
    part of a name: ``春节战役``, ``春节档``, ``双11活动``, ``“春节请客计划”``. The noun is recognised by its
    part-of-speech tag (:func:`timeline.events.segment.pos_cut`); ``春节点亮…`` (a verb follows) is a time."""
    word = _YEAR_PREFIX.sub("", norm[start:end])
    if not word or _TIME_UNIT.search(word) or "年" in word:
        return False
    if _DIGITS.search(word) and not re.search(r"双|^\d{3,4}$", word):
        return False
    if end >= len(norm):
        return False
    before = norm[start - 1] if start > 0 else ""
    after = norm[end]
    latin = re.match(r"[A-Za-z]{1,6}(?=[\u4e00-\u9fff])", norm[end:end + 7])
    if latin and not _DYNAMIC.match(norm, end + latin.end()):
        # "春节AI大战": the festival before a Latin word and a noun names the campaign, not its time
        end, after = end + latin.end(), norm[end + latin.end()]
    if before in "“「『\"" and end - start < 6:
        # "“春节请客计划”": a name that begins with the festival
        close = re.match(r"[^”」』\"]{1,12}[”」』\"]", norm[end:end + 14])
        if close:
            return True
    if not ("\u4e00" <= after <= "\u9fff") or after in _NOT_MODIFIED or _DYNAMIC.match(norm, end):
        return False
    from timeline.events.segment import pos_cut

    cut = pos_cut(norm[end:end + 8])
    return bool(cut) and cut[0][1] in _NOUNISH


_EN_ADJECTIVE_END = re.compile(r"[-\u2011]century$", re.I)
_EN_ADJECTIVE_AFTER = re.compile(r"(?:[-\u2011](?:era|style|vintage|old))?\s+[a-z]")


_EN_SEASON_POSSESSIVE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*")


_EN_SPAN_OF_TIME = re.compile(r"(?:in|within)\s+(?:about\s+|under\s+|just\s+)?\d+\s+(?:seconds?|minutes?|hours?)", re.I)


def _en_no_time(norm: str, start: int, end: int) -> bool:
    """An English span read as a date that tells no time of a happening: a length of time a thing takes ("links
    the airport with the city centre in 19 minutes") or a delay compared ("three years later than planned")."""
    if _EN_SPAN_OF_TIME.fullmatch(norm[start:end].strip()) or (
            re.fullmatch(r"\d+\s+(?:seconds?|minutes?|hours?)", norm[start:end].strip())
            and re.search(r"(?<![A-Za-z])(?:in|within)\s+(?:about\s+|under\s+|just\s+)?$", norm[max(0, start - 16):start])):
        return True
    if re.fullmatch(r"(?:in\s+|within\s+)?(?:a|an|one|two|three|four|five|ten|\d+)\s+(?:years?|decades?|months?|weeks?)",
                    norm[start:end].strip(), re.I) and \
            _EN_RANKED.search(norm[max(0, start - 50):start]) and not re.search(r"\bago$", norm[start:end + 4]):
        return True  # "its second increase in a year", "the biggest fall in a decade": a span counted in, no date
    if re.match(r"['’]s\s+(?:[a-z]+\s+)?(?:" + _EN_VALUE_NOUNS + r")\b", norm[end:end + 30]):
        return True  # "a 31% premium to Friday's closing price": the day names the price, no happening
    return bool(re.search(r"(?:later|earlier|sooner)$", norm[start:end])) and \
        re.match(r"\s+than\b", norm[end:end + 6]) is not None


_EN_RANKED = re.compile(r"(?<![A-Za-z])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
                        r"largest|biggest|highest|lowest|worst|best|sharpest|steepest|fastest|slowest|only)"
                        r"(?:\s+[a-z][\w-]*){0,3}\s+(?:in\s+|within\s+)?$", re.I)
_EN_VALUE_NOUNS = (r"close|closing|closing\s+price|closing\s+level|price|prices|level|levels|value|high|low|rate|rates|"
                   r"peak|average|total|figures?|estimates?|guidance|edition|issue|paper|newspaper|print")


def en_adjective_date(norm: str, start: int, end: int) -> bool:
    """An English date written as an adjective, joined by a hyphen to its last word, before a noun: "an
    18th-century painter", "a 1920s-era building" describe the noun and tell no time of a happening; "in the
    18th century" (no hyphen) is a time. So does a year or a season told relative to the article's as a
    possessive: "last year's winner", "next season's fixtures" ("Monday's vote" is the vote's day)."""
    if re.fullmatch(r"(?:last|this|next|the\s+previous|the\s+following)\s+(?:year|season)", norm[start:end], re.I) \
            and _EN_SEASON_POSSESSIVE.match(norm, end, end + 40):
        return True
    if _EN_ADJECTIVE_END.search(norm[start:end]):
        return re.match(r"\s+[a-z]", norm[end:end + 3]) is not None
    m = _EN_ADJECTIVE_AFTER.match(norm, end, end + 12)
    return m is not None and m.start() < m.end() and norm[end:end + 1] in "-\u2011"


# an unnamed commentator's view ("业内人士认为，…", "分析师普遍认为…"): a view of what happened, told before the
# date's clause in the same part of the sentence
_COMMENT = re.compile(r"(?:人士|分析师|专家|观察家|业界|业内|外界|市场)(?:普遍|多|大多|一致)?认为")


# the festival as what is made or taken into something ("让春节变成了主战场", "把双11当作…"): the festival is
# named, it tells no time
_ARGUMENT_BEFORE = re.compile(r"(?:让|使|使得|把|令|将)$")
# a reporter learning something ("记者从甲公司获悉，…2月16日…"): the report's day, when the content tells its own date
_LEARNED_REST = re.compile(r"[^，,。；;]{0,16}?(?:获悉|了解到|得知|获知)[，,：:\s]*")
_LEARNED = re.compile(r"[\s，,]*(?:记者|本报记者|本报)[^，,。；;]{0,14}?(?:获悉|了解到|得知|获知|证实)[，,：:\s]*")
_ZH_DATE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{1,2}\s*[日号]|\d{4}\s*年|除夕|[昨前今]天|[上本]周")


_ELAPSED = re.compile(r"[\s，,]*(?:距离|距)[^，,。；;]{1,40}?(?:已经|已)?(?:过去|过了|有)了?\s*"
                      r"[\d一二两三四五六七八九十百半多几个]+")


def _festival_argument(norm: str, start: int, end: int) -> bool:
    """A festival word alone (no digit nor time unit) right after 让 / 使 / 把 / 令 / 将: the festival is what the
    sentence acts on ("让春节变成了AI应用的主战场"), not when something happened."""
    word = norm[start:end].strip()
    if not word or _DIGITS.search(word) or _TIME_UNIT.search(word) or "年" in word:
        return False
    return bool(_ARGUMENT_BEFORE.search(norm[max(0, start - 2):start]))


def _learned(norm: str, date_end: int) -> bool:
    """The date opens "记者从X获悉，<content>" and the content, up to the end of the sentence, tells a date of its
    own: the date is when the reporter learned it (a report's time), the content's date is the happening's."""
    m = _LEARNED.match(norm, date_end)
    if not m:
        # "记者6月23日从X获悉，…": the date inside the reporter's clause
        k = norm.rfind("记者", max(0, date_end - 24), date_end)
        after = _LEARNED_REST.match(norm, date_end) if k >= 0 and not re.search(r"[，,。；;]", norm[k:date_end]) else None
        if not after:
            return False
        m = after
    stop = norm.find("。", m.end())
    return _ZH_DATE.search(norm, m.end(), stop if stop >= 0 else len(norm)) is not None


_STATIVE_WORDS = frozenset("是 为 有 作为 成为 属于 象征 意味着 意味 显得 看似 似乎 充满 洋溢 弥漫 在 像 叫 姓 等于 "
                           "需要 需 要 能 能够 可以 会 应该 值得 代表".split())
_TRYING = frozenset("试图 试着 希望 想要 打算 正在 努力 力图 企图 渴望 梦想 期待".split())


def _has_action_verb(text: str) -> bool:
    """A verb of action in Chinese ``text`` (jieba tags): not a copula or a state (是 / 作为 / 洋溢 ...),
    and not the goal of 试图 / 希望 / 正在 (an attempt is not a happening)."""
    from timeline.events.segment import pos_cut

    skip = False
    prev = ""
    for word, flag in pos_cut(text):
        if flag == "vn" and prev in ("d", "ad") and not skip and word not in _STATIVE_WORDS:
            return True  # "工厂正式投产", "大桥顺利通车": a verbal noun after an adverb is the predicate
        prev = flag
        if word.startswith("据") and len(word) >= 2 and flag.startswith("v"):
            continue  # "据统计" / "据介绍": where a figure comes from, no action
        if word in _TRYING or word.endswith(("试图", "试着")):
            skip = True
            continue
        if flag.startswith("v") and flag != "vn" and word not in _STATIVE_WORDS:
            if skip:
                skip = False
                continue
            return True
        if flag not in ("d", "ad", "uz", "ul", "ug", "r"):
            skip = False
    return False


def _mostly_chinese(text: str) -> bool:
    """At least half of ``text`` (white space at its ends aside) is Han characters: read with jieba's tags."""
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") * 2 >= len(text.strip())


def date_role(norm: str, mentions: list[tuple[int, int]], clause: tuple[int, int],
              segment: tuple[int, int], clause_start: int | None = None, future: bool = False,
              closing: bool = False, past: bool = False) -> str:
    """The role of the dates ``mentions`` (same time, one statement) in ``clause`` (the clause holding
    them and the next one) of ``segment`` (the date's part of the sentence); see module docstring.
    ``clause_start``: where the sentence's clause holding the dates starts, when another date's part of the
    sentence lies before them in that clause ("X is expected to report second-quarter results on August 10":
    the forecast cue before the first date governs the second too).
    ``future``: the dates lie after the article's own date; a modal (会 / 能 / will / would) before the predicate
    then tells what is expected ("明年会去日本": a forecast), not an ability or a view.
    ``closing``: the dates lie ahead of the article's date or are the end of a period still to come ("by the
    end of the year" in a May article); an English "would" before the predicate then tells what is expected
    ("the deal would close by the end of the year": a forecast, like 将). A Chinese modal of ability with such a
    date stays a prospect ("年底能拿到年终奖了": no happening).
    ``past``: the dates lie wholly before the article's date; a forecast cue then counts only inside the dates'
    own part of the sentence ("该线路于2023年3月开工建设，预计到2027年…" / "stopped production on Aug. 8 and expects
    to resume next month": the expectation is the later date's; the earlier date tells what was done)."""
    b0 = max(b for _, b in mentions) if mentions else clause[0]
    framed = _framing_role(norm, mentions, segment, b0) or _compared_figure(norm, mentions)
    if framed:
        return framed
    text = _blank(norm, clause, mentions)
    cued = _cue_role(norm, text, clause, mentions)
    if cued:
        return cued
    own = _blank(norm, (clause[0], _own_clause_end(norm, clause, b0)), mentions)
    done = _mostly_chinese(own) and _DONE_AFTER_DATE.match(norm, b0) is not None and not _FORECAST.search(own)
    cue_text = own if past or done else text  # (碼頭今早已全面恢復作業，預計本週末前…: the 已 clause is done)
    if mentions and not _mostly_chinese(text):
        cue_text = _blank(norm, _en_cue_span(norm, clause, mentions, past, future), mentions)
    if _FORECAST.search(_OUTDONE.sub(" ", cue_text)) or (future and _expected(norm, text, b0)) or \
            (future and _target(norm, mentions)) or (future and _PLAN.search(text) is not None) or \
            _within_year_target(norm, mentions, text) or \
            (future and _EN_SCHEDULED.search(text) is not None) or \
            (future and _EN_INTENDED.search(text) is not None) or \
            (closing and _would(norm, text, b0)):
        return "forecast"  # (with a future date, a modal tells what is expected: "明年会去日本")
    if clause_start is not None and clause_start < clause[0] and mentions and \
            _FORECAST.search(norm, clause_start, min(a for a, _ in mentions)) and \
            not (not future and not _mostly_chinese(text) and
                 _en_cue_span(norm, (clause_start, clause[1]), mentions, past, future)[0] > clause_start):
        return "forecast"  # (not "Fares will rise … after the board voted on Monday": the vote is done)
    if _opinion_or_state(norm, text, b0) or _characterised(norm, mentions, clause) or \
            (bool(mentions) and _en_state_only(own)):
        return "stative"  # (also "In the early 2000s eBay dominated online shopping in China, …": a state)
    if _bare_question(norm, clause, text):
        return "stative"  # "主持人：明年呢？": a question with no action in it tells no happening
    if _mostly_chinese(text):  # Chinese: part-of-speech tags
        trying = any(t in text for t in _TRYING)
        if _has_action_verb(text) or (not trying and _DYNAMIC.search(text)):
            return "event"
        return "stative" if (_STATIVE.search(text) or trying or _copula_only(text)) else "event"
    if _DYNAMIC.search(text) or _DYNAMIC.search(_blank(norm, segment, mentions)):
        return "event"
    if _STATIVE.search(text):
        return "stative"
    return "event"


# a figure compared with an earlier one, right before its date: "down from 68% in", "up from $3.1 billion a year
# earlier in", "compared with 12 million in"
_EN_COMPARED_FIGURE = re.compile(r"(?<![A-Za-z])(?:(?:down|up)\s+from|compared\s+(?:with|to)|against|versus|vs\.?)\s+"
                                 r"(?:about\s+|around\s+|nearly\s+|almost\s+)?[$€£¥]?\d[\d.,]*\s*"
                                 r"(?:%|percent|per\s+cent|million|billion|trillion|points?)?\s*"
                                 r"(?:(?:a\s+year|the\s+year|a\s+month)\s+(?:earlier|before)\s*)?,?\s*(?:in|on|at|during)?\s*$",
                                 re.I)
_EN_UPDATES_HEADING = re.compile(r"\s*(?:Live\s*[:|-]\s*)?(?:Live\s+)?(?:Updates?|Latest(?:\s+(?:updates|news))?|"
                                 r"Highlights|Recap|Coverage|Follow(?:\s+live)?|Live\s+blog)"
                                 r"(?:\s+(?:from|on|of|for|in|at|as)(?![A-Za-z])|\s*[:,-])")
"""A live page's heading: "Updates from polling day", "Latest updates on …", "Live: Highlights of …"."""


def _updates_heading(norm: str, segment: tuple[int, int], mentions: list[tuple[int, int]]) -> bool:
    """Whether the date's part of the sentence ``segment`` is a live page's heading with no predicate of its own
    ("Updates from the course, Sunday March 10.", "Latest updates on the count, March 6"): a heading words a page,
    it tells no happening. English only; not when a listed dynamic verb follows ("Updates from the course
    showed that …")."""
    m = _EN_UPDATES_HEADING.match(norm, segment[0], segment[1])
    return m is not None and not _DYNAMIC.search(_blank(norm, (m.end(), segment[1]), mentions))


def _compared_figure(norm: str, mentions: list[tuple[int, int]]) -> str | None:
    """``"stative"`` when the dates tell the time of a figure compared with ("Turnout was 61%, down from 68% in
    2031": no happening then) or of a plan called off ("avoiding a runoff that had been set for Feb. 8"), else
    None."""
    if not mentions:
        return None
    a0 = min(a for a, _ in mentions)
    if _EN_COMPARED_FIGURE.search(norm, max(0, a0 - 48), a0) or _EN_CALLED_OFF.search(norm, max(0, a0 - 90), a0):
        return "stative"  # (also "…, avoiding a runoff that had been set for Feb. 8": a plan that will not happen)
    return None


# a plan called off, right before its date: "avoiding a runoff that had been set for", "cancelled the concert
# that was planned for"
_EN_CALLED_OFF = re.compile(r"(?<![A-Za-z])(?:avoid(?:s|ed|ing)?|avert(?:s|ed|ing)?|cancel(?:s|l?ed|l?ing)?|"
                            r"scrap(?:s|ped|ping)?|call(?:s|ed|ing)?\s+off|drop(?:s|ped|ping)?|abandon(?:s|ed|ing)?)\s+"
                            r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,4}?(?:that|which)\s+(?:had\s+been|was|were|"
                            r"is|are|has\s+been)\s+(?:set|scheduled|planned|due|expected|slated)(?:\s+(?:for|to\s+\w+))?"
                            r"(?:\s+(?:on|in|at))?\s*$", re.I)
_EN_STATE_VERBS = frozenset("""dominated ruled owned controlled enjoyed lacked faced remained resembled dwarfed outnumbered
trailed lagged employed housed contained belonged depended seemed appeared existed loved liked hated knew wanted needed
feared preferred""".split())


def _en_state_only(own: str) -> bool:
    """The English clause ``own`` (the date's own, blanked) has verbs and every one is a state verb of
    :data:`_EN_STATE_VERBS` ("eBay dominated online shopping in China"): it tells how things stood, no happening."""
    verbs = [w.lower() for w in _DYNAMIC.findall(own)]
    return bool(verbs) and all(v in _EN_STATE_VERBS for v in verbs) and not _mostly_chinese(own)


_EN_REL_AFTER = re.compile(r"\s(?:that|which|who)\s", re.I)
_EN_REL_BEFORE = re.compile(r"(?<![A-Za-z])(?:that|which|who|when|after|before|since)\s+(?!will\b)", re.I)


def _en_cue_span(norm: str, clause: tuple[int, int], mentions: list[tuple[int, int]], past: bool,
                 future: bool = False) -> tuple[int, int]:
    """Where an English forecast cue governs the dates ``mentions`` in ``clause``: not inside a relative clause
    after them ("signed a deal on Saturday that will remove tariffs": the signing is done), and, for dates wholly
    before the article's, only inside the relative or subordinate clause holding them ("will move work to a plant
    that the company bought in 2029": the purchase is done)."""
    a0 = min(a for a, _ in mentions)
    b0 = max(b for _, b in mentions)
    lo, hi = clause[0], clause[1]
    if past:
        if re.fullmatch(r"[\s,]*(?:(?:in|on|at|by|since|during|early|late|later|earlier)\s+)*", norm[clause[0]:a0], re.I):
            hi = _own_clause_end(norm, clause, b0)  # "On March 3, X …": the clause after the date is its own
        else:
            end = _CLAUSE_END.search(norm, b0, clause[1])  # (a comma right after the date closes an aside)
            hi = end.start() if end else clause[1]
        marks = list(_EN_REL_BEFORE.finditer(norm, clause[0], a0))
        if marks:
            lo = marks[-1].start()
    elif not future:
        # "Fares will rise in March after the transit board voted on Monday" (the article's day): the vote is done
        marks = list(re.finditer(r"(?<![A-Za-z])(?:after|when|since|before)\s+(?:[a-z]+\s+){0,3}?(?:[a-z]+ed|" +
                                 r"won|took|made|met|held|began|lost|sold|bought)\b", norm[clause[0]:a0], re.I))
        if marks:
            lo = clause[0] + marks[-1].start()
        # "X was sentenced on Tuesday, and his appeal will be heard on May 4": a coordinated clause with a
        # subject of its own tells its own date; its cue is not the done act's
        own = _EN_OWN_COORDINATE.search(norm, b0, hi)
        if own:
            hi = own.start()
    rel = _EN_REL_AFTER.search(norm, b0, hi)
    if rel:
        hi = rel.start()
    return lo, max(lo, hi)


_CLAUSE_END = re.compile(r"[，,；;。]|\s(?:and|but|while)\s", re.I)
_EN_OWN_COORDINATE = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s+(?:(?:his|her|its|their|the|a|an|he|she|it|they|"
                                r"this|that|these|those)\s|[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?(?:will|is|are|was|were|has|had|"
                                r"would|must|could|may|might|should|plans|expects)\b)")
"""A clause after ", and" / ", but" / ";" with a subject of its own (a pronoun, a determiner, a name before its
verb): a predicate of its own, whose cue ("will") is not the clause before it's."""


def _own_clause_end(norm: str, clause: tuple[int, int], after: int) -> int:
    """Where the clause holding the dates (ending at ``after``) ends inside ``clause``: at the next comma or
    semicolon, or before a coordinated predicate ("… on Aug. 8 and expects to …"); a date opening the sentence
    with a comma ("8月18日，甲公司宣布将…") is read with the clause after it."""
    m = _CLAUSE_END.search(norm, after, clause[1])
    if m and m.group() in ",，" and not norm[after:m.start()].strip():
        m = _CLAUSE_END.search(norm, m.end(), clause[1])
    return m.start() if m else clause[1]


def _characterised(norm: str, mentions: list[tuple[int, int]], clause: tuple[int, int]) -> bool:
    """The dates sit in a relative clause describing what the subject *is*: "甲是1999年跟隨乙創業的元老之一"
    (是, then the dated clause, then 的 and the noun it describes) tells who 甲 is, not a happening. A cleft
    with no noun after 的 ("甲是1999年加入的": when he joined) and a connective 是 (于是 / 可是 / 还是) are no such
    characterisation."""
    if not mentions:
        return False
    from timeline.events.segment import pos_cut

    a0, b0 = min(a for a, _ in mentions), max(b for _, b in mentions)
    before = norm[clause[0]:a0].rstrip()
    toks = pos_cut(before[-6:]) if before.endswith("是") else ()
    if not toks or toks[-1] != ("是", "v"):
        return False
    after = re.split(r"[，,。；;：:！!？?]", norm[b0:clause[1]], maxsplit=1)[0]
    k = after.rfind("的")
    if k <= 0:
        return False
    head = pos_cut(after[k + 1:])
    return bool(head) and head[0][1].startswith("n") and len(after) - k - 1 >= 2


def _copula_only(text: str) -> bool:
    """Chinese ``text`` (no action verb found) holds a copula (为 / 是 tagged as a verb, or 为 before a figure):
    "去年甲地产业规模约为120亿元" is a measured state."""
    toks = [t for t in _tokens(text) if t[2] != "x"]
    return any(w in ("为", "是") and (f.startswith("v") or (i + 1 < len(toks) and toks[i + 1][2] in ("m", "eng")))
               for i, (_, w, f) in enumerate(toks))


def _target(norm: str, mentions: list[tuple[int, int]]) -> bool:
    """到 / 至 right before the dates: "提出到2028年全省规模突破800亿元", with a date still to come a target."""
    if not mentions:
        return False
    a0 = min(a for a, _ in mentions)
    return _BY_TARGET.search(norm, max(0, a0 - 4), a0) is not None


_BY_TARGET = re.compile(r"(?:(?<![看收得达])到|(?<![截])至)\s*$")
_WITHIN_YEAR = re.compile(r"(?:今年|本年|全年|年)内")
_AT_LEAST = re.compile(r"不少于|不低于|不超过|至少|力争|确保|争取")


def _within_year_target(norm: str, mentions: list[tuple[int, int]], text: str) -> bool:
    """"年内新增贷款不少于50亿元" (a plan's item): a quantity to reach within the year is a target, not a happening
    (unless it is told as done: 已 / 完成)."""
    return any(_WITHIN_YEAR.fullmatch(norm, a, b) for a, b in mentions) and _AT_LEAST.search(text) is not None \
        and _COMPLETED.search(text) is None
_AGE = re.compile(r"\s*(?:已经|已|刚|才|满|刚满|将满|正好)?\s*[0-9一二三四五六七八九十百]{1,4}\s*(?:周岁|岁)")
_LOOK_BACK = frozenset("回看 回顾 回首 回望 盘点 复盘 纵观 细数 梳理 追溯".split())


def _looking_back(norm: str, date_end: int) -> bool:
    """The date opens a clause whose first word is a verb of looking back with no subject before it and no
    了 after it ("2026年1月8日，回看甲公司的资本市场之路，…", "回顾乙公司的发展历程"): an essay's opening, told on
    the day of writing; "回顾了…" (done by someone) and "回顾展在…开幕" (a noun) are no such opening."""
    m = re.match(r"[\s，,]*", norm[date_end:date_end + 4])
    start = date_end + (m.end() if m else 0)
    from timeline.events.segment import pos_cut

    if norm[start:start + 2] not in _LOOK_BACK:
        return False  # (before the cut: pos_cut memoises every piece it is given, one per dated clause otherwise)
    toks = pos_cut(norm[start:start + 8])  # (jieba cuts 回看 into 回 / 看; a longer first word is a noun: 回顾展)
    return bool(toks) and len(toks[0][0]) <= 2 and toks[0][1].startswith("v") \
        and norm[start + 2:start + 3] not in ("了", "过")


def _framing_role(norm: str, mentions: list[tuple[int, int]], segment: tuple[int, int], b0: int) -> str | None:
    """The role told by the words right around the dates, before their clause is read: a report's data
    (``近期财报显示``), a festival as a name or what is acted on (``春节战役``, ``让春节变成``), a reporter
    learning a dated fact (``记者从X获悉，…2月16日…``), a commentator's view (``业内人士认为，…``), a live page's
    heading (``Updates from the course, Sunday March 10.``: a statement); else None."""
    if mentions and _updates_heading(norm, segment, mentions):
        return "stative"  # a page's heading, no happening
    if _REPORT_AFTER.match(norm, b0) and not _has_action_verb(norm[b0:b0 + 12].split("显示")[0]):
        return "report"
    if mentions and all(modifier(norm, a, b) or _festival_argument(norm, a, b) or en_adjective_date(norm, a, b)
                        or _en_no_time(norm, a, b) for a, b in mentions):
        return "modifier"
    if _learned(norm, b0):
        return "report"
    if _AGE.match(norm, b0):
        return "stative"  # "某甲今年28岁": an age, no happening
    if _looking_back(norm, b0):
        return "stative"  # "<date>，回看甲公司的資本市場之路，…": the writer's retrospective, no happening
    if _ELAPSED.match(norm, b0):
        return "stative"  # "<date>，距离甲完成交接已经过去两年多": time elapsed since, told on the article's day
    if mentions and _COMMENT.search(norm[segment[0]:min(a for a, _ in mentions)]):
        return "belief"
    return None


# a plan (norm): with a date ahead, what is planned is a forecast ("公司明年计划再开辟两条航线")
_PLAN = re.compile(r"计划|计画|拟(?=[\u4e00-\u9fff])|打算|[订定]于|决议于|决定于")  # 订于 / 决议于: scheduled for
_DEGREE_BEFORE_VERB = frozenset("有所 逐步 进一步 大幅 明显 继续 持续 全面 陆续 基本".split())  # 将有所缓解, 将逐步恢复


def _expected(norm: str, text: str, date_end: int) -> bool:
    """A modal (会 / 能 / will / would) before the predicate of a clause, not a view nor a copula after the date:
    with a future date, what is expected then."""
    if _VIEW.search(text) or _COPULA_AFTER.match(norm, date_end):
        return False
    chinese = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") * 2 >= len(text.strip())
    toks = _tokens(text) if chinese else []
    if any(w == "将" and f == "d" and (toks[i + 1][2].startswith(("v", "p", "i")) or toks[i + 1][1] in _DEGREE_BEFORE_VERB)
           for i, (_, w, f) in enumerate(toks[:-1])):
        return True  # "下半年放款成长将放缓": 将 (will) before the predicate, with a date ahead
    return bool(_has_modal(text) if chinese else (_MODAL.search(text) or _SHOULD.search(text)))


_EN_INTENDED = re.compile(r"(?<![A-Za-z])(?:it|he|she|they|we|[A-Z][\w&.'’-]*)\s+(?:expected|expects|planned|plans|"
                          r"aimed|aims|intended|intends|hoped|hopes)\s+to\s+[a-z]+")
"""An expectation or plan told by its holder ("The carrier said it expected to resume flights on Monday"): with a
date ahead, what is expected then (a forecast)."""
_EN_SCHEDULED = re.compile(r"(?<![A-Za-z])(?:is|are|was|were|been|be)\s+(?:(?:now|also|still|tentatively|widely|"
                           r"originally)\s+)?(?:scheduled|set|due|planned|slated|expected|poised|likely)\s+(?:to|for)\b",
                           re.I)
"""A plan or an expectation told in the passive ("The next meeting is scheduled for June 25", "Residents were
expected to return over the weekend"): with a date ahead, what is expected then (a forecast)."""

_DONE_AFTER_DATE = re.compile(r"[^，,；;。！？!?]{0,12}?(?:已經|已|业已|業已)")
"""A completion marker in the date's own Chinese clause, right after the date (``今早已全面恢復作業``): that clause
tells what is done, and a forecast cue in the clause after it (``，預計…``) is that clause's own."""
_SHOULD = re.compile(r"(?<![A-Za-z])(?:should|shall)\s+(?:(?:still|likely|also|soon|all|now)\s+)?(?!have\b)[a-z]+(?![A-Za-z])",
                     re.I)
"""``should`` / ``shall`` before a predicate (not ``should have``, a past unreal): with a date ahead, what is
expected then ("Most homes should be reconnected by Saturday")."""

_WOULD = re.compile(r"(?<![A-Za-z])would\s+(?:(?:still|likely|probably|then|also|soon)\s+)?(?!have\b|be\s+able\b)"
                    r"[a-z]+(?![A-Za-z])")


def _would(norm: str, text: str, date_end: int) -> bool:
    """An English "would" before the predicate of ``text`` (not "would have", a past unreal; not "would be able
    to", an ability), not a view nor a copula after the date: with a date ahead, what is expected then."""
    english = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") * 2 < len(text.strip())
    return english and not _VIEW.search(text) and not _COPULA_AFTER.match(norm, date_end) \
        and _WOULD.search(text) is not None


def _bare_question(norm: str, clause: tuple[int, int], text: str) -> bool:
    """The clause is a question with no action verb in it ("明年呢？")."""
    return norm[clause[0]:clause[1]].rstrip().endswith(("？", "?")) and not _has_action_verb(text) \
        and not _DYNAMIC.search(text)


def _cue_role(norm: str, text: str, clause: tuple[int, int], mentions: list[tuple[int, int]]) -> str | None:
    """``"habit"``, ``"belief"`` or ``"stative"`` (a question) when ``text`` (the blanked clause) says so, checked
    before any forecast cue; otherwise None."""
    if _HABIT.search(text):
        return "habit"
    if _BELIEF.search(text):
        return "belief"
    if _asks(norm, clause, mentions):
        return "stative"
    return None


def _asks(norm: str, clause: tuple[int, int], mentions: list[tuple[int, int]]) -> bool:
    """The statement is someone asking a question that nobody answers right after it ("有员工问负责人：…在哪里？",
    "an analyst asked whether …"; see :func:`question_at`). The act of asking is a statement, not a
    happening. A question answered in the next sentence ("负责人回答说，…") stays an event: its title is the
    answer (:func:`answer_title`)."""
    q = question_at(norm, clause, mentions)
    return q is not None and q[1] is None


def _dynamic_word(text: str) -> bool:
    """A listed dynamic verb in Chinese ``text`` that is a word of its own, not the start of a noun jieba reads
    whole (投资 in 投资者, 发布 in 发布会); English text as :data:`_DYNAMIC` finds it."""
    hits = list(_DYNAMIC.finditer(text))
    if not hits:
        return False
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return True
    from timeline.events.segment import pos_cut

    spans = []
    i = 0
    for w, f in pos_cut(text):
        spans.append((i, i + len(w), f))
        i += len(w)
    for m in hits:
        tok = next((t for t in spans if t[0] <= m.start() < t[1]), None)
        if tok is None or tok[1] - tok[0] <= len(m.group()) or not tok[2].startswith("n"):
            return True
    return False


def question_at(norm: str, clause: tuple[int, int], mentions: list[tuple[int, int]] | None = None
                ) -> tuple[int, tuple[int, int] | None] | None:
    """``(where the question ends, the span of the answer sentence or None)`` when ``clause`` of ``norm``
    tells someone asking a question: an asking verb (问 / 询问 / asked / wondered) whose content, up to the
    end of the sentence, is a question (？ / ? / a final 吗 / 呢 / whether / if), and no listed dynamic verb
    before the asking verb (not "他宣布…时被问到…"). The answer is the next sentence when it opens with
    someone answering (回答 / 答道 / 回应 / replied / answered); otherwise None. Not a question: None."""
    text = _blank(norm, clause, mentions or [])
    ask = _ASK.search(text)
    if not ask or _dynamic_word(text[:ask.start()]):
        return None
    start = clause[0] + ask.end()
    stop = re.compile(r"[。！!]|\.\s").search(norm, start, start + 120)
    end = stop.start() if stop else min(len(norm), start + 120)
    content = norm[start:end]
    q = _QUESTION.search(content)
    if not q:
        return None
    qm = re.compile(r"[？?]").search(norm, start, end)
    q_end = (qm.end() if qm else end)
    a = q_end
    while a < len(norm) and norm[a] in " \t\r\n.。！!”」』\"":
        a += 1
    if not _ANSWER.match(norm, a):
        return q_end, None
    close = re.compile(r"[。！!？?](?:[”」』\"]+)?|\.(?:\s|$)").search(norm, a, a + 200)
    return q_end, (a, close.end() if close else min(len(norm), a + 200))


_ANSWER = re.compile(r"[^\s，,。：:「“\"]{1,12}?(?:回答|答道|答称|答复|回应|回复)|"
                     r"(?:[A-Za-z.'\-]+\s+){1,5}(?:replied|answered|responded)(?![A-Za-z])", re.I)
_ANSWER_LEAD = re.compile(r"^\s*([^\s，,。：:「“\"]{1,12}?)(?:回答说|回答道|回答称|回答|答道|答称|答复说|答复|回应说|回应称|"
                          r"回应|回复说|回复)[，,：:\s]*")


def answer_title(text: str, span: tuple[int, int]) -> str | None:
    """A Chinese answer sentence ``text[span]`` ("某甲回答说，「我们本来就是一家数据公司。」") as a title
    "某甲：我们本来就是一家数据公司"; None for any other sentence (English answers are titled as they read)."""
    from timeline.events.text import to_simplified

    sentence = text[span[0]:span[1]]
    m = _ANSWER_LEAD.match(to_simplified(sentence))
    if not m:
        return None
    said = sentence[m.end():].strip().strip("「」“”『』\"。！!？? ")
    return f"{sentence[:m.end(1)].strip()}：{said}" if said else None


def has_action(text: str) -> bool:
    """``text`` (converted with ``to_simplified``) holds an action verb: for Chinese a verb jieba tags that
    is not a copula or a state (:func:`_has_action_verb`) or a listed dynamic verb; for English a listed
    dynamic verb or a past tense."""
    if _mostly_chinese(text):
        return _has_action_verb(text) or bool(_DYNAMIC.search(text.replace("了", "")))
    return bool(_DYNAMIC.search(text))


def _completed(text: str) -> bool:
    """A completed-action marker in ``text``: 已 / 已经 / 完成 / a perfect ("has launched"), 了 right after
    a verb (not the sentence-final 了 of a changed state: "能拿到年终奖了"), or a listed dynamic verb that
    no modal governs ("发布" in "阿里发布…，用户可以…"; not "能获得")."""
    if _COMPLETED.search(text):
        return True
    for m in _DYNAMIC.finditer(text):
        if m.group() == "了":
            from timeline.events.segment import pos_cut

            prev = pos_cut(text[max(0, m.start() - 4):m.start()])
            if prev and prev[-1][1].startswith("v") and prev[-1][0] not in _STATIVE_WORDS:
                return True
            continue
        if _MODAL.search(text[max(0, m.start() - 12):m.start()] + " x") or _after_modal(text, m.start()):
            continue  # "能获得" / "could announce": governed by the modal
        if m.group().lower() in ("said", "told", "表示", "提到", "提出"):
            continue  # a reporting verb introduces the opinion, it does not complete it
        return True
    return False


def _opinion_or_state(norm: str, text: str, date_end: int) -> bool:
    """An opinion, prospect, capability, goal or characterisation of the date (see module docstring)."""
    if _COPULA_AFTER.match(norm, date_end):
        return True  # "2010年代是扩大规模的时代"
    goal = _ABSTRACT_COPULA.search(text)
    if goal:
        # "团队在做新模型时的目标是…": the frame before the goal tells what was being done; "团队面临的首次大考是…":
        # the verb of the noun's relative clause does not
        before = text[:goal.start()]
        local = re.split(r"[，,；;：:]", before)[-1]
        rel = _RELATIVE.search(local)
        if rel and not _FRAME_BEFORE_DE.search(local[:rel.start()]):
            before = before[:len(before) - len(local)]
        return not (_has_action_verb(before) or _DYNAMIC.search(before))
    english = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") * 2 < len(text.strip())
    if english:
        lead = text.strip()
        if _EN_POSSESSION.match(lead):
            return True
        if _EN_DEMONSTRATIVE.match(lead):
            # "It was back in the 2000s. eBay had acquired …": the next sentence tells the happening;
            # "It was in 2019 that we launched …": a cleft, the clause after "that" does
            parts = re.split(r"(?<=[.!?])\s+", lead, maxsplit=1)
            cleft = re.match(r"^(?:it|this)\s*(?:'s|’s|\s+is|\s+was)\s+.{0,40}?\s(?:that|when)\s+(.+)$", parts[0], re.I)
            rest = (cleft.group(1) if cleft else "") + " " + (parts[1] if len(parts) > 1 else "")
            return not (_completed(rest) or _DYNAMIC.search(rest))
    helps = _HELPS.search(text)
    if helps:
        return not _completed(text[helps.end():])  # "此次收购有助于完善布局": what it helps is no happening
    if _VIEW.search(text) or (_MODAL.search(text) if english else _has_modal(text)):
        return not _completed(text)
    return False


def _tokens(text: str) -> list[tuple[int, str, str]]:
    from timeline.events.segment import pos_cut

    out, pos = [], 0
    for w, f in pos_cut(text):
        out.append((pos, w, f))
        pos += len(w)
    return out


# words jieba may cut as a noun and 会 that name an organisation ("职工|会", "董事|会")
_ORG_HUI = frozenset("职工会 工会 委员会 协会 学会 商会 基金会 理事会 董事会 股东会 联合会 研究会 议会 公会 监事会 同乡会 促进会".split())


def _has_modal(text: str) -> bool:
    """A Chinese modal of ability or possibility (能 / 能够 / 可以 / 会) before a verb or 把 (jieba tags):
    "能拿到", "能把…移开"; not 会 in 大会 / 机会 (other words)."""
    toks = _tokens(text)
    for i, (_, w, _f) in enumerate(toks):
        if w in _MODAL_WORDS:
            if w == "会" and i > 0 and toks[i - 1][1][-2:] + "会" in _ORG_HUI and toks[i - 1][0] + len(toks[i - 1][1]) == toks[i][0]:
                continue  # "职工会宣布", "董事会决定": an organisation's name, no modal
            nxt = next((t for t in toks[i + 1:i + 4] if t[2] not in ("d", "ad", "x")), None)
            if nxt and (nxt[2].startswith("v") or nxt[2] == "p"):
                return True
    return False


def _after_modal(text: str, pos: int) -> bool:
    """The word at ``pos`` follows a modal word (adverbs between): "能获得", "可以正式发布"."""
    toks = [t for t in _tokens(text[max(0, pos - 10):pos]) if t[2] not in ("d", "ad", "x")]
    return bool(toks) and toks[-1][1] in _MODAL_WORDS


def _blank(norm: str, span: tuple[int, int], mentions: list[tuple[int, int]]) -> str:
    a, b = span
    out = list(norm[a:b])
    for s, e in mentions:
        for i in range(max(s, a), min(e, b)):
            out[i - a] = " "
    return "".join(out)


# "Joe Tsai on the Nets, maps and the next decade", "Q&A: Mira Holt about robots and 2030": a name followed
# by a preposition of topic (on / about / over) opens a heading that lists what is talked about; "马云谈AI、教育与
# 未来十年": a name and 谈 / 论 then the topics
_EN_TOPIC_HEADING = re.compile(r"^\s*(?:[A-Za-z&]+(?:\s*&\s*A)?\s*:\s*)?(?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*"
                               r"\s+(?:on|about|over)\s+\S")
_ZH_TOPIC_HEADING = re.compile(r"^\s*[^：:，,。；;\s]{1,12}?(?:谈|论|聊)(?!判|话|到|及|妥|成|拢|恋|文|坛|述|证|点)"
                               r"[^：:，,。；;]+$")


def topic_heading(line: str) -> bool:
    """``line`` (an article's heading, converted with ``to_simplified``) names a person or company and the
    topics they talk about, with no predicate of its own: "Joe Tsai on the Nets, maps and the next decade",
    "马云谈AI、教育与未来十年". A date in it ("the next decade") is a topic, not when something happened; the
    heading makes no event (its mentions stay a statement). A heading with a predicate ("Alibaba open-sources
    Qwen on …", "蔡崇信谈创业：一小时的谈话改变了一生") is not one."""
    if _mostly_chinese(line):
        return bool(_ZH_TOPIC_HEADING.match(line))
    return bool(_EN_TOPIC_HEADING.match(line))
