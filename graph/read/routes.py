"""Routes between countries, with their crime, purpose, kind and evidence."""

from __future__ import annotations

from neo4j import Driver

from ctgraph.graph.filters import FIRST_PAGE, NO_FILTERS, Filters, Window
from ctgraph.graph.read import Row, evidence, read_page


def list_routes(
    driver: Driver, filters: Filters = NO_FILTERS, window: Window = FIRST_PAGE, *, database: str
) -> Row:
    """A page of routes, by origin and destination; filters country, crime and min_confidence."""
    page = read_page(driver, "list_routes", database=database, filters=filters, window=window)
    items = []
    for row in page["items"]:
        rel = row["rel"]
        items.append(
            {
                "source": row["source"],
                "target": row["target"],
                **{k: rel.get(k) for k in ("crime", "purpose", "kind", "confidence", "extractor")},
                "evidence": evidence(rel),
            }
        )
    return {"total": page["total"], "items": items}
