"""An English title's pronoun object stands for the noun phrase told just before (issue 12, deliver 2).
Texts written for the test."""

from __future__ import annotations

from timeline.events.titles import _resolve_object

from .test_builder import events_for, mention, src


def test_transcript_fragment_gives_the_object():
    t = ("HOST: Your best buy ever?\nMARA VOSS: Oh, a pair of running shoes. Bright red. Nice. "
         "I think I bought them 8 years ago.")
    (ev,) = [e for e in events_for((src("a", t, "en"), [mention(t, "8 years ago", "2018", "year")]))
             if e.kind == "event"]
    assert ev.title.endswith("bought a pair of running shoes") and "them" not in ev.title


def test_object_from_the_sentence_before_or_left_alone():
    t = "Corvane Motors unveiled two scooters. It sold them in 2021."
    assert _resolve_object("It sold them", t, t.index("It sold")) == "It sold two scooters"
    t = "Lena Brandt kept the old desk. She sold it in 2021."
    assert _resolve_object("She sold it", t, t.index("She sold")) == "She sold the old desk"
    t = "What did you buy? I bought them in 2021."
    assert _resolve_object("I bought them", t, t.index("I bought")) == "I bought them"  # a question: unknown
    t = "Lena Brandt kept the old desks. She sold it in 2021."
    assert _resolve_object("She sold it", t, t.index("She sold")) == "She sold it"  # number disagrees
