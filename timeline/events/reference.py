"""Which dates anchor no event of their own (reference-only dates) and which are vague.

Contract
--------
:func:`is_reference` decides from the text around a mention whether it only glosses or frames another
statement: ``截至2024年12月31日`` / ``as of``; ``自2023年以來`` / ``從2015年開始`` / ``since``; a date directly
glossing the date before it in brackets (``2月17日（大年初一）``); a date in a title ``《…，1H25》``; a bare year
used as part of a name (``NeurIPS 2025``); a report date (``2月17日最新數據顯示``); a forecast window given as
a range (``Omdia預測2025-2030年…``); the date of a state a change starts from (``由去年的第63位升至…``); the base of a comparison (``去年同期``); a number after 代碼 / 代號 / 編號 (a code); the end of a term (``任期至…止``); a year used attributively (``2026年的關鍵字``) in a sentence that also
dates the happening itself.
:func:`is_vague` is true for coarse relative or demonstrative dates (``今年``, ``這一年``, ``去年``, ``這春節``,
``this year``) that point back to an event told elsewhere in the article rather than introduce one.
All checks take the article text converted with ``to_simplified`` (same offsets as the original).
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.model import TemporalMention, TimeSpan

_AS_OF = re.compile(r"(截至|截止|截止到|截至到|(as\s+of|as\s+at)(\s+the\s+(end|beginning|start|middle)\s+of)?)"
                    r"\s*[（(]?\s*$", re.I)
_RUNNING_TOTAL = re.compile(r"[^。；;]{0,30}?累计(?:已)?(?:回购|减持|增持|买入|购入|出售|售出|交付|接种|发放|捐赠|完成)")
"""After an as-of day, the running total of a completed action (累计回购 / 累计减持 / 累计交付 …)."""
_NAMED_EDITION = re.compile(r"[^，,。；;、\s\d]{0,10}?(?:锦标赛|世锦赛|运动会|奥运会|亚运会|世界杯|博览会|展览会|交易会|"
                            r"电影节|艺术节|音乐节|论坛|峰会)")
"""After a year, the name of a yearly edition it names (2031年世界田径锦标赛, 2031年博览会): no time of its own when
the sentence dates the happening otherwise."""
_YEAR_OF_ACCOUNT_NAME = re.compile(r"年?度(?:股东大会|股东会|股东周年大会|股东常会|利润分配|分红|权益分派|报告|财务报表|财务报告|决算|"
                                   r"预算|工作会议|大会|评选|颁奖|人物|十大|榜单|奖)")
"""After a year, 度 and a noun that the year of account names (年度股东大会 / 年度利润分配方案 / 年度报告 …)."""
_SINCE_BEFORE = re.compile(r"(自|从|since|ever\s+since)\s*$", re.I)
_SINCE_AFTER = re.compile(r"^\s*(以来|至今|以後至今)")
_FROM_START_AFTER = re.compile(r"^\s*(开始|起)(?![来床])")
_REPORT_AFTER = re.compile(r"^\s*的?(最新|官方)?(数据|报告|财报|资料|调查|统计|榜单)(显示|指出|表明|称)")
_RELATIVE_AFTER = re.compile(r"\s*[\u4e00-\u9fff]{1,4}?的[\u4e00-\u9fffA-Za-z0-9]")  # "…生产的部分电动汽车", "…期间生产的X3"
_WILL_FROM = re.compile(r"(?:将|拟|计划|预计)\s*(?:自|从)\s*$")
# "工人自7月2日起停止装卸作业": 起 followed by a verb of a change at a point (stopping, starting, taking
# effect, raising a price, an appointment: "自11月1日起，委任甲为行政总裁" …) tells when that change happened, an event on that day, not a frame; a habit or a
# lasting state after it (一直 / 持续 / 每年 …) keeps the frame ("自2019年起一直…", "自2020年起每年举办")
_STARTED_AFTER = re.compile(r"^\s*(?:起|开始)[，,]?[^，,。；;]{0,8}?(?:停止|停工|停产|停运|停航|停驶|停牌|停业|停售|停用|暂停|"
                            r"罢工|罢驶|罢课|罢市|中止|终止|关闭|封闭|封锁|实施|施行|生效|启用|上调|下调|调涨|调降|涨价|降价|开展|启动|开工|"
                            r"动工|投产|试运行|委任|任命|聘任|出任|接任|就任|上任|退任|卸任|更名|"
                            r"提价|取消|禁止|恢复|开放|开通|试行|下架|召回|减产|限产|休市)")
_LAST_PERIOD = re.compile(r"上个?月|上周|上星期|去年|前年")
_RELATIVE_CLAUSE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,6}?的[\u4e00-\u9fff]")
_LASTING = re.compile(r"一直|持续|连续|每|陆续|逐步|逐年|先后|多次|始终|长期|累计|都|均")
_FORECAST = re.compile(r"预测|预计|预期|forecast|project(ed|ion)|复合年增长率|复合增长率|CAGR", re.I)
_NAME_PREP = {"in", "the", "by", "since", "of", "on", "at", "from", "to", "until", "for", "before", "after",
              "during", "and", "or", "early", "late", "mid", "back", "around", "about", "year", "fiscal"}
_CJK_PREP = set("于在从自至到止截为是和与及至年月日前后")
_ATTRIBUTIVE_AFTER = re.compile(r"^\s*的(?!时候|时)")
_FROM_STATE_BEFORE = re.compile(r"(?:由|从)\s*$")
_TERM_END_BEFORE = re.compile(r"(?:任期|聘期|合约期|合同期|租期|有效期)(?:将)?(?:至|到|直至|截至)\s*$")
_CODE_BEFORE = re.compile(r"(?:代码|代号|代码为|编号|编码)\s*[:：]?\s*$")
_COMPARISON_BASE = re.compile(r"(?:去年|上年|上年度|前年)同期$")

_VAGUE_YEAR = re.compile(r"^(今年|今年度|本年|本年度|这一年|这年|当年|同年|是年|该年|那年|那一年|去年|前年|明年|"
                         r"this\s+year|that\s+year|the\s+same\s+year|last\s+year|next\s+year)$", re.I)
_VAGUE_RECENT = re.compile(r"^(近日|近期|最近|日前|前不久|不久前|近来|此前|当时|当下|目前|那时|这时|recently|"
                           r"lately|at\s+the\s+time|back\s+then|at\s+that\s+time)$", re.I)
_DEMONSTRATIVE = re.compile(r"^(这|这个|该|此|本|当|同|this|that|the\s+same)\s*", re.I)


def _inside_title_brackets(norm: str, start: int, end: int) -> bool:
    left = norm.rfind("《", max(0, start - 60), start)
    if left < 0 or "》" in norm[left:start]:
        return False
    right = norm.find("》", end, end + 60)
    return right >= 0 and "《" not in norm[end:right]


def _name_modifier(norm: str, m: TemporalMention) -> bool:
    if not re.fullmatch(r"\d{4}", m.text.strip()):
        return False
    before = norm[max(0, m.start - 30):m.start]
    after = norm[m.end:m.end + 2]
    if after[:1] in ("年", "-", "/", "财", "年度"):
        return False
    if after[:1] and "\u4e00" <= after[0] <= "\u9fff" and after[0] not in "年月日前后底初中末以起至到间":
        return True  # "2025胡潤百富榜": the year is part of a name
    w = re.search(r"([A-Za-z][A-Za-z0-9.\-]*)\s?$", before)
    if w:
        tok = w.group(1)
        return tok.lower() not in _NAME_PREP and any(c.isupper() for c in tok)
    if before and "\u4e00" <= before[-1] <= "\u9fff" and before[-1] not in _CJK_PREP:
        return True
    return False


def _gloss(norm: str, m: TemporalMention, others: list[TemporalMention]) -> bool:
    """``m`` sits in brackets right after another mention (``2月17日（大年初一）``)."""
    before = norm[max(0, m.start - 3):m.start]
    k = max(before.rfind("("), before.rfind("（"))
    if k < 0 or before[k + 1:].strip():
        return False
    bracket_pos = m.start - len(before) + k
    return any(o is not m and 0 <= bracket_pos - o.end <= 1 for o in others)


def is_reference(norm: str, m: TemporalMention, sentence: tuple[int, int],
                 same_sentence: list[TemporalMention]) -> bool:
    """True when ``m`` is a reference-only date (see module docstring)."""
    before = norm[max(sentence[0], m.start - 30):m.start]
    after = norm[m.end:min(sentence[1], m.end + 12)]
    if _AS_OF.search(before):
        # "截至2030年1月15日，公司累计回购股份520万股": a running total of a completed action told as of a day is the
        # news of that day (an event: what had been done by then), not a frame; a balance or a state stays a frame
        return not (m.granularity in ("day", "time") and len(same_sentence) == 1
                    and _RUNNING_TOTAL.match(norm, m.end, sentence[1]) is not None)
    own = norm[m.start:m.end]
    if m.granularity == "year" and len(same_sentence) > 1 and own.rstrip().endswith("年") \
            and _NAMED_EDITION.match(norm, m.end, sentence[1]):
        return True  # "7月21日凌晨，2031年世界田径锦标赛男子马拉松比赛结束": the year names the championship
    if m.granularity == "year" and own.rstrip().endswith("年") and _YEAR_OF_ACCOUNT_NAME.match(after):
        return True  # "2029年度股东大会", "2029年度利润分配方案": the year names the meeting or the plan
    if _SINCE_AFTER.match(after):
        return True
    if m.mod == "AFTER" and _SINCE_BEFORE.search(before):
        # "自11月1日起，委任甲为行政总裁" (起 read with the date): the change the start tells is an event
        rest = "起" + norm[m.end:min(sentence[1], m.end + 16)]
        started = _STARTED_AFTER.match(rest) if own.rstrip().endswith("起") else None
        return started is None or _LASTING.search(rest[:started.end()]) is not None
    if re.search(r"(以来|至今)$", own) or re.match(r"(自|从|since\s)", own, re.I):
        return True
    if _SINCE_BEFORE.search(before) and (_FROM_START_AFTER.match(after) or re.match(r"since", before.strip()[-5:], re.I)) \
            and not _WILL_FROM.search(before):
        # (not "将自7月1日起召回": a start still to come is the happening's own date)
        rest = norm[m.end:min(sentence[1], m.end + 16)]
        started = _STARTED_AFTER.match(rest)
        return started is None or _LASTING.search(rest[:started.end()]) is not None
    if _REPORT_AFTER.match(after) and m.granularity == "day":
        return True
    if len(same_sentence) > 1 and _LAST_PERIOD.fullmatch(own.strip()) and _RELATIVE_CLAUSE_AFTER.match(after):
        return True  # "上月辭世的詩人某某，其追思會15日舉行": last month names who is meant; the sentence's day is its own
    if _TERM_END_BEFORE.search(before):
        return True  # "任期至2028年1月31日止": the end of a term of office, no happening
    if _CODE_BEFORE.search(before):
        return True  # "（股份代號：1873）": a stock code, no year
    if _COMPARISON_BASE.search(own):
        return True  # "去年同期，全省GDP增速为5.2%": the base of a comparison, no happening of its own
    if _FROM_STATE_BEFORE.search(before) and _ATTRIBUTIVE_AFTER.match(after):
        return True  # "由去年的第63位升至第48位": the date of the state changed from, not of the change
    if _inside_title_brackets(norm, m.start, m.end):
        return True
    if _name_modifier(norm, m):
        return True
    if _gloss(norm, m, same_sentence):
        return True
    if m.value and "/" in m.value and _FORECAST.search(norm[sentence[0]:sentence[1]]) \
            and m.granularity not in ("xun", "day", "time"):
        return True  # (a window; not "4月下旬", a part of a month a forecast is about)
    if m.value and "/" in m.value and _RELATIVE_AFTER.match(after) and len(same_sentence) > 1:
        # "将自7月1日起召回2024年5月至2025年3月生产的部分电动汽车": a period in a relative clause on the object
        # of a verb describes what is acted on; the sentence's other date is the happening's
        lead = re.split(r"[，,。；;：:]", norm[sentence[0]:m.start])[-1]
        from timeline.events.segment import pos_cut

        if any(f.startswith("v") and f != "vn" for _, f in pos_cut(lead)):
            return True
    if _ATTRIBUTIVE_AFTER.match(after) and m.granularity not in ("year", "half", "quarter"):
        # "预计元宵节过后，各家会公布春节期间的活跃用户数据": a date modifying the object of a verb, after another
        # date told as the statement's own (the period the figures cover), is no statement of its own (a date
        # modifying its clause's subject is: "今年1月的营收年增18%")
        lead = re.split(r"[，,。；;：:]", norm[sentence[0]:m.start])[-1]
        from timeline.events.segment import pos_cut

        verb_before = any(f.startswith("v") and f != "vn" for _, f in pos_cut(lead))
        for o in same_sentence:
            if verb_before and o is not m and o.value is not None and o.end <= m.start \
                    and not _ATTRIBUTIVE_AFTER.match(norm[o.end:o.end + 2]):
                return True
    if _ATTRIBUTIVE_AFTER.match(after) and m.granularity in ("year", "half", "quarter"):
        span = m.span()
        for o in same_sentence:
            if o is m or o.value is None:
                continue
            os_ = o.span()
            if span is not None and os_ is not None and span.compatible(os_) and o.start < m.start:
                return True
    return False


def is_vague(norm_text: str, m: TemporalMention) -> bool:
    """True for coarse relative or demonstrative dates (see module docstring)."""
    t = norm_text.strip()
    if _VAGUE_YEAR.match(t) and m.mod is None:
        return True
    if _VAGUE_RECENT.match(t):
        return True
    if m.relative and m.granularity in ("year", "decade", "century") and m.mod is None:
        return True
    # a demonstrative that names a moment of the day it points back to (当晚, 当天下午, that evening) tells a
    # time of its own: another happening of that day, not a retelling of the day's event
    return bool(_DEMONSTRATIVE.match(t)) and len(t) <= 6 and m.granularity != "time"


def compatible(a: TimeSpan, b: TimeSpan) -> bool:
    """The merge test on dates: equal, or one inside the other, after narrowing ``START``/``MID``/``END``
    to the matching third of the span; a ``BEFORE``/``AFTER`` date only matches the same statement."""
    if a.mod in ("BEFORE", "AFTER") or b.mod in ("BEFORE", "AFTER"):
        return a.mod == b.mod and a.value == b.value
    na, nb = narrowed(a), narrowed(b)
    if na.compatible(nb):
        return True
    # a part of a period (年中 / 年底 / early …) has no sharp edges: a coarser date inside the period that
    # overlaps the part fits it ("2017年年中" and "2017年8月"); a day must still lie inside the part
    for x, nx, ny in ((a, na, nb), (b, nb, na)):
        if nx is not x and x.contains(ny) and ny.start <= nx.end and nx.start <= ny.end \
                and (ny.end - ny.start).days >= 1:
            return True
    # a week runs across month and year ends: "last week" (29 May - 4 June) and "in June" tell one day of both;
    # a season has no sharp edges either: "last spring" and "二季度" (April - June) tell one day of both
    if ("week" in (na.granularity, nb.granularity) or "season" in (na.granularity, nb.granularity)) \
            and na.start <= nb.end and nb.start <= na.end \
            and (na.end - na.start).days >= 1 and (nb.end - nb.start).days >= 1:
        return True
    return False


def narrowed(s: TimeSpan) -> TimeSpan:
    """The part of ``s`` that ``START``/``MID``/``END`` points at (first, middle or last third)."""
    if s.mod not in ("START", "MID", "END") or s.start == s.end:
        return s
    return _narrowed(s)


@lru_cache(maxsize=65536)
def _narrowed(s: TimeSpan) -> TimeSpan:
    import datetime as dt

    n = (s.end - s.start).days + 1
    third = max(1, n // 3)
    if s.mod == "START":
        a, b = s.start, s.start + dt.timedelta(days=third - 1)
    elif s.mod == "END":
        a, b = s.end - dt.timedelta(days=third - 1), s.end
    else:
        a = s.start + dt.timedelta(days=third)
        b = min(s.end, a + dt.timedelta(days=third - 1))
    return TimeSpan(a, b, s.granularity, s.mod, s.value)
