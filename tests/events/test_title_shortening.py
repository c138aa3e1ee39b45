"""Long titles are shortened by dropping parts, not cut (issue 12, deliver 2: "Shorten by dropping job
titles and 的-phrases, never by cutting a word"), and names found without a gazetteer leave out words
that are no participants. Texts written for this test (zh-Hant, zh-Hans, English); the companies are
invented and in no gazetteer."""

from __future__ import annotations

from timeline.events.names import open_names
from timeline.events.titles import MAX_CJK, _weight, shorten

from .test_builder import events_for, mention, src


def _title(text: str, *dates: tuple[str, str, str], lang: str = "zh") -> str:
    ms = [mention(text, sub, value, gran) for sub, value, gran in dates]
    evs = events_for((src("a", text, lang), ms))
    return next(e.title for e in evs if any(r.start == ms[0].start for r in e.mentions))


def _headline(title: str) -> None:
    assert not title.endswith("…"), title
    assert _weight(title) <= MAX_CJK + 3, title


def test_a_descriptor_before_a_name_goes():
    # zh-Hant: "全球的兩大晶片公司" describes the two names after it
    t = "2024年3月，全球的兩大晶片公司翠谷科技與銀河半導體率先打響了價格大戰——翠谷科技降價三成。"
    title = _title(t, ("2024年3月", "2024-03", "month"))
    _headline(title)
    assert title.startswith("翠谷科技與銀河半導體") and "晶片公司" not in title
    # a kinship descriptor between two names (shorten is given the names of the sentence)
    s = "星河科技董事長和他的妻子李明遠以1200萬美元收購了北極熊冰球俱樂部"
    out = shorten(s, ("星河科技", "李明遠", "北極熊冰球俱樂部"))
    assert "他的妻子" not in out and "李明遠以1200萬美元收購了北極熊冰球俱樂部" in out and not out.endswith("…")


def test_a_place_frame_and_a_job_title_go():
    # zh-Hans: a job title written with a space, and "在…的员工大会上" after the subject
    t = "青松科技CEO 王立在2025年年初的员工大会上将公司全年的关键词设定为了「全面出海」。"
    title = _title(t, ("2025年年初", "2025-01", "month"))
    _headline(title)
    # the company goes with the job title: "青松科技王立…" would read as one name (the person is the subject)
    assert title.startswith("王立") and "将公司" in title and "CEO" not in title and "青松科技" not in title
    t = "白鹭数据创始人周远在2026年的一场闭门访谈中又谈到了当年和合伙人一起创业的往事。"
    title = _title(t, ("2026年", "2026", "year"))
    _headline(title)
    assert title.startswith("周远又谈到了") and "访谈" not in title


def test_an_instrument_and_adverbs_go():
    t = "2022年11月，星圖科技的應用掀起熱潮後，靠著模型的持續迭代成為了一個周活躍用戶數達5億的超級產品。"
    title = _title(t, ("2022年11月", "2022-11", "month"))
    _headline(title)
    assert "靠著" not in title and title.endswith("超級產品")


def test_no_stray_de_after_a_removed_date():
    t = "2026年2月，甲乙兩家公司率先打響了新一年的人工智能大戰。"
    title = _title(t, ("2026年2月", "2026-02", "month"), ("新一年", "2026", "year"))
    assert "了的" not in title and "打響了人工智能大戰" in title


def test_english_titles_end_on_a_whole_phrase():
    t = "On March 3, 2021, Haitang Robotics listed its shares in Hong Kong in an IPO that raised HK$4.2 billion."
    title = _title(t, ("March 3, 2021", "2021-03-03", "day"), lang="en")
    assert title == "Haitang Robotics listed its shares in Hong Kong in an IPO"
    t = "On May 9, 2019, Lanting Logistics signed a strategic partnership with Huaguang Pharmaceuticals."
    title = _title(t, ("May 9, 2019", "2019-05-09", "day"), lang="en")
    assert title == "Lanting Logistics signed a strategic partnership with Huaguang Pharmaceuticals"
    # a place with an apostrophe is not cut as an article ("Xi'an" is not "Xi" + "an")
    t = "On 2 May 2020, Lanting Logistics opened a new factory in Xi'an."
    assert _title(t, ("2 May 2020", "2020-05-02", "day"), lang="en").endswith("in Xi'an")


def test_a_date_read_short_of_its_digits_leaves_no_residue():
    t = "Lanting Logistics announced a strategic alliance on 2005-07-02."
    title = _title(t, ("2005-07", "2005-07", "month"), lang="en")
    assert title == "Lanting Logistics announced a strategic alliance"


def test_preposition_after_a_name_ending_in_yuan():
    # "能源於": 於 after the company word 能源 is the preposition before the date, not "源於"
    t = "海川能源於2021年3月1日宣佈獲得12億元融資。"
    assert _title(t, ("2021年3月1日", "2021-03-01", "day")) == "海川能源宣佈獲得12億元融資"


def test_the_subject_is_not_put_before_a_name():
    # a name jieba reads as a verb ("啟明") opens the title: no other company is put before it
    t = "2007年2月10日，翠谷科技發布了新晶片。啟明航空在2018年10月10日推出極光系列新品。"
    title = _title(t, ("2018年10月10日", "2018-10-10", "day"))
    assert title == "啟明航空推出極光系列新品"


def test_open_names_leave_out_words_that_are_no_participants():
    text = ("The Secret Launch of Mapleleaf. Jack Ma met Joe Tsai in 1999. Jack said no. "
            "Lanting Logistics opened a plant in Xi'an. 本次累计减持公司股份。中国的两大互联网公司青松科技。启明航空上市。")
    names = {n for _, _, n, _ in open_names(text)}
    assert "Secret Launch" not in names and "Jack" not in names
    assert {"Jack Ma", "Joe Tsai", "Lanting Logistics", "Xi'an", "青松科技", "启明航空"} <= names
    assert not any("减持" in n or "互联网" in n for n in names)


# --- the date's own clause: a retrospective founding, an end of office, a relative clause -------------

def test_a_founding_told_in_a_frame_is_titled_by_the_founding():
    # zh-Hant: the founding is a frame (…時) of a reported statement whose main clause is a state
    t = "翠峰科技董事長林書遠表示，2008年創辦翠峰科技時，公司尚未註冊，只有五名員工。"
    assert _title(t, ("2008年", "2008", "year")) == "林書遠創辦翠峰科技"
    # zh-Hans: the frame's date is not titled by the main clause, which tells another date
    t = "2008年林书远接触曜石半导体时，这家公司由赵明哲于2006年创立，还没有产品。"
    assert _title(t, ("2008年", "2008", "year"), ("2006年", "2006", "year")) == "林书远接触曜石半导体"


def test_an_end_of_office_is_not_titled_by_the_start():
    t = "2010年，林書遠出任曜石半導體首席執行官，並於2016年卸任。"
    titles = {_title(t, (d, d[:4], "year"), (o, o[:4], "year")) for d, o in (("2016年", "2010年"),)}
    assert titles == {"林書遠卸任"}
    assert _title(t, ("2010年", "2010", "year"), ("2016年", "2016", "year")).startswith("林書遠出任曜石半導體")


def test_an_english_relative_clause_takes_its_antecedent():
    t = "Zheng Jiahao, who founded Bluewhale Logistics in 2009, said the company would expand."
    assert _title(t, ("2009", "2009", "year"), lang="en") == "Zheng Jiahao founded Bluewhale Logistics"


def test_a_pronoun_is_replaced_in_the_articles_script():
    # the company was found without a gazetteer (its canonical name is Simplified): the title stays Traditional
    t = "曜石半導體今年推出新晶片。這家公司由趙明哲於2006年創立。"
    assert _title(t, ("2006年", "2006", "year")) == "曜石半導體由趙明哲創立"


def test_discourse_adverbs_after_the_subject_go():
    from timeline.events.titles import drop_discourse

    assert drop_discourse("翠谷科技也因此從集團的核心業務中被剝離出來") == "翠谷科技從集團的核心業務中被剝離出來"
    assert drop_discourse("林书远就被拍到现身球赛") == "林书远被拍到现身球赛"
    assert drop_discourse("翠谷科技的壓力更是陡增") == "翠谷科技的壓力陡增"
    assert drop_discourse("翠谷科技推出新晶片") == "翠谷科技推出新晶片"  # nothing to drop
    t = "2019年，翠谷科技也因此從集團的核心業務中被剝離出來。"
    assert _title(t, ("2019年", "2019", "year")) == "翠谷科技從集團的核心業務中被剝離出來"


def test_a_speaker_put_in_for_we_is_an_actor():
    # a transcript: the speaker label stands for "we"; the title names the speaker and so do the actors
    from timeline.events.gazetteer import Gazetteer

    t = "MARY CHEN: So we opened a lab in Austin in 2016, and it grew fast."
    ms = [mention(t, "2016", "2016", "year")]
    gaz = Gazetteer()
    gaz.add("陳美麗", "person", ["Mary Chen", "陳美麗"])
    from timeline.events.builder import build_events

    (ev,) = [e for e in build_events([src("a", t, "en")], {"a": ms}, gazetteer=gaz) if e.kind == "event"]
    assert ev.title.startswith("Mary Chen opened a lab") and ev.actors[:1] == ["陳美麗"], (ev.title, ev.actors)


# --- other shapes: a news story in English, a founder's recollection, a relative year ------------------

def test_english_reporting_verb_and_relative_clause():
    t = ("Harbor Robotics, the Boston-based maker of warehouse robots, said on Tuesday that it had acquired "
         "Nimbus Vision for $120 million.")
    assert _title(t, ("Tuesday", "2025-03-11", "day"), lang="en") == \
        "Harbor Robotics acquired Nimbus Vision for $120 million"
    t = "The deal, which closed on March 10, gives Harbor access to Nimbus's camera software."
    assert _title(t, ("March 10", "2025-03-10", "day"), lang="en") == "The deal closed"


def test_a_relative_year_after_yu_goes_and_a_founding_frame_stands_alone():
    t = "2022年，青嵐科技推出了首款倉儲機器人，並於次年實現盈利。"
    assert _title(t, ("次年", "2023", "year"), ("2022年", "2022", "year")) == "青嵐科技實現盈利"
    t = "青嵐科技創始人周文軒表示，2018年創辦公司時，團隊只有三個人。"
    assert _title(t, ("2018年", "2018", "year")) == "周文軒創辦公司"


def test_descriptions_before_a_name_are_not_part_of_it():
    text = ("另据报导，竞争对手星海智能被收购。北岸资本此前曾于2021年投资青岚科技。青岚科技推出了首款仓储机器人。"
            "Harbor Robotics raised its Series B in 2021.")
    names = {n for _, _, n, _ in open_names(text)}
    assert {"星海智能", "青岚科技", "Harbor Robotics"} <= names
    assert not any(n.startswith(("手", "投资", "首款")) for n in names) and "Series B" not in names


def test_a_list_of_examples_goes_before_a_cut():
    from timeline.events.titles import _drop_enumeration

    s = "星河科技還要應付短影音、新聞資訊等產品春節活動帶來的大量算力需求"
    assert _drop_enumeration(s) == "星河科技還要應付春節活動帶來的大量算力需求"  # 產品 modifies 春節活動
    assert _drop_enumeration("星河科技推出短影音、新聞資訊等產品") == "星河科技推出產品"
    assert not shorten(s).endswith("…")
    kept = "星河科技收購了甲銀行、乙證券等多家金融機構的股份"  # the list is the object itself: no noun after 等
    assert _drop_enumeration(kept) == kept


def test_what_was_said_follows_a_short_lead_in():
    t = "1月15日，在產品發佈會上，星河科技副總裁林書遠表示，上線兩個月，星河助手月度活躍用戶突破1億。"
    title = _title(t, ("1月15日", "2026-01-15", "day"))
    assert title.endswith("月度活躍用戶突破1億") and "上線兩個月" not in title, title


def test_a_founding_inside_a_clause_and_a_negated_main_clause():
    # zh-Hans: "公司2020年成立时只有一条试产线" -- the date tells the founding; 公司 is the company told before
    t = "云杉电池董事长李若水表示，公司2020年成立时只有一条试产线。"
    assert _title(t, ("2020年", "2020", "year")) == "云杉电池成立"
    # zh-Hant: the main clause tells what had not happened yet; the frame tells what did
    t = "林書遠表示，2008年接觸翠峰科技時，公司尚未註冊、零收入。"
    assert _title(t, ("2008年", "2008", "year")) == "林書遠接觸翠峰科技"


def test_who_takes_the_person_named_last():
    t = ("Larkspur Foods said on Monday it had appointed Mei Okafor as chief executive, replacing Tom Reyes, "
         "who stepped down in June after eight years.")
    assert _title(t, ("June", "2023-06", "month"), lang="en").startswith("Tom Reyes stepped down")


def test_a_forecast_cue_governs_both_dates_of_its_clause():
    t = "Larkspur Foods is expected to report second-quarter results on August 10."
    ms = [mention(t, "second-quarter", "2023-Q2", "quarter"), mention(t, "August 10", "2023-08-10", "day")]
    evs = events_for((src("a", t, "en"), ms))
    day = next(e for e in evs if any(r.value == "2023-08-10" for r in e.mentions))
    assert day.forecast


def test_the_company_a_pronoun_stands_for_is_an_actor():
    # no gazetteer lists the company: the title names it for "it", and so do the actors
    t = ("Larkspur Foods said on Monday it had hired a new chief. In 2019, the company opened a plant, and in "
         "2021 it bought the cereal maker Oatfield for $340 million.")
    ms = [mention(t, "2021", "2021", "year")]
    (ev,) = [e for e in events_for((src("a", t, "en"), ms)) if e.kind == "event"]
    assert ev.title.startswith("Larkspur Foods bought"), ev.title
    assert ev.actors[0] == "Larkspur Foods", ev.actors


def test_a_vague_date_after_zai_leaves_the_title():
    t = "海川能源在日前宣佈由林書遠接任首席執行官。"
    assert _title(t, ("日前", "2023-09", "month")) == "海川能源宣佈由林書遠接任首席執行官"
