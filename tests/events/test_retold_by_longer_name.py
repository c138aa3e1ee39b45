"""A vaguely dated retelling naming the launched thing by a longer name (merge set 1's last split, docs/EVENTS.md:
"极客动力的迅隼机器人本月初上市以来…" and the launch of 「迅隼」, told in English as "Swift Falcon"): the name holds
what the launch was done to, so the retelling may join it (the merge corpus's floor asserts the whole; here the
test of the name). Own words."""

from __future__ import annotations

from timeline.events.builder import _named_by_words, _Profile


def _profile(words: set[str]) -> _Profile:
    p = object.__new__(_Profile)
    p.words = frozenset(words)
    return p


def test_a_longer_name_holds_the_object_words():
    launch = _profile({"栗川科技", "小栗", "Xiaoli"})
    assert _named_by_words({"小栗机器人"}, launch)
    assert not _named_by_words({"小松机器人"}, launch)
    assert not _named_by_words({"Xiaoli Robot"}, launch)  # (an English name is no Chinese words)
    assert not _named_by_words(set(), launch)
