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
