"""Companies and people that no gazetteer lists, found in the text itself.

Contract
--------
:func:`open_names` takes an article converted with ``to_simplified`` and returns ``(start, end, name, kind)``
for names it recognises without a gazetteer, in text order, not overlapping each other:

* Chinese organisations: a name followed by an organisation word (科技, 集团, 银行, 汽车, 物流, 半导体,
  能源, 传媒, 航空 … see :data:`ORG_SUFFIXES`); the name part is cut from the text before it at function
  characters, digits and punctuation, and at a verb or pronoun (jieba tags), and must keep two characters
  (``该公司``, ``子公司``, ``上市公司`` are no names).
* Chinese people: a common surname and one or two characters right before a role or speech verb
  (出任, 辞去, 担任, 表示 …) or after 任命 / 由 / 聘请 and before 为 / 出任 / 接任.
* English names: runs of capitalised words (``Bluewhale Logistics``, ``Lin Shuyuan``, ``MediaTek``), not
  month or day names, and not a lone common word opening a sentence (``Shares``, ``Analysts``). A name told
  as where something happens ("in Boston", "its new Xiamen plant", see :func:`_is_place`) has the kind
  ``place``: the builder keeps it apart from the participants.

The name is the canonical form (Simplified for Chinese, as written for English); the builder adds these
names to the gazetteer's matches (gazetteer matches win where they overlap), so that merging and lanes
work on a user's own corpus.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.temporal.lexicon import ORG_SUFFIXES as ORG_SUFFIX_FORMS

ORG_SUFFIXES = tuple(ORG_SUFFIX_FORMS)
"""The organisation words, Simplified: the one list :data:`timeline.temporal.lexicon.ORG_SUFFIXES` (the dating rules
read it too, so that a solar term inside such a name is no date)."""
_ORG = re.compile("(" + "|".join(sorted(ORG_SUFFIXES, key=len, reverse=True)) + ")")
_ORG_RUN = re.compile("(?:" + "|".join(sorted(set(ORG_SUFFIXES) - {"公司", "股份"}, key=len, reverse=True)) + ")")
_STOP_CHARS = set("于在和与及跟同、，。；：:;,.!?！？“”「」『』（）()的了是为把被将对从向由据悉称而并且也都就又其该这那此各每某本"
                  "年月日号时前后上下中内外新旧子母总分全合独等个家")
RARE_WORD = 100  # jieba dictionary count at or below which a common-noun tag can still be (part of) a name
_BAD_FLAGS = ("v", "p", "c", "u", "m", "t", "r", "d", "q", "f")
SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
               "卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
               # less common surnames that are seldom a word's first character (not 尚 / 凌 / 申 / 尤 / 欧 / 纪:
               # 尚未, 凌晨, 申请, 尤其, 欧盟, 纪委)
               "骆柯傅邬蒙施樊邢乔伍庞颜倪聂翟詹俞阮裴鲍褚蓝温康牛葛章鲁岳殷耿柳甘庄舒梅童霍涂翁冉辛靳柴喻祁蒲滕"
               "屈饶牟穆缪娄窦戚岑卜晏瞿桂佟臧闵苟卞姬栾隋刁巫寇桑郎甄虞敖佘邝鞠荆冀郁胥栗鄢谌奚粟冼蔺厉郜阚禹"
               "漆卿狄晁芮阙邸雍辜裘亓邰赫逯茹嵇湛")
_PERSON_BEFORE = re.compile(r"(?=(?:于|在|已|正式|宣布|预估|预计|预测|估计|认为|辞去|卸任|出任|担任|接任|接替|加入|表示|称|说|坦言|强调|透露|指出|当选|离开|创立|创办|"
                            r"收购|首次|谈及|谈到|聊到|回忆|以[0-9一二三四五六七八九十百千万亿每约总]|"
                            r"上任|带领|率领|共同|访谈|专访|执导|主导|牵头|对此|随后|也|则|"  # "张某带领团队…", "甲与乙共同创办"
                            r"(?:与|和|及|、)(?=[" + "".join(sorted(SURNAMES)) + r"][\u4e00-\u9fff]{1,2}(?:共同|一起|联合|合作|分别|先后|等人|[，,。]))))")
# a time word after a three-character name ("王思远上个月带领…"; two characters would take 金山 / 方正 too)
_PERSON_BEFORE_TIME = re.compile(r"(?=(?:上个月|上月|本月|今年|去年|日前|近日|昨天|昨日|今天|今日|前日|前天|当天|当日|次日)"
                                 r"[\u4e00-\u9fff])")
# a year right after a three-character name opening a sentence ("陈耀庭1938年生于上海")
_PERSON_BEFORE_SAME_DAY = re.compile(r"(?=(?:同日|同一天)[\u4e00-\u9fff])")
# "董事长姜某因个人原因辞职": after a post only (a cause or a resignation follows many words)
_PERSON_BEFORE_AFTER_POST = re.compile(r"(?=因|辞职|辞任|请辞|辞去|[0-9]{1,2}日[\u4e00-\u9fff])")  # ("创始人甲19日宣布")
_PERSON_BEFORE_YEAR = re.compile(r"(?<=[。！？\n])[\u4e00-\u9fff]{3}(?=[0-9]{4}年)")
_GIVEN_MIDDLE = set("家子新中")  # function characters that often open a given name (郑家豪, 李子恒, 王新宇, 张中华)
_JOB_BEFORE = re.compile(r"(?:董事长|董事会|总裁|总经理|经理|主席|首席\w{1,4}官|创始人|创办人|执行长|负责人|合伙人|发言人|分析师|研究员|"
                         r"行长|社长|校长|院长|部长|局长|司长|处长|厅长|市长|省长|主任|主管|总监|副总|CEO|CFO|CTO|COO)$")  # "某公司董事长林某表示"
# a transcript's speaker label opening a line ("张立文：我们…"): a person when it is a surname and one or two
# characters (主持人 / 记者 are no names)
_LABEL = re.compile(r"(?m)^[ \t]*([\u4e00-\u9fff]{2,3})[ \t]*[：:]")
_PERSON_AFTER_CUE = re.compile(r"(?:任命|由|聘请|提名|选举|推选|选任)([\u4e00-\u9fff]{2,3}?)(?=为|出任|接任|担任)")
# the appointee after a 的-phrase describing them ("任命曾在某公司任职的骆青禾为总裁")
_PERSON_AFTER_CUE_DE = re.compile(r"(?:任命|聘请|提名)[^，。；：为]{2,24}?的([\u4e00-\u9fff]{2,3}?)(?=为|出任|接任|担任)")
_EN_NAME = re.compile(r"(?<![A-Za-z])((?:[A-Z][a-zA-Z]*[a-z][a-zA-Z]*(?:['’][a-z]{2,})?|[A-Z]{2,})(?:[ \-](?:[A-Z][a-zA-Z]*|&))*)(?![A-Za-z]|['’](?!s\b)[A-Za-z])")
_EN_STOP = set("""On In At By For From With The A An And But Or So Then Also Its It This That These Those He She They We
I You His Her Their Our My Your If Hi Hey Oh Yes No Yeah Well Thank Thanks Please Why What How Who Where
Now Here There Just Even Still Only All Some Many Most Every Each Both Because Although Though After Before When While Since Until During As Of To Shares Analysts Investors The
Company Firm Group Officials Sources Meanwhile However Yesterday Today Tomorrow Last Next Earlier Later Once Chinese
English American British Japanese German French Korean Indian Canadian Australian European Taiwanese
Singaporean Swiss Dutch Italian Spanish Israeli Brazilian Russian Saudi Irish Swedish Mexican Vietnamese Thai
Rival Rivals Former Under Along Among Despite Without Within Against Through Over Including According Unlike
Like Besides Amid Behind Mr Mrs Ms Dr Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split())
# Chinese words around an English word that tell it is a company ("晶片新创Cerebrix", "Cerebrix执行长Paul Ng")
_ZH_ORG_CONTEXT_BEFORE = re.compile(r"(?:新创|初创|公司|企业|厂商|对手|品牌|集团|巨头|同业|基金)$")
_ZH_ORG_CONTEXT_AFTER = re.compile(r"\s*(?:执行长|首席执行官|创始人|联合创始人|董事长|总裁|公司|集团|旗下|CEO)")
_EN_JOB_WORDS = frozenset("CEO CFO CTO COO Chairman Chairwoman Chief Founder President".split())
# a role or a title written before a person's name ("Governor Ines Halvard", "Striker Miro Santel")
# a minister's portfolio before the role ("Health Minister", "Foreign Secretary"): part of the role, no organisation
_EN_PORTFOLIOS = frozenset("""Health Finance Foreign Interior Home Defence Defense Education Justice Trade Economy Economic
Energy Transport Transportation Labour Labor Culture Environment Agriculture Housing Industry Treasury Tourism Sports
Sport Digital Science Communications Immigration Development Social Welfare Fisheries Mining Water Climate""".split())
_EN_ROLE_LEAD = frozenset("""Chief Executive Officer Operating Financial Technology President Vice Chairman Chairwoman Chair
Governor Mayor Minister Prime Secretary Senator Judge Justice Coach Manager Striker Captain Goalkeeper Midfielder
Defender Forward Director Managing Founder Co-founder Cofounder Deputy General Professor Prof Sir Dame Lord Lady
Chancellor Commissioner Treasurer Spokesman Spokeswoman Spokesperson Analyst Economist Head Editor Ambassador
Lawyer Attorney Partner Premier Rep Sen Gov Mr Mrs Ms Dr
Cyclist Sprinter Runner Swimmer Boxer Golfer Jockey Driver Rider Skier Player Winger Batsman Bowler Pitcher Wrestler
Novelist Author Writer Artist Painter Sculptor Singer Actor Actress Chef Designer Architect Scientist Researcher
Investor Entrepreneur Billionaire Activist Campaigner Inventor Engineer Pilot Astronaut Detective Inspector Sergeant
Colonel Admiral Bishop Pastor Rabbi Imam Councillor Councilor Lawmaker Legislator Candidate Rapper Drummer Guitarist
Pianist Violinist Conductor Composer Photographer Journalist Reporter Presenter Comedian Poet Playwright Historian
Banker Broker Trader Farmer Surgeon Nurse Teacher Whistleblower Dissident Philanthropist Forward Centre Center
Quarterback Midfielder Keeper Coach Referee Umpire""".split())
_NATIONALITY = frozenset("""European American British Japanese German French Korean Indian Canadian Australian Chinese
Swiss Dutch Italian Spanish Irish Swedish Mexican Brazilian Russian Federal National International""".split())
_COMBINING = frozenset("Franco Anglo Sino Afro Indo Euro Italo Russo Greco Austro Hispano Luso Swiss Spanish".split())
_HOLIDAY_WORDS = frozenset("Year Festival Eve Holiday Holidays Christmas Easter Ramadan Thanksgiving Diwali".split())
_NUMBERED = frozenset("chapter article section phase stage level tier title rule part clause schedule "
                      "route highway interstate motorway exit gate platform runway pier berth flight".split())
# a kind of company right before a name ("headphone maker Lumaren", "retailer Corran Outdoor")
_EN_KIND_BEFORE = re.compile(r"(?<![A-Za-z])(?:company|firm|retailer|[a-z]*maker|operator|group|startup|start-up|chain|"
                             r"bank|lender|insurer|carrier|developer|supplier|manufacturer|rival|subsidiary|unit|"
                             r"studio|publisher|brand|fund|investor|airline|automaker|drugmaker|shipper|grocer|label|broadcaster|"
                             r"miner|refiner|agency|regulator|watchdog|exchange|network|conglomerate)\s+$")
_EN_LEGAL = frozenset("inc corp co ltd limited plc llc corporation incorporated sa ag gmbh nv bv".split())
_NOT_LABEL_NAMES = frozenset("主持人 记者 编者 问 答 旁白".split())
_MONTHS_DAYS = set("""January February March April May June July August September October November December Monday
Tuesday Wednesday Thursday Friday Saturday Sunday""".split())


def _counted(norm: str, pos: int) -> bool:
    """Whether a measure word at ``pos`` counts something: a numeral or a demonstrative right before it
    ("两台", "这家", "3座"). A measure-word character with nothing counted before it opens a name (台宇电子,
    位阳光电)."""
    return pos > 0 and (norm[pos - 1].isdigit() or norm[pos - 1] in _COUNTERS)


def _counts_next(words: list[tuple[str, str]], i: int) -> bool:
    """The numeral ``words[i]`` counts what follows it: a measure word, an adjective, another numeral or a
    common noun ("三家", "两大", "一款"); before a rare character or a name's part ("万嘉物流") it is a name's."""
    if i + 1 >= len(words):
        return True
    w, f = words[i + 1]
    return f[:1] in ("q", "a", "m") or (f[:1] == "n" and f not in _PROPER and len(w) >= 2)


_COUNTERS = set("一二三四五六七八九十百千万两几数多这那该每各某哪此首第")


def _org_prefix(norm: str, end: int) -> int:
    """Where the name before an organisation word ending at ``end`` starts (``end`` if none)."""
    a = end
    while a > 0 and end - a < 6 and "\u4e00" <= norm[a - 1] <= "\u9fff" and norm[a - 1] not in _STOP_CHARS:
        a -= 1
    if end - a == 6 and a > 0 and "\u4e00" <= norm[a - 1] <= "\u9fff" and norm[a - 1] not in _STOP_CHARS \
            and norm[a + 1] in "市县省":
        # the window ends inside a place name: a city is two characters or more before 市 ("澧川市轨道交通集团" was
        # cut to "川市轨道交通集团"), so its first character is kept
        return a - 1
    if 0 < a < end and norm[a - 1] in _STOP_CHARS and "\u4e00" <= norm[a - 1] <= "\u9fff":
        # the window stopped inside a word ("同业晶岱科技": 同 is a function character, 同业 a word): the
        # name starts after that word
        from timeline.events.segment import pos_cut as _cut
        from timeline.events.segment import word_freq as _freq

        i = max(0, a - 3)
        for w, _ in _cut(norm[i:end]):
            if i < a < i + len(w):
                if _freq(w) > RARE_WORD:  # a common word ("同业"), not jieba's guess ("日增" of "28日增持")
                    a = i + len(w)
                break
            i += len(w)
    # "竞争对手星海", "公司股东青松": a relation noun before the name is no part of it (found as text, since
    # the window may cut it: "争对手")
    for rel in _RELATION_NOUNS | _KIND_TEXT_HEADS:  # ("资安新创守望科技": 新创 a kind, cut as 新 / 创守望 by jieba)
        k = norm.rfind(rel, max(0, a - len(rel) + 1), end)
        if k >= 0:
            a = max(a, k + len(rel))
    # "首款仓储机器人", "第二家银行": an ordinal or a measure word opens a description
    lead = _ORDINAL.match(norm, a, end)
    if lead:
        a = lead.end()
    if end - a < 2:
        return end
    from timeline.events.segment import pos_cut, word_freq

    words = list(pos_cut(norm[a:end]))
    if len(words) > 1 and words[0][1] == "vn" and len(words[0][0]) >= 2 and (
            word_freq(words[0][0]) > RARE_WORD or (a > 0 and "\u4e00" <= norm[a - 1] <= "\u9fff")):
        words = words[1:]  # "投资青岚科技": a verb-noun taking the name as its object (a rare one too when it
        # follows a word, not a clause's start: "金管会重罚远景商业银行")
    # the name starts after the last common verb, preposition, pronoun, number … ("出任曜石" -> "曜石")
    starts = [a]
    for w, _ in words[:-1]:
        starts.append(starts[-1] + len(w))
    for i in range(len(words) - 1, -1, -1):
        w, flag = words[i]
        two_verbs = flag == "v" and len(w) == 1 and i > 0 and words[i - 1][1] == "v" and len(words[i - 1][0]) == 1
        # ("增持万嘉物流": jieba cuts a verb it does not know into single characters, 增 / 持)
        if two_verbs and i == len(words) - 1 and (
                i == 1 and (starts[0] == 0 or not "\u4e00" <= norm[starts[0] - 1] <= "\u9fff")
                or i >= 2 and (words[i - 2][0] in _DEAL_VERBS or words[i - 2][0] in _PARTICIPANT_LINKS)):
            words, starts = words[i - 1:], starts[i - 1:]
            break  # "晴守科技5日宣布…", "收购晴守科技": two characters jieba reads as verbs, opening a clause or
            # after a deal verb or a linking preposition, right before the organisation word, are the name (a verb
            # cut apart takes a name after it: "增持万嘉物流")
        if flag.startswith(_BAD_FLAGS) and flag != "vn" and (flag[0] in "mrqp" or len(w) >= 2 and word_freq(w) > RARE_WORD
                                                               or two_verbs):  # ("因远景商业银行": a preposition)
            if flag[0] in "qm" and len(w) == 1 and not _counted(norm, starts[i]) and (
                    w not in _COUNTERS or not _counts_next(words, i)):
                continue  # "台宇电子", "位元光电", "万嘉物流": a measure word or a numeral counting nothing opens the name
            if i == len(words) - 1 and (i == 0 or words[i - 1][0] in _KIND_HEADS or words[i - 1][0] in _RELATION_NOUNS
                                        or words[i - 1][0].endswith(_KIND_HEAD_END)) \
                    and _name_opening(norm, starts[i], words[i:], w, flag):
                words, starts = words[i:], starts[i:]
                break  # "三轮光学", "日本厂商三轮光学", "远航航空": a number word or a rare verb opening a name
            words, starts = words[i + 1:], starts[i + 1:]
            break
    # "互联网公司青松科技", "电源模组厂台宇电子": a company word before the name belongs to a description of it
    heads = [i for i, (w, flag) in enumerate(words) if w in _RELATION_NOUNS or w in _KIND_HEADS
             or len(w) >= 2 and w[-1] in "商厂" and flag[:1] == "n"]  # 地产商, 开发商, 电子厂
    if heads:
        words, starts = words[heads[-1] + 1:], starts[heads[-1] + 1:]
    # "两大互联网公司", "一大银行": a single-character number, adjective or measure word opens a description
    while words and len(words[0][0]) == 1 and words[0][1][:1] in ("a", "m", "q", "b") \
            and ((words[0][0] in _COUNTERS and _counts_next(words, 0)) or _counted(norm, starts[0])
                 or words[0][0] in "大小"):
        words, starts = words[1:], starts[1:]  # ("远川集团", "台宇电子": an adjective or measure word opens it)
    if words and all(flag == "v" for _, flag in words) and norm.startswith(("公司", "集团"), end):
        return end  # "减持公司股份", "收购公司": a verb taking "the company" as its object, not a name
    keep = sum(len(w) for w, _ in words)
    if keep >= 4 and (lead := _ORDINAL.match(norm, end - keep, end)) is not None and lead.end() - (end - keep) == 2 \
            and words[0][0] == norm[end - keep:lead.end()]:
        words, keep = words[1:], keep - 2  # ("完成首例手术机器人…": the ordinal after a verb opens a description)
    if keep < 2:
        return end
    if all((len(w) >= 2 and word_freq(w) > RARE_WORD and flag not in _PROPER) or w in _GENERIC for w, flag in words) \
            and not _name_opening(norm, end - keep, words, *words[0]):
        return end  # "互联网公司", "企业文化": a common noun, not a name
    return end - keep


# measure words that count companies, bodies and things: "三家银行", "两大集团", "五个部门" are counts, not names
_ORG_MEASURES = set("家大个間间所类類种種批些位名座台辆輛部架艘款件只支条條张張套块塊片颗顆枚栋棟层層项項")
# (and things: "两台机器人" counts robots; 轮 / 维 / 届 count no things, so "三轮光学" is a name)


def _name_opening(norm: str, a: int, words: list[tuple[str, str]], w: str, flag: str) -> bool:
    """``w``, the first and only word before an organisation word, belongs to the name although jieba reads it
    as a number or a verb: a numeral with a measure word that does not count companies ("三轮光学": 轮 counts
    rounds; "三家银行" is a count), or a rare verb (count at most ``2 * RARE_WORD``: "远航航空"; not 收购 /
    投资) opening a clause (at the text's start or after punctuation)."""
    if len(words) != 1 or len(w) != 2:
        return False
    if flag[:1] == "m":
        return w[0] in _COUNTERS and w[1] not in _ORG_MEASURES and w[1] not in _COUNTERS and not _counted(norm, a)
    if flag[:1] == "v":
        from timeline.events.segment import word_freq

        return word_freq(w) <= 2 * RARE_WORD and (a == 0 or norm[a - 1] in "，,。；;：:！？!?\n“「（(")
    return False


_ORDINAL = re.compile(r"(?:首|第[一二三四五六七八九十0-9]+|这|那|该|每|各)(?:款|个|家|台|座|项|部|批|辆|架|条|例)")
# nouns that describe how a name relates to something, not part of the name ("公司股东青松资本")
_RELATION_NOUNS = frozenset("公司 集团 企业 巨头 股东 大股东 旗下 子公司 母公司 对手 竞争对手 伙伴 合作伙伴 投资方 买方 卖方 "
                            "客户 供应商 片方 厂方 校方 院方 资方 出品方 发行方 主办方 承办方 "
                            "航司 券商 车企 房企 药企 险企 航企 船企".split())  # (kind nouns of a trade: "新航司青鸾航空")
# words describing a kind of company, not naming one ("初创公司", "民营企业")
_GENERIC = frozenset("初创 网路 网络 互联网 科技 上市 国有 国营 民营 外资 合资 跨国 龙头 头部 独角兽 创业 控股 关联 空壳 "
                     "新兴 大型 中型 小型 知名 本土 海外 全球性 全球 这家 那家 一家 多家 各家".split())
_PROPER = ("nr", "nrt", "nt", "nz", "ns", "nrfg")
# one-word heads of a description of a business ("电源模组厂", "日本厂商", "中国品牌", "同业"): what follows is the name
_KIND_HEADS = frozenset("厂 商 企 厂商 品牌 机构 业者 同业 同行 对手 基金 新创".split())
_KIND_TEXT_HEADS = frozenset("新创 初创 厂商 业者".split())  # kinds found as text before a name (not as jieba's words)
# a legal form after a name ("台宇电子股份有限公司"): no name of its own, the name is before it
_LEGAL = re.compile(r"(?:股份)?有限(?:责任)?公司|股份公司")
# an organisation word followed by one of these names a kind of business, not a company ("地产商", "电子厂",
# "证券交易所", "科技股")
_KIND_AFTER = re.compile(r"商(?!业)|厂|业(?!务)|界|股(?!份)|交易所|行业|板块|市场|领域|产业|司(?!法)|局|厅")


# the word a public body's name ends with ("国家能源局", "浙江省高级人民法院", "上海市人民政府", "国家发展改革委")
_BODY_END = re.compile(r"(?:气象台|总局|局|委员会|委|部|厅|署|(?:高级|中级)?人民法院|法院|(?:人民)?检察院|人民政府|政府|办公室)$")
# words a public body's name is made of between its jurisdiction and its body word (nouns, verb-nouns,
# abbreviations, places, distinguishing words)
_BODY_WORDS = frozenset("气象台 总局 局 委员会 委 部 厅 署 人民法院 高级人民法院 中级人民法院 法院 检察院 人民检察院 人民政府 政府 "
                        "办公室".split())
_BODY_FLAGS = ("n", "vn", "nz", "j", "b", "ns", "nt", "an", "l")
_BODY_LINK = frozenset("和 与 及".split())  # "国家粮食和物资储备局", "工业和信息化部", "证券及期货事务监察委员会"
_JURISDICTION = frozenset("国家 中国 中央 全国".split())
_ADMIN_UNITS = frozenset("省 市 县 区 州 自治区 自治州 特别行政区".split())
_ABBREVIATED_BODY = re.compile(r"[\u4e00-\u9fff]{2,3}[会局部署委院办处]$")
# what follows an abbreviated body ("金管会10日宣布", "经济部投资审议司9日核准"): a sub-body of it (kept in the
# name), then a day or a verb of decision or speech
_BODY_NEXT = re.compile(r"((?:[\u4e00-\u9fff]{2,6}?[司署局处厅])?)(?:[0-9]{1,2}日|[今昨本]日|核准|批准|宣布|表示|公布|"
                        r"发布|决定|通过|指出|要求|裁定)")
_BODY_NEXT_LOOSE = re.compile(r"[0-9０-９]|(?:去年|今年|前年|同日|当天|当日|上月|本月|近日|日前|昨天|今天|昨日|今日|于|已|将|"
                              r"再次|正式|也|还|亦|核准|批准|批复|宣布|表示|公布|发布|决定|通过|指出|要求|印发|出台|"
                              r"召开|启动|开展|部署)")
_CUT_BODY = frozenset("署处局")  # body characters jieba may cut from the noun before them ("运输|署")
_BODY_CHAR = re.compile(r"[局会委部厅署院府室办处台]")  # the last characters of _BODY_END and _ABBREVIATED_BODY


_PLACE_WORD_FLAGS = ("nr", "ns", "nz", "n", "j", "zg", "g")
_PLACE_BEFORE_FLAGS = ("p", "v", "c", "u", "d", "m", "t", "x")


def _unknown_place(cut: Sequence[tuple[str, str]], j: int, i: int, starts: list[int], norm: str) -> int | None:
    """The index of the word opening a place no dictionary knows before its unit, in the run of body words
    ``cut[j:i]``: "乔林|市", "柘|原|市", "渭|阳|市" (two characters of whole words, jieba often tags them a name)
    then 省 / 市 / 县 / 区, or "沅|州市" (one character, then a word closing on the unit); the place opens the
    run of characters or follows a function word or punctuation (never a noun's last characters)."""
    for u in range(max(j, 1), i):
        unit = cut[u][0]
        if unit in _ADMIN_UNITS:
            a = starts[u] - 2
        elif len(unit) == 2 and unit[1] in "省市县区" and len(cut[u - 1][0]) == 1:
            a = starts[u - 1]
        else:
            continue
        if a not in starts[:u] or any(ch in _STOP_CHARS or not "\u4e00" <= ch <= "\u9fff" for ch in norm[a:a + 2]):
            return None
        k = starts.index(a)
        if any(not f.startswith(_PLACE_WORD_FLAGS) for _, f in cut[k:u]):
            return None
        if a == starts[0] or k >= 1 and cut[k - 1][1].startswith(_PLACE_BEFORE_FLAGS) or norm[a - 1] in _STOP_CHARS:
            return k
        return None
    return None


_LOCAL_COURTS = frozenset("地方法院 高等法院 地方检察署 地检署 高等行政法院 少年及家事法院".split())


def _public_bodies(norm: str) -> list[tuple[int, int, str, str]]:
    """Public bodies named by common words: a jurisdiction (国家 / 中国, a place jieba tags ``ns``: 浙江省,
    上海市) followed by a run of nouns (jieba tags, 和 / 与 between them) and a body word (局 / 总局 / 委 /
    委员会 / 部 / 法院 / 人民政府 …), as one name ("国家金融监督管理总局", "国家粮食和物资储备局"), the
    longest such run before the body word (so never a cut name: 金融监督管理总局 without 国家); an
    organisation jieba knows whole (``nt`` / ``j``: 国资委, 证监会, 上海市人民政府); a rare word ending in a
    body character opening a clause before a day ("金管會10日宣布": Taiwan's abbreviated bodies). A body
    word with nothing before it (研发部, 董事会, 市政府) names nobody, nor does a common noun ending in one (总部)."""
    from timeline.events.segment import pos_cut, word_freq

    out: list[tuple[int, int, str, str]] = []
    for m in re.finditer(r"[\u4e00-\u9fff]+", norm):
        if not _BODY_CHAR.search(m.group()):
            continue  # every body word ends in one of these characters: a run without one names no body
        cut = pos_cut(m.group())
        starts = [m.start()]
        for w, _ in cut:
            starts.append(starts[-1] + len(w))
        def abbreviated(i: int, w: str, flag: str, starts: list[int] = starts) -> bool:
            """A rare three-character word ending in a body character opening a clause, before a day or a
            verb of decision ("金管会10日宣布", "经济部投资审议司9日核准", "经济部核准…")."""
            if len(w) == 3 and flag in ("n", "l") and _ABBREVIATED_BODY.match(w) and word_freq(w) <= RARE_WORD \
                    and (starts[i] == 0 or not "\u4e00" <= norm[starts[i] - 1] <= "\u9fff"
                         or norm[starts[i] - 1] in _STOP_CHARS) \
                    and (nxt := _BODY_NEXT.match(norm, starts[i + 1])):
                out.append((starts[i], nxt.end(1), norm[starts[i]:nxt.end(1)], "org"))
                return True
            return False

        def cut_apart(i: int, w: str, starts: list[int] = starts, cut: Sequence[tuple[str, str]] = cut) -> bool:
            """"运输署表示", "渔政处表示": a two-character noun and a body character jieba cuts apart (Hong
            Kong's departments) are one abbreviated body when they open a clause before a verb of speech or
            decision (as :func:`abbreviated`)."""
            if len(w) != 1 or w not in _CUT_BODY or i == 0 or len(cut[i - 1][0]) != 2 \
                    or cut[i - 1][1] not in ("n", "vn", "nz") or word_freq(cut[i - 1][0] + w) > RARE_WORD:
                return False
            a0 = starts[i - 1]
            if (a0 == 0 or not "\u4e00" <= norm[a0 - 1] <= "\u9fff" or norm[a0 - 1] in _STOP_CHARS) \
                    and (nxt := _BODY_NEXT.match(norm, starts[i + 1])):
                out.append((a0, nxt.end(1), norm[a0:nxt.end(1)], "org"))
                return True
            return False

        for i, (w, flag) in enumerate(cut):
            end = _BODY_END.search(w) or (re.search("会$", w) if flag in ("nt", "j") else None)  # 证监会
            if not end or w not in _BODY_WORDS and flag not in ("nt", "j") and end.start() < 2:
                # ("北京总部": 总部 is a common noun ending in 部, no body word)
                abbreviated(i, w, flag) or cut_apart(i, w)
                continue
            if flag in ("nt", "j") and len(w) >= 3 and i >= 2 and re.fullmatch(r"第[一二三四五六七八九十百0-9]+届", cut[i - 1][0]):
                # "东岳省第十四届人民代表大会": a jurisdiction, the body's term, the body: the jurisdiction's body
                k = i - 2
                if cut[k][0] in _ADMIN_UNITS and k > 0 and cut[k - 1][1] in ("ns", "nr", "s", "nz") \
                        and len(cut[k - 1][0]) >= 2:
                    out.append((starts[k - 1], starts[i + 1], cut[k - 1][0] + cut[k][0] + w, "org"))
                    continue
                if cut[k][1] == "ns" and len(cut[k][0]) >= 2:
                    out.append((starts[k], starts[i + 1], cut[k][0] + w, "org"))
                    continue
            if flag in ("nt", "j") and len(w) >= 3 and not (i > 0 and cut[i - 1][1] in _BODY_FLAGS):
                a0 = starts[i]
                if w in _LOCAL_COURTS and a0 - 2 >= m.start() and all(ch not in _CUE_STOP for ch in norm[a0 - 2:a0]) \
                        and (a0 - 2 == m.start() or norm[a0 - 3] in _CUE_STOP):
                    a0 -= 2  # "台中地方法院", "士林地方法院": the court's place, whatever jieba reads it as
                out.append((a0, starts[i + 1], norm[a0:starts[i + 1]], "org"))  # "国资委", "上海市人民政府"
                continue
            j = i
            while j > 0 and starts[i + 1] - starts[j - 1] <= 16:
                pw, pf = cut[j - 1]
                if pf.startswith(_BODY_FLAGS) and pf not in ("nr", "nrfg", "nrt") or pw in _JURISDICTION \
                        or pf == "s" and len(pw) >= 2:  # (西陲省: jieba reads an unknown place as a place word)
                    j -= 1
                elif pw in _BODY_LINK and j > 1 and cut[j - 2][1].startswith(_BODY_FLAGS) and j < i:
                    j -= 1
                else:
                    break
            first = next((k for k in range(j, i) if cut[k][0] in _JURISDICTION
                          or cut[k][1] in ("ns", "s") and len(cut[k][0]) >= 2), None)
            if first is None and 0 < j and cut[j - 1][0] in _ADMIN_UNITS:
                j -= 1  # ("临江|县|教育局": jieba tags the unit alone as a morpheme)
            if first is None and j < i:
                first = _unknown_place(cut, j, i, starts, norm)  # "乔林|市|交通运输|局": a place jieba reads as
                # a name, its 市 / 县, the body words
            if first is None and j < i and cut[j][1] == "nt" and _BODY_END.search(cut[j][0]) and i - j <= 2:
                first = j  # "交通部民用航空局": a ministry and its bureau, one name
            if first is None and j == 0 and i > 0 and m.start() > 0 and norm[m.start() - 1] == "、" \
                    and any(y == m.start() - 1 for _, y, _, _ in out):
                first = 0  # "财政部、应急管理部": a body listed after a body
            if first is None and 0 < j < i and cut[j - 1][0] == "被" and w in ("部", "局", "总局", "委员会", "署") \
                    and starts[i] - starts[j] >= 4 \
                    and all(f.startswith(("n", "j", "vn")) and f not in ("nr", "nrfg", "nrt") for _, f in cut[j:i]):
                first = j  # "甲12日被市场监管总局立案调查": a national body, the agent of a passive
            if first is None and j == 0 and i > 0 and w in ("部", "局", "总局", "委员会", "署") \
                    and starts[i] - starts[0] >= 4 and _BODY_NEXT_LOOSE.match(norm, starts[i + 1]) \
                    and all(f.startswith(("n", "j", "vn")) and f not in ("nr", "nrfg", "nrt") for _, f in cut[:i]):
                first = 0  # "交通运输部去年12月批复…": a national body named without its jurisdiction, opening a
                # clause before a date or a verb (four characters or more before its body word: not 研发部)
            if first is None or cut[first][0] in _BODY_LINK:
                abbreviated(i, w, flag) or cut_apart(i, w)
                continue
            out.append((starts[first], starts[i + 1], norm[starts[first]:starts[i + 1]], "org"))
    return out


# what marks the name before it as a company's, whatever words it is made of: a legal form
# ("白鹭日化有限公司"), a stock code in brackets ("海澜置业（01739）", "（股份代号：1739）")
_NAME_CUE_AFTER = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|股份公司)"
                             r"|[（(]\s*(?:(?:股票|股份)?(?:代码|代号|代號|代碼)\s*[:：]?\s*)?"
                             r"[0-9]{4,6}(?:\.(?:HK|SH|SZ|TW))?\s*[）)]")
# a description ending in a kind of business before a name ("国产品牌飞鱼耳机", "设备厂商云岭精机")
_KIND_HEAD_END = ("品牌", "厂商", "新创", "同业", "业者")
_NAME_FLAGS = ("n", "nz", "nr", "ns", "nt", "j", "vn", "b")
# function characters a cued name does not hold (fewer than :data:`_STOP_CHARS`: 日 / 新 / 中 … may be part of
# it, "白鹭日化"; jieba's tags end it at a time word or a verb)
_CUE_STOP = set("于在和与及跟同的了是为把被将对从向由据称而并且也都就又其该这那此各每某")
_GENERIC_SHORT = frozenset("公司 本公司 该公司 集团 本集团 该集团 本行 该行 发行人 上市公司 本企业".split())


def _name_before(norm: str, end: int, window: int = 10) -> int:
    """Where a name ending at ``end`` starts when something after it marks it as a name (a legal form, a stock
    code): the run of characters before it that are no function characters, after the last verb,
    preposition, pronoun, number or time word (jieba), after a description ending in a kind of business,
    and after a place opening it ("杭州白鹭日化" -> "白鹭日化"); ``end`` if fewer than two characters stay."""
    from timeline.events.segment import pos_cut, word_freq

    a = end
    while a > 0 and end - a < window and "\u4e00" <= norm[a - 1] <= "\u9fff" and norm[a - 1] not in _CUE_STOP:
        a -= 1
    words = list(pos_cut(norm[a:end]))
    starts = [a]
    for w, _ in words[:-1]:
        starts.append(starts[-1] + len(w))
    for i in range(len(words) - 1, -1, -1):
        w, flag = words[i]
        if flag.startswith(_BAD_FLAGS) and flag != "vn" and (flag[0] in "mrqpt" or len(w) >= 2 and word_freq(w) > RARE_WORD):
            if flag[0] in "qm" and len(w) == 1 and not _counted(norm, starts[i]) and (
                    w not in _COUNTERS or not _counts_next(words, i)):
                continue  # "台宇电子股份有限公司": a measure word counting nothing opens the name
            words = words[i + 1:]
            break
    heads = [i for i, (w, _f) in enumerate(words) if w in _RELATION_NOUNS or w in _KIND_HEADS or w.endswith(_KIND_HEAD_END)]
    if heads:
        words = words[heads[-1] + 1:]
    if len(words) > 1 and words[0][1] == "ns" and len(words[0][0]) >= 2 and sum(len(w) for w, _ in words[1:]) >= 3 \
            and word_freq(words[0][0]) > RARE_WORD:  # (a known place: 杭州, not a name's rare first word, 江川)
        # ("杭州白鹭日化"; not "江河置地": two characters after a place may be a kind of business, 置地 / 建设)
        words = words[1:]
    keep = sum(len(w) for w, _ in words)
    return end - keep if keep >= 2 else end


def _cued_names(norm: str) -> list[tuple[int, int, str, str]]:
    """Companies named by common words that the text marks as names: before a legal form or a stock code,
    after a description ending in a kind of business ("国产品牌飞鱼耳机": the nouns up to the next
    non-noun, one of them rare or proper)."""
    from timeline.events.segment import pos_cut, word_freq

    out: list[tuple[int, int, str, str]] = []
    for m in _NAME_CUE_AFTER.finditer(norm):
        b = m.start()
        legal = re.search(r"(?:股份有限公司|有限责任公司|有限公司|股份公司)$", norm[max(0, b - 6):b])
        if legal:
            b -= len(legal.group())  # "青禾农业股份有限公司（股票代码：300981）": the name is before the legal form
        a = _name_before(norm, b)
        if a < b and norm[a:b] not in _GENERIC_SHORT:
            out.append((a, b, norm[a:b], "org"))
    for m in re.finditer(r"[\u4e00-\u9fff]+", norm):
        if not any(k in m.group() for k in _KIND_HEAD_END):
            continue  # no word of the run can end in a kind of business: nothing to cut
        cut = pos_cut(m.group())
        pos = m.start()
        for i, (w, _f) in enumerate(cut):
            pos += len(w)
            if not (w.endswith(_KIND_HEAD_END) or w in ("厂商", "品牌")):
                continue
            j, b = i + 1, pos
            while j < len(cut) and cut[j][1].startswith(_NAME_FLAGS) and b - pos + len(cut[j][0]) <= 6:
                b += len(cut[j][0])
                j += 1
            taken = cut[i + 1:j]
            if b - pos >= 2 and any(f in _PROPER or word_freq(w2) <= RARE_WORD * 3 for w2, f in taken) \
                    and (len(taken) > 1 or taken[0][1] in _PROPER):
                out.append((pos, b, norm[pos:b], "org"))
    return out


def _cued_short_forms(norm: str, cued: list[tuple[int, int, str, str]], hits: list[tuple[int, int, str, str]]
                      ) -> list[tuple[int, int, str, str]]:
    """A cued name told again without its last word ("晨曦物业服务（股份代号：2896）" … "晨曦物业股价"): the shorter
    form, at least four characters and not a common word, written as words of its own elsewhere, names it."""
    from timeline.events.segment import pos_cut, word_freq

    out: list[tuple[int, int, str, str]] = []
    for _, _, name, _ in cued:
        cut = pos_cut(name)
        if len(cut) < 3:
            continue
        short = name[:-len(cut[-1][0])]
        if len(short) < 4 or (len(pos_cut(short)) == 1 and word_freq(short) > RARE_WORD):
            continue
        for m in re.finditer(re.escape(short), norm):
            a, b = m.start(), m.end()
            if norm.startswith(name, a) or any(x < b and a < y for x, y, _, _ in hits + out):
                continue
            bounds, pos = set(), max(0, a - 4)
            for w, _ in pos_cut(norm[max(0, a - 4):b + 4]):
                bounds.add(pos)
                pos += len(w)
            if a in bounds and b in bounds:
                out.append((a, b, name, "org"))
    return out


def _at_word_bounds(norm: str, a: int, b: int) -> bool:
    """``norm[a:b]`` starts and ends on word bounds of jieba's segmentation of it and four characters each side."""
    from timeline.events.segment import pos_cut

    lo = max(0, a - 4)
    bounds, pos = set(), lo
    for w, _ in pos_cut(norm[lo:b + 4]):
        bounds.add(pos)
        pos += len(w)
    bounds.add(pos)
    return a in bounds and b in bounds


def _written_again(norm: str, hits: list[tuple[int, int, str, str]], spellings: dict[str, str],
                   kind: str = "org") -> list[tuple[int, int, str, str]]:
    """``hits`` with the other places where a spelling (a key of ``spellings``) is written as words of its own
    (:func:`_at_word_bounds`) over no other hit: an organisation hit of the name it maps to. Longer spellings
    are placed first, so the answer does not hang on the order they were collected in."""
    extra: list[tuple[int, int, str, str]] = []
    for text in sorted(spellings, key=lambda t: (-len(t), t)):
        for m in re.finditer(re.escape(text), norm):
            a, b = m.start(), m.end()
            if not any(x < b and a < y for x, y, _, _ in hits + extra) and _at_word_bounds(norm, a, b):
                extra.append((a, b, spellings[text], kind))
    return sorted(hits + extra, key=lambda h: h[0]) if extra else hits


def _teams(norm: str) -> list[tuple[int, int, str, str]]:
    """Sports teams: the word 队 (jieba's own word, not 团队 / 球队) after nouns of which one is a place, a name
    or a rare word ("江城飞鹰队", "飞鹰队", "北岭雄狮队"); 国家队 / 中国队 are jieba's own words, and 队 after a
    common noun alone ("篮球队" is one word; "医疗队") names no team."""
    from timeline.events.segment import pos_cut, word_freq

    out: list[tuple[int, int, str, str]] = []
    for m in re.finditer("队", norm):
        lo = m.start()
        while lo > 0 and m.start() - lo < 8 and "\u4e00" <= norm[lo - 1] <= "\u9fff":
            lo -= 1
        cut = pos_cut(norm[lo:m.end()])
        if not cut or cut[-1][0] != "队":
            continue
        j, size = len(cut) - 1, 0
        while j > 0 and cut[j - 1][1][:1] in ("n", "j") and len(cut[j - 1][0]) >= 2 and size + len(cut[j - 1][0]) <= 6:
            size += len(cut[j - 1][0])
            j -= 1
        taken = cut[j:-1]
        if taken and any(f in _PROPER or word_freq(w) <= RARE_WORD * 2 for w, f in taken):
            a = m.start() - size
            out.append((a, m.end(), norm[a:m.end()], "org"))
    return out


# the head word of a school, a hospital or an academy ("澄湖大学", "安平医院", "东川理工学院")
SCHOOL_HEADS = ("大学", "学院", "中学", "小学")
HOSPITAL_HEADS = ("医院", "研究院", "研究所")
MUSEUM_HEADS = ("博物馆", "美术馆", "图书馆", "科技馆", "纪念馆", "艺术馆")
_INSTITUTE = re.compile("|".join(SCHOOL_HEADS + HOSPITAL_HEADS + MUSEUM_HEADS))


def _institutes(norm: str, taken: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Schools, hospitals and academies: jieba's word 大学 / 学院 / 医院 / 研究院 (not 大学生 / 大学排名) after up
    to six characters of nominal words of which one is a place, a name or a rare word ("澄湖大学": 澄 / 湖 read
    as places; "安平医院"); a common noun alone before it ("世界大学", "人民医院") names none. Spans overlapping
    ``taken`` are skipped."""
    from timeline.events.segment import pos_cut, word_freq

    out: list[tuple[int, int, str, str]] = []
    for m in _INSTITUTE.finditer(norm):
        if any(x < m.end() and m.start() < y for x, y, _, _ in taken):
            continue
        head = pos_cut(norm[m.start():m.end() + 3])
        if not head or head[0][0] != m.group():
            continue  # (大学生, 大学排名: a word of its own)
        lo = m.start()
        while lo > 0 and m.start() - lo < 8 and "\u4e00" <= norm[lo - 1] <= "\u9fff":
            lo -= 1
        cut = pos_cut(norm[lo:m.end()])
        if not cut or cut[-1][0] != m.group():
            continue
        j, size = len(cut) - 1, 0
        while j > 0 and cut[j - 1][1][:1] in ("n", "j", "g") and size + len(cut[j - 1][0]) <= 6 \
                and (len(cut[j - 1][0]) >= 2 or cut[j - 1][1] in _PROPER or cut[j - 1][1] in ("g", "ng")) \
                and cut[j - 1][0] not in _RELATION_NOUNS and cut[j - 1][0] not in _KIND_HEADS:
            size += len(cut[j - 1][0])
            j -= 1
        if j == 1 and size and len(cut[0][0]) == 1 and cut[0][1][:1] in ("n", "g") and size < 6 \
                and (lo == 0 or not "\u4e00" <= norm[lo - 1] <= "\u9fff"):
            size, j = size + 1, 0  # "星|屿|太空|研究院" opening the text's run: its first character is the name's
        taken_words = cut[j:-1]
        if size >= 2 and any(f in _PROPER or word_freq(w) <= RARE_WORD * 2 for w, f in taken_words):
            a = m.start() - size
            out.append((a, m.end(), norm[a:m.end()], "org"))
    return out


_ORG_TAIL_CHARS = frozenset(w[-1] for w in ORG_SUFFIXES if w != "股份")


# the endings of abstract common nouns ("Evacuation", "Investment", "Inflation"): a word opening a heading and a
# sentence with one of these is no one-word name
_EN_ABSTRACT_END = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence)$")


class _WordCounts:
    """For :func:`_repeated_name`: the lower-case words of a text and how often each capitalised word stands
    alone there (not next to another capitalised word), counted once per text on first use (linear)."""

    def __init__(self, norm: str) -> None:
        self.norm = norm
        self._lower: set[str] | None = None
        self._alone: dict[str, int] = {}

    def repeated(self, word: str) -> bool:
        """``word`` (capitalised, opening a sentence) is written at least twice on its own and never in lower
        case: a one-word name ("Nimbalo" of a heading and its story), not a word that opens a sentence
        ("About", "Shoppers") nor a word of a longer name ("Outdoor" of "Corran Outdoor")."""
        if word in _EN_STOP or word in _MONTHS_DAYS or len(word) < 3 or _EN_ABSTRACT_END.search(word):
            return False  # ("Evacuation orders lifted …" / "Evacuation orders … were lifted": a common noun)
        if self._lower is None:
            norm = self.norm
            self._lower = set(re.findall(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])", norm))
            for m in re.finditer(r"(?<![A-Za-z])[A-Z][a-z]+(?![A-Za-z])", norm):
                if not re.search(r"[A-Z][\w.&'’-]* $", norm[max(0, m.start() - 30):m.start()]) \
                        and not re.match(r" [A-Z]", norm[m.end():m.end() + 2]) \
                        and not _EN_DESCRIBES.match(norm, m.end()):  # ("Activist investor Brennan Row")
                    self._alone[m.group()] = self._alone.get(m.group(), 0) + 1
        low = word.lower()
        return low not in self._lower and self._alone.get(word, 0) >= 2 \
            and not (low.endswith("s") and low[:-1] in self._lower)  # ("Polls …" where "an exit poll" is told)


_EN_KIND_LEAD = frozenset("""chipmaker carmaker automaker drugmaker miner lender carrier retailer insurer airline shipper
developer operator manufacturer supplier producer grocer publisher broadcaster refiner conglomerate firm startup
start-up brewer distiller bottler jeweller jeweler homebuilder shipbuilder""".split())
"""Kinds of company that open a sentence before the company's name as a description ("Chipmaker Tellurite
Semiconductor said …"), never a name's first word (not "Bank" of "Bank of Veloria")."""

# kinds of organisation: "The payments firm", "the carmaker", "The lender" stand for an organisation told before
EN_ORG_KIND_NOUNS = frozenset("""company firm startup start-up group bank lender carrier retailer insurer airline shipper
brand developer operator manufacturer supplier producer chain grocer studio label publisher broadcaster network utility
miner refiner conglomerate giant automaker carmaker drugmaker chipmaker business exchange platform fund investor
conglomerate subsidiary unit union museum hospital gallery""".split())
_EN_KIND_WORD = r"(?:" + "|".join(sorted(EN_ORG_KIND_NOUNS, key=len, reverse=True)) + r"|[a-z]+maker)"
# a sentence opening with "The <kind>" (up to two words before the kind: "The payments firm") or with "Its"
_EN_KIND_OPENS = re.compile(r"\s*[\"“]?(?:The\s+(?:[A-Za-z][\w-]*\s+){0,2}?" + _EN_KIND_WORD + r"(?![\w-])|Its\s)")
# "X said its chief executive …", "X opened its first store": a possessive for a thing, a few words after X
_EN_ITS_AFTER = re.compile(r"(?:\s+[a-z]+){1,3}\s+its\s")
# the name is the subject: a verb follows it ("Brisa Pay won …"; not "Tang Ziqian, its chief executive, …")
_EN_VERB_NEXT = re.compile(r"\s+(?:also\s+|has\s+|had\s+|have\s+)?[a-z]+(?:ed|s)\b|\s+(?:won|sold|made|built|bought|"
                           r"paid|said|took|began|became|raised|set|cut|led|lost|grew|rose|fell|got|agreed|opened)\b")
_EN_SENTENCE_END = re.compile(r"[.!?][\"”’]?(?=\s+[\"“]?[A-Z])|\n")


_EN_PERSONAL = re.compile(r"\b(?:he|she|his|her|him|Mr|Mrs|Ms|Dr)\b")


def _surname_alone(norm: str, name: str) -> bool:
    """Whether the last word of ``name`` stands alone elsewhere in ``norm`` ("Cook said" after "Tim Cook"):
    how a person, not an organisation, is named again."""
    words = name.split()
    last = re.escape(words[-1])
    return any(norm[max(0, m.start() - len(words[-2]) - 1):m.start()].strip() != words[-2]
               for m in re.finditer(r"(?<![\w-])" + last + r"(?![\w-])", norm))


_ROLE_WORDS = frozenset(w.lower() for w in _EN_ROLE_LEAD)


def _role_before(norm: str, a: int) -> bool:
    """Whether a role or a title stands right before ``a`` ("Governor Ines Halvard", "chief executive X")."""
    w = re.search(r"([A-Za-z-]+)\s+$", norm[max(0, a - 30):a])
    return w is not None and w.group(1).lower() in _ROLE_WORDS


def _orgs_by_reference(norm: str, english: list[tuple[int, int, str, str]]) -> set[str]:
    """English names read as a person's (two capitalised words) that the text refers to as an organisation:
    the first name of a sentence followed a few words later by "its" ("Yinhe Pay said its chief executive
    …"), or the only name of a sentence when the next sentence opens with "The <kind of organisation>" or
    "Its" ("Brisa Pay won a licence. The payments firm also …"). A name is no organisation by this when an
    organisation competes with it in its sentence, when its sentence has a personal pronoun or a title (he, her,
    Mr …) or a role stands before it ("Governor X"), or when its last word stands alone elsewhere ("Cook said" after "Tim Cook": a person)."""
    if not english or not any(k == "person" for _, _, _, k in english):
        return set()
    ends = [m.end() for m in _EN_SENTENCE_END.finditer(norm)] + [len(norm)]
    out: set[str] = set()
    s0 = 0
    hits = sorted(english)
    i = 0
    for e in ends:
        inside = []
        while i < len(hits) and hits[i][0] < e:
            if hits[i][0] >= s0:
                inside.append(hits[i])
            i += 1
        named = [h for h in inside if h[3] != "place"]
        if named and named[0][3] == "person" and " " in named[0][2] and named[0][2].isascii():
            a, b, name, _ = named[0]
            # ("its" a few words after the name: nothing competes between; "The <kind>" next: the only name)
            if (_EN_ITS_AFTER.match(norm, b) or (len(named) == 1 and _EN_VERB_NEXT.match(norm, b) and _EN_KIND_OPENS.match(norm, e))) \
                    and not _EN_PERSONAL.search(norm, s0, e) and not _surname_alone(norm, name) \
                    and not _role_before(norm, a):
                out.add(name)
        s0 = e
    return out


# institution words a company named by common words ends with ("远景商业银行", "银河支付", "晨光保险"): the name
# is found where the text uses it as a participant (:func:`_participant_names`), whatever its first words are
INSTITUTION_WORDS = ("商业银行", "银行", "支付", "证券", "保险", "人寿", "信托", "航空", "电子", "基金", "期货", "租赁",
                     "快运", "快递", "速递", "新能源", "机器人", "电池", "创投", "互娱", "储能", "数位", "资讯", "文旅", "智造",
                     "建设", "仓储")
# institution words that are common nouns too ("城市建设"): a name before them is made of rare words only
RARE_LED_WORDS = ("建设",)
# business words a company's name ends with that name a company only after a place and a rare word ("东莞远航物流",
# "佛山飞驰速递": jieba reads 远航 / 飞驰 as verbs); alone they are common nouns ("智慧物流", "物流成本")
PLACE_LED_WORDS = ("物流", "速递", "快递", "快运")
_PLACE_LED_RARE = 5  # * RARE_WORD: the most frequent word (jieba's count) between the place and the business word
_NOT_NAME_F = frozenset("内部 外部 之间 以上 以下 以内 以外 前后 左右 上下 中间 内外 其中 之中 之后 之前 以前 以后 以来 "
                        "旁边 附近 周边 之外 之内 当中".split())
_INSTITUTION = re.compile("(?:" + "|".join(sorted(set(INSTITUTION_WORDS) | set(PLACE_LED_WORDS), key=len,
                                                  reverse=True)) + ")")
# verbs of a deal, an order, a sanction or a creation taking a company as their object ("收购远景商业银行",
# "起诉银河支付", "创立青隼支付")
_DEAL_VERBS = frozenset("收购 并购 入股 投资 控股 增持 减持 认购 注资 买下 买入 出售 起诉 调查 处罚 罚款 约谈 批准 核准 "
                        "合并 吸收 接管 重组 携手 联手 联合 牵手 创立 创办 创建 设立 组建 推出 判决 裁定".split())
# what may open a participant: a preposition or conjunction linking it to the action ("对银河支付", "与海鸥航空")
_PARTICIPANT_LINKS = frozenset("对 与 和 同 跟 向 由 被 因 将 把 及 替 为 给 让".split())
# what follows a participant: a date, punctuation, or (jieba's tags) a time word, an adverb, a preposition or
# conjunction, a verb of two characters or more; not a noun, a number or a particle (it would be the object of
# a verb: "用户支付费用", "公司支付2亿元", "用户支付的费用")
_DATE_NEXT = re.compile(r"[0-9０-９]{1,4}[年月日号]|[，,。；;：:、）)」”]")
_NEXT_FLAGS = ("t", "d", "p", "c", "v")
# words telling a kind of service or customer before an institution word ("跨境支付", "个人银行"), not a name
_SERVICE_MODIFIERS = frozenset("跨境 数字 第三方 在线 线上 线下 手机 网上 网络 移动 扫码 刷脸 电子 无现金 二维码 聚合 个人 企业 "
                               "私人 零售 消费 商业 投资 民营 外资 国有 地方 农村 城市 社区 村镇 用户 客户 大型 中小".split())
_NAME_WORD_FLAGS = ("n", "ng", "nz", "ns", "nr", "nt", "j", "b", "an", "g")  # (g: a morpheme, 隼 of 青隼)


def _linked_rare(cut: Sequence[tuple[str, str]], j: int) -> bool:
    """``cut[j - 1]``, a single character jieba reads as a verb or an adjective ("与知|微智造"), opens a name when a
    participant link (与 / 同 / 跟 / 和 / 对 / 向 / 被) is right before it and it makes no known word with the
    character after it."""
    from timeline.events.segment import word_freq

    return cut[j - 1][1] in ("v", "a") and j >= 2 and cut[j - 2][0] in ("与", "同", "跟", "和", "对", "向", "被") \
        and j < len(cut) and word_freq(cut[j - 1][0] + cut[j][0][:1]) <= RARE_WORD


def _participant_names(norm: str, taken: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Companies named by common words before an institution word (:data:`INSTITUTION_WORDS`: "远景商业银行",
    "银河支付"), which no dictionary lists and whose words are too common for :func:`_org_prefix`, found
    where the text uses them as participants: two to four characters of whole nominal words (jieba tags; no
    generic word such as 互联网 / 民营, no relation or kind noun) opening a clause (the text's start,
    punctuation, a date) or following a linking preposition (对 / 与 / 和 …) or a verb of a deal (收购 / 起诉 …),
    and followed by what follows a participant (a date, punctuation, one of its officers, a time word, an
    adverb, a preposition, a verb; not a noun, a number or a particle: 支付 is also a verb, "用户支付费用" / "公司支付2亿元" pay
    something and name no company). A term jieba knows whole (移动支付, 网上银行) is no name. Spans
    overlapping ``taken`` are skipped."""
    from timeline.events.segment import pos_cut, word_freq

    out: list[tuple[int, int, str, str]] = []
    for m in _INSTITUTION.finditer(norm):
        a0, b = m.start(), m.end()
        if any(x < b and a0 - 1 < y for x, y, _, _ in taken + out):
            continue
        if _KIND_AFTER.match(norm, b):
            continue
        if not _DATE_NEXT.match(norm, b) and not _ZH_ORG_CONTEXT_AFTER.match(norm, b) \
                and not norm.startswith(("行政总裁", "总经理", "主席", "行长", "董事长", "总裁", "首席", "领投", "跟投",
                                         "参投", "牵头"), b):
            # ("银河支付行政总裁何嘉颖", "北岸商业银行行长陈启明": its officer; "由北岸商业银行领投": a verb of a round)
            nxt = pos_cut(norm[b:b + 6])
            partner = norm.startswith("的", b)  # "终止与晴湾数位的合并": a partner's, when 与 / 同 / 跟 opens it
            stake = re.match(r"\d{1,3}(?:\.\d+)?%", norm[b:b + 7]) is not None  # "收购乙仓储100%股权": a stake
            if not partner and not stake and (not nxt or not nxt[0][1].startswith(_NEXT_FLAGS)
                                              or nxt[0][1].startswith("v") and len(nxt[0][0]) < 2):
                continue
        else:
            partner = False
        lo = a0
        while lo > 0 and a0 - lo < 8 and "\u4e00" <= norm[lo - 1] <= "\u9fff" and norm[lo - 1] not in "，。、；：":
            lo -= 1
        if a0 - lo < 2:
            continue
        cut = pos_cut(norm[lo:a0])
        starts = [lo]
        for w, _ in cut:
            starts.append(starts[-1] + len(w))
        # the name: the last whole nominal words, two to four characters
        j = len(cut)
        while j > 0 and (cut[j - 1][1].startswith(_NAME_WORD_FLAGS) and cut[j - 1][1] not in ("nr", "nrfg")
                         or len(cut[j - 1][0]) == 1 and (cut[j - 1][1] in ("nr", "zg", "vg", "ag")
                                                         or partner and cut[j - 1][1] in ("v", "a")
                                                         or _linked_rare(cut, j))) \
                and cut[j - 1][0] not in _GENERIC and cut[j - 1][0] not in _RELATION_NOUNS \
                and cut[j - 1][0] not in _KIND_HEADS and cut[j - 1][0] not in _SERVICE_MODIFIERS \
                and a0 - starts[j - 1] <= 4:
            j -= 1
        if j == len(cut) and cut and cut[-1][1] in ("nr", "nrfg") and len(cut[-1][0]) == 2:
            j -= 1  # ("蓝天航空": jieba reads a two-character common word as a given name)
        elif j == len(cut) and cut and cut[-1][1] == "f" and len(cut[-1][0]) == 2 and cut[-1][0] not in _NOT_NAME_F:
            j -= 1  # ("北岸商业银行", "南方保险": a direction word opens the name)
        if j == len(cut) and len(cut) >= 2 and m[0] in PLACE_LED_WORDS and len(cut[-1][0]) == 2 \
                and cut[-1][1][:1] in ("v", "a", "n") and cut[-2][1] == "ns" and len(cut[-2][0]) >= 2 \
                and word_freq(cut[-1][0]) <= _PLACE_LED_RARE * RARE_WORD:
            j -= 2  # ("佛山飞驰速递", "东莞远航物流": a place and a rare word jieba reads as a verb)
        elif m[0] not in INSTITUTION_WORDS and not (j + 1 < len(cut) and cut[j][1] == "ns" and len(cut[j][0]) >= 2):
            continue  # 物流 names a company only after a place and a word ("深圳捷运物流"; not "智慧物流")
        a = starts[j]
        if a0 - a < 2 or _ORG_OR_INSTITUTION.search(norm, a, a0):
            continue  # (an organisation word inside: "新能源汽车", "电子支付" are kinds of things)
        whole = pos_cut(norm[a:b])
        if len(whole) == 1 and whole[0][1] not in ("nt", "nz"):
            continue  # a term jieba knows whole ("移动支付", "网上银行"): a kind of service, not a company
        if m[0] in RARE_LED_WORDS and any(len(w) >= 2 and word_freq(w) > RARE_WORD for w, _ in pos_cut(norm[a:a0])):
            continue  # ("基础设施建设": a common word before 建设 makes a kind of work, not a builder's name)
        if partner and (j == 0 or cut[j - 1][0] not in ("与", "同", "跟")):
            continue
        if j > 0:  # something before the name within the clause: it must link the name to the action
            pw, pf = cut[j - 1]
            if not (pw in _PARTICIPANT_LINKS or pw in _DEAL_VERBS or pw in ("年", "月", "日")
                    or pw in _RELATION_NOUNS or pw in _KIND_HEADS  # "机器人公司云梯机器人", "储能企业蓝湾电池"
                    or pf == "t" and len(pw) >= 2):
                continue
        elif lo > 0 and "\u4e00" <= norm[lo - 1] <= "\u9fff" and norm[lo - 1] not in "，。、；：":
            continue  # the window was cut inside a longer run: no clause opening seen
        out.append((a, b, norm[a:b], "org"))
    return out


# words of an organisation's English name that a kind noun stands for when they do not share their first four
# letters ("the carrier" / Haiou Airlines; "insurer" / Chenguang Insurance shares "insu" and needs no entry)
_KIND_NAME_WORDS = {"carrier": ("airlines", "airways", "air", "aviation", "telecom", "mobile"),
                    "airline": ("airways", "air", "aviation"), "lender": ("bank", "bancorp", "financial"),
                    "carmaker": ("motors", "motor", "auto", "automotive"), "automaker": ("motors", "motor", "auto",
                                                                                         "automotive"),
                    "chipmaker": ("semiconductor", "semiconductors", "micro", "chips"),
                    "drugmaker": ("pharma", "pharmaceutical", "pharmaceuticals", "biotech"),
                    "insurer": ("assurance", "life"), "studio": ("pictures", "films", "entertainment", "media"), "shipper": ("shipping", "logistics", "freight"),
                    "miner": ("mining", "mines", "minerals", "metals", "resources")}


def kind_fits(kind: str, name: str) -> bool:
    """Whether an English kind noun ("insurer", "carrier", "bank") fits the English organisation name ``name``
    by one of its words (Chenguang Insurance is an insurer, Haiou Airlines a carrier); never for a Chinese name
    or a kind too general to tell (company, firm, group)."""
    kind = kind.lower()
    if kind in ("company", "firm", "group", "business", "startup", "start-up", "giant", "conglomerate") \
            or not name.isascii():
        return False
    words = [w.lower().strip(".") for w in name.split()[1:]]
    return any(w[:4] == kind[:4] and len(w) >= 4 for w in words) or any(w in _KIND_NAME_WORDS.get(kind, ()) for w in words)


# the last word of a public body's English name that "the <word>" refers back to ("the European Commission" …
# "the commission"; "the Competition Authority" … "the authority"; "The Calder Gallery" … "the gallery's east wing")
EN_BODY_KINDS = _EN_BODY_KINDS = frozenset("commission authority administration bureau ministry agency council regulator court "
                           "tribunal committee department office board government gallery museum library "
                           "university college hospital institute foundation orchestra theatre theater".split())


class _Joined:
    """A span standing in for a regex match of :data:`_EN_NAME` (``group(1)``, ``start(1)``, ``end(1)``)."""

    def __init__(self, norm: str, a: int, b: int) -> None:
        self._text, self._a, self._b = norm[a:b], a, b

    def group(self, _i: int = 0) -> str:
        return self._text

    def start(self, _i: int = 0) -> int:
        return self._a

    def end(self, _i: int = 0) -> int:
        return self._b


_ARTICLE_BEFORE = re.compile(r"(?:(?<![A-Za-z])the\s+|['’]s\s+)$", re.I)


def _joined_bodies(norm: str, matches) -> list:
    """The matches of :data:`_EN_NAME`, with a body's name that holds "and" or "of" told as one ("the Food and
    Drug Administration", "China's National Development and Reform Commission": two runs of capitalised words
    joined by " and ", after "the" or a possessive, the second ending in a body's kind word,
    :data:`_EN_BODY_KINDS`; "the Ministry of Transport", "the Civil Aviation Administration of China": a run
    ending in a body's kind word, " of ", a run)."""
    out: list = []
    for m in matches:
        if out and norm[out[-1].end(1):m.start(1)] == " of " \
                and (out[-1].group(1).split()[-1].lower() in _EN_BODY_KINDS or out[-1].group(1).split()[-1] == "Bank"):
            out[-1] = _Joined(norm, out[-1].start(1), m.end(1))  # "the Ministry of Transport"
            continue
        if out and norm[out[-1].end(1):m.start(1)] == " and " \
                and m.group(1).split()[-1].lower() in _EN_BODY_KINDS \
                and _ARTICLE_BEFORE.search(norm, max(0, out[-1].start(1) - 6), out[-1].start(1)) \
                and out[-1].group(1).split()[-1].lower() not in _ORG_WORDS:
            out[-1] = _Joined(norm, out[-1].start(1), m.end(1))
            continue
        out.append(m)
    return out


_EN_AGENCY_KINDS = frozenset("authority administration bureau commission office service regulator board".split())
"""Public bodies "the agency" may stand for."""


def _bodies_by_kind(norm: str, english: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """"the commission" (lower case) after an organisation named in full whose last word it is ("the European
    Commission"): that organisation, when exactly one named before it ends in that word; never before the
    full name is told."""
    firsts: dict[str, tuple[int, str]] = {}
    for a, _b, name, kind in english:
        parts = name.split()
        if kind == "org" and len(parts) > 1 and parts[-1].lower() in _EN_BODY_KINDS:
            key = parts[-1].lower()
            if key in firsts and firsts[key][1] != name:
                firsts[key] = (firsts[key][0], "")  # two bodies of that kind: "the commission" names neither
            else:
                firsts.setdefault(key, (a, name))
    if "agency" not in firsts:
        # "the agency" after one public body of another kind ("The Marrow Basin Authority ordered …. The agency
        # said …"): that body, when it is the only one named
        bodies = {v for k, v in firsts.items() if k in _EN_AGENCY_KINDS}
        if len(bodies) == 1 and "" not in bodies:
            firsts["agency"] = min((v for k, v in firsts.items() if k in _EN_AGENCY_KINDS), key=lambda v: v[0])
    out: list[tuple[int, int, str, str]] = []
    for key, (first, name) in firsts.items():
        if not name:
            continue
        for m in re.finditer(r"(?<![A-Za-z])[Tt]he\s+(" + key + r")(?![A-Za-z])", norm):
            if m.start() > first and not any(x < m.end(1) and m.start(1) < y for x, y, _, _ in english):
                out.append((m.start(1), m.end(1), name, "org"))
    return out


_EN_PLACE_BODY = re.compile(r"(?<![A-Za-z])[Tt]he\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)((?:\s+[a-z]+){1,3})\s+"
                            r"(bureau|commission|authority|department|ministry|court|administration|agency|office|"
                            r"regulator|council|committee)(?![A-Za-z])")
_EN_TOPIC_WORDS: frozenset[str] | None = None


def _topic_words() -> frozenset[str]:
    """The lower-case English words of public bodies' names (``resources/body_words.tsv``, first column)."""
    global _EN_TOPIC_WORDS
    if _EN_TOPIC_WORDS is None:
        from timeline.resources import resource_path

        _EN_TOPIC_WORDS = frozenset(line.split("\t", 1)[0].strip().lower()
                                    for line in resource_path("body_words.tsv").read_text("utf-8").splitlines()
                                    if line.strip() and not line.startswith("#") and "\t" in line)
    return _EN_TOPIC_WORDS


def _place_topic_bodies(norm: str, english: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """"The Linhai environment bureau", "the Qiaolin transport bureau": a place, the lower-case words of a body's
    topic (every one a word of ``resources/body_words.tsv``) and a body's kind word (bureau / commission /
    authority / department / ministry / court …) after "the" are one public body, named as written from the
    place to the kind word; the place alone is no actor there."""
    if "he " not in norm:
        return english
    found: list[tuple[int, int, str, str]] = []
    for m in _EN_PLACE_BODY.finditer(norm):
        topic = m.group(2).split()
        if not all(w in _topic_words() for w in topic):
            continue
        found.append((m.start(1), m.end(3), " ".join([m.group(1), *topic, m.group(3)]), "org"))
    if not found:
        return english
    kept = [h for h in english if not any(a < h[1] and h[0] < b for a, b, _, _ in found)]
    return sorted(kept + found)


def _declared_abbreviations(norm: str, english: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """An abbreviation in capitals declared in brackets right after an English organisation's name ("the
    Securities and Futures Commission (SFC)") names it wherever the article writes it as a word of its own
    ("The SFC said …"), when its letters open the name's capitalised words in order (S-F-C) and it declares
    no other name."""
    declared: dict[str, str] = {}
    for _a, b, name, kind in english:
        m = re.match(r"\s*[(（]([A-Z]{2,6})[)）]", norm[b:b + 10])
        if kind != "org" or not m:
            continue
        initials = "".join(w[0] for w in name.split() if w[:1].isupper())
        abbr = m.group(1)
        it = iter(initials)
        if abbr[0] == initials[:1] and all(ch in it for ch in abbr):
            declared[abbr] = name if declared.get(abbr, name) == name else ""
    declared = {k: v for k, v in declared.items() if v}
    if not declared:
        return english
    out = [(a, b, declared.get(n, n), "org" if n in declared else k) for a, b, n, k in english]
    for abbr, name in declared.items():
        for m in re.finditer(r"(?<![A-Za-z])" + abbr + r"(?![A-Za-z])", norm):
            if not any(a < m.end() and m.start() < b for a, b, _, _ in out):
                out.append((m.start(), m.end(), name, "org"))
    return sorted(out)


# a descriptor of a company's trade right before its name ("冷链业者凛冬冷藏", "芯片供应商曜川微"), the name closing
# on punctuation, a day or 的
_DESCRIBED_NAME = re.compile(r"(?:业者|厂商|新创|运营商|供应商|制造商|开发商|零售商|服务商|承包商|经销商)"
                             r"([\u4e00-\u9fff]{2,4}?)(?=[，。；、,;：:）)]|[0-9０-９]{1,2}日|的)")


def _described_names(norm: str) -> list[tuple[int, int, str, str]]:
    """A company named right after a descriptor of its trade ("入股冷链业者凛冬冷藏，"): two to four characters of
    no verb and no function character, not one common word, not an officer or a relation word."""
    from timeline.events.segment import pos_cut, word_freq

    out: list[tuple[int, int, str, str]] = []
    if not any(k in norm for k in ("业者", "商", "新创")):
        return out
    for m in _DESCRIBED_NAME.finditer(norm):
        name = m.group(1)
        if any(ch in _STOP_CHARS for ch in name) or _JOB_BEFORE.search(name):
            continue
        cut = pos_cut(name)
        if any(f.startswith(("v", "p", "c", "u", "d", "r", "m", "q", "a")) for _, f in cut) \
                or all(len(w) > 1 and word_freq(w) > RARE_WORD for w, _ in cut) \
                or any(w in _RELATION_NOUNS or w in _GENERIC or w in _KIND_HEADS for w, _ in cut):
            continue
        out.append((m.start(1), m.end(1), name, "org"))
    return out


def _officer_named(norm: str, a: int, name: str) -> bool:
    """"副总裁仉若川正式加盟", "分析师酆嘉禾30日指出": three characters right after a job title and before a word that
    follows a person's name are that person's name whatever the family name (a rare one no list holds), when no
    dictionary knows them as a word and none is a function character."""
    from timeline.events.segment import word_freq

    return all("\u4e00" <= ch <= "\u9fff" and ch not in _STOP_CHARS for ch in name) \
        and _JOB_BEFORE.search(norm, max(0, a - 5), a) is not None \
        and word_freq(name) <= RARE_WORD and word_freq(name[:2]) <= RARE_WORD * 10


def _adverb_ends(name: str) -> bool:
    """A three-character candidate whose first two characters are a common word and whose third is an adverb
    opening the cue after it ("任命曾在…": 任命, then 曾 of 曾在): no family name and given name."""
    from timeline.events.segment import word_freq

    return name[2] in "曾已仍也都均还再又" and word_freq(name[:2]) > RARE_WORD * 10


def _rare_appointee(norm: str, m: re.Match) -> bool:
    """"任命蔚知秋为财务长": after 任命 / 聘请 / 提名 and before 为 / 出任 …, three characters no dictionary knows as a
    word are a person's name even when the family name is rare (蔚, 訾, 仉); never a pronoun or a function word."""
    from timeline.events.segment import word_freq

    name = m.group(1)
    return norm[m.start():m.start() + 1] != "由" and len(name) == 3 and not any(ch in _STOP_CHARS for ch in name) \
        and word_freq(name) <= RARE_WORD and word_freq(name[:2]) <= RARE_WORD * 10


# family names of two characters that open hardly any other word (not 东方 / 长孙 / 南宫: words or places too)
COMPOUND_SURNAMES = frozenset("欧阳 司马 上官 诸葛 皇甫 尉迟 公孙 慕容 令狐 夏侯 司徒 端木 宇文 澹台 呼延 轩辕 西门 闻人".split())
_COMPOUND_NAME = re.compile("(?:" + "|".join(sorted(COMPOUND_SURNAMES)) + r")[\u4e00-\u9fff]{1,2}")


def _compound_surnamed(norm: str) -> list[tuple[int, int, str, str]]:
    """A person named by a two-character family name (欧阳 / 司马 / 上官 …) and a given name of one or two
    characters: "击败欧阳栖川，", "欧阳栖川首次夺冠". The given name ends where punctuation, a function character
    or a word that follows a person's name (:data:`_PERSON_BEFORE`) does; a name with neither is left alone."""
    out: list[tuple[int, int, str, str]] = []
    if not any(s in norm for s in ("欧阳", "司马", "上官", "诸葛", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "司徒",
                                   "端木", "宇文", "澹台", "呼延", "轩辕", "西门", "闻人")):
        return out
    for m in _COMPOUND_NAME.finditer(norm):
        a = m.start()
        for n in (4, 3):
            e = a + n
            if e > len(norm) or any(ch in _STOP_CHARS for ch in norm[a + 2:e]):
                continue
            nxt = norm[e:e + 1]
            if n == 4 and nxt and nxt in "了过着":
                continue  # "司马迁写了": an aspect particle follows a verb, not a name
            if not nxt or not "\u4e00" <= nxt <= "\u9fff" or nxt in _STOP_CHARS or _PERSON_BEFORE.match(norm, e):
                out.append((a, e, norm[a:e], "person"))
                break
    return out


# kinds of organisation a name may be written with and referred to by alone ("翠岭航天研究所…。研究所所长…")
_REFERRED_KINDS = ("研究所", "研究院", "研究中心", "实验室", "集团", "银行", "医院", "大学", "学院", "博物馆", "基金会",
                   "协会", "交易所", "事务所", "电视台", "出版社")
_REFERENCE_LEAD = ("该", "这", "其", "本", "这家", "该家")
# business words too broad for "<word>公司" to refer to one company told before ("科技公司纷纷…")
_BROAD_BUSINESS = frozenset("公司 集团 科技 电子 网络 信息 技术 数据 智能 软件 控股 实业 发展 投资 国际 中国".split())


def _kind_references(norm: str, hits: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A generic reference to an organisation told before in the story: its business word and 公司 / 集团
    ("燃气公司" after 江澜燃气, "港务公司" after 南湾港务), or the kind word the text wrote its name with
    ("研究所" after "翠岭航天研究所"), opening a noun phrase (after punctuation or 该 / 这家 / 本, never after a
    counter: "多家物流公司" is no one) after the name's first mention. Only when exactly one organisation of the
    story is referred to by those words."""
    refs: dict[str, tuple[int, str]] = {}
    for a, b, name, kind in hits:
        if kind != "org" or len(name) < 4 or name.isascii() or not norm.startswith(name, a):
            continue
        forms = [name[-2:] + "公司", name[-2:] + "集团"] \
            if name[-2:] not in _BROAD_BUSINESS and name[-2:] not in _GENERIC else []
        forms += [k for k in _REFERRED_KINDS if norm.startswith(k, b)
                  or len(k) >= 3 and name.endswith(k) and len(name) > len(k) + 1]  # (not 银行 alone: 银行业)
        for f in forms:
            if f in refs and refs[f][1] != name:
                refs[f] = (refs[f][0], "")  # two organisations of that kind: the words name neither
            else:
                refs.setdefault(f, (b, name))
    refs = {f: v for f, v in refs.items() if v[1]}
    if not refs:
        return hits
    out = list(hits)
    for f, (first, name) in refs.items():
        at = norm.find(f, first)
        while at >= 0:
            e = at + len(f)
            lead = norm[at - 1:at] if at else ""
            opens = not lead or not "\u4e00" <= lead <= "\u9fff" or lead in _REFERENCE_LEAD \
                or norm[max(0, at - 2):at] in _REFERENCE_LEAD
            if opens and norm[at - 1:at] not in _ORG_MEASURES:
                same = [h for h in out if h[0] == at and h[1] == e and h[2] == f]  # ("港务公司" read as a name)
                if not any(x < e and at < y for x, y, _, _ in out if (x, y) != (at, e) or not same):
                    out = [h for h in out if h not in same] + [(at, e, name, "org")]
            at = norm.find(f, e)
    return sorted(out, key=lambda h: (h[0], -(h[1] - h[0])))


_OFFICER_AFTER = re.compile(r"副?(?:局长|主任|处长|厅长|部长|委员|负责人|发言人|书记|院长|署长|主席|秘书长)")
_UNIT_SHORT = re.compile(r"([省市县区])([\u4e00-\u9fff]{1,5}?[委局办厅署院])")


def _in_order(short: str, long: str) -> bool:
    """Every character of ``short`` in ``long``, in order, the first opening ``long``."""
    if not short or not long.startswith(short[0]):
        return False
    it = iter(long)
    return all(ch in it for ch in short)


def _body_short_refs(norm: str, hits: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """"市交通委" after "沂川市交通运输委员会", "县教育局" after "临江县教育局": the body's administrative unit and a short
    form of the rest of its name (its characters in order, the first the same) stand for the body told before in
    the story, when one body of the story fits; opening a phrase (after punctuation or 该 / 本)."""
    if not _UNIT_SHORT.search(norm):
        return hits
    bodies: dict[str, tuple[int, str]] = {}
    for _a, b, name, kind in hits:
        m = re.match(r"[\u4e00-\u9fff]{1,3}?([省市县区])(.{2,})$", name)
        if kind == "org" and m and _BODY_END.search(name):
            bodies.setdefault(name, (b, m.group(1) + "\0" + m.group(2)))
    if not bodies:
        return hits
    out = list(hits)
    for m in _UNIT_SHORT.finditer(norm):
        lead = norm[m.start() - 1:m.start()] if m.start() else ""
        if lead and "\u4e00" <= lead <= "\u9fff" and lead not in _REFERENCE_LEAD:
            continue  # (inside a longer word: "城市规划局", "超市…")
        fits = [n for n, (first, key) in bodies.items() if first <= m.start() and key.split("\0")[0] == m.group(1)
                and _in_order(m.group(2), key.split("\0")[1])]
        if _OFFICER_AFTER.match(norm, m.end()):
            continue  # "省统计局副局长刘春明说": the body describes its officer, who speaks (left as it was)
        if len(fits) == 1 and not any(x < m.end() and m.start() < y for x, y, _, _ in out):
            out.append((m.start(), m.end(), fits[0], "org"))
    return sorted(out, key=lambda h: (h[0], -(h[1] - h[0])))


def open_names(norm: str) -> list[tuple[int, int, str, str]]:
    """Names found without a gazetteer in ``norm`` (see module docstring)."""
    out: list[tuple[int, int, str, str]] = _public_bodies(norm) + _teams(norm)
    out = sorted(out + _institutes(norm, out), key=lambda h: h[0])
    for m in _ORG.finditer(norm):
        if m.group(1) == "公司" and _LEGAL.match(norm, max(0, m.start() - 4)) is not None \
                and _LEGAL.match(norm, max(0, m.start() - 4)).end() == m.end():  # type: ignore[union-attr]
            continue  # "股份有限公司": the legal form of the name before it
        if _KIND_AFTER.match(norm, m.end()) or m.group(1) == "股份" and (
                norm.startswith(("有限", "公司"), m.end()) or norm[m.start() - 1:m.start()] in _ORG_TAIL_CHARS):
            continue  # ("…股份有限公司" is a legal form; "农业股份" is no name of its own)
        if out and out[-1][1] == m.start() and out[-1][3] == "org":
            out[-1] = (out[-1][0], m.end(), out[-1][2], "org")  # "远川机器人公司": the name is 远川机器人
            continue
        a = _org_prefix(norm, m.start())
        if a < m.start():
            if out and out[-1][1] == a and out[-1][2].endswith(("公司", "集团")):
                out.pop()  # "晶片公司翠谷科技": a kind of company right before a name describes it
            b = m.end()
            more = _ORG_RUN.match(norm, b)
            while more and more.end() > b and not _KIND_AFTER.match(norm, more.end()):
                b = more.end()  # "远川电子科技": organisation words in a row belong to one name
                more = _ORG_RUN.match(norm, b)
            name = norm[a:b]
            if b > m.end() and name.endswith("公司"):
                name = name[:-2]  # "远川电子科技公司" is "远川电子科技"
            out.append((a, b, name, "org"))
    for m in _PERSON_AFTER_CUE.finditer(norm):
        name = m.group(1)
        if name[0] in SURNAMES or _rare_appointee(norm, m):
            out.append((m.start(1), m.end(1), name, "person"))
    for m in _PERSON_AFTER_CUE_DE.finditer(norm):
        name = m.group(1)
        if name[0] in SURNAMES and not any(ch in _STOP_CHARS for ch in name[1:]):
            out.append((m.start(1), m.end(1), name, "person"))
    out += _compound_surnamed(norm) + _described_names(norm)
    cues: list[tuple[int, tuple[int, ...]]] = [(m.start(), (3, 2)) for m in _PERSON_BEFORE.finditer(norm)]
    cues += [(m.start(), (3,)) for m in _PERSON_BEFORE_TIME.finditer(norm)]
    # "执行长唐子谦同日宣布卸任": before 同日 only after a post (a place opens "张家界同日…" as well)
    cues += [(m.start(), (3, 2)) for m in (*_PERSON_BEFORE_SAME_DAY.finditer(norm),
                                           *_PERSON_BEFORE_AFTER_POST.finditer(norm))
             if any(_JOB_BEFORE.search(norm, max(0, m.start() - 9), m.start() - n) for n in (3, 2))]
    cues += [(m.end(), (3,)) for m in _PERSON_BEFORE_YEAR.finditer(norm)
             if any(h[2] == m.group() for h in out) or norm.count(m.group()) > 1]  # (a name told elsewhere too)
    for e, sizes in sorted(cues):
        for n in sizes:
            a = e - n
            if a < 0:
                continue
            name = norm[a:e]
            given = name[1:] if n == 2 or name[1] not in _GIVEN_MIDDLE else name[2:]
            if (name[0] in SURNAMES or n == 3 and _officer_named(norm, a, name)) \
                    and not (n == 3 and _adverb_ends(name)) \
                    and all("\u4e00" <= ch <= "\u9fff" for ch in name[1:]) \
                    and all(ch not in _STOP_CHARS for ch in given) \
                    and not norm[a - 1:a].isdigit() \
                    and (a == 0 or not ("\u4e00" <= norm[a - 1] <= "\u9fff") or norm[a - 1] in _STOP_CHARS
                         or _JOB_BEFORE.search(norm, max(0, a - 5), a)):
                out.append((a, e, name, "person"))
                break
    for m in _LABEL.finditer(norm):
        name = m.group(1)
        if name[0] in SURNAMES and not any(ch in _STOP_CHARS for ch in name[1:]) and name not in _NOT_LABEL_NAMES:
            out.append((m.start(1), m.end(1), name, "person"))
    english: list[tuple[int, int, str, str]] = []
    counts = _WordCounts(norm)
    for m in _joined_bodies(norm, _EN_NAME.finditer(norm)):
        if m.group(1).isupper():
            continue  # all capitals: an abbreviation (GPU, API) or a transcript's speaker label
        words = m.group(1).split()
        after_the = bool(words) and words[0] == "The" or re.search(r"\bthe\s+$", norm[max(0, m.start() - 5):m.start()])
        whole = words
        while words and (words[0] in _EN_STOP or words[0] in _MONTHS_DAYS):
            if words[0] in _SURNAME_WORDS and 2 <= len(words) <= 3 and all(_pinyin_word(w) for w in words[1:]):
                break  # "He Jiaying", "An Ruoxi": a Chinese family name that is also an English word, then pinyin
            words = words[1:]
        if words and len(words) < len(whole) and all(w.lower().strip(".") in _ORG_WORDS for w in words) \
                and whole[len(whole) - len(words) - 1] in _NATIONALITY:
            words = whole[len(whole) - len(words) - 1:]  # "the European Commission": an institution's own name
        # "the Harbor City Gulls": a team (a plural after "the"), unless it is where ("in the United States")
        team = after_the and len(words) >= 2 and re.fullmatch(r"[A-Z][a-z]+[^s]s", words[-1]) is not None \
            and not words[0] == "The" and not re.search(r"(?<![A-Za-z])(?:in|into|across|throughout|from|to|near|"
                                                         r"outside|around)\s+the\s+$",
                                                         norm[max(0, m.start() - 16):m.start()], re.I)
        the_name = False
        if after_the and words and _looks_personal(words) and not team:
            if whole[0] == "The" or not re.search(r"(?<![A-Za-z])by\s+the\s+$", norm[max(0, m.start() - 8):m.start()]):
                continue  # "The Secret Launch of …": a heading's words; no person is called "the …"
            the_name = True  # "sent by the Red Crescent": the doer of a passive is a body (no person is "the …")
        j = next((i for i in range(1, len(words)) if words[i].rstrip(".") in _EN_ROLE_LEAD
                  and words[i - 1].rstrip(".") not in _EN_ROLE_LEAD), 0)
        j2 = j
        while j and j2 < len(words) and words[j2].rstrip(".") in _EN_ROLE_LEAD:
            j2 += 1
        if j and j2 < len(words) and all(w in _EN_PORTFOLIOS for w in words[:j]) and _looks_personal(words[j2:]):
            words = words[j2:]  # "Health Minister Ilse Brauner": a portfolio and a role, then the person
            j = 0
        if j and j2 < len(words) and _looks_personal(words[j2:]) and not any(w in _EN_STOP for w in words[:j]):
            # "Corvan Chief Executive Hugo Merle": an organisation, a role, a person -- two names
            org_start = m.start(1) + m.group(1).index(words[0])
            org = " ".join(words[:j])
            english.append((org_start, org_start + len(org), org, "org"))
            words = words[j2:]
        k = 0
        while k < len(words) and words[k].rstrip(".") in _EN_ROLE_LEAD:
            k += 1
        if 0 < k < len(words) and _looks_personal(words[k:]):
            words = words[k:]  # "Striker Miro Santel", "Chief Executive Marc Dufort": the role is no part of the name
        while words and (words[-1] in _MONTHS_DAYS or words[-1] in _EN_JOB_WORDS):
            words = words[:-1]  # "Ashcombe CEO to step down": the title is no part of the name
        if len(words) > 1 and (words[0].lower() in _EN_KIND_LEAD or words[0].endswith("maker")) \
                and words[1][:1].isupper():
            words = words[1:]  # "Chipmaker Tellurite Semiconductor said …": the kind opening a sentence describes it
        if not words or (len(words) == 1 and len(words[0]) == 1):
            continue  # ("U" of "U.S. Army": a letter of an abbreviation)
        name = " ".join(words)
        if name.lower() in _EN_COMMON or re.fullmatch(r"(?:series|round|phase|class|type|model|version)\s+\w{1,3}",
                                                      name.lower()):
            continue  # "Series B": a funding round, not a participant
        if len(words) == 1 and name.lower() in _NUMBERED and re.match(r"\s+\d", norm[m.end(1):m.end(1) + 3]):
            continue  # "Chapter 11", "Article 102", "Phase 3": a numbered part, not a participant
        if len(words) == 1 and "-" in name and all(p in _EN_STOP or p in _NATIONALITY or p in _COMBINING
                                                   for p in name.split("-")):
            continue  # "a Taiwanese-Canadian lawyer": a nationality
        if len(words) == 1 and name in DEMONYMS:
            continue  # "a 39-year-old Czech conductor": a people's word, no participant
        if words[-1] in _HOLIDAY_WORDS or words[0] == "Lunar":
            continue  # "the Lunar New Year", "the Lantern Festival": a time, not a participant
        start = m.start(1) + m.group(1).index(words[0])
        if re.search(r"(?<![A-Za-z])the\s+(?:19|20)\d\d\s+$", norm[max(0, start - 10):start]):
            continue  # "at the 2024 Games", "the 2026 World Cup": an event named by its year, not a participant
        if len(words) == 1:
            before = norm[max(0, start - 4):start]
            sentence_start = start == 0 or re.search(r"[.!?。！？:：\n\"“]\s*$|\s[-–—]\s+$|\s{3}$", before) is not None  # (also after a dateline's dash or where it was blanked: "August 15, 2028 - About …")
            camel = any(ch.isupper() for ch in name[1:])  # MediaTek, IBM
            # told as a company by the Chinese words around it: "晶片新創Cerebrix", "Cerebrix執行長"
            told_org = bool(_ZH_ORG_CONTEXT_BEFORE.search(norm[max(0, start - 4):start])
                            or _ZH_ORG_CONTEXT_AFTER.match(norm, start + len(name)))
            if sentence_start and re.match(r"['’]s\b", norm[start + len(name):start + len(name) + 3]):
                sentence_start = False  # "Quennel's story began …": a possessive opening a sentence is a name
            if sentence_start and counts.repeated(name) and not _EN_DESCRIBES.match(norm, start + len(name)) \
                    and name.lower() not in _EN_GROUP_NOUNS:
                sentence_start = False  # "Nimbalo unveils …" / "Nimbalo unveiled …": a name, not a word
                # (not "Activist investor Brennan Row …": a word describing the name after it)
            if sentence_start and _EN_APPOSITIVE_KIND.match(norm, start + len(name)) and not name.endswith("ly"):
                sentence_start = False  # "Brightlink, a carrier, will sell …": a word described as a kind is a name
            if (sentence_start and not camel and not told_org) or name.lower() in _EN_COMMON \
                    or name.lower() in _EN_TERMS:
                continue
            near = norm[max(0, start - 1):start] + norm[start + len(name):start + len(name) + 1]
            if any("\u4e00" <= ch <= "\u9fff" for ch in near) and not camel and not told_org:
                continue  # "千問App", "以Agent為代表": a term inside Chinese text
        kind_before = _EN_KIND_BEFORE.search(norm[max(0, start - 24):start]) is not None
        kind = "org" if not _looks_personal(words) or _ZH_ORG_CONTEXT_BEFORE.search(norm[max(0, m.start() - 4):m.start()]) \
            or team or kind_before or the_name else "person"  # ("Outdoor gear retailer Corran Outdoor" is a company)  # ("創投基金Vertex Horizon" is a fund; "the Harbor City Gulls" a team)
        if _is_place(norm, start, start + len(name), words):
            kind = "place"
        end = start + len(name)
        if kind == "org" and len(words) > 1 and words[-1].rstrip(".").lower() in _EN_LEGAL:
            name = " ".join(words[:-1])  # "Quillon Corp." is Quillon, as "Vantor Holdings Inc" is Vantor Holdings
        english.append((start, end, name, kind))
    # a lone first name ("Jack") where the article also gives the full name ("Jack Ma"): the person is
    # named by the full name; the lone word is no actor of its own
    # "the Food and Drug Administration", "the Bank of England": an institution's name after "the" holds "and"
    # / "of" / "for" between its capitalised words
    joined: list[tuple[int, int, str, str]] = []
    for h in english:
        if joined:
            a0, b0, n0, _k0 = joined[-1]
            gap = norm[b0:h[0]]
            if re.fullmatch(r" (?:and|of|for) ", gap) and re.search(r"\bthe\s+$", norm[max(0, a0 - 5):a0], re.I) \
                    and (h[2].split()[-1].lower().strip(".") in _ORG_WORDS
                         or n0.split()[-1].lower().strip(".") in _ORG_WORDS):
                joined[-1] = (a0, h[1], f"{n0}{gap}{h[2]}", "org")
                continue
        joined.append(h)
    english = joined
    # "the U.S. Army", "the U.K. Treasury": a dotted abbreviation before capitalised words opens one name
    for m in re.finditer(r"(?<![A-Za-z.])((?:[A-Z]\.){2,3})\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)", norm):
        a0, b0 = m.start(1), m.end(2)
        words = m.group(2).split()
        while words and (words[-1] in _MONTHS_DAYS or words[-1] in _EN_JOB_WORDS):
            words = words[:-1]
        if not words:
            continue
        b0 = m.start(2) + len(" ".join(words))
        english = [h for h in english if h[1] <= a0 or h[0] >= b0]
        english.append((a0, b0, f"{m.group(1)} {' '.join(words)}", "org"))
    english.sort()
    # a name told once as an organisation ("Fenwick Audio Inc.") is one wherever the article writes it (a
    # heading's "Fenwick Audio to buy Lumaren" reads like a person's two names)
    org_names = {n for _, _, n, k in english if k == "org"} | _orgs_by_reference(norm, english)
    # "Brennan Row, which owns 7% of Hallam, …": "which" tells a thing, not a person
    org_names |= {n for _, b, n, k in english if k == "person" and re.match(r",\s+which\b", norm[b:b + 8])}
    english = [(a, b, n, "org" if k == "person" and n in org_names else k) for a, b, n, k in english]
    # an organisation named in full and by the first words of that name ("Orbis Freight Holdings" / "Orbis
    # Freight") is one: the shorter name
    orgs = sorted({n for _, _, n, k in english if k == "org" and " " in n}, key=len)
    shorter = {}
    for i, long_name in enumerate(orgs):
        for short_name in orgs[:i]:
            if long_name.startswith(short_name + " "):
                shorter[long_name] = short_name
                break
    if shorter:
        english = [(a, b, shorter.get(n, n), k) for a, b, n, k in english]
    # "Sprinter Dalia Morrow" of a heading where the story names "Dalia Morrow": the first word describes her
    people = {n for _, _, n, k in english if k == "person"}
    longer = {n: n.split(" ", 1)[1] for n in people if n.count(" ") == 2 and n.split(" ", 1)[1] in people}
    if longer:
        english = [(a, b, longer.get(n, n), k) for a, b, n, k in english]
    firsts = {n.split()[0] for _, _, n, kind in english if kind == "person" and " " in n}
    english = [h for h in english if " " in h[2] or h[2] not in firsts]
    # a lone word that is the family name of a person or the first word of an organisation the article names
    # in full ("Raman" after "Priya Raman", "Vantor" after "Vantor Holdings Inc") is that one; it may open a
    # sentence ("Skylark was founded …")
    full: dict[str, str] = {}
    for _, _, nm, kind in english:
        parts = nm.split()
        if len(parts) > 1:
            keys = [parts[-1] if kind == "person" else parts[0]]
            if kind != "person" and parts[0] in _NATIONALITY:
                keys = []  # "European" after "the European Commission" is an adjective ("the European market")
            if kind == "org" and re.fullmatch(r"[A-Z][a-z]+[^s]s", parts[-1]) and parts[-1].lower() not in _ORG_WORDS:
                keys.append(parts[-1])  # "the Hawks" after "the Orrin Vale Hawks"
            for key in keys:
                if full.setdefault(key, nm) != nm:
                    full[key] = ""  # two full names share the word: it names neither
    if full:
        def kind_of(full_name: str) -> str:
            return next(k for _, _, x, k in english if x == full_name)

        english = [(a, b, full[w], kind_of(full[w])) if full.get(w) and " " not in w and w.lower() not in _EN_TERMS
                   else (a, b, w, k) for a, b, w, k in english]
        for m in re.finditer(r"(?<![A-Za-z'’])([A-Z][a-z]+)(?![A-Za-z])", norm):
            whole = full.get(m.group(1))
            near = norm[max(0, m.start() - 1):m.start()] + norm[m.end():m.end() + 1]
            if m.group(1).lower() in _EN_TERMS or any("\u4e00" <= ch <= "\u9fff" for ch in near):
                continue  # "Seed團隊": a term inside Chinese text
            if whole and not any(a <= m.start() < b for a, b, _, _ in english) \
                    and not any(a <= m.start() < b for a, b, _, _ in out):
                english.append((m.start(), m.end(), whole, kind_of(whole)))
    english = _declared_abbreviations(norm, _place_topic_bodies(norm, english))
    english += _bodies_by_kind(norm, english)
    out.extend(english)
    if "·" in norm:
        out.extend(_transliterated(norm))
    out += _participant_names(norm, out)
    cued = _cued_names(norm)
    if cued:  # a name the text marks as one wins over a shorter or cut one found by its organisation word
        out = [h for h in out if not any(x < h[1] and h[0] < y for x, y, _, _ in cued)] + cued
        out += _cued_short_forms(norm, cued, out)
    out.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    kept: list[tuple[int, int, str, str]] = []
    for h in out:
        if kept and h[0] < kept[-1][1]:
            continue
        kept.append(h)
    # a name found once (by a cue, or where its organisation word could be read) names the same words wherever
    # they stand as words of their own ("他在远航航空工作" after "远航航空宣布…")
    again = {n for _, _, n, k in kept if k == "org" and not n.isascii() and len(n) >= 4}
    if again:
        # (the company of a union's name is one too: "青衣巴士职工会" tells 青衣巴士)
        # ("港湾客运产业工会" tells 港湾客运; the union's 资方, the management side, is that company when it is one)
        employers = {u: u for n in again for u in [re.sub("(?:产业|企业)?(?:职工会|工会)$", "", n)]
                     if u != n and len(u) >= 4}
        management = {"资方": next(iter(employers))} if len(employers) == 1 else {}
        kept = _written_again(norm, kept, {n: n for n in again} | _place_dropped(again) | employers | management)
    # so does a person's full name of three characters ("法院以受贿罪判处邬志恒…" after "邬志恒于…被留置")
    people = {n for _, _, n, k in kept if k == "person" and len(n) == 3 and n[0] in SURNAMES}
    if people:
        kept = _written_again(norm, kept, {n: n for n in people}, "person")
        kept = _surname_refs(norm, kept, people)
    return _bare_body_refs(_body_short_refs(norm, _kind_references(
        norm, _same_names(norm, _bare_cores(norm, _common_word_lead(_no_common_people(kept)))))))


# what may follow a family name told alone for a person named in full before ("邬于2035年创办…", "邬表示"): a date
# after 于 / 在, a saying or a verb of a life or a career
_SURNAME_CUE = re.compile(r"(?:于|在)(?=[0-9一二三四五六七八九十〇零]{2,4}年|[0-9]{1,2}月|[0-9]{1,2}日)|曾经?(?=[\u4e00-\u9fff])|"
                          r"表示|称|说|则|随后|当时|坦言|认为|指出|回忆|早年|出生|生于|去世|病逝|辞去|辞任|创办|创立|加入|"
                          r"出任|担任|接任|卸任|离开|离职|退休|拒绝|否认|承认|透露")
# family names that are also common function words or word openers: never read alone
_SURNAME_NOT_ALONE = frozenset("曾于何高常时向和将原全关从上万文方包成经安通其第前后但同由还再又也都只就被让给明金白石"
                               "江华司")


def _surname_refs(norm: str, hits: list[tuple[int, int, str, str]], people: set[str]
                  ) -> list[tuple[int, int, str, str]]:
    """A family name told alone for the one person of the story with that family name named in full before it
    ("星汀科技创始人邬明远19日宣布辞职。邬于2035年创办星汀科技": 邬 is 邬明远), opening a clause (after punctuation
    or at the start) and followed by a date after 于 / 在, a saying or a verb of a career (:data:`_SURNAME_CUE`).
    Never when two people of the story share the family name or the name is a common word's first character."""
    by_surname: dict[str, str] = {}
    for n in people:
        by_surname[n[0]] = "" if n[0] in by_surname else n
    out = list(hits)
    for sur, name in by_surname.items():
        if not name or sur in _SURNAME_NOT_ALONE:
            continue
        first = next((a for a, _, n, _ in hits if n == name), None)
        if first is None:
            continue
        at = norm.find(sur, first + len(name))
        while at >= 0:
            lead = norm[at - 1:at] if at else ""
            if (not lead or not "\u4e00" <= lead <= "\u9fff") and _SURNAME_CUE.match(norm, at + 1) \
                    and not norm.startswith(name, at) \
                    and not any(x < at + 1 and at < y for x, y, _, _ in out):
                out.append((at, at + 1, name, "person"))
            at = norm.find(sur, at + 1)
    return sorted(out, key=lambda h: (h[0], -(h[1] - h[0]))) if len(out) > len(hits) else hits


def _bare_body_refs(hits: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A public body told by its kind alone ("被环保局责令…" after "临溪市环保局15日…") is the one body of the story
    whose name ends with those words and was told before it; unchanged when none or two such bodies were told."""
    bodies = [(b, n) for _, b, n, k in hits if k == "org" and _BODY_END.search(n)]
    if len(bodies) < 2:
        return hits
    out = []
    for h in hits:
        a, b, n, k = h
        if k == "org" and _BODY_END.search(n):
            longer = {m for e, m in bodies if e <= a and m != n and m.endswith(n) and len(m) > len(n)}
            if len(longer) == 1:
                h = (a, b, longer.pop(), k)
        out.append(h)
    return out


_NAME_TAGS = ("nr", "nrt", "nrfg", "ns", "nz", "x")


def _place_dropped(names: set[str]) -> dict[str, str]:
    """The short forms of organisation names that open with a place ("台湾高铁公司" told again as "高铁公司",
    "江州电力集团" as "电力集团"): the name without its place word (jieba ``ns``, two characters or more), at
    least four characters ending on an organisation word, maps to the long name when exactly one name of the
    text ends with it and it is no name of its own there (as public bodies' short forms are read)."""
    from timeline.events.segment import pos_cut

    out: dict[str, str] = {}
    taken: set[str] = set()
    for name in sorted(names):
        cut = pos_cut(name)
        if len(cut) < 2 or cut[0][1] != "ns" or len(cut[0][0]) < 2:
            continue
        rest = name[len(cut[0][0]):]
        if len(rest) < 4 or rest in names or not rest.endswith(ORG_SUFFIXES):
            continue
        if rest in out and out[rest] != name:
            taken.add(rest)  # two names end with it: it names neither
        out[rest] = name
    return {k: v for k, v in out.items() if k not in taken}


def _transliterated(norm: str) -> list[tuple[int, int, str, str]]:
    """People whose names are transliterated with a middle dot ("巴西前锋马科斯·席尔瓦加盟"): the word jieba reads
    right before the dot and the word right after it are names (tags ``nr`` / ``nrt`` / ``ns`` / unknown), and
    the last part told alone later ("席尔瓦今年28岁", a word of its own) names the same person."""
    from timeline.events.segment import pos_cut

    found: list[tuple[int, int, str, str]] = []
    for m in re.finditer(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+", norm):
        parts = m.group().split("·")
        left = pos_cut(parts[0])
        right = pos_cut(parts[-1])
        if not left or not right or left[-1][1] not in _NAME_TAGS or right[0][1] not in _NAME_TAGS:
            continue
        name = "·".join([left[-1][0]] + parts[1:-1] + [right[0][0]])
        a = m.start() + len(parts[0]) - len(left[-1][0])
        found.append((a, a + len(name), name, "person"))
    for _, b, name, _k in list(found):
        last = name.split("·")[-1]
        if len(last) < 2:
            continue
        for k in (x.start() for x in re.finditer(re.escape(last), norm)):
            if k >= b and norm[k - 1:k] != "·" and _at_word_bounds(norm, k, k + len(last)):
                found.append((k, k + len(last), name, "person"))
    return found


def _no_common_people(hits: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A "person" of three characters that is one common word of jieba's (not tagged as a name, count above
    :data:`RARE_WORD`) is no one: "董事会已决议" opens with the surname 董, but 董事会 is a board."""
    from timeline.events.segment import pos_cut, word_freq

    def common(n: str) -> bool:
        if len(n) < 3 or not _CJK_RUN.fullmatch(n):
            return False
        cut = pos_cut(n)
        return len(cut) == 1 and not cut[0][1].startswith("nr") and word_freq(n) > RARE_WORD

    return [h for h in hits if h[3] != "person" or not common(h[2])]


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _common_word_lead(hits: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A name that is another name of the article with one common word before it ("盘点瑞昇物流的二十年" in a
    headline, "瑞昇物流" in the text): the word (one dictionary word of jieba's, not a proper noun or a place) is
    no part of it."""
    orgs = {n for _, _, n, k in hits if k == "org" and not n.isascii()}
    if len(orgs) < 2:
        return hits
    from timeline.events.segment import pos_cut, word_freq

    out = list(hits)
    for i, (_a, b, n, k) in enumerate(hits):
        if k != "org":
            continue
        core = next((o for o in orgs if o != n and n.endswith(o) and len(n) - len(o) >= 2), None)
        if core is None:
            continue
        lead = pos_cut(n[:len(n) - len(core)])
        if len(lead) == 1 and len(lead[0][0]) >= 2 and lead[0][1] not in _PROPER and lead[0][1] != "ns" \
                and word_freq(lead[0][0]) > 0:
            out[i] = (b - len(core), b, core, k)
    return out


def _bare_cores(norm: str, hits: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A Chinese organisation told once in full and then by the part before its organisation word ("恒峰集团"
    … "恒峰股价上升"): the bare part names it too, where it stands as a word of its own (jieba) and no other
    name of the article starts with it."""
    from timeline.events.segment import pos_cut

    cores: dict[str, str] = {}
    for _, _, name, kind in hits:
        if kind != "org" or name.isascii():
            continue
        m = _ORG.search(name)
        if not (m and m.end() == len(name)):  # a name of an institution word ("霁川储能" … "霁川表示")
            m = next((x for x in _INSTITUTION.finditer(name) if x.end() == len(name)), None)
        if m and m.start() >= 2 and m.end() == len(name):
            core = name[:m.start()]
            if cores.setdefault(core, name) != name:
                cores[core] = ""
    from timeline.events.segment import word_freq

    def distinctive(core: str) -> bool:  # "恒峰", not a place ("北京") nor a common word ("人工智能")
        return all(f not in ("l", "i") and not (len(w) >= 2 and word_freq(w) > RARE_WORD) for w, f in pos_cut(core))

    cores = {c: n for c, n in cores.items() if n and distinctive(c)
             and not any(h[2] != n and h[2].startswith(c) for h in hits)}
    return _written_again(norm, hits, cores)


_SHORT_FORM = re.compile(r"(?:(?:股份)?有限(?:责任)?公司|股份公司)?\s*[（(]\s*(?:以下)?简称\s*[“\"「]?([^”\"」）)，,]{2,12}?)[”\"」]?\s*[）)]")


_LEGAL_BRACKET = re.compile(r"(?:(?:股份)?有限(?:责任)?公司|股份公司)?\s*[（(]\s*")


def _same_names(norm: str, hits: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """One name per organisation of an article: a name given in brackets right after another ("恒峰集团（Hang
    Fung Group）") is that organisation; a short form the article sets ("禾丰智能科技（以下简称“禾丰智能”）") names it
    from then on; a name that is another name of the article with a place before it ("深圳云雀机器人" /
    "云雀机器人") is the shorter name."""
    same: dict[str, str] = {}
    for i, (_a, b, name, kind) in enumerate(hits):
        if kind != "org":
            continue
        short = _SHORT_FORM.match(norm, b)
        if short and short.group(1).strip() not in _GENERIC_SHORT:  # (以下简称“公司”) names no one new
            same[name] = short.group(1).strip()
            continue
        if i + 1 < len(hits):
            a2, b2, name2, kind2 = hits[i + 1]
            if kind2 == "org" and _LEGAL_BRACKET.fullmatch(norm[b:a2]) and re.match(r"\s*[）)]", norm[b2:]) \
                    and name2 != name:
                same[name2] = name
    names = {h[2] for h in hits if h[3] == "org"}
    for name in names:
        if name.endswith("股份") and len(name) >= 4 and name not in same:
            # "青禾股份" after "青禾农业股份有限公司": a listed company's short name is its core and 股份
            longer = [n for n in names if n != name and n.startswith(name[:-2]) and not n.endswith("股份")]
            if len(longer) == 1:
                same[name] = same.get(longer[0], longer[0])
    from timeline.events.segment import pos_cut, word_freq

    for name in names:
        if name.isascii() or name in same:
            continue
        cut = pos_cut(name)
        if len(cut) > 1 and name[len(cut[0][0]):] in names and (
                cut[0][1] == "ns" or len(cut[0][0]) >= 2 and word_freq(cut[0][0]) > RARE_WORD):
            same[name] = name[len(cut[0][0]):]  # "深圳云雀机器人", "核准鸿硕精密": a place or a common word before it
    if not same:
        return hits
    out = []
    for a, b, n, k in hits:
        named = same.get(n, n)
        if named != n and n.endswith(named) and norm[a:b] == n:
            a = b - len(named)  # "核准鸿硕精密": the name's span starts where the name does
        out.append((a, b, named, k))
    return out


# English words often capitalised as product names or terms, not participants
_EN_TERMS = {"pro", "plus", "max", "lite", "mini", "ultra", "app", "apps", "internet", "cloud", "agent", "agents",
             "token", "tokens", "chat", "top", "view", "seed", "web", "online", "mobile", "digital", "global",
             "smart", "open", "edge", "next", "one", "home", "world", "group", "board", "team"}
# plural nouns of groups of people that open headlines and sentences ("Thieves steal …. Thieves stole …"): words
_EN_GROUP_NOUNS = frozenset("""thieves robbers burglars police officials rescuers residents protesters demonstrators workers
investors analysts scientists researchers doctors nurses teachers students pupils fans supporters voters shoppers
customers passengers drivers farmers miners lawmakers legislators regulators prosecutors firefighters soldiers troops
hackers activists officers villagers tourists archaeologists divers volunteers authorities organisers organizers
judges jurors staff employees shareholders bondholders creditors lenders traders economists experts engineers
pilots crews survivors victims witnesses parents children citizens migrants refugees locals scammers fraudsters
rebels militants""".split())
# place names and words written with capitals that are not participants
_EN_COMMON = {"hong kong", "new york", "ipo", "ceo", "cfo", "cto", "coo", "ai", "yuan", "billion", "million", "us",
              "u.s.", "china", "beijing", "shanghai", "shenzhen", "hangzhou", "london", "singapore", "europe", "asia"}


# a locative preposition before a name: "opened a factory in Boston", "based in Xiamen"
_EN_LOCATIVE = re.compile(r"(?<![A-Za-z])(?:in|near|outside|across|based\s+in|headquartered\s+in|located\s+in|"
                          r"bound\s+for|headed\s+(?:for|to))\s+$",
                          re.I)
# ... unless what is "in" the name is a stake or a role in a company ("a stake in Kestrel", "invested in Corvane")
# a movement through, to or from a place ("marched through", "flew to", "visited"): a town's name after it is where
_EN_TOWN_MOTION = re.compile(r"(?<![A-Za-z])(?:through|across|around|throughout|past|via|along|towards?|"
                             r"(?:marched|walked|drove|flew|travell?ed|moved|returned|headed|sailed|rode|arrived|"
                             r"relocated|fled|evacuated|commuted)\s+(?:to|into|in|at|from|back\s+to)|"
                             r"visited|toured|reached|entered|left)\s+$", re.I)
# a journey's ends: "a flight from Oslo to Madrid", "diverted to Bordeaux", "flown on to Madrid", "landed in …"
_EN_TRAVEL = re.compile(r"(?<![A-Za-z])(?:(?:flights?|trains?|ferry|ferries|buses|bus|route|routes|services?|voyage|"
                        r"journey|trip|cruise)\s+(?:(?:from|to)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?(?:from|to|"
                        r"between)|(?:diverted|rerouted|re-routed|flown|landed|sailed|airlifted|evacuated|deported|"
                        r"redirected|returned|bused|ferried|driven)\s+(?:(?:on|back|onward|onwards)\s+)?(?:to|from|into|"
                        r"in|at))\s+$", re.I)
_EN_TRAVEL_FROM_TO = re.compile(r"\s+to\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?=[\s,.;])(?<=[a-z])")
_EN_HEAD_OF = re.compile(r"(?<![A-Za-z])(?:President|Prime\s+Minister|Premier|King|Queen|Emperor|Chancellor|Governor|"
                         r"Mayor)\s+(?:[A-Z][\w'’-]+\s+){1,3}of\s+$|(?<![A-Za-z])(?:president|prime\s+minister|premier|"
                         r"king|queen|emperor|chancellor|leader|ruler)\s+of\s+$")
_EN_IN_COMPANY = re.compile(r"(?<![A-Za-z])(?:stakes?|interests?|shares?|holdings?|invest(?:s|ed|ing|ment|ments)?|"
                            r"roles?|positions?|jobs?|career|seat|seats|partner|partners|peers?|rivals?)\s+in\s+$",
                            re.I)
# a facility named by its place: "its new Xiamen plant", "the Boston office"
_EN_FACILITY = re.compile(r"(?:\s+[a-z]+)?\s+(?:plant|plants|factory|factories|facility|facilities|office|offices|"
                          r"headquarters|campus|site|warehouse|hub|base|branch|store|stores|port|airport|shop|shops|"
                          r"mill|mills|workshop|yard|mine|harbour|harbor|station|pier|dock|docks|stadium|arena|"
                          r"exchange|bourse)\b")  # ("a small Leeds weaving shop")
# a venue named by its last word, told after "at / in / on …" (with up to two words before it: "at a sold-out")
_EN_VENUE = re.compile(r"Park|Stadium|Arena|Field|Square|Gardens|Ground|Speedway|Raceway|Circuit|Velodrome")
_EN_AT_VENUE = re.compile(r"(?<![A-Za-z])(?:at|in|on|near|outside|from|to|into|inside)\s+(?:(?:the|a|an)\s+)?"
                          r"(?:[a-z][\w-]*\s+){0,2}$")
# the last word of a place named by its kind of land or water ("the Tallow River", "the Kessel Canal", "the Wendle
# Coast"): where, never who, unless an organisation word follows ("Tallow River Power")
_EN_GEO_LAST = frozenset("""river rivers canal lake lakes sea ocean bay gulf strait straits coast coastline valley delta
estuary peninsula desert glacier mountains hills highlands plateau basin channel lagoon reef archipelago islands
island fjord ridge creek canyon gorge ravine wetlands plains forest""".split())
# ... of which these are also people's family names ("Ricki Lake"): a place only after "the"
_EN_GEO_SURNAMES = frozenset("lake lakes bay rivers hills island sea coast forest".split())
# a land or water word after a name told with "the": "across the Wendle coast", "the Orvan valley"
_EN_GEO_AFTER = re.compile(r"\s+(?:river|canal|lake|sea|bay|gulf|coast|coastline|valley|delta|estuary|peninsula|"
                           r"desert|glacier|mountains|hills|highlands|plateau|basin|region|border|countryside|"
                           r"islands|shore|shoreline|lowlands|uplands|borderlands)\b")
# a person told by where they come from: "a 17-year-old from Pune", "a farmer from Oldmere", "fans from Vell"
_EN_PERSON_FROM = re.compile(r"(?<![A-Za-z])(?:\d+-year-old|[a-z]+-born|native|natives|resident|residents|man|woman|men|"
                             r"women|boy|girl|teenager|student|students|farmer|farmers|family|families|fans|people|"
                             r"villagers|pupils)\s+(?:of|from)\s+$")
# more peoples' names than _EN_STOP holds: one of these alone before a lower-case word describes it ("a Czech
# conductor", "the Polish government"), it names no participant
DEMONYMS = frozenset("""Czech Slovak Polish Hungarian Romanian Bulgarian Greek Turkish Portuguese Austrian Belgian Danish
Norwegian Finnish Icelandic Estonian Latvian Lithuanian Ukrainian Serbian Croatian Slovenian Albanian Georgian
Armenian Egyptian Moroccan Algerian Tunisian Nigerian Kenyan Ghanaian Ethiopian Ugandan Tanzanian Senegalese
Argentine Argentinian Chilean Peruvian Colombian Venezuelan Cuban Jamaican Pakistani Bangladeshi Nepalese Sri
Lankan Indonesian Malaysian Filipino Vietnamese Thai Iranian Iraqi Syrian Lebanese Jordanian Emirati Qatari
Kuwaiti Scottish Welsh Scandinavian African Asian Latin Nordic Baltic Arab Persian""".split()) - {"Sri"}
# a people's word opening a place's name after a locative ("from French Guiana"; the word itself is cut from names)
_EN_PEOPLE_PLACE = re.compile(r"(?<![A-Za-z])(?:in|from|to|into|near|across|over|off)\s+(?:the\s+)?(?:"
                              + "|".join(sorted(_NATIONALITY | DEMONYMS)) + r")\s+$")
# the offices and the people of a town after its name ("Former Tarnwick mayor", "Pinecastle residents"; not
# "officials" nor "executives", which a company has too)
_EN_LOCAL_OFFICE = re.compile(r"\s+(?:(?:deputy|former|acting)\s+)?(?:mayor|mayors|mayoral|governor|gubernatorial|"
                              r"councillor|councillors|councilman|councilwoman|sheriff|townspeople|residents|voters|"
                              r"(?:city|town|county|borough)\s+(?:council|councillors|hall|officials|police))\b")
_EN_PLACE_AFTER_COMMA = re.compile(r"(?<![A-Za-z])in\s+[A-Z][A-Za-z'’.\-]*(?:\s+[A-Z][A-Za-z'’.\-]*)?,\s+$")


def _is_place(norm: str, start: int, end: int, words: list[str]) -> bool:
    """An English name told as where something happens, not who takes part: after a locative preposition
    ("in Boston", "based in Xiamen"; not "a stake in …" nor "invested in …"), right before a facility word
    ("its new Xiamen plant"), or a region after a place and a comma ("in Austin, Texas"). A name with an
    organisation word (``Kestrel Systems``) or a possessive after it ("in Lin Shuyuan's view") is no place."""
    town = len(words) > 1 and words[-1].lower() in _TOWN_LAST  # ("in Mexico City": still where)
    if not _looks_personal(words) and len(words) > 1 and not town or any(w.lower().strip(".") in _ORG_WORDS for w in words) \
            or any(ch.isupper() for w in words for ch in w[1:]):
        return False  # an organisation's name (MediaTek, Kestrel Systems)
    if re.match(r"['’]s\b", norm[end:end + 3]):
        return False
    before = norm[max(0, start - 40):start]
    if words[-1].lower() in _EN_GEO_LAST and len(words) > 1 and (re.search(r"(?<![A-Za-z])the\s+$", before, re.I)
                                                                 or words[0] == "The"
                                                                 or words[-1].lower() not in _EN_GEO_SURNAMES):
        return True  # "a dam on the Tallow River", "ran aground in the Kessel Canal"
    if _EN_GEO_AFTER.match(norm, end) and re.search(r"(?<![A-Za-z])the\s+$", before, re.I):
        return True  # "across the Wendle coast"
    if _EN_PERSON_FROM.search(before):
        return True  # "a 17-year-old from Pune"
    if _EN_PEOPLE_PLACE.search(before) and not _looks_personal(words):
        return True  # "launched from French Guiana", "in British Columbia": a place named with a people's word
    if re.match(r"\.?-based\b", norm[end:end + 8]) or re.match(r",\s+[A-Z][A-Za-z]{1,12}\.?-based\b", norm[end:end + 24]):
        return True  # "the Chicago-based shipper"
    if re.search(r"(?<![A-Za-z])(?:in|across|throughout)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*,?\s+(?:and|or)\s+$",
                 norm[max(0, start - 40):start]):
        return True  # "sold in the United States and Canada"
    if len(words) == 1 and norm[end:end + 1] == "." and re.search(r"[A-Za-z]\s*,\s+$", before) and len(words[0]) <= 6:
        return True  # a state's abbreviation after a place: "SACRAMENTO, Calif.", "Cupertino, Calif.-based"
    if re.search(r"(?<![A-Za-z])(?:port|city|town|village|state|province|county|region|district|mayor|governor|"
                 r"residents|people|citizens)\s+of\s+$", before, re.I):
        return True  # "the port of Marlow", "mayor of Port Avel"
    if _EN_LOCATIVE.search(before) and not _EN_IN_COMPANY.search(before):
        return True
    if re.match(r"\s+(?:state|county|provincial|regional|municipal)\s+(?:law|laws|government|legislature|court|"
                r"police|budget|election|parliament|assembly)\b", norm[end:end + 40]) and len(words) <= 2:
        return True  # "an Ardmoor state law": the place whose law it is
    if len(words) <= 2 and _EN_LOCAL_OFFICE.match(norm, end):
        return True  # "Former Tarnwick mayor Dennis Oyelaran", "Brenmoor residents": the town whose mayor it is
    if town and _EN_TOWN_MOTION.search(before):
        return True  # "marched through Dunford City", "flew to Harbor City": a town gone through or to, no club
    if len(words) <= 2 and (_EN_TRAVEL.search(before) or _EN_TRAVEL_FROM_TO.match(norm, end)):
        return True  # "a flight from Oslo to Madrid", "was diverted to Bordeaux", "flown on to Madrid": where
    if len(words) <= 2 and _EN_HEAD_OF.search(before):
        return True  # "President Amos Teller of Carvela": the country a head of state or government leads
    if re.search(r"(?<![A-Za-z])(?:northern|southern|eastern|western|central|north-eastern|north-western|"
                 r"south-eastern|south-western)\s+$|headquarters\s+to\s+$", before, re.I):
        return True  # "struck northern Orvania", "moved its headquarters to Rotterdam": where
    if _EN_PLACE_AFTER_COMMA.search(before):
        return True
    if len(words) > 1 and _EN_VENUE.fullmatch(words[-1]) and _EN_AT_VENUE.search(before):
        return True  # "beating Kestrel City 3-1 at a sold-out Halden Park": where the match was played
    return bool(_EN_FACILITY.match(norm, end)) and \
        re.search(r"(?<![A-Za-z])(?:its|their|the|a|an|new|from|at|near|outside)\s+(?:[a-z]+\s+)?$", before, re.I) is not None
    # ("crashed after takeoff from Port Elven airport": where it happened)


_SURNAME_WORDS = frozenset("He An".split())  # Chinese family names (何, 安) spelled like English stop words
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|an|ao|ei|en|er|ia|ie|in|iu|ou|ua|ui|un|"
                    r"uo|ue|a|e|i|o|u|v)")
_PINYIN_NAME_WORD = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,2}}(?:-(?:{_PINYIN_SYLLABLE}){{1,2}})?")


def _pinyin_word(word: str) -> bool:
    """A capitalised word spelled wholly as one or two pinyin syllables (``Jiaying``, ``Wei``, ``Xiao-ming``): a
    romanized Chinese given name when it follows a family name."""
    return word[:1].isupper() and word[1:].replace("-", "").islower() \
        and _PINYIN_NAME_WORD.fullmatch(word.lower()) is not None


# a lower-case kind of person or company between a sentence's first word and a name: the word describes the name
_EN_DESCRIBES = re.compile(r"\s+(?:investor|investors|fund|group|firm|company|champion|sprinter|runner|striker|"
                           r"coach|analyst|lawyer|engineer|founder|executive|maker|retailer|lender|startup|insurer|"
                           r"shareholder|billionaire|entrepreneur|designer|chef|director|actor|singer|author)\s+[A-Z]")


# an appositive naming what the word before it is: ", a carrier, " / ", an online grocer, " (closed by a comma)
_EN_APPOSITIVE_KIND = re.compile(r",\s+an?\s+(?:[a-z][\w-]*\s+){0,3}(?:company|firm|group|carrier|airline|bank|lender|"
                                 r"maker|[a-z]+maker|retailer|insurer|grocer|chain|operator|startup|start-up|developer|"
                                 r"producer|supplier|manufacturer|publisher|broadcaster|network|studio|label|miner|"
                                 r"refiner|utility|brand|platform|provider|distributor|wholesaler|shipper|dairy|brewer|"
                                 r"unit|subsidiary|club|team|fund|investor|agency|regulator|charity|union)\s*,")


# the last word of a sports club's name ("Ardley United", "Castlebay Rovers"; "United States" opens with it)
_CLUB_LAST = frozenset("united rovers athletic wanderers rangers albion hotspur fc afc".split())
# the last word of a town's name, or of a club named after one ("Kestrel City"): never a person's
_TOWN_LAST = frozenset("city town".split())


def _looks_personal(words: list[str]) -> bool:
    """Two or three short capitalised words with no organisation word and no club's last word: a person's name
    (``Lin Shuyuan``; not ``Ardley United``)."""
    return 2 <= len(words) <= 3 and not any(w.lower().strip(".") in _ORG_WORDS for w in words) and \
        words[-1].lower().strip(".") not in _CLUB_LAST | _TOWN_LAST and \
        all(w[0].isupper() and w[1:].islower() or _double_barrelled(w) for w in words if len(w) > 1)


def _double_barrelled(word: str) -> bool:
    """``Pryce-Whitmore``, ``Odhiambo-Reyes``: two capitalised parts of a family name joined by a hyphen."""
    parts = word.split("-")
    return len(parts) == 2 and all(len(p) > 1 and p[0].isupper() and p[1:].islower() for p in parts)


def romanized(name: str) -> str:
    """The key an English spelling and a Chinese name share: the pinyin of the Chinese name's distinctive
    part (before an organisation word), or the whole name for a person (``曜石半导体`` -> ``yaoshi``,
    ``周启航`` -> ``zhouqihang``); see :func:`english_key`."""
    if name.isascii():
        return ""
    from timeline.events.pinyin import lazy_pinyin

    return "".join(lazy_pinyin(distinctive_core(name))).lower()


_ORG_OR_INSTITUTION = re.compile("(?:" + "|".join(sorted(set(ORG_SUFFIXES) | set(INSTITUTION_WORDS), key=len,
                                                           reverse=True)) + ")")


def distinctive_core(name: str) -> str:
    """A Chinese organisation's name before its first organisation or institution word, when two characters or
    more stay ("远景商业银行" -> "远景", "银桥支付" -> "银桥"; 国际 before that word is dropped too: "雾湾国际航运" ->
    "雾湾"); the whole name otherwise."""
    g = _GOVERNMENT.search(name)
    if g and g.start() >= 2:
        return name[:g.start()]  # a government by its place ("临江市人民政府" / "the Linjiang city government")
    m = _ORG_OR_INSTITUTION.search(name)
    core = name[:m.start()] if m and m.start() >= 2 else name
    # "雾湾国际航运" / "Wuwan International Shipping": 国际 translates, it is spelled by no English name
    return core[:-2] if core is not name and core.endswith("国际") and len(core) >= 4 else core


_GOVERNMENT = re.compile(r"(?:市|省|县|区)?(?:人民)?政府$")


def english_key(name: str, kind: str) -> str:
    """:func:`romanized`'s counterpart for an English name: the letters of its first word for an
    organisation (``Yaoshi Semiconductor`` -> ``yaoshi``), of all its words for a person."""
    words = re.findall(r"[A-Za-z]+", name)
    if not words:
        return ""
    return ("".join(words) if kind == "person" else words[0]).lower()


_ORG_WORDS = {"union", "unions", "federation", "party", "court", "terminals", "terminal", "ports", "airport",
              "technology", "technologies", "tech", "logistics", "semiconductor", "medical", "motors", "data",
              "foods", "energy", "robotics", "bank", "games", "aviation", "materials", "media", "group", "inc",
              "corp", "co", "ltd", "holdings", "capital", "labs", "systems", "airlines", "pharma", "networks",
              "electronics", "electric", "software", "solutions", "industries", "industry", "partners", "ventures",
              "securities", "insurance", "motor", "auto", "automotive", "steel", "chemical", "chemicals", "power",
              "telecom", "communications", "entertainment", "pictures", "studios", "biotech", "health", "healthcare",
              "shipping", "airways", "food", "retail", "stores", "realty", "properties", "mining", "oil",
              "gas", "semiconductors", "devices", "digital", "cloud", "university", "institute", "fund", "trust",
              "company", "corporation", "incorporated", "limited", "plc", "llc", "ag", "sa", "gmbh", "team", "club",
              "nets", "lakers", "league", "association", "council", "ministry", "agency", "commission", "exchange",
              "freight", "transport", "transportation", "haulage", "aero", "aerospace", "micro", "microsystems",
              "air", "bancorp", "financial", "appliances", "products", "goods", "tools", "works", "administration", "authority", "bureau", "department", "office", "resources", "brands", "logistic", "motion", "dynamics", "instruments",
              "railway", "railways", "rail",
              "board", "tribunal", "regulator", "inspectorate",  # ("the Financial Conduct Board": no person)
              "pay", "payments", "insurer", "lending", "brokerage", "express", "futures", "leasing",
              # (industries and institutions: "Ostrava Bio", "Carvell Paper", "Ridgeway Mills", "the Harlow Museum")
              "bio", "biosciences", "therapeutics", "pharmaceuticals", "paper", "mills", "apparel",
              "brewing", "space", "museum", "gallery", "library", "hospital", "orchestra", "theatre", "theater",
              "philharmonic", "symphony", "sinfonia", "care",
              # (services: "Dalvik Analytics", "Ellery Utilities", "Ferrowind Travel", "Strata Research")
              "analytics", "utilities", "utility", "travel", "tours", "research", "consulting", "insights",
              "construction", "engineering", "contractors", "builders", "farms", "dairy", "dairies",
              "grain", "seeds", "seed", "agri", "hotels", "resorts", "cement", "glass", "plastics",
              "packaging", "coatings", "fisheries", "timber", "mobile", "wireless", "telecoms", "broadband",
              "paints", "metals", "minerals", "beverages", "cargo", "couriers", "shipyards"}
