"""The write path at scale: incremental CO_INVESTIGATED, capped evidence samples, batches."""

from __future__ import annotations

import pytest
from graph_builders import document, one, wipe
from neo4j import Driver

from ctgraph.graph.facts import as_facts
from ctgraph.graph.load import (
    EVIDENCE_SAMPLE,
    load_document,
    load_documents,
    refresh_co_investigated,
    refresh_stale_pairs,
    remove_document,
)
from ctgraph.graph.read.documents import get_document

pytestmark = pytest.mark.neo4j

PAIRS = """MATCH (a:Country)-[c:CO_INVESTIGATED]->(b:Country)
RETURN a.iso2 AS a, b.iso2 AS b, properties(c) AS props ORDER BY a, b"""
RS_MK = "MATCH (:Country {iso2: 'MK'})-[r:PARTICIPATED_IN]->(:Operation {name: 'KANIS'}) RETURN r"


@pytest.fixture
def clean(driver: Driver) -> Driver:
    """The driver, with an empty graph."""
    return wipe(driver)


def pairs(driver: Driver) -> list[dict[str, object]]:
    return [r.data() for r in driver.execute_query(PAIRS).records]


def test_loads_updates_and_removals_keep_pairs_as_a_full_refresh_gives(clean: Driver) -> None:
    load_document(clean, as_facts(document("a", {"KANIS": ["RS", "MK"], "DORA": ["RS", "AL"]})))
    load_document(clean, as_facts(document("b", {"KANIS": ["RS", "RO"], "TARA": ["MD", "RO"]})))
    load_document(clean, as_facts(document("a", {"KANIS": ["RS", "AL"]}, version="2")))
    remove_document(clean, "b")
    load_document(clean, as_facts(document("c", {"DORA": ["MK", "AL", "RS"]})))
    incremental = pairs(clean)
    assert incremental and [(p["a"], p["b"]) for p in incremental] == [
        ("AL", "MK"),
        ("AL", "RS"),
        ("MK", "RS"),
    ]
    refresh_co_investigated(clean)
    assert pairs(clean) == incremental


def test_a_batch_gives_the_graph_documents_one_by_one_give(clean: Driver) -> None:
    docs = [document(f"d{i}", {"KANIS": ["RS", "MK"], f"OP{i}": ["RS", "AL"]}) for i in range(4)]
    for doc in docs:
        load_document(clean, as_facts(doc))
    one_by_one = pairs(clean), one(clean, RS_MK + ".evidence_count")
    wipe(clean)
    loaded = load_documents(clean, [as_facts(d) for d in docs + docs[:1]])
    assert [x.status for x in loaded] == ["new"] * 4 + ["unchanged"]
    assert (pairs(clean), one(clean, RS_MK + ".evidence_count")) == one_by_one


def test_deferred_pairs_are_marked_then_refreshed_as_a_full_refresh_gives(clean: Driver) -> None:
    load_document(clean, as_facts(document("a", {"KANIS": ["RS", "MK"], "DORA": ["RS", "AL"]})))
    load_document(clean, as_facts(document("b", {"TARA": ["MD", "RO"]})))
    immediate = pairs(clean)
    deferred = [
        document("a", {"KANIS": ["RS", "AL"]}, version="2"),  # MK-RS loses, AL-RS changes
        document("c", {"DORA": ["MK", "AL", "RS"], "OP": ["RS", "MK"]}),  # AL-MK is new
    ]
    load_documents(clean, [as_facts(d) for d in deferred], defer_pairs=True)
    stale = "MATCH ()-[c:CO_INVESTIGATED]->() WHERE c.ctgraph_stale RETURN count(c)"
    assert one(clean, stale) == 2  # the existing pairs that changed; the new one is whole
    assert [p["a"] + p["b"] for p in pairs(clean)] == ["ALMK", "ALRS", "MDRO", "MKRS"]
    assert refresh_stale_pairs(clean) == 2
    assert one(clean, stale) == 0
    refreshed = pairs(clean)
    assert refreshed != immediate
    refresh_co_investigated(clean)
    assert pairs(clean) == refreshed


def test_evidence_is_a_capped_sample_with_a_count_and_refills(clean: Driver) -> None:
    many = EVIDENCE_SAMPLE + 5
    load_documents(clean, [as_facts(document(f"d{i:02}", {"KANIS": ["MK"]})) for i in range(many)])
    rel = one(clean, RS_MK)
    assert rel["evidence_count"] == many and len(rel["evidence_doc"]) == EVIDENCE_SAMPLE
    assert rel["evidence_doc"][0] == "d00"
    beyond = get_document(clean, f"d{many - 1}", database="neo4j")
    assert beyond is not None and [f["evidence"][0]["document"] for f in beyond["facts"]] == [
        f"d{many - 1}"
    ]
    remove_document(clean, "d00")
    rel = one(clean, RS_MK)
    assert rel["evidence_count"] == many - 1 and len(rel["evidence_doc"]) == EVIDENCE_SAMPLE
    assert "d00" not in rel["evidence_doc"] and rel["evidence_doc"][-1] == "d20"
    for i in range(1, many):
        remove_document(clean, f"d{i:02}")
    assert one(clean, "MATCH (n) RETURN count(n)") == 0
