"""Corrections applied inside a transaction: after every load batch, on writing or withdrawing
a correction, after an import. Applying is idempotent: a rejected fact that a load wrote again
is deleted again, an overridden property set again, an absorbed entity that a load recreated
merged again; what is already right is left alone.

The CO_INVESTIGATED pairs of the operations a correction changes are updated in the same
transaction (`graph.pairs`: the operations' countries before and after), so every read and
export agrees with the corrections as soon as the transaction commits.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any

from neo4j import ManagedTransaction

from ctgraph.graph import pairs
from ctgraph.graph.corrections import Correction, parse
from ctgraph.graph.errors import InvalidCorrection
from ctgraph.graph.queries import Folder, load

log = logging.getLogger("ctgraph.corrections")
# The loader's evidence sample size (graph.load.EVIDENCE_SAMPLE; not imported: load imports us).
EVIDENCE_SAMPLE = 20


def lock(tx: ManagedTransaction) -> bool:
    """The corrections' write lock, held until the transaction ends; whether any correction
    exists."""
    return bool(_records(tx, "lock_corrections")[0]["corrections"])


def active(tx: ManagedTransaction, entity_ids: Sequence[str] | None = None) -> list[Correction]:
    """The corrections in force (oldest first), or only those naming one of the entities."""
    ids = None if entity_ids is None else list(entity_ids)
    found = (stored(r["record"]) for r in _records(tx, "active_corrections", ids=ids))
    return [c for c in found if c is not None]


def stored(row: dict[str, Any]) -> Correction | None:
    """A record as stored; None (and a warning) for one that is not a valid correction (written
    by hand in Neo4j Browser, say): a load never fails because of it."""
    try:
        return parse(row)
    except InvalidCorrection as e:
        log.warning("correction %s ignored: %s", row.get("id"), e)
        return None


def apply_after_load(tx: ManagedTransaction, entity_ids: Sequence[str]) -> int:
    """The loader's step after writing a batch: the corrections naming its entities applied
    (under the corrections' lock, so that one written meanwhile is not missed); how many."""
    if not entity_ids:
        return 0
    if not lock(tx):
        _run(tx, "unlock_unused")
        return 0
    found = active(tx, entity_ids)
    apply(tx, found)
    return len(found)


def apply(tx: ManagedTransaction, corrections: Sequence[Correction]) -> None:
    """Apply the corrections (in order: merges first, so facts name the kept entities)."""
    if not corrections:
        return
    merges = [c for c in corrections if c.action == "merge"]
    folds = _existing(tx, [c.other for c in merges if c.other])
    merges = [c for c in merges if c.other in folds]
    operations = _touched_operations(tx, corrections, merges)
    before = _operations(tx, operations)
    if merges:
        _merge(tx, merges)
    rejected = [c for c in corrections if c.action == "reject" and c.is_fact]
    if rejected:
        rows = [_fact_row(c) for c in rejected]
        found = _records(tx, "reject_facts", rows=rows)
        _snapshots(tx, [(r["id"], r["props"]) for r in found])
    asserted = [c for c in corrections if c.action == "assert"]
    if asserted:
        _run(tx, "assert_facts", rows=[_assert_row(c) for c in asserted])
    _set_properties(tx, [c for c in corrections if not c.is_fact and c.action in ("set", "reject")])
    _update_pairs(tx, before, _operations(tx, operations))
    _pair_unpaired(tx, [c for c in corrections if not c.paired])


def _pair_unpaired(tx: ManagedTransaction, unpaired: list[Correction]) -> None:
    """Corrections written in Neo4j Browser changed the graph without its pairs: recompute the
    pairs of their operations from scratch, once."""
    if not unpaired:
        return
    operations = _touched_operations(tx, unpaired, [])
    found = _records(tx, "operation_pairs", ids=operations) if operations else []
    if found:
        _run(tx, "refresh_pairs", rows=pairs.by_first_country(found), folder="load")
    _run(tx, "mark_paired", ids=[c.id for c in unpaired])


def undo(tx: ManagedTransaction, withdrawn: Correction) -> None:
    """Take back what a withdrawn correction did; the other corrections of its target are then
    applied again by the caller (an earlier `set` of the same property wins again)."""
    operations = _touched_operations(tx, [withdrawn], [])
    before = _operations(tx, operations)
    if withdrawn.action == "reject" and withdrawn.is_fact:
        props = json.loads(withdrawn.snapshot) if withdrawn.snapshot else {}
        row = {**_fact_row(withdrawn), "props": _fact_props(props)}
        row.pop("id")
        _run(tx, "restore_facts", rows=[row], cap=EVIDENCE_SAMPLE)
    elif withdrawn.action == "assert":
        _run(tx, "unassert_facts", rows=[_fact_row(withdrawn)])
    elif withdrawn.action in ("set", "reject"):
        old = json.loads(withdrawn.snapshot) if withdrawn.snapshot else None
        row = {"id": withdrawn.id, "entity": withdrawn.entity, "property": withdrawn.property}
        _run(tx, "set_properties", rows=[{**row, "value": old}])
    elif withdrawn.action == "merge" and withdrawn.documents:
        _run(tx, "reload_documents", ids=list(withdrawn.documents))
    _update_pairs(tx, before, _operations(tx, operations))


def _merge(tx: ManagedTransaction, merges: list[Correction]) -> None:
    """Fold each absorbed entity into the kept one: fact targets, MENTIONS, facts, node."""
    for c in merges:  # one at a time: a chain (a ← b ← c) folds in order
        rows = [{"keep": c.keep, "other": c.other}]
        _run(tx, "fold_fact_targets", rows=rows)
        named = _records(tx, "fold_mentions", rows=rows)
        _run(tx, "fold_relationships", rows=rows)
        _run(tx, "fold_entities", rows=rows)
        _run(tx, "recount_facts", ids=[c.keep], cap=EVIDENCE_SAMPLE)
        documents = [d for r in named for d in r["documents"]]
        _run(tx, "save_snapshots", rows=[{"id": c.id, "snapshot": None, "documents": documents}])


def _set_properties(tx: ManagedTransaction, corrections: list[Correction]) -> None:
    """Property overrides and rejected values; for one property the latest correction wins."""
    latest = {c.key: c for c in corrections}
    if not latest:
        return
    rows = [
        {"id": c.id, "entity": c.entity, "property": c.property, "value": c.parsed_value()}
        for c in latest.values()
    ]
    found = _records(tx, "set_properties", rows=rows)
    _snapshots(tx, [(r["id"], r["props"]) for r in found])


def _snapshots(tx: ManagedTransaction, found: list[tuple[str, Any]]) -> None:
    rows = [
        {"id": cid, "snapshot": json.dumps(value, sort_keys=True, default=str), "documents": None}
        for cid, value in found
    ]
    if rows:
        _run(tx, "save_snapshots", rows=rows)


def _touched_operations(
    tx: ManagedTransaction, corrections: Sequence[Correction], merges: list[Correction]
) -> list[str]:
    """The operations whose pairs the corrections may change."""
    ids = {c.target for c in corrections if c.fact_type == "PARTICIPATED_IN" and c.target}
    ids |= {c.entity for c in corrections if c.entity and c.property}
    named = [i for c in merges for i in (c.keep, c.other) if i]
    if named:
        ids.update(_records(tx, "entity_operations", ids=named)[0]["ids"])
    return sorted(ids)


def _operations(tx: ManagedTransaction, ids: list[str]) -> pairs.Operations:
    if not ids:
        return {}
    return {r["id"]: r for r in _records(tx, "operation_countries", ids=ids, folder="load")}


def _update_pairs(
    tx: ManagedTransaction, before: pairs.Operations, after: pairs.Operations
) -> None:
    changes = pairs.pair_changes(before, after)
    for start in range(0, len(changes), 200):
        _run(tx, "update_co_investigated", rows=changes[start : start + 200], folder="load")


def _existing(tx: ManagedTransaction, ids: list[str]) -> set[str]:
    """Those of the entity ids that are in the graph."""
    if not ids:
        return set()
    return set(_records(tx, "present_entities", ids=ids)[0]["ids"])


def _fact_row(c: Correction) -> dict[str, Any]:
    return {"id": c.id, "type": c.fact_type, "source": c.source, "target": c.target}


def _assert_row(c: Correction) -> dict[str, Any]:
    return {
        **_fact_row(c),
        "props": c.parsed_props(),
        "author": c.author,
        "at": c.at,
        "source_document": c.source_document,
        "quote": c.quote,
        "url": c.url,
    }


def _fact_props(snapshot: dict[str, Any]) -> dict[str, Any]:
    """A rejected fact's own properties (its evidence is recounted from the documents)."""
    skip = ("evidence_", "confidence", "asserted_", "correction")
    return {k: v for k, v in snapshot.items() if not k.startswith(skip)}


def _run(
    tx: ManagedTransaction, name: str, *, folder: Folder = "corrections", **params: Any
) -> None:
    query = load(name, folder=folder)
    tx.run(query.text, query.bind(params)).consume()


def _records(
    tx: ManagedTransaction, name: str, *, folder: Folder = "corrections", **params: Any
) -> list[dict[str, Any]]:
    query = load(name, folder=folder)
    return [record.data() for record in tx.run(query.text, query.bind(params))]
