"""One appointment told in one language in other words (merge hold-out 6, docs/EVENTS.md): "X宣布，某乙出任公司
行政總裁" and "X任命某乙为首席执行官" the same day share hardly a word, yet the same exact day, the same actions
and the same two participants make them one event. Own texts; names no list holds. (These short texts share the
person's name as words, so they merged before too; what failed is asserted by the sixth merge set's floor in
``test_merge_corpus.py``. Here: 行政總裁 is a chief executive, and the rule joins no other person or day.)"""

from __future__ import annotations

from tests.events.built import events_of

HANT = "檀岳物流任命新掌門\n（2028年3月3日）\n檀岳物流3月2日宣布，喬書恆出任公司行政總裁，接替退休的創辦人。\n"
HANS = "檀岳物流换帅\n（2028年3月4日）\n檀岳3月2日任命乔书恒为首席执行官，即日生效。\n"  # by its short form


def _told(events, day: str) -> list[int]:
    return [len(e.mentions) for e in events if e.time.value == day]


def test_same_day_same_participants_other_words_merge(tmp_path):
    events = events_of(tmp_path, {"a.txt": HANT, "b.txt": HANS})
    assert _told(events, "2028-03-02") == [2], [(e.time.value, e.title) for e in events]


def test_a_hong_kong_chief_executive_is_a_chief_executive():
    from timeline.events.keywords import default_keywords

    assert default_keywords().concepts("公司行政总裁") == ["ceo"]


def test_another_person_stays_apart(tmp_path):
    other = HANS.replace("乔书恒", "韩立川")
    events = events_of(tmp_path, {"a.txt": HANT, "b.txt": other})
    assert sorted(_told(events, "2028-03-02")) == [1, 1], [(e.time.value, e.title, e.actors) for e in events]


def test_another_day_stays_apart(tmp_path):
    other = HANS.replace("3月2日", "3月1日")
    events = events_of(tmp_path, {"a.txt": HANT, "b.txt": other})
    assert _told(events, "2028-03-02") == [1], [(e.time.value, e.title) for e in events]
