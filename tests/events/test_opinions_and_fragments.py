"""Opinions, prospects and English transcript fragments (issue 12, "What is still wrong"): own texts in
zh-Hant, zh-Hans and English."""

from __future__ import annotations

import pytest

from timeline.events.roles import date_role
from timeline.events.text import to_simplified
from timeline.events.titles import _clean, is_frame


def _role(text: str, date: str) -> str:
    norm = to_simplified(text)
    a = text.index(date)
    return date_role(norm, [(a, a + len(date))], (0, len(norm)), (0, len(norm)))


@pytest.mark.parametrize("text,date,want", [
    # a modal of ability or possibility: a prospect or a capability, unless something was completed
    ("2026年，年底能拿到豐厚年終獎了。", "2026年", "stative"),
    ("2026年，年底能拿到丰厚年终奖了。", "2026年", "stative"),
    ("2026年，團隊終於拿到了年終獎。", "2026年", "event"),
    ("3月5日，調度系統能把離線任務錯峰移開。", "3月5日", "stative"),
    ("3月5日，調度系統已能把離線任務錯峰移開。", "3月5日", "event"),
    ("3月5日，星河科技發佈新晶片，用戶可以免費試用。", "3月5日", "event"),
    ("3月5日，在大會上星河科技發佈新晶片。", "3月5日", "event"),
    ("In 2018, we could expand the plant.", "2018", "stative"),
    ("In 2018, Yaoshi Semiconductor launched a new chip.", "2018", "event"),
    # a comparison or a view
    ("3月5日，相較於許多公司把假期當作單純的促銷機會，星河科技更希望講好品牌故事。", "3月5日", "stative"),
    ("2019年，相較於去年，星河科技營收增長了5%。", "2019年", "event"),
    # a goal: a statement, unless the frame before it tells what was being done
    ("2024年，星河科技的目標是讓晶片更省電。", "2024年", "stative"),
    ("In 2024, the goal was to make the chip cheaper.", "2024", "stative"),
    ("2024年，團隊在做新模型時的目標是讓模型更像人。", "2024年", "event"),
    # the date as the subject of a copula
    ("1990年代是個人電腦的時代。", "1990年代", "stative"),
    ("2010年代是扩大规模的时代。", "2010年代", "stative"),
    # English: a demonstrative with a copula, a pronoun with a verb of possession
    ("Well, they had research teams stretching back to 2017.", "2017", "stative"),
    ("That's the sum our fund put into those warehouses back 12 years ago.", "12 years ago", "stative"),
    ("I guess I sold the boat 8 years ago.", "8 years ago", "event"),
    ("It was back in the early 2000s. Halvard had acquired a shop called Nordlys.", "the early 2000s", "event"),
    ("It was in 2019 that we launched the app.", "2019", "event"),
    ("On May 3, 2021, we acquired a small lab in Austin.", "May 3, 2021", "event"),
])
def test_opinions_and_states_are_statements(text: str, date: str, want: str) -> None:
    assert _role(text, date) == want


def _title_clean(text: str, date: str) -> str:
    a = text.index(date)
    return _clean(text, 0, len(text), [(a, a + len(date))])


def test_english_titles_do_not_dangle() -> None:
    out = _title_clean("they had research teams stretching back to 2017.", "2017")
    assert out == "they had research teams"
    out = _title_clean("We built that plant back 17 years ago.", "17 years ago")
    assert out == "We built that plant"
    out = _title_clean("It was back in the early 2000s. Halvard had acquired a shop called Nordlys.", "the early 2000s")
    assert out == "Halvard had acquired a shop called Nordlys"
    out = _title_clean("In 2011 our firm moved into ship leasing, not because it was fashionable.", "2011")
    assert out == "our firm moved into ship leasing"


def test_frames_and_goals_in_titles() -> None:
    assert is_frame("更堅定地做一家科技公司的一次員工大會上")
    assert is_frame("在这次发布会上")
    assert is_frame("not because it was fashionable")
    assert not is_frame("星河科技推出新產品")
    assert _title_clean("2024年，團隊在做新模型時的目標是讓模型更像人", "2024年") == "團隊在做新模型"
    assert _title_clean("2024年，团队在做新模型时的目标是让模型更像人", "2024年") == "团队在做新模型"
