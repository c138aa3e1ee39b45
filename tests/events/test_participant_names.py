"""Companies named by common words, bodies named again by their kind, and the merges they make possible
(names12, 2026-12-05; own example texts, invented names, no gazetteer entry)."""

from __future__ import annotations

import pytest

from tests.events.built import events_of
from timeline.events.names import kind_fits, open_names
from timeline.events.text import to_simplified


def _names(text: str) -> set[str]:
    return {n for _, _, n, _ in open_names(to_simplified(text))}


@pytest.mark.parametrize(("text", "name"), [
    ("雲杉商業銀行8月3日宣布取得新牌照。", "云杉商业银行"),          # subject before a date
    ("監管機構對青石支付展開反壟斷調查。", "青石支付"),              # after a linking preposition
    ("因雲杉商業銀行未能按期還款，雙方對簿公堂。", "云杉商业银行"),   # after 因, a verb follows
    ("晨星人壽也在同日公布了業績。", "晨星人寿"),                    # an adverb follows
    ("海燕航空與市政府簽署合作協議。", "海燕航空"),                  # a preposition follows
])
def test_a_company_of_common_words_is_found_as_a_participant(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "公司支付2億元收購款。",            # 支付 the verb, a number follows
    "用戶支付費用後即可使用。",          # a noun follows: an object
    "用戶支付的費用逐年上升。",          # a particle follows
    "跨境支付也在快速增長。",            # a kind of service
    "多家商業銀行宣布下調存款利率。",    # a count of banks
    "新能源汽車也在增長。",              # a kind of thing holding an organisation word
])
def test_words_before_an_institution_word_that_name_no_company(text):
    assert not _names(text) - {"国家能源局"}, _names(text)


def test_the_commission_is_the_body_named_before_and_european_is_no_name():
    text = ("The European Commission opened an investigation into Corvel Pay on May 2. On the same day, the "
            "commission approved a merger. Corvel Pay entered the European market in 2021.")
    hits = open_names(text)
    at = {text[a:b]: n for a, b, n, _ in hits}
    assert at.get("commission") == "European Commission"
    assert not any(text[a:b] == "European" for a, b, _, _ in hits)


def test_the_commission_names_no_one_when_two_commissions_are_told():
    text = ("The European Commission and the Trade Commission met on May 2. The commission said it would act.")
    assert not any(text[a:b] == "commission" for a, b, _, _ in open_names(text))


@pytest.mark.parametrize(("kind", "name", "fits"), [
    ("insurer", "Molu Insurance", True), ("carrier", "Petrel Airlines", True), ("bank", "Tallis Bank", True),
    ("insurer", "National Financial Regulatory Administration", False), ("company", "Molu Insurance", False),
])
def test_a_kind_noun_fits_a_name_by_its_words(kind, name, fits):
    assert kind_fits(kind, name) is fits


def _sizes(events):
    return sorted(len({m.source_id for m in e.mentions}) for e in events)


def test_a_company_of_common_words_meets_its_english_spelling(tmp_path):
    """"青石支付" is found by no dictionary; found as a participant, it meets "Qingshi Pay" (its spelling)."""
    events = events_of(tmp_path, {
        "a.txt": "青石支付取得牌照\n（2024年6月4日）\n青石支付6月3日宣布取得虛擬銀行牌照。\n",
        "b.txt": "Qingshi Pay wins licence\nJune 5, 2024 - Qingshi Pay won a virtual bank licence on June 3.\n"})
    assert _sizes(events) == [2], [(e.time.value, e.title, e.actors) for e in events]


def test_the_insurer_is_the_insurer_named_before_not_the_regulator(tmp_path):
    """"The insurer listed …" after a sentence led by a regulator fining an insurer: the insurer lists, and
    its listing meets the Chinese telling of it; the regulator's fine stays apart."""
    events = events_of(tmp_path, {
        "a.txt": ("Regulator fines Molu Insurance\nMay 9, 2024 - The Harbour Financial Authority fined Molu "
                  "Insurance 2 million yuan on May 7. The insurer listed its shares in Hong Kong in March 2023.\n"),
        "b.txt": "墨鹿保險上市\n（2023年3月9日）\n墨鹿保險3月8日在香港聯交所掛牌上市。\n",
        "c.txt": ("Molu Insurance debut\nMarch 10, 2023 - Molu Insurance listed its shares in Hong Kong on "
                  "March 8.\n")})
    listing = [e for e in events if e.time.value.startswith("2023")]
    assert len(listing) == 1 and len({m.source_id for m in listing[0].mentions}) == 3, \
        [(e.time.value, e.title, e.actors) for e in events]


def test_it_opening_a_sentence_brings_the_organisation_before(tmp_path):
    """"It added a listing in …": the organisation that opened the sentence before is the doer, so the
    telling meets the Chinese one of the same month."""
    events = events_of(tmp_path, {
        "a.txt": ("Fernhill history\nMay 2, 2025 - Fernhill Foods listed in New York in 2015. It added a second "
                  "listing in Hong Kong in June 2021.\n"),
        "b.txt": "芬希爾食品\n（2025年5月3日）\n2021年6月，Fernhill Foods又在香港完成第二上市。\n"})
    june = [e for e in events if e.time.value == "2021-06"]
    assert len(june) == 1 and len({m.source_id for m in june[0].mentions}) == 2, \
        [(e.time.value, e.title, e.actors) for e in events]


def test_one_post_named_in_other_words_is_one_appointment(tmp_path):
    """接任集團主席 / 出任董事會主席: the post is the role both name; the same person that month is one
    appointment (another person's post that month stays apart)."""
    events = events_of(tmp_path, {
        "a.txt": "人事\n（2025年8月2日）\n2025年7月，周啟航接任集團主席。\n",
        "b.txt": "人事变动\n（2025年8月5日）\n2025年7月，周启航接替林志远出任董事会主席。\n"})
    assert _sizes(events) == [2], [(e.time.value, e.title, e.actors) for e in events]


def test_each_dated_item_of_a_chinese_enumeration_is_its_own(tmp_path):
    """"2019年推出甲、2020年创立乙、2021年与丙达成…": each date's statement names its own item only."""
    from timeline.pipeline import build_timeline

    p = tmp_path / "a.txt"
    p.write_text("回顧\n（2025年1月2日）\n公司已經歷了2019年推出Orbi、2020年創立Tessa、2021年與Korvin達成戰略交易的擴張期。\n",
                 encoding="utf-8")
    tl = build_timeline([p])
    by_year = {e.time.value: set(e.actors) for e in tl.events}
    assert "Orbi" not in by_year.get("2020", set()) and "Tessa" not in by_year.get("2021", set()), by_year


@pytest.mark.parametrize(("short", "long", "same"), [
    ("药监局", "国家药品监督管理局", True), ("杭州市政府", "杭州市人民政府", True), ("中国药监局", "药监局", True),
    ("发改委", "国家发展和改革委员会", True),    # 委员会 shortened to 委 (data: builder._BODY_SHORT_ENDS)
    ("发展改革委", "国家发展和改革委员会", True), ("国办", "国务院办公厅", True),
    ("卫健委", "国家发展和改革委员会", False), ("发改局", "国家发展和改革委员会", False),
    ("杭州市政府", "宁波市人民政府", False), ("药监局", "国家林业局", False),
])
def test_forms_of_a_public_body(short, long, same):
    from timeline.events.builder import _abbreviates, _body_key

    a, b = sorted((_body_key(short), _body_key(long)), key=len)
    assert (a == b or _abbreviates(a, b)) is same


def test_a_public_body_told_by_its_long_and_short_names_is_one_actor(tmp_path):
    events = events_of(tmp_path, {
        "a.txt": "新藥獲批\n（2025年5月7日）\n國家藥品監督管理局5月6日批准雲杉製藥的新藥上市。\n",
        "b.txt": "新药获批\n（2025年5月8日）\n药监局5月6日批准了云杉制药的新药。\n",
        "c.txt": "合作\n（2025年5月9日）\n杭州市人民政府5月8日與雲杉製藥簽署合作協議。\n",
        "d.txt": "合作签约\n（2025年5月10日）\n杭州市政府5月8日与云杉制药签署合作协议。\n"})
    bodies = {a for e in events for a in e.actors if a.endswith(("局", "政府"))}
    assert bodies == {"國家藥品監督管理局", "杭州市人民政府"}, [(e.time.value, e.actors) for e in events]


FOLLOWED_EN = ("Orbel history\nMay 2, 2025 - Orbel Group launched Kestrel Mail in 2011 and let users sign up for free. "
               "Qingsun Pay followed in 2013. The group listed in Hong Kong in 2016.\n")
FOUNDED_ZH = "奧貝集團\n（2025年5月3日）\n公司先後經歷了2011年推出Kestrel Mail、2013年創立青隼支付、2016年在香港上市的擴張期。\n"


def test_a_thing_that_followed_a_launch_is_launched(tmp_path):
    """"Qingsun Pay followed in 2013" after a launch tells the launch (the founding) of Qingsun Pay: it meets
    "2013年創立青隼支付" of another article (the name found after 創立, linked by its spelling)."""
    events = events_of(tmp_path, {"a.txt": FOLLOWED_EN, "b.txt": FOUNDED_ZH})
    by_value = {e.time.value: len({m.source_id for m in e.mentions}) for e in events}
    assert by_value.get("2013") == 2, [(e.time.value, e.title, e.actors) for e in events]


def test_followed_with_an_object_or_by_tells_no_action_again(tmp_path):
    from timeline.events.builder import _FOLLOWED

    assert _FOLLOWED.search("Qingsun Pay followed in 2013") and _FOLLOWED.search("Rivals followed suit.")
    assert not _FOLLOWED.search("The launch was followed by a price cut") \
        and not _FOLLOWED.search("She followed the rules in 2013")


def test_a_licence_and_a_leaving_are_actions_in_both_languages(tmp_path):
    """取得牌照 / won a licence, 離任 / stepped down: told by month in English and by day in Chinese, each is one
    happening (a licence and a leaving were no action, so the tellings had nothing in common but the name)."""
    events = events_of(tmp_path, {
        "a.txt": "海星支付獲發牌照\n（2023年8月16日）\n海星支付8月15日宣布取得虛擬銀行牌照。\n",
        "b.txt": ("Haixing Pay boss leaves\nFebruary 3, 2024 - Haixing Pay won a virtual banking licence in "
                  "August 2023.\n"),
        "c.txt": "海星支付總裁離任\n（2024年2月5日）\n海星支付總裁何嘉穎2月1日離任。\n",
        "d.txt": "Haixing Pay chief leaves\nFebruary 6, 2024 - Haixing Pay's chief executive stepped down in February.\n"})
    assert _sizes(events) == [2, 2], [(e.time.value, e.title, e.actors) for e in events]


def test_a_translated_name_pairs_by_one_co_telling_with_the_same_amount_and_an_exchange(tmp_path):
    """"Dune Energy, a panel maker, raised 1.2 billion yuan when it listed on Shenzhen's ChiNext on May 6" /
    "沙丘新能源5月6日在深交所創業板掛牌上市，募資12億元": the English telling also names the board (an organisation
    no Chinese finder names), and its doer is the one to pair; with the same amount the names pair and the
    listing is one event."""
    events = events_of(tmp_path, {
        "a.txt": "沙丘新能源上市\n（2024年5月7日）\n沙丘新能源5月6日在深交所創業板掛牌上市，募資12億元。\n",
        "b.txt": ("Dune Energy debuts\nMay 9, 2024 - Dune Energy, a panel maker, raised 1.2 billion yuan when it "
                  "listed on Shenzhen's ChiNext Board on May 6.\n")})
    assert _sizes(events) == [2], [(e.time.value, e.title, e.actors) for e in events]


def test_an_abbreviation_declared_in_brackets_names_the_body():
    text = ("The Harbour Conduct Authority (HCA) fined Larch Securities on May 3. The HCA said the broker had "
            "failed to act. HCA rules apply.")
    names = [(text[a:b], n) for a, b, n, _ in open_names(text)]
    assert ("HCA", "Harbour Conduct Authority") in names
    assert not any(n == "HCA" for _, n in names)


DEAL_ZH = "回顧\n（2025年5月3日）\n公司已經歷了2012年推出Orbi、2014年與泰薩資本達成戰略交易的擴張期。\n"


def test_a_deal_in_general_words_is_the_financial_action_told_in_another_language(tmp_path):
    """"2014年與泰薩資本達成戰略交易" / "in 2014 Taisa Capital invested $300 million": one happening (the
    deal is the investment); an investment by another company that year stays apart."""
    en = ("Orbel history\nMay 2, 2025 - Orbel launched Orbi in 2012, and in 2014 Taisa Capital invested about "
          "$300 million for a large stake.\n")
    other = ("Orbel rival\nMay 2, 2025 - In 2014 Korvin invested about $50 million in Orbel's rival.\n")
    events = events_of(tmp_path, {"a.txt": DEAL_ZH, "b.txt": en, "c.txt": other})
    year = [e for e in events if e.time.value == "2014"]
    assert sorted(len({m.source_id for m in e.mentions}) for e in year) == [1, 2], \
        [(e.time.value, e.title, e.actors) for e in events]
    korvin = next(e for e in year if "Korvin" in e.actors)
    assert len({m.source_id for m in korvin.mentions}) == 1
