"""The loader's outcome computed in memory (`graph.replay`), on the cases where the order of
loads shows (compared with the real loader on Neo4j in tests/ctgraph/test_bulk.py)."""

from __future__ import annotations

from graph_builders import document

from ctgraph.graph.facts import as_facts
from ctgraph.graph.load import EVIDENCE_SAMPLE
from ctgraph.graph.replay import replay


def test_a_changed_document_leaving_the_sample_refills_it_in_document_id_order() -> None:
    docs = [as_facts(document(f"d{n:02d}", {"KANIS": ["RS", "AL"]})) for n in range(25, 0, -1)]
    changed = as_facts(document("d25", {"KANIS": ["RS"]}, version="2"))
    graph, loaded = replay([docs, [changed, docs[1]]])
    sample = graph.relations[("country:AL", "PARTICIPATED_IN", "operation:kanis")]
    assert sample["evidence_count"] == 24
    assert sample["evidence_doc"] == [f"d{n:02d}" for n in range(1, EVIDENCE_SAMPLE + 1)]
    again = graph.relations[("country:RS", "PARTICIPATED_IN", "operation:kanis")]
    assert (again["evidence_count"], again["evidence_doc"]) == (25, sample["evidence_doc"])
    assert [done.status for done in loaded[-2:]] == ["updated", "unchanged"]
