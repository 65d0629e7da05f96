"""Operations: filtered lists, and one operation with its participants, figures and evidence."""

from __future__ import annotations

from neo4j import Driver

from ctgraph.graph.read import Row, evidence, read, read_one

FIGURE_PREFIX = "figure_"


def list_operations(
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
    """A page of operations, newest first (walked from the country when one is named)."""
    by_country = {"country": country} if country is not None else {}
    return read(
        driver,
        "list_country_operations" if country is not None else "list_operations",
        database=database,
        **by_country,
        crime=crime,
        year_from=year_from,
        year_to=year_to,
        offset=offset,
        limit=limit,
    )[0]


def fact(entity_key: str, row: Row) -> Row:
    """A related entity with the provenance of the relationship that links it."""
    rel = row["rel"]
    extra = {k: rel[k] for k in ("role", "crime", "purpose", "kind") if k in rel}
    return {
        entity_key: row["entity"],
        **extra,
        "confidence": rel.get("confidence"),
        "extractor": rel.get("extractor"),
        "evidence": evidence(rel),
    }


def get_operation(driver: Driver, operation_id: str, *, database: str) -> Row | None:
    """One operation with participants, organisations, figures, evidence and documents; or None."""
    row = read_one(driver, "get_operation", database=database, id=operation_id)
    if row is None:
        return None
    props = row["operation"]
    figures = {
        k.removeprefix(FIGURE_PREFIX): v for k, v in props.items() if k.startswith(FIGURE_PREFIX)
    }
    return {
        "id": props["id"],
        "name": props.get("name"),
        "aliases": props.get("aliases") or [],
        "year": props.get("year"),
        "crime": props.get("crime"),
        "named": bool(props.get("named")),
        "figures": dict(sorted(figures.items())),
        "participants": sorted(
            (fact("country", r) for r in row["participants"]), key=lambda f: f["country"]["iso2"]
        ),
        "organisations": sorted(
            (fact("organisation", r) for r in row["organisations"]),
            key=lambda f: f["organisation"]["id"],
        ),
        "documents": sorted(row["documents"], key=lambda d: d["id"]),
    }
