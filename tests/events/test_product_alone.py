"""A product told by its name alone, in quotes, letters and digits in it (merge hold-out 7, docs/EVENTS.md):
"“雲雀Z3”3月11日正式亮相" has no actor any finder sees; the quoted name stands for its participant and meets
the launch that names it ("栗川科技…發布智能音箱「雲雀Z3」"). Another product shown that day stays apart. Own
texts; names no list holds."""

from __future__ import annotations

from tests.events.built import events_of

LAUNCH = "栗川科技發布智能音箱\n（2029年3月12日）\n栗川科技3月11日在杭州發布智能音箱「雲雀Z3」，售價999元。\n"
ALONE = "云雀Z3亮相\n（2029年3月13日）\n“云雀Z3”3月11日正式亮相，售价999元，首批五千台已售罄。\n"
OTHER = "青鸾K2亮相\n（2029年3月13日）\n“青鸾K2”3月11日正式亮相，售价999元，首批五千台已售罄。\n"


def _show(events):
    return [(e.time.value, e.title, e.actors, len(e.source_ids)) for e in events]


def test_a_product_named_alone_meets_its_launch(tmp_path):
    events = events_of(tmp_path, {"a.txt": LAUNCH, "b.txt": ALONE})
    assert [len(e.source_ids) for e in events] == [2], _show(events)


def test_another_product_stays_apart(tmp_path):
    events = events_of(tmp_path, {"a.txt": LAUNCH, "c.txt": OTHER})
    assert sorted(len(e.source_ids) for e in events) == [1, 1], _show(events)


FILM = "晴川影業新片上映\n（2030年3月9日）\n晴川影業出品的電影《白鷺洲》3月8日在全國上映，首日票房破億。\n"
FILMS = "周末影讯\n（2030年3月9日）\n电影《白鹭洲》昨天在全国上映，电影《远山谣》同日也在全国上映。\n"


def test_a_work_told_by_its_title_meets_its_release(tmp_path):
    """A film told by its title after its kind ("电影《白鹭洲》昨天在全国上映") meets the studio's telling of its
    release, where the title sits between the studio and the date; the other film that day stays apart (the
    noun after the comma, 电影, is no object of the first release)."""
    events = events_of(tmp_path, {"a.txt": FILM, "b.txt": FILMS})
    day = sorted(len(e.source_ids) for e in events if e.time.value == "2030-03-08")
    assert day == [1, 2], _show(events)
