"""The documented Dask recipe (docs/PERFORMANCE.md): process_document as the map step of a Dask bag.

Dask is in the test extra (not a runtime dependency), so CI runs this; skipped only where Dask is absent.
Uses the local synchronous scheduler.
"""

from __future__ import annotations

import pytest

from timeline.corpus import iter_corpus_files, read_text
from timeline.pipeline import assemble, iter_documents, process_document, sample_corpus_dir


def test_dask_bag_map_then_assemble_matches_the_local_pipeline():
    db = pytest.importorskip("dask.bag")

    paths = [str(p) for p in iter_corpus_files([sample_corpus_dir()])]
    # -- the example, as in docs/PERFORMANCE.md --
    bag = db.from_sequence(list(enumerate(paths, 1)), npartitions=2)
    results = bag.map(lambda ip: process_document(read_text(ip[1]), path=ip[1], doc_id=f"d{ip[0]}"))
    timeline = assemble(results.compute(scheduler="synchronous"))
    # --
    local = assemble(iter_documents(paths))
    assert [s.id for s in timeline.sources] == [s.id for s in local.sources]
    assert [(e.time.value, e.title) for e in timeline.events] == [(e.time.value, e.title) for e in local.events]
    assert len(timeline.sources) >= 6
