"""An event with very many mentions is saved a chunk of mentions at a time (issue 17: ``2014年`` repeated is one
event of a million mentions), with exactly the bytes of the whole event encoded at once and the same checks."""

from __future__ import annotations

import json

import pytest

from timeline.io import FormatError
from timeline.io import project as proj
from timeline.model import Event, MentionRef, Source, Timeline, TimeSpan


def _timeline(n: int) -> Timeline:
    src = Source(id="d1a1", title="年表 \"mentions\": []", text="2014年" * n)
    refs = [MentionRef("d1a1", 5 * i, 5 * i + 5, "2014年", 0, 5 * n, "2014", "year") for i in range(n)]
    ev = Event(id="e1", time=TimeSpan.from_value("2014"), title='"mentions": [] 2014年', mentions=refs,
               lanes={"actor": "甲"}, actors=["甲"])
    return Timeline(sources=[src], events=[ev], title="t")


def test_a_long_event_is_written_as_if_whole(monkeypatch) -> None:
    monkeypatch.setattr(proj, "MENTION_CHUNK", 7)
    tl = _timeline(30)
    raw = proj.dumps_project(tl)
    line = [x for x in raw.decode("utf-8").splitlines() if x.lstrip().startswith('{"id": "e1"')][0]
    assert line.strip() == json.dumps(tl.events[0].to_dict(), ensure_ascii=False)
    back = proj.loads_project(raw)
    assert back.events[0].mentions == tl.events[0].mentions and back.events[0].title == tl.events[0].title


def test_a_long_event_is_checked_mention_by_mention(monkeypatch) -> None:
    monkeypatch.setattr(proj, "MENTION_CHUNK", 7)
    tl = _timeline(30)
    tl.events[0].mentions[23].start = -3
    with pytest.raises(FormatError, match=r"events\[0\]\.mentions\[23\]"):
        proj.dumps_project(tl)
    with pytest.raises(FormatError, match=r"events\[0\]\.mentions\[23\]"):
        proj.check_timeline_writable(tl)
