"""The whole graph, read page by page in id order (`cypher/export/`), so that no export holds
the graph in memory: entity nodes, then documents; then the relationships out of each.

A page is ONE record holding a list of rows: the Python driver's cost is per record (a Bolt
message, a wake-up of its reader) far more than per value, so a page of rows in one record
streams several times faster than the same rows one record each (docs/performance.md, "Exports").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from neo4j import Driver, Query

from ctgraph.graph import queries

Kind = Literal["Entity", "Document"]
KINDS: tuple[Kind, ...] = ("Entity", "Document")
PAGE = 5000


@dataclass(frozen=True, slots=True)
class Node:
    """A node: its `id`, its kind (the label whose unique `id` finds it), labels and properties."""

    id: str
    kind: Kind
    labels: tuple[str, ...]
    properties: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Relationship:
    """A relationship: its type, the ids and kinds of its ends, its properties."""

    type: str
    source: str
    source_kind: Kind
    target: str
    target_kind: Kind
    properties: dict[str, Any]


def _pages(
    driver: Driver, name: str, *, database: str | None, page: int, after: dict[str, Any]
) -> Iterator[list[list[Any]]]:
    """The pages (lists of rows) of one `cypher/export/` query, in one session. `after` maps
    each parameter that says where a page starts to the column of the row it is taken from: the
    last row of the page before (all None for the first page)."""
    query = queries.load(name, folder="export")
    params: dict[str, Any] = dict.fromkeys(after)
    with (
        queries.driver_errors(f"exporting with {name!r}"),
        queries.open_session(driver, database=database, write=False) as session,
    ):
        while True:
            record = session.run(Query(query.text), query.bind({**params, "limit": page})).single()
            rows: list[list[Any]] = record["rows"] if record else []
            if rows:
                yield rows
            if len(rows) < page:
                return
            params = {key: rows[-1][column] for key, column in after.items()}


def nodes(driver: Driver, *, database: str | None, page: int = PAGE) -> Iterator[Node]:
    """Every entity node, then every document, in id order."""
    for kind in KINDS:
        name = f"list_{kind.lower()}_nodes"
        for rows in _pages(driver, name, database=database, page=page, after={"after": 0}):
            for ident, labels, properties in rows:
                yield Node(ident, kind, tuple(sorted(labels)), properties)


def relationships(
    driver: Driver, *, database: str | None, page: int = PAGE
) -> Iterator[Relationship]:
    """Every relationship, in (source id, type, target id) order: out of entities, then out of
    documents; a page is `page` relationships however many a source has."""
    after = {"after_source": 0, "after_type": 1, "after_target": 2}
    for kind in KINDS:
        name = f"list_{kind.lower()}_relationships"
        for rows in _pages(driver, name, database=database, page=page, after=after):
            for source, rel_type, target, target_kind, properties in rows:
                yield Relationship(rel_type, source, kind, target, target_kind, properties)


def property_types(driver: Driver, *, database: str | None) -> dict[str, dict[str, set[str]]]:
    """Property names of nodes (`node`) and relationships (`edge`) with their value types."""
    found: dict[str, dict[str, set[str]]] = {"node": {}, "edge": {}}
    for row in queries.read(driver, "list_property_types", folder="export", database=database):
        found[row["owner"]].setdefault(row["name"], set()).update(row["types"] or [])
    return found
