"""Named analysis queries: `cypher/analysis/<verb>_<noun>.cypher`, loaded by name through
`graph.queries` (the project's one loader, same header format), run as reads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from neo4j import Driver, RoutingControl
from neo4j.exceptions import DriverError, Neo4jError

from graph import queries
from graph.errors import QueryError

QUERY_DIR = Path(__file__).resolve().parents[2] / "cypher" / "analysis"


def load_query(name: str) -> str:
    """The text of `cypher/analysis/<name>.cypher`; a `QueryError` naming the file otherwise."""
    return queries.load(name, folder=QUERY_DIR).text


def query_names() -> list[str]:
    """Names of every analysis query file, for tests that `EXPLAIN` them all."""
    return sorted(p.stem for p in QUERY_DIR.glob("*.cypher"))


def read(driver: Driver, name: str, **parameters: Any) -> list[dict[str, Any]]:
    """Run the named query as a read and return its records as dicts."""
    query = queries.load(name, folder=QUERY_DIR)
    bound = query.bind(parameters)  # declared in the file's header: unknown or missing ones fail
    try:
        records, _, _ = driver.execute_query(
            query.text, parameters_=bound, routing_=RoutingControl.READ
        )
    except (Neo4jError, DriverError) as e:
        raise QueryError(f"analysis query {name!r} failed: {e}") from e
    return [record.data() for record in records]


def filters(*, crime: str | None, year_from: int | None, year_to: int | None) -> dict[str, Any]:
    """The filter parameters every filtered query takes, checked once here."""
    if year_from is not None and year_to is not None and year_from > year_to:
        raise QueryError(f"empty period: year_from {year_from} is after year_to {year_to}")
    return {"crime": crime, "year_from": year_from, "year_to": year_to}
