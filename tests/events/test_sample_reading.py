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
