"""Session fixtures: a real Neo4j for the tests, separate from the user's own graph.

Tests use `CTGRAPH_TEST_NEO4J_URI` (+ `CTGRAPH_TEST_NEO4J_PASSWORD`) when set, e.g. a Docker
Neo4j; otherwise they provision and start ctgraph's local server in `.neo4j-test` on free ports
(`CTGRAPH_TEST_NEO4J_BOLT_PORT`, `CTGRAPH_TEST_NEO4J_HTTP_PORT` to fix them; see
`server_home.py`) and stop it at the end (unless `CTGRAPH_TEST_KEEP_NEO4J=1`). The graph is wiped, so
never point them at a graph you want to keep.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from neo4j import Driver
from pydantic import SecretStr
from server_home import TEST_BOLT_PORT, TEST_HOME, TEST_HTTP_PORT, local_server

from ctgraph.database import open_driver
from ctgraph.settings import Settings, get_settings


@pytest.fixture(scope="session")
def neo4j_settings() -> Iterator[Settings]:
    """Settings that point at the test server, started here when none is configured."""
    uri = os.environ.get("CTGRAPH_TEST_NEO4J_URI")
    if uri:
        password = SecretStr(os.environ.get("CTGRAPH_TEST_NEO4J_PASSWORD", ""))
        yield Settings(neo4j_uri=uri, neo4j_password=password)
        return
    with local_server(TEST_HOME, TEST_BOLT_PORT, TEST_HTTP_PORT) as settings:
        yield routed(settings)


def routed(settings: Settings) -> Settings:
    """The settings with a routing URI (`neo4j://`, as for Aura or a cluster) instead of a direct
    one, unless `CTGRAPH_TEST_NEO4J_SCHEME=bolt`: every test reads and writes through the routing
    driver, whose reads go to READ transactions and writes to WRITE ones."""
    scheme = os.environ.get("CTGRAPH_TEST_NEO4J_SCHEME", "neo4j")
    uri = str(settings.neo4j_uri).replace("bolt://", f"{scheme}://", 1)
    return settings.model_copy(update={"neo4j_uri": uri})


@pytest.fixture(scope="session")
def driver(neo4j_settings: Settings) -> Iterator[Driver]:
    """One driver to the real test server for the whole session."""
    drv = open_driver(neo4j_settings)
    yield drv
    drv.close()


def wipe(driver: Driver) -> None:
    """Delete every node and relationship (constraints and indexes stay)."""
    # CALL ... IN TRANSACTIONS needs an auto-commit transaction, which execute_query is not.
    with driver.session() as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()


@pytest.fixture
def empty_graph(driver: Driver) -> Driver:
    """The driver, with an empty graph."""
    wipe(driver)
    return driver


@pytest.fixture
def cli_env(
    empty_graph: Driver, neo4j_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Driver]:
    """The command line pointed at the test server, with an empty graph."""
    assert neo4j_settings.neo4j_password is not None
    monkeypatch.setenv("CTGRAPH_NEO4J_URI", str(neo4j_settings.neo4j_uri))
    monkeypatch.setenv("CTGRAPH_NEO4J_PASSWORD", neo4j_settings.neo4j_password.get_secret_value())
    get_settings.cache_clear()
    yield empty_graph
    get_settings.cache_clear()
