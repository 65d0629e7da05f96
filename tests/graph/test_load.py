"""The loader against the real Neo4j: idempotence, updates, removal, shared facts, provenance."""

from __future__ import annotations

from pathlib import Path

import pytest
from graph_builders import counts, document, one, wipe
from neo4j import Driver

from ctgraph.graph.errors import InvalidFacts
from ctgraph.graph.facts import as_facts, read_jsonl
from ctgraph.graph.load import load_document, refresh_co_investigated, remove_document
from ctgraph.ingest import ingest, jsonl_items

pytestmark = pytest.mark.neo4j


@pytest.fixture
def clean(driver: Driver) -> Driver:
    """The driver, with an empty graph."""
    return wipe(driver)


SAMPLE = Path(__file__).parents[1] / "fixtures" / "facts" / "sample.jsonl"
BROKEN = Path(__file__).parents[1] / "fixtures" / "facts" / "broken.jsonl"


def test_ingesting_twice_gives_identical_counts(clean: Driver) -> None:
    first = ingest(clean, jsonl_items([SAMPLE]))
    before = counts(clean)
    second = ingest(clean, jsonl_items([SAMPLE]))
    assert len(first.new) == 2 and len(second.unchanged) == 2 and not second.new
    assert counts(clean) == before
    assert before["Document"] == 2 and before["CO_INVESTIGATED"] > 0


def test_every_entity_is_mentioned_and_relations_carry_provenance(clean: Driver) -> None:
    ingest(clean, jsonl_items([SAMPLE]))
    unmentioned = "MATCH (e:Entity) WHERE NOT ()-[:MENTIONS]->(e) RETURN count(e)"
    assert one(clean, unmentioned) == 0
    bad = """MATCH ()-[r]->() WHERE NOT type(r) IN ['MENTIONS', 'CO_INVESTIGATED']
      AND NOT (size(r.evidence_doc) = size(r.evidence_start) = size(r.evidence_end)
               = size(r.evidence_text) = size(r.evidence_confidence) > 0
               AND r.extractor IS NOT NULL AND r.confidence IS NOT NULL)
      RETURN count(r)"""
    assert one(clean, bad) == 0
    tara = "MATCH (o:Operation {id: 'operation:tara'}) RETURN [o.figure_detained, o.named]"
    assert one(clean, tara) == [52, True]
    unnamed = "MATCH (o:Operation {id: 'operation:be-ro-2016'}) RETURN [o.name, o.named]"
    assert one(clean, unnamed) == ["joint investigation (BE, RO)", False]


def test_changed_document_replaces_its_own_facts(clean: Driver) -> None:
    load_document(clean, as_facts(document("a", {"KANIS": ["MK", "RS"], "DORA": ["AL", "RS"]})))
    changed = document("a", {"KANIS": ["MK", "RS", "RO"]}, version="2")
    assert load_document(clean, as_facts(changed)).status == "updated"
    ops = "MATCH (o:Operation) RETURN collect(o.name)"
    assert one(clean, ops) == ["KANIS"]
    assert one(clean, "MATCH (c:Country {iso2: 'AL'}) RETURN count(c)") == 0
    assert counts(clean)["PARTICIPATED_IN"] == 3
    evidence = "MATCH (:Country {iso2: 'RS'})-[r:PARTICIPATED_IN]->() RETURN r.evidence_doc"
    assert one(clean, evidence) == ["a"]


def test_shared_facts_survive_removal_and_updates(clean: Driver) -> None:
    load_document(clean, as_facts(document("a", {"KANIS": ["MK", "RS"]})))
    load_document(clean, as_facts(document("b", {"KANIS": ["MK", "RS"], "DORA": ["AL", "RS"]})))
    evidence = "MATCH (:Country {iso2: 'MK'})-[r:PARTICIPATED_IN]->() RETURN r.evidence_doc"
    assert sorted(one(clean, evidence)) == ["a", "b"]
    load_document(clean, as_facts(document("b", {"DORA": ["AL", "RS"]}, version="2")))
    assert one(clean, evidence) == ["a"]
    assert remove_document(clean, "a")
    assert one(clean, "MATCH (c:Country {iso2: 'MK'}) RETURN count(c)") == 0
    left = "MATCH (o:Operation) RETURN collect(o.name)"
    assert one(clean, left) == ["DORA"]
    assert counts(clean)["Country"] == 2


def test_removing_every_document_empties_the_graph(clean: Driver) -> None:
    ingest(clean, jsonl_items([SAMPLE]))
    for doc in ("selec-task-force-mirage", "osce-trafficking-migration-routes"):
        assert remove_document(clean, doc)
    refresh_co_investigated(clean)
    assert one(clean, "MATCH (n) RETURN count(n)") == 0
    assert not remove_document(clean, "selec-task-force-mirage")


def test_bad_records_are_reported_by_name_and_the_batch_goes_on(clean: Driver) -> None:
    summary = ingest(clean, jsonl_items([BROKEN, SAMPLE, Path("missing.jsonl")]))
    failed = dict(summary.failed)
    assert set(failed) == {"broken.jsonl:2", "broken.jsonl:3", "missing.jsonl"}
    assert "sha256" in failed["broken.jsonl:3"]
    assert len(summary.new) == 2 and len(summary.unchanged) == 1


def test_invalid_records_name_the_problem() -> None:
    with pytest.raises(InvalidFacts, match="unknown entity"):
        as_facts({**document("a", {}), "relations": [{"type": "ROUTE", "source": "x",
                  "target": "y", "confidence": 1, "evidence": {"start": 0, "end": 1}}]})  # fmt: skip
    assert all(not isinstance(f, Exception) for _, f in read_jsonl(SAMPLE))


def test_ingest_takes_dicts_and_returns_a_summary(clean: Driver) -> None:
    summary = ingest(clean, [("a", as_facts(document("a", {"KANIS": ["MK", "RS"]})))])
    assert summary.new == ["a"] and summary.co_investigated == 1


def test_lost_connection_names_the_document() -> None:
    from neo4j import GraphDatabase

    from ctgraph.graph.errors import ConnectionFailed

    facts = as_facts(document("doc-x", {"KANIS": ["MK", "RS"]}))
    gone = GraphDatabase.driver(
        "bolt://127.0.0.1:9", auth=("neo4j", "x"), max_transaction_retry_time=0
    )
    with gone, pytest.raises(ConnectionFailed, match="went away during loading document 'doc-x'"):
        load_document(gone, facts)
