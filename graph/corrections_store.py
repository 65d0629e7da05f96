"""The corrections' log in Neo4j: write, withdraw, list and move corrections; each write applies
at once, in the same transaction, under the corrections' lock (`graph.corrections_apply`).

Every function takes a driver and never creates one; driver errors become `GraphError`s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from neo4j import Driver, ManagedTransaction, RoutingControl

from ctgraph.graph import corrections_apply as applying
from ctgraph.graph.corrections import Correction, new, parse
from ctgraph.graph.errors import InvalidCorrection, UnknownCorrection
from ctgraph.graph.load import refresh_stale_pairs
from ctgraph.graph.queries import driver_errors, load

State = Literal["active", "dormant", "withdrawn", "recorded"]
# Records per page of an export.
PAGE = 1000


@dataclass(frozen=True, slots=True)
class Listed:
    """A record of the log with its state, and the withdrawal that ended it (if any)."""

    record: Correction
    state: State
    withdrawal: Correction | None


def correct(driver: Driver, record: Correction, *, database: str | None = None) -> Correction:
    """Write a correction and apply it (a split also withdraws the merges of its pair)."""
    if record.action == "withdraw":
        raise InvalidCorrection("withdraw a correction with `withdraw`, not as a new one")
    with (
        driver_errors(f"writing correction {record.key!r}"),
        driver.session(database=database) as s,
    ):
        s.execute_write(_correct, record)
    return record


def _correct(tx: ManagedTransaction, record: Correction) -> None:
    applying.lock(tx)
    _write(tx, [record])
    if record.action == "merge":  # the facts the merge moves meet the kept entity's corrections
        applying.apply(tx, applying.active(tx, [i for i in (record.keep, record.other) if i]))
        return
    if record.action != "split":
        applying.apply(tx, [record])
        return
    for merge in _merges_of(tx, record):
        _withdraw(tx, merge, author=record.author, reason=record.reason or "split")


def withdraw(
    driver: Driver,
    correction_id: str,
    *,
    author: str,
    reason: str | None = None,
    database: str | None = None,
) -> Correction:
    """Withdraw a correction: a withdrawal record is added (the log keeps both) and what the
    correction did is taken back; returns the withdrawal."""
    doing = f"withdrawing correction {correction_id!r}"
    with driver_errors(doing), driver.session(database=database) as session:
        return session.execute_write(_withdraw_by_id, correction_id, author, reason)


def _withdraw_by_id(
    tx: ManagedTransaction, correction_id: str, author: str, reason: str | None
) -> Correction:
    applying.lock(tx)
    found = _read(tx, "get_correction", id=correction_id)
    if not found:
        raise UnknownCorrection(f"no correction has the id {correction_id!r}")
    record = parse(found[0]["record"])
    if found[0]["withdrawn"] or record.action in ("withdraw", "split"):
        raise UnknownCorrection(f"correction {correction_id!r} is not in force")
    return _withdraw(tx, record, author=author, reason=reason)


def _withdraw(
    tx: ManagedTransaction, record: Correction, *, author: str, reason: str | None
) -> Correction:
    withdrawal = new("withdraw", author=author, reason=reason, withdraws=record.id, key=record.key)
    _write(tx, [withdrawal])
    applying.undo(tx, record)
    others = [i for i in (record.source, record.target, record.entity, record.keep) if i]
    applying.apply(tx, [c for c in applying.active(tx, others) if c.key == record.key])
    return withdrawal


def _merges_of(tx: ManagedTransaction, split: Correction) -> list[Correction]:
    ids = [i for i in (split.keep, split.other) if i]
    return [c for c in applying.active(tx, ids) if c.action == "merge" and c.key == split.key]


def listed(
    driver: Driver,
    *,
    key: str | None = None,
    entity: str | None = None,
    action: str | None = None,
    after: str | None = None,
    limit: int = 100,
    database: str | None = None,
) -> list[Listed]:
    """Records of the log in the order they were made, each with its state."""
    params = {"key": key, "entity": entity, "action": action, "after": after, "limit": limit}
    rows = _query(driver, "list_corrections", params, database=database)
    found = []
    for r in rows:
        record = applying.stored(r["record"])
        withdrawal = None if r["withdrawal"] is None else applying.stored(r["withdrawal"])
        if record is not None:
            found.append(Listed(record, r["state"], withdrawal))
    return found


def history(driver: Driver, key: str, *, database: str | None = None) -> list[Listed]:
    """Every correction of one fact, property or pair, and every withdrawal, oldest first."""
    found: list[Listed] = []
    after = None
    while True:
        page = listed(driver, key=key, after=after, limit=PAGE, database=database)
        found += page
        if len(page) < PAGE:
            return found
        after = page[-1].record.id


def every_record(driver: Driver, *, database: str | None = None) -> list[Correction]:
    """The whole log, oldest first (what `ctgraph corrections export` writes)."""
    records: list[Correction] = []
    after = None
    while True:
        page = listed(driver, after=after, limit=PAGE, database=database)
        records += [item.record for item in page]
        if len(page) < PAGE:
            return records
        after = page[-1].record.id


def import_records(
    driver: Driver, records: Sequence[Correction], *, database: str | None = None
) -> int:
    """Add the records the log does not hold yet (by id) and apply the whole log; how many new."""
    with driver_errors("importing corrections"), driver.session(database=database) as session:
        return session.execute_write(_import, list(records))


def _import(tx: ManagedTransaction, records: list[Correction]) -> int:
    applying.lock(tx)
    created = set(_write(tx, records))
    for withdrawal in (r for r in records if r.id in created and r.action == "withdraw"):
        found = _read(tx, "get_correction", id=withdrawal.withdraws)
        if found and found[0]["record"]["id"] not in created:
            applying.undo(tx, parse(found[0]["record"]))  # it was in force here until now
    applying.apply(tx, applying.active(tx))
    return len(created)


def apply_all(driver: Driver, *, database: str | None = None) -> int:
    """Apply every correction in force to the whole graph (after a bulk load; a repair)."""
    with driver_errors("applying corrections"), driver.session(database=database) as session:
        count = session.execute_write(_apply_all)
    refresh_stale_pairs(driver, database=database)  # those Browser commands marked
    return count


def _apply_all(tx: ManagedTransaction) -> int:
    applying.lock(tx)
    found = applying.active(tx)
    applying.apply(tx, found)
    return len(found)


def rejected_facts(
    driver: Driver, *, evidence: int = 5, database: str | None = None
) -> list[dict[str, Any]]:
    """The facts rejections in force hide, each with its correction and documents' evidence."""
    rows = _query(driver, "rejected_facts", {"limit": evidence}, database=database)
    return [{"correction": parse(r["correction"]), "evidence": r["evidence"]} for r in rows]


def _write(tx: ManagedTransaction, records: Sequence[Correction]) -> list[str]:
    found = _read(tx, "write_corrections", rows=[r.row() for r in records])
    return list(found[0]["created"]) if found else []


def _read(tx: ManagedTransaction, name: str, **params: Any) -> list[dict[str, Any]]:
    query = load(name, folder="corrections")
    return [record.data() for record in tx.run(query.text, query.bind(params))]


def _query(
    driver: Driver, name: str, params: dict[str, Any], *, database: str | None
) -> list[dict[str, Any]]:
    query = load(name, folder="corrections")
    with driver_errors(f"the {name!r} query"):
        records, _, _ = driver.execute_query(
            query.text, query.bind(params), routing_=RoutingControl.READ, database_=database
        )
    return [record.data() for record in records]
