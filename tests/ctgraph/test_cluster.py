"""Extraction on a local Dask cluster of two worker processes: shard by shard the records that
`ctgraph extract` writes on one machine, sources given as URLs, a missing document reported by
name; `ctgraph ingest --cluster` gives the graph of a serial ingest."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from graph_builders import counts
from neo4j import Driver
from typer.testing import CliRunner

from ctgraph.cli import app
from ctgraph.cluster import extract_on_cluster
from ctgraph.extract.sources import expand_sources
from ctgraph.ingest import Extracted, extracted_records

pytestmark = pytest.mark.model
CORPUS = Path(__file__).parents[2] / "data" / "corpus"


@pytest.fixture(scope="module")
def address() -> Iterator[str]:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def lines(paths: list[str]) -> list[str]:
    return [ln for p in paths for ln in Path(p.removeprefix("file://")).read_text().splitlines()]


def test_the_cluster_writes_what_one_process_extracts(address: str, tmp_path: Path) -> None:
    sources = [*expand_sources([str(CORPUS)]), str(tmp_path / "missing.txt")]
    serial = [
        json.dumps(outcome.record.to_dict(), ensure_ascii=False)
        for _, outcome in extracted_records(sources)
        if isinstance(outcome, Extracted)
    ]
    shards = extract_on_cluster(
        sources, address=address, out=str(tmp_path / "out"), shard_documents=2
    )
    assert [s.index for s in shards] == [0, 1, 2]
    assert lines([s.path for s in shards]) == serial
    assert sum(s.done for s in shards) == 5
    assert [f[0] for s in shards for f in s.failures] == [str(tmp_path / "missing.txt")]


def test_sources_and_shards_as_urls(address: str, tmp_path: Path) -> None:
    sources = expand_sources([f"file://{CORPUS}"])
    assert len(sources) == 5 and all(s.startswith("file://") for s in sources)
    shards = extract_on_cluster(sources, address=address, out=f"file://{tmp_path}/shards")
    assert [s.done for s in shards] == [1] * 5  # five documents spread over two workers
    assert not any(s.failures for s in shards)
    records = [json.loads(line) for line in lines([s.path for s in shards])]
    assert [r["document"]["id"] for r in records] == [Path(s).stem for s in sources]


@pytest.mark.neo4j
def test_ingest_on_the_cluster_gives_the_serial_graph(address: str, cli_env: Driver) -> None:
    runner = CliRunner()
    serial = runner.invoke(app, ["ingest", str(CORPUS)])
    assert serial.exit_code == 0, serial.output
    expected = snapshot(cli_env)
    cli_env.execute_query("MATCH (n) DETACH DELETE n")
    clustered = runner.invoke(app, ["ingest", str(CORPUS), "--cluster", address])
    assert clustered.exit_code == 0, clustered.output
    assert "5 new, 0 unchanged, 0 updated, 0 failed" in clustered.output
    assert snapshot(cli_env) == expected and counts(cli_env)["CO_INVESTIGATED"] > 10


def snapshot(driver: Driver) -> tuple[list[object], list[object]]:
    """Every node with its properties, every relationship with its ends and properties, sorted;
    load times left out."""
    nodes = driver.execute_query(
        "MATCH (n) RETURN n.id AS id, labels(n) AS labels,"
        " apoc.map.removeKeys(properties(n), ['loaded_at']) AS props ORDER BY id"
    ).records
    rels = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props"
        " ORDER BY a, t, b"
    ).records
    return [r.data() for r in nodes], [r.data() for r in rels]
