"""Operations: filtered lists, and one operation with its participants, figures and evidence."""

from __future__ import annotations

from neo4j import Driver

from ctgraph.graph.filters import FIRST_PAGE, NO_FILTERS, Filters, Window
from ctgraph.graph.read import Row, evidence, read_one, read_page

FIGURE_PREFIX = "figure_"


def list_operations(
    driver: Driver, filters: Filters = NO_FILTERS, window: Window = FIRST_PAGE, *, database: str
) -> Row:
    """A page of operations, newest first: read in order from the year index, walked from the
    country when one is named, or (with an organisation or a minimum confidence) walked from the
    organisation, the country or every operation."""
    given = set(filters.given())
    if given & {"organisation", "min_confidence"}:
        name = "list_operations_walked"
    elif "country" in given:
        name = "list_country_operations"
    else:
        name = "list_operations"
    return read_page(driver, name, database=database, filters=filters, window=window)


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
