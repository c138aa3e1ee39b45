"""The native project file: round trips, clear errors for bad files, files never touched by loading."""

from __future__ import annotations

import copy
import datetime as dt
import json
import math
import os
import random
from pathlib import Path

import pytest

from timeline.io import FormatError, open_timeline
from timeline.io import project as project_mod
from timeline.io.atomic import OutputPathError, atomic_open, validate_output_path
from timeline.io.project import dumps_project, load_project, loads_project, save_project
from timeline.model import MODS, Event, MentionRef, Source, Timeline, TimeSpan


def synthetic_timeline(n_events: int = 40, text_repeat: int = 1) -> Timeline:
    """A timeline exercising every field: pre-1900 and year-1 dates, every precision and mod, edits, view."""
    texts = [
        "公元1066年，諾曼人登陸英格蘭。<script>alert(1)</script><img src=http://example.invalid/x.png>",
        "1899年12月31日，世紀之交前夕。 In 1850 the railway opened; 😀 emoji and \u200b zero-width.",
        "2026年第三季度，公司發布財報；2025年上半年營收增長。&amp; <a href=\"javascript:alert(1)\">link</a>",
    ]
    sources = [Source(id=f"d1a{i + 1}", title=f"標題 {i + 1} <b>bold</b>", text=t * text_repeat, outlet="測試社",
                      date=[dt.date(1066, 10, 14), None, dt.date(2026, 2, 5)][i], path=f"/tmp/x{i}.txt",
                      sha256="ab" * 32, offset=7 * i, index=i + 1, lang=["zh", "en", "zh"][i])
               for i, t in enumerate(texts)]
    values = ["0001", "0001-01-01", "1066-10-14", "1899-12", "1850", "185X", "18XX", "2025-H1", "2026-Q3",
              "2026-W07", "2026-02-X2", "2025-11-27/2026-02-05", "1999", "9999-12-31", "0099-03"]
    events = []
    rnd = random.Random(5)
    for i in range(n_events):
        value = values[i % len(values)]
        mod = [None, *MODS][i % (len(MODS) + 1)]
        src = sources[i % len(sources)]
        mentions = [MentionRef(src.id, 0, 5, src.text[0:5], 0, 20, value, TimeSpan.from_value(value).granularity, mod)]
        if i % 3 == 0:
            other = sources[(i + 1) % len(sources)]
            mentions.append(MentionRef(other.id, 2, 4, other.text[2:4], 1, 9, None, "year", None))
        events.append(Event(id=f"e{i + 1}", time=TimeSpan.from_value(value, mod=mod), title=f"事件 {i} \"quoted\" \\ back",
                            summary="摘要\n第二行\t<i>tab</i>", actors=["阿里巴巴", "Alibaba Group"][: i % 3],
                            tags=["tag", "標籤"][: i % 2 + 1], mentions=mentions,
                            lanes={"actor": "自訂"} if i % 4 == 0 else {}, confidence=round(rnd.random(), 6),
                            edited=i % 5 == 0, kind="reference" if i % 7 == 0 else "event"))
    view = {"range": [-330000.5, 20819.25], "lane_mode": "actor", "zoom": 1.5, "hidden": ["e3"],
            "filters": {"text": "阿里", "tags": ["tag"]}, "selected": None, "nested": [[1, 2], {"a": True}]}
    return Timeline(sources=sources, events=events, title="合成 timeline ✓", view=view)


def test_synthetic_round_trip(tmp_path: Path):
    tl = synthetic_timeline()
    f = tmp_path / "t.timeline.json"
    save_project(tl, f)
    loaded = load_project(f)
    assert loaded == tl
    assert open_timeline(f) == tl
    # Precision and edits survive as stated, not as bare days.
    years = [e for e in loaded.events if e.time.value == "1850"]
    assert years and years[0].time.granularity == "year" and years[0].time.start == dt.date(1850, 1, 1)
    assert years[0].time.end == dt.date(1850, 12, 31)
    assert any(e.edited for e in loaded.events) and any(e.time.mod for e in loaded.events)
    assert loaded.events[0].time.start == dt.date(1, 1, 1)
    # Saving what was loaded gives the same bytes.
    assert dumps_project(loaded) == f.read_bytes()


def test_shared_corpus_round_trip(shared_corpus, tmp_path: Path):
    from timeline.pipeline import build_timeline

    tl = build_timeline([shared_corpus], title="shared")
    assert len(tl.sources) == 7
    f = tmp_path / "shared.timeline.json"
    save_project(tl, f)
    assert load_project(f) == tl


def test_project_is_plain_json_data(tmp_path: Path):
    f = tmp_path / "t.timeline.json"
    save_project(synthetic_timeline(5), f)
    doc = json.loads(f.read_text(encoding="utf-8"))
    assert doc["format"] == "newstimeline-project" and doc["version"] == project_mod.FORMAT_VERSION
    assert "<script>alert(1)</script>" in doc["sources"][0]["text"]
    src = Path(project_mod.__file__).read_text(encoding="utf-8")
    for forbidden in ("import pickle", "eval(", "exec(", "marshal", "yaml.load", "object_hook"):
        assert forbidden not in src


def test_code_in_a_project_is_only_text(tmp_path: Path):
    doc = json.loads(dumps_project(synthetic_timeline(2)))
    payload = "__import__('os').system('touch /tmp/pwned')"
    doc["title"] = payload
    doc["sources"][0]["text"] = payload
    doc["events"][0]["title"] = "{{7*7}} ${7*7} %(x)s"
    doc["view"] = {"__class__": "os.system", "__reduce__": payload}
    tl = loads_project(json.dumps(doc))
    assert tl.title == payload and tl.sources[0].text == payload
    assert tl.events[0].title == "{{7*7}} ${7*7} %(x)s" and tl.view["__reduce__"] == payload


# ----------------------------------------------------------------------------------------- bad files
def _untouched(path: Path):
    st = path.stat()
    return path.read_bytes(), st.st_mtime_ns, st.st_size


def _assert_format_error(path: Path, *needles: str) -> str:
    before = _untouched(path)
    with pytest.raises(FormatError) as info:
        load_project(path)
    assert _untouched(path) == before
    msg = str(info.value)
    assert msg.startswith(str(path)), msg
    for needle in needles:
        assert needle in msg, msg
    return msg


def test_truncated_files_at_many_points(tmp_path: Path):
    data = dumps_project(synthetic_timeline(10))
    rnd = random.Random(11)
    cuts = sorted({0, 1, 2, len(data) - 1, len(data) - 2, *rnd.sample(range(3, len(data) - 2), 40)})
    f = tmp_path / "cut.timeline.json"
    for cut in cuts:
        f.write_bytes(data[:cut])
        _assert_format_error(f)


@pytest.mark.parametrize("content,needle", [
    (b"", "empty project file"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b"{not json", "corrupt or truncated JSON"),
    (b"[1, 2, 3]", "not a timeline project file"),
    (b"{\"format\": \"something-else\", \"version\": 1}", "not a timeline project file"),
    (b"{\"format\": \"newstimeline-project\"}", "no valid version"),
    (b"{\"format\": \"newstimeline-project\", \"version\": \"1\"}", "no valid version"),
    (b"{\"format\": \"newstimeline-project\", \"version\": true}", "no valid version"),
    (b"{\"format\": \"newstimeline-project\", \"version\": 99}", "version 99 is newer"),
    (b"{\"format\": \"newstimeline-project\", \"version\": 0}", "too old"),
    (b"{\"format\": \"newstimeline-project\", \"version\": 1, \"events\": [{\"confidence\": NaN}]}", "NaN"),
    (b"[" * 100_000 + b"]" * 100_000, "not a"),
])
def test_bad_files_give_a_clear_error(tmp_path: Path, content, needle):
    f = tmp_path / "bad.timeline.json"
    f.write_bytes(content)
    _assert_format_error(f, needle)


def _set(doc: dict, path: str, value):
    keys = [int(k) if k.isdigit() else k for k in path.replace("[", ".").replace("]", "").split(".")]
    target = doc
    for k in keys[:-1]:
        target = target[k]
    if value is _DELETE:
        del target[keys[-1]]
    else:
        target[keys[-1]] = value


_DELETE = object()


@pytest.mark.parametrize("path,value", [
    ("title", 5),
    ("sources", {}),
    ("sources[0]", "x"),
    ("sources[0].id", None),
    ("sources[0].text", ["a"]),
    ("sources[0].text", _DELETE),
    ("sources[0].date", "2026-02-30"),
    ("sources[0].date", 20260205),
    ("sources[0].offset", "7"),
    ("sources[0].offset", -1),
    ("sources[0].index", 1.5),
    ("sources[1].id", "d1a1"),
    ("events", "none"),
    ("events[0].id", 5),
    ("events[1].id", "e1"),
    ("events[0].title", None),
    ("events[0].time", "2026"),
    ("events[0].time.start", "2026-13-01"),
    ("events[0].time.start", None),
    ("events[0].time.end", "0001-01-00"),
    ("events[2].time.end", "1000-01-01"),
    ("events[0].time.granularity", "fortnight"),
    ("events[0].time.mod", "SOMETIMES"),
    ("events[0].actors", "阿里巴巴"),
    ("events[0].actors", [1]),
    ("events[0].tags", [None]),
    ("events[0].lanes", []),
    ("events[0].lanes", {"actor": 3}),
    ("events[0].confidence", "high"),
    ("events[0].confidence", True),
    ("events[0].edited", "yes"),
    ("events[0].mentions", {}),
    ("events[0].mentions[0]", 7),
    ("events[0].mentions[0].source", "nowhere"),
    ("events[0].mentions[0].start", "0"),
    ("events[0].mentions[0].end", -4),
    ("events[0].mentions[0].text", 12),
    ("events[0].mentions[0].sentence", [1]),
    ("events[0].mentions[0].value", 2026),
    ("events[0].mentions[0].granularity", "eon"),
    ("events[0].mentions[0].mod", 1),
    ("view", []),
    ("view.range", "2026"),
    ("view.range", [1, "x"]),
    ("view.range", [1]),
    ("view.lane_mode", 3),
])
def test_wrong_field_types_name_the_field(tmp_path: Path, path, value):
    doc = json.loads(dumps_project(synthetic_timeline(6)))
    doc = copy.deepcopy(doc)
    _set(doc, path, value)
    f = tmp_path / "bad.timeline.json"
    f.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    field = path if path not in ("sources[1].id", "events[1].id") else path
    if path == "events[2].time.end":  # end before start
        field = "events[2].time"
    msg = _assert_format_error(f, field)
    assert "Error" not in msg  # a message for people, not an exception name


def test_unknown_extra_keys_are_tolerated(tmp_path: Path):
    doc = json.loads(dumps_project(synthetic_timeline(3)))
    doc["future_feature"] = {"x": 1}
    doc["events"][0]["colour"] = "#ff0000"
    assert loads_project(json.dumps(doc)) == synthetic_timeline(3)


def test_migration_hook_upgrades_older_versions(monkeypatch):
    tl = synthetic_timeline(3)
    doc = json.loads(dumps_project(tl))
    # Pretend the current format is 3 and that version 1 files called "events" "items".
    old = dict(doc, version=1)
    old["items"] = old.pop("events")
    calls = []

    def v1_to_v2(d):
        calls.append(1)
        d = dict(d)
        d["events"] = d.pop("items")
        return d

    def v2_to_v3(d):
        calls.append(2)
        return d

    monkeypatch.setattr(project_mod, "FORMAT_VERSION", 3)
    monkeypatch.setattr(project_mod, "MIGRATIONS", {1: v1_to_v2, 2: v2_to_v3})
    assert loads_project(json.dumps(old)) == tl
    assert calls == [1, 2]

    def broken(d):
        raise KeyError("items")

    monkeypatch.setattr(project_mod, "MIGRATIONS", {1: broken})
    with pytest.raises(FormatError, match="cannot upgrade project file from version 1"):
        loads_project(json.dumps(old), name="old.timeline.json")


# ------------------------------------------------------------------------------------------- saving
def test_failed_save_leaves_the_old_file(tmp_path: Path):
    f = tmp_path / "t.timeline.json"
    save_project(synthetic_timeline(3), f)
    before = _untouched(f)
    bad = synthetic_timeline(3)
    bad.events[0].confidence = math.nan
    with pytest.raises(FormatError, match=r"t.timeline.json: cannot save: events\[0\].confidence: expected a number, got nan"):
        save_project(bad, f)
    assert _untouched(f) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.timeline.json"]


def test_unencodable_text_still_round_trips(tmp_path: Path):
    f = tmp_path / "t.timeline.json"
    tl = synthetic_timeline(3)
    tl.sources[0].text = "lone surrogate \udc80 and 中文"
    save_project(tl, f)
    assert load_project(f) == tl
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.timeline.json"]


def test_exception_inside_atomic_open_leaves_the_old_file(tmp_path: Path):
    f = tmp_path / "x.csv"
    f.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_open(f, "w") as out:
        out.write("new, half written")
        raise RuntimeError("disk full")
    assert f.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.csv"]


def test_save_keeps_permissions_and_writes_through_links(tmp_path: Path):
    real = tmp_path / "real.timeline.json"
    save_project(synthetic_timeline(2), real)
    os.chmod(real, 0o640)
    link = tmp_path / "link.timeline.json"
    link.symlink_to(real)
    save_project(synthetic_timeline(4), link)
    assert link.is_symlink() and (real.stat().st_mode & 0o777) == 0o640
    assert load_project(real) == synthetic_timeline(4)


def test_validate_output_path(tmp_path: Path):
    existing = tmp_path / "a.csv"
    existing.write_text("x", encoding="utf-8")
    assert validate_output_path(tmp_path / "new.csv") == tmp_path / "new.csv"
    assert validate_output_path(existing, overwrite=True) == existing
    for path, overwrite, needle in [
        (tmp_path, True, "is a folder"),
        (tmp_path / "missing" / "a.csv", False, "does not exist"),
        (existing, False, "already exists"),
        (existing / "x.csv", False, "is not a folder"),
        ("", False, "not a file name"),
        (Path("/dev/null"), True, "not a regular file"),
    ]:
        with pytest.raises(OutputPathError, match=needle):
            validate_output_path(path, overwrite=overwrite)
    with pytest.raises(FormatError):  # the CLI reports it as one line like any format problem
        validate_output_path(existing)
    with pytest.raises(OSError):  # and code guarding writes with `except OSError` catches it
        save_project(synthetic_timeline(2), tmp_path)


def test_disk_full_while_saving_is_a_clear_error(tmp_path: Path, monkeypatch):
    import errno

    f = tmp_path / "t.timeline.json"
    save_project(synthetic_timeline(3), f)
    before = _untouched(f)

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputPathError, match="t.timeline.json: cannot write \\(No space left on device\\)"):
        save_project(synthetic_timeline(5), f)
    monkeypatch.undo()
    with pytest.raises(OutputPathError, match="cannot write"), atomic_open(tmp_path / "x.csv", "w"):
        raise OSError(errno.ENOSPC, "No space left on device")
    assert _untouched(f) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.timeline.json"]


def test_saving_into_a_missing_folder_or_over_a_folder(tmp_path: Path):
    with pytest.raises(OutputPathError, match="does not exist"):
        save_project(synthetic_timeline(2), tmp_path / "nope" / "t.timeline.json")
    (tmp_path / "d.timeline.json").mkdir()
    with pytest.raises(OutputPathError, match="is a folder"):
        save_project(synthetic_timeline(2), tmp_path / "d.timeline.json")


def test_temp_files_of_killed_saves_are_cleaned_up_later(tmp_path: Path):
    import time

    from timeline.io.atomic import _host, _temp_prefix

    f = tmp_path / "t[1].timeline.json"
    old_tmp = tmp_path / (_temp_prefix(f.name, pid=os.getpid()) + "abc123x.tmp")    # an hour old
    dead_tmp = tmp_path / (_temp_prefix(f.name, pid=2**22 + 7) + "deadpid.tmp")     # its process is gone
    fresh_tmp = tmp_path / (_temp_prefix(f.name, pid=os.getpid()) + "def456x.tmp")  # a save in progress
    other_host = tmp_path / (_temp_prefix(f.name, host=_host() + "x", pid=2**22 + 7) + "otherhs.tmp")
    other = tmp_path / (_temp_prefix("other.timeline.json", pid=2**22 + 7) + "abc123x.tmp")
    users = [tmp_path / ".t[1].timeline.json.draft.tmp", tmp_path / ".t[1].timeline.json.abc123.tmp",
             tmp_path / ".report.csv.draft.tmp"]
    for p in (old_tmp, dead_tmp, fresh_tmp, other_host, other, *users):
        p.write_bytes(b"partial")
    hour_ago = time.time() - 7200
    for p in (old_tmp, other, *users):
        os.utime(p, (hour_ago, hour_ago))
    save_project(synthetic_timeline(2), f)
    assert not old_tmp.exists() and not dead_tmp.exists()
    assert fresh_tmp.exists() and other_host.exists() and other.exists()  # maybe a save in progress; not ours
    assert all(p.exists() for p in users)  # names the product did not make are never deleted
