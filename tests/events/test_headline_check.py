"""The headline check of issue 12 over every title of the shared corpus, the built-in sample and a generated
archive: no title starts with a pronoun or a connective, ends on a frame (時 / 後) or a reporting verb, or is
cut inside a word."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from timeline.events.segment import words
from timeline.events.text import to_simplified
from timeline.events.titles import headline_problems
from timeline.model import Timeline

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "make_archive.py"


def cut_inside_word(tl: Timeline) -> list[str]:
    """Titles ending in "…" whose last characters end inside a word of their source sentence."""
    smap = tl.source_map()
    bad = []
    for ev in tl.events:
        if not ev.title.endswith("…") or not ev.mentions:
            continue
        body = ev.title[:-1].rstrip()
        tail = to_simplified(body[-4:])
        r = ev.mentions[0]
        sentence = to_simplified(smap[r.source_id].text[r.sentence_start:r.sentence_end])
        i = sentence.find(tail)
        if i < 0 or not tail.strip():
            continue
        ends = {e for _, e in words(sentence)}
        if i + len(tail) not in ends:
            bad.append(ev.title)
    return bad


def problems(tl: Timeline) -> list[tuple[str, list[str]]]:
    out = [(e.title, p) for e in tl.events if e.kind == "event" and (p := headline_problems(e.title))]
    out += [(t, ["cut"]) for t in cut_inside_word(tl)]
    return out


def test_the_check_finds_what_it_should():
    assert headline_problems("他在向集團匯報預算時") == ["pronoun", "frame"]
    assert headline_problems("便成為合夥人") == ["connective"]
    assert headline_problems("甲公司發佈公告披露") == ["reporting"]
    assert headline_problems("甲公司在香港上市") == []


def test_shared_corpus_titles_are_headlines(shared_corpus):
    from timeline.pipeline import build_timeline

    tl = build_timeline([shared_corpus])
    bad = problems(tl)
    assert not bad, bad


def test_built_in_sample_titles_are_headlines():
    """The sample corpus a new user opens first (all three languages)."""
    from timeline.pipeline import build_timeline

    sample = Path(__file__).resolve().parents[2] / "resources" / "sample"
    for f in sorted(sample.glob("*.txt")):
        bad = problems(build_timeline([f]))
        assert not bad, (f.name, bad)


def test_generated_archive_titles_are_headlines(tmp_path):
    spec = importlib.util.spec_from_file_location("make_archive", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["make_archive"] = mod
    spec.loader.exec_module(mod)
    mod.generate(tmp_path, n_articles=80, seed=9)
    from timeline.pipeline import build_timeline

    tl = build_timeline(sorted(tmp_path.glob("*/*.txt")))
    assert len(tl.events) > 50
    bad = problems(tl)
    assert not bad, bad


pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
