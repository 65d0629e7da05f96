"""Pure parts of the server module: no Neo4j needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from ctgraph.errors import ServerError
from ctgraph.server import local as server


def test_status_of_an_empty_home(tmp_path: Path) -> None:
    state = server.status(server.ServerConfig(home=tmp_path))
    assert not state.running and not state.provisioned


def test_stop_when_not_running(tmp_path: Path) -> None:
    assert server.stop(server.ServerConfig(home=tmp_path)) is False


def test_missing_maven_is_reported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ServerError, match=r"(Java|Maven) is not installed"):
        server.provision(server.ServerConfig(home=tmp_path))


def test_conf_is_written_from_the_template(tmp_path: Path) -> None:
    config = server.ServerConfig(home=tmp_path, bolt_port=9999, http_port=9998, pagecache="64m")
    (tmp_path / "conf").mkdir()
    server._write_conf(config)
    text = (tmp_path / "conf" / "neo4j.conf").read_text()
    assert "127.0.0.1:9999" in text and "127.0.0.1:9998" in text and "=64m" in text
