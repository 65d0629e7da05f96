"""Load throughput: the batched loader against the per-document and the naive loaders, and the
write path's costs on a large graph (a fact with 10,000 documents, one more document).

    CTGRAPH_BENCH_NEO4J_URI=bolt://127.0.0.1:7705 CTGRAPH_BENCH_NEO4J_PASSWORD=... \\
        .venv/bin/python benchmarks/bench_load.py [--facts 100000] [--facts-per-document 10] \\
        [--countries-per-operation 5] [--quick] [--profile]

WIPES THE GRAPH of the server it is pointed at (never your own). A synthetic set of `--facts`
PARTICIPATED_IN facts in small documents (`--facts-per-document`, two countries' worth of
operations each) is loaded by the real ingest service (`ctgraph.ingest.ingest`: many documents
per transaction, CO_INVESTIGATED kept up to date incrementally). Measured in the same run:
- the server's own speed: the same participations written by a bare `UNWIND $rows MERGE (c)
  MERGE (o) MERGE (c)-[:PARTICIPATED_IN]->(o)`, 10,000 rows per query, into the wiped graph
  (no evidence, provenance or pairs), and the batched loader's ratio to it;
- the same content as the loader stores (documents, entities, MENTIONS with their provenance
  lists, facts with their evidence) written by bare queries, one per kind per 10,000 facts
  (`BARE_CONTENT`: no locks, pairs or corrections): what any loader of this model costs at least;
- the per-document loader (`graph.load.load_document`, one transaction per document, as before
  batching) on the first `--per-document-facts` facts, its rate extrapolated;
- a naive loader (one auto-commit query per fact) on the first `--naive-facts` facts;
- on the large graph: one more document (what `POST /documents` writes after extraction), and
  the cost per document of a fact that 10,000 documents support against a fresh fact's;
- the bulk first load (`ctgraph.bulk.bulk_load`: the import files written, `neo4j-admin
  database import full`, the server restarted, the schema applied and its indexes populated),
  end to end, when the URI is ctgraph's own server, described by the same settings as
  `ctgraph neo4j start` (`CTGRAPH_NEO4J_HOME`, `CTGRAPH_NEO4J_BOLT_PORT`, ...).
Rates are relationships (facts) per second. `--quick` runs only the two bare baselines and the
batched loader; `--profile` times each query of the batched load (by its `cypher/load/` name), the rows'
building, each whole transaction (commit included) and the end-of-run pair refresh;
`--countries-per-operation 3 --facts-per-document 9 --facts 300000` is issue 23's set (100,000
operations, 300,000 participations), for a server started with `CTGRAPH_NEO4J_HEAP=1g`.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import itertools
import os
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from neo4j import Driver, GraphDatabase
from rich.console import Console
from rich.table import Table

import ctgraph.ingest as ingest_module
from ctgraph.bulk import bulk_load
from ctgraph.database import open_driver, server_config, uses_local_server
from ctgraph.graph import load as graph_load
from ctgraph.graph import rows as graph_rows
from ctgraph.graph.facts import Facts, as_facts
from ctgraph.graph.load import apply_schema, load_document
from ctgraph.ingest import ingest
from ctgraph.server import local as server
from ctgraph.settings import Settings, get_settings

COUNTRIES = 60
COUNTRIES_PER_OPERATION = 5
FACTS_PER_DOCUMENT = 10
# The baseline: the same participations written by one bare MERGE query per this many rows.
BARE_ROWS = 10_000
WARM_UP_DOCUMENTS = 50
HOT_DOCUMENTS = 10_000
PROBE_DOCUMENTS = 100

BARE_MERGE = """
UNWIND $rows AS row
MERGE (c:Entity {id: row.source})
MERGE (o:Entity {id: row.target})
MERGE (c)-[:PARTICIPATED_IN]->(o)
"""

# The second baseline: the same content the loader stores (documents, entities with their
# properties, MENTIONS with offsets and provenance lists, facts with their evidence), written by
# the bare queries below, one per kind per `BARE_ROWS` facts: no locks, no pair upkeep, no
# corrections, no re-load logic; a fact met in two chunks keeps the later chunk's evidence only.
# A floor for any loader that stores evidence and provenance on this model.
BARE_CONTENT = (
    """
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
SET e:$(row.label), e += row.props, e.name = row.name, e.aliases = row.aliases
""",
    """
UNWIND $documents AS row
CREATE (d:Document {id: row.id, loaded_at: datetime()})
SET d += row.props
WITH d, row
UNWIND row.mentions AS mention
MATCH (e:Entity {id: mention.id})
CREATE (d)-[:MENTIONS {
  count: size(mention.starts), starts: mention.starts, ends: mention.ends,
  fact_type: mention.fact_type, fact_target: mention.fact_target,
  fact_start: mention.fact_start, fact_end: mention.fact_end,
  fact_text: mention.fact_text, fact_confidence: mention.fact_confidence,
  fact_page: mention.fact_page
}]->(e)
""",
    """
UNWIND $relations AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:$(row.type)]->(t)
SET r.extractor = row.extractor, r.evidence_count = row.documents, r.confidence = row.confidence,
    r.evidence_doc = row.evidence_doc, r.evidence_start = row.evidence_start,
    r.evidence_end = row.evidence_end, r.evidence_text = row.evidence_text,
    r.evidence_confidence = row.evidence_confidence, r.evidence_page = row.evidence_page
""",
)

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


def synthetic_document(
    n: int,
    facts: int = FACTS_PER_DOCUMENT,
    prefix: str = "bench",
    per_operation: int = COUNTRIES_PER_OPERATION,
) -> dict[str, Any]:
    """Document n: `facts // per_operation` operations of its own, each with `per_operation` of
    the 60 countries."""
    ops = [f"operation:{prefix}-{n}-{k}" for k in range(max(1, facts // per_operation))]
    rels, codes = [], set()
    for k, op in enumerate(ops):
        for j in range(per_operation):
            code = iso2((n * 7 + k * 5 + j) % COUNTRIES)
            codes.add(code)
            text = f"Operation {k} of document {n} involved {code}."
            rels.append({"type": "PARTICIPATED_IN", "source": f"country:{code}", "target": op,
                         "confidence": 0.9, "evidence": {"start": k * 50, "end": k * 50 + 45, "text": text}})  # fmt: skip
    entities = [{"id": f"country:{c}", "label": "Country", "name": c, "properties": {"iso2": c},
                 "mentions": [{"start": 0, "end": 2}]} for c in sorted(codes)]  # fmt: skip
    entities += [{"id": op, "label": "Operation", "name": op.upper(), "properties": {"year": 2000 + n % 20},
                  "mentions": [{"start": 5, "end": 9}]} for op in ops]  # fmt: skip
    return _record(f"{prefix}-{n}", entities, rels)


def hot_document(n: int) -> dict[str, Any]:
    """Document n of many that all support the same fact: AA took part in operation HOT."""
    entities = [{"id": "country:AA", "label": "Country", "name": "AA", "properties": {"iso2": "AA"},
                 "mentions": [{"start": 0, "end": 2}]},
                {"id": "operation:hot", "label": "Operation", "name": "HOT",
                 "properties": {"year": 2020}, "mentions": [{"start": 5, "end": 8}]}]  # fmt: skip
    rels = [{"type": "PARTICIPATED_IN", "source": "country:AA", "target": "operation:hot",
             "confidence": 0.5 + (n % 50) / 100, "evidence": {"start": 0, "end": 20,
             "text": f"Document {n}: AA took part in HOT."}}]  # fmt: skip
    return _record(f"hot-{n}", entities, rels)


def _record(doc_id: str, entities: list[Any], relations: list[Any]) -> dict[str, Any]:
    sha = hashlib.sha256(doc_id.encode()).hexdigest()
    return {"document": {"id": doc_id, "sha256": sha}, "entities": entities, "relations": relations}


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


def run_batched(driver: Driver, documents: list[Facts]) -> float:
    """Seconds to load every document with the ingest service (batched transactions)."""
    started = time.perf_counter()
    summary = ingest(driver, [(f.document.id, f) for f in documents])
    assert not summary.failed, summary.failed[:3]
    return time.perf_counter() - started


def run_bare(driver: Driver, documents: list[Facts]) -> float:
    """Seconds to write the same participations with the bare MERGE, `BARE_ROWS` per query
    (the server's own speed for these facts: no evidence, provenance or pairs)."""
    rows = [{"source": r.source, "target": r.target} for f in documents for r in f.relations]
    started = time.perf_counter()
    with driver.session() as session:
        for start in range(0, len(rows), BARE_ROWS):
            session.run(BARE_MERGE, rows=rows[start : start + BARE_ROWS]).consume()
    return time.perf_counter() - started


def run_bare_content(driver: Driver, documents: list[Facts], size: int) -> float:
    """Seconds to write the same content as the loader with `BARE_CONTENT`, `BARE_ROWS` facts
    (`BARE_ROWS // size` documents) per query, each query its own transaction."""
    per_chunk = max(1, BARE_ROWS // size)
    chunks = [documents[i : i + per_chunk] for i in range(0, len(documents), per_chunk)]
    params = [
        {
            "entities": graph_rows.batch_entity_rows(chunk),
            "documents": [graph_rows.document_row(f) for f in chunk],
            "relations": graph_rows.batch_relation_rows(chunk),
        }
        for chunk in chunks
    ]  # built before the clock starts: only the server's work is timed
    return timed_queries(driver, BARE_CONTENT, params)


def timed_queries(driver: Driver, queries: Sequence[str], params: list[dict[str, Any]]) -> float:
    """Seconds to run every query on every parameter map, each run its own transaction."""
    started = time.perf_counter()
    with driver.session() as session:
        for param in params:
            for query in queries:
                session.run(query, param).consume()
    return time.perf_counter() - started


def run_per_document(driver: Driver, documents: list[Facts]) -> float:
    """Seconds to load the documents one transaction each."""
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


def per_document_ms(driver: Driver, documents: list[Facts]) -> float:
    """Median milliseconds of loading each document in its own transaction."""
    times = []
    for facts in documents:
        started = time.perf_counter()
        load_document(driver, facts)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def large_graph_costs(driver: Driver, facts_per_document: int) -> dict[str, float]:
    """On the loaded graph: one more document; a fresh fact's document against the 10,001st."""
    costs = {
        "one more document (ms)": per_document_ms(
            driver,
            [as_facts(synthetic_document(n, facts_per_document, "extra")) for n in range(20)],
        )
    }
    hot = [as_facts(hot_document(n)) for n in range(HOT_DOCUMENTS + PROBE_DOCUMENTS)]
    costs["a fact's first documents (ms)"] = per_document_ms(driver, hot[:PROBE_DOCUMENTS])
    ingest(driver, [(f.document.id, f) for f in hot[PROBE_DOCUMENTS:HOT_DOCUMENTS]])
    costs["its 10,001st+ documents (ms)"] = per_document_ms(driver, hot[HOT_DOCUMENTS:])
    return costs


def main() -> None:
    """Run the loaders on the same synthetic set and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--facts-per-document", type=int, default=FACTS_PER_DOCUMENT)
    parser.add_argument("--countries-per-operation", type=int, default=COUNTRIES_PER_OPERATION)
    parser.add_argument("--per-document-facts", type=int, default=5_000)
    parser.add_argument("--naive-facts", type=int, default=2_000)
    parser.add_argument(
        "--bulk-only", action="store_true", help="only the bulk load (e.g. at a larger --facts)"
    )
    parser.add_argument(
        "--quick", action="store_true", help="only the batched loader and the bare MERGE"
    )
    parser.add_argument(
        "--profile", action="store_true", help="time each query of the batched load"
    )
    args = parser.parse_args()
    uri = os.environ["CTGRAPH_BENCH_NEO4J_URI"]
    auth = ("neo4j", os.environ["CTGRAPH_BENCH_NEO4J_PASSWORD"])
    size, per_op = args.facts_per_document, args.countries_per_operation
    documents = [
        as_facts(synthetic_document(n, size, per_operation=per_op))
        for n in range(args.facts // size)
    ]
    # The synthetic set is built before any clock starts and stays in memory, which an ingest
    # (streaming its files) never holds: frozen, the collector does not rescan it at every full
    # collection the loader's row building triggers (a quarter of the batched time otherwise).
    gc.freeze()
    total = sum(len(d.relations) for d in documents)
    operations = sum(1 for d in documents for e in d.entities if e.label == "Operation")
    print(f"{total:,} participations of {operations:,} operations", flush=True)
    per_doc_docs = documents[: max(1, args.per_document_facts // size)]
    rates: dict[str, tuple[int, float]] = {}
    if args.bulk_only:
        measure_bulk(uri, auth, documents, total, rates)
        report(rates, {})
        return
    costs: dict[str, float] = {}
    with GraphDatabase.driver(uri, auth=auth, notifications_min_severity="OFF") as driver:
        wipe(driver)
        apply_schema(driver)
        warm_up(driver, documents)
        rates[BARE] = (total, run_bare(driver, documents))
        assert relationship_count(driver, "PARTICIPATED_IN") == total
        wipe(driver)
        rates[BARE_SAME] = (total, run_bare_content(driver, documents, size))
        assert relationship_count(driver, "PARTICIPATED_IN") == total
        wipe(driver)
        if not args.quick:
            rates["naive (query per fact)"] = run_naive(driver, documents, args.naive_facts)
            wipe(driver)
            rates["per document (transaction each)"] = (
                sum(len(d.relations) for d in per_doc_docs),
                run_per_document(driver, per_doc_docs),
            )
            wipe(driver)
        with profiled(enabled=args.profile) as timings:
            rates[BATCHED] = (total, run_batched(driver, documents))
        print(f"batched: {total:,} facts in {rates[BATCHED][1]:.1f} s", flush=True)
        assert relationship_count(driver, "PARTICIPATED_IN") == total
        if args.profile:
            report_profile(timings, rates[BATCHED][1])
        if not args.quick:
            costs = large_graph_costs(driver, size)
    if not args.quick:
        measure_bulk(uri, auth, documents, total, rates)
    report(rates, costs)


BARE = "bare MERGE (the server's own speed)"
BARE_SAME = "bare, same content (documents, mentions, evidence; no pairs)"
BATCHED = "batched (ingest)"


@contextmanager
def profiled(*, enabled: bool) -> Iterator[dict[str, list[float]]]:
    """While enabled, the seconds of each query the loader runs (by file name), of the rows'
    building and of the corrections' step, gathered in the dictionary yielded."""
    timings: dict[str, list[float]] = {}
    if not enabled:
        yield timings
        return

    def timed(name: str, call: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return call(*args, **kwargs)
            finally:
                key = args[1] if name == "query" else name
                timings.setdefault(key, []).append(time.perf_counter() - started)

        return run

    patched = {
        (graph_load, "_run"): timed("query", graph_load._run),
        (graph_load, "_records"): timed("query", graph_load._records),
        (graph_load.corrections_apply, "apply_after_load"): timed(
            "corrections (apply_after_load)", graph_load.corrections_apply.apply_after_load
        ),
        (graph_load, "_load_part"): timed("(each transaction, whole)", graph_load._load_part),
        (ingest_module, "refresh_stale_pairs"): timed(
            "(refresh_stale_pairs, whole)", ingest_module.refresh_stale_pairs
        ),
        (graph_load.rows, "batch_entity_rows"): timed(
            "rows: entities (Python)", graph_load.rows.batch_entity_rows
        ),
        (graph_load.rows, "batch_relation_rows"): timed(
            "rows: relations (Python)", graph_load.rows.batch_relation_rows
        ),
    }
    originals = {key: getattr(*key) for key in patched}
    for (module, name), replacement in patched.items():
        setattr(module, name, replacement)
    try:
        yield timings
    finally:
        for (module, name), original in originals.items():
            setattr(module, name, original)


def report_profile(timings: dict[str, list[float]], seconds: float) -> None:
    """Where the batched load's time went: per query, its calls, seconds and share."""
    table = Table("batched load: step", "calls", "seconds", "share")
    for name, spent in sorted(timings.items(), key=lambda item: -sum(item[1])):
        share = sum(spent) / seconds
        table.add_row(name, f"{len(spent):,}", f"{sum(spent):.2f}", f"{share:.0%}")
    Console().print(table)


def measure_bulk(
    uri: str,
    auth: tuple[str, str],
    documents: list[Facts],
    total: int,
    rates: dict[str, tuple[int, float]],
) -> None:
    """The bulk first load's row, into the wiped graph of a freshly restarted server (as a first
    load finds it: the stop does not flush the wipe's writes); skipped unless the URI is
    ctgraph's own server."""
    settings = bulk_settings(uri)
    if settings is None:
        print("bulk load not measured: the URI is not ctgraph's own server (CTGRAPH_NEO4J_HOME)")
        return
    with GraphDatabase.driver(uri, auth=auth, notifications_min_severity="OFF") as driver:
        wipe(driver)
    server.stop(server_config(settings))
    server.start(server_config(settings))
    rates["bulk (neo4j-admin import)"] = (total, run_bulk(settings, documents))
    with open_driver(settings) as driver:
        assert relationship_count(driver, "PARTICIPATED_IN") == total
        wipe(driver)


def bulk_settings(uri: str) -> Settings | None:
    """The local server's settings when `uri` is its Bolt address and it runs, else None."""
    settings = get_settings()
    config = server_config(settings)
    if not uses_local_server(settings) or config.bolt_uri != uri.replace("localhost", "127.0.0.1"):
        return None
    return settings if server.running_pid(config) is not None else None


def run_bulk(settings: Settings, documents: list[Facts]) -> float:
    """Seconds of a bulk first load of every document, end to end, into the wiped graph."""
    steps: list[tuple[str, float]] = [("starting", time.perf_counter())]
    summary = bulk_load(
        settings,
        [(f.document.id, f) for f in documents],
        on_phase=lambda step: steps.append((step, time.perf_counter())),
    )
    steps.append(("", time.perf_counter()))
    assert not summary.failed, summary.failed[:3]
    for (step, began), (_, ended) in itertools.pairwise(steps):
        print(f"  bulk load: {step}: {ended - began:.1f} s")
    return steps[-1][1] - steps[0][1]


def warm_up(driver: Driver, documents: list[Facts]) -> None:
    """Run the loaders on a few documents first, then wipe: Neo4j plans (and replans, while
    the statistics of a fresh graph change fast) and the JVM compiles during the first seconds,
    which would otherwise count against whichever loader runs first."""
    started = time.perf_counter()
    run_batched(driver, documents[:WARM_UP_DOCUMENTS])
    run_per_document(driver, documents[WARM_UP_DOCUMENTS : 2 * WARM_UP_DOCUMENTS])
    run_naive(driver, documents, 300)
    wipe(driver)
    run_bare(driver, documents[: 4 * WARM_UP_DOCUMENTS])
    wipe(driver)
    print(f"warm-up: {time.perf_counter() - started:.1f} s (not counted)", flush=True)


def report(rates: dict[str, tuple[int, float]], costs: dict[str, float]) -> None:
    """The tables of rates (with the speed-up over each) and of the large graph's costs."""
    first = rates.get(BATCHED) or next(iter(rates.values()))
    batched = first[0] / first[1]
    table = Table("loader", "facts loaded", "seconds", "relationships/s", "batched is")
    for name, (facts, seconds) in rates.items():
        rate = facts / seconds
        table.add_row(
            name, f"{facts:,}", f"{seconds:.1f}", f"{rate:,.0f}", f"{batched / rate:.1f}x"
        )
    console = Console()
    console.print(table)
    if BARE in rates and BATCHED in rates:
        ratio = rates[BARE][1] / rates[BATCHED][1]  # the same facts: the inverse time ratio
        console.print(f"batched loader: {ratio:.2f}x the bare MERGE rate")
    if BARE in rates and BARE_SAME in rates:
        floor = rates[BARE][1] / rates[BARE_SAME][1]
        console.print(f"the same content written bare: {floor:.2f}x the bare MERGE rate")
    if "bulk (neo4j-admin import)" in rates and BATCHED in rates:
        facts, seconds = rates["bulk (neo4j-admin import)"]
        console.print(f"bulk load: {facts / seconds / batched:.1f}x the batched loader")
    if costs:
        costs_table = Table("on the large graph", "median ms")
        for name, ms in costs.items():
            costs_table.add_row(name, f"{ms:.1f}")
        console.print(costs_table)


if __name__ == "__main__":
    main()
