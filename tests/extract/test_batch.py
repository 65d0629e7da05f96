"""`extract_text` (in memory) and `extract_files` (from disk) build the same record, and one
document's failure (an exception in a component, a worker that dies) stays that document's."""

from __future__ import annotations

from pathlib import Path

import pytest
from fault_config import MARKER, fault_config

from ctgraph.extract.batch import BatchReport, extract_files, extract_text
from ctgraph.extract.errors import EmptyInputError, PipelineError, PipelineUnavailable

TEXT = (
    "Joint investigation among Moldovan and Romanian authorities\n\n"
    "In 2011 Moldovan and Romanian police dismantled a network that trafficked women "
    "to Italy. Twelve suspects were arrested in Chisinau."
)


@pytest.mark.model
def test_text_in_memory_matches_the_same_text_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "press-release.txt"
    path.write_text(TEXT, encoding="utf-8")
    [from_file] = extract_files([path], BatchReport())
    in_memory = extract_text(TEXT, doc_id="press-release", source=str(path))
    assert in_memory.document.sha256 == from_file.document.sha256
    assert in_memory.document.id == from_file.document.id
    assert [e.id for e in in_memory.entities] == [e.id for e in from_file.entities]
    assert {e.id for e in in_memory.entities} >= {"country:MD", "country:RO"}


def test_an_empty_text_is_refused() -> None:
    with pytest.raises(EmptyInputError, match="empty text"):
        extract_text(" \n\t", doc_id="empty", source="posted")


def _batch(folder: Path, marked: set[int], count: int = 5) -> list[Path]:
    paths = []
    for index in range(count):
        path = folder / f"doc{index}.txt"
        extra = f" {MARKER}" if index in marked else ""
        path.write_text(f"{TEXT} Operation NUMBER{index} involved Spain.{extra}", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.model
@pytest.mark.parametrize("processes", [1, 2])
def test_an_exception_in_a_component_fails_only_its_document(
    tmp_path: Path, processes: int
) -> None:
    paths = _batch(tmp_path, {1, 3})
    report = BatchReport()
    config = fault_config(tmp_path)
    records = list(extract_files(paths, report, n_process=processes, config=config))
    assert [Path(r.document.source).name for r in records] == ["doc0.txt", "doc2.txt", "doc4.txt"]
    assert [Path(f.path).name for f in report.failures] == ["doc1.txt", "doc3.txt"]
    failure = report.failures[0]
    assert isinstance(failure, PipelineError)
    assert failure.reason.startswith("extraction failed: RuntimeError: fault drill")
    assert "\n" not in failure.reason and "Traceback" in failure.details


@pytest.mark.model
def test_a_worker_that_dies_is_replaced_and_its_document_reported(tmp_path: Path) -> None:
    paths = _batch(tmp_path, {0, 2}, count=6)
    report = BatchReport()
    config = fault_config(tmp_path, action="exit")
    records = list(extract_files(paths, report, n_process=2, config=config))
    assert [Path(r.document.source).name for r in records] == [
        "doc1.txt", "doc3.txt", "doc4.txt", "doc5.txt",
    ]  # fmt: skip
    assert [Path(f.path).name for f in report.failures] == ["doc0.txt", "doc2.txt"]
    assert all("worker process died (exit code 70)" in f.reason for f in report.failures)


@pytest.mark.model
def test_a_text_in_memory_that_makes_the_pipeline_raise_is_a_pipeline_error(
    tmp_path: Path,
) -> None:
    with pytest.raises(PipelineError, match="fault drill"):
        extract_text(f"{TEXT} {MARKER}", doc_id="x", source="posted",
                     config=fault_config(tmp_path))  # fmt: skip


def test_a_config_that_cannot_load_fails_the_batch(tmp_path: Path) -> None:
    broken = tmp_path / "broken.cfg"
    broken.write_text('[nlp]\nlang = "en"\npipeline = ["nothing"]\n', encoding="utf-8")
    (path,) = _batch(tmp_path, set(), count=1)
    with pytest.raises(PipelineUnavailable):
        list(extract_files([path], BatchReport(), config=broken))
