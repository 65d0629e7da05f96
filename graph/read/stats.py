"""Graph statistics: node counts per label, relationship counts per type, the span of years."""

from __future__ import annotations

from neo4j import Driver
from neo4j.exceptions import DriverError, Neo4jError

from ctgraph.graph.errors import ConnectionFailed
from ctgraph.graph.read import Row, read


def graph_stats(driver: Driver, *, database: str) -> Row:
    """Counts per label and type, and the first and last operation year."""
    return read(driver, "count_graph", database=database)[0]


def is_ready(driver: Driver, *, database: str) -> bool:
    """True when the database answers a read transaction; fails fast when Neo4j is down.

    `verify_connectivity` comes first because `execute_query` retries a refused connection for
    the driver's `max_transaction_retry_time` (30 s by default), too long for a probe.
    """
    try:
        driver.verify_connectivity()
    except (DriverError, Neo4jError, OSError) as e:
        raise ConnectionFailed(f"Neo4j does not answer: {e}") from e
    return bool(read(driver, "check_ready", database=database)[0]["ok"] == 1)


def graph_version(driver: Driver, *, database: str) -> Row:
    """`documents`, `last_loaded` (ISO text or None), `nodes`, `relationships`: changes on every load."""
    return read(driver, "graph_version", database=database)[0]
