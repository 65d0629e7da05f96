"""The loader: documents' facts into Neo4j, a batch per transaction, idempotently, with provenance.

Every write is a batched `UNWIND $rows` query from `cypher/load/`, never a query per row.
A document whose `sha256` is stored already is skipped; a changed one first forgets its own
evidence and mentions, then loads its facts, then prunes what nothing supports any more
(docs/graph-model.md, "Document lifecycle"). The same transaction updates the CO_INVESTIGATED
pairs of the operations it touched, and only those; an ingest run of many batches defers that
(`defer_pairs`): its batches mark the changed pairs stale and `refresh_stale_pairs` recomputes
each once at its end (docs/graph-model.md, "CO_INVESTIGATED"). Transactions are begun and
committed here (`graph.transactions`): one over Neo4j's memory limit is split in halves and
tried again at once, down to one document (docs/loading.md, "Never failing for memory").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any, Literal

from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import Neo4jError

from ctgraph.graph import corrections_apply, pairs, rows, transactions
from ctgraph.graph.errors import DocumentTooLarge, LoadFailed
from ctgraph.graph.facts import Facts
from ctgraph.graph.model import Model
from ctgraph.graph.model_files import schema_text
from ctgraph.graph.queries import driver_errors, load, open_session, schema_statements

Status = Literal["new", "unchanged", "updated"]

# Most evidence entries a relationship keeps as its sample (docs/graph-model.md, "Evidence").
EVIDENCE_SAMPLE = 20
# Pairs updated per query: each rewrites its pair's operation lists, and a query's working
# memory must stay well inside the server's transaction memory pool.
PAIRS_PER_QUERY = 200


# Neo4j's answers when a transaction needs more memory than its limit (or the global pool).
@dataclass(frozen=True, slots=True)
class Loaded:
    """What loading one document did: its status and how many entities and relations it gave."""

    document: str
    status: Status
    entities: int
    relations: int


def apply_schema(
    driver: Driver, *, database: str | None = None, graph_model: Model | None = None
) -> None:
    """Create the constraints and indexes of `cypher/schema.cypher` (or those another graph model
    gives) unless they exist."""
    text = None if graph_model is None else schema_text(graph_model)
    with _errors("applying the schema"):
        for statement in schema_statements(text):
            driver.execute_query(statement, database_=database)


def load_document(driver: Driver, facts: Facts, *, database: str | None = None) -> Loaded:
    """Write one document's facts in one transaction; unchanged documents are left alone."""
    return load_documents(driver, [facts], database=database)[0]


def load_documents(
    driver: Driver,
    batch: Sequence[Facts],
    *,
    database: str | None = None,
    defer_pairs: bool = False,
    on_too_large: Callable[[Facts, DocumentTooLarge], None] | None = None,
) -> list[Loaded]:
    """Write several documents' facts in one transaction (one set of `UNWIND` queries for all:
    fewer round trips and commits); a document id that repeats starts a new transaction.

    Never fails for memory while the documents fit one by one: a transaction that reaches
    Neo4j's transaction memory limit (while its queries run or at commit) is rolled back, and
    its documents are loaded in two halves, each split again if need be, at once (not after the
    driver's back-off). A single document too large alone is `DocumentTooLarge`: handed to
    `on_too_large` while the others load (its `Loaded` is then missing from the result), or
    raised when there is no handler.

    With `defer_pairs`, existing CO_INVESTIGATED pairs the batch changes are only marked stale
    (new pairs are still created whole): the caller then runs `refresh_stale_pairs` once for many
    batches, instead of every batch rewriting the operation lists of every pair it touches."""
    loaded: list[Loaded] = []
    for part in distinct_runs(batch):
        loaded += _load_halving(driver, part, database, defer_pairs, on_too_large)
    return loaded


def _load_halving(
    driver: Driver,
    part: list[Facts],
    database: str | None,
    defer: bool,
    on_too_large: Callable[[Facts, DocumentTooLarge], None] | None,
) -> list[Loaded]:
    """`part` in one transaction, else (over the memory limit) in halves, down to one document."""

    def alone(facts: Facts, error: Exception) -> list[Loaded]:
        if on_too_large is None or not isinstance(error, DocumentTooLarge):
            raise error
        on_too_large(facts, error)
        return []

    return transactions.in_halves(
        part, lambda some: _load_part(driver, some, database, defer), alone
    )


def _load_part(
    driver: Driver, part: list[Facts], database: str | None, defer: bool
) -> list[Loaded]:
    """One transaction for `part` (`transactions.write`: the memory limit is `DocumentTooLarge`
    at once, a passing failure is retried)."""
    ids = [facts.document.id for facts in part]
    doing = f"loading document {ids[0]!r}" + (f" (+{len(ids) - 1} more)" if ids[1:] else "")
    with _errors(doing), _too_large(part):
        return transactions.write(
            driver, lambda tx: _load(tx, part, defer=defer), database=database
        )


@contextmanager
def _too_large(part: list[Facts]) -> Iterator[None]:
    """Neo4j's transaction memory limit hit: a `DocumentTooLarge` naming the document(s)."""
    try:
        yield
    except Neo4jError as e:
        if not transactions.over_memory_limit(e):
            raise
        first = part[0]
        what = (
            f"document {first.document.id!r} is" if len(part) == 1 else f"{len(part)} documents are"
        )
        raise DocumentTooLarge(
            f"{what} too large to load in one transaction ({len(first.entities):,} entities, "
            f"{len(first.relations):,} relations): Neo4j's transaction memory limit was reached "
            f"({e.message}). Split the document, or raise the limit "
            "(CTGRAPH_NEO4J_TRANSACTION_MEMORY)."
        ) from e


def remove_document(driver: Driver, doc_id: str, *, database: str | None = None) -> bool:
    """Delete a document and what only it supported; False when it is not in the graph."""
    with (
        _errors(f"removing document {doc_id!r}"),
        open_session(driver, database=database, write=True) as session,
    ):
        return session.execute_write(_remove, doc_id)


def refresh_co_investigated(driver: Driver, *, database: str | None = None) -> int:
    """Recompute every CO_INVESTIGATED pair from scratch (a repair: loads keep them up to date;
    also what completes a bulk load), a chunk of pairs per transaction so that memory stays
    bounded; return how many pairs there are."""
    with _errors("refreshing CO_INVESTIGATED"):
        _in_chunks(driver, "list_co_investigated_pairs", _refresh, database)
    return co_investigated_pairs(driver, database=database)


def refresh_stale_pairs(driver: Driver, *, database: str | None = None) -> int:
    """Recompute the CO_INVESTIGATED pairs that deferred loads marked stale (`load_documents`
    with `defer_pairs`, also those of a run stopped before its end), a chunk of pairs per
    transaction; return how many were marked."""
    with _errors("refreshing stale CO_INVESTIGATED pairs"):
        return _in_chunks(driver, "list_stale_pairs", _refresh_stale, database)


Chunk = list[dict[str, str]]


def _in_chunks(
    driver: Driver,
    listing: str,
    refresh: Callable[[ManagedTransaction, Chunk], None],
    database: str | None,
) -> int:
    """The pairs {a, b} the `listing` query returns, `refresh`ed a chunk per transaction;
    return how many there were."""
    found, _, _ = driver.execute_query(load(listing, folder="load").text, database_=database)
    every = [{"a": r["a"], "b": r["b"]} for r in found]
    for start in range(0, len(every), PAIRS_PER_QUERY):
        _refresh_halving(driver, refresh, every[start : start + PAIRS_PER_QUERY], database)
    return len(every)


def _refresh_halving(
    driver: Driver,
    refresh: Callable[[ManagedTransaction, Chunk], None],
    chunk: Chunk,
    database: str | None,
) -> None:
    """A chunk of pairs in one transaction, else (over the memory limit) in halves."""

    def attempt(some: Chunk) -> list[None]:
        transactions.write(driver, lambda tx: refresh(tx, some), database=database)
        return []

    def alone(_pair: dict[str, str], error: Exception) -> list[None]:
        raise error

    transactions.in_halves(chunk, attempt, alone)


def _refresh(tx: ManagedTransaction, chunk: Chunk) -> None:
    _run(tx, "refresh_pairs", rows=pairs.by_first_country(chunk))


def _refresh_stale(tx: ManagedTransaction, chunk: Chunk) -> None:
    # Lock (and unmark) first, then read: a batch that changes a pair after this read marks it
    # again, so its own run refreshes it.
    claimed = _records(tx, "claim_stale_pairs", rows=chunk)
    if claimed:
        _run(tx, "refresh_pairs", rows=claimed)


def co_investigated_pairs(driver: Driver, *, database: str | None = None) -> int:
    """How many CO_INVESTIGATED pairs the graph holds."""
    with _errors("counting CO_INVESTIGATED"):
        records, _, _ = driver.execute_query(
            load("count_co_investigated", folder="load").text, database_=database
        )
    return int(records[0]["pairs"])


def _load(tx: ManagedTransaction, batch: Sequence[Facts], *, defer: bool) -> list[Loaded]:
    # The documents' write locks first: a concurrent writer of one of them waits here, then
    # sees it stored (not a check-then-write race).
    locked = _records(tx, "lock_documents", ids=sorted({f.document.id for f in batch}))
    stored = {r["id"]: r["sha256"] for r in locked if not r["created"]}
    todo = [f for f in batch if stored.get(f.document.id) != f.document.sha256]
    changed = [f.document.id for f in todo if f.document.id in stored]
    operations = _touched_operations(tx, todo, changed)
    before = _operations(tx, operations)
    previous = [entity for doc_id in changed for entity in _forget(tx, doc_id)]
    _write(tx, todo)
    if previous:  # only updated documents leave entities to check
        _run(tx, "prune_entities", ids=previous)
    corrections_apply.apply_after_load(tx, sorted({e.id for f in todo for e in f.entities}))
    _update_pairs(tx, before, _operations(tx, operations), defer=defer)
    return [as_loaded(facts, stored) for facts in batch]


def _write(tx: ManagedTransaction, batch: Sequence[Facts]) -> None:
    """The batch's entities, documents with their mentions (and evidence), and relations: those
    with an endpoint the batch created are created without a look-up, the others merged."""
    if not batch:
        return
    created = set(_records(tx, "merge_entities", rows=rows.batch_entity_rows(batch))[0]["created"])
    _run(tx, "write_documents", rows=[rows.document_row(f) for f in batch])
    _run(tx, "write_document_texts", rows=[rows.document_text_row(f) for f in batch])
    new: list[dict[str, Any]] = []
    known: list[dict[str, Any]] = []
    for row in rows.batch_relation_rows(batch):
        (new if row["source"] in created or row["target"] in created else known).append(row)
    if new:
        _run(tx, "create_relations", rows=new, cap=EVIDENCE_SAMPLE)
    if known:
        _run(tx, "merge_relations", rows=known, cap=EVIDENCE_SAMPLE)


def _remove(tx: ManagedTransaction, doc_id: str) -> bool:
    if not _records(tx, "find_documents", ids=[doc_id]):
        return False
    operations = _touched_operations(tx, [], [doc_id])
    before = _operations(tx, operations)
    _run(tx, "prune_entities", ids=_forget(tx, doc_id))
    _run(tx, "delete_document", doc_id=doc_id)
    _update_pairs(tx, before, _operations(tx, operations), defer=False)
    return True


def _forget(tx: ManagedTransaction, doc_id: str) -> list[str]:
    """Drop the document's support and MENTIONS, refill the evidence samples it was part of;
    return the ids of the entities it mentioned."""
    stale = _records(tx, "forget_evidence", doc_id=doc_id)[0]["stale"]
    found = _records(tx, "forget_mentions", doc_id=doc_id)
    if stale:
        _run(tx, "refill_evidence", ids=stale, cap=EVIDENCE_SAMPLE)
    return list(found[0]["ids"]) if found else []


def _touched_operations(
    tx: ManagedTransaction, batch: Sequence[Facts], stored: list[str]
) -> list[str]:
    """The operations a change touches: those the batch names and those stored documents did."""
    ids = {e.id for f in batch for e in f.entities if e.label == "Operation"}
    if stored:
        ids.update(_records(tx, "document_operations", ids=stored)[0]["ids"])
    return sorted(ids)


def _operations(tx: ManagedTransaction, ids: list[str]) -> pairs.Operations:
    return {r["id"]: r for r in _records(tx, "operation_countries", ids=ids)} if ids else {}


def _update_pairs(
    tx: ManagedTransaction, before: pairs.Operations, after: pairs.Operations, *, defer: bool
) -> None:
    """Apply the pair changes (deferred: mark the existing pairs stale, create the new ones)."""
    changes = pairs.pair_changes(before, after)
    if defer and changes:
        keys = [{"a": change["a"], "b": change["b"]} for change in changes]
        marked = {(r["a"], r["b"]) for r in _records(tx, "flag_co_investigated", rows=keys)}
        changes = [c for c in changes if (c["a"], c["b"]) not in marked]
    for start in range(0, len(changes), PAIRS_PER_QUERY):
        _run(tx, "update_co_investigated", rows=changes[start : start + PAIRS_PER_QUERY])


def as_loaded(facts: Facts, stored: dict[str, str]) -> Loaded:
    """What loading the document did, given the fingerprints stored before (new, unchanged, updated)."""
    doc = facts.document
    status: Status = (
        "new"
        if doc.id not in stored
        else "unchanged"
        if stored[doc.id] == doc.sha256
        else "updated"
    )
    relations = {(r.source, r.type, r.target) for r in facts.relations}
    return Loaded(doc.id, status, len(facts.entities), len(relations))


def distinct_runs(batch: Sequence[Facts]) -> Iterator[list[Facts]]:
    """The batch cut wherever a document id repeats (two versions cannot share a transaction)."""
    run: list[Facts] = []
    ids: set[str] = set()
    for facts in batch:
        if facts.document.id in ids:
            yield run
            run, ids = [], set()
        run.append(facts)
        ids.add(facts.document.id)
    if run:
        yield run


def _run(tx: ManagedTransaction, name: str, **params: Any) -> None:
    query = load(name, folder="load")
    tx.run(query.text, query.bind(params)).consume()


def _records(tx: ManagedTransaction, name: str, **params: Any) -> list[dict[str, Any]]:
    query = load(name, folder="load")
    return [record.data() for record in tx.run(query.text, query.bind(params))]


def _errors(doing: str) -> AbstractContextManager[None]:
    """Driver errors while `doing`, as `graph` errors; a failure of the document is `LoadFailed`."""
    return driver_errors(doing, failure=LoadFailed)
