"""One document's failure is that document's, at every entry point, against the real Neo4j and
the real pipeline: an exception injected into a pipeline component (`ctgraph_fault`) for one
document of a batch, in-process, with two worker processes and through the API; the other
documents load. And what extracts also loads: every shared text goes through extract -> load."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from fault_config import MARKER, fault_config
from graph_builders import one
from neo4j import Driver
from pydantic import SecretStr
from typer.testing import CliRunner

from ctgraph.api.app import create_app
from ctgraph.cli import app
from ctgraph.extract.pipeline import load_nlp
from ctgraph.ingest import extracted_items, ingest
from ctgraph.settings import PROJECT_ROOT, Settings

pytestmark = [pytest.mark.neo4j, pytest.mark.model]
SHARED = PROJECT_ROOT.parent / "shared" / "corpus-wide"
WRITE_KEY = "containment-write-key"
TEXT = "Police of Romania and Bulgaria took part in Operation TARA{n} in 2009."


def _texts(folder: Path, count: int, marked: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"doc{n}.txt"
        path.write_text(TEXT.format(n=n) + (f" {MARKER}" if n == marked else ""), "utf-8")
        paths.append(path)
    return paths


def _documents(driver: Driver) -> int:
    return int(one(driver, "MATCH (d:Document) RETURN count(d)"))


@pytest.mark.parametrize("processes", [1, 2])
def test_an_exception_in_a_component_fails_one_document_and_the_others_load(
    empty_graph: Driver, tmp_path: Path, processes: int
) -> None:
    paths = _texts(tmp_path / "texts", 4, marked=2)
    config = fault_config(tmp_path)
    summary = ingest(empty_graph, extracted_items(paths, processes=processes, config=config))
    assert len(summary.new) == 3 and _documents(empty_graph) == 3
    ((name, reason),) = summary.failed
    assert name.endswith("doc2.txt") and reason.startswith("extraction failed: RuntimeError")
    assert "Traceback" in summary.details[0][1]


def test_ctgraph_ingest_names_the_failed_document_and_prints_the_log(
    cli_env: Driver, tmp_path: Path
) -> None:
    folder = tmp_path / "texts"
    _texts(folder, 3, marked=0)
    config = fault_config(tmp_path)
    args = ["ingest", str(folder), "--config", str(config), "--processes", "2"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    assert "2 new, 0 unchanged, 0 updated, 1 failed" in result.output
    assert "doc0.txt: extraction failed" in result.output
    assert "tracebacks of the failed documents: " in result.output
    assert _documents(cli_env) == 2


@pytest.fixture
def fault_in_pipeline() -> Iterator[None]:
    """The process's own pipeline (the API's) with a fault component, removed afterwards."""
    nlp = load_nlp()
    nlp.add_pipe("ctgraph_fault", name="fault", config={"marker": MARKER})
    try:
        yield
    finally:
        nlp.remove_pipe("fault")


def test_the_api_answers_extraction_failed_naming_the_document(
    empty_graph: Driver, neo4j_settings: Settings, fault_in_pipeline: None
) -> None:
    settings = neo4j_settings.model_copy(update={"api_write_keys": [SecretStr(WRITE_KEY)]})
    headers = {"X-API-Key": WRITE_KEY}
    with TestClient(create_app(settings)) as client:
        bad = {"text": TEXT.format(n=1) + f" {MARKER}", "source": "https://example.org/bad"}
        answer = client.post("/documents", json=bad, headers=headers)
        assert answer.status_code == 500, answer.text
        assert "extraction failed" in answer.text and "https://example.org/bad" in answer.text
        upload = {"file": ("bad.txt", bad["text"].encode(), "text/plain")}
        uploaded = client.post("/uploads", files=upload, headers=headers)
        assert uploaded.status_code == 500 and "extraction failed" in uploaded.text
        assert "bad.txt" in uploaded.text
        good = {"text": TEXT.format(n=2), "source": "https://example.org/good"}
        assert client.post("/documents", json=good, headers=headers).status_code == 201
    assert _documents(empty_graph) == 1


def test_every_shared_text_extracts_to_facts_the_loader_takes(empty_graph: Driver) -> None:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} not available")
    paths = sorted(SHARED.glob("*.txt"))
    summary = ingest(empty_graph, extracted_items(paths, processes=2))
    assert summary.failed == []
    assert len(summary.new) == len(paths) == _documents(empty_graph)
