"""What the server itself costs for the content ctgraph's loader stores: the bare MERGE of the
participations beside bare writes of the same documents, MENTIONS and evidence, in one run.

    CTGRAPH_BENCH_NEO4J_URI=bolt://127.0.0.1:7705 CTGRAPH_BENCH_NEO4J_PASSWORD=... \\
        .venv/bin/python benchmarks/bench_load_floor.py [--facts 100000]

WIPES THE GRAPH of the server it is pointed at (never your own). The synthetic documents of
`bench_load.py` (10 facts each); every variant is bare queries, one per kind per 10,000 facts,
each its own transaction, with no locks, pair upkeep, corrections or re-load logic, the
parameters built before the clock starts:
- bare MERGE: the participations alone (`bench_load.BARE_MERGE`), before and after the others;
- entities with their labels, names and properties (and so their index entries) alone;
- documents and MENTIONS, no properties: the provenance's structure (with the entities);
- structure: entities, documents, MENTIONS and facts, no evidence or provenance values;
- same content, one JSON string per relationship: evidence and provenance as one string each;
- same content as the loader stores (`bench_load.BARE_CONTENT`: parallel lists).
A variant's ratio to the bare MERGE bounds any loader that writes that content on this model.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
from typing import Any

from bench_load import (
    BARE_CONTENT,
    BARE_ROWS,
    run_bare,
    synthetic_document,
    timed_queries,
    wipe,
)
from neo4j import Driver, GraphDatabase
from rich.console import Console
from rich.table import Table

from ctgraph.graph import rows
from ctgraph.graph.facts import Facts, as_facts
from ctgraph.graph.load import apply_schema

FACTS_PER_DOCUMENT = 10
ENTITIES, _, _ = BARE_CONTENT
DOCUMENTS = """
UNWIND $documents AS row
CREATE (d:Document {id: row.id, loaded_at: datetime()})
SET d += row.props
"""
MENTIONS_BARE = """
UNWIND $documents AS row
MATCH (d:Document {id: row.id})
WITH d, row
UNWIND row.mentions AS mention
MATCH (e:Entity {id: mention.id})
CREATE (d)-[:MENTIONS]->(e)
"""
MENTIONS_JSON = """
UNWIND $documents AS row
MATCH (d:Document {id: row.id})
WITH d, row
UNWIND row.mentions AS mention
MATCH (e:Entity {id: mention.id})
CREATE (d)-[:MENTIONS {count: mention.count, provenance: mention.provenance}]->(e)
"""
FACTS_BARE = """
UNWIND $relations AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[:$(row.type)]->(t)
"""
FACTS_JSON = """
UNWIND $relations AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:$(row.type)]->(t)
SET r.confidence = row.confidence, r.evidence = row.evidence
"""
VARIANTS: dict[str, tuple[tuple[str, ...], bool]] = {
    "entities with names and properties (their indexes)": ((ENTITIES,), False),
    "documents and MENTIONS, no properties": ((ENTITIES, DOCUMENTS, MENTIONS_BARE), False),
    "structure: entities, documents, MENTIONS, facts": (
        (ENTITIES, DOCUMENTS, MENTIONS_BARE, FACTS_BARE),
        False,
    ),
    "same content, one JSON string per relationship": (
        (ENTITIES, DOCUMENTS, MENTIONS_JSON, FACTS_JSON),
        True,
    ),
    "same content, parallel lists (as the loader)": (BARE_CONTENT, False),
}


def parameters(documents: list[Facts], *, as_json: bool) -> list[dict[str, Any]]:
    """One parameter map per `BARE_ROWS` facts: entities, documents with mentions, facts."""
    per_chunk = max(1, BARE_ROWS // FACTS_PER_DOCUMENT)
    found = []
    for start in range(0, len(documents), per_chunk):
        chunk = documents[start : start + per_chunk]
        docs = [rows.document_row(f) for f in chunk]
        relations = rows.batch_relation_rows(chunk)
        if as_json:
            for doc in docs:
                doc["mentions"] = [
                    {"id": m["id"], "count": len(m["starts"]),
                     "provenance": json.dumps({k: v for k, v in m.items() if k not in ("id", "doc")})}
                    for m in doc["mentions"]
                ]  # fmt: skip
            relations = [
                {"source": r["source"], "target": r["target"], "type": r["type"],
                 "confidence": r["confidence"],
                 "evidence": json.dumps({k: r[k] for k in rows.EVIDENCE_COLUMNS})}
                for r in relations
            ]  # fmt: skip
        found.append(
            {"entities": rows.batch_entity_rows(chunk), "documents": docs, "relations": relations}
        )
    return found


def run(driver: Driver, queries: tuple[str, ...], params: list[dict[str, Any]]) -> float:
    """Seconds to run every query on every parameter map, into the wiped graph."""
    wipe(driver)
    return timed_queries(driver, queries, params)


def main() -> None:
    """Run the bare MERGE and each variant on the same documents; print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=100_000)
    args = parser.parse_args()
    documents = [
        as_facts(synthetic_document(n, FACTS_PER_DOCUMENT))
        for n in range(args.facts // FACTS_PER_DOCUMENT)
    ]
    gc.freeze()
    uri = os.environ["CTGRAPH_BENCH_NEO4J_URI"]
    auth = ("neo4j", os.environ["CTGRAPH_BENCH_NEO4J_PASSWORD"])
    seconds: dict[str, float] = {}
    with GraphDatabase.driver(uri, auth=auth, notifications_min_severity="OFF") as driver:
        wipe(driver)
        apply_schema(driver)
        run_bare(driver, documents[:1000])  # warm-up
        wipe(driver)
        seconds["bare MERGE (before)"] = run_bare(driver, documents)
        for name, (queries, as_json) in VARIANTS.items():
            seconds[name] = run(driver, queries, parameters(documents, as_json=as_json))
            print(f"{name}: {seconds[name]:.1f} s", flush=True)
        wipe(driver)
        seconds["bare MERGE (after)"] = run_bare(driver, documents)
        wipe(driver)
    bare = (seconds["bare MERGE (before)"] + seconds["bare MERGE (after)"]) / 2
    table = Table("writes (100% bare queries)", "seconds", "facts/s", "× bare MERGE")
    for name, spent in seconds.items():
        table.add_row(name, f"{spent:.1f}", f"{args.facts / spent:,.0f}", f"{bare / spent:.2f}")
    Console().print(table)


if __name__ == "__main__":
    main()
