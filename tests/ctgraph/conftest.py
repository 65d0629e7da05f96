"""Fixtures of the command-line tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from neo4j import Driver

from ctgraph.settings import Settings, get_settings


@pytest.fixture
def cli_env(
    empty_graph: Driver, neo4j_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Driver]:
    """The CLI pointed at the test server, with an empty graph."""
    assert neo4j_settings.neo4j_password is not None
    monkeypatch.setenv("CTGRAPH_NEO4J_URI", str(neo4j_settings.neo4j_uri))
    monkeypatch.setenv("CTGRAPH_NEO4J_PASSWORD", neo4j_settings.neo4j_password.get_secret_value())
    get_settings.cache_clear()
    yield empty_graph
    get_settings.cache_clear()
