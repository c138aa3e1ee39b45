"""Classes read on the fourth merge hold-out (``tests/events/merge_corpus/fourth_source.txt``), fixed as
general rules (names12b, 2026-12-05; own example texts, invented names, no gazetteer entry)."""

from __future__ import annotations

from tests.events.built import events_of


def _sizes(events) -> list[int]:
    return sorted(len({m.source_id for m in e.mentions}) for e in events)


def _show(events) -> list[tuple]:
    return [(e.time.value, e.title, e.actors) for e in events]


def test_a_body_by_its_long_middle_and_short_names_is_one_actor(tmp_path):
    """國家能源和礦業委員會 / 国家能源矿业委 / 能礦委: 委員會 shortened to 委 in the short forms; the three tellings
    of one approval are one event, its approval of another company that day is another."""
    events = events_of(tmp_path, {
        "a.txt": "獲批\n（2025年4月3日）\n國家能源和礦業委員會4月2日批准了松嶺礦業的擴產計劃。\n",
        "b.txt": "获批\n（2025年4月4日）\n国家能源矿业委4月2日批复了松岭矿业的扩产计划。\n",
        "c.txt": "批覆\n（2025年4月5日）\n能礦委4月2日批准了松嶺礦業的擴產計劃。能礦委同日還批准了石灣電力的新廠。\n"})
    bodies = {a for e in events for a in e.actors if a.endswith(("委", "委員會", "委员会"))}
    assert len(bodies) == 1, _show(events)
    assert _sizes(events) == [1, 3], _show(events)


def test_a_same_day_anaphor_tells_another_happening_of_its_article(tmp_path):
    """"乙影業同日發表聲明" after "監管機構2月3日對乙影業罰款" (it names the studio fined) and "電影《丙》同日也
    上映" after "電影《甲》昨天上映" in one sentence: each is another happening of that day."""
    events = events_of(tmp_path, {
        "a.txt": "罰款\n（2025年2月4日）\n海關總署2月3日宣布對乙影業罰款300萬元。乙影業同日發表聲明，稱將提起上訴。\n",
        "b.txt": "上映\n（2025年2月15日）\n電影《甲》昨天在全國上映，電影《丙》同日也在全國上映。\n"})
    assert _sizes(events) == [1, 1, 1, 1], _show(events)


def test_a_line_opening_and_an_approval_are_actions():
    from timeline.events.keywords import default_keywords
    from timeline.events.text import to_simplified

    kw = default_keywords()
    assert "opening" in kw.concepts(to_simplified("甲鐵路5月3日正式開通乙線"))
    assert "opening" in kw.concepts("Jia Railway opened its Yi line on May 3")
    assert "approval" in kw.concepts(to_simplified("國家能源局批覆了該項目")) and \
        "approval" in kw.concepts("the regulator approved the plan")
    assert "release" in kw.concepts(to_simplified("電影《甲》昨天上映"))


def _names(text: str) -> set[str]:
    from timeline.events.names import open_names
    from timeline.events.text import to_simplified

    return {n for _, _, n, _ in open_names(to_simplified(text))}


def test_names_of_common_words_a_place_or_a_rare_city():
    assert "南岸商业银行" in _names("南岸商業銀行5月3日宣布在新加坡開設分行。")      # a direction word opens it
    assert "惠州迅捷速递" in _names("惠州迅捷速遞6月1日宣布完成融資。")            # place + rare word + 速遞
    assert "东莞远航物流" in _names("东莞远航物流6月1日宣布裁员。")               # place + a word jieba calls a verb
    assert "汀岚市公共交通集团" in _names("汀岚市公共交通集团同日也开通了新线路。")  # a city of rare characters + 市
    assert not _names("上海發展物流，成效顯著。") and not _names("內部支付系統升級。")
    assert not _names("國內銀行3月起下調利率。")


def test_a_body_name_holding_and_is_one_name():
    from timeline.events.names import open_names

    text = "Japan's National Water and Soil Commission fined Kiso Mills. The Food and Drug Administration approved it."
    names = {n for _, _, n, _ in open_names(text)}
    assert {"National Water and Soil Commission", "Food and Drug Administration"} <= names, names
    assert "Ostrava Rail" in {n for _, _, n, _ in open_names("Ostrava Rail and Tessa Holdings signed a deal.")}


def test_a_body_english_name_translated_word_by_word():
    from timeline.events.builder import _translates_body

    assert _translates_body("European Commission", "欧盟委员会")
    assert _translates_body("National Energy Administration", "国家能源局")
    assert _translates_body("Ministry of Commerce", "商务部")
    assert _translates_body("State Administration for Market Regulation", "国家市场监督管理总局")
    assert not _translates_body("Ministry of Commerce", "工业和信息化部")
    assert not _translates_body("National Energy Administration", "国家能源集团")
    assert not _translates_body("Energy Commission", "能源")


def test_a_body_told_in_english_and_chinese_by_month_is_one_approval(tmp_path):
    """"國家能源局批覆了X" / "China's National Energy Administration approved X" in one month: the English body
    is the Chinese one (word by word), so the two tellings of the approval are one event."""
    events = events_of(tmp_path, {
        "a.txt": "獲批\n（2025年4月20日）\n國家能源局今年3月批覆了石灣電力的新廠。\n",
        "b.txt": ("Plant approved\nApril 22, 2025 - China's National Energy Administration approved Shiwan "
                  "Power's new plant in March.\n")})
    assert _sizes(events) == [2], _show(events)


def test_a_circumstance_frame_tells_no_action(tmp_path):
    """"随着监管部门批准…，甲对乙的收购宣告完成": the 随着 frame's approval is no action of the statement."""
    events = events_of(tmp_path, {
        "a.txt": "收購\n（2024年3月6日）\n2024年3月5日，隨著監管部門批准，松嶺礦業對石灣電力的收購宣告完成。\n",
        "b.txt": "收购\n（2024年3月7日）\n2024年3月5日，松岭矿业收购石湾电力。\n"})
    assert _sizes(events) == [2], _show(events)


RAIL_ZH = "銀溪鐵路新線開通\n（2025年5月9日）\n銀溪鐵路喜鵲線5月8日正式開通運營。銀溪鐵路同日還與松嶺市政府簽署了合作協議。\n"
RAIL_EN = "Silverbrook Rail opens Magpie line\nMay 10, 2025 - Silverbrook Rail opened its Magpie line on Thursday.\n"
RAIL_ZH_OTHER = "紅楓鐵路新線開通\n（2025年5月9日）\n紅楓鐵路5月8日開通了翠鳥線。\n"


def test_a_translated_company_pairs_by_one_same_day_telling_naming_its_object(tmp_path):
    """"Silverbrook Rail opened its Magpie line on Thursday" / "銀溪鐵路喜鵲線5月8日正式開通運營": one co-telling
    of one day, the same specific action, the name's kind translated (Rail / 鐵路) and the object named on both
    sides: the names pair and the opening is one event; the railway's signing that day stays apart."""
    events = events_of(tmp_path, {"a.txt": RAIL_ZH, "b.txt": RAIL_EN})
    assert _sizes(events) == [1, 2], _show(events)


def test_a_translated_company_is_not_paired_when_two_could_be_it(tmp_path):
    """Another railway opening a line that day: the English name could be either, so it pairs with neither."""
    events = events_of(tmp_path, {"a.txt": RAIL_ZH, "b.txt": RAIL_EN, "c.txt": RAIL_ZH_OTHER})
    assert _sizes(events) == [1, 1, 1, 1], _show(events)


def test_names_of_the_fifth_set_shapes():
    assert "北岸商业银行" in _names("本輪由北岸商業銀行領投。")                  # a verb of a round follows
    assert "北岸商业银行" in _names("北岸商業銀行行長陳啟明表示，…")             # its officer follows
    assert "交通运输部" in _names("交通運輸部去年12月批覆了該項目。")            # a national body, no jurisdiction
    assert not _names("研發部3月宣布新計劃。")                                  # a department of two characters
    assert "香港证券及期货事务监察委员会" in _names("香港證券及期貨事務監察委員會6月18日宣布…")  # 及 inside
    assert _names("另一家新航司青鸞航空同日也獲得了牌照。") == {"青鸾航空"}       # a kind noun of a trade before


def test_english_bodies_of_and_translated_kinds():
    from timeline.events.builder import _kind_translates, _translates_body
    from timeline.events.names import open_names

    text = "China's Ministry of Transport and the Civil Aviation Administration of China approved it."
    names = {n for _, _, n, _ in open_names(text)}
    assert {"Ministry of Transport", "Civil Aviation Administration of China"} <= names, names
    assert _translates_body("Civil Aviation Administration of China", "中国民用航空局")
    assert _translates_body("Ministry of Transport", "交通运输部")
    assert _kind_translates("Whitesand Port Group", "白沙港务集团") == 2
    assert _kind_translates("Xinghe Group", "星河集团") == 1 and _kind_translates("Xinghe Group", "星河铁路") == 0


def test_a_person_after_a_post_before_tongri_and_a_president(tmp_path):
    """"執行長唐子謙同日宣布卸任" finds 唐子謙 (a post before the name, 同日 after it; not "張家界同日…"); 總裁 /
    president is a post, so "named X president" and "X出任總裁" tell one appointment."""
    assert "唐子谦" in _names("甲公司執行長唐子謙同日宣布卸任。") and not _names("張家界同日迎來客流高峰。")
    events = events_of(tmp_path, {
        "a.txt": "任命\n（2024年2月1日）\n沙洲新能源1月30日宣布楊帆出任總裁。\n",
        "b.txt": "Shazhou New Energy\nFebruary 2, 2024 - Shazhou New Energy named Yang Fan president on January 30.\n"})
    assert _sizes(events) == [2], _show(events)


def test_the_object_before_the_verb_whatever_jieba_tags_it(tmp_path):
    """"金野鐵路紅鶴線6月6日正式開通運營": the characters between the subject and the date are what the opening is
    done to (jieba cuts 紅 | 鶴 as an adjective and a morpheme), so the English telling naming the line pairs."""
    events = events_of(tmp_path, {
        "a.txt": "金野鐵路新線開通\n（2025年6月7日）\n金野鐵路紅鶴線6月6日正式開通運營。\n",
        "b.txt": "Goldfield Rail opens Flamingo line\nJune 8, 2025 - Goldfield Rail opened its Flamingo line on Friday.\n"})
    assert _sizes(events) == [2], _show(events)
