#!/usr/bin/env python3
"""Generate a news archive with known truth, and score the product's events against it.

    python scripts/make_archive.py OUT_DIR [--articles 600] [--seed 7] [--vague 0.2] [--coarse 0.2]  # write
    python scripts/make_archive.py --score OUT_DIR [--jobs 2]             # run the pipeline, print scores

The archive is about companies and people that are NOT in ``resources/actors.tsv`` (14 companies, 6
people, invented for this script), doing 8 kinds of things (acquisition, listing, product launch,
appointment, funding round, partnership, resignation, new factory). Each event is told 1-4 times, in
different articles, in different words: Traditional Chinese, Simplified Chinese and English, with
different date formats (``2019年3月5日``, ``2019 年 3 月 5 日``, ``二〇一九年三月五日`` is not used: the
recognizer is not what is measured; ``March 5, 2019``, ``5 March 2019``, ``2019-03-05``). Same-day
distractors are made on purpose: the same company doing something else on the day of one of its events,
and another company doing the same kind of thing that day.

Each article is one file ``OUT_DIR/<lang>/aNNNN.txt`` (a title line, then the body); ``truth.jsonl`` lists
every told date: ``{"file", "start", "end", "text", "value", "event"}`` with offsets into the file text.

``--score`` runs :func:`timeline.pipeline.build_timeline` over the archive and prints the pairwise merge
precision/recall/F1 over the told dates (two told dates are a true pair when they tell one event; a
told date in no event, or in a non-event statement, is in no pair) and the told-date accuracy (the
mention found at the told span has the told value). The output is deterministic for a given ``--seed``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

# (Traditional, Simplified, English) -- invented names, none in resources/actors.tsv
COMPANIES = [
    ("翠峰科技", "翠峰科技", "Cuifeng Technology"), ("藍鯨物流", "蓝鲸物流", "Bluewhale Logistics"),
    ("曜石半導體", "曜石半导体", "Yaoshi Semiconductor"), ("青禾醫療", "青禾医疗", "Qinghe Medical"),
    ("北辰汽車", "北辰汽车", "Beichen Motors"), ("雲帆數據", "云帆数据", "Yunfan Data"),
    ("金穗食品", "金穗食品", "Jinsui Foods"), ("海螢能源", "海萤能源", "Haiying Energy"),
    ("松果機器人", "松果机器人", "Songguo Robotics"), ("銀杉銀行", "银杉银行", "Yinshan Bank"),
    ("紫藤遊戲", "紫藤游戏", "Ziteng Games"), ("啟明航空", "启明航空", "Qiming Aviation"),
    ("若水材料", "若水材料", "Ruoshui Materials"), ("鏡湖傳媒", "镜湖传媒", "Jinghu Media"),
]
PEOPLE = [
    ("林書遠", "林书远", "Lin Shuyuan"), ("趙明哲", "赵明哲", "Zhao Mingzhe"), ("許慧敏", "许慧敏", "Xu Huimin"),
    ("鄭家豪", "郑家豪", "Zheng Jiahao"), ("韓若冰", "韩若冰", "Han Ruobing"), ("周啟航", "周启航", "Zhou Qihang"),
]
CITIES = [("成都", "成都", "Chengdu"), ("蘇州", "苏州", "Suzhou"), ("西安", "西安", "Xi'an"), ("武漢", "武汉", "Wuhan"),
          ("廈門", "厦门", "Xiamen"), ("長沙", "长沙", "Changsha")]
PRODUCTS = [("星軌", "星轨", "Startrack"), ("青鸞", "青鸾", "Qingluan"), ("白鷺", "白鹭", "Egret"), ("極光", "极光", "Aurora"),
            ("朱雀", "朱雀", "Vermilion"), ("玄武", "玄武", "Xuanwu")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
LANGS = ("zh-Hant", "zh-Hans", "en")
KINDS = ("acquisition", "ipo", "launch", "appointment", "funding", "partnership", "resignation", "factory")

# Templates per kind and language: {d} date, {a} company, {b} second company, {p} person, {n} number of 億
# ({m} the same amount in billions, for English),
# {c} city, {x} product. Several wordings of each, so the tellings of one event differ.
T = {
    "acquisition": {
        "zh": ["{d}，{a}宣佈以{n}億元收購{b}。", "{a}於{d}完成對{b}的收購，交易金額為{n}億元。",
               "據悉，{a}在{d}斥資{n}億元買下{b}全部股份。"],
        "en": ["On {d}, {a} acquired {b} for {m} billion yuan.", "{a} completed its {m} billion yuan takeover of {b} on {d}.",
               "{a} agreed on {d} to buy {b} in a deal worth {m} billion yuan."],
    },
    "ipo": {
        "zh": ["{d}，{a}在香港交易所掛牌上市，募資{n}億港元。", "{a}於{d}正式登陸港股，首次公開募股籌得{n}億港元。"],
        "en": ["{a} went public in Hong Kong on {d}, raising {m} billion Hong Kong dollars.",
               "On {d}, {a} listed its shares in Hong Kong in an IPO that raised HK${m} billion."],
    },
    "launch": {
        "zh": ["{d}，{a}發佈了新一代產品{x}。", "{a}在{d}推出{x}系列新品。", "{d}，{a}正式上線{x}。"],
        "en": ["On {d}, {a} launched {x}, its new flagship product.", "{a} unveiled the {x} product line on {d}."],
    },
    "appointment": {
        "zh": ["{d}，{a}任命{p}為首席執行官。", "{p}於{d}出任{a}首席執行官。", "{a}在{d}宣佈由{p}接任首席執行官。"],
        "en": ["On {d}, {a} appointed {p} chief executive officer.", "{p} was named chief executive of {a} on {d}."],
    },
    "funding": {
        "zh": ["{d}，{a}完成{n}億元B輪融資。", "{a}於{d}宣佈獲得{n}億元融資。"],
        "en": ["{a} raised {m} billion yuan in a funding round on {d}.", "On {d}, {a} closed a {m} billion yuan financing round."],
    },
    "partnership": {
        "zh": ["{d}，{a}與{b}簽署戰略合作協議。", "{a}和{b}於{d}宣佈達成戰略合作。"],
        "en": ["On {d}, {a} signed a strategic partnership with {b}.", "{a} and {b} announced a strategic alliance on {d}."],
    },
    "resignation": {
        "zh": ["{d}，{p}辭去{a}董事長職務。", "{p}於{d}宣佈卸任{a}董事長。"],
        "en": ["On {d}, {p} resigned as chairman of {a}.", "{p} stepped down as chairman of {a} on {d}."],
    },
    "factory": {
        "zh": ["{d}，{a}在{c}的新工廠正式投產。", "{a}於{d}在{c}開設新工廠，投資{n}億元。"],
        "en": ["On {d}, {a} opened a new factory in {c}.", "{a} started production at its new {c} plant on {d}, investing {m} billion yuan."],
    },
}
FILLER = {
    "zh": ["業內人士認為，這一動作將影響行業格局。", "分析師指出，公司的現金流保持穩健。", "市場對此反應平淡。",
           "該公司此前已在多個城市設有辦事處。"],
    "en": ["Analysts said the move could reshape the industry.", "The company's cash position remains strong.",
           "Shares were little changed after the news.", "The firm already has offices in several cities."],
}
TITLES = {"zh": ["{a}動態", "產業觀察：{a}", "{a}最新消息"], "en": ["{a} news", "Industry watch: {a}", "What {a} did next"]}


@dataclass
class Happening:
    id: str
    kind: str
    date: dt.date
    a: int
    b: int | None = None
    p: int | None = None
    n: int = 0
    c: int = 0
    x: int = 0
    tellings: int = 1


@dataclass
class Told:
    happening: Happening
    lang: str
    template: int
    vague: bool = False  # told as recent (近日 / 日前 / recently / earlier this month / last week) in an
    # article of its own, dated a few days after the happening
    coarse: bool = False  # told at a coarser precision (2019年11月 / 2019年 / 2019年底 / in 2019 / at the end of 2019)


@dataclass
class Article:
    lang: str
    told: list[Told] = field(default_factory=list)


def _date_text(d: dt.date, lang: str, style: int) -> str:
    if lang == "en":
        return [f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS[d.month - 1]} {d.year}",
                d.isoformat()][style % 3]
    return [f"{d.year}年{d.month}月{d.day}日", f"{d.year} 年 {d.month} 月 {d.day} 日"][style % 2]


EN_RECENT = ("recently", "earlier this month", "last week")


def _recent_told(d: dt.date, lang: str, rng: random.Random) -> tuple[str, dt.date, str | None]:
    """A vague telling of day ``d``: ``(words, article date, told value)``. Chinese 近日 / 日前 is the article's
    month; English "recently" is no date at all (the value is null: the sentence joins the dated event as an
    undated source), "earlier this month" is the article's month (the article is dated later in the same
    month), "last week" the ISO week before the article's."""
    if lang != "en":
        published = d + dt.timedelta(days=1 + rng.randrange(6))
        return rng.choice(["近日", "日前"]), published, published.strftime("%Y-%m")
    words = rng.choice(EN_RECENT)
    days_left = ((d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - d).days - 1  # to the month's end
    if words == "earlier this month" and days_left >= 1:
        published = d + dt.timedelta(days=1 + rng.randrange(min(6, days_left)))
        return words, published, published.strftime("%Y-%m")
    if words == "last week":
        published = d + dt.timedelta(days=7 - d.weekday() + rng.randrange(5))  # Monday to Friday after it
        y, w, _ = (published - dt.timedelta(days=7)).isocalendar()
        return words, published, f"{y:04d}-W{w:02d}"
    return "recently", d + dt.timedelta(days=1 + rng.randrange(6)), None


def _identity(h: Happening) -> tuple:
    """What tells a happening from another of its kind by the same company in its sentences: the other
    company, the person, the product, the city or the amount (every template of the kind names it)."""
    return (h.kind, h.a) + {"acquisition": (h.b, h.n), "ipo": (h.n,), "launch": (h.x,), "appointment": (h.p,),
                            "funding": (h.n,), "partnership": tuple(sorted((h.a, h.b or 0))),
                            "resignation": (h.p,), "factory": (h.c,)}[h.kind]


def _coarse_told(d: dt.date, lang: str, rng: random.Random, others: list[dt.date] = ()) -> tuple[str, str, str] | None:
    """A coarser telling of day ``d``: ``(words, told value, English preposition)``: its month, its year, or
    the part of its year it lies well inside (年初 / 年中 / 年底; early / mid- / the end of). ``others``: days of
    happenings its sentence could not be told from (same kind, company and details); a precision whose
    period holds one of them is not used (the telling would be ambiguous), and None when none is left."""
    doy = d.timetuple().tm_yday
    part = "START" if doy < 110 else "END" if doy > 255 else "MID" if 131 < doy < 235 else None
    kinds = ["month", "year", "part"] if part else ["month", "year"]
    if any(o.year == d.year for o in others):
        kinds = ["month"] if not any((o.year, o.month) == (d.year, d.month) for o in others) else []
    if not kinds:
        return None
    kind = rng.choice(kinds)
    if kind == "month":
        return (f"{d.year}年{d.month}月" if lang != "en" else f"{MONTHS[d.month - 1]} {d.year}"), \
            f"{d.year:04d}-{d.month:02d}", "in"
    if kind == "year":
        return (f"{d.year}年" if lang != "en" else str(d.year)), f"{d.year:04d}", "in"
    zh = {"START": "年初", "MID": "年年中", "END": "年底"}[part or "MID"]
    en = {"START": (f"early {d.year}", "in"), "MID": (f"mid-{d.year}", "in"),
          "END": (f"the end of {d.year}", "at")}[part or "MID"]
    return (f"{d.year}{zh}" if lang != "en" else en[0]), f"{d.year:04d}", ("at" if lang != "en" else en[1])


def _en_template(tpl: str, prep: str | None) -> str:
    """An English template with its date told without "on": "On {d}, …" -> "{d}, …" (``prep`` None) or
    "In {d}, …"; "… on {d}" -> "… {d}" or "… in {d}"."""
    lead = "" if prep is None else prep.capitalize() + " "
    mid = " " if prep is None else f" {prep} "
    return tpl.replace("On {d}, ", lead + "{d}, ").replace(" on {d}", mid + "{d}")


def _convert(s: str, lang: str) -> str:
    if lang != "zh-Hans":
        return s
    import opencc

    return opencc.OpenCC("t2s").convert(s)


def happenings(rng: random.Random, n_events: int) -> list[Happening]:
    out: list[Happening] = []
    k = 0
    while len(out) < n_events:
        kind = KINDS[k % len(KINDS)]
        k += 1
        d = dt.date(2005, 1, 1) + dt.timedelta(days=rng.randrange(0, 7000))
        a = rng.randrange(len(COMPANIES))
        h = Happening(f"h{len(out) + 1}", kind, d, a, b=(a + 1 + rng.randrange(len(COMPANIES) - 1)) % len(COMPANIES),
                      p=rng.randrange(len(PEOPLE)), n=rng.randrange(2, 400), c=rng.randrange(len(CITIES)),
                      x=rng.randrange(len(PRODUCTS)), tellings=rng.choice([1, 2, 2, 3, 3, 4]))
        out.append(h)
        r = rng.random()
        if r < 0.15:
            # the same company doing another thing that day
            other = KINDS[(KINDS.index(kind) + 1 + rng.randrange(len(KINDS) - 1)) % len(KINDS)]
            out.append(Happening(f"h{len(out) + 1}", other, d, a, b=h.b, p=(h.p + 1) % len(PEOPLE),
                                 n=rng.randrange(2, 400), c=(h.c + 1) % len(CITIES), x=(h.x + 1) % len(PRODUCTS),
                                 tellings=rng.choice([1, 2, 3])))
        elif r < 0.30:
            # another company doing the same kind of thing that day
            a2 = (a + 3) % len(COMPANIES)
            out.append(Happening(f"h{len(out) + 1}", kind, d, a2, b=(a2 + 5) % len(COMPANIES),
                                 p=(h.p + 2) % len(PEOPLE), n=rng.randrange(2, 400), c=(h.c + 2) % len(CITIES),
                                 x=(h.x + 2) % len(PRODUCTS), tellings=rng.choice([1, 2, 3])))
    return out


def generate(out_dir: Path, n_articles: int = 600, seed: int = 7, vague: float = 0.0,
             coarse: float = 0.0) -> list[dict]:
    """Write the archive into ``out_dir`` and return the truth records (also written as truth.jsonl).

    ``vague``: the share of tellings after an event's first one told as recent in an article of its own
    whose dateline lies a few days after the happening (see :func:`_recent_told`): Chinese "近日，甲公司…" /
    "甲公司於日前…" (told value: the article's month), English "Recently, X …" (no date: value null),
    "X … earlier this month" (the article's month) and "Last week, X …" (the ISO week before the article's).
    ``coarse``: the share of tellings after an event's first one told at a coarser precision (its month,
    its year, or 年初 / 年中 / 年底, early / mid- / the end of the year; see :func:`_coarse_told`); the
    first telling always gives the day. 0 (the default) leaves the archive as before: the random draws
    for each are made only when it is above 0."""
    rng = random.Random(seed)
    vrng = random.Random(seed + 1)
    crng = random.Random(seed + 2)
    hs = happenings(rng, max(8, int(n_articles * 0.8)))
    tellings: list[Told] = []
    for h in hs:
        langs = [rng.choice(LANGS) for _ in range(h.tellings)]
        for t, lang in enumerate(langs):
            told = Told(h, lang, t, vague > 0 and t > 0 and vrng.random() < vague)
            told.coarse = coarse > 0 and t > 0 and not told.vague and crng.random() < coarse
            tellings.append(told)
    rng.shuffle(tellings)
    articles: list[Article] = []
    for t in tellings:
        if t.vague:
            articles.append(Article(t.lang, [t]))
            continue
        # an article tells one to three events in one language; never two tellings of one event
        cand = [a for a in articles[-40:] if a.lang == t.lang and len(a.told) < rng.choice([1, 2, 3])
                and not a.told[0].vague
                and all(x.happening.id != t.happening.id for x in a.told)]
        if cand and len(articles) >= n_articles:
            cand[0].told.append(t)
        elif cand and rng.random() < 0.35:
            rng.choice(cand).told.append(t)
        else:
            articles.append(Article(t.lang, [t]))
    by_identity: dict[tuple, list[Happening]] = defaultdict(list)
    for h in hs:
        by_identity[_identity(h)].append(h)
    # days of the other happenings told alike (a coarse telling must not fit them too)
    alike = {h.id: [o.date for o in by_identity[_identity(h)] if o is not h] for h in hs}
    truth: list[dict] = []
    out_dir.mkdir(parents=True, exist_ok=True)
    for i, art in enumerate(articles, 1):
        lang = art.lang
        base = "en" if lang == "en" else "zh"
        col = 2 if lang == "en" else 0
        first = art.told[0].happening
        title = rng.choice(TITLES[base]).format(a=COMPANIES[first.a][col])
        text = _convert(title, lang) + "\n"
        records = []
        recent: tuple[str, dt.date, str | None] | None = None
        if art.told[0].vague:
            recent = _recent_told(art.told[0].happening.date, base, vrng)
            text += _date_text(recent[1], base, 0) + "\n"
        for j, t in enumerate(art.told):
            h = t.happening
            tpl = T[h.kind][base][(t.template + rng.randrange(3)) % len(T[h.kind][base])]
            date_s = _date_text(h.date, base, rng.randrange(3))
            value: str | None = h.date.isoformat()
            if t.vague and recent:
                date_s, value = recent[0], recent[2]
                if base == "en":
                    tpl = _en_template(tpl, None)
            elif t.coarse and (told := _coarse_told(h.date, base, crng, alike[h.id])):
                date_s, value, prep = told
                if base == "en":
                    tpl = _en_template(tpl, prep)
            pieces = {"a": COMPANIES[h.a][col], "b": COMPANIES[h.b][col] if h.b is not None else "",
                      "p": PEOPLE[h.p][col] if h.p is not None else "", "n": str(h.n),
                      "c": CITIES[h.c][col], "x": PRODUCTS[h.x][col], "m": f"{h.n / 10:g}"}
            sentence = _convert(tpl.format(d="\x00", **pieces), lang)
            k = sentence.index("\x00")
            if k == 0 and base == "en":
                date_s = date_s[0].upper() + date_s[1:]  # "Recently, …", "Last week, …"
            sentence = sentence.replace("\x00", date_s)
            if text[-1] != "\n":
                text += " " if base == "en" else ""
            start = len(text) + k
            text += sentence
            records.append({"start": start, "end": start + len(date_s), "text": date_s,
                            "value": value, "event": h.id})
            if j == 0 or rng.random() < 0.5:
                text += (" " if base == "en" else "") + _convert(rng.choice(FILLER[base]), lang)
        text += "\n"
        sub = out_dir / lang
        sub.mkdir(exist_ok=True)
        path = sub / f"a{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        for r in records:
            assert text[r["start"]:r["end"]] == r["text"]
            truth.append({"file": str(path.relative_to(out_dir)), **r})
    with open(out_dir / "truth.jsonl", "w", encoding="utf-8") as f:
        for r in truth:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return truth


def score(out_dir: Path, jobs: int = 1) -> dict:
    """Run the pipeline over the archive; pairwise merge P/R/F1 and told-date accuracy (see docstring)."""
    from timeline.pipeline import build_timeline

    truth = [json.loads(line) for line in open(out_dir / "truth.jsonl", encoding="utf-8")]
    files = sorted({out_dir / t["file"] for t in truth})
    tl = build_timeline(files, jobs=jobs)
    by_source = {s.id: s for s in tl.sources}
    found: dict[tuple[str, int, int], tuple[str | None, str | None]] = {}
    for ev in tl.events:
        for r in ev.mentions:
            s = by_source[r.source_id]
            rel = str(Path(s.path).resolve().relative_to(out_dir.resolve())) if s.path else ""
            found[(rel, s.offset + r.start, s.offset + r.end)] = (ev.id if ev.kind == "event" else None, r.value)
    by_file: dict[str, list] = defaultdict(list)
    for (f, a, b), v in found.items():
        by_file[f].append((a, b, v))
    pred: list[str | None] = []
    right = 0
    for t in truth:
        hit = None
        for a, b, v in by_file.get(t["file"], ()):
            if a < t["end"] and t["start"] < b:
                hit = v
                break
        pred.append(hit[0] if hit else None)
        right += bool(hit and hit[1] == t["value"])
    gold_pairs = pred_pairs = both = 0
    n = len(truth)
    by_gold: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(truth):
        by_gold[t["event"]].append(i)
    by_pred: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(pred):
        if p is not None:
            by_pred[p].append(i)
    for idx in by_gold.values():
        gold_pairs += len(idx) * (len(idx) - 1) // 2
    for idx in by_pred.values():
        pred_pairs += len(idx) * (len(idx) - 1) // 2
        c: dict[str, int] = defaultdict(int)
        for i in idx:
            c[truth[i]["event"]] += 1
        both += sum(k * (k - 1) // 2 for k in c.values())
    p = both / pred_pairs if pred_pairs else 1.0
    r = both / gold_pairs if gold_pairs else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"told": n, "articles": len(files), "events": len(by_gold), "precision": p, "recall": r, "f1": f,
            "date_accuracy": right / n if n else 1.0, "gold_pairs": gold_pairs, "predicted_pairs": pred_pairs}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=600)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--vague", type=float, default=0.0,
                    help="share of later tellings told as recent (近日 / 日前 / recently / earlier this month / "
                         "last week) in a dated article of their own")
    ap.add_argument("--coarse", type=float, default=0.0,
                    help="share of later tellings told at a coarser precision (month, year, 年底 / the end of …)")
    ap.add_argument("--score", action="store_true", help="score the product on an archive made before")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args(argv)
    if args.score:
        s = score(args.out, args.jobs)
        print(f"{s['articles']} articles, {s['told']} told dates, {s['events']} events")
        print(f"pairwise merge  P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
              f"(pairs: gold {s['gold_pairs']}, predicted {s['predicted_pairs']})")
        print(f"told-date accuracy {s['date_accuracy']:.3f}")
        return 0
    truth = generate(args.out, args.articles, args.seed, args.vague, args.coarse)
    n_files = len({t['file'] for t in truth})
    print(f"{n_files} articles, {len(truth)} told dates, {len({t['event'] for t in truth})} events -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
