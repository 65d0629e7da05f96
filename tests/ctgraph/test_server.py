"""The local Neo4j that ctgraph provisions: round trip, APOC, Browser, and its failure modes."""

from __future__ import annotations

import socket
import urllib.request
from pathlib import Path

import pytest
from neo4j import Driver
from server_home import TEST_BOLT_PORT, TEST_HOME, TEST_HTTP_PORT, uses_own_server

from ctgraph.errors import ServerError
from ctgraph.server import local as server
from ctgraph.settings import Settings

pytestmark = pytest.mark.neo4j


def test_round_trip(empty_graph: Driver) -> None:
    empty_graph.execute_query("CREATE (:Probe {name: $name})", name="round trip")
    records, _, _ = empty_graph.execute_query("MATCH (p:Probe) RETURN p.name AS name")
    assert [r["name"] for r in records] == ["round trip"]


def test_version_is_5_26_lts(driver: Driver) -> None:
    records, _, _ = driver.execute_query("CALL dbms.components() YIELD versions, edition")
    assert records[0]["versions"][0].startswith("5.26.")
    assert records[0]["edition"] == "community"


def test_apoc_is_loaded(driver: Driver) -> None:
    records, _, _ = driver.execute_query("CALL apoc.help('text') YIELD name RETURN count(*) AS n")
    assert records[0]["n"] > 10


def test_browser_page_is_served(neo4j_settings: Settings) -> None:
    if not uses_own_server():
        pytest.skip("an external Neo4j is configured; its Browser is not ours to test")
    url = f"http://127.0.0.1:{TEST_HTTP_PORT}/browser/"
    with urllib.request.urlopen(url, timeout=10) as response:
        page = response.read().decode()
    assert "<title>Neo4j Browser</title>" in page


def test_start_refuses_a_taken_port(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        config = server.ServerConfig(home=tmp_path, bolt_port=port, http_port=port)
        with pytest.raises(ServerError, match=f"Port {port}.*already taken"):
            server.start(config)


def test_start_is_a_no_op_when_running(neo4j_settings: Settings) -> None:
    if not uses_own_server():
        pytest.skip("an external Neo4j is configured")
    config = server.ServerConfig(home=TEST_HOME, bolt_port=TEST_BOLT_PORT, http_port=TEST_HTTP_PORT)
    assert server.start(config) is False
    assert server.status(config).running
