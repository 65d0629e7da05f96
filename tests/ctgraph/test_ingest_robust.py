"""The ingest service under hostile conditions, against the real test Neo4j."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from graph_builders import counts, document, one, wipe
from hostile_documents import PEAK_RSS_CLI, ingest_batch, peak_rss_mb, write_files
from neo4j import Driver, ManagedTransaction
from typer.testing import CliRunner

from ctgraph.cli import app
from ctgraph.graph import load as graph_load
from ctgraph.graph.errors import DocumentTooLarge
from ctgraph.graph.facts import Facts, as_facts
from ctgraph.graph.load import load_document
from ctgraph.ingest import Summary, ingest, ingest_text
from ctgraph.settings import PROJECT_ROOT, get_settings

pytestmark = pytest.mark.neo4j
CORPUS = PROJECT_ROOT / "data" / "corpus"
runner = CliRunner()


def evidence_entries(driver: Driver) -> int:
    """How many evidence entries the relationships hold in all."""
    return int(one(driver, "MATCH ()-[r]->() RETURN sum(size(coalesce(r.evidence_doc, [])))"))


def test_concurrent_writers_of_one_document_load_it_once(empty_graph: Driver) -> None:
    facts = as_facts(document("doc-a", {"TARA": ["RO", "BG", "RS"], "MIRAGE": ["RO", "HU"]}))
    with ThreadPoolExecutor(max_workers=10) as pool:
        statuses = list(pool.map(lambda _: load_document(empty_graph, facts).status, range(20)))
    assert sorted(statuses) == ["new"] + ["unchanged"] * 19
    once = counts(empty_graph), evidence_entries(empty_graph)
    wipe(empty_graph)
    load_document(empty_graph, facts)
    assert (counts(empty_graph), evidence_entries(empty_graph)) == once


def huge_record(entities: int, name_chars: int) -> dict[str, Any]:
    """One document with far more facts than a transaction may hold."""
    text = "Operation HUGE. " * 100
    ents = [{"id": f"organisation:o{i}", "label": "Organisation", "name": f"Org {i} " + "y" * name_chars,
             "aliases": [], "properties": {}, "mentions": [{"start": 0, "end": 9, "text": "Operation"}]}
            for i in range(entities)]  # fmt: skip
    rels = [{"type": "SUCCEEDED_BY", "source": f"organisation:o{i % entities}", "confidence": 0.5,
             "target": f"organisation:o{(i * 7 + 1) % entities}", "evidence": {"start": 0, "end": 9, "text": "x"}}
            for i in range(2 * entities)]  # fmt: skip
    sha = hashlib.sha256(b"huge").hexdigest()
    return {"document": {"id": "huge", "source": "huge.jsonl", "title": "huge", "sha256": sha,
                         "language": "en", "text": text}, "entities": ents, "relations": rels}  # fmt: skip


@pytest.mark.timeout(300)
def test_a_record_too_big_for_a_transaction_fails_alone(empty_graph: Driver) -> None:
    good = as_facts(document("doc-good", {"TARA": ["RO", "BG"]}))
    items = [("huge.jsonl:1", as_facts(huge_record(1000, 200_000))), ("good.jsonl:1", good)]
    summary: Summary = ingest(empty_graph, items)
    assert summary.new == ["doc-good"]
    ((name, reason),) = summary.failed
    assert name == "huge.jsonl:1"
    assert "document 'huge' is too large to load in one transaction" in reason
    assert "CTGRAPH_NEO4J_TRANSACTION_MEMORY" in reason
    assert one(empty_graph, "MATCH (d:Document) RETURN collect(d.id)") == ["doc-good"]


# A write whose queries fit in Neo4j's transaction memory but whose commit does not: 200,000
# nodes from one small parameter (the commit turns the transaction state into records).
COMMIT_TOO_LARGE = "UNWIND range(1, 200000) AS i CREATE (:Oversized {n: i, pad: $pad})"


@pytest.mark.timeout(300)
def test_a_batch_too_big_to_commit_is_loaded_in_halves_to_the_document_too_large(
    empty_graph: Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = [as_facts(document(f"doc-{n}", {f"OP{n}": ["RO", "BG"]})) for n in range(3)]
    real_write = graph_load._write

    def write_then_pad(tx: ManagedTransaction, facts: Sequence[Facts]) -> None:
        real_write(tx, facts)
        if any(f.document.id == "doc-1" for f in facts):  # the batch, and doc-1 alone
            tx.run(COMMIT_TOO_LARGE, pad="x" * 100).consume()

    monkeypatch.setattr(graph_load, "_write", write_then_pad)
    with pytest.raises(DocumentTooLarge, match="document 'doc-1' is too large"):
        graph_load.load_documents(empty_graph, batch)  # the batch, then doc-0 (loaded), then doc-1
    assert one(empty_graph, "MATCH (d:Document) RETURN collect(d.id)") == ["doc-0"]
    wipe(empty_graph)
    summary = ingest(empty_graph, [(f"doc-{n}.jsonl:1", f) for n, f in enumerate(batch)])
    assert summary.new == ["doc-0", "doc-2"]
    ((name, reason),) = summary.failed
    assert name == "doc-1.jsonl:1" and "document 'doc-1' is too large" in reason
    assert one(empty_graph, "MATCH (n:Oversized) RETURN count(n)") == 0


def test_posted_texts_with_one_title_from_two_sources_do_not_replace_each_other(
    empty_graph: Driver,
) -> None:
    text_a = (CORPUS / "selec-task-force-mirage.txt").read_text()
    text_b = (CORPUS / "osce-trafficking-migration-routes.txt").read_text()
    first = ingest_text(empty_graph, text=text_a, source="https://a.example/1", title="Report")
    facts_before = evidence_entries(empty_graph)
    second = ingest_text(empty_graph, text=text_b, source="https://b.example/2", title="Report")
    assert first.document != second.document and second.status == "new"
    assert first.document.startswith("report-") and evidence_entries(empty_graph) > facts_before
    again = ingest_text(empty_graph, text=text_a, source="https://a.example/1", title="Report")
    assert (again.document, again.status) == (first.document, "unchanged")
    assert one(empty_graph, "MATCH (d:Document) RETURN count(d)") == 2


def test_a_too_long_text_in_a_folder_fails_alone(
    cli_env: Driver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for path in CORPUS.glob("*.txt"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "zz-long.txt").write_text("Police of Serbia arrested suspects.\n\n" * 400)
    monkeypatch.setenv("CTGRAPH_EXTRACT_MAX_CHARS", "12000")
    get_settings.cache_clear()
    result = runner.invoke(app, ["ingest", str(tmp_path)])
    assert "5 new, 0 unchanged, 0 updated, 1 failed" in result.output, result.output
    assert "zz-long.txt" in result.output and "more than the limit of 12,000" in result.output
    assert one(cli_env, "MATCH (d:Document) RETURN count(d)") == 5


@pytest.mark.timeout(120)
def test_an_unreadable_path_given_directly_fails_alone(cli_env: Driver, tmp_path: Path) -> None:
    pipe, folder = tmp_path / "pipe.txt", tmp_path / "folder.jsonl"
    os.mkfifo(pipe)
    folder.mkdir()
    good = CORPUS / "osce-trafficking-migration-routes.txt"
    result = runner.invoke(
        app, ["ingest", str(pipe), str(folder), str(tmp_path / "gone.txt"), str(good)]
    )
    assert "1 new, 0 unchanged, 0 updated, 3 failed" in result.output, result.output
    assert result.exit_code == 1 and "not a regular file" in result.output


def ingest_measured(folder: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    """`ctgraph ingest FOLDER` in a process of its own; the run and its peak RSS in MB."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK_RSS_CLI, "ingest", str(folder)],
        env={**os.environ, "COLUMNS": "200"}, capture_output=True, text=True, timeout=800,
    )  # fmt: skip
    return done, peak_rss_mb(done.stderr)


# What the hostile files may add to the ingest process's peak memory, over the same ingest of
# the good files alone (whose own peak is the CLI and the spaCy pipeline, ~360 MB).
READERS_EXTRA_RSS_MB = 100


@pytest.mark.timeout(1500)
def test_a_hostile_batch_is_refused_file_by_file_and_every_good_file_loads(
    cli_env: Driver, tmp_path: Path
) -> None:
    good, bad = ingest_batch([path.read_text() for path in sorted(CORPUS.glob("*.txt"))])
    alone, alone_peak = ingest_measured(write_files(tmp_path / "good", good))
    assert alone.returncode == 0, alone.stdout + alone.stderr
    wipe(cli_env)
    done, peak = ingest_measured(write_files(tmp_path / "batch", good | bad))
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert f"{len(good)} new, 0 unchanged, 0 updated, {len(bad)} failed" in done.stdout, output
    failed = [
        line.removeprefix("  failed ").split(": ", 1)
        for line in done.stdout.splitlines()
        if line.startswith("  failed ")
    ]
    assert sorted(Path(name).name for name, _ in failed) == sorted(bad), output
    assert all(reason.strip() for _, reason in failed)
    sources = one(cli_env, "MATCH (d:Document) RETURN collect(d.source)")
    assert sorted(Path(source).name for source in sources) == sorted(good)
    assert peak - alone_peak < READERS_EXTRA_RSS_MB, (peak, alone_peak)
