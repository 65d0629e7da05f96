"""Corrections on the real Neo4j: each kind applies at once and survives every way the facts come
back (the same document again, a changed version of it, remove and re-add); a withdrawal takes it
back; a correction whose target is gone is dormant and wakes when it returns."""

from __future__ import annotations

from typing import Any

import pytest
from graph_builders import document, one, wipe
from neo4j import Driver

from ctgraph.graph import corrections_store as store
from ctgraph.graph.corrections import fact_key, new, pair_key, property_key
from ctgraph.graph.corrections_guide import pair_rule
from ctgraph.graph.errors import InvalidCorrection, UnknownCorrection
from ctgraph.graph.facts import as_facts
from ctgraph.graph.load import load_document, refresh_co_investigated, remove_document

pytestmark = pytest.mark.neo4j

DOC = {"KANIS": ["RS", "MK"], "DORA": ["RS", "MK", "AL"]}
MK_KANIS = ("PARTICIPATED_IN", "country:MK", "operation:kanis")


@pytest.fixture
def graph(driver: Driver) -> Driver:
    """Two documents loaded: KANIS (RS, MK), DORA (RS, MK, AL); b repeats KANIS's MK."""
    wipe(driver)
    load_document(driver, as_facts(document("a", DOC)))
    load_document(driver, as_facts(document("b", {"KANIS": ["MK", "RO"]})))
    return driver


def with_org(
    record: dict[str, Any], org: str, op: str, role: str = "coordinated"
) -> dict[str, Any]:
    """The record with an organisation that has a role in an operation."""
    oid = f"organisation:{org.lower()}"
    record["entities"].append({"id": oid, "label": "Organisation", "name": org, "aliases": [],
                               "properties": {}, "mentions": [{"start": 20, "end": 25}]})  # fmt: skip
    text = f"{org} {role} {op}."
    record["relations"].append({"type": "INVOLVED_IN", "source": oid,
                                "target": f"operation:{op.lower()}", "confidence": 0.8,
                                "properties": {"role": role},
                                "evidence": {"start": 0, "end": len(text), "text": text}})  # fmt: skip
    return record


def pair_ops(driver: Driver, a: str, b: str) -> list[str]:
    """The operations stored on the CO_INVESTIGATED pair of two iso2 codes (empty: no pair)."""
    found = driver.execute_query(
        "MATCH (x:Country)-[c:CO_INVESTIGATED]-(y:Country) WHERE x.iso2 = $a AND y.iso2 = $b "
        "RETURN c.operations AS ops",
        {"a": a, "b": b},
    ).records
    return sorted(found[0]["ops"]) if found else []


def has_fact(driver: Driver, rel_type: str, source: str, target: str) -> bool:
    return bool(
        one(
            driver,
            "RETURN EXISTS { MATCH (:Entity {id: $s})-[r]->(:Entity {id: $t}) WHERE type(r) = $type }",
            s=source,
            t=target,
            type=rel_type,
        )
    )


def pairs_agree_with_a_refresh(driver: Driver) -> None:
    """The incrementally kept pairs are those a from-scratch derivation gives."""
    query = "MATCH (a:Country)-[c:CO_INVESTIGATED]->(b:Country) RETURN a.id, b.id, c.operations ORDER BY a.id, b.id"
    kept = [r.values() for r in driver.execute_query(query).records]
    refresh_co_investigated(driver)
    assert [r.values() for r in driver.execute_query(query).records] == kept


def reject(driver: Driver, rel_type: str, source: str, target: str) -> str:
    record = new("reject", author="ana", reason="not in the text", fact_type=rel_type,
                 source=source, target=target)  # fmt: skip
    return store.correct(driver, record).id


def state(driver: Driver, key: str) -> str:
    return [
        item.state
        for item in store.history(driver, key)
        if item.record.action not in ("withdraw", "split")
    ][-1]


def test_a_rejected_participation_leaves_the_graph_and_its_pair(graph: Driver) -> None:
    assert pair_ops(graph, "MK", "RS") == ["operation:dora", "operation:kanis"]
    reject(graph, *MK_KANIS)
    assert not has_fact(graph, *MK_KANIS)
    assert pair_ops(graph, "MK", "RS") == ["operation:dora"]
    assert pair_ops(graph, "MK", "RO") == []
    assert state(graph, fact_key(*MK_KANIS)) == "active"
    pairs_agree_with_a_refresh(graph)
    hidden = store.rejected_facts(graph)
    assert [h["correction"].key for h in hidden] == [fact_key(*MK_KANIS)]
    assert {e["document"] for e in hidden[0]["evidence"]} == {"a", "b"}


def test_a_rejection_survives_reloads_and_comes_back_when_withdrawn(graph: Driver) -> None:
    cid = reject(graph, *MK_KANIS)
    load_document(graph, as_facts(document("a", DOC, version="2")))  # a changed version
    load_document(graph, as_facts(document("a", DOC, version="2")))  # unchanged
    assert not has_fact(graph, *MK_KANIS)
    assert pair_ops(graph, "MK", "RS") == ["operation:dora"]
    store.withdraw(graph, cid, author="ben", reason="it is in the text after all")
    assert has_fact(graph, *MK_KANIS)
    assert one(graph, "MATCH (:Country {iso2: 'MK'})-[r:PARTICIPATED_IN]->(:Operation {name: 'KANIS'}) "
               "RETURN r.evidence_count") == 2  # fmt: skip
    assert pair_ops(graph, "MK", "RS") == ["operation:dora", "operation:kanis"]
    pairs_agree_with_a_refresh(graph)
    history = store.history(graph, fact_key(*MK_KANIS))
    assert [(h.record.action, h.record.author, h.state) for h in history] == [
        ("reject", "ana", "withdrawn"),
        ("withdraw", "ben", "recorded"),
    ]
    with pytest.raises(UnknownCorrection):
        store.withdraw(graph, cid, author="ben")


def test_a_rejection_is_dormant_while_no_document_states_it(graph: Driver) -> None:
    reject(graph, "PARTICIPATED_IN", "country:RO", "operation:kanis")
    remove_document(graph, "b")
    assert state(graph, fact_key("PARTICIPATED_IN", "country:RO", "operation:kanis")) == "dormant"
    load_document(graph, as_facts(document("b", {"KANIS": ["MK", "RO"]})))  # re-added
    assert state(graph, fact_key("PARTICIPATED_IN", "country:RO", "operation:kanis")) == "active"
    assert not has_fact(graph, "PARTICIPATED_IN", "country:RO", "operation:kanis")
    assert pair_ops(graph, "MK", "RO") == []
    pairs_agree_with_a_refresh(graph)


def test_an_asserted_participation_counts_and_survives(graph: Driver) -> None:
    record = new("assert", author="ana", fact_type="PARTICIPATED_IN", source="country:AL",
                 target="operation:kanis", source_document="a", quote="Albania joined KANIS.")  # fmt: skip
    store.correct(graph, record)
    assert pair_ops(graph, "AL", "RS") == ["operation:dora", "operation:kanis"]
    load_document(graph, as_facts(document("a", DOC, version="2")))
    assert one(graph, "MATCH (:Country {iso2: 'AL'})-[r:PARTICIPATED_IN]->(:Operation {name: 'KANIS'}) "
               "RETURN r.asserted_by") == "ana"  # fmt: skip
    assert pair_ops(graph, "AL", "RS") == ["operation:dora", "operation:kanis"]
    pairs_agree_with_a_refresh(graph)
    store.withdraw(graph, record.id, author="ana")
    assert not has_fact(graph, "PARTICIPATED_IN", "country:AL", "operation:kanis")
    assert pair_ops(graph, "AL", "RS") == ["operation:dora"]


def test_a_set_year_overrides_the_extracted_one_until_withdrawn(graph: Driver) -> None:
    record = new("set", author="ana", entity="operation:kanis", property="year", value=2011)
    store.correct(graph, record)
    year = "MATCH (o:Operation {id: 'operation:kanis'}) RETURN o.year"
    assert one(graph, year) == 2011
    load_document(graph, as_facts(document("a", DOC, version="2")))
    assert one(graph, year) == 2011
    years = "MATCH (:Country {iso2: 'MK'})-[c:CO_INVESTIGATED]-(:Country {iso2: 'RS'}) RETURN c.operation_years"
    assert one(graph, years) == [2009, 2011]
    pairs_agree_with_a_refresh(graph)
    store.withdraw(graph, record.id, author="ana")
    assert one(graph, year) == 2009
    assert state(graph, property_key("operation:kanis", "year")) == "withdrawn"


def test_a_rejected_year_is_removed(graph: Driver) -> None:
    store.correct(graph, new("reject", author="ana", entity="operation:dora", property="year"))
    assert one(graph, "MATCH (o:Operation {id: 'operation:dora'}) RETURN o.year") is None


def test_merged_organisations_keep_every_fact_and_alias(driver: Driver) -> None:
    wipe(driver)
    load_document(driver, as_facts(with_org(document("a", DOC), "Europol", "KANIS")))
    load_document(
        driver, as_facts(with_org(document("b", DOC), "EUROPOL Agency", "DORA", "supported"))
    )
    merge = new(
        "merge", author="ana", keep="organisation:europol", other="organisation:europol agency"
    )
    store.correct(driver, merge)
    facts = "MATCH (o:Organisation)-[r:INVOLVED_IN]->(op) RETURN o.id, op.name, r.role, r.evidence_count ORDER BY op.name"
    expected = [
        ["organisation:europol", "DORA", "supported", 1],
        ["organisation:europol", "KANIS", "coordinated", 1],
    ]
    assert [r.values() for r in driver.execute_query(facts).records] == expected
    assert one(driver, "MATCH (o:Organisation) RETURN collect(o.aliases)") == [["EUROPOL Agency"]]
    load_document(
        driver,
        as_facts(with_org(document("b", DOC, version="2"), "EUROPOL Agency", "DORA", "supported")),
    )
    assert [r.values() for r in driver.execute_query(facts).records] == expected
    remove_document(driver, "b")
    assert [r.values() for r in driver.execute_query(facts).records] == expected[1:]
    # A split withdraws the merge; the documents that named the other come back on their next load.
    load_document(
        driver,
        as_facts(with_org(document("b", DOC, version="3"), "EUROPOL Agency", "DORA", "supported")),
    )
    store.correct(
        driver,
        new(
            "split", author="ben", keep="organisation:europol", other="organisation:europol agency"
        ),
    )
    load_document(
        driver,
        as_facts(with_org(document("b", DOC, version="3"), "EUROPOL Agency", "DORA", "supported")),
    )
    assert one(driver, "MATCH (o:Organisation) RETURN count(o)") == 2
    assert (
        state(driver, pair_key("organisation:europol", "organisation:europol agency"))
        == "withdrawn"
    )


def test_merged_operations_make_one_operation_in_the_pairs(graph: Driver) -> None:
    store.correct(graph, new("merge", author="ana", keep="operation:kanis", other="operation:dora"))
    assert pair_ops(graph, "MK", "RS") == ["operation:kanis"]
    assert pair_ops(graph, "AL", "RS") == ["operation:kanis"]
    load_document(graph, as_facts(document("a", DOC, version="2")))
    assert one(graph, "MATCH (o:Operation) RETURN collect(o.id)") == ["operation:kanis"]
    assert pair_ops(graph, "AL", "MK") == ["operation:kanis"]
    pairs_agree_with_a_refresh(graph)


def test_bad_corrections_are_refused_with_a_reason() -> None:
    with pytest.raises(InvalidCorrection, match="not a kind of fact"):
        new("reject", author="ana", fact_type="LIKES", source="a", target="b")
    with pytest.raises(InvalidCorrection, match="evidence"):
        new("assert", author="ana", fact_type="PARTICIPATED_IN", source="a", target="b")
    with pytest.raises(InvalidCorrection, match="year"):
        new("set", author="ana", entity="operation:x", property="year", value="soon")
    with pytest.raises(InvalidCorrection, match="two different"):
        new("merge", author="ana", keep="a", other="a")


def browser(driver: Driver, name: str, **params: Any) -> list[dict[str, Any]]:
    """Run a guide command as Neo4j Browser does: its Cypher with its parameters."""
    from ctgraph.graph.queries import load

    query = load(name, folder="corrections")
    if any(p.name == "refresh" for p in query.params):
        params["refresh"] = pair_rule()
    return [r.data() for r in driver.execute_query(query.text, query.bind(params)).records]


def test_the_browser_guides_commands_write_corrections_the_loader_honours(graph: Driver) -> None:
    browser(graph, "browser_reject_fact", fact_type="PARTICIPATED_IN", source="country:MK",
            target="operation:kanis", author="ana", reason="no")  # fmt: skip
    browser(graph, "browser_assert_fact", fact_type="PARTICIPATED_IN", source="country:AL",
            target="operation:kanis", author="ana", reason="yes", source_document="a",
            quote="Albania joined KANIS.")  # fmt: skip
    browser(graph, "browser_set_property", entity="operation:kanis", values={"year": 2012},
            author="ana", reason="dated")  # fmt: skip
    browser(graph, "browser_merge_entities", keep="operation:kanis", other="operation:dora",
            author="ana", reason="one")  # fmt: skip
    assert not has_fact(graph, *MK_KANIS)
    assert has_fact(graph, "PARTICIPATED_IN", "country:AL", "operation:kanis")
    assert pair_ops(graph, "MK", "RS") == ["operation:dora"]  # at once, from Browser too
    assert pair_ops(graph, "AL", "RS") == ["operation:dora", "operation:kanis"]
    pairs_agree_with_a_refresh(graph)
    shown = browser(graph, "browser_show_corrections", entity="operation:kanis")
    assert {row["link"][1] for row in shown} == {"REJECTED", "ASSERTED"}
    store.apply_all(graph)  # the merge, and the pairs the commands marked
    assert pair_ops(graph, "AL", "RS") == ["operation:kanis"]  # DORA merged into KANIS
    assert pair_ops(graph, "MK", "RS") == []  # MK's part in DORA is now in KANIS: rejected
    load_document(graph, as_facts(document("b", {"KANIS": ["MK", "RO"]}, version="2")))
    assert not has_fact(graph, *MK_KANIS)
    assert one(graph, "MATCH (o:Operation {id: 'operation:kanis'}) RETURN o.year") == 2012
    assert {item.state for item in store.listed(graph)} == {"active"}
    pairs_agree_with_a_refresh(graph)
