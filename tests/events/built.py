"""Timelines built from texts written into a test's temporary folder: the helpers several event tests share."""

from __future__ import annotations

from pathlib import Path

from timeline.model import Event, Timeline


def built(tmp_path: Path, text: str, name: str = "story.txt") -> Timeline:
    """The timeline of ``text`` saved as one file ``name``."""
    return built_files(tmp_path, {name: text})


def built_files(tmp_path: Path, texts: dict[str, str]) -> Timeline:
    """The timeline of the files ``{name: text}``, built together."""
    from timeline.pipeline import build_timeline

    paths = []
    for name, text in texts.items():
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return build_timeline(paths)


def events_of(tmp_path: Path, texts: dict[str, str]) -> list[Event]:
    """The events (not statements) of the files ``{name: text}`` built together."""
    return [e for e in built_files(tmp_path, texts).events if e.kind == "event"]


def dated(tl: Timeline) -> list[tuple[str, str]]:
    """``(value, title)`` of each event (not statements), sorted."""
    return sorted((e.time.value, e.title) for e in tl.events if e.kind == "event")


def titles_of(tmp_path: Path, text: str, name: str = "story.txt") -> list[str]:
    """The titles of the events (not statements) of ``text`` saved as one file ``name``, in :func:`dated` order."""
    return [t for _, t in dated(built(tmp_path, text, name))]


def event_in(tl: Timeline, story: str, value: str, has: str = "") -> Event:
    """The entry of the story whose path holds ``story``, dated ``value``, whose title holds ``has``."""
    src = {s.id for s in tl.sources if story in s.path}
    return next(e for e in tl.events if e.time.value == value and src & set(e.source_ids) and has in e.title)


def actors_of(tl: Timeline, part: str) -> list[str]:
    """The actors of the first event whose title holds ``part`` (``[]`` when none)."""
    return next((list(e.actors) for e in tl.events if e.kind == "event" and part in e.title), [])
