"""Relation building on hand-made docs (blank pipeline, no model)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language

from extract.relate import doc_to_records

OPS = ["ctgraph_countries", "ctgraph_operations", "ctgraph_joint_operations", "ctgraph_frames"]


def test_unnamed_operations_are_unique_to_their_document(
    blank: Callable[[list[str]], Language],
) -> None:
    nlp = blank(OPS)
    text = "A joint investigation between Greek and Italian authorities was set up.\n"
    one = doc_to_records(nlp(text), doc_id="first", source="a.txt", sha256="")
    two = doc_to_records(nlp(text), doc_id="second", source="b.txt", sha256="")
    ids_one = {e.id for e in one.by_label("Operation")}
    ids_two = {e.id for e in two.by_label("Operation")}
    assert ids_one and ids_two and not ids_one & ids_two
    targets = {r.target for r in one.relations if r.type == "PARTICIPATED_IN"}
    assert targets == ids_one


def test_named_operation_ids_stay_stable(blank: Callable[[list[str]], Language]) -> None:
    nlp = blank(OPS)
    text = "Operation NORTHWIND brought together Spain and Italy.\n"
    one = doc_to_records(nlp(text), doc_id="first", source="a.txt", sha256="")
    two = doc_to_records(nlp(text), doc_id="second", source="b.txt", sha256="")
    assert [e.id for e in one.by_label("Operation")] == ["operation:northwind"]
    assert [e.id for e in two.by_label("Operation")] == ["operation:northwind"]
