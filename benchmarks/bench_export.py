"""Whole-graph export throughput and memory: the Cypher script, GraphML and FollowTheMoney.

    CTGRAPH_BENCH_NEO4J_URI=bolt://127.0.0.1:7692 CTGRAPH_BENCH_NEO4J_PASSWORD=... \\
        .venv/bin/python benchmarks/bench_export.py [--facts 100000]

WIPES THE GRAPH of the server it is pointed at (never your own). Loads `--facts` synthetic
PARTICIPATED_IN facts (the documents of `bench_load.py`, with their MENTIONS), then writes each
format to /dev/null page by page, as `ctgraph export` does, and reports seconds, megabytes
written, nodes + relationships per second and the peak Python memory allocated meanwhile
(tracemalloc), which stays flat when the stream holds no more than a page.
"""

from __future__ import annotations

import argparse
import os
import time
import tracemalloc

from bench_load import FACTS_PER_DOCUMENT, synthetic_document, wipe
from neo4j import GraphDatabase
from rich.console import Console
from rich.table import Table

from ctgraph.graph.exchange.formats import Format, stream
from ctgraph.graph.facts import as_facts
from ctgraph.graph.load import apply_schema, load_document
from ctgraph.graph.read.stats import graph_stats


def main() -> None:
    """Load the synthetic graph, export it in every format, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=100_000)
    args = parser.parse_args()
    uri = os.environ["CTGRAPH_BENCH_NEO4J_URI"]
    auth = ("neo4j", os.environ["CTGRAPH_BENCH_NEO4J_PASSWORD"])
    table = Table("format", "seconds", "MB", "items/s", "peak MB (Python)")
    with GraphDatabase.driver(uri, auth=auth) as driver:
        wipe(driver)
        apply_schema(driver)
        for n in range(args.facts // FACTS_PER_DOCUMENT):
            load_document(driver, as_facts(synthetic_document(n)))
        stats = graph_stats(driver, database="neo4j")
        items = sum(stats["nodes"].values()) + sum(stats["relationships"].values())
        print(f"graph: {items:,} nodes and relationships", flush=True)
        for fmt in Format:
            tracemalloc.start()
            started, size = time.perf_counter(), 0
            for piece in stream(driver, fmt, database="neo4j"):
                size += len(piece.encode("utf-8"))
            seconds = time.perf_counter() - started
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            table.add_row(fmt.value, f"{seconds:.1f}", f"{size / 1e6:.1f}",
                          f"{items / seconds:,.0f}", f"{peak / 1e6:.1f}")  # fmt: skip
        wipe(driver)
    Console().print(table)


if __name__ == "__main__":
    main()
