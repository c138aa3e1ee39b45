"""Saving is atomic: a process killed with SIGKILL at a random moment while saving a large project over
an existing one leaves either the complete old file or the complete new one, and it loads."""

from __future__ import annotations

import os
import random
import signal
import time
from collections import Counter
from pathlib import Path

import pytest

from timeline.io.project import dumps_project, load_project, save_project
from timeline.model import Timeline

from .test_project_file import synthetic_timeline

TRIALS = 50


def _two_versions() -> tuple[Timeline, Timeline]:
    old = synthetic_timeline(n_events=200, text_repeat=12000)  # about 4 MB of JSON, mostly article text
    new = synthetic_timeline(n_events=220, text_repeat=12000)
    new.title = "edited"
    new.events[0].title = "user edit"
    new.events[0].edited = True
    return old, new


def _save_in_child(tl: Timeline, path: Path) -> int:
    """Fork a process that saves ``tl`` over ``path``; returns its pid once it has started."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: save, then leave without running any of pytest's cleanup
        code = 1
        try:
            os.close(r)
            os.write(w, b"1")
            os.close(w)
            save_project(tl, path)
            code = 0
        finally:
            os._exit(code)
    os.close(w)
    assert os.read(r, 1) == b"1"
    os.close(r)
    return pid


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_sigkill_while_saving_never_leaves_a_broken_file(tmp_path: Path):
    old, new = _two_versions()
    versions = {dumps_project(old): "old", dumps_project(new): "new"}
    target = tmp_path / "big.timeline.json"
    save_project(old, target)
    durations = []
    for _ in range(2):  # how long a save takes in a child process, start to exit
        t0 = time.perf_counter()
        os.waitpid(_save_in_child(new, tmp_path / "probe.timeline.json"), 0)
        durations.append(time.perf_counter() - t0)
    duration = max(durations)
    (tmp_path / "probe.timeline.json").unlink()

    rnd = random.Random(2026)
    outcomes: Counter[str] = Counter()
    leftovers = 0
    for _ in range(TRIALS):
        current = versions[target.read_bytes()]
        other = new if current == "old" else old
        pid = _save_in_child(other, target)
        time.sleep(rnd.uniform(0, duration * 2))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        data = target.read_bytes()
        assert data in versions, f"file is neither version after kill ({len(data)} bytes)"
        after = versions[data]
        outcomes["unchanged" if after == current else "replaced"] += 1
        for tmp in tmp_path.glob(".big.timeline.json.*.tmp"):  # a killed save may leave its temp file
            leftovers += 1
            tmp.unlink()
    # Both outcomes happened, so kills landed before and after the rename.
    assert outcomes["unchanged"] > 0 and outcomes["replaced"] > 0, outcomes
    assert load_project(target) in (old, new)
    print(f"\n{TRIALS} kills over a {duration:.2f} s save of {len(dumps_project(new)) / 1e6:.1f} MB: "
          f"{dict(outcomes)}, {leftovers} temporary files left by killed saves, 0 broken files")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_sigkill_in_the_middle_of_writing(tmp_path: Path):
    """Kills aimed at the write phase itself: a child writes the new bytes slowly through atomic_open."""
    from timeline.io.atomic import atomic_open

    target = tmp_path / "p.timeline.json"
    old_bytes = b'{"version": "old"}' + b" " * 100_000
    new_bytes = b'{"version": "new"}' + b"x" * 400_000
    target.write_bytes(old_bytes)
    rnd = random.Random(8)
    partial = 0
    for _ in range(20):
        pid = os.fork()
        if pid == 0:
            try:
                with atomic_open(target, "wb") as f:
                    for i in range(0, len(new_bytes), 20_000):
                        f.write(new_bytes[i:i + 20_000])
                        f.flush()
                        time.sleep(0.002)
            finally:
                os._exit(0)
        time.sleep(rnd.uniform(0.005, 0.035))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        assert target.read_bytes() in (old_bytes, new_bytes)
        for tmp in tmp_path.glob(".p.timeline.json.*.tmp"):
            partial += tmp.stat().st_size < len(new_bytes)
            tmp.unlink()
        target.write_bytes(old_bytes)
    assert partial > 0  # some kills did land mid-write, and the target was still whole
