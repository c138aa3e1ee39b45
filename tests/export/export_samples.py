"""Synthetic timelines for the image-export tests (no corpus needed)."""

from __future__ import annotations

import datetime as dt

from timeline.model import Event, MentionRef, Source, Timeline, TimeSpan

ZH_TITLE = "阿里巴巴發布千問模型"
EN_TITLE = "Tencent launches Yuanbao app"
OLD_TITLE = "蔡崇信加入阿里巴巴"
LATE_TITLE = "Shareholder meeting & vote"
SOURCE_TITLE = "阿里AI春節大戰觀察"


def _ev(i: int, value: str, title: str, actor: str, src: str = "s1", mod: str | None = None) -> Event:
    return Event(id=f"e{i}", time=TimeSpan.from_value(value, mod=mod), title=title, actors=[actor],
                 tags=["AI" if i % 2 else "金融"], mentions=[MentionRef(src, 0, 4, value, 0, 10, value)])


def small_timeline() -> Timeline:
    """Six events, two lanes, Chinese and English titles, year/month/day precision, one approximate."""
    sources = [Source(id="s1", title=SOURCE_TITLE, text="", outlet="國際金融報", date=dt.date(2026, 2, 20)),
               Source(id="s2", title="Tencent's red packets", text="", outlet="Example Daily", lang="en")]
    events = [
        _ev(1, "1999", OLD_TITLE, "蔡崇信"),
        _ev(2, "2014-09-19", "阿里巴巴在紐約上市", "阿里巴巴"),
        _ev(3, "2026-02", ZH_TITLE, "阿里巴巴", mod="START"),
        _ev(4, "2026-02-05", EN_TITLE, "Tencent", src="s2"),
        _ev(5, "2026-02-16", "春節紅包活動", "Tencent", src="s2"),
        _ev(6, "2026-06", LATE_TITLE, "阿里巴巴"),
    ]
    return Timeline(sources=sources, events=events, title="測試時間線 Test")


def dense_timeline(n: int = 120, lanes: int = 2) -> Timeline:
    """``n`` day events squeezed into one month: far too many to label, so count markers appear."""
    src = Source(id="s1", title="Dense source", text="")
    events = []
    for i in range(n):
        d = dt.date(2026, 2, 1) + dt.timedelta(days=i % 28)
        events.append(Event(id=f"d{i}", time=TimeSpan.day(d), title=f"密集事件 number {i:03d}",
                            actors=[f"Lane {i % lanes}"], mentions=[MentionRef("s1", 0, 1, "x", 0, 1)]))
    return Timeline(sources=[src], events=events, title="Dense")


def random_timeline(n: int, lanes: int, seed: int) -> Timeline:
    """Mixed day/month/year/decade events, some approximate, over 40 years in ``lanes`` lanes."""
    import random

    rnd = random.Random(seed)
    src = Source(id="s1", title="Random source", text="")
    events = []
    for i in range(n):
        y, m, d = rnd.randint(1985, 2025), rnd.randint(1, 12), rnd.randint(1, 28)
        value = rnd.choice([f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}", f"{y}", f"{y // 10 * 10 // 10}X",
                            f"{y}-Q{rnd.randint(1, 4)}"])
        mod = rnd.choice([None, None, "APPROX", "BEFORE", "AFTER"])
        title = rnd.choice(["阿里巴巴", "Tencent", "字節跳動發布豆包", "IPO"]) * rnd.randint(1, 4)
        events.append(Event(id=f"r{i}", time=TimeSpan.from_value(value, mod=mod), title=title,
                            actors=[f"L{rnd.randrange(lanes)}"], mentions=[MentionRef("s1", 0, 1, "x", 0, 1)]))
    return Timeline(sources=[src], events=events, title="Random")
