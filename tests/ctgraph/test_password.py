"""Provisioning passwords: `neo4j-admin` reads a leading `-` as an option, so none starts so."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from server_home import TEST_HOME

from ctgraph.errors import ServerError
from ctgraph.server import local as server
from ctgraph.settings import Settings


@pytest.fixture
def dashing_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    """Random tokens that start with `-`, as one in 64 of `token_urlsafe` does."""
    monkeypatch.setattr(secrets, "token_urlsafe", lambda n=32: "-" + "A" * (n + 5))


def test_generated_passwords_never_start_with_a_dash(dashing_tokens: None) -> None:
    assert all(not server.generate_password().startswith("-") for _ in range(200))


def test_a_given_password_starting_with_a_dash_is_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(ServerError, match="not start with `-`"):
        server._set_initial_password(server.ServerConfig(home=tmp_path), "-secret-password")


@pytest.mark.neo4j
def test_the_admin_tool_accepts_a_generated_password(
    tmp_path: Path, dashing_tokens: None, neo4j_settings: Settings
) -> None:
    if not (TEST_HOME / "lib").exists():
        pytest.skip("needs the jars of the local test server")
    (tmp_path / "lib").symlink_to((TEST_HOME / "lib").resolve())
    config = server.ServerConfig(home=tmp_path, bolt_port=1, http_port=2)
    for sub in ("conf", "data", "logs", "run", "plugins"):
        (tmp_path / sub).mkdir()
    server._write_conf(config)
    password = server.generate_password()
    server._set_initial_password(config, password)
    assert server.read_password(config) == password
