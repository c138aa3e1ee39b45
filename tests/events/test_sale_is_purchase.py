"""One deal told from its two sides (merge hold-out 7, docs/EVENTS.md): "乙被甲收購" / "甲收購乙" and, in
English, "B, sold to A for … on DATE, named … on Monday" (a sale, the target by a translated name). An English
date closing its clause ends its statement (the clause after belongs to the next date), so the sale's statement
names only the buyer and the target; a sale and a purchase naming the same buyer (and target) are one deal.
The buyer's own sale of something else that day stays apart. Own texts; names no list holds."""

from __future__ import annotations

from tests.events.built import events_of

BUYER = "栗川科技收購軟件公司\n（2028年5月7日）\n栗川科技5月6日宣布以八億元人民幣收購嵩禾軟件全部股權。\n"
TARGET = "嵩禾软件易主\n（2028年5月8日）\n嵩禾软件5月6日被栗川科技以8亿元收购。栗川科技同日还宣布出售旗下物流业务。\n"
SOLD = ("Loftgrain Software names chief\nMay 24, 2028 — Loftgrain Software, sold to Lichuan Technology for 800 "
        "million yuan on May 6, named Wei Lan chief executive on Monday.\n")


def _show(events):
    return [(e.time.value, e.title, e.actors, len(e.source_ids)) for e in events]


def test_a_sale_and_a_purchase_are_one_deal(tmp_path):
    events = events_of(tmp_path, {"a.txt": BUYER, "b.txt": TARGET, "c.txt": SOLD})
    may6 = sorted(len(e.source_ids) for e in events if e.time.value == "2028-05-06")
    assert may6 == [1, 3], _show(events)  # the deal told three times; the buyer's own sale that day apart
    monday = [e for e in events if e.time.value == "2028-05-22"]
    assert len(monday) == 1 and len(monday[0].source_ids) == 1, _show(events)


def test_an_english_date_closing_its_clause_ends_its_statement(tmp_path):
    from tests.events.built import built

    tl = built(tmp_path, SOLD)
    sale = next(e for e in tl.events if e.time.value == "2028-05-06")
    assert "Wei Lan" not in sale.actors, (sale.title, sale.actors)
