"""Organisations: a list, and one with its operations, members and successions."""

from __future__ import annotations

from neo4j import Driver

from ctgraph.graph.read import Row, read, read_one
from ctgraph.graph.read.operations import fact


def list_organisations(driver: Driver, *, database: str, offset: int, limit: int) -> Row:
    """A page of organisations, by name."""
    return read(driver, "list_organisations", database=database, offset=offset, limit=limit)[0]


def get_organisation(driver: Driver, organisation_id: str, *, database: str) -> Row | None:
    """One organisation with its operations, members, predecessors and successors; or None."""
    row = read_one(driver, "get_organisation", database=database, id=organisation_id)
    if row is None:
        return None
    return {
        **row["organisation"],
        "operations": sorted(
            (fact("operation", r) for r in row["operations"]), key=lambda f: f["operation"]["id"]
        ),
        "members": sorted(
            (fact("person", r) for r in row["members"]), key=lambda f: f["person"]["id"]
        ),
        "predecessors": sorted(row["predecessors"], key=lambda o: o["id"]),
        "successors": sorted(row["successors"], key=lambda o: o["id"]),
        "documents": sorted(row["documents"], key=lambda d: d["id"]),
    }
