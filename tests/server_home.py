"""Where the tests' own Neo4j lives: `.neo4j-test` on ports 7688/7475 unless
`CTGRAPH_TEST_NEO4J_BOLT_PORT` / `CTGRAPH_TEST_NEO4J_HTTP_PORT` move them."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pydantic import SecretStr

from ctgraph.database import server_config
from ctgraph.server import local as server
from ctgraph.settings import PROJECT_ROOT, Settings

TEST_HOME = PROJECT_ROOT / ".neo4j-test"
TEST_BOLT_PORT = int(os.environ.get("CTGRAPH_TEST_NEO4J_BOLT_PORT", "7688"))
TEST_HTTP_PORT = int(os.environ.get("CTGRAPH_TEST_NEO4J_HTTP_PORT", "7475"))


# The bulk load's test stops and restarts its server, whose store it replaces: its own server,
# on its own ports, sharing the test server's jars (`tests/ctgraph/test_bulk.py`).
BULK_TEST_HOME = PROJECT_ROOT / ".neo4j-test-bulk"
BULK_TEST_BOLT_PORT = int(os.environ.get("CTGRAPH_TEST_BULK_NEO4J_BOLT_PORT", "7689"))
BULK_TEST_HTTP_PORT = int(os.environ.get("CTGRAPH_TEST_BULK_NEO4J_HTTP_PORT", "7476"))


@contextmanager
def local_server(home: Path, bolt_port: int, http_port: int) -> Iterator[Settings]:
    """A local test server in `home` (provisioned, started unless it runs): its settings with
    the Bolt URI and password; stopped afterwards if started here, unless
    `CTGRAPH_TEST_KEEP_NEO4J=1`."""
    settings = Settings(
        neo4j_home=home, neo4j_bolt_port=bolt_port, neo4j_http_port=http_port,
        api_port=TEST_API_PORT,
    )  # fmt: skip
    config = server_config(settings)
    server.provision(config)
    started = server.start(config)
    password = SecretStr(server.read_password(config) or "")
    try:
        yield settings.model_copy(update={"neo4j_uri": config.bolt_uri, "neo4j_password": password})
    finally:
        if started and os.environ.get("CTGRAPH_TEST_KEEP_NEO4J") != "1":
            server.stop(config)


def uses_own_server() -> bool:
    """True when the tests run their own local server (no external one is configured)."""
    return not os.environ.get("CTGRAPH_TEST_NEO4J_URI")


# The API port the test server's Browser fetches ctgraph's guide and style from (browser tests).
TEST_API_PORT = int(os.environ.get("CTGRAPH_TEST_API_PORT", "8765"))
