"""The API on a real uvicorn server in a thread, called over loopback HTTP."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn
from neo4j import Driver

from api.app import create_app
from ctgraph.settings import Settings

pytestmark = pytest.mark.neo4j


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server_url(loaded: Driver, neo4j_settings: Settings) -> Iterator[str]:
    """The base URL of a uvicorn serving the app, stopped after the test."""
    port = free_port()
    config = uvicorn.Config(
        create_app(neo4j_settings), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def test_real_server_answers(server_url: str) -> None:
    with httpx.Client(base_url=server_url, timeout=10) as http:
        assert http.get("/readyz").json() == {"status": "ready"}
        partners = http.get("/countries/RS/partners", params={"year_from": 2017}).json()
        assert {p["country"]["iso2"] for p in partners["items"]} >= {"RO", "HU"}
        assert http.get("/openapi.json").json()["info"]["title"] == "ctgraph API"
        big = http.post(
            "/documents", content=b"x" * 3_000_000, headers={"Content-Type": "application/json"}
        )
        assert big.status_code == 413 and big.json()["error"]["code"] == "payload_too_large"
