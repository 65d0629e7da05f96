"""The cost of storing documents' texts: the batched ingest of the same synthetic documents
without their text and with it, in one run, alternated; and one very large text.

    CTGRAPH_BENCH_NEO4J_URI=bolt://127.0.0.1:7705 CTGRAPH_BENCH_NEO4J_PASSWORD=... \\
        .venv/bin/python benchmarks/bench_document_text.py [--documents 2000] [--text-chars 10000]

WIPES THE GRAPH of the server it is pointed at (never your own). The documents are
`bench_load.synthetic_document`s (10 PARTICIPATED_IN facts each); "with text" gives each a
cleaned text of `--text-chars` characters (a press release is 2,000 to 20,000), which the loader
stores on its Document (`cypher/load/write_document_texts.cypher`). Each variant is loaded
`--rounds` times into a wiped graph, alternating (A B, B A, ...), and the median is reported with the ratio
(the bare loader, without texts, measured in the same run). Then one document of
`--large-chars` characters (the largest a text may be) is loaded, and its text read back.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import time
from typing import Any

from bench_load import run_batched, synthetic_document, wipe
from neo4j import GraphDatabase
from rich.console import Console
from rich.table import Table

from ctgraph.graph.facts import Facts, as_facts
from ctgraph.graph.load import apply_schema, load_document
from ctgraph.graph.read.documents import get_document_text

SENTENCE = "Police of country {n} took part in a joint operation against smuggling networks. "


def text_of(chars: int, seed: int) -> str:
    """A text of exactly `chars` characters, of numbered sentences."""
    parts, size, n = [], 0, seed
    while size < chars:
        sentence = SENTENCE.format(n=n)
        parts.append(sentence)
        size += len(sentence)
        n += 1
    return "".join(parts)[:chars]


def documents(count: int, chars: int | None) -> list[Facts]:
    """The synthetic documents, each with a text of `chars` characters (None: none)."""
    found = []
    for n in range(count):
        record: dict[str, Any] = synthetic_document(n, 10, prefix="text")
        if chars is not None:
            record["document"]["text"] = text_of(chars, n)
        found.append(as_facts(record))
    return found


def main() -> None:
    """Load both variants alternately, then one large text; print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--text-chars", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--large-chars", type=int, default=5_000_000)
    args = parser.parse_args()
    uri = os.environ["CTGRAPH_BENCH_NEO4J_URI"]
    auth = ("neo4j", os.environ["CTGRAPH_BENCH_NEO4J_PASSWORD"])
    variants = {
        "without text (bare loader)": documents(args.documents, None),
        f"with a {args.text_chars:,}-character text each": documents(
            args.documents, args.text_chars
        ),
    }
    large = as_facts({**synthetic_document(0, 10, prefix="large")})
    large.document.text = text_of(args.large_chars, 0)
    gc.freeze()
    facts = sum(len(d.relations) for d in next(iter(variants.values())))
    times: dict[str, list[float]] = {name: [] for name in variants}
    with GraphDatabase.driver(uri, auth=auth, notifications_min_severity="OFF") as driver:
        wipe(driver)
        apply_schema(driver)
        for n in range(args.rounds):  # A B, B A, ...: neither always runs first
            for name, batch in list(variants.items())[:: -1 if n % 2 else 1]:
                wipe(driver)
                times[name].append(run_batched(driver, batch))
                print(f"{name}: {times[name][-1]:.1f} s", flush=True)
        wipe(driver)
        started = time.perf_counter()
        load_document(driver, large)
        large_load = time.perf_counter() - started
        started = time.perf_counter()
        row = get_document_text(driver, large.document.id, database="neo4j")
        large_read = time.perf_counter() - started
        assert row is not None and row["text"] == large.document.text
        wipe(driver)
    report(times, facts, args.documents, large_load, large_read, args.large_chars)


def report(
    times: dict[str, list[float]],
    facts: int,
    count: int,
    large_load: float,
    large_read: float,
    large_chars: int,
) -> None:
    """The table: median seconds, facts/s and documents/s per variant, the ratio to the bare."""
    table = Table(title=f"batched ingest of {count:,} documents ({facts:,} facts), median")
    for column in ("variant", "seconds", "facts/s", "documents/s", "vs bare"):
        table.add_column(column)
    bare = statistics.median(next(iter(times.values())))
    for name, runs in times.items():
        median = statistics.median(runs)
        table.add_row(name, f"{median:.1f}", f"{facts / median:,.0f}", f"{count / median:,.0f}",
                      f"{median / bare:.2f}x")  # fmt: skip
    console = Console()
    console.print(table)
    console.print(
        f"one document of {large_chars:,} characters: loaded in {large_load:.2f} s, "
        f"its text read back in {large_read:.2f} s"
    )


if __name__ == "__main__":
    main()
