"""Classes found reading the ninth merge hold-out (``merge_corpus/ninth_*``; docs/EVENTS.md), each with own texts
(companies no list holds)."""

from __future__ import annotations

from tests.events.built import events_of

EXPO_ZH = "林沼船展閉幕\n（2036年5月7日）\n第三屆林沼國際船舶展5月3日至6日在寧波舉行。紅蕨船舶5月4日在船展上獲得四艘油輪訂單。\n"
ORDER_ZH = "红蕨船舶获订单\n（2036年5月5日）\n红蕨船舶4日在船展上拿下4艘油轮订单。\n"
EXPO_EN = ("Hongjue wins tanker orders\nMay 8, 2036 — Hongjue Shipbuilding won orders for four tankers at the "
           "Linmoor Boat Show, held in Ningbo from May 3 to 6.\n")


def test_a_participle_clause_dates_the_noun_it_follows(tmp_path):
    """"X won orders … at the Linmoor Boat Show, held in Ningbo from May 3 to 6": the range is the show's, told
    in a reduced relative clause after it; the order (told on May 4 in Chinese) is another happening, and the
    range takes neither the order's company nor its action (it was the shipyard's, "Hongjue Shipbuilding held
    in …", and joined the order told twice)."""
    events = events_of(tmp_path, {"a.txt": EXPO_ZH, "b.txt": EXPO_EN, "c.txt": ORDER_ZH})
    by_value: dict[str, list] = {}
    for e in events:
        by_value.setdefault(e.time.value, []).append(e)
    assert "2036-05-04" in by_value, [(e.time.value, e.title) for e in events]
    order = by_value["2036-05-04"]
    assert all(not any(m.text == "May 3 to 6" for m in e.mentions) for e in order), \
        [(e.time.value, e.title, [m.text for m in e.mentions]) for e in events]
    ranged = [e for e in events if any(m.text == "May 3 to 6" for m in e.mentions)]
    assert ranged and all("紅蕨船舶" not in e.actors for e in ranged), [(e.title, e.actors) for e in ranged]


APPOSITION = ("Fogline premieres\nMay 8, 2036 — Fogline, the studio's first thriller, opened in cinemas on May 3. "
              "Redfern Pictures released it.\n")


def test_a_participle_after_an_apposition_is_the_main_verb(tmp_path):
    """"Fogline, the studio's first thriller, opened in cinemas on May 3": no verb before the clause, so
    "opened" is the sentence's own verb, not a reduced relative clause."""
    events = events_of(tmp_path, {"a.txt": APPOSITION})
    assert [e.time.value for e in events] == ["2036-05-03"]
    assert "opening" in events[0].tags or "release" in events[0].tags or events[0].title.startswith("Fogline"), \
        (events[0].title, events[0].tags)


def test_a_bare_day_before_yi_meaning_for_is_a_day():
    """``13日以一億元收購``: 以 is "for" (by means of), the 13th is told; 5日以內 / 7日以後 stay counts of days."""
    import datetime as dt

    from timeline.temporal import extract

    ref = dt.date(2036, 6, 14)
    found = [(m.text, m.value) for m in extract("青蘆科技13日以一億二千萬元收購白沙軟件。", ref)]
    assert ("13日", "2036-06-13") in found, found
    for text in ("貨款須於5日以內付清。", "合同7日以後生效。"):
        assert not [m for m in extract(text, ref) if m.text.endswith("日")], text


def test_microelectronics_is_a_kind_word():
    """雁湖微電子 is 雁湖 of the microelectronics kind (as "Yanhu Microelectronics" spells it), not 雁湖微."""
    from timeline.events.names import distinctive_core, romanized

    assert distinctive_core("雁湖微电子") == "雁湖"
    assert romanized("雁湖微电子") == "yanhu"


ACQ_ZH = "雁湖微電子被收購\n（2036年6月14日）\n琥岩半導體6月13日宣布，以1.2億元收購雁湖微電子全部股權。\n"
ACQ_EN = ("Deal confirmed\nJune 17, 2036 — Amberrock Semiconductor confirmed its takeover of Yanhu "
          "Microelectronics on June 13, saying it would pay 120 million yuan in cash.\n")


def test_a_translated_buyer_pairs_through_a_spelled_microelectronics_target(tmp_path):
    """The target spelled (Yanhu Microelectronics / 雁湖微電子) and the amount in two forms pair the buyer's
    translated name: one event."""
    events = events_of(tmp_path, {"a.txt": ACQ_ZH, "b.txt": ACQ_EN})
    assert len(events) == 1, [(e.time.value, e.title, e.actors) for e in events]


ORDERS_EN = ("Hongjue wins tanker orders\nMay 8, 2036 — Hongjue Shipbuilding won orders for four tankers at a boat "
             "show in Ningbo. The orders were signed on May 4.\n")
ORDERS_ZH = ("紅蕨船舶獲訂單\n（2036年5月5日）\n紅蕨船舶5月4日獲得四艘油輪訂單。紅蕨船舶同日還與一家銀行簽署了貸款協議。\n")


def test_the_thing_acted_on_in_the_sentence_before(tmp_path):
    """"X won orders for …. The orders were signed on May 4": "The orders" are the orders X won (its actor and
    the order told), so the sentence joins the Chinese telling of the order, not the loan signed that day (it
    had no actor and no action, and joined nothing)."""
    events = events_of(tmp_path, {"a.txt": ORDERS_ZH, "b.txt": ORDERS_EN})
    told = {e.title: sorted({m.text for m in e.mentions}) for e in events}
    order = next(e for e in events if any(m.text == "May 4" for m in e.mentions))
    assert any(m.text == "5月4日" for m in order.mentions), told
    assert not any("貸款" in e.title and any(m.text == "May 4" for m in e.mentions) for e in events), told


SHOW_ZH = "林沼船展開幕\n（2036年5月4日）\n第三屆林沼國際船舶展5月3日至6日在寧波舉行，兩百家企業參展。\n"
SHOW_ZH_SHORT = "林沼船舶展\n（2036年5月7日）\n林沼船舶展5月3日至6日在寧波舉行，成交額創新高。\n"
SHOW_EN = ("Linzhao show closes\nMay 8, 2036 — The Linzhao International Boat Show was held in Ningbo from May 3 to 6, "
           "drawing 200 exhibitors.\n")
OTHER_SHOW_EN = ("Harbour fair\nMay 8, 2036 — The Qiantang Marine Fair was held in Hangzhou from May 3 to 6.\n")


def test_one_span_of_days_told_in_two_languages(tmp_path):
    """A show told by the same span of days in Chinese and in English (the name with and without 國際, and
    spelled): one event, as a same exact day is (the span was no key any pair was looked for by); another show
    those days elsewhere stays apart."""
    events = events_of(tmp_path, {"a.txt": SHOW_ZH, "b.txt": SHOW_ZH_SHORT, "c.txt": SHOW_EN,
                                  "d.txt": OTHER_SHOW_EN})
    sizes = sorted(len({m.source_id for m in e.mentions}) for e in events)
    assert sizes == [1, 3], [(e.time.value, e.title, e.actors) for e in events]


def test_international_is_dropped_from_a_chinese_core():
    from timeline.events.names import distinctive_core

    assert distinctive_core("林沼国际船舶") == "林沼"
    assert distinctive_core("国际航运") == "国际"  # (two characters only: kept)


DEATH_ZH = "玉禾茶业创始人乔兰亭去世\n（2036年3月3日）\n玉禾茶业创始人乔兰亭2日在福州因病去世，终年90岁。\n"
FUNERAL_EN = ("Yuhe Tea founder laid to rest\nMarch 10, 2036 — The funeral of Qiao Lanting, founder of Yuhe Tea, was "
              "held in Fuzhou on March 9. Qiao died on March 2 at the age of 90.\n")
TWO_QIAOS_EN = ("Yuhe Tea founder laid to rest\nMarch 10, 2036 — The funeral of Qiao Lanting, founder of Yuhe Tea, "
                "was held in Fuzhou on March 9, attended by her brother Qiao Lanshan. Qiao died on March 2.\n")


def test_a_surname_alone_is_the_one_person_told_before(tmp_path):
    """"… Qiao Lanting …. Qiao died on March 2": the surname alone opening the sentence is the one person of
    that name told before, so the English death joins the Chinese one (it had no actor and met nothing); the
    funeral a week later stays apart."""
    events = events_of(tmp_path, {"a.txt": DEATH_ZH, "b.txt": FUNERAL_EN})
    death = next(e for e in events if e.time.value == "2036-03-02")
    assert len({m.source_id for m in death.mentions}) == 2, [(e.time.value, e.title, e.actors) for e in events]


def test_a_surname_of_two_people_is_no_one(tmp_path):
    events = events_of(tmp_path, {"b.txt": TWO_QIAOS_EN})
    death = next(e for e in events if e.time.value == "2036-03-02")
    assert not any("Qiao" in a or "乔" in a or "喬" in a for a in death.actors), death.actors


def test_an_environment_bureau_is_the_ecology_and_environment_bureau():
    """"the Qinghe environment bureau" is 清河市生态环境局 (a city's 生态环境局 goes by "environment bureau")."""
    from timeline.events.builder import _translates_body

    assert _translates_body("Qinghe environment bureau", "清河市生态环境局")
    assert _translates_body("Qinghe environment bureau", "清河市环境局")
    assert not _translates_body("Qinghe environment bureau", "清河市生态局")


def test_trillions_and_amounts_in_english_words():
    """A distinctive amount gives one key in every format: 1.5万亿 / 1.5 trillion (1.5万亿 gave 1.5万, "trillion"
    nothing) and a number in English words before a large unit ("two billion yuan" / 20亿元; it gave none)."""
    from timeline.events.text import amounts

    assert amounts("1.5万亿元") == amounts("1.5 trillion yuan") == amounts("一万亿元".replace("一", "1.5"))
    assert amounts("two billion yuan") == amounts("20亿元") == amounts("二十亿元")
    assert amounts("a hundred million dollars") == amounts("1亿美元")
    assert amounts("4亿5000万元") == amounts("四亿五千万元") == amounts("450 million yuan")


WORDED_ZH = "青杉能源收購\n（2036年7月2日）\n青杉能源7月1日宣布以20億元收購白嶼電池。青杉能源同日還宣布以8億元收購藍灣儲能。\n"
WORDED_EN = ("Qingshan deal\nJuly 3, 2036 — Qingshan Energy agreed on July 1 to buy a battery maker for two billion "
             "yuan.\n")


def test_an_amount_in_words_picks_the_deal(tmp_path):
    """The buyer's two purchases that day, for 20億 and 8億; an English telling "for two billion yuan" whose
    target no finder pairs joins the first only."""
    events = events_of(tmp_path, {"a.txt": WORDED_ZH, "b.txt": WORDED_EN})
    en = [e for e in events if any(m.text == "July 1" for m in e.mentions)]
    assert len(en) == 1 and len({m.source_id for m in en[0].mentions}) == 2, [(e.title, e.actors) for e in events]
    assert "白嶼電池" in en[0].title or "白嶼電池" in en[0].actors, (en[0].title, en[0].actors)


SYN_ZH = ("松嶺化工收購紅鰭實驗室\n（2036年8月2日）\n松嶺化工8月1日宣布收購紅鰭實驗室。松嶺化工執行長喬雨桐同日請辭。\n")
SYN_EN = ("Songling deal\nAugust 4, 2036 — Songling Chemical purchased Hongqi Labs on August 1. Its chief executive, "
          "Qiao Yutong, is stepping down, the company said on August 1.\n")


def test_synonym_verbs_tell_the_same_action(tmp_path):
    """"purchased" is an acquisition (收購) and 請辭 / "stepping down" a resignation: the English purchase joins
    the Chinese one, and stays apart from the resignation that day."""
    events = events_of(tmp_path, {"a.txt": SYN_ZH, "b.txt": SYN_EN})
    deal = [e for e in events if any(m.text == "8月1日" for m in e.mentions)]
    assert len(deal) == 1 and any(m.text == "August 1" for m in deal[0].mentions), \
        [(e.title, [m.text for m in e.mentions]) for e in events]
    assert "acquisition" in deal[0].tags and "resignation" not in deal[0].tags, deal[0].tags


DEAL_ZH = "鷺川科技併購藍杉軟件\n（2037年3月3日）\n鷺川科技3月2日宣布以5.6億元併購藍杉軟件。鷺川科技同日還發布了新款晶片「鷺芯二號」。\n"
DEAL_EN = ("Luchuan completes Lanshan deal\nMay 14, 2037 — Luchuan Technology said on Tuesday it had completed its "
           "takeover of Lanshan Software, a deal worth 560 million yuan first announced on March 2.\n")


def test_an_appositive_deal_is_the_action_before_it(tmp_path):
    """"…completed its takeover of Lanshan Software, a deal worth 560 million yuan first announced on March 2":
    the date tells the deal, the takeover of the clause before, so it joins the Chinese telling of the purchase
    that day (it was an announcement of its own), not the chip launched that day."""
    events = events_of(tmp_path, {"a.txt": DEAL_ZH, "b.txt": DEAL_EN})
    deal = next(e for e in events if any(m.text == "3月2日" for m in e.mentions))
    assert any(m.text == "March 2" for m in deal.mentions), [(e.title, [m.text for m in e.mentions]) for e in events]
    chip = next(e for e in events if "晶片" in e.title)
    assert not any(m.text == "March 2" for m in chip.mentions)


CONF_ZH = "鷺川科技開發者大會\n（2037年4月10日）\n鷺川科技開發者大會4月8日至9日在杭州舉行，吸引了五千名開發者。\n"
CONF_CLOSE = "鹭川科技开发者大会落幕\n（2037年4月10日）\n为期两天的鹭川科技开发者大会9日在杭州闭幕。\n"


def test_an_event_over_a_span_of_days_is_dated_by_the_span(tmp_path):
    """A span of days ("4月8日至9日") and a day inside it told as one happening: the event's time is the span
    (it was the day, the narrowest mention)."""
    events = events_of(tmp_path, {"a.txt": CONF_ZH, "b.txt": CONF_CLOSE})
    merged = [e for e in events if len({m.source_id for m in e.mentions}) == 2]
    assert merged and merged[0].time.value == "2037-04-08/2037-04-09", [(e.time.value, e.title) for e in events]
