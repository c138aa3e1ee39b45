"""Real news files: one story per file, the publication date from where news keeps it, nothing invented.

Every text here is written for these tests (wire-style English, Xinhua-style Chinese, scraper exports).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.cli import main as cli_main
from timeline.corpus import CorpusError, read_document
from timeline.dating import filename_date, find_dateline, parse_date_value
from timeline.events import build_events
from timeline.pipeline import build_timeline, event_mentions, process_document
from timeline.stories import Fields, split_stories

D = dt.date

EN_WIRE = """Harbor city council approves new ferry terminal

SEASIDE, Maine (AP) _

The city council voted 7-2 on Friday to build a new ferry terminal on the north pier, ending a debate that
had split the town for three years.

Mayor Ellen Park said construction would begin next spring and take about 18 months.

``We have waited long enough,'' she said.

The old terminal, built in 1954, was closed in 2011 after an inspection found cracks in its pilings.

Opponents said they would ask for a referendum this week.
"""

ZH_XINHUA = """广州启动城市绿道扩建工程

新华社广州三月二十八日电（记者王小林）广州市有关部门今天宣布，城市绿道扩建工程正式启动，计划新建绿道120公里。

据介绍，这一工程分两期实施，第一期将于今年年底前完成，重点连接珠江两岸的公园和社区。

市民李先生说，近年来绿道让周末出行方便了很多，他希望新绿道早日建成。

相关负责人表示，工程总投资约15亿元，资金来自市级财政和社会资本。
"""

ZH_XINHUA_WITH_YEAR = ZH_XINHUA.replace("城市绿道扩建工程正式启动", "2013年城市绿道扩建工程正式启动")


def _write(p: Path, text: str) -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def _load(*paths: Path, **kw):
    return build_timeline(list(paths), **kw)


# ------------------------------------------------------------------------------------------- dates
@pytest.mark.parametrize("name, want", [
    ("AP_20130322.txt", D(2013, 3, 22)), ("2013-03-22-ferry.md", D(2013, 3, 22)), ("x_2013_03_22.txt", D(2013, 3, 22)),
    ("NEWS900815-0044.txt", D(1990, 8, 15)), ("notes.txt", None), ("report-2013.txt", None),
])
def test_filename_dates(name, want):
    assert filename_date(name).date == want


@pytest.mark.parametrize("value, want", [
    ("2013-03-22T10:00:00Z", D(2013, 3, 22)), ("Fri, 22 Mar 2013 10:00:00 +0000", D(2013, 3, 22)),
    ("March 22, 2013", D(2013, 3, 22)), ("22 March 2013", D(2013, 3, 22)), ("2013年3月22日", D(2013, 3, 22)),
    (1363948800, D(2013, 3, 22)), ("20130322", D(2013, 3, 22)), ("soon", None), ("", None),
])
def test_metadata_date_values(value, want):
    assert parse_date_value(value) == want


@pytest.mark.parametrize("head, want", [
    ("新华社北京十二月二十二日电（记者赵一）今天", (None, 12, 22)),
    ("WASHINGTON (AP) — March 22, 2013 — The Senate voted", (2013, 3, 22)),
    ("BEIJING, Feb. 18 (Reuters) - Shares rose", (None, 2, 18)),
    ("发布时间：2026-02-17 10:05  来源：本网", (2026, 2, 17)),
    ("城市新闻（2026年2月17日）\n正文开始。", (2026, 2, 17)),
    ("On March 22, 2013, the company said it would expand.", None),
    ("据新华社3月5日电报道，该市今天宣布新规。", None),
    ("人民网 2013年3月22日\n该市今天宣布新规。", (2013, 3, 22)),
    ("2013年03月22日09:45  来源：本报\n正文。", (2013, 3, 22)),
    ("本社記者林一台北22日電）市府今天宣布新規。", (None, 0, 22)),
    ("据报道22日电视台播出了节目。", None),
    ("本报讯 3月5日电 该市今天宣布新规。", (None, 3, 5)),
    ("本報台中4月9日（記者陳大文）電　市議會今天通過預算。", (None, 4, 9)),
    ("本报杭州4月9日（记者陈大文）电　市议会今天通过预算。", (None, 4, 9)),
    ("The paper said in an editorial on Monday, Oct. 26: the vote matters.", None),
])
def test_datelines(head, want):
    f = find_dateline(head)
    assert (None if f is None else (f.year, f.month, f.day)) == want


# -------------------------------------------------------------------------------- one story per file
def test_english_wire_story_is_one_story_dated_by_its_file_name(tmp_path: Path):
    tl = _load(_write(tmp_path / "AP_20130322.txt", EN_WIRE))
    assert len(tl.sources) == 1
    src = tl.sources[0]
    assert src.title == "Harbor city council approves new ferry terminal"
    assert (src.date, src.date_source) == (D(2013, 3, 22), "filename")
    assert "AP_20130322.txt" in src.date_evidence
    # history the story mentions does not date it, and relative dates resolve against the file's day
    values = {m.value for e in tl.events for m in e.mentions}
    assert "2013-03-22" in values or any(e.time.start == D(2013, 3, 22) for e in tl.events)


def test_xinhua_story_is_one_story_and_its_dateline_dates_it(tmp_path: Path):
    f = _write(tmp_path / "gz-greenway.txt", ZH_XINHUA_WITH_YEAR)
    tl = _load(f)
    assert len(tl.sources) == 1
    src = tl.sources[0]
    assert src.title == "广州启动城市绿道扩建工程"
    # the dateline names the day, the year comes from the content: inferred, with that evidence
    assert (src.date, src.date_source) == (D(2013, 3, 28), "inferred")
    assert "三月二十八日电" in src.date_evidence and "2013" in src.date_evidence
    a, b = src.dateline
    assert src.text[a:b] == "新华社广州三月二十八日电（记者王小林）"
    # the dateline is no event (nor titles one); 今天 is the dateline's day
    for e in tl.events:
        for m in e.mentions:
            assert not (m.start < b and a < m.end)
        assert "新华社" not in e.title
    assert any(m.text == "今天" and m.value == "2013-03-28" for e in tl.events for m in e.mentions)


def test_xinhua_story_without_any_year_is_loaded_without_a_date(tmp_path: Path, capsys):
    f = _write(tmp_path / "gz.txt", ZH_XINHUA)
    tl = _load(f)
    (src,) = tl.sources
    assert src.date is None and src.date_source == "unknown"
    assert "without a year" in src.date_evidence
    assert src.unresolved >= 1  # 今年 stays unresolved: nothing invented
    assert not tl.events or all(e.time.start.year != 1 for e in tl.events)
    out = tmp_path / "o.timeline.json"
    assert cli_main(["extract", str(f), "-o", str(out)]) == 0
    line = capsys.readouterr().out
    assert "1 story without a date (gz.txt #1)" in line and "unresolved" in line


def test_folder_of_mixed_days(tmp_path: Path):
    d = tmp_path / "news"
    _write(d / "wire_20130320.txt", EN_WIRE.replace("Friday", "Wednesday"))
    _write(d / "wire_20130322.txt", EN_WIRE)
    _write(d / "wire-2013-03-25.txt", EN_WIRE.replace("Friday", "Monday"))
    _write(d / "xinhua-gz.txt", ZH_XINHUA)             # no year anywhere: the folder's file names give it
    _write(d / "notes.txt", "A note without any date.\n\nIt mentions next week only.\n")
    _write(d / "dates.csv", "path,date\nnotes.txt,2013-03-21\n")
    tl = _load(d)
    got = {Path(s.path).name: (s.date, s.date_source) for s in tl.sources}
    assert len(tl.sources) == 5
    assert got["wire_20130320.txt"] == (D(2013, 3, 20), "filename")
    assert got["wire_20130322.txt"] == (D(2013, 3, 22), "filename")
    assert got["wire-2013-03-25.txt"] == (D(2013, 3, 25), "filename")
    assert got["xinhua-gz.txt"] == (D(2013, 3, 28), "inferred")
    assert got["notes.txt"] == (D(2013, 3, 21), "metadata")


def test_reference_overrides_everything(tmp_path: Path):
    tl = _load(_write(tmp_path / "AP_20130322.txt", EN_WIRE), reference=D(2014, 1, 2))
    assert (tl.sources[0].date, tl.sources[0].date_source) == (D(2014, 1, 2), "user")


def test_dates_option_dates_plain_files(tmp_path: Path, capsys):
    f = _write(tmp_path / "story.txt", EN_WIRE)
    lst = _write(tmp_path / "my-dates.csv", "story.txt,2013-04-02\n")
    out = tmp_path / "o.timeline.json"
    assert cli_main(["extract", str(f), "--dates", str(lst), "-o", str(out), "--verbose-dates"]) == 0
    err = capsys.readouterr().err
    assert "2013-04-02 (metadata" in err
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["version"] == 2 and doc["sources"][0]["date_source"] == "metadata"


# ------------------------------------------------------------------------------------- collections
def test_jsonl_collection(tmp_path: Path):
    rows = [
        {"title": "Ferry vote", "text": "The council voted on Friday. Work starts next spring.",
         "published_at": "2013-03-22T15:00:00Z", "url": "https://example.invalid/a", "source": {"name": "Daily"}},
        {"headline": "港口新规", "content": "新规今天起施行，去年曾公开征求意见。", "pubdate": "2013年3月25日"},
        {"title": "Undated note", "body": "A meeting took place last week; the hall opened on May 3, 2012."},
    ]
    f = _write(tmp_path / "feed.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n")
    tl = _load(f)
    s = tl.sources
    assert [x.title for x in s] == ["Ferry vote", "港口新规", "Undated note"]
    assert [(x.date, x.date_source) for x in s][:2] == [(D(2013, 3, 22), "metadata"), (D(2013, 3, 25), "metadata")]
    assert s[0].outlet == "Daily" and s[0].url.endswith("/a") and s[0].index == 1 and s[2].index == 3
    # the third row's content states a day: inferred, with that evidence
    assert (s[2].date, s[2].date_source) == (D(2012, 5, 3), "inferred") and "May 3, 2012" in s[2].date_evidence
    # offsets index each record's text field
    for e in tl.events:
        for m in e.mentions:
            src = next(x for x in s if x.id == m.source_id)
            assert src.text[m.start:m.end] == m.text


def test_jsonl_fields_mapping_and_bad_line(tmp_path: Path):
    f = _write(tmp_path / "x.jsonl", json.dumps({"hl": "Port", "story": "Opened on Friday.", "ts": 1363948800}))
    stories = split_stories(read_document(f), str(f), Fields.parse("title=hl,text=story,date=ts"))
    assert stories[0].title == "Port" and stories[0].meta.date == D(2013, 3, 22)
    bad = _write(tmp_path / "bad.jsonl", '{"text": "ok"}\n{oops\n')
    with pytest.raises(CorpusError, match=r"bad.jsonl: line 2"):
        split_stories(read_document(bad), str(bad))
    with pytest.raises(ValueError, match="bad --fields"):
        Fields.parse("colour=x")


def test_csv_collection(tmp_path: Path):
    text = ('headline,body,date,link,publisher\n'
            '"Ferry vote","The council voted on Friday.\n\nWork starts next spring.",2013-03-22,'
            'https://example.invalid/a,Daily\n'
            '港口新规,新规今天起施行。,2013/03/25,,本报\n')
    f = _write(tmp_path / "export.csv", text)
    from timeline.io import open_timeline

    tl = open_timeline(f)
    assert [(s.title, s.date, s.date_source, s.outlet) for s in tl.sources] == [
        ("Ferry vote", D(2013, 3, 22), "metadata", "Daily"), ("港口新规", D(2013, 3, 25), "metadata", "本报")]
    assert "\n\nWork starts" in tl.sources[0].text


# ------------------------------------------------------------------------------------ HTML, Markdown
HTML = """<!DOCTYPE html><html><head><title>Daily | Ferry</title>
<meta property="article:published_time" content="2013-03-22T09:30:00-04:00">
<meta property="og:site_name" content="Seaside Daily">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2013-03-21"}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/archive">Archive March 1, 2001</a></nav>
<header><div class="brand">Seaside Daily</div></header>
<main><article><h1>Council approves ferry terminal</h1>
<p>SEASIDE &mdash; The council voted on Friday to build a terminal.</p>
<p>Work begins next spring, the mayor said.</p></article>
<aside><h3>Most read</h3><p>Snow closes roads on January 5, 2010</p></aside></main>
<footer>Copyright 1999-2013</footer></body></html>"""


def test_html_with_meta_tags_and_navigation(tmp_path: Path):
    f = _write(tmp_path / "ferry.html", HTML)
    tl = _load(f)
    (src,) = tl.sources
    assert src.title == "Council approves ferry terminal"
    assert (src.date, src.date_source) == (D(2013, 3, 22), "metadata")
    assert "article:published_time" in src.date_evidence and src.outlet == "Seaside Daily"
    assert "Archive" not in src.text and "Most read" not in src.text and "Copyright" not in src.text
    raw = read_document(f)
    assert raw[src.offset:src.offset + len(src.text)].replace("<p>", "   ").startswith("Council")


@pytest.mark.parametrize("meta, want", [
    ('<script type="application/ld+json">[{"@type": "NewsArticle", "datePublished": "2013-03-21T08:00Z"}]</script>',
     "JSON-LD"),
    ("", "<time"),
])
def test_html_json_ld_and_time_element(tmp_path: Path, meta, want):
    html = (f"<html><head>{meta}</head><body><article><h1>Title</h1><p>By A. Writer "
            f"<time datetime=\"2013-03-21\">Thursday</time></p><p>The council met on Friday.</p></article></body></html>")
    (src,) = _load(_write(tmp_path / "p.html", html)).sources
    assert (src.date, src.date_source) == (D(2013, 3, 21), "metadata") and want in src.date_evidence


def test_markdown_front_matter(tmp_path: Path):
    md = ("---\ntitle: \"Ferry terminal approved\"\ndate: 2013-03-22\nsource: Seaside Daily\n---\n\n"
          "# Ferry terminal approved\n\nThe council voted on Friday.\n\n## Background\n\nThe pier was closed in 2011.\n\n"
          "## Next steps\n\nWork begins next spring.\n")
    f = _write(tmp_path / "ferry.md", md)
    (src,) = _load(f).sources
    assert (src.title, src.date, src.date_source, src.outlet) == ("Ferry terminal approved", D(2013, 3, 22),
                                                                   "metadata", "Seaside Daily")
    assert read_document(f)[src.offset:src.offset + len(src.text)] == src.text
    assert "title:" not in src.text


# ------------------------------------------------------------------------------------ pure document
def test_process_document_records_dateline_and_event_mentions():
    doc = process_document(ZH_XINHUA_WITH_YEAR, path="a.txt")
    (src,) = doc.sources
    a, b = src.dateline
    assert src.text[a:b] == "新华社广州三月二十八日电（记者王小林）"
    kept = event_mentions(doc.sources, doc.mentions)[src.id]
    assert kept and not [m for m in kept if m.start < b and a < m.end]
    assert build_events(doc.sources, {src.id: kept})


def test_english_dateline_is_no_event(tmp_path: Path):
    text = "Senate passes budget\n\nWASHINGTON (AP) — March 22, 2013 — The Senate passed the budget on Friday.\n"
    tl = _load(_write(tmp_path / "budget.txt", text))
    (src,) = tl.sources
    assert (src.date, src.date_source) == (D(2013, 3, 22), "dateline")
    assert src.text[slice(*src.dateline)].startswith("WASHINGTON (AP)")
    assert all("WASHINGTON" not in e.title for e in tl.events)
    assert not [m for e in tl.events for m in e.mentions if m.text == "March 22, 2013"]
    assert [m.value for e in tl.events for m in e.mentions if m.text == "Friday"] == ["2013-03-22"]



def test_shared_corpus_layout_unchanged(shared_corpus):
    tl = _load(shared_corpus)
    assert len(tl.sources) == 7
    assert all(s.date is not None and s.date_source == "inferred" for s in tl.sources)


def test_csv_export_and_project_keep_where_dates_came_from(tmp_path: Path):
    import csv

    from timeline.io import export_timeline
    from timeline.io.project import load_project, loads_project

    tl = _load(_write(tmp_path / "AP_20130322.txt", EN_WIRE), _write(tmp_path / "other" / "gz.txt", ZH_XINHUA))
    out = export_timeline(tl, tmp_path / "t.csv")
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert any("2013-03-22 (filename)" in r["source_dates"] for r in rows)
    proj = export_timeline(tl, tmp_path / "t.timeline.json")
    back = load_project(proj)
    assert [(s.date, s.date_source, s.date_evidence, s.dateline) for s in back.sources] == \
        [(s.date, s.date_source, s.date_evidence, s.dateline) for s in tl.sources]
    # a version-1 project (before date sources) still opens: its dates were inferred from the text
    doc = json.loads(proj.read_text(encoding="utf-8"))
    doc["version"] = 1
    for s in doc["sources"]:
        for k in ("date_source", "date_evidence", "dateline", "url", "unresolved"):
            s.pop(k)
    old = loads_project(json.dumps(doc))
    assert [s.date_source for s in old.sources] == ["inferred", "unknown"]


def test_html_page_with_several_articles_and_teasers(tmp_path: Path):
    body = "The council met on Friday and approved the budget for next year after a long debate. " * 3
    html = ("<html><body><nav>Home</nav><main>"
            f"<article><h2>Budget approved</h2><time datetime=\"2013-03-22\">Mar 22</time><p>{body}</p></article>"
            f"<article><h2>Ferry vote</h2><time datetime=\"2013-03-21\">Mar 21</time><p>{body}</p></article>"
            "<article><h3>Teaser</h3><p>Read more</p></article>"
            "</main></body></html>")
    stories = split_stories(html, "page.html")
    assert [(s.title, s.meta.date) for s in stories] == [("Budget approved", D(2013, 3, 22)),
                                                         ("Ferry vote", D(2013, 3, 21))]


@pytest.mark.parametrize("name, text", [
    ("e.jsonl", ""), ("e.jsonl", "\n\n"), ("a.jsonl", "[1, 2]\n"), ("c.csv", ""), ("c.csv", "a,b\n1,2\n"),
    ("h.html", "<html><script>" * 3000), ("h.html", '<script type="application/ld+json">' * 3000),
    ("m.md", "---\n---\n"), ("t.txt", "---\n===\n***\n"), ("t.txt", "x" * 200000),
])
def test_odd_files_never_crash(name, text):
    try:
        stories = split_stories(text, name)
    except CorpusError as exc:
        assert name in str(exc)
        return
    for s in stories:
        assert s.text.strip()


def test_export_from_news_names_undated_stories(tmp_path: Path, capsys):
    f = _write(tmp_path / "gz.txt", ZH_XINHUA)
    assert cli_main(["export", str(f), "-o", str(tmp_path / "t.csv")]) == 0
    assert "1 story without a date (gz.txt #1)" in capsys.readouterr().out


def test_day_only_dateline_takes_month_and_year_from_the_content():
    text = "台北新規上路\n\n本社記者林一台北22日電）市府今天宣布新規，議會已於2013年3月15日審議通過。\n"
    (src,) = process_document(text, path="a.txt").sources
    assert (src.date, src.date_source) == (D(2013, 3, 22), "inferred")
    assert "22日電" in src.date_evidence and "2013-03-15" in src.date_evidence


def test_folder_neighbours_give_a_dateline_its_year(tmp_path: Path):
    d = tmp_path / "xinhua"
    _write(d / "a.txt", ZH_XINHUA_WITH_YEAR.replace("三月二十八日", "三月二十七日"))  # a year in its content
    _write(d / "b.txt", "深圳发布新规\n\n新华社深圳3月26日电（记者陈一）深圳市2013年3月26日发布新规。\n")
    _write(d / "c.txt", ZH_XINHUA)                                                # no year anywhere
    got = {Path(s.path).name: (s.date, s.date_source) for s in _load(d).sources}
    assert got["c.txt"] == (D(2013, 3, 28), "inferred")
    assert got["b.txt"] == (D(2013, 3, 26), "inferred")


def test_json_news_api_file(tmp_path: Path, capsys):
    from timeline.io import open_timeline

    doc = {"status": "ok", "articles": [
        {"source": {"id": None, "name": "Seaside Daily"}, "title": "Ferry vote", "publishedAt": "2013-03-22T15:00:00Z",
         "content": "The council voted on Friday to build a terminal.", "url": "https://example.invalid/f"},
        {"title": "港口新规", "content": "新规今天起施行。", "publishedAt": "2013-03-25"}]}
    f = _write(tmp_path / "news.json", json.dumps(doc, ensure_ascii=False))
    tl = open_timeline(f)
    assert [(s.title, s.date, s.date_source, s.outlet) for s in tl.sources] == [
        ("Ferry vote", D(2013, 3, 22), "metadata", "Seaside Daily"), ("港口新规", D(2013, 3, 25), "metadata", "")]
    assert cli_main(["extract", str(f), "-o", str(tmp_path / "o.timeline.json")]) == 0
    assert "2 articles" in capsys.readouterr().out
    # a TimelineJS file is still a timeline, and JSON without stories is a clear error
    tj = _write(tmp_path / "t.json", json.dumps({"events": [{"start_date": {"year": "2013"},
                                                            "text": {"headline": "x"}}]}))
    assert open_timeline(tj).events
    with pytest.raises(CorpusError, match="no news stories"):
        split_stories('{"a": 1}', "x.json")


def test_undated_story_keeps_its_relative_dates_as_unresolved_mentions():
    """Nothing invented, nothing hidden: 今天 / yesterday / a month-day without a year stay as mentions with no
    value when the story has no date; absolute dates keep theirs."""
    from timeline.pipeline import story_mentions

    zh = "今天上午，青柯电子在苏州发布了新的传感器。公司昨天表示，该产品已于2018年5月2日通过认证，3月9日开始量产。"
    got = {m.text: m.value for m in story_mentions(zh, None, False)}
    assert got == {"今天上午": None, "昨天": None, "2018年5月2日": "2018-05-02", "3月9日": None}
    en = "Lumen Freight said on Friday it had agreed to buy a rival. The deal was first discussed on June 4, 2017."
    got = {m.text: m.value for m in story_mentions(en, None, False)}
    assert got.get("June 4, 2017") == "2017-06-04"
    assert "Friday" in got and got["Friday"] is None


def test_story_dated_to_the_year_keeps_day_relative_words_unresolved():
    import datetime as dt

    from timeline.pipeline import story_mentions

    text = "昨天，青柯电子宣布完成融资。去年9月，公司曾在深圳设立研发中心。"
    got = {m.text: m.value for m in story_mentions(text, dt.date(2020, 6, 30), False)}
    assert got["昨天"] is None and got["去年9月"] == "2019-09"
