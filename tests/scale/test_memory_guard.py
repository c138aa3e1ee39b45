"""A file whose extraction could need more memory than is free is refused before the work, and running out
of memory while extracting is that file's one-line error (exit 2), not a traceback or a swapping machine
(issue 17; the bound is ``timeline.corpus.PEAK_BYTES_PER_BYTE``, docs/RELIABILITY.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline import corpus
from timeline.cli import main

TEXT = "公司在2014年3月5日宣布計畫。\n"


def _file(tmp_path: Path) -> Path:
    p = tmp_path / "news.txt"
    p.write_text(TEXT * 50, encoding="utf-8")
    return p


def test_check_memory_refuses_naming_the_file_and_the_need(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(corpus.MEMORY_CHECK_ENV, raising=False)
    with pytest.raises(corpus.CorpusError) as exc:
        corpus.check_memory(tmp_path / "big.txt", 60 * 2**20, available=2 * 2**30)
    msg = str(exc.value)
    assert msg.startswith(str(tmp_path / "big.txt") + ": needs up to")
    assert "GB of memory" in msg and "2.0 GB free" in msg and "\n" not in msg
    corpus.check_memory(tmp_path / "small.txt", 1000, available=2 * 2**30)  # enough: no error
    monkeypatch.setenv(corpus.MEMORY_CHECK_ENV, "1")
    corpus.check_memory(tmp_path / "big.txt", 60 * 2**20, available=2 * 2**30)  # the user asked to try


def test_available_memory_is_read_or_unknown() -> None:
    free = corpus.available_memory()
    assert free is None or free > 0


@pytest.mark.parametrize("command", ["extract", "mentions"])
def test_cli_refuses_a_file_too_big_for_the_free_memory(command: str, tmp_path: Path, monkeypatch,
                                                        capsys) -> None:
    monkeypatch.delenv(corpus.MEMORY_CHECK_ENV, raising=False)
    monkeypatch.setattr(corpus, "available_memory", lambda: 10_000)
    p = _file(tmp_path)
    args = [command, str(p)] + (["-o", str(tmp_path / "out.timeline.json")] if command == "extract" else [])
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert str(p) in err[0] and "of memory to extract" in err[0], err  # then extract's "no article could be read"
    assert not (tmp_path / "out.timeline.json").exists()


@pytest.mark.parametrize("command", ["extract", "mentions"])
def test_out_of_memory_while_extracting_is_a_one_line_error(command: str, tmp_path: Path, monkeypatch,
                                                             capsys) -> None:
    import timeline.pipeline as pipeline

    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(pipeline, "process_document", exhausted)
    p = _file(tmp_path)
    args = [command, str(p)] + (["-o", str(tmp_path / "out.timeline.json")] if command == "extract" else [])
    assert main(args) == 2
    err = [line for line in capsys.readouterr().err.strip().splitlines() if line.strip()]
    assert any(str(p) in line and "out of memory" in line for line in err), err
    assert not any("Traceback" in line for line in err)


def test_the_guard_assumes_more_than_every_measured_shape_needs() -> None:
    """The guard's figure for each class of text covers what each shape of that class was measured to need
    (``MEASURED_PEAK_PER_BYTE``, docs/RELIABILITY.md) with room to spare; its figure for a text it cannot
    class is the largest, and covers the heap bound the scaling tests hold every shape to (times the resident
    set's overhead over the heap, at most 1.3 in the measures of 2026-12-05)."""
    from tests.scale.test_memory_scaling import BOUND

    assert set(corpus.MEASURED_PEAK_PER_BYTE) == {"prose", "one-line stories", "digit table", "chronology paragraph",
                                                  "2014年 repeated"}
    assert set(corpus.SHAPE_CLASS) == set(corpus.MEASURED_PEAK_PER_BYTE)
    for shape, (size, per_byte) in corpus.MEASURED_PEAK_PER_BYTE.items():
        assert corpus.PEAK_BY_CLASS[corpus.SHAPE_CLASS[shape]] >= 1.5 * per_byte, (shape, size, per_byte)
    assert corpus.PEAK_BYTES_PER_BYTE == max(corpus.PEAK_BY_CLASS.values())
    assert corpus.PEAK_BYTES_PER_BYTE >= 1.3 * BOUND


_BENCH_NAMES = {"prose": "prose", "stories": "one-line stories", "digits": "digit table",
                "chronology": "chronology paragraph", "years": "2014年 repeated"}


@pytest.mark.parametrize("shape", sorted(_BENCH_NAMES))
def test_the_guard_classes_each_measured_shape_as_measured(shape: str, tmp_path: Path) -> None:
    """Each shape ``scripts/bench_memory.py`` measures is put in its own class by the guard (from a count of the
    dates in its bytes), so the guard's estimate for it covers its measured figure 1.5 times over; a sparse
    text (prose) is assumed to need less than a text of dates."""
    from tests.scale.test_memory_scaling import _bench

    path = _bench().generate(shape, 200_000, tmp_path / f"{shape}.txt")
    per_byte, kind = corpus.peak_per_byte(path.read_bytes(), path.suffix)
    name = _BENCH_NAMES[shape]
    assert kind == corpus.SHAPE_CLASS[name], (shape, kind)
    assert per_byte >= 1.5 * corpus.MEASURED_PEAK_PER_BYTE[name][1], (shape, per_byte)
    if shape == "prose":
        assert per_byte < corpus.PEAK_BYTES_PER_BYTE


def test_check_memory_asks_what_the_text_s_class_needs(tmp_path: Path, monkeypatch) -> None:
    """A 60 MB file of prose passes where one of dense dates of the same size is refused (the need in the
    message is that of its class); bytes that cannot be classed (UTF-16) get the largest figure."""
    monkeypatch.delenv(corpus.MEMORY_CHECK_ENV, raising=False)
    size = 60 * 2**20
    free = size * (corpus.PEAK_BY_CLASS["prose"] + 5)
    prose = ("The company said on March 5, 2014 that it would expand its research budget. Analysts expect demand "
             "to recover, and regulators said they would keep watching the market. ") * 400
    corpus.check_memory(tmp_path / "prose.txt", size, available=free, data=prose.encode())
    with pytest.raises(corpus.CorpusError) as exc:
        corpus.check_memory(tmp_path / "dense.txt", size, available=free, data=("2014年" * 20_000).encode())
    assert f"({corpus.PEAK_BY_CLASS['dense dates']} bytes per byte" in str(exc.value)
    assert "dense dates" in str(exc.value) and "\n" not in str(exc.value)
    assert corpus.peak_per_byte(prose.encode("utf-16"))[0] == corpus.PEAK_BYTES_PER_BYTE
