"""Extraction on a local Dask cluster of two worker processes gives, shard by shard, the records
a single process gives, reads sources given as URLs, and reports a missing document by name."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from ctgraph.cluster import extract_on_cluster
from ctgraph.extract.batch import BatchReport, extract_files
from ctgraph.extract.sources import expand_sources

pytestmark = pytest.mark.model
CORPUS = Path(__file__).parents[2] / "data" / "corpus"


@pytest.fixture(scope="module")
def address() -> Iterator[str]:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def lines(paths: list[str]) -> list[str]:
    return [
        line for p in paths for line in Path(p.removeprefix("file://")).read_text().splitlines()
    ]


def test_the_cluster_writes_what_one_process_extracts(address: str, tmp_path: Path) -> None:
    sources = [*expand_sources([str(CORPUS)]), str(tmp_path / "missing.txt")]
    serial = [
        json.dumps(r.to_dict(), ensure_ascii=False) for r in extract_files(sources, BatchReport())
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
