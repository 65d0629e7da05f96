"""Whole-graph export throughput against APOC's own streamed GraphML export of the same graph.

    CTGRAPH_BENCH_NEO4J_URI=bolt://127.0.0.1:7692 CTGRAPH_BENCH_NEO4J_PASSWORD=... \\
        .venv/bin/python benchmarks/bench_export.py [--facts 40000] [--reuse]

WIPES THE GRAPH of the server it is pointed at (never your own), unless `--reuse`. Loads
`--facts` synthetic PARTICIPATED_IN facts with the ingest service (the documents of
`bench_load.py`, 10 facts each, with their MENTIONS and CO_INVESTIGATED pairs: 40,000 facts are
100,300 nodes and relationships), then, in one run:
- a warm-up, untimed: APOC's export and each format once (a cold first pass is several times
  slower and would favour whichever runs second);
- the bare tool: `CALL apoc.export.graphml.all(null, {stream: true})`, consumed to the end by
  the Python driver, before the formats and again after them (the ratio is to their mean, so
  that a machine getting busier or quieter during the run favours neither side);
- each format as `ctgraph export` and `GET /exports/graph.*` stream it (`graph.exchange.formats
  .stream`, encoded to UTF-8 as the API sends it), to nowhere.
It reports seconds, megabytes, nodes + relationships per second, the ratio to APOC, and the
peak memory the Python process grew by while streaming (its resident set's high-water mark,
reset before each format: flat when the stream holds no more than a page).
"""

from __future__ import annotations

import argparse
import os
import re
import time
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from bench_load import synthetic_document, wipe
from neo4j import Driver, GraphDatabase
from rich.console import Console
from rich.table import Table

from ctgraph.graph.exchange.formats import Format, stream
from ctgraph.graph.facts import as_facts
from ctgraph.graph.load import apply_schema
from ctgraph.graph.read.stats import graph_stats
from ctgraph.ingest import ingest

FACTS_PER_DOCUMENT = 10
APOC = "CALL apoc.export.graphml.all(null, {stream: true}) YIELD data RETURN data"
STATUS = Path("/proc/self/status")


def load(driver: Driver, facts: int) -> None:
    """The synthetic graph, loaded afresh by the ingest service."""
    wipe(driver)
    apply_schema(driver)
    documents = [as_facts(synthetic_document(n, FACTS_PER_DOCUMENT))
                 for n in range(facts // FACTS_PER_DOCUMENT)]  # fmt: skip
    started = time.perf_counter()
    summary = ingest(driver, [(f.document.id, f) for f in documents])
    assert not summary.failed, summary.failed[:3]
    print(f"loaded {facts:,} facts in {time.perf_counter() - started:.0f} s", flush=True)


def apoc_chunks(driver: Driver) -> Iterable[bytes]:
    """APOC's GraphML export, streamed in its batches, as bytes."""
    with driver.session(database="neo4j") as session:
        for record in session.run(APOC):
            yield (record["data"] or "").encode("utf-8")


def encoded(driver: Driver, fmt: Format) -> Iterable[bytes]:
    """The export of one format as bytes, as a file or the API would write it."""
    return (piece.encode("utf-8") for piece in stream(driver, fmt, database="neo4j"))


def peak_kb() -> int:
    """The process's resident high-water mark (Linux), in kB."""
    found = re.search(r"VmHWM:\s+(\d+)", STATUS.read_text())
    return int(found.group(1)) if found else 0


def measure(chunks: Callable[[], Iterable[bytes]]) -> tuple[float, int, float]:
    """Seconds, bytes and resident-memory growth (MB) of consuming one stream to the end."""
    Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current resident set
    before = peak_kb()
    started, size = time.perf_counter(), 0
    for chunk in chunks():
        size += len(chunk)
    return time.perf_counter() - started, size, (peak_kb() - before) / 1e3


def main() -> None:
    """Load the synthetic graph, export it with APOC and in every format, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=40_000)
    parser.add_argument("--reuse", action="store_true", help="export the graph already there")
    args = parser.parse_args()
    uri = os.environ["CTGRAPH_BENCH_NEO4J_URI"]
    auth = ("neo4j", os.environ["CTGRAPH_BENCH_NEO4J_PASSWORD"])
    with GraphDatabase.driver(uri, auth=auth, notifications_min_severity="OFF") as driver:
        if not args.reuse:
            load(driver, args.facts)
        stats = graph_stats(driver, database="neo4j")
        items = sum(stats["nodes"].values()) + sum(stats["relationships"].values())
        print(f"graph: {items:,} nodes and relationships", flush=True)
        # warm-up, untimed: the server's first pass over the store (page cache, compiled plans,
        # JIT) made APOC's first timed run 3.5x slower than its second on an idle machine
        measure(lambda: apoc_chunks(driver))
        for fmt in Format:
            measure(partial(encoded, driver, fmt))
        rows = {"APOC GraphML (before)": measure(lambda: apoc_chunks(driver))}
        print("APOC (before):", f"{rows['APOC GraphML (before)'][0]:.1f} s", flush=True)
        for fmt in Format:
            rows[f"ctgraph {fmt.value}"] = measure(partial(encoded, driver, fmt))
            print(f"{fmt.value}: {rows[f'ctgraph {fmt.value}'][0]:.1f} s", flush=True)
        rows["APOC GraphML (after)"] = measure(lambda: apoc_chunks(driver))
    report(rows, items)


def report(rows: dict[str, tuple[float, int, float]], items: int) -> None:
    """The table: per stream its seconds, size, rate, ratio to APOC's mean rate, memory."""
    apoc = [items / s for name, (s, _, _) in rows.items() if name.startswith("APOC")]
    bare = sum(apoc) / len(apoc)
    table = Table("export", "seconds", "MB", "items/s", "× APOC", "peak MB (Python RSS growth)")
    for name, (seconds, size, memory) in rows.items():
        rate = items / seconds
        table.add_row(name, f"{seconds:.1f}", f"{size / 1e6:.1f}", f"{rate:,.0f}",
                      f"{rate / bare:.2f}", f"{memory:.1f}")  # fmt: skip
    Console().print(table)
    print(f"{items:,} items; APOC's mean rate {bare:,.0f} items/s")


if __name__ == "__main__":
    main()
