"""Countries, their co-investigation partners and the co-investigating pairs."""

from __future__ import annotations

from neo4j import Driver

from ctgraph.graph.read import Row, read, read_one


def list_countries(driver: Driver, *, database: str, offset: int, limit: int) -> Row:
    """A page of countries (`total`, `items`), by name."""
    return read(driver, "list_countries", database=database, offset=offset, limit=limit)[0]


def get_country(driver: Driver, iso2: str, *, database: str) -> Row | None:
    """One country by ISO code, or None."""
    row = read_one(driver, "get_country", database=database, iso2=iso2)
    return row["country"] if row else None


def list_partners(
    driver: Driver,
    iso2: str,
    *,
    database: str,
    crime: str | None = None,
    year_from: int | None = None,
    year_to: int | None = None,
    with_operations: bool = False,
    offset: int = 0,
    limit: int = 50,
) -> Row | None:
    """A country's partners (`country`, `total`, `items`), most shared operations first; None if unknown.

    Without filters the derived CO_INVESTIGATED relationships answer (one per partner); with a
    crime or a period the shared operations themselves are filtered.
    """
    if crime is None and year_from is None and year_to is None:
        row = read_one(
            driver,
            "list_partners",
            database=database,
            iso2=iso2,
            offset=offset,
            limit=limit,
            with_operations=with_operations,
        )
    else:
        row = read_one(
            driver,
            "list_partners_filtered",
            database=database,
            iso2=iso2,
            crime=crime,
            year_from=year_from,
            year_to=year_to,
            with_operations=with_operations,
            offset=offset,
            limit=limit,
        )
    if row is not None:
        for item in row["items"]:
            item["years"] = sorted(item["years"] or [])
    return row


def list_pairs(
    driver: Driver,
    *,
    database: str,
    country: str | None = None,
    crime: str | None = None,
    year_from: int | None = None,
    year_to: int | None = None,
    offset: int = 0,
    limit: int = 50,
) -> Row:
    """A page of co-investigating country pairs, most shared operations first.

    Without filters the pairs' own count, years and newest operations answer; with a crime or a
    period their tally per (year, crime) does.
    """
    if crime is None and year_from is None and year_to is None:
        return read(
            driver, "list_pairs", database=database, country=country, offset=offset, limit=limit
        )[0]
    return read(
        driver,
        "list_pairs_filtered",
        database=database,
        country=country,
        crime=crime,
        year_from=year_from,
        year_to=year_to,
        offset=offset,
        limit=limit,
    )[0]
