"""What an editor reading the built-in sample found (issue 12): a heading that only names someone and the
topics they talk about makes no event (its date, "the next decade", is a topic); an English modal with a date
ahead of the article ("would close by the end of the year") is a forecast. The texts are written for the
test, with companies and people no gazetteer lists."""

from __future__ import annotations

import pytest

from timeline.events.roles import topic_heading
from timeline.model import Timeline
from timeline.pipeline import build_timeline

STORIES = {
    "topics.txt": (
        "Mira Holt on robots, rivers and the next decade\n"
        "DUNMORE, April 2, 2027 - Mira Holt, who founded Quellory in 2015, told a group of engineers on "
        "Tuesday that patient money wins.\n"
    ),
    "deal.txt": (
        "Brasken to buy Olvetta\n"
        "June 8, 2027 - Brasken Tools agreed on Monday to buy valve maker Olvetta for $300 million. Brasken said "
        "the purchase would close by the end of the year. Olvetta was founded in 2009.\n"
    ),
    "topics_zh.txt": (
        "韋岑談機器人、河流與未來十年\n"
        "2027年4月2日，韋岑在一場論壇上說，耐心的資本終會勝出。\n"
    ),
}


@pytest.fixture(scope="module")
def tl(tmp_path_factory) -> Timeline:
    d = tmp_path_factory.mktemp("sample")
    files = []
    for name, text in STORIES.items():
        (d / name).write_text(text, encoding="utf-8")
        files.append(d / name)
    return build_timeline(files)


def test_topic_heading_shapes():
    assert topic_heading("Mira Holt on robots, rivers and the next decade")
    assert topic_heading("Q&A: Dana Voss about chips and 2030")
    assert topic_heading("韦岑谈机器人、河流与未来十年")
    assert not topic_heading("Quellory open-sources its model on New Year's Eve")
    assert not topic_heading("How a river start-up reached Wall Street")
    assert not topic_heading("Brasken to buy Olvetta")
    assert not topic_heading("韦岑谈创业：一小时的谈话改变了一生")
    assert not topic_heading("甲公司谈判破裂")


def test_a_topic_heading_makes_no_event(tl):
    events = [e for e in tl.events if e.kind == "event"]
    assert not any(e.time.value.startswith("203") for e in events), [(e.time.value, e.title) for e in events]
    assert any(e.time.value == "2015" for e in events)  # the story's own dates still make events


def test_would_with_a_date_ahead_is_a_forecast(tl):
    (close,) = [e for e in tl.events if "close" in e.title]
    assert close.kind == "event" and close.forecast, close
    founded = next(e for e in tl.events if e.time.value == "2009")
    assert not founded.forecast
    bought = next(e for e in tl.events if e.time.value == "2027-06-07")
    assert not bought.forecast


ZH = (
    "中秋AI大战落幕 各家比拼模型\n"
    "2027年9月16日，中秋節當天，幾家雲端公司的中秋AI攻勢告一段落。\n"
    "中秋前夕瀚星開源新模型\n"
    "2027年9月17日，記者從瀚星科技獲悉，公司已在9月14日把新模型"
    "正式開源。業內人士認為，中秋前後這幾天的密集發布，讓中秋變成了AI應用的主戰場。\n"
)


@pytest.fixture(scope="module")
def zh(tmp_path_factory) -> Timeline:
    f = tmp_path_factory.mktemp("sample_zh") / "zh.txt"
    f.write_text(ZH, encoding="utf-8")
    return build_timeline([f])


def test_festival_before_a_latin_word_and_a_noun_is_a_name(zh):
    # the heading's "中秋AI大战" names a campaign; it tells no time
    assert not any(e.kind == "event" and "大战" in e.title for e in zh.events), [(e.title, e.kind) for e in zh.events]


def test_a_reporter_learning_a_dated_fact_is_the_report_time(zh):
    # "記者從X獲悉，…9月14日…": the happening is the content's date, not the day the reporter learned it
    assert not any(e.kind == "event" and e.time.value == "2027-09-17" for e in zh.events), \
        [(e.time.value, e.title, e.kind) for e in zh.events]
    assert any(e.kind == "event" and e.time.value == "2027-09-14" for e in zh.events)


def test_a_commentators_view_of_the_festival_is_no_event(zh):
    # "業內人士認為，…讓中秋變成了…": a view, and the festival is what the sentence acts on
    assert not any(e.kind == "event" and "業內人士" in e.title for e in zh.events), [(e.title, e.kind) for e in zh.events]


def test_elapsed_time_and_a_pseudo_cleft_are_no_events(tmp_path):
    text = ("瀚星科技的十年\n"
            "2027年3月2日，距离瀚星科技完成重组已经过去三年多。她說，2010年代初瀚星面對的是對手在本地市場的強勢地位，"
            "團隊只能靠低價打開局面。2015年，瀚星收購了一家晶片設計公司。\n")
    f = tmp_path / "elapsed.txt"
    f.write_text(text, encoding="utf-8")
    tl = build_timeline([f])
    events = {e.time.value: e for e in tl.events if e.kind == "event"}
    assert "2027-03-02" not in events, [(e.time.value, e.title) for e in tl.events]
    assert not any(v.startswith("201X") for v in events), [(e.time.value, e.title) for e in tl.events]
    assert "2015" in events


def test_he_is_a_person_not_the_first_organisation_of_the_sentence(tmp_path):
    # 他 after a clause naming an organisation as its object stands for the person told before
    text = ("瀚星往事\n2027年3月2日，瀚星科技董事長韋岑在一場論壇上回顧了自己的經歷。2018年，他完成了對瀚星科技的全資收購；"
            "2022年5月，他接任集團主席，羅蔓則出任執行長。\n")
    f = tmp_path / "he.txt"
    f.write_text(text, encoding="utf-8")
    tl = build_timeline([f])
    assert next(e.title for e in tl.events if e.time.value == "2022-05").startswith("韋岑")


def test_the_samples_chair_is_the_person():
    # the built-in sample (our own text): "他完成了對NBA布魯克林籃網隊的全資收購；2023年9月，他接任集團主席" was
    # titled "NBA接任集團主席" (the league is a known organisation, the first actor of the sentence)
    from pathlib import Path

    sample = Path(__file__).resolve().parents[2] / "resources" / "sample" / "zh-hant.txt"
    tl = build_timeline([sample])
    chair = [e.title for e in tl.events if e.time.value == "2023-09" and "主席" in e.title]
    assert chair and all(not t.startswith("NBA") for t in chair), chair
