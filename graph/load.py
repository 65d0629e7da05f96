"""The loader: one document's facts into Neo4j in one transaction, idempotently, with provenance.

Every write is a batched `UNWIND $rows` query from `cypher/load/`, never a query per row.
A document whose `sha256` is stored already is skipped; a changed one first forgets its own
evidence and mentions, then loads its facts, then prunes what nothing supports any more
(docs/graph-model.md, "Document lifecycle").
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any, Literal

from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import Neo4jError

from graph import rows
from graph.errors import DocumentTooLarge, LoadFailed
from graph.facts import Facts
from graph.queries import driver_errors, load, schema_statements

Status = Literal["new", "unchanged", "updated"]
# Neo4j's answers when a transaction needs more memory than its limit (or the global pool).
MEMORY_LIMIT_CODES = {
    "Neo.ClientError.General.TransactionOutOfMemoryError",
    "Neo.TransientError.General.TransactionOutOfMemoryError",
    "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
}


@dataclass(frozen=True, slots=True)
class Loaded:
    """What loading one document did: its status and how many entities and relations it gave."""

    document: str
    status: Status
    entities: int
    relations: int


def apply_schema(driver: Driver, *, database: str | None = None) -> None:
    """Create the constraints and indexes of `cypher/schema.cypher` unless they exist."""
    with _errors("applying the schema"):
        for statement in schema_statements():
            driver.execute_query(statement, database_=database)


def load_document(driver: Driver, facts: Facts, *, database: str | None = None) -> Loaded:
    """Write one document's facts in one transaction; unchanged documents are left alone."""
    with (
        _errors(f"loading document {facts.document.id!r}"),
        driver.session(database=database) as session,
    ):
        return session.execute_write(_load_within_limit, facts)


def _load_within_limit(tx: ManagedTransaction, facts: Facts) -> Loaded:
    """`_load`, where hitting the memory limit fails at once instead of being retried."""
    with _too_large(facts):
        return _load(tx, facts)


@contextmanager
def _too_large(facts: Facts) -> Iterator[None]:
    """Neo4j's transaction memory limit hit by one document: a `DocumentTooLarge` naming it."""
    try:
        yield
    except Neo4jError as e:
        if e.code not in MEMORY_LIMIT_CODES:
            raise
        raise DocumentTooLarge(
            f"document {facts.document.id!r} is too large to load in one transaction "
            f"({len(facts.entities):,} entities, {len(facts.relations):,} relations): "
            f"Neo4j's transaction memory limit was reached ({e.message}). Split the document, "
            "or raise the limit (CTGRAPH_NEO4J_TRANSACTION_MEMORY)."
        ) from e


def remove_document(driver: Driver, doc_id: str, *, database: str | None = None) -> bool:
    """Delete a document and what only it supported; False when it is not in the graph."""
    with _errors(f"removing document {doc_id!r}"), driver.session(database=database) as session:
        return session.execute_write(_remove, doc_id)


def refresh_co_investigated(driver: Driver, *, database: str | None = None) -> int:
    """Recompute the derived CO_INVESTIGATED relationships; return how many pairs there are."""
    with _errors("refreshing CO_INVESTIGATED"):
        records, _, _ = driver.execute_query(
            load("refresh_co_investigated", folder="load").text, database_=database
        )
    return int(records[0]["pairs"])


def _load(tx: ManagedTransaction, facts: Facts) -> Loaded:
    doc_id = facts.document.id
    locked = _single(tx, "lock_document", doc_id=doc_id)  # a second writer waits here
    stored = None if locked is None or locked["created"] else locked
    entity_rows, relation_rows = rows.entity_rows(facts), rows.relation_rows(facts)
    if stored is not None and stored["sha256"] == facts.document.sha256:
        return Loaded(doc_id, "unchanged", len(entity_rows), len(relation_rows))
    previous = _forget(tx, doc_id) if stored is not None else []
    _run(tx, "merge_document", doc_id=doc_id, props=rows.document_props(facts))
    _run(tx, "merge_entities", rows=entity_rows)
    _run(tx, "merge_mentions", doc_id=doc_id, rows=rows.mention_rows(facts))
    _run(tx, "merge_relations", rows=relation_rows)
    _run(tx, "prune_entities", ids=previous)
    status: Status = "new" if stored is None else "updated"
    return Loaded(doc_id, status, len(entity_rows), len(relation_rows))


def _remove(tx: ManagedTransaction, doc_id: str) -> bool:
    if _single(tx, "find_document", doc_id=doc_id) is None:
        return False
    _run(tx, "prune_entities", ids=_forget(tx, doc_id))
    _run(tx, "delete_document", doc_id=doc_id)
    return True


def _forget(tx: ManagedTransaction, doc_id: str) -> list[str]:
    """Drop the document's evidence and MENTIONS; return the ids of the entities it mentioned."""
    _run(tx, "forget_evidence", doc_id=doc_id)
    found = _single(tx, "forget_mentions", doc_id=doc_id)
    return list(found["ids"]) if found else []


def _run(tx: ManagedTransaction, name: str, **params: Any) -> None:
    query = load(name, folder="load")
    tx.run(query.text, query.bind(params)).consume()


def _single(tx: ManagedTransaction, name: str, **params: Any) -> dict[str, Any] | None:
    query = load(name, folder="load")
    record = tx.run(query.text, query.bind(params)).single()
    return record.data() if record is not None else None


def _errors(doing: str) -> AbstractContextManager[None]:
    """Driver errors while `doing`, as `graph` errors; a failure of the document is `LoadFailed`."""
    return driver_errors(doing, failure=LoadFailed)
