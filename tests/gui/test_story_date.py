"""The viewer shows each story's publication date and where it came from, says which stories have none,
and setting a story's date is an undoable edit that re-resolves its relative dates."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.pipeline import assemble, process_document
from timeline.storydate import set_story_date

# Invented Xinhua-style story: a dateline without its year, so the story stays undated.
STORY = ("广州启动城市绿道扩建工程\n\n新华社广州三月二十八日电（记者王小林）广州市有关部门今天宣布，城市绿道扩建工程正式启动。\n\n"
         "据介绍，第一期将于今年年底前完成，全部工程预计2030年建成。\n")
WIRE = "Ferry vote\n\nThe council voted on Friday to build a terminal, closed since March 2011.\n"


def _timeline():
    docs = [process_document(STORY, path="zh/gz.txt", doc_id="d1"),
            process_document(WIRE, path="en/AP_20130322.txt", doc_id="d2")]
    return assemble(docs, title="stories")


def test_set_story_date_is_pure_and_rebuilds_the_story_events():
    tl = _timeline()
    gz = tl.sources[0]
    assert gz.date is None and gz.unresolved >= 1
    before_ids = [e.id for e in tl.events]
    sources, events = set_story_date(tl, gz.id, dt.date(2013, 3, 28))
    assert [e.id for e in tl.events] == before_ids and tl.sources[0].date is None  # nothing mutated
    new = sources[0]
    assert (new.date, new.date_source, new.unresolved) == (dt.date(2013, 3, 28), "user", 0)
    refs = [m for e in events for m in e.mentions if m.source_id == gz.id]
    assert any(m.text == "今天" and m.value == "2013-03-28" for m in refs)
    assert any(m.text.startswith("今年") and m.value for m in refs)
    assert all(not (m.start < new.dateline[1] and new.dateline[0] < m.end) for m in refs)
    assert len({e.id for e in events}) == len(events)
    # the other story is untouched
    assert [e for e in events if gz.id not in e.source_ids] == [e for e in tl.events if gz.id not in e.source_ids]
    with pytest.raises(KeyError):
        set_story_date(tl, "nope", None)


def test_viewer_story_date_edit_undo_redo(window, qtbot):
    tl = _timeline()
    window.set_timeline(tl)
    assert "1 story without a date" in window.status_label.text()
    assert "gz.txt #1: 广州启动城市绿道扩建工程" in window.status_label.toolTip()
    gz = tl.sources[0]
    i = next(k for k, e in enumerate(window.doc.timeline.events) if gz.id in e.source_ids)
    window.select_event(i)
    window.show_source()
    assert window.source.source_id == gz.id
    assert "no date" in window.source.story.text() and "unknown" in window.source.story.text()
    assert window.source.unresolved_marks  # 今年 is marked as unresolved
    assert "no date" in window.details.values["Story date"].text()
    n_events = len(window.doc.timeline.events)
    window.set_story_date(gz.id, dt.date(2013, 3, 28))
    src = window.doc.timeline.source_map()[gz.id]
    assert src.date == dt.date(2013, 3, 28) and src.date_source == "user"
    assert "without a date" not in window.status_label.text()
    assert window.doc.modified
    assert any(m.value == "2013-03-28" for e in window.doc.timeline.events for m in e.mentions
               if m.source_id == gz.id)
    window.doc.undo_stack.undo()
    src = window.doc.timeline.source_map()[gz.id]
    assert src.date is None and len(window.doc.timeline.events) == n_events
    assert "1 story without a date" in window.status_label.text()
    window.doc.undo_stack.redo()
    assert window.doc.timeline.source_map()[gz.id].date == dt.date(2013, 3, 28)


def test_details_show_a_dated_story_source(window):
    tl = _timeline()
    window.set_timeline(tl)
    wire = tl.sources[1]
    i = next(k for k, e in enumerate(window.doc.timeline.events) if wire.id in e.source_ids)
    window.select_event(i)
    text = window.details.values["Story date"].text()
    assert "2013-03-22" in text and "file name" in text and "AP_20130322.txt" in text


def test_record_story_highlights_its_mention(window, tmp_path):
    import json

    from timeline.pipeline import build_timeline

    rows = [{"title": "港口新规", "content": "新规已于2013年3月25日起施行，\"去年\"曾公开征求意见。\n第二段。",
             "pubdate": "2013-03-26"}]
    f = tmp_path / "feed.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=True) for r in rows), encoding="utf-8")
    tl = build_timeline([f])
    window.set_timeline(tl)
    i = next(k for k, e in enumerate(window.doc.timeline.events) if e.time.start == dt.date(2013, 3, 25))
    window.select_event(i)
    window.show_source()
    assert window.source.highlighted_text() == "2013年3月25日"
    assert "metadata" in window.source.story.text() and "2013-03-26" in window.source.story.text()
