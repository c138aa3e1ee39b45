"""Article splitting and corpus file discovery: every layout the splitter promises to understand."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from timeline.corpus import Article, CorpusError, blank_html, iter_corpus_files, read_text, split_articles
from timeline.stories import split_stories

BODY1 = ("2026年2月5日，示例公司在杭州發布了新一代模型，並表示將在今年第二季度推出手機版本。"
         "公司負責人說，去年9月以來團隊一直在準備這次發布，預計三月上旬開放下載，"
         "屆時用戶可以在官方網站和各大應用商店免費取得。")
BODY2 = ("2025年11月27日，另一家公司宣布完成融資。消息人士稱，這筆資金將用於擴建數據中心，"
         "首批機房預計在明年年初投入使用，其餘部分則在2027年上半年陸續完工，"
         "公司預計整個項目的總投資將超過百億元。")
BODY3 = ("On March 1, 2026 the company said it would open a new office in Singapore later this year, "
         "after a record fourth quarter in 2025.")


def _texts(text: str, arts: list[Article]) -> list[str]:
    return [text[a.start:a.end] for a in arts]


def _check_invariants(text: str, arts: list[Article]) -> None:
    prev_end = -1
    for i, a in enumerate(arts, 1):
        assert a.index == i
        assert prev_end <= a.start <= a.body_start <= a.end <= len(text)
        assert a.start < a.end
        assert not text[a.start].isspace() and not text[a.end - 1].isspace()
        prev_end = a.end


def test_pair_layout_with_corpus_heading():
    text = f"#示例語料\n第一篇標題\n{BODY1}(示例社)\n第二篇標題\n{BODY2}\n"
    arts = split_articles(text)
    _check_invariants(text, arts)
    assert [a.title for a in arts] == ["第一篇標題", "第二篇標題"]
    assert arts[0].outlet == "示例社" and arts[1].outlet == ""
    assert text[arts[0].body_start:].startswith(BODY1)
    assert arts[0].start == len("#示例語料\n")


def test_crlf_and_no_trailing_newline_give_the_same_articles():
    lf = f"#示例語料\n第一篇標題\n{BODY1}\n第二篇標題\n{BODY2}"
    crlf = lf.replace("\n", "\r\n")
    cr = lf.replace("\n", "\r")
    for text in (lf, crlf, cr, lf + "\n", crlf + "\r\n"):
        arts = split_articles(text)
        _check_invariants(text, arts)
        assert [a.title for a in arts] == ["第一篇標題", "第二篇標題"]
        assert [t.replace("\r\n", "\n").replace("\r", "\n") for t in _texts(text, arts)] == \
            [f"第一篇標題\n{BODY1}", f"第二篇標題\n{BODY2}"]
        assert "\r" not in arts[0].title


def test_paragraphs_and_short_lines_are_one_story():
    text = f"\n\n第一篇標題\n{BODY1}\n\n\n小標題\n{BODY2}\n\nEnglish line\n{BODY3}\n\n"
    arts = split_articles(text)
    _check_invariants(text, arts)
    assert [a.title for a in arts] == ["第一篇標題"]
    assert text[arts[0].start:arts[0].end].endswith(BODY3)


def test_separator_lines_make_a_collection():
    text = f"第一篇標題\n{BODY1}\n\n---\n\n第二篇標題\n\n{BODY2}\n=====\nEnglish title\n{BODY3}\n***\n"
    arts = split_articles(text)
    _check_invariants(text, arts)
    assert [a.title for a in arts] == ["第一篇標題", "第二篇標題", "English title"]
    assert text[arts[1].body_start:arts[1].end] == BODY2


def test_underlined_title_is_not_a_separator():
    text = f"A title\n=======\n\n{BODY3}\n\nMore text.\n"
    arts = split_articles(text)
    assert len(arts) == 1 and arts[0].title == "A title"


def test_only_a_title():
    text = "只有一個標題\n"
    arts = split_articles(text)
    assert len(arts) == 1 and arts[0].title == "只有一個標題"
    assert text[arts[0].start:arts[0].end] == "只有一個標題"


@pytest.mark.parametrize("text", ["", "\n\n", "   \r\n\t\n", "\u3000\n"])
def test_empty_texts_have_no_articles(text):
    assert split_articles(text) == []


def test_single_article_without_title_line_gets_first_sentence_as_title():
    arts = split_articles(BODY1)
    assert len(arts) == 1
    assert arts[0].title.startswith("2026年2月5日") and arts[0].title.endswith("。")


def test_markdown_headings_opening_the_text_make_a_collection():
    text = f"## 第一篇\n\n{BODY1}\n\n更多內容。\n\n## 第二篇\n{BODY2}\n## Third\n{BODY3}\n"
    arts = split_articles(text)
    _check_invariants(text, arts)
    assert [a.title for a in arts] == ["第一篇", "第二篇", "Third"]
    assert "更多內容。" in _texts(text, arts)[0]


def test_markdown_title_with_sections_is_one_story():
    text = f"# 報道標題\n\n## 背景\n\n{BODY1}\n\n## 反應\n{BODY2}\n"
    arts = split_articles(text)
    assert [a.title for a in arts] == ["報道標題"]


def test_markdown_single_article_keeps_its_heading_as_title():
    text = f"# 唯一的文章\n第一段很短。\n{BODY1}\n"
    arts = split_articles(text)
    assert len(arts) == 1 and arts[0].title == "唯一的文章"


def test_html_articles_are_split_and_offsets_kept():
    html = (f"<!DOCTYPE html><html><head><title>頁面</title><script>var a='<p>x</p>';</script></head><body>\n"
            f"<nav><ul><li><a href=\"/\">首頁</a></li><li>科技</li></ul></nav>\n"
            f"<article>\n  <h1>第一篇標題</h1>\n  <p>{BODY1}</p>\n</article>\n"
            f"<article><h2>Second</h2><p><a href=\"http://example.invalid/\">{BODY3}</a></p></article>"
            f"</body></html>")
    text = blank_html(html)
    assert len(text) == len(html)
    for i, ch in enumerate(text):  # every kept character is where it was
        assert ch == html[i] or ch in " \n"
    stories = split_stories(html, "page.html")
    assert [s.title for s in stories] == ["第一篇標題", "Second"]
    assert BODY1 in stories[0].text
    assert all(text[s.offset:s.offset + len(s.text)] == s.text for s in stories)
    assert "var a" not in text and "頁面" not in text and "首頁" not in text


def test_html_without_block_tags_keeps_line_breaks():
    html = f"#語料\n第一篇標題\n{BODY1} <b>粗體</b>\n第二篇標題\n{BODY2}"
    text = blank_html(html)
    assert [a.title for a in split_articles(text)] == ["第一篇標題", "第二篇標題"]


def test_unclosed_script_and_comment_are_blanked_to_the_end_quickly():
    html = "<p>text</p>" + "<script>" * 20000 + "x" * 100000
    t0 = time.perf_counter()
    assert blank_html(html).strip() == "text"
    html2 = "<p>a</p>" + "<!--" * 20000 + "b" * 100000
    assert blank_html(html2).strip() == "a"
    assert time.perf_counter() - t0 < 5


def test_shared_corpus_layout(shared_corpus):
    text = read_text(shared_corpus)
    arts = split_articles(text)
    _check_invariants(text, arts)
    assert len(arts) == 7
    assert (arts[0].start, arts[0].end) == (6, 6867)
    assert all(a.title and a.outlet for a in arts)


def test_long_text_without_newline_splits_in_linear_time():
    text = "二〇二六年二月五日，發布。" * 400_000  # 5.2 million characters, no line break
    t0 = time.perf_counter()
    arts = split_articles(text)
    assert len(arts) == 1 and (arts[0].start, arts[0].end) == (0, len(text))
    many_lines = "標題\n" * 200_000
    assert len(split_articles(many_lines)) >= 1
    assert time.perf_counter() - t0 < 10


def test_folder_of_articles(tmp_path: Path):
    (tmp_path / "b.txt").write_text(f"第二篇標題\n{BODY2}\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(f"# A\n{BODY3}\n", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c.html").write_text(f"<p>第三篇</p><p>{BODY1}</p>", encoding="utf-8")
    (sub / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / ".hidden.txt").write_text("secret", encoding="utf-8")
    hidden_dir = tmp_path / ".git"
    hidden_dir.mkdir()
    (hidden_dir / "x.txt").write_text("x", encoding="utf-8")
    files = list(iter_corpus_files([tmp_path]))
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["a.md", "b.txt", "sub/c.html"]
    titles = [a.title for f in files for a in split_articles(read_text(f))]
    assert titles == ["A", "第二篇標題", "第三篇"]


def test_missing_path_raises(tmp_path: Path):
    with pytest.raises(CorpusError, match="no such file or folder"):
        list(iter_corpus_files([tmp_path / "missing"]))


def test_folder_link_loop_does_not_hang(tmp_path: Path):
    (tmp_path / "a.txt").write_text(BODY1, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [f.name for f in iter_corpus_files([tmp_path])] == ["a.txt"]


def test_folder_without_corpus_files_raises(tmp_path: Path):
    (tmp_path / "notes.pptx").write_bytes(b"PK")
    with pytest.raises(CorpusError, match="holds no corpus files"):
        list(iter_corpus_files([tmp_path]))


def test_unlistable_folder_says_so(tmp_path: Path, monkeypatch):
    """Tests run as root in CI, where chmod does not stop listing: simulate the OS refusing."""
    import os

    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(BODY1, encoding="utf-8")
    real_scandir = os.scandir

    def refusing(path="."):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    with pytest.raises(CorpusError, match="locked: cannot read folder \\(Permission denied\\)"):
        list(iter_corpus_files([locked]))
    (tmp_path / "b.txt").write_text(BODY2, encoding="utf-8")
    assert [f.name for f in iter_corpus_files([tmp_path])] == ["b.txt"]
