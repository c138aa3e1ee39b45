"""iCalendar UIDs stay unique in linear time however many events share a key."""

from __future__ import annotations

import math

from timeline.io.ical import ics_bytes, unique_uid
from timeline.model import Event, Timeline, TimeSpan


def _uids(n: int) -> list[str]:
    seen: set[str] = set()
    nxt: dict[str, int] = {}
    return [unique_uid("abc@newstimeline", seen, nxt) for _ in range(n)]


def test_duplicate_keys_get_numbered_suffixes() -> None:
    assert _uids(4) == ["abc@newstimeline", "abc-2@newstimeline", "abc-3@newstimeline", "abc-4@newstimeline"]
    seen: set[str] = {"abc-2@newstimeline"}
    nxt: dict[str, int] = {}
    got = [unique_uid("abc@newstimeline", seen, nxt) for _ in range(3)]
    assert got == ["abc@newstimeline", "abc-3@newstimeline", "abc-4@newstimeline"]


class _CountingSet(set):
    """A set that counts membership tests: a deterministic measure of the work done."""

    lookups = 0

    def __contains__(self, item: object) -> bool:
        _CountingSet.lookups += 1
        return super().__contains__(item)


def _lookups(n: int) -> int:
    _CountingSet.lookups = 0
    seen: set[str] = _CountingSet()
    nxt: dict[str, int] = {}
    for _ in range(n):
        unique_uid("abc@newstimeline", seen, nxt)
    return _CountingSet.lookups


def test_uid_uniqueness_is_linear() -> None:
    uids = _uids(50_000)
    assert len(set(uids)) == 50_000 and max(map(len, uids)) < 40
    # growth exponent of the work from two sizes (the former "x" + uid loop was quadratic in lookups)
    exp = math.log(_lookups(50_000) / _lookups(5_000)) / math.log(10)
    assert exp < 1.05, exp
    assert _lookups(50_000) <= 2 * 50_000


def test_ics_with_duplicate_events_has_unique_uids() -> None:
    evs = [Event(id="dup", time=TimeSpan.from_value("2020-01-01"), title="same") for _ in range(300)]
    data = ics_bytes(Timeline(events=evs)).decode()
    uids = [line for line in data.splitlines() if line.startswith("UID:")]
    assert len(uids) == 300 == len(set(uids))
