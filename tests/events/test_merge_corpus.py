"""Merging measured on a corpus written for it (``tests/events/merge_corpus``, see docs/EVENTS.md).

21 short articles in zh-Hant, zh-Hans and English about companies no gazetteer lists; each happening told
1-5 times at different precisions, with same-day distractors. The gold (``gold.jsonl``, the dev gold's
shape) is made from ``source.txt`` by ``make_gold.py``. The pairwise merge score of the whole pipeline
(recognizer and builder, as ``timeline mentions`` gives it) must not drop, and the distractors must
never share an event with the happening they stand beside.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
from pathlib import Path

import pytest

from tests.events.built import events_of

HERE = Path(__file__).resolve().parent / "merge_corpus"

MERGE_F1 = 0.99      # reached 2026-12-05: 0.831 (0.481 before the merge fixes of that day), 0.930 (names12), 0.959 (names12b), 1.000 (merge7)
MERGE_P = 1.0

# happenings told the same day (or month) as another: the same company doing something else, or another
# company doing the same thing
NO_MERGE = [
    ("a_launch", "a_partner"), ("a_launch", "a_rival_launch"), ("a_partner", "a_rival_launch"),
    ("a_english", "a_singapore"),
    ("b_acq", "b_factory"), ("b_acq", "b_rival_acq"), ("b_factory", "b_rival_acq"), ("b_ceo", "b_rival_ceo"),
    ("b_close", "b_plant_open"), ("b_acq", "b_close"),
    ("c_ipo", "c_rival_ipo"), ("c_president", "c_forecast"),
    ("d_launch", "d_resign"), ("d_launch", "d_rival_launch"), ("d_resign", "d_rival_launch"),
]


HOLDOUT_F1 = 0.99    # the second set: 0.308 before any fix made after it was written, 0.706 after, 1.000 (names12)
HOLDOUT_NO_MERGE = [("e_license", "e_rival_license"), ("f_acq", "f_results"), ("g_launch", "g_rival_launch")]

# the third set (``fresh_source.txt``, written 2026-12-05 by names12 before its fixes): regulators and city
# governments told by their long, short and English names, companies named by common words (晨光保險,
# 海鷗航空, 銀橋支付), same-day distractors (the same regulator fining another insurer, the same company's
# order or statement that day, another company listing or signing that day)
FRESH_F1 = 0.96      # 0.750 before any fix made after it was written (P 1.000, R 0.600); 0.966 after
FRESH_NO_MERGE = [("a_fine", "a_rival_fine"), ("a_fine", "a_chair"), ("a_chair", "a_rival_fine"),
                  ("a_ipo", "a_rival_ipo"), ("b_deal", "b_order"), ("b_deal", "b_rival_deal"),
                  ("b_order", "b_rival_deal"), ("c_probe", "c_approve"), ("c_probe", "c_statement")]


# the fourth set (``fourth_source.txt``, written 2026-12-05 by names12b before its fixes): a railway whose English
# name translates its Chinese one, the planning body by four names, a bank and couriers named by common words
# and places, the European Commission by three names, a film by two titles; same-day distractors by the same actor
FOURTH_F1 = 0.99     # 0.545 before any fix made after it was written (P 0.692, R 0.450); 0.947 after; 1.000 (merge7)
FOURTH_NO_MERGE = [("a_open", "a_sign"), ("a_open", "a_rival_open"), ("a_sign", "a_rival_open"),
                   ("a_phase2", "a_rival_approve"), ("b_branch", "b_bond"), ("b_fund", "b_warehouse"),
                   ("b_fund", "b_rival_fund"), ("c_fine", "c_approve"), ("c_fine", "c_appeal"),
                   ("c_film", "c_rival_film"), ("c_film", "c_record")]


# the fifth set (``fifth_source.txt``, written 2026-12-05 by names12b after the fourth set's fixes): a translated
# port group and airline, a ministry and an aviation body by Chinese, short and English names, a regulator's
# long name with 及; same-day distractors by the same actor and by another one doing the same thing
FIFTH_F1 = 0.94      # 0.519 before the fixes it led to (P 1.000, R 0.350); 0.947 after
FIFTH_NO_MERGE = [("a_open", "a_mou"), ("a_open", "a_rival_approve"), ("a_approve", "a_rule"),
                  ("b_cert", "b_route"), ("b_cert", "b_rival_cert"), ("c_fine", "c_reprimand"),
                  ("c_fine", "c_resign")]


# the sixth set (``sixth_source.txt``, written 2026-12-05 by merge6 before any fix made after it): a battery maker
# by its full, short and translated names reporting a quarter (the report day, not the quarter, is the event), a
# city bureau by its long and short English names, a shipping company by a translated name appointing a chief
# executive; month-only retellings; same-day distractors by the same actor and by another one doing the same thing
SIXTH_F1 = 0.99      # 0.462 when first read (P 1.000, R 0.300); 0.571 after one same-day appointment in other words;
                     # 0.750 with the month-only English retelling by a translated name (merge7); 0.889 with a
                     # two-character short form named in full in another article (merge8); 1.000 with "the
                     # Linhai environment bureau" a 生态环境局 (merge9)
SIXTH_NO_MERGE = [("a_results", "a_plant"), ("a_results", "a_rival_results"), ("a_plant", "a_rival_results"),
                  ("a_plant", "a_build"), ("b_fine", "b_approve"), ("b_fine", "b_halt"), ("b_fine", "b_resume"),
                  ("c_ceo", "c_volume"), ("c_ceo", "c_rival_ceo"), ("c_ceo", "c_order")]


# the seventh set (``seventh_source.txt``, written 2026-12-05 by merge7 after every fix above, scored before any
# fix made after it): an acquisition told by the buyer, in the passive by the target and as "sold to" in English
# (十二億元 / 12亿元 / 1.2 billion yuan); a court ruling told by the court, the plaintiff and the defendant; a
# launch told by the product's name alone in one article and by month in English; a report day beside the
# quarter reported; same-day distractors by the same actor and by another one doing the same thing
SEVENTH_F1 = 0.99    # 0.500 when first read (P 0.667, R 0.400; one told date read a year late, one statement);
                     # 0.571 (P 1.000) with a rival kept apart, 0.750 with "sold to" a purchase, 0.889 with a product named alone (merge7)
                     # 1.000 since the ruling's date inside "would appeal" is read in the past (en12e)
SEVENTH_P = MERGE_P
SEVENTH_KNOWN = {"m011"}  # "said on Friday it would appeal" (a statement); "a September 5 ruling" read right since en12e
SEVENTH_NO_MERGE = [("a_acq", "a_office"), ("a_acq", "a_rival_acq"), ("a_office", "a_rival_acq"),
                    ("a_acq", "a_ceo"), ("b_ruling", "b_other_case"), ("b_ruling", "b_approval"),
                    ("b_ruling", "b_appeal"), ("c_launch", "c_funding"), ("c_report", "c_launch"),
                    ("c_funding", "c_rival_launch"), ("c_launch", "c_rival_launch")]  # (the last joined when first read)


# the eighth set (``eighth_source.txt``, written 2026-12-05 by merge8 after every fix above, scored before any fix
# made after it): an acquisition announced on one day and completed on another (two happenings), told by the buyer,
# by the target as a signed transfer and in English, once by month only; a founder's death told by day, by a bare
# day (9日), in English by the surname alone and by month, beside his funeral a week later (another happening); a
# car launch told by day, by 昨日 and in English by weekday with the price in two units; an undated retelling
# ("…推出青岚后"); same-day distractors by the same actor and by another one doing the same thing
EIGHTH_F1 = 0.99     # 0.667 when first read (P 1.000, R 0.500); 0.815 with amounts and percentages in words;
                     # 0.897 with an English name spelling a company's opening words (merge8); 1.000 with "Shen"
                     # alone the one person of that name told before (merge9)
EIGHTH_NO_MERGE = [("a_announce", "a_complete"), ("a_announce", "a_hub"), ("a_announce", "a_rival_acq"),
                   ("a_hub", "a_rival_acq"), ("b_death", "b_funeral"), ("b_death", "b_chair"),
                   ("b_chair", "b_rival_chair"), ("c_launch", "c_supply"), ("c_launch", "c_rival_launch"),
                   ("c_supply", "c_rival_launch")]


# the ninth set (``ninth_source.txt``, written 2026-12-05 by merge9 after every fix above, scored before any fix
# made after it): an acquisition told by four verbs (收購 / 买下 / takeover / 并购) with the amount in three forms
# (1.2億元 / 一亿两千万元 / 120 million yuan), the buyer by a translated name in a report of a report ("confirmed the
# takeover … announced on Monday") and by month; a resignation told as 辭職 / 卸任 / stepped down and by month; an
# expo told by a range of days and by its opening day, beside an order signed at it; same-day distractors by the
# same actor and by another one doing the same thing
NINTH_F1 = 0.99      # 0.692 when first read (P 0.818, R 0.600; "13日" before 以 not found, the expo's English
                     # range joined the order told in its sentence); 0.875 (P 1.000) with a reduced relative clause
                     # dating its noun, 日以 "for", 微电子 a kind word; 1.000 with "The orders" the orders won in the
                     # sentence before, a span of days as exact as a day and 国际 in a name (merge9)
NINTH_P = MERGE_P
NINTH_KNOWN: set[str] = set()
NINTH_NO_MERGE = [("a_acq", "a_lab"), ("a_acq", "a_rival_acq"), ("a_acq", "a_office"), ("a_lab", "a_rival_acq"),
                  ("b_resign", "b_results"), ("b_resign", "b_rival_resign"), ("b_resign", "b_acting"),
                  ("b_results", "b_rival_resign"), ("c_expo", "c_rival_expo"), ("c_order", "c_loan"),
                  ("c_expo", "c_order")]  # (the last joined when first read)


def _make_gold():
    spec = importlib.util.spec_from_file_location("merge_corpus_make_gold", HERE / "make_gold.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def scored():
    from timeline.cli import mention_records
    from timeline.evaluation import score

    gold = [json.loads(line) for line in (HERE / "gold.jsonl").read_text("utf-8").splitlines() if line.strip()]
    records, _ = mention_records(HERE / "corpus.txt")
    return gold, records, score(gold, records, None)


@pytest.mark.parametrize("prefix", ["", "holdout_", "fresh_", "fourth_", "fifth_", "sixth_", "seventh_", "eighth_",
                                    "ninth_"])
def test_corpus_and_gold_are_made_from_the_source(prefix):
    text, gold = _make_gold().build((HERE / f"{prefix}source.txt").read_text("utf-8"))
    assert (HERE / f"{prefix}corpus.txt").read_text("utf-8") == text
    on_disk = [json.loads(line) for line in (HERE / f"{prefix}gold.jsonl").read_text("utf-8").splitlines()
               if line.strip()]
    assert on_disk == gold
    assert all(text[g["start"]:g["end"]] == g["mention"] for g in gold)


@pytest.mark.parametrize(("prefix", "floor", "no_merge", "p_floor", "known"), [
    ("holdout_", HOLDOUT_F1, HOLDOUT_NO_MERGE, MERGE_P, set()),
    ("fresh_", FRESH_F1, FRESH_NO_MERGE, MERGE_P, set()),
    ("fourth_", FOURTH_F1, FOURTH_NO_MERGE, MERGE_P, set()),
    ("fifth_", FIFTH_F1, FIFTH_NO_MERGE, MERGE_P, set()),
    ("sixth_", SIXTH_F1, SIXTH_NO_MERGE, MERGE_P, set()),
    ("seventh_", SEVENTH_F1, SEVENTH_NO_MERGE, SEVENTH_P, SEVENTH_KNOWN),
    ("eighth_", EIGHTH_F1, EIGHTH_NO_MERGE, MERGE_P, set()),
    ("ninth_", NINTH_F1, NINTH_NO_MERGE, NINTH_P, NINTH_KNOWN)])
def test_holdout_pairwise_merge_score(prefix, floor, no_merge, p_floor, known):
    from timeline.cli import mention_records
    from timeline.evaluation import score

    gold = [json.loads(line) for line in (HERE / f"{prefix}gold.jsonl").read_text("utf-8").splitlines()
            if line.strip()]
    records, _ = mention_records(HERE / f"{prefix}corpus.txt")
    sc = score(gold, records, None)
    p, _, f = sc.merge
    assert sc.merge_covered >= sc.merge_gold - len(known), sc.report()
    assert p >= p_floor and f >= floor, sc.report()
    event_at = {}
    for g in gold:
        hit = [r for r in records if r["start"] < g["end"] and g["start"] < r["end"]]
        # every told date of the third set on is read right, but the known ones (the second keeps the known
        # "5月8日" after 去年3月)
        assert prefix not in ("fresh_", "fourth_", "fifth_", "sixth_", "seventh_", "eighth_",
                              "ninth_") or g["id"] in known or (
            hit and hit[0]["value"] == g["value"]), (g, hit[:1])
        event_at.setdefault(g["event_key"], set()).add(hit[0]["event"] if hit else None)
    for k1, k2 in no_merge:
        assert not (event_at[k1] & event_at[k2]) - {None}, (k1, k2)


def test_pairwise_merge_score(scored):
    _, _, sc = scored
    p, r, f = sc.merge
    assert sc.merge_covered == sc.merge_gold, sc.report()
    assert p >= MERGE_P, sc.report()
    assert f >= MERGE_F1, sc.report()


def test_distractors_stay_apart(scored):
    gold, records, _ = scored
    event_at = {}
    for g in gold:
        hit = [r for r in records if r["start"] < g["end"] and g["start"] < r["end"]]
        event_at[g["id"]] = hit[0]["event"] if hit else None
    by_key: dict[str, set] = {}
    for g in gold:
        by_key.setdefault(g["event_key"], set()).add(event_at[g["id"]])
    for k1, k2 in NO_MERGE:
        shared = (by_key[k1] & by_key[k2]) - {None}
        assert not shared, (k1, k2, shared)
    assert {k for pair in NO_MERGE for k in pair} <= set(by_key)
    assert not list(itertools.chain.from_iterable(  # every happening is in some event
        [k] for k, ids in by_key.items() if ids == {None}))


@pytest.fixture(scope="module")
def timeline():
    from timeline.pipeline import build_timeline

    return build_timeline([HERE / "corpus.txt"])


def _event_told_at(tl, article: int, mention: str):
    for e in tl.events:
        for r in e.mentions:
            src = next(s for s in tl.sources if s.id == r.source_id)
            if src.index == article and r.text == mention:
                return e
    raise AssertionError((article, mention))


@pytest.mark.parametrize(("article", "mention", "retelling"), [
    (1, "2022年11月30日", 6),   # "澄宇智能推出诺瓦助手后，股东远山资本又追加了投资。" (a frame retelling the launch)
    (17, "3月5日", 20),        # "極客動力推出迅隼後，訂單快速增加。" (the product is no name any finder sees)
])
def test_undated_retelling_is_a_source(timeline, article, mention, retelling):
    e = _event_told_at(timeline, article, mention)
    by_id = {s.id: s.index for s in timeline.sources}
    undated = [r for r in e.mentions if by_id[r.source_id] == retelling and r.value is None]
    assert undated, [(by_id[r.source_id], r.text) for r in e.mentions]


FRAME_STORY = """平板市場觀察
（2025年3月2日）
業界普遍認為，硬體公司最難的是第一款爆品。2024年6月，Fold X掀起全球搶購熱潮之後，依靠持續的系統更新與大幅降價，成為了季度出貨量突破500萬台、覆蓋四十個國家和地區的超級爆款平板電腦。研發團隊為此準備了三年。2024年年中，Fold X橫空出世帶來了新的熱潮。
"""


def test_date_of_an_after_frame_tells_the_frame(tmp_path):
    """"DATE，X did Y之後，main clause": the date tells the frame's happening, so the sentence is compared by
    it, and a coarser retelling of that happening in the same article joins it."""
    from timeline.pipeline import build_timeline

    p = tmp_path / "frame.txt"
    p.write_text(FRAME_STORY, encoding="utf-8")
    events = [e for e in build_timeline([p]).events if e.kind == "event"]
    assert len(events) == 1, [(e.time.value, e.title) for e in events]
    assert events[0].time.value == "2024-06"


LAUNCH_ZH_1 = "晨岫科技推出青雀\n（2024年5月8日）\n晨岫科技5月7日發布了新一代產品青雀，主打長續航。\n"
LAUNCH_ZH_2 = "晨岫科技推出白鷺\n（2024年5月21日）\n晨岫科技5月20日推出白鷺系列新品，這款旗艦手機主打影像功能，售價4999元。\n"
LAUNCH_EN_DAY = ("Chenxiu Technology launches Bluefinch\nMay 9, 2024 — Chenxiu Technology launched Bluefinch on "
                 "May 7, a phone with a long battery life.\n")
LAUNCH_EN_MONTH = ("Chenxiu Technology sales\nJune 3, 2024 — Chenxiu Technology unveiled its Bluefinch flagship "
                   "phone in May, and it has sold well.\n")


def test_english_month_telling_of_an_untranslated_product_does_not_guess(tmp_path):
    """Two Chinese launches of one company that month, naming their products in words; an English telling
    names its product by an English name nothing pairs with either: it joins neither (it joined one of them,
    by chance the wrong one)."""
    events = events_of(tmp_path, {"a1.txt": LAUNCH_ZH_1, "a3.txt": LAUNCH_ZH_2, "a4.txt": LAUNCH_EN_MONTH})
    by_value = {e.time.value: {m.source_id for m in e.mentions} for e in events}
    assert len(by_value["2024-05-07"]) == 1 and len(by_value["2024-05-20"]) == 1, by_value
    assert "2024-05" in by_value


def test_product_name_paired_by_a_co_telling(tmp_path):
    """An English and a Chinese telling of one launch on one day pair the product's English name with its
    Chinese words (Bluefinch / 青雀); the English month telling then joins that launch."""
    events = events_of(tmp_path, {"a1.txt": LAUNCH_ZH_1, "a2.txt": LAUNCH_EN_DAY, "a3.txt": LAUNCH_ZH_2,
                                   "a4.txt": LAUNCH_EN_MONTH})
    by_value = {e.time.value: len({m.source_id for m in e.mentions}) for e in events}
    assert by_value == {"2024-05-07": 3, "2024-05-20": 1}, by_value


LISTING = "沙漠新能源登陸創業板\n（2024年5月2日）\n沙漠新能源5月1日在深交所創業板掛牌上市，募資12億元。\n"
LISTING_RETOLD = "沙漠新能源擴產\n（2025年3月3日）\n沙漠新能源去年5月上市後，產能翻了一倍。\n"
OTHER_LISTING = "山谷儲能擴產\n（2025年3月3日）\n山谷儲能去年5月上市後，產能翻了一倍。\n"


def test_statements_with_no_actor_found_meet_by_their_opening_words(tmp_path):
    """A company whose name is made of common words is found by no name finder; two tellings of its listing
    that open with the same words before the date are one happening, another company's are not."""
    events = events_of(tmp_path, {"a1.txt": LISTING, "a2.txt": LISTING_RETOLD, "a3.txt": OTHER_LISTING})
    assert len(events) == 2, [(e.time.value, e.title) for e in events]
    assert sorted(len({m.source_id for m in e.mentions}) for e in events) == [1, 2]


PHONE_LAUNCH = "雲峰科技發布新手機\n（2025年3月6日）\n雲峰科技3月5日發布了新款摺疊手機「雲翼」，售價3999元。\n"
PHONE_ON_SALE = "云峰科技新机开售\n（2025年3月20日）\n云峰科技的折叠手机“云翼”3月5日正式上市，首批备货10万台。\n"
PHONE_SINCE = "雲峰科技訂單\n（2025年4月20日）\n雲峰科技的摺疊手機「雲翼」上月初上市以來，訂單已超過30萬台。\n"
COMPANY_LISTING = "雲峰科技上市\n（2025年3月6日）\n雲峰科技3月5日在香港交易所上市，募資20億港元。\n"


def test_a_product_going_on_sale_is_a_launch(tmp_path):
    """上市 after a product noun (and no exchange, no funds raised) is a product going on sale: the same
    happening as its launch that day, not a company's listing."""
    events = events_of(tmp_path, {"a1.txt": PHONE_LAUNCH, "a2.txt": PHONE_ON_SALE})
    assert len(events) == 1, [(e.time.value, e.title) for e in events]


def test_a_dated_since_frame_tells_its_action(tmp_path):
    """"…上月初上市以來，…": the date tells the frame's happening, with its action (an undated "成立以來" is
    still no event)."""
    events = events_of(tmp_path, {"a1.txt": PHONE_LAUNCH, "a3.txt": PHONE_SINCE})
    assert len(events) == 1, [(e.time.value, e.title) for e in events]


def test_a_company_listing_stays_a_listing(tmp_path):
    events = events_of(tmp_path, {"a1.txt": PHONE_LAUNCH, "a4.txt": COMPANY_LISTING})
    assert len(events) == 2, [(e.time.value, e.title) for e in events]


VACUUM_ZH = "霧峰電子發表掃地機器人\n（2025年3月6日）\n霧峰電子3月5日發表新款掃地機器人「小霧」，售價2999元。\n"
VACUUM_EN = ("Wufeng Electronics unveils Xiaowu\nMarch 8, 2025 — Wufeng Electronics unveiled Xiaowu, a robot vacuum "
             "cleaner priced at 2,999 yuan, on March 5.\n")
STATEMENT_ZH = "霧峰電子回應傳聞\n（2025年3月6日）\n霧峰電子3月5日發表聲明，否認裁員傳聞。\n"


def test_fabiao_of_a_thing_is_a_launch_and_a_bare_date_clause_takes_the_action_before(tmp_path):
    """發表 of a thing is a launch (of a statement it is not); an English date in a clause of its own after
    an appositive ("…, a robot vacuum cleaner …, on March 5.") tells the sentence's action. The two launch
    tellings are one event; the statement that day stays apart (the English launch joined it)."""
    events = events_of(tmp_path, {"a1.txt": VACUUM_ZH, "a2.txt": VACUUM_EN, "a3.txt": STATEMENT_ZH})
    sizes = sorted(len({m.source_id for m in e.mentions}) for e in events)
    assert sizes == [1, 2], [(e.title, sorted({m.source_id for m in e.mentions})) for e in events]
    statement = next(e for e in events if "否認" in e.title)  # (發表聲明 is a reporting clause: titled by its content)
    assert len({m.source_id for m in statement.mentions}) == 1


def test_generic_opening_words_are_no_participant(tmp_path):
    """"公司董事會…" opens the announcements of many companies: two such statements with no actor found are
    not one happening by their opening words."""
    text = "公告\n（2025年3月6日）\n公司董事會3月5日決議以自有資金回購股份，回購期限為十二個月。\n"
    events = events_of(tmp_path, {"a1.txt": text, "a2.txt": text.replace("十二", "六")})
    assert len(events) == 2, [(e.time.value, e.title) for e in events]
