"""Date roles: only a dated happening makes a canvas event (issue 12, deliver 1). Texts written for the test."""

from __future__ import annotations

from timeline.events.roles import date_role
from timeline.events.text import to_simplified
from timeline.model import Event, Timeline, TimeSpan

from .test_builder import events_for, mention, src


def role(text: str, sub: str) -> str:
    norm = to_simplified(text)
    a = text.index(sub)
    return date_role(norm, [(a, a + len(sub))], (0, len(text)), (0, len(text)))


def test_festival_as_modifier_or_name_is_no_event():
    assert role("這是乙公司的春節戰役。", "春節") == "modifier"
    assert role("今年春節檔，新片票房大漲。", "今年春節") == "modifier"
    assert role("甲公司推出“春節紅包計畫”。", "春節") == "modifier"
    assert role("丙集團在春節推出新模型。", "春節") == "event"


def test_habits_and_states_are_no_events():
    assert role("每年春節，甲公司都會向員工發紅包。", "春節") == "habit"
    assert role("2024年，乙公司總部洋溢著喜慶的氣氛。", "2024年") == "stative"
    assert role("2023年，這家公司正試圖打造自己的搜索引擎。", "2023年") == "stative"
    assert role("2021年，甲公司收購了一家晶片設計公司。", "2021年") == "event"
    assert role("2019年組建雲計算事業部，是他的另一個轉折點。", "2019年") == "event"
    assert role("In 2020, the firm is a leader in maps.", "2020") == "stative"
    assert role("In 2020, the firm acquired a maps startup.", "2020") == "event"


def test_forecasts_stay_events_marked_as_forecasts():
    assert role("研究機構認為，該市場2030年將達500億元規模。", "2030年") == "forecast"
    assert role("The company is expected to list its shares in 2027.", "2027") == "forecast"
    t = "研究機構認為，該市場2030年將達500億元規模。"
    (ev,) = events_for((src("a", t), [mention(t, "2030年", "2030", "year")]))
    assert ev.kind == "event" and ev.forecast
    d = ev.to_dict()
    assert d["forecast"] is True and Event.from_dict(d).forecast


def test_report_time_is_no_event():
    assert role("最近財報顯示，雲業務收入增長三成。", "最近") == "report"


def test_a_statement_alone_is_kept_but_is_no_event():
    t = "甲公司今年很忙。這是乙公司的春節戰役。"
    m = mention(t, "春節", "2026-02-17", "day")
    (ev,) = events_for((src("a", t), [m]))
    assert ev.kind == "statement" and ev.mentions[0].text == "春節"


def test_a_statement_next_to_its_event_joins_it():
    t = "2026年2月17日，甲公司發布新一代模型。這是甲公司的春節攻勢。"
    a = mention(t, "2026年2月17日", "2026-02-17", "day")
    b = mention(t, "春節", "2026-02-17", "day")
    evs = events_for((src("a", t), [a, b]))
    assert len(evs) == 1 and evs[0].kind == "event" and len(evs[0].mentions) == 2


def test_exports_keep_the_forecast_flag(tmp_path):
    from timeline.io.csvfile import export_csv, import_csv
    from timeline.io.timelinejs import export_timelinejs, import_timelinejs

    ev = Event(id="e1", time=TimeSpan.from_value("2030"), title="市場將達500億元", forecast=True)
    tl = Timeline(events=[ev])
    export_csv(tl, tmp_path / "t.csv")
    assert import_csv(tmp_path / "t.csv").events[0].forecast
    export_timelinejs(tl, tmp_path / "t.json")
    assert import_timelinejs(tmp_path / "t.json").events[0].forecast


def test_what_people_believed_would_happen_is_no_event():
    assert role("Back then, everybody thought that a web shop was going to make them rich in 2001.", "2001") == "belief"
    assert role("In 1998 investors believed the portal would double its users.", "1998") == "belief"
    assert role("In 1998 the portal doubled its users.", "1998") == "event"
    assert role("那時大家都以為2001年網店會讓人一夜致富。", "2001年") == "belief"
    t = "Back then, everybody thought that a web shop was going to make them rich in six months."
    (ev,) = events_for((src("a", t), [mention(t, "six months", "2001-06", "month")]))
    assert ev.kind == "statement"


def test_an_abstract_noun_with_a_copula_is_a_statement():
    # the goal class widened: a test / challenge / key as the subject of 是 / 為 / was tells no happening
    assert role("新團隊面對的第一場大考是2015年的雙11。", "2015年") == "stative"
    assert role("新团队面对的第一场考验是2015年的双11购物节。", "2015年") == "stative"
    assert role("The first test for the merged team was the 2015 shopping festival.", "2015") == "stative"
    assert role("The biggest challenge in 2021 was the chip shortage.", "2021") == "stative"
    assert role("In 2021, the biggest challenge the company faced was a chip shortage.", "2021") == "stative"
    assert role("2021年，公司面臨的最大挑戰是晶片短缺。", "2021年") == "stative"
    assert role("In 2021, Acme solved the problem and its revenue was up.", "2021") == "event"
    # an action before the noun still makes the event; a time frame in the relative clause too
    assert role("2021年，甲公司收購了乙公司，問題是價格太高。", "2021年") == "event"
    assert role("團隊在做新模型時的目標是2024年上線。", "2024年") == "event"
    t = "兩家公司合併。新團隊面對的第一場大考是2015年的雙11。"
    (ev,) = events_for((src("a", t), [mention(t, "2015年的雙11", "2015-11-11", "day")]))
    assert ev.kind == "statement"


def test_a_question_is_a_statement():
    # the act of asking is no happening, whatever the question is about; the answer is a statement of its own
    assert role("2018年的一次內部會議上，有員工問技術負責人：公司和對手的差距在哪裡？", "2018年") == "stative"
    assert role("2018年的一次内部会议上，有员工问技术负责人公司是否会上市吗？", "2018年") == "stative"
    assert role("At a 2018 town hall, an engineer asked the chief scientist whether the company was behind "
                "its rivals.", "2018") == "stative"
    # 問 inside a word, no question, or an action before the asking: still events
    assert role("2018年，甲公司發布問答機器人。", "2018年") == "event"
    assert role("2019年，記者問他何時上市，他宣布了新計畫。", "2019年") == "event"
    assert role("2019年，甲公司宣布新計畫時，有記者問是否裁員？", "2019年") == "event"
    t = "甲公司很忙。2018年的一次內部會議上，有員工問技術負責人：公司和對手的差距在哪裡？"
    (ev,) = events_for((src("a", t), [mention(t, "2018年", "2018", "year")]))
    assert ev.kind == "statement"


def test_an_answered_question_is_titled_by_the_answer():
    # a question answered in the next sentence stays the event; the answer is its headline
    t = "2018年的一次內部會議上，有員工問技術負責人王立：公司和對手的差距在哪裡？王立回答說，「我們本來就是一家資料公司。」"
    (ev,) = events_for((src("a", t), [mention(t, "2018年", "2018", "year")]))
    assert ev.kind == "event" and ev.title == "王立：我們本來就是一家資料公司"
    s = "2018年的一次内部会议上，有员工问技术负责人王立：公司和对手的差距在哪里？王立答道：“我们本来就是一家数据公司。”"
    (ev,) = events_for((src("b", s), [mention(s, "2018年", "2018", "year")]))
    assert ev.kind == "event" and ev.title == "王立：我们本来就是一家数据公司"


def test_an_english_answered_question_is_titled_by_the_answer():
    t = ("At a 2018 town hall, an engineer asked the chief scientist whether the company was behind its rivals. "
         "Wang Li replied that the company had been an AI company from the start.")
    (ev,) = events_for((src("a", t), [mention(t, "2018", "2018", "year")]))
    assert ev.kind == "event" and ev.title.startswith("Wang Li") and "AI company" in ev.title
    t = "At a 2018 town hall, an engineer asked the chief scientist whether the company was behind its rivals."
    (ev,) = events_for((src("a", t), [mention(t, "2018", "2018", "year")]))
    assert ev.kind == "statement"


def _past_role(text: str, sub: str) -> str:
    norm = to_simplified(text)
    a = text.index(sub)
    return date_role(norm, [(a, a + len(sub))], (0, len(text)), (0, len(text)), past=True)


def test_a_past_date_is_no_forecast_by_a_cue_of_the_next_clause():
    """A date wholly before the article's date keeps its own clause's role: an expectation told in the clause
    or coordinated predicate after it belongs to the later date (invented texts)."""
    assert _past_role("該隧道於2022年5月開工建設，預計到2028年日均車流將達3萬輛。", "2022年5月") == "event"
    assert _past_role("The mill halted output on June 3 and expects to restart next quarter.", "June 3") == "event"
    # the cue in the date's own clause still makes a forecast, as does a date opening the sentence
    assert _past_role("該隧道原預計於2022年5月通車。", "2022年5月") == "forecast"
    assert _past_role("3月2日，鷺港航運宣布將於7月起開通新航線。", "3月2日") == "forecast"
