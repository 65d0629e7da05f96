"""Where the tests' own Neo4j lives: `.neo4j-test`, on free ports chosen for the session
unless `CTGRAPH_TEST_NEO4J_BOLT_PORT` / `CTGRAPH_TEST_NEO4J_HTTP_PORT` fix them.

No port is fixed: another program on any port cannot break the suite. The ports a home's
server was started on are kept in its `test-ports.json`, so that a server left running
(`CTGRAPH_TEST_KEEP_NEO4J=1`) is found again by the next session.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pydantic import SecretStr

from ctgraph.database import server_config
from ctgraph.server import local as server
from ctgraph.settings import PROJECT_ROOT, Settings


def free_port() -> int:
    """A TCP port free on the loopback interface now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def home_ports(home: Path, bolt_var: str, http_var: str) -> tuple[int, int, int]:
    """The Bolt, HTTP and API ports of a test home: from the environment when set, else those
    its running server was started with, else free ones (remembered in the home). The API port
    is the one the home's Browser fetches ctgraph's guide from (`CTGRAPH_TEST_API_PORT`)."""
    names = {"bolt": bolt_var, "http": http_var, "api": "CTGRAPH_TEST_API_PORT"}
    saved = home / "test-ports.json"
    ports: dict[str, int] = {}
    if saved.exists() and server.running_pid(server.ServerConfig(home=home)) is not None:
        ports = {k: int(v) for k, v in json.loads(saved.read_text(encoding="utf-8")).items()}
    for name, var in names.items():
        if os.environ.get(var):
            ports[name] = int(os.environ[var])
        while name not in ports or list(ports.values()).count(ports[name]) > 1:
            ports[name] = free_port()
    home.mkdir(exist_ok=True)
    saved.write_text(json.dumps(ports), encoding="utf-8")
    return ports["bolt"], ports["http"], ports["api"]


TEST_HOME = PROJECT_ROOT / ".neo4j-test"
TEST_BOLT_PORT, TEST_HTTP_PORT, TEST_API_PORT = home_ports(
    TEST_HOME, "CTGRAPH_TEST_NEO4J_BOLT_PORT", "CTGRAPH_TEST_NEO4J_HTTP_PORT"
)


# The bulk load's test stops and restarts its server, whose store it replaces: its own server,
# on its own ports, sharing the test server's jars (`tests/ctgraph/test_bulk.py`).
BULK_TEST_HOME = PROJECT_ROOT / ".neo4j-test-bulk"
BULK_TEST_BOLT_PORT, BULK_TEST_HTTP_PORT, _ = home_ports(
    BULK_TEST_HOME, "CTGRAPH_TEST_BULK_NEO4J_BOLT_PORT", "CTGRAPH_TEST_BULK_NEO4J_HTTP_PORT"
)


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


@contextmanager
def bulk_server() -> Iterator[Settings]:
    """The bulk tests' own local server (`BULK_TEST_HOME`, which a bulk load stops and
    restarts), sharing the test server's jars: its settings with the Bolt URI and password."""
    BULK_TEST_HOME.mkdir(exist_ok=True)
    for folder in ("lib", "plugins"):
        if not (BULK_TEST_HOME / folder).exists():
            (BULK_TEST_HOME / folder).symlink_to(TEST_HOME / folder)
    shutil.copy(TEST_HOME / "assembly.json", BULK_TEST_HOME / "assembly.json")
    with local_server(BULK_TEST_HOME, BULK_TEST_BOLT_PORT, BULK_TEST_HTTP_PORT) as settings:
        yield settings
