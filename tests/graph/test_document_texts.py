"""Documents' texts and evidence pages through the loader, the replay and the corrections: each
guarantee of the loader holds for them (idempotence, replacement, removal, failure)."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from graph_builders import document, one, wipe
from neo4j import Driver

from ctgraph.graph.errors import InvalidFacts
from ctgraph.graph.facts import as_facts
from ctgraph.graph.load import load_document, remove_document
from ctgraph.graph.replay import replay
from ctgraph.ingest import ingest

pytestmark = pytest.mark.neo4j
TEXT = 'Romania took part in "Northwind".\n\nPage two, with a comma: Serbia too.'


def paged(doc_id: str, text: str | None, pages: dict[str, int], version: str = "1") -> Any:
    """A record of `document` whose text is `text` and whose facts' evidence is on `pages`
    (country code → page)."""
    record = document(doc_id, {"NORTHWIND": sorted(pages)}, version=version)
    record["document"]["text"] = text
    record["document"]["sha256"] = hashlib.sha256(f"{text}{version}".encode()).hexdigest()
    for relation in record["relations"]:
        relation["evidence"]["page"] = pages[relation["source"].removeprefix("country:")]
    return record


def stored_text(driver: Driver, doc_id: str) -> Any:
    found = driver.execute_query("MATCH (d:Document {id: $id}) RETURN d.text AS t", id=doc_id)
    return found.records[0]["t"] if found.records else "no document"


def sample(driver: Driver, iso2: str) -> dict[str, Any]:
    """The evidence sample's documents and pages of iso2's part in NORTHWIND."""
    found = driver.execute_query(
        "MATCH (:Country {iso2: $iso2})-[r:PARTICIPATED_IN]->(:Operation {name: 'NORTHWIND'}) "
        "RETURN r.evidence_doc AS docs, r.evidence_page AS pages",
        iso2=iso2,
    )
    return dict(found.records[0])


@pytest.fixture
def clean(driver: Driver) -> Driver:
    return wipe(driver)


def test_the_text_follows_its_document_through_every_change(clean: Driver) -> None:
    first = as_facts(paged("d1", TEXT, {"RO": 1, "RS": 2}))
    assert load_document(clean, first).status == "new"
    assert stored_text(clean, "d1") == TEXT
    assert load_document(clean, first).status == "unchanged"
    changed = as_facts(paged("d1", TEXT + " More.", {"RO": 1}, version="2"))
    assert load_document(clean, changed).status == "updated"
    assert stored_text(clean, "d1") == TEXT + " More."
    without = as_facts(paged("d1", None, {"RO": 1}, version="3"))
    load_document(clean, without)
    assert stored_text(clean, "d1") is None  # the old text no longer fits the offsets
    load_document(clean, first)
    assert remove_document(clean, "d1")
    assert stored_text(clean, "d1") == "no document"


def test_a_failed_document_leaves_no_text(clean: Driver) -> None:
    bad = paged("bad", TEXT, {"RO": 1})
    bad["relations"][0]["target"] = "operation:nowhere"
    with pytest.raises(InvalidFacts) as refused:
        as_facts(bad)
    good = as_facts(paged("good", TEXT, {"RO": 1}))
    summary = ingest(clean, [("good", good), ("bad", refused.value)])
    assert summary.new == ["good"] and [name for name, _ in summary.failed] == ["bad"]
    assert stored_text(clean, "bad") == "no document"
    assert stored_text(clean, "good") == TEXT


def test_pages_stay_parallel_to_the_evidence_through_updates(clean: Driver) -> None:
    load_document(clean, as_facts(paged("a", TEXT, {"RO": 2, "RS": 1})))
    load_document(clean, as_facts(paged("b", TEXT, {"RO": 3})))
    assert sample(clean, "RO") == {"docs": ["a", "b"], "pages": [2, 3]}
    load_document(clean, as_facts(paged("a", TEXT, {"RS": 1}, version="2")))  # a leaves RO
    assert sample(clean, "RO") == {"docs": ["b"], "pages": [3]}
    load_document(clean, as_facts(paged("a", TEXT, {"RO": 4, "RS": 1}, version="3")))
    assert sample(clean, "RO") == {"docs": ["b", "a"], "pages": [3, 4]}
    # a relationship stored before pages were: its old entries get page 0, the lists stay parallel
    clean.execute_query("MATCH ()-[r:PARTICIPATED_IN]->() REMOVE r.evidence_page")
    load_document(clean, as_facts(paged("c", TEXT, {"RO": 5})))
    assert sample(clean, "RO") == {"docs": ["b", "a", "c"], "pages": [0, 0, 5]}
    mentions = one(
        clean,
        "MATCH (:Document {id: 'a'})-[m:MENTIONS]->(:Country {iso2: 'RO'}) RETURN m.fact_page",
    )
    assert mentions == [4]


def test_the_replay_keeps_texts_and_pages_as_the_loader_does() -> None:
    graph, _ = replay(
        [
            [as_facts(paged("a", TEXT, {"RO": 2})), as_facts(paged("b", TEXT, {"RO": 3}))],
            [as_facts(paged("a", None, {"RS": 1}, version="2"))],
        ]
    )
    assert graph.documents["b"]["text"] == TEXT and "text" not in graph.documents["a"]
    ro = graph.relations[("country:RO", "PARTICIPATED_IN", "operation:northwind")]
    assert (ro["evidence_doc"], ro["evidence_page"]) == (["b"], [3])
    assert graph.mentions["a"]["country:RS"]["fact_page"] == [1]
