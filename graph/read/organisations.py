"""Organisations: a list, and one with its operations, members and successions."""

from __future__ import annotations

from neo4j import Driver

from ctgraph.graph.filters import FIRST_PAGE, NO_FILTERS, Filters, Window
from ctgraph.graph.read import Row, read_one, read_page
from ctgraph.graph.read.operations import fact


def list_organisations(
    driver: Driver, filters: Filters = NO_FILTERS, window: Window = FIRST_PAGE, *, database: str
) -> Row:
    """A page of organisations, by name; filters `q` and `country`."""
    return read_page(
        driver, "list_organisations", database=database, filters=filters, window=window
    )


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
