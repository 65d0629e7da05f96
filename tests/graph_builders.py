"""Tiny builders of spec-shaped extraction records for the graph tests."""

from __future__ import annotations

import hashlib
from typing import Any

from neo4j import Driver

ISO = {"RS": "Serbia", "MK": "North Macedonia", "AL": "Albania", "RO": "Romania", "MD": "Moldova"}


def country(iso2: str) -> dict[str, Any]:
    """A Country entity with one mention."""
    return {"id": f"country:{iso2}", "label": "Country", "name": ISO.get(iso2, iso2),
            "aliases": [], "properties": {"iso2": iso2}, "mentions": [{"start": 0, "end": 5}]}  # fmt: skip


def operation(name: str, *, year: int = 2009, crime: str = "migrant smuggling") -> dict[str, Any]:
    """An Operation entity with one mention."""
    return {"id": f"operation:{name.lower()}", "label": "Operation", "name": name, "aliases": [],
            "properties": {"year": year, "crime": crime, "figures": {"detained": 3}},
            "mentions": [{"start": 10, "end": 14}]}  # fmt: skip


def took_part(iso2: str, op: str, *, sentence: str = "", confidence: float = 0.9) -> dict[str, Any]:
    """A PARTICIPATED_IN relation with its evidence."""
    text = sentence or f"{iso2} took part in {op}."
    return {"type": "PARTICIPATED_IN", "source": f"country:{iso2}",
            "target": f"operation:{op.lower()}", "confidence": confidence,
            "evidence": {"start": 0, "end": len(text), "text": text}}  # fmt: skip


def document(doc_id: str, ops: dict[str, list[str]], *, version: str = "1") -> dict[str, Any]:
    """A record where each operation has the given participating countries."""
    codes = sorted({c for cs in ops.values() for c in cs})
    entities = [country(c) for c in codes] + [operation(op) for op in ops]
    relations = [
        took_part(c, op, sentence=f"{doc_id}: {c} in {op}") for op, cs in ops.items() for c in cs
    ]
    sha = hashlib.sha256(f"{doc_id}/{version}".encode()).hexdigest()
    return {"document": {"id": doc_id, "source": f"{doc_id}.txt", "title": doc_id, "sha256": sha,
                         "language": "en"}, "entities": entities, "relations": relations}  # fmt: skip


def counts(driver: Driver) -> dict[str, int]:
    """Node and relationship counts by label and type (Entity excluded)."""
    nodes = driver.execute_query(
        "MATCH (n) UNWIND labels(n) AS l WITH l WHERE l <> 'Entity' RETURN l, count(*) AS c"
    ).records
    rels = driver.execute_query("MATCH ()-[r]->() RETURN type(r) AS l, count(*) AS c").records
    return {r["l"]: r["c"] for r in [*nodes, *rels]}


def one(driver: Driver, query: str, **params: Any) -> Any:
    """The single value of a single-row query."""
    return driver.execute_query(query, params).records[0][0]


def wipe(driver: Driver) -> Driver:
    """Delete everything; an auto-commit session, which `CALL {} IN TRANSACTIONS` needs
    (`driver.execute_query` runs an explicit transaction, which refuses it)."""
    with driver.session() as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()
    return driver
