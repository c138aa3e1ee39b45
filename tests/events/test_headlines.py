"""Titles read as headlines (issue 12, deliver 2). Texts written for the test."""

from __future__ import annotations

import re

from timeline.events.titles import MAX_CJK, is_frame, shorten

from .test_builder import events_for, mention, src

_CJK = re.compile(r"[\u3400-\u9fff]")


def title_of(text: str, sub: str, value: str, gran: str) -> str:
    evs = [e for e in events_for((src("a", text), [mention(text, sub, value, gran)]))]
    return evs[0].title


def test_a_pronoun_subject_is_replaced_by_the_person_named_before():
    t = "馬化騰是騰訊的創辦人之一。他於2001年出任公司首席執行官。"
    assert title_of(t, "2001年", "2001", "year").startswith("馬化騰")


def test_a_plural_you_stands_for_the_organisation():
    t = "記者問騰訊的高管：你們在2004年上市時想過今天嗎？"
    title = title_of(t, "2004年", "2004", "year")
    assert not title.startswith(("你們", "你"))


def test_a_connective_is_dropped():
    t = "字節跳動成立後，便在2016年推出了抖音。"
    title = title_of(t, "2016年", "2016", "year")
    assert not title.startswith("便") and "推出了抖音" in title


def test_a_frame_yields_to_the_main_clause():
    t = "2015年騰訊向監管機構提交申請時，微信已有五億用戶。"
    title = title_of(t, "2015年", "2015", "year")
    assert not is_frame(title) and "五億用戶" in title


def test_reporting_verb_becomes_speaker_and_content():
    t = "2024年5月，騰訊首席財務官羅碩瀚表示，雲業務收入增長三成。"
    title = title_of(t, "2024年5月", "2024-05", "month")
    assert title.endswith("雲業務收入增長三成") and "：" in title and "表示" not in title


def test_shortening_drops_a_second_predicate_before_cutting():
    s = "騰訊宣布在深圳前海建設新的全球總部大樓並同時啟動面向全國高校的人工智能人才培養計劃"
    assert shorten(s) == "騰訊宣布在深圳前海建設全球總部大樓"


def test_shortening_never_cuts_a_word():
    s = "騰訊宣布深圳前海全球總部大樓人工智能實驗室高校人才培養計劃啟動儀式籌備委員會成立"
    out = shorten(s)
    assert out.endswith("…")
    assert len(_CJK.findall(out)) <= MAX_CJK
    body = out[:-1]
    assert s.startswith(body)
    assert not body.endswith(("人工", "培", "總", "實驗", "委員"))  # a whole word before the cut


def test_job_titles_go_before_cutting():
    s = "騰訊集團首席執行官兼董事會主席馬化騰在深圳總部宣布公司新的組織架構調整方案"
    out = shorten(s)
    assert "馬化騰" in out and "首席執行官" not in out


def test_english_first_person_takes_the_speaker_label():
    t = "Mary Chen: We opened our first office in Singapore in 2011, and it grew fast."
    title = title_of(t, "2011", "2011", "year")
    # (no first person left in a third-person headline: "our" is whose the office is, "their" when no
    # organisation was told)
    assert title.startswith("Mary Chen opened their first office")


def test_a_merged_event_takes_the_best_formed_title():
    a = "騰訊發布公告。據悉，他在2022年6月1日帶領團隊完成了這次收購的全部交割手續並向董事會作了詳細的匯報工作。"
    b = "2022年6月1日，騰訊完成對一家遊戲公司的收購。"
    ma, mb = mention(a, "2022年6月1日", "2022-06-01", "day"), mention(b, "2022年6月1日", "2022-06-01", "day")
    (ev,) = events_for((src("a", a), [ma]), (src("b", b), [mb]))
    assert ev.source_ids == ["a", "b"]
    assert ev.title == "騰訊完成對一家遊戲公司的收購"  # the first statement's title would be cut with "…"


def test_english_titles_are_capped_by_words_and_characters():
    from timeline.events.titles import MAX_CHARS, MAX_WORDS

    long_words = "nobody expected the extraordinarily underappreciated marketplace reorganization announcement"
    out = shorten(long_words)
    assert len(out) <= MAX_CHARS and out.endswith("…")
    assert long_words.startswith(out.rstrip("…")) and long_words[len(out) - 1] == " "  # cut between words
    twelve = "the harbour authority opened a new terminal for larger ships"
    assert shorten(twelve) == twelve and len(twelve.split()) <= MAX_WORDS


def test_de_phrases_go_before_a_cut():
    from timeline.events.titles import drop_attributives

    long = "乙公司發佈了全新的大型語言模型與最新的影像生成模型以及多款全新的企業應用程式"
    assert drop_attributives(long) == "乙公司發佈了大型語言模型與影像生成模型以及多款企業應用程式"
    assert shorten(long).startswith("乙公司發佈了大型語言模型與影像生成模型")
    assert drop_attributives("丙集团推出一款具有自主知识产权的高性能服务器芯片") == "丙集团推出一款高性能服务器芯片"
    assert drop_attributives("備受各界關注的旗艦手機銷量突破千萬台") == "旗艦手機銷量突破千萬台"
    # kept: the subject's 的, figures, names, and a short title is never touched
    assert drop_attributives("丁公司的營收大幅增長") == "丁公司的營收大幅增長"
    assert drop_attributives("戊基金購入己銀行20%的股份") == "戊基金購入己銀行20%的股份"
    assert shorten("庚公司推出全新的手機") == "庚公司推出全新的手機"
    assert drop_attributives("辛團隊在開發新引擎時的目標是降低延遲") == "辛團隊在開發新引擎時的目標是降低延遲"


def test_a_carry_frame_takes_the_main_verb_after_its_list():
    # "帶著 / 帶領 / 攜 + list" is a frame: the clause cut at the list's comma is no headline; the title takes
    # the main verb of the clause that holds it (the list runs across clauses, so the frame goes)
    from timeline.events.titles import headline_problems, make_title

    for t, want in [("除夕夜，甲公司又帶著雲端平台、助手App，以及新一代大模型登上了晚會舞台。", "甲公司又登上了晚會舞台"),
                    ("除夕夜，甲公司又带着云端平台、助手App，以及新一代大模型亮相晚会舞台。", "甲公司又亮相晚会舞台"),
                    ("2024年，乙集團帶領旗下三家子公司，集體亮相博覽會。", "乙集團亮相博覽會")]:
        d = (0, 3) if t.startswith("除") else (0, 5)
        assert make_title(t, (0, len(t)), d, [d], []) == want
    t = "2024年，乙集團攜手丙公司發布新晶片。"
    assert make_title(t, (0, len(t)), (0, 5), [(0, 5)], []) == "乙集團攜手丙公司發布新晶片"
    assert headline_problems("甲公司又帶著雲端平台、助手App") == ["cut frame"]
    assert headline_problems("甲公司又来到了晚会舞台上") == []
