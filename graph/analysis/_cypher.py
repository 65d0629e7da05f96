"""Named analysis queries: `cypher/analysis/<verb>_<noun>.cypher`, run as reads by the one runner
(`graph.queries`), in the database the caller names."""

from __future__ import annotations

from typing import Any

from neo4j import Driver

from ctgraph.graph import queries


def query_names() -> list[str]:
    """Names of every analysis query file, for tests that `EXPLAIN` them all."""
    return [f.name.removesuffix(".cypher") for f in queries.folder_files("analysis")]


def read(driver: Driver, name: str, *, database: str | None, **params: Any) -> list[dict[str, Any]]:
    """Run the named analysis query as a read and return its records as dicts."""
    return queries.read(driver, name, folder="analysis", database=database, **params)
