"""Documents: a list, and one with the entities it mentions and the facts it gives evidence for."""

from __future__ import annotations

from neo4j import Driver

from ctgraph.graph.filters import FIRST_PAGE, NO_FILTERS, Filters, Window
from ctgraph.graph.read import Row, page_params, read, read_one


def list_documents(
    driver: Driver,
    filters: Filters = NO_FILTERS,
    window: Window = FIRST_PAGE,
    *,
    database: str,
    loaded_since: str | None = None,
) -> Row:
    """A page of documents, by title; filters `date_from` and `date_to` (the document's date);
    only those loaded at or after `loaded_since` (ISO date-time) if given."""
    params = page_params("list_documents", filters, window)
    return read(driver, "list_documents", database=database, loaded_since=loaded_since, **params)[0]


def get_document(driver: Driver, document_id: str, *, database: str) -> Row | None:
    """One document, its mentioned entities and its facts (with this document's evidence); or None."""
    row = read_one(driver, "get_document", database=database, id=document_id)
    if row is None:
        return None
    facts = []
    for f in row["facts"]:
        rel = f["rel"]
        props = {k: rel[k] for k in ("role", "crime", "purpose", "kind") if rel.get(k) is not None}
        facts.append(
            {
                "type": f["type"],
                "source": f["source"],
                "target": f["target"],
                "properties": props,
                "confidence": rel.get("confidence"),
                "evidence": f["evidence"],
            }
        )
    return {
        **row["document"],
        "entities": sorted(row["entities"], key=lambda e: (e["label"] or "", e["id"])),
        "facts": facts,
    }


def get_document_text(driver: Driver, document_id: str, *, database: str) -> Row | None:
    """One document's id, title, source and stored text (None when it has none); or None."""
    return read_one(driver, "get_document_text", database=database, id=document_id)


def document_evidence(driver: Driver, document_id: str, *, database: str) -> list[Row]:
    """The evidence spans of one document in text order: offsets, the fact (type, source and
    target names), its confidence and page (None outside a PDF)."""
    return read(driver, "list_document_evidence", database=database, id=document_id)
