"""Named analysis queries: `cypher/analysis/<verb>_<noun>.cypher`, loaded by name, run as reads.

A tiny loader of its own until `graph/queries.py` (the named-query loader of `graph/`) lands;
then `load_query` should become a call to it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from neo4j import Driver, RoutingControl
from neo4j.exceptions import DriverError, Neo4jError

from graph.errors import QueryError

QUERY_DIR = Path(__file__).resolve().parents[2] / "cypher" / "analysis"

# Every projection can be narrowed to one crime and a period; `None` means "no filter".
NO_FILTER: dict[str, Any] = {"crime": None, "year_from": None, "year_to": None}


@cache
def load_query(name: str) -> str:
    """The text of `cypher/analysis/<name>.cypher`; a `QueryError` naming the file otherwise."""
    path = QUERY_DIR / f"{name}.cypher"
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise QueryError(f"no analysis query {name!r}: expected {path}") from e


def query_names() -> list[str]:
    """Names of every analysis query file, for tests that `EXPLAIN` them all."""
    return sorted(p.stem for p in QUERY_DIR.glob("*.cypher"))


def read(driver: Driver, name: str, **parameters: Any) -> list[dict[str, Any]]:
    """Run the named query as a read and return its records as dicts."""
    try:
        records, _, _ = driver.execute_query(
            load_query(name), parameters_=parameters, routing_=RoutingControl.READ
        )
    except (Neo4jError, DriverError) as e:
        raise QueryError(f"analysis query {name!r} failed: {e}") from e
    return [record.data() for record in records]


def filters(*, crime: str | None, year_from: int | None, year_to: int | None) -> dict[str, Any]:
    """The filter parameters every filtered query takes, checked once here."""
    if year_from is not None and year_to is not None and year_from > year_to:
        raise QueryError(f"empty period: year_from {year_from} is after year_to {year_to}")
    return {"crime": crime, "year_from": year_from, "year_to": year_to}
