"""Fault: corrections and ingests at the same time (threads, each with its own sessions, on the
real Neo4j) leave one consistent graph: every correction in force holds, the CO_INVESTIGATED
pairs are those a from-scratch derivation gives, evidence counts are the documents that state
each fact, and applying every correction again changes nothing."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from graph_builders import document, wipe
from neo4j import Driver

from ctgraph.graph import corrections_store as store
from ctgraph.graph.corrections import Correction, new
from ctgraph.graph.facts import as_facts
from ctgraph.graph.load import load_document, refresh_co_investigated

pytestmark = [pytest.mark.neo4j, pytest.mark.timeout(600)]

COUNTRIES = ["RS", "MK", "AL", "RO", "MD"]
OPS = ["KANIS", "DORA", "MIRAGE", "ARES"]
DOCS = 6
VERSIONS = 4


def doc_ops(n: int) -> dict[str, list[str]]:
    """Document n: two operations, each with three of the countries (overlapping documents)."""
    return {
        OPS[(n + k) % len(OPS)]: [COUNTRIES[(n + k + i) % len(COUNTRIES)] for i in range(3)]
        for k in range(2)
    }


def the_corrections() -> list[Correction]:
    rejects = [
        new("reject", author="t", fact_type="PARTICIPATED_IN", source=f"country:{c}",
            target=f"operation:{op.lower()}")
        for c, op in [("RS", "KANIS"), ("MK", "DORA"), ("AL", "MIRAGE"), ("RO", "ARES")]
    ]  # fmt: skip
    asserts = [
        new("assert", author="t", fact_type="PARTICIPATED_IN", source=f"country:{c}",
            target=f"operation:{op.lower()}", url="https://example.org")
        for c, op in [("MD", "KANIS"), ("RS", "ARES")]
    ]  # fmt: skip
    sets = [new("set", author="t", entity="operation:dora", property="year", value=2015)]
    return rejects + asserts + sets


def fingerprint(driver: Driver) -> list[Any]:
    facts = driver.execute_query(
        "MATCH (s:Entity)-[r]->(t:Entity) WHERE type(r) <> 'CO_INVESTIGATED' "
        "RETURN s.id, type(r), t.id, r.evidence_count, r.asserted_by ORDER BY s.id, type(r), t.id"
    ).records
    pairs = driver.execute_query(
        "MATCH (a)-[c:CO_INVESTIGATED]->(b) RETURN a.id, b.id, c.operations, c.operation_years "
        "ORDER BY a.id, b.id"
    ).records
    years = driver.execute_query("MATCH (o:Operation) RETURN o.id, o.year ORDER BY o.id").records
    return [[r.values() for r in facts], [r.values() for r in pairs], [r.values() for r in years]]


def test_corrections_and_ingests_in_parallel_give_one_consistent_graph(driver: Driver) -> None:
    wipe(driver)
    for n in range(DOCS):
        load_document(driver, as_facts(document(f"d{n}", doc_ops(n))))
    records = the_corrections()
    withdrawn = records[0]  # made, then withdrawn while loads run
    loads = [
        (f"d{n}", v) for v in range(2, VERSIONS + 1) for n in range(DOCS)
    ]  # every document reloaded, changed, three times

    def load(job: tuple[str, int]) -> None:
        doc_id, version = job
        load_document(
            driver, as_facts(document(doc_id, doc_ops(int(doc_id[1:])), version=str(version)))
        )

    def correct(record: Correction) -> None:
        store.correct(driver, record)
        if record is withdrawn:
            store.withdraw(driver, record.id, author="t")

    with ThreadPoolExecutor(max_workers=6) as pool:
        jobs = [pool.submit(load, job) for job in loads[: len(loads) // 2]]
        jobs += [pool.submit(correct, record) for record in records]
        jobs += [pool.submit(load, job) for job in loads[len(loads) // 2 :]]
        for job in jobs:
            job.result()

    in_force = [r for r in records if r is not withdrawn]
    for r in in_force:
        exists = driver.execute_query(
            "RETURN EXISTS { MATCH (:Entity {id: $s})-[r]->(:Entity {id: $t}) WHERE type(r) = $type }",
            {"s": r.source or "", "t": r.target or "", "type": r.fact_type or ""},
        ).records[0][0]
        if r.action == "reject":
            assert not exists, r.key
        if r.action == "assert":
            assert exists, r.key
    assert (
        driver.execute_query("MATCH (o:Operation {id: 'operation:dora'}) RETURN o.year").records[0][
            0
        ]
        == 2015
    )
    assert driver.execute_query(  # the withdrawn rejection: the fact is back
        "RETURN EXISTS { (:Entity {id: 'country:RS'})-[:PARTICIPATED_IN]->(:Entity {id: 'operation:kanis'}) }"
    ).records[0][0]
    miscounted = driver.execute_query(
        "MATCH (s)-[r:PARTICIPATED_IN]->(t) WHERE r.correction IS NULL "
        "WITH r, COUNT { MATCH (d:Document)-[m:MENTIONS]->(s) "
        "  WHERE any(i IN range(0, size(m.fact_type) - 1) WHERE m.fact_type[i] = type(r) "
        "            AND m.fact_target[i] = t.id) } AS stated "
        "WHERE r.evidence_count <> stated RETURN count(r)"
    ).records[0][0]
    assert miscounted == 0
    before = fingerprint(driver)
    refresh_co_investigated(driver)
    assert fingerprint(driver) == before  # the pairs are what a full derivation gives
    store.apply_all(driver)
    assert fingerprint(driver) == before  # nothing was left unapplied
