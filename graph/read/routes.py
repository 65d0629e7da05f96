"""Routes between countries, with their crime, purpose, kind and evidence."""

from __future__ import annotations

from neo4j import Driver

from ctgraph.graph.read import Row, evidence, read


def list_routes(
    driver: Driver,
    *,
    database: str,
    country: str | None = None,
    crime: str | None = None,
    offset: int = 0,
    limit: int = 50,
) -> Row:
    """A page of routes, by origin and destination."""
    page = read(
        driver,
        "list_routes",
        database=database,
        country=country,
        crime=crime,
        offset=offset,
        limit=limit,
    )[0]
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
