"""Extraction on a Dask cluster: `ctgraph extract --cluster ADDRESS` and `ctgraph ingest
--cluster ADDRESS`.

Why Dask (`distributed`) rather than Ray: spaCy pipelines parallelise by document, so all that
is needed is a pool of long-lived worker processes (each loads the pipeline once) and a task per
shard of documents; Dask gives that as a pure-Python package on PyPI, starts a local cluster
with one call, and its scheduler and workers (`dask scheduler`, `dask worker ADDRESS`) run on
any machine with Python, with no cluster manager or object store of its own.

Sources are split into shards of `SHARD_DOCUMENTS`; each worker reads its shard's documents
itself (local paths on a shared file system, or URLs: `s3://`, `gs://`, ... through fsspec),
extracts them with the same code as a single process and writes `part-NNNNN.jsonl` to the output
location, so records never travel through the client. The client collects each shard's counts
and failures; loading is then done by the one loader from the shards, in shard order, so the
graph is the one a serial run gives. A shard whose worker dies is retried by the scheduler; one
that still fails reports each of its documents as failed, and the others go on.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import fsspec

from ctgraph.ingest import Failed, Item, extracted_records, jsonl_items

# Most documents in one shard; fewer when there are few documents for the workers, so that
# every worker gets about four shards (the faster ones take more).
SHARD_DOCUMENTS = 50
SHARDS_PER_WORKER = 4


@dataclass(frozen=True, slots=True)
class Shard:
    """One shard's outcome: where its records are, how many, and the failed documents."""

    index: int
    path: str
    done: int
    failures: list[tuple[str, str]] = field(default_factory=list)


def shard_path(out: str, index: int) -> str:
    """The JSON Lines file of shard `index` under the output folder or URL prefix."""
    return f"{out.rstrip('/')}/part-{index:05d}.jsonl"


def extract_shard(index: int, sources: list[str], *, out: str, config: Path | None = None) -> Shard:
    """On a worker: extract one shard's documents as `ctgraph extract` does (each checked
    against the loader's contract, each failure contained) and write their records."""
    path = shard_path(out, index)
    done, failures = 0, []
    with fsspec.open(path, "w", encoding="utf-8") as sink:
        for name, outcome in extracted_records(sources, config=config):
            if isinstance(outcome, Failed):
                failures.append((name, outcome.reason))
                continue
            sink.write(json.dumps(outcome.record.to_dict(), ensure_ascii=False) + "\n")
            done += 1
    return Shard(index, path, done, failures)


def warm_up() -> None:
    """On a worker: load the extraction pipeline (kept for the worker's later shards)."""
    from ctgraph.extract.pipeline import load_nlp

    load_nlp()


def _shard_size(documents: int, workers: int) -> int:
    return max(1, min(SHARD_DOCUMENTS, -(-documents // (max(workers, 1) * SHARDS_PER_WORKER))))


def extract_on_cluster(
    sources: list[str],
    *,
    address: str,
    out: str,
    config: Path | None = None,
    shard_documents: int | None = None,
    on_shard: Callable[[Shard], None] | None = None,
) -> list[Shard]:
    """Extract the sources on the cluster at `address` (`tcp://host:8786`, or `local:N` for a
    cluster of N worker processes on this machine) into shards under `out`, in source order."""
    from distributed import Client, LocalCluster, as_completed  # only when a cluster is asked

    fs, root = fsspec.core.url_to_fs(out)
    fs.makedirs(root, exist_ok=True)
    cluster = None
    if address.startswith("local:"):
        workers = int(address.removeprefix("local:") or 2)
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None)
        address = cluster.scheduler_address
    shards: dict[int, Shard] = {}
    try:
        with Client(address) as client:
            client.run(warm_up)  # every worker loads the pipeline now, all at once
            size = shard_documents or _shard_size(len(sources), sum(client.nthreads().values()))
            groups = [sources[i : i + size] for i in range(0, len(sources), size)]
            futures = client.map(
                extract_shard, range(len(groups)), groups, out=out, config=config, pure=False
            )
            index_of = {future.key: i for i, future in enumerate(futures)}
            for future in as_completed(futures):
                i = index_of[future.key]
                try:
                    shard = future.result()
                except Exception as e:  # a worker lost for good: the shard's documents failed
                    reason = f"extraction on the cluster failed ({type(e).__name__}: {e})"
                    shard = Shard(i, shard_path(out, i), 0, [(s, reason) for s in groups[i]])
                shards[i] = shard
                if on_shard is not None:
                    on_shard(shard)
    finally:
        if cluster is not None:
            cluster.close()
    return [shards[i] for i in sorted(shards)]


def shard_items(shards: list[Shard]) -> Iterator[Item]:
    """The shards' records as the loader's items, in shard order, and each failed document."""
    for shard in shards:
        yield from ((name, Failed(reason)) for name, reason in shard.failures)
        if shard.done:
            yield from jsonl_items([Path(shard.path.removeprefix("file://"))])
