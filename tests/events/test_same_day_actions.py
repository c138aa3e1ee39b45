"""Different actions of one actor on one day, told in different articles and languages, stay different events
(issue 12, deliver 4): a word of a company's name is no action ("Semiconductor", 物流), a partnership is not
the factory opened that day, and a funding round is not the listing when their amounts differ. Texts written
for the test; the companies are in no gazetteer."""

from __future__ import annotations

from .test_builder import events_for, mention, src


def _groups(evs):
    return sorted(sorted({r.source_id for r in e.mentions}) for e in evs if e.kind == "event")


def _en(sid, text):
    return src(sid, text, "en")


def _others():
    """Unrelated articles, so that the names of the tested company are rare words of the collection (as in
    a real archive), which makes their tellings look alike."""
    out = []
    for i, (name, zh) in enumerate((("Orland Foods", "奧蘭食品"), ("Quillon Bank", "奎隆銀行"),
                                    ("Sable Robotics", "黑貂機器人"), ("Vetch Media", "野豌豆傳媒"))):
        t = f"On 3 May 201{i}, {name} raised {i + 2}.5 billion yuan in a funding round."
        z = f"201{i}年6月{i + 1}日，{zh}宣佈以{i + 30}億元收購{name}。"
        out += [(_en(f"x{i}", t), [mention(t, f"3 May 201{i}", f"201{i}-05-03", "day")]),
                (src(f"z{i}", z), [mention(z, f"201{i}年6月{i + 1}日", f"201{i}-06-0{i + 1}", "day")])]
    return out


def test_a_keyword_inside_a_name_tells_no_action():
    a = "On 9 March 2014, Tamarind Semiconductor acquired Pellucid Data for 4.2 billion yuan."
    b = "On March 9, 2014, Ivo Brandt resigned as chairman of Tamarind Semiconductor."
    c = "2014年3月9日，Ivo Brandt辭去Tamarind Semiconductor董事長職務。"
    evs = events_for((_en("a", a), [mention(a, "9 March 2014", "2014-03-09", "day")]),
                     (_en("b", b), [mention(b, "March 9, 2014", "2014-03-09", "day")]),
                     (src("c", c), [mention(c, "2014年3月9日", "2014-03-09", "day")]), *_others())
    assert ["a"] in _groups(evs) and ["b", "c"] in _groups(evs)
    (bought,) = [e for e in evs if [r.source_id for r in e.mentions] == ["a"]]
    assert "acquisition" in bought.tags


def test_a_partnership_is_not_the_factory_opened_that_day():
    a = "On 2015-08-27, Tamarind Motors signed a strategic partnership with Pellucid Data."
    b = "Tamarind Motors and Pellucid Data announced a strategic alliance on 27 August 2015."
    c = "On 27 August 2015, Tamarind Motors opened a new factory in Changsha."
    ma = (_en("a", a), [mention(a, "2015-08-27", "2015-08-27", "day")])
    mb = (_en("b", b), [mention(b, "27 August 2015", "2015-08-27", "day")])
    mc = (_en("c", c), [mention(c, "27 August 2015", "2015-08-27", "day")])
    assert ["a", "c"] not in _groups(events_for(ma, mc, *_others()))
    assert ["a", "b"] in _groups(events_for(ma, mb, *_others()))  # the partnership told twice is one


def test_a_funding_round_is_not_the_listing_of_that_day():
    a = "On 2013-11-04, Maluo Aviation listed its shares in Hong Kong in an IPO that raised HK$13.7 billion."
    b = "2013年11月4日，瑪洛航空在香港交易所掛牌上市，募資137億港元。"
    c = "瑪洛航空於2013年11月4日宣佈獲得393億元融資。"
    evs = events_for((_en("a", a), [mention(a, "2013-11-04", "2013-11-04", "day")]),
                     (src("b", b), [mention(b, "2013年11月4日", "2013-11-04", "day")]),
                     (src("c", c), [mention(c, "2013年11月4日", "2013-11-04", "day")]), *_others())
    assert ["a", "b"] in _groups(evs)
    assert ["c"] in _groups(evs)
