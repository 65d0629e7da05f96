"""From one document's facts to the rows the batched `UNWIND` writes take (docs/graph-model.md).

Values are shaped here, once: nested maps are flattened (`figures.detained` becomes
`figure_detained`), nulls dropped (Neo4j stores none), an unnamed operation gets a readable
name, and a document's several mentions of one relation become one row of parallel lists.
A batch of documents is written by the same queries: its rows carry their document's id, and
a relation several documents of the batch support is one row (`batch_relation_rows`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ctgraph.graph.facts import EntityIn, Facts, Offsets, RelationIn

EXTRACTOR = "ctgraph-extract/0.1"
_SCALARS = (str, int, float, bool)


def document_props(facts: Facts) -> dict[str, Any]:
    """The Document node's properties (id and `loaded_at` are set by the query)."""
    doc = facts.document
    props = {
        "source": doc.source,
        "title": doc.title,
        "sha256": doc.sha256,
        "language": doc.language,
        "date": doc.date,
    }
    return {k: v for k, v in props.items() if v is not None}


def document_row(facts: Facts) -> dict[str, Any]:
    """The document's row of `write_documents`: its id, properties and mention rows."""
    return {
        "id": facts.document.id,
        "props": document_props(facts),
        "mentions": mention_rows(facts),
    }


def document_text_row(facts: Facts) -> dict[str, Any]:
    """The document's row of `write_document_texts`: its id and cleaned text (None: it has none,
    and a stored one is removed, since the offsets no longer point into it)."""
    return {"id": facts.document.id, "text": facts.document.text}


def page(offsets: Offsets) -> int:
    """The evidence's page as stored: from 1 in a paged document, 0 when it has none (a Neo4j
    list cannot hold a null)."""
    return offsets.page or 0


def entity_rows(facts: Facts) -> list[dict[str, Any]]:
    """One row per entity: id, label, name, aliases and flattened properties."""
    return [
        {
            "id": e.id,
            "label": e.label,
            "name": e.name or _fallback_name(e, facts),
            "aliases": sorted({a for a in e.aliases if a}),
            "props": _entity_props(e),
        }
        for e in facts.entities
    ]


def mention_rows(facts: Facts) -> list[dict[str, Any]]:
    """One row per entity (even one without mentions): the offsets of its mentions, and the
    document's evidence of every relation the entity is the source of (`fact_*` lists)."""
    doc_id = facts.document.id
    rows: dict[str, dict[str, Any]] = {
        e.id: {
            "doc": doc_id,
            "id": e.id,
            "starts": [m.start for m in e.mentions],
            "ends": [m.end for m in e.mentions],
            "fact_type": [],
            "fact_target": [],
            "fact_start": [],
            "fact_end": [],
            "fact_text": [],
            "fact_confidence": [],
            "fact_page": [],
        }
        for e in facts.entities
    }
    for rel in facts.relations:
        row = rows[rel.source]
        row["fact_type"].append(rel.type)
        row["fact_target"].append(rel.target)
        row["fact_start"].append(rel.evidence.start)
        row["fact_end"].append(rel.evidence.end)
        row["fact_text"].append(rel.evidence.text)
        row["fact_confidence"].append(float(rel.confidence))
        row["fact_page"].append(page(rel.evidence))
    return list(rows.values())


FACT_COLUMNS = ("type", "target", "start", "end", "text", "confidence", "page")


def relation_rows(facts: Facts) -> list[dict[str, Any]]:
    """One row per (source, type, target), its evidence as parallel lists (model's provenance)."""
    rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    default_extractor = facts.extractor or EXTRACTOR
    for rel in facts.relations:
        key = (rel.source, rel.type, rel.target)
        row = rows.get(key) or rows.setdefault(key, _new_relation_row(rel, default_extractor))
        row["props"].update(_flatten(rel.properties))
        row["evidence_doc"].append(facts.document.id)
        row["evidence_start"].append(rel.evidence.start)
        row["evidence_end"].append(rel.evidence.end)
        row["evidence_text"].append(rel.evidence.text)
        row["evidence_confidence"].append(float(rel.confidence))
        row["evidence_page"].append(page(rel.evidence))
    return list(rows.values())


def batch_entity_rows(batch: Sequence[Facts]) -> list[dict[str, Any]]:
    """The entity rows of several documents, one per id: aliases joined, later values win."""
    merged: dict[str, dict[str, Any]] = {}
    for facts in batch:
        for row in entity_rows(facts):
            old = merged.get(row["id"])
            if old is not None:
                row["aliases"] = sorted({*old["aliases"], *row["aliases"]})
                row["props"] = {**old["props"], **row["props"]}
            merged[row["id"]] = row
    return list(merged.values())


def batch_relation_rows(batch: Sequence[Facts]) -> list[dict[str, Any]]:
    """One row per relation over several documents: how many of them support it, the highest
    confidence, and the evidence of each in load order (the query keeps a bounded sample)."""
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for facts in batch:
        for row in relation_rows(facts):
            key = (row["source"], row["type"], row["target"])
            old = merged.get(key)
            confidence = max(row["evidence_confidence"])
            if old is None:
                row["documents"], row["confidence"] = 1, confidence
                merged[key] = row
                continue
            # The later document's properties and extractor win; the evidence accumulates
            # (extended in place: a fact that every document of the batch supports stays linear).
            old["documents"] += 1
            old["confidence"] = max(old["confidence"], confidence)
            old["props"], old["extractor"] = row["props"], row["extractor"]
            for column in EVIDENCE_COLUMNS:
                old[column].extend(row[column])
    return list(merged.values())


EVIDENCE_COLUMNS = tuple(
    f"evidence_{c}" for c in ("doc", "start", "end", "text", "confidence", "page")
)


def _new_relation_row(rel: RelationIn, default_extractor: str) -> dict[str, Any]:
    return {
        "source": rel.source,
        "target": rel.target,
        "type": rel.type,
        "extractor": rel.extractor or default_extractor,
        "props": {},
        "evidence_doc": [],
        "evidence_start": [],
        "evidence_end": [],
        "evidence_text": [],
        "evidence_confidence": [],
        "evidence_page": [],
    }


def _entity_props(entity: EntityIn) -> dict[str, Any]:
    props = _flatten(entity.properties)
    if entity.label == "Operation":
        props["named"] = entity.name is not None
    # Graph model: Place.country and Country.iso2 are alpha-2 codes, upper case.
    for key in ("iso2", "country"):
        if isinstance(props.get(key), str):
            props[key] = props[key].upper()
    return props


def _flatten(properties: dict[str, Any]) -> dict[str, Any]:
    """Neo4j properties: scalars and lists of scalars; `figures: {k: v}` → `figure_k`."""
    flat: dict[str, Any] = {}
    for key, value in properties.items():
        if isinstance(value, dict):
            prefix = "figure" if key == "figures" else key
            flat.update({f"{prefix}_{k}": v for k, v in _flatten(value).items()})
        elif _storable(value):
            flat[key] = value
    return flat


def _storable(value: Any) -> bool:
    """A value Neo4j stores as a property: a scalar or a list of scalars (no nulls, no maps)."""
    if isinstance(value, list):
        return all(isinstance(v, _SCALARS) for v in value)
    return isinstance(value, _SCALARS)


def _fallback_name(entity: EntityIn, facts: Facts) -> str:
    """A readable name for an unnamed entity: e.g. "joint investigation (MD, RO)"."""
    if entity.label != "Operation":
        return entity.id
    iso2 = {e.id: e.properties.get("iso2") for e in facts.entities if e.label == "Country"}
    codes = sorted(
        {
            str(iso2[r.source])
            for r in facts.relations
            if r.type == "PARTICIPATED_IN" and r.target == entity.id and iso2.get(r.source)
        }
    )
    return f"joint investigation ({', '.join(codes)})" if codes else "joint investigation"
