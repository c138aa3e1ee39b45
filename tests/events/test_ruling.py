"""A court ruling is an action (merge hold-out 7, docs/EVENTS.md): told by the court ("…作出一審判決，判令乙賠償
甲…") and by the winning party ("甲…一审胜诉，获赔…") it is one happening; the losing party's appeal and the
court's ruling in another case that day are not it. Own texts; names no list holds."""

from __future__ import annotations

from tests.events.built import events_of

COURT = ("嵐州法院判決\n（2030年4月3日）\n嵐州市中級人民法院4月2日對栗川科技訴嵩禾軟件侵權案作出一審判決，"
         "嵩禾軟件須賠償栗川科技500萬元。嵐州市中級人民法院同日還判決蘇栩電子在另一宗合同糾紛中敗訴。\n")
WINNER = "栗川科技胜诉\n（2030年4月3日）\n栗川科技4月2日宣布，公司在与嵩禾软件的侵权纠纷中一审胜诉，获赔五百万元。\n"


def _show(events):
    return [(e.time.value, e.title, e.actors, len(e.source_ids)) for e in events]


def test_a_ruling_told_by_the_court_and_the_winner(tmp_path):
    events = events_of(tmp_path, {"a.txt": COURT, "b.txt": WINNER})
    day = sorted(len(e.source_ids) for e in events if e.time.value == "2030-04-02")
    assert day == [1, 2], _show(events)


def test_a_ruling_is_an_action():
    from timeline.events.keywords import default_keywords

    kw = default_keywords()
    assert "ruling" in kw.concepts("法院判决乙公司败诉")
    assert "ruling" in kw.concepts("it would appeal a court ruling that ordered it to pay")


LOSER_EN = ("Songhe Software loses patent case\nApril 6, 2030 — A court on April 2 ordered Songhe Software to pay "
            "Lichuan Technology 5 million yuan for infringing its patents. Songhe Software said it would appeal.\n")
SHIPS_EN = ("Lichuan Technology orders robots\nApril 6, 2030 — Lichuan Technology ordered 5,000 warehouse robots "
            "from Songhe Software on April 2.\n")


def test_a_court_ordering_a_party_to_pay_is_the_ruling(tmp_path):
    """"ordered X to pay …" is a command, the ruling, not a purchase order: told in English with the same
    parties, day and amount it joins the court's telling; a purchase order between the two that day does not."""
    events = events_of(tmp_path, {"a.txt": COURT, "c.txt": LOSER_EN, "d.txt": SHIPS_EN})
    day = sorted(len(e.source_ids) for e in events if e.time.value == "2030-04-02")
    assert day == [1, 1, 2], _show(events)
    order = next(e for e in events if e.time.value == "2030-04-02" and "robots" in e.title)
    assert len(order.source_ids) == 1, _show(events)
