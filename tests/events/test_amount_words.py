"""An amount told in Chinese numerals (十二億元, 三千二百萬元) is the same distinctive figure as 12亿元 / 1.2 billion
yuan (merge hold-out 7, docs/EVENTS.md): a purchase told in Chinese with the amount in words and in English with
the target by a translated name pairs the names by the day and the amount, so the two tellings are one event.
Own texts; names no list holds."""

from __future__ import annotations

from tests.events.built import events_of
from timeline.events.text import amounts, zh_number

ZH = "栗川科技收購軟件公司\n（2028年5月7日）\n栗川科技5月6日以八億元人民幣收購嵩禾軟件全部股權。\n"
OTHER = "栗川科技再收購\n（2028年5月7日）\n栗川科技5月6日還以三億元人民幣收購了蘇栩電子。\n"
EN = ("Lichuan Technology buys Loftgrain Software\nMay 8, 2028 — Lichuan Technology bought Loftgrain Software for "
      "800 million yuan on May 6.\n")


def test_chinese_numerals_give_the_amount():
    assert amounts("以十二亿元收购") == amounts("以12亿元收购") == amounts("for 1.2 billion yuan")
    assert amounts("获赔三千二百万元") == amounts("3200万元")
    assert zh_number("一百零五") == 105 and zh_number("一二") is None
    assert amounts("千万级用户") == [] and amounts("数十万人") == [] and amounts("万达集团") == []


def test_the_amount_in_words_pairs_a_translated_name(tmp_path):
    events = events_of(tmp_path, {"a.txt": ZH, "b.txt": EN})
    assert [len(e.source_ids) for e in events] == [2], [(e.time.value, e.title, e.actors) for e in events]


def test_the_amount_in_words_tells_two_purchases_that_day_apart(tmp_path):
    """The buyer's other purchase that day, for another amount in words: the English telling joins the one
    whose amount it gives."""
    events = events_of(tmp_path, {"a.txt": ZH, "c.txt": OTHER, "b.txt": EN})
    joined = [e for e in events if len(e.source_ids) == 2]
    assert len(joined) == 1 and "嵩禾軟件" in joined[0].actors, [(e.title, e.actors, len(e.source_ids)) for e in events]


def test_a_sum_written_out_in_full():
    """"860,000 yuan" / "$1,500,000" are 86万 / 150万: the same distinctive figure as the Chinese telling's."""
    assert amounts("fined the company 860,000 yuan") == amounts("罚款86万元") == ["amount:86"]
    assert amounts("HK$4,200,000,000") == amounts("42亿港元")
    assert amounts("5,000 warehouse robots") == [] and amounts("9,999 yuan") == []
    assert amounts("$3,540 million") == amounts("35.4亿")


def test_an_amount_of_yi_and_wan_is_one_amount():
    """"四億五千萬元" / "4亿5000万元" are 4.5亿 (merge hold-out 8: read as 4亿 and 5000万, two figures the other
    tellings did not give, so the buyer's own telling joined none)."""
    assert amounts("以四亿五千万元收购") == amounts("以4.5亿元收购") == amounts("4亿5000万元") == ["amount:45000"]
    assert amounts("for 450 million yuan") == ["amount:45000"]
    assert amounts("三亿元和五千万元") == ["amount:30000", "amount:5000"]  # two amounts, told apart


def test_a_percentage_in_words_is_the_figure():
    """"百分之六十" and "60 percent" give the key "60%" a figure with a sign gives."""
    from timeline.events.text import content_terms

    for text in ("收購百分之六十股權", "收购60%股权", "a 60 percent stake", "a 60 per cent stake"):
        assert "60%" in content_terms(text), text
    assert "34.5%" in content_terms("持股百分之三十四点五")


BUYER = "嵐溪物流收購倉儲公司\n（2029年4月16日）\n嵐溪物流4月15日宣布，以四億五千萬元收購松陌倉儲百分之六十股權。\n"
TARGET = "松陌仓储引入股东\n（2029年4月17日）\n岚溪物流4月15日宣布以4.5亿元收购松陌仓储60%股权。\n"
OTHER_DEAL = "岚溪物流再收购\n（2029年4月17日）\n岚溪物流4月15日还以3亿元收购了一家冷链公司40%股权。\n"


def test_the_buyer_telling_in_words_meets_the_telling_in_digits(tmp_path):
    """The same purchase told with the amount and the stake in words and in digits is one event; the buyer's
    other purchase that day, for another amount and stake, stays apart."""
    events = events_of(tmp_path, {"a.txt": BUYER, "b.txt": TARGET, "c.txt": OTHER_DEAL})
    assert sorted(len(e.source_ids) for e in events) == [1, 2], [(e.title, e.source_ids) for e in events]
