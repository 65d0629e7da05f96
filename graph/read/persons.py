"""Persons: a list, and one with their affiliations."""

from __future__ import annotations

from neo4j import Driver

from ctgraph.graph.filters import FIRST_PAGE, NO_FILTERS, Filters, Window
from ctgraph.graph.read import Row, read_one, read_page
from ctgraph.graph.read.operations import fact


def list_persons(
    driver: Driver, filters: Filters = NO_FILTERS, window: Window = FIRST_PAGE, *, database: str
) -> Row:
    """A page of persons, by name; filters `q` and `organisation`."""
    return read_page(driver, "list_persons", database=database, filters=filters, window=window)


def get_person(driver: Driver, person_id: str, *, database: str) -> Row | None:
    """One person with their affiliations and evidence; or None."""
    row = read_one(driver, "get_person", database=database, id=person_id)
    if row is None:
        return None
    return {
        **row["person"],
        "affiliations": sorted(
            (fact("organisation", r) for r in row["affiliations"]),
            key=lambda f: f["organisation"]["id"],
        ),
        "documents": sorted(row["documents"], key=lambda d: d["id"]),
    }
