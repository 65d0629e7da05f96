"""What corrections cost the loader, and what a correction costs to write.

    CTGRAPH_BENCH_NEO4J_URI=bolt://127.0.0.1:7705 CTGRAPH_BENCH_NEO4J_PASSWORD=... \\
        .venv/bin/python benchmarks/bench_corrections.py [--documents 1000] [--corrections 200]

WIPES THE GRAPH of the server it is pointed at (never your own). Synthetic documents (two
operations each, three countries per operation) are loaded by the real ingest service; then every
document comes again changed (a re-extraction), once with no correction in the graph (the bare
loader) and once with `--corrections` in force (rejected participations, set years, asserted
facts), measured in the same run: the ratio is what applying corrections after every batch
costs. Also: the mean time to write one correction (applied at once, pairs included) and to
apply every correction to the whole graph.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import time
from typing import Any

from neo4j import GraphDatabase

from ctgraph.graph import corrections_store as store
from ctgraph.graph.corrections import Correction, new
from ctgraph.graph.facts import as_facts
from ctgraph.ingest import Item, ingest

COUNTRIES = [f"C{n:02}" for n in range(40)]
OPERATIONS = 300


def record(n: int, version: int) -> dict[str, Any]:
    ops = [f"op{(n * 7 + k * 13) % OPERATIONS}" for k in range(2)]
    entities: list[dict[str, Any]] = []
    relations: list[dict[str, Any]] = []
    for k, op in enumerate(ops):
        entities.append({"id": f"operation:{op}", "label": "Operation", "name": op.upper(),
                         "aliases": [], "properties": {"year": 2010 + n % 10},
                         "mentions": [{"start": 0, "end": 4}]})  # fmt: skip
        for i in range(3):
            c = COUNTRIES[(n + k * 5 + i * 3) % len(COUNTRIES)]
            entities.append({"id": f"country:{c}", "label": "Country", "name": c, "aliases": [],
                             "properties": {"iso2": c}, "mentions": [{"start": 0, "end": 2}]})  # fmt: skip
            text = f"{c} took part in {op} ({version})."
            relations.append({"type": "PARTICIPATED_IN", "source": f"country:{c}",
                              "target": f"operation:{op}", "confidence": 0.9,
                              "evidence": {"start": 0, "end": len(text), "text": text}})  # fmt: skip
    unique = {e["id"]: e for e in entities}
    sha = hashlib.sha256(f"{n}/{version}".encode()).hexdigest()
    return {"document": {"id": f"doc-{n}", "source": f"{n}.txt", "title": str(n), "sha256": sha},
            "entities": list(unique.values()), "relations": relations}  # fmt: skip


def items(documents: int, version: int) -> list[Item]:
    return [(f"doc-{n}", as_facts(record(n, version))) for n in range(documents)]


def corrections(driver: Any, count: int) -> list[Correction]:
    facts = driver.execute_query(
        "MATCH (c:Country)-[:PARTICIPATED_IN]->(o:Operation) RETURN c.id AS c, o.id AS o "
        "ORDER BY o.id, c.id LIMIT $n", {"n": count}
    ).records  # fmt: skip
    made = []
    for i, f in enumerate(facts):
        if i % 4 == 0:
            made.append(new("set", author="bench", entity=f["o"], property="year", value=1999))
        elif i % 4 == 1:
            other = COUNTRIES[(i * 11) % len(COUNTRIES)]
            made.append(new("assert", author="bench", fact_type="PARTICIPATED_IN",
                            source=f"country:{other}", target=f["o"], url="https://example.org"))  # fmt: skip
        else:
            made.append(new("reject", author="bench", fact_type="PARTICIPATED_IN", source=f["c"],
                            target=f["o"]))  # fmt: skip
    return made


def timed(action: Any) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--corrections", type=int, default=200)
    args = parser.parse_args()
    logging.getLogger("neo4j").setLevel(logging.ERROR)  # the server's notices on empty graphs
    uri = os.environ["CTGRAPH_BENCH_NEO4J_URI"]
    auth = ("neo4j", os.environ["CTGRAPH_BENCH_NEO4J_PASSWORD"])
    with GraphDatabase.driver(uri, auth=auth) as driver:
        with driver.session() as session:
            session.run(
                "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
            ).consume()
        ingest(driver, items(args.documents, 1))
        bare = timed(lambda: ingest(driver, items(args.documents, 2)))
        made = corrections(driver, args.corrections)
        write = timed(lambda: [store.correct(driver, c) for c in made]) / len(made)
        corrected = timed(lambda: ingest(driver, items(args.documents, 3)))
        everything = timed(lambda: store.apply_all(driver))
    facts = args.documents * 6
    print(f"re-ingest of {args.documents} changed documents ({facts} facts)")
    print(f"  bare loader (no corrections):      {bare:6.2f} s  {facts / bare:8.0f} facts/s")
    print(f"  with {len(made)} corrections in force:  {corrected:6.2f} s  {facts / corrected:8.0f} facts/s"
          f"  ratio {corrected / bare:.2f}x")  # fmt: skip
    print(f"  one correction written and applied: {write * 1000:6.1f} ms (mean of {len(made)})")
    print(f"  every correction applied to the whole graph: {everything:6.2f} s")


if __name__ == "__main__":
    main()
