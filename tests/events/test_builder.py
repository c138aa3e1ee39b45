"""Event building on short hand-written texts with hand-made mentions (independent of the recognizer)."""

from __future__ import annotations

import datetime as dt

from timeline.events import build_events
from timeline.model import Source, TemporalMention


def mention(text: str, sub: str, value: str, gran: str, mod: str | None = None, nth: int = 0,
            relative: bool = False) -> TemporalMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return TemporalMention(start, start + len(sub), sub, value, gran, mod, relative)


def src(sid: str, text: str, lang: str = "zh") -> Source:
    return Source(id=sid, title="", text=text, date=dt.date(2026, 2, 20), lang=lang)


def events_for(*pairs):
    sources = [p[0] for p in pairs]
    return build_events(sources, {s.id: ms for s, ms in pairs})


def event_of(events, sid, m):
    for e in events:
        for r in e.mentions:
            if r.source_id == sid and r.start == m.start and r.end == m.end:
                return e
    return None


def test_one_event_per_mention_with_title_sentence_and_span():
    t = "將視線拉回至2013年，阿里豪擲近15億美元收購高德。"
    m = mention(t, "2013年", "2013", "year")
    (ev,) = events_for((src("a", t), [m]))
    assert ev.kind == "event"
    assert ev.time.granularity == "year" and ev.time.start == dt.date(2013, 1, 1) and ev.time.end == dt.date(2013, 12, 31)
    assert "2013" not in ev.title and "收購高德" in ev.title and ev.title.startswith("阿里")
    assert set(ev.actors) >= {"阿里巴巴", "高德"}
    assert "acquisition" in ev.tags
    ref = ev.mentions[0]
    assert (ref.start, ref.end, ref.text) == (m.start, m.end, "2013年")
    assert t[ref.sentence_start:ref.sentence_end] == t
    assert ev.summary == t


def test_english_title_drops_date_and_preposition():
    t = "Alibaba went public in New York in 2014. It was a big day."
    m = mention(t, "2014", "2014", "year")
    (ev,) = events_for((src("en", t, "en"), [m]))
    assert ev.title == "Alibaba went public in New York"
    assert "ipo" in ev.tags and "阿里巴巴" in ev.actors


def test_title_is_short():
    t = ("2025年，阿里巴巴宣布在杭州、北京、上海、深圳、廣州、成都、武漢、西安、南京、蘇州、天津、重慶等城市同時開設新的研發中心並招聘大量工程師。")
    (ev,) = events_for((src("a", t), [mention(t, "2025年", "2025", "year")]))
    cjk = sum(1 for ch in ev.title if "\u4e00" <= ch <= "\u9fff")
    assert cjk <= 30
    words = "In 2019 the company opened a large new research centre with many engineers and scientists in Hangzhou and Beijing."
    (ev2,) = events_for((src("b", words, "en"), [mention(words, "2019", "2019", "year")]))
    assert len(ev2.title.rstrip("…").split()) <= 12


def test_reference_only_dates_are_in_no_event():
    t = ("高德地圖在2025財年第三季度（截至2024年12月31日）首次實現盈利。"
         "自2023年以來，阿里已開源超400個模型。"
         "Omdia預測2025-2030年中國AI雲市場復合年增長率為26.8%。"
         "截至2月17日（大年初一）凌晨，戰局初定。"
         "Omdia《中國AI雲市場，1H25》報告顯示市場增長。")
    q3 = mention(t, "2025財年第三季度", "2024-10-01/2024-12-31", "quarter")
    asof = mention(t, "2024年12月31日", "2024-12-31", "day")
    since = mention(t, "2023年以來", "2023", "year", "AFTER")
    window = mention(t, "2025-2030年", "2025/2030", "year")
    d17 = mention(t, "2月17日", "2026-02-17", "day")
    gloss = mention(t, "大年初一", "2026-02-17", "day")
    h1 = mention(t, "1H25", "2025-H1", "half")
    evs = events_for((src("a", t), [q3, asof, since, window, d17, gloss, h1]))
    assert event_of(evs, "a", q3) is not None
    for m in (asof, since, window, d17, gloss, h1):
        assert event_of(evs, "a", m) is None, m.text


def test_same_time_in_one_sentence_is_one_event_and_different_times_are_two():
    t = "2月16日除夕，也就是2026年2月16日，千問3.5開源；2月14日，豆包2.0上線。"
    a = mention(t, "2月16日除夕", "2026-02-16", "day")
    b = mention(t, "2026年2月16日", "2026-02-16", "day")
    c = mention(t, "2月14日", "2026-02-14", "day")
    evs = events_for((src("a", t), [a, b, c]))
    assert event_of(evs, "a", a) is event_of(evs, "a", b)
    assert event_of(evs, "a", c) is not event_of(evs, "a", a)
    assert len(evs) == 2


def test_a_list_of_days_is_one_event_spanning_them():
    t = "NBA中國賽於2025年10月10日和10月12日在澳門舉行。"
    a = mention(t, "2025年10月10日", "2025-10-10", "day")
    b = mention(t, "10月12日", "2025-10-12", "day")
    evs = events_for((src("a", t), [a, b]))
    assert len(evs) == 1 and len(evs[0].mentions) == 2
    assert (evs[0].time.start, evs[0].time.end) == (dt.date(2025, 10, 10), dt.date(2025, 10, 12))
    assert evs[0].title == "NBA中國賽在澳門舉行"


def test_a_list_of_days_with_a_year_told_after_it_is_one_event():
    # the year qualifier after the list ("… last year") belongs to the first day's group and must not
    # keep the listed days apart
    t = "The Harbor Owls played two exhibition games in Lisbon on October 10 and 12 last year."
    a = mention(t, "October 10", "2025-10-10", "day")
    b = mention(t, "12", "2025-10-12", "day", nth=0)
    y = mention(t, "last year", "2025", "year", relative=True)
    evs = events_for((src("a", t, lang="en"), [a, b, y]))
    assert len(evs) == 1 and len(evs[0].mentions) == 3
    assert (evs[0].time.start, evs[0].time.end) == (dt.date(2025, 10, 10), dt.date(2025, 10, 12))
    t2 = "兩隊於2025年10月10日和12日在里斯本打了兩場表演賽，當年的門票很快售罄。"
    a2 = mention(t2, "2025年10月10日", "2025-10-10", "day")
    b2 = mention(t2, "12日", "2025-10-12", "day")
    evs2 = events_for((src("b", t2), [a2, b2]))
    assert len(evs2) == 1


def test_two_days_with_their_own_actions_stay_two_events():
    t = "The Harbor Owls signed Tom Reyes on October 10 and traded Ana Lima on October 12 last year."
    a = mention(t, "October 10", "2025-10-10", "day")
    b = mention(t, "October 12", "2025-10-12", "day")
    y = mention(t, "last year", "2025", "year", relative=True)
    evs = events_for((src("a", t, lang="en"), [a, b, y]))
    assert event_of(evs, "a", a) is not event_of(evs, "a", b)


def test_merge_across_articles_and_languages():
    zh = "據公司資料，蔡崇信在1999年加入阿里巴巴，出任首席財務官。"
    en = "Joe Tsai chose to join Alibaba as its CFO in 1999, when the company had no revenue."
    zh2 = "2014年9月，阿里巴巴在紐約證券交易所上市。"
    en2 = "Alibaba went public in New York in 2014, in the biggest IPO on record at that time."
    m1, m2 = mention(zh, "1999年", "1999", "year"), mention(en, "1999", "1999", "year")
    m3, m4 = mention(zh2, "2014年9月", "2014-09", "month"), mention(en2, "2014", "2014", "year")
    evs = events_for((src("z", zh + zh2), [m1, mention(zh + zh2, "2014年9月", "2014-09", "month")]),
                     (src("e", en + " " + en2, "en"), [m2, mention(en + " " + en2, "2014", "2014", "year")]))
    join = event_of(evs, "z", m1)
    assert join is event_of(evs, "e", m2) and join.source_ids == ["z", "e"]
    ipo = [e for e in evs if e.time.value.startswith("2014")]
    assert len(ipo) == 1 and ipo[0].source_ids == ["z", "e"]
    assert ipo[0].time.granularity == "month"  # the most precise statement gives the time
    del m3, m4


def test_incompatible_dates_never_merge():
    a = "2014年，阿里巴巴在紐約上市。"
    b = "2015年，阿里巴巴在紐約上市。"
    evs = events_for((src("a", a), [mention(a, "2014年", "2014", "year")]),
                     (src("b", b), [mention(b, "2015年", "2015", "year")]))
    assert len(evs) == 2


def test_different_happenings_in_one_year_stay_apart():
    a = "2014年，阿里巴巴在紐約上市。"
    b = "劉振飛於2014年成為阿里合夥人。"
    evs = events_for((src("a", a), [mention(a, "2014年", "2014", "year")]),
                     (src("b", b), [mention(b, "2014年", "2014", "year")]))
    assert len(evs) == 2


def test_vague_year_joins_the_event_of_its_article():
    t = ("除夕當晚，字節跳動帶著火山引擎來到了春晚舞台上。除夕當天豆包的總互動19億。"
         "今年春晚導演組一直在探索將科技和藝術結合。")
    a = mention(t, "除夕當晚", "2026-02-16", "day", relative=True)
    b = mention(t, "除夕當天", "2026-02-16", "day", relative=True)
    c = mention(t, "今年", "2026", "year", relative=True)
    evs = events_for((src("a", t), [a, b, c]))
    assert event_of(evs, "a", c) is event_of(evs, "a", a)
    assert event_of(evs, "a", b) is not event_of(evs, "a", a)


def test_ids_unique_and_time_ordered():
    t = "2020年，甲公司成立。2010年，乙公司成立。2030年，丙公司上市。"
    ms = [mention(t, "2020年", "2020", "year"), mention(t, "2010年", "2010", "year"),
          mention(t, "2030年", "2030", "year")]
    evs = events_for((src("a", t), ms))
    assert [e.id for e in evs] == ["e1", "e2", "e3"]
    assert [e.time.value for e in evs] == ["2010", "2020", "2030"]
    assert all(0 < e.confidence <= 1 and not e.edited for e in evs)


def test_titles_keep_the_subject_and_drop_the_date():
    cases = [
        ("2月14日，字節跳動陸續上線了豆包大模型2.0。", "2月14日", "2026-02-14", "day", "字節跳動陸續上線了豆包大模型2.0"),
        ("蔡崇信於1999年加入阿里巴巴集團。", "1999年", "1999", "year", "蔡崇信加入阿里巴巴集團"),
        ("阿里合夥人下了一盤大棋2024年3月，劉振飛從高德總裁升任董事長。", "2024年3月", "2024-03", "month",
         "劉振飛從高德總裁升任董事長"),
        ("到了2025年11月，第三輪減持計畫被正式披露，並在今年2月如期完成。", "今年2月", "2026-02", "month",
         "第三輪減持計畫如期完成"),  # the date's own clause, with the subject of the clause before
        ("阿里方面推出“春節請客計畫”，上線僅9小時訂單量便突破1000萬單。", "春節", "2026-02-17", "day",
         "阿里方面推出“春節請客計畫”"),
    ]
    for text, sub, value, gran, title in cases:
        (ev,) = events_for((src("a", text), [mention(text, sub, value, gran)]))
        assert ev.title == title, (text, ev.title)


def test_english_subject_is_kept():
    t = "In 2019, Joe Tsai acquired majority ownership of the Brooklyn Nets."
    (ev,) = events_for((src("e", t, "en"), [mention(t, "2019", "2019", "year")]))
    assert ev.title == "Joe Tsai acquired majority ownership of the Brooklyn Nets"
    assert {"蔡崇信", "布魯克林籃網"} <= set(ev.actors) and "acquisition" in ev.tags


def test_paraphrases_in_one_language_merge_and_other_companies_do_not(tmp_path):
    from timeline.events import load_gazetteer

    g = tmp_path / "g.tsv"
    g.write_text("甲公司\torg\t甲集團|Jia Corp\n乙公司\torg\t乙集團|Yi Corp\n", encoding="utf-8")
    gaz = load_gazetteer([g], include_default=True)
    a = "2024年3月5日，甲公司在香港交易所上市，募資50億港元。"
    b = "甲公司於2024年3月5日正式掛牌上市，首日股價上漲兩成，募資50億港元。"
    c = "2024年3月5日，乙公司在香港交易所上市。"
    d = "Jia Corp went public in Hong Kong on March 5, 2024."
    e = "Alibaba listed on the New York Stock Exchange in September 2014."
    f = "In 2014, Alibaba went public in New York."
    ms = {"a": [mention(a, "2024年3月5日", "2024-03-05", "day")], "b": [mention(b, "2024年3月5日", "2024-03-05", "day")],
          "c": [mention(c, "2024年3月5日", "2024-03-05", "day")], "d": [mention(d, "March 5, 2024", "2024-03-05", "day")],
          "e": [mention(e, "September 2014", "2014-09", "month")], "f": [mention(f, "2014", "2014", "year")]}
    texts = {"a": a, "b": b, "c": c, "d": d, "e": e, "f": f}
    sources = [src(k, t, "en" if k in "def" else "zh") for k, t in texts.items()]
    evs = build_events(sources, ms, gazetteer=gaz)
    ev = {k: event_of(evs, k, ms[k][0]) for k in texts}
    assert ev["a"] is ev["b"] is ev["d"]
    assert ev["c"] is not ev["a"]
    assert ev["e"] is ev["f"] and ev["e"].time.value == "2014-09"


def test_the_same_statement_in_two_articles_merges_without_keywords():
    s = "蔡崇信表示，1999年接觸阿里時，公司尚未註冊、零收入。"
    a = "阿里巴巴今天很忙。" + s + "其他公司也很忙。"
    b = "馬雲回憶往事。" + s
    ma, mb = mention(a, "1999年", "1999", "year"), mention(b, "1999年", "1999", "year")
    evs = events_for((src("a", a), [ma]), (src("b", b), [mb]))
    assert event_of(evs, "a", ma) is event_of(evs, "b", mb)


def test_english_reference_dates_and_training_merge():
    en = "As of the end of February 2025, Hunyuan served more than 10,000 businesses. Training began in early 2024, the company said."
    zh = "騰訊表示，該模型的訓練始於2024年初。"
    asof = mention(en, "February 2025", "2025-02", "month")
    m_en = mention(en, "early 2024", "2024", "year", "START")
    m_zh = mention(zh, "2024年初", "2024", "year", "START")
    evs = events_for((src("en", "Tencent news. " + en, "en"), [
        TemporalMention(asof.start + 14, asof.end + 14, asof.text, "2025-02", "month"),
        TemporalMention(m_en.start + 14, m_en.end + 14, m_en.text, "2024", "year", "START")]),
        (src("zh", zh), [m_zh]))
    assert len(evs) == 1 and sorted(evs[0].source_ids) == ["en", "zh"]  # the "as of" date is in no event
    assert evs[0].title == "Training began" and "騰訊" in evs[0].actors
