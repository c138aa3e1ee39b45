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
    """The guard's one figure covers what each shape of text was measured to need (``MEASURED_PEAK_PER_BYTE``,
    docs/RELIABILITY.md) with room to spare, and the heap bound the scaling tests hold every shape to (times the
    resident set's overhead over the heap, at most 1.3 in the measures of 2026-12-05)."""
    from tests.scale.test_memory_scaling import BOUND

    assert set(corpus.MEASURED_PEAK_PER_BYTE) == {"prose", "one-line stories", "digit table", "chronology paragraph",
                                                  "2014年 repeated"}
    for shape, (size, per_byte) in corpus.MEASURED_PEAK_PER_BYTE.items():
        assert corpus.PEAK_BYTES_PER_BYTE >= 1.5 * per_byte, (shape, size, per_byte)
    assert corpus.PEAK_BYTES_PER_BYTE >= 1.3 * BOUND
