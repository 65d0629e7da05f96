"""Graph statistics: node counts per label, relationship counts per type, the span of years."""

from __future__ import annotations

from neo4j import Driver

from graph.read import Row, read


def graph_stats(driver: Driver, *, database: str) -> Row:
    """Counts per label and type, and the first and last operation year."""
    return read(driver, "count_graph", database=database)[0]


def is_ready(driver: Driver, *, database: str) -> bool:
    """True when the database answers a read transaction."""
    return bool(read(driver, "check_ready", database=database)[0]["ok"] == 1)
