"""The whole graph, read page by page in id order (`cypher/export/`), so that no export holds
the graph in memory: entity nodes, then documents; then the relationships out of each."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from neo4j import Driver

from graph import queries

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
    """Every relationship, by source node in id order (entities first, then documents)."""
    for kind in KINDS:
        name = f"list_{kind.lower()}_relationships"
        for rows in _pages(driver, name, database=database, page=page):
            for row in rows:
                for rel in row["relationships"]:
                    yield Relationship(
                        rel["type"], row["id"], kind, rel["target"], rel["target_kind"],
                        rel["properties"],
                    )  # fmt: skip


def property_types(driver: Driver, *, database: str | None) -> dict[str, dict[str, set[str]]]:
    """Property names of nodes (`node`) and relationships (`edge`) with their value types."""
    found: dict[str, dict[str, set[str]]] = {"node": {}, "edge": {}}
    for row in queries.read(driver, "list_property_types", folder="export", database=database):
        found[row["owner"]].setdefault(row["name"], set()).update(row["types"] or [])
    return found
