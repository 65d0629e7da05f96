"""The whole graph, read page by page in id order (`cypher/export/`), so that no export holds
the graph in memory: entity nodes, then documents; then the relationships out of each."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from neo4j import Driver

from ctgraph.graph import queries

Kind = Literal["Entity", "Document"]
KINDS: tuple[Kind, ...] = ("Entity", "Document")
PAGE = 1000


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
    driver: Driver, name: str, *, database: str | None, page: int
) -> Iterator[list[dict[str, Any]]]:
    """The pages of one `cypher/export/` query, each after the last id of the one before."""
    after: str | None = None
    while True:
        rows = queries.read(
            driver, name, folder="export", database=database, after=after, limit=page
        )
        if not rows:
            return
        yield rows
        if len(rows) < page:
            return
        after = rows[-1]["id"]


def nodes(driver: Driver, *, database: str | None, page: int = PAGE) -> Iterator[Node]:
    """Every entity node, then every document, in id order."""
    for kind in KINDS:
        for rows in _pages(driver, f"list_{kind.lower()}_nodes", database=database, page=page):
            for row in rows:
                labels = tuple(sorted(row["labels"]))
                yield Node(row["id"], kind, labels, row["properties"])


def relationships(
    driver: Driver, *, database: str | None, page: int = PAGE
) -> Iterator[Relationship]:
    """Every relationship, in (source id, type, target id) order: out of entities, then out of
    documents; a page is `page` relationships however many a source has."""
    for kind in KINDS:
        name = f"list_{kind.lower()}_relationships"
        after: dict[str, Any] = {"after_source": None, "after_type": None, "after_target": None}
        while True:
            rows = queries.read(
                driver, name, folder="export", database=database, limit=page, **after
            )
            for row in rows:
                yield Relationship(row["type"], row["source"], kind, row["target"],
                                   row["target_kind"], row["properties"])  # fmt: skip
            if len(rows) < page:
                break
            last = rows[-1]
            after = {"after_source": last["source"], "after_type": last["type"],
                     "after_target": last["target"]}  # fmt: skip


def property_types(driver: Driver, *, database: str | None) -> dict[str, dict[str, set[str]]]:
    """Property names of nodes (`node`) and relationships (`edge`) with their value types."""
    found: dict[str, dict[str, set[str]]] = {"node": {}, "edge": {}}
    for row in queries.read(driver, "list_property_types", folder="export", database=database):
        found[row["owner"]].setdefault(row["name"], set()).update(row["types"] or [])
    return found
