"""Documents: a list, and one with the entities it mentions and the facts it gives evidence for."""

from __future__ import annotations

from neo4j import Driver

from ctgraph.graph.read import Row, read, read_one


def list_documents(
    driver: Driver, *, database: str, offset: int, limit: int, loaded_since: str | None = None
) -> Row:
    """A page of documents, by title; only those loaded at or after `loaded_since` (ISO) if given."""
    return read(
        driver,
        "list_documents",
        database=database,
        loaded_since=loaded_since,
        offset=offset,
        limit=limit,
    )[0]


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
