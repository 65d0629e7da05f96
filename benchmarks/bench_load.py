"""Load throughput: the batched loader against a naive one-query-per-fact loader.

    CTGRAPH_BENCH_NEO4J_URI=bolt://127.0.0.1:7692 CTGRAPH_BENCH_NEO4J_PASSWORD=... \\
        .venv/bin/python benchmarks/bench_load.py [--facts 100000] [--naive-facts 5000]

WIPES THE GRAPH of the server it is pointed at (never your own). A synthetic set of
`--facts` PARTICIPATED_IN facts in documents of 1,000 facts each is loaded by
`graph.load.load_document` (one transaction and a handful of `UNWIND` queries per document,
plus MENTIONS) and by a naive loader that sends one auto-commit query per fact (MERGE both
endpoints and the relationship, append the evidence). The naive loader is run on the first
`--naive-facts` facts only and its rate extrapolated (at about a millisecond per round trip,
100,000 facts would take minutes); both rates are relationships (facts) per second.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import time
from typing import Any

from neo4j import Driver, GraphDatabase
from rich.console import Console
from rich.table import Table

from graph.facts import Facts, as_facts
from graph.load import apply_schema, load_document

FACTS_PER_DOCUMENT = 1000
COUNTRIES = 60
WARM_UP_DOCUMENTS = 5

NAIVE_QUERY = """
MERGE (s:Entity {id: $source}) SET s:Country, s.name = $source_name, s.iso2 = $iso2
MERGE (t:Entity {id: $target}) SET t:Operation, t.name = $target_name, t.year = $year
MERGE (s)-[r:PARTICIPATED_IN]->(t)
SET r.evidence_doc = coalesce(r.evidence_doc, []) + $doc,
    r.evidence_start = coalesce(r.evidence_start, []) + $start,
    r.evidence_end = coalesce(r.evidence_end, []) + $end,
    r.evidence_text = coalesce(r.evidence_text, []) + $text,
    r.evidence_confidence = coalesce(r.evidence_confidence, []) + $confidence,
    r.confidence = $confidence, r.extractor = 'bench'
"""


def iso2(i: int) -> str:
    """A synthetic two-letter code for country number i."""
    return chr(65 + i // 26) + chr(65 + i % 26)


def synthetic_document(n: int) -> dict[str, Any]:
    """Document n: 200 operations, each with 5 of the 60 countries (1,000 facts)."""
    ops = [f"operation:bench-{n}-{k}" for k in range(FACTS_PER_DOCUMENT // 5)]
    rels, codes = [], set()
    for k, op in enumerate(ops):
        for j in range(5):
            code = iso2((n * 7 + k * 5 + j) % COUNTRIES)
            codes.add(code)
            text = f"Operation {k} of document {n} involved {code}."
            rels.append({"type": "PARTICIPATED_IN", "source": f"country:{code}", "target": op,
                         "confidence": 0.9, "evidence": {"start": k * 50, "end": k * 50 + 45, "text": text}})  # fmt: skip
    entities = [{"id": f"country:{c}", "label": "Country", "name": c, "properties": {"iso2": c},
                 "mentions": [{"start": 0, "end": 2}]} for c in sorted(codes)]  # fmt: skip
    entities += [{"id": op, "label": "Operation", "name": op.upper(), "properties": {"year": 2000 + n % 20},
                  "mentions": [{"start": 5, "end": 9}]} for op in ops]  # fmt: skip
    sha = hashlib.sha256(str(n).encode()).hexdigest()
    return {
        "document": {"id": f"bench-{n}", "sha256": sha},
        "entities": entities,
        "relations": rels,
    }


def wipe(driver: Driver) -> None:
    """Empty the graph in batches, relationships first: a country holds thousands of them,
    more than one transaction's memory pool of a small server allows to detach at once."""
    with driver.session() as session:
        for query in (
            "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS",
            "MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 5000 ROWS",
        ):
            session.run(query).consume()


def relationship_count(driver: Driver, rel_type: str) -> int:
    """How many relationships of one type the graph holds."""
    records, _, _ = driver.execute_query(
        "MATCH ()-[r]->() WHERE type(r) = $t RETURN count(r) AS n", t=rel_type
    )
    return int(records[0]["n"])


def warm_up(driver: Driver, documents: list[Facts]) -> None:
    """Run both loaders on a few documents first, then wipe: Neo4j plans (and replans, while
    the statistics of a fresh graph change fast) and the JVM compiles during the first seconds,
    which would otherwise count against whichever loader runs first."""
    started = time.perf_counter()
    run_batched(driver, documents[:WARM_UP_DOCUMENTS])
    run_naive(driver, documents, 300)
    wipe(driver)
    print(f"warm-up: {time.perf_counter() - started:.1f} s (not counted)", flush=True)


def run_batched(driver: Driver, documents: list[Facts]) -> float:
    """Seconds to load every document with the real loader."""
    started = time.perf_counter()
    for facts in documents:
        load_document(driver, facts)
    return time.perf_counter() - started


def run_naive(driver: Driver, documents: list[Facts], limit: int) -> tuple[int, float]:
    """Facts loaded one auto-commit query each, up to `limit`; (facts, seconds)."""
    done, started = 0, time.perf_counter()
    with driver.session() as session:
        for facts in documents:
            years = {e.id: e.properties.get("year") for e in facts.entities}
            for rel in facts.relations:
                if done >= limit:
                    return done, time.perf_counter() - started
                session.run(NAIVE_QUERY, source=rel.source, source_name=rel.source[-2:],
                            iso2=rel.source[-2:], target=rel.target, target_name=rel.target,
                            year=years[rel.target], doc=facts.document.id,
                            start=rel.evidence.start, end=rel.evidence.end,
                            text=rel.evidence.text, confidence=rel.confidence).consume()  # fmt: skip
                done += 1
    return done, time.perf_counter() - started


def main() -> None:
    """Run both loaders on the same synthetic set and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--naive-facts", type=int, default=5_000)
    args = parser.parse_args()
    uri = os.environ["CTGRAPH_BENCH_NEO4J_URI"]
    auth = ("neo4j", os.environ["CTGRAPH_BENCH_NEO4J_PASSWORD"])
    documents = [as_facts(synthetic_document(n)) for n in range(args.facts // FACTS_PER_DOCUMENT)]
    total = sum(len(d.relations) for d in documents)
    with GraphDatabase.driver(uri, auth=auth) as driver:
        wipe(driver)
        apply_schema(driver)
        warm_up(driver, documents)
        batched_seconds = run_batched(driver, documents)
        print(f"batched: {total:,} facts in {batched_seconds:.1f} s", flush=True)
        loaded = relationship_count(driver, "PARTICIPATED_IN")
        assert loaded == total, (loaded, total)
        wipe(driver)
        naive_facts, naive_seconds = run_naive(driver, documents, args.naive_facts)
        print(f"naive: {naive_facts:,} facts in {naive_seconds:.1f} s", flush=True)
        wipe(driver)
    report(total, batched_seconds, naive_facts, naive_seconds)


def report(total: int, batched_seconds: float, naive_facts: int, naive_seconds: float) -> None:
    """The table of rates and the speed-up."""
    batched_rate, naive_rate = total / batched_seconds, naive_facts / naive_seconds
    table = Table("loader", "facts loaded", "seconds", "relationships/s", "100k facts (s)")
    table.add_row("batched (UNWIND)", f"{total:,}", f"{batched_seconds:.1f}",
                  f"{batched_rate:,.0f}", f"{100_000 / batched_rate:.1f}")  # fmt: skip
    table.add_row("naive (query per fact)", f"{naive_facts:,}", f"{naive_seconds:.1f}",
                  f"{naive_rate:,.0f}", f"{100_000 / naive_rate:.1f} (extrapolated)")  # fmt: skip
    console = Console()
    console.print(table)
    console.print(f"speed-up: {batched_rate / naive_rate:.1f}x (target >= 20x)")


if __name__ == "__main__":
    main()
