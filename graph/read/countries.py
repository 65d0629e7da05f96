"""Countries, their co-investigation partners and the co-investigating pairs."""

from __future__ import annotations

from neo4j import Driver

from ctgraph.graph.filters import FIRST_PAGE, NO_FILTERS, Filters, Window
from ctgraph.graph.read import Row, page_params, read_one, read_page


def list_countries(
    driver: Driver, filters: Filters = NO_FILTERS, window: Window = FIRST_PAGE, *, database: str
) -> Row:
    """A page of countries (`total`, `items`), by name; filters `active` and `q`."""
    return read_page(driver, "list_countries", database=database, filters=filters, window=window)


def get_country(driver: Driver, iso2: str, *, database: str) -> Row | None:
    """One country by ISO code, or None."""
    row = read_one(driver, "get_country", database=database, iso2=iso2)
    return row["country"] if row else None


def list_partners(
    driver: Driver,
    iso2: str,
    filters: Filters = NO_FILTERS,
    window: Window = FIRST_PAGE,
    *,
    database: str,
    with_operations: bool = False,
) -> Row | None:
    """A country's partners (`country`, `total`, `items`), most shared operations first; None if
    unknown; filters crime and period.

    Without filters the derived CO_INVESTIGATED relationships answer (one per partner); with a
    crime or a period the pairs' tallies of their shared operations do.
    """
    name = "list_partners" if not filters.given() else "list_partners_filtered"
    params = page_params(name, filters, window)
    row = read_one(
        driver, name, database=database, iso2=iso2, with_operations=with_operations, **params
    )
    if row is None:
        return None
    for item in row["items"]:
        item["years"] = sorted(item["years"] or [])
    return row


def list_pairs(
    driver: Driver, filters: Filters = NO_FILTERS, window: Window = FIRST_PAGE, *, database: str
) -> Row:
    """A page of co-investigating country pairs (`country_a`, `country_b`: smaller ISO code
    first), most shared operations first.

    By country only: the pairs' own count, years and newest operations answer; with a crime or
    a period, their tally per (year, crime); with an organisation or a minimum confidence, the
    shared operations are walked.
    """
    given = set(filters.given())
    if given <= {"country"}:
        name = "list_pairs"
    elif given <= {"country", "crime", "year_from", "year_to"}:
        name = "list_pairs_filtered"
    else:
        name = "list_pairs_walked"
    return read_page(driver, name, database=database, filters=filters, window=window)
