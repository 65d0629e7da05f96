"""HTTP edges on a real uvicorn with `ctgraph serve`'s settings: keys checked before
validation, control characters refused, slow bodies timed out, oversized headers refused,
`Connection: close` after a 5xx."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn
from pydantic import SecretStr
from serving import free_port

from ctgraph.api import hardening
from ctgraph.api.app import create_app
from ctgraph.settings import Settings

pytestmark = pytest.mark.neo4j
READ, WRITE = "hardening-read", "hardening-write"


@pytest.fixture(scope="module")
def base(neo4j_settings: Settings) -> Iterator[str]:
    """The app with read and write keys, served as `ctgraph serve` serves it."""
    settings = neo4j_settings.model_copy(
        update={"api_read_keys": [SecretStr(READ)], "api_write_keys": [SecretStr(WRITE)]}
    )
    app = create_app(settings)

    def boom() -> None:
        raise RuntimeError("an unexpected failure")

    app.add_api_route("/boom", boom)
    port = free_port()
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="critical", **hardening.server_options()
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def _raw(base: str, request: bytes, *, pause: float = 0, then: bytes = b"") -> bytes:
    """Send bytes over one connection and read until the server closes it."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as conn:
        conn.sendall(request)
        if pause:
            time.sleep(pause)
            with contextlib.suppress(OSError):
                conn.sendall(then)
        chunks = []
        try:
            while chunk := conn.recv(65536):
                chunks.append(chunk)
        except ConnectionResetError:  # refused while the request was still coming
            pass
    return b"".join(chunks)


def test_the_key_is_checked_before_the_query_is_validated(base: str) -> None:
    unkeyed = httpx.get(f"{base}/countries?api_key={READ}")
    assert unkeyed.status_code == 401
    keyed = httpx.get(f"{base}/countries?api_key={READ}", headers={"X-API-Key": READ})
    assert keyed.status_code == 422 and "api_key" in keyed.text
    read_only = httpx.post(f"{base}/documents?x=1", json={}, headers={"X-API-Key": READ})
    assert read_only.status_code == 403
    assert httpx.post(f"{base}/documents", json={"bad": 1}).status_code == 401


@pytest.mark.parametrize("character", ["\x00", "\x07", "\x1b", "\x85"])
def test_control_characters_in_posted_text_are_replaced_and_said(base: str, character: str) -> None:
    body = {"source": "https://example.org/a", "text": f"Police of Serbia{character}"}
    answer = httpx.post(f"{base}/documents?x=1", json=body, headers={"X-API-Key": WRITE})
    assert answer.status_code == 422 and "x" in answer.text  # the unknown parameter, not U+
    assert "control character(s)" in answer.headers[hardening.CLEANED_HEADER]
    assert "text" in answer.headers[hardening.CLEANED_HEADER]


def test_a_body_that_trickles_in_is_timed_out_and_the_connection_closed(
    base: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hardening, "BODY_TIMEOUT_SECONDS", 1.0)
    head = (
        b"POST /documents HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"X-API-Key: " + WRITE.encode() + b"\r\nContent-Length: 100\r\n\r\n{"
    )
    started = time.monotonic()
    answer = _raw(base, head, pause=3, then=b'"text"')
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    assert b"connection: close" in answer.lower()
    assert time.monotonic() - started < 10


def test_an_oversized_header_is_refused(base: str) -> None:
    request = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 200_000 + b"\r\n\r\n"
    answer = _raw(base, request)
    assert answer == b"" or answer.split(b" ")[1] in (b"400", b"431"), answer[:200]
    assert httpx.get(f"{base}/healthz").status_code == 200


def test_a_5xx_answer_closes_the_connection(base: str) -> None:
    answer = httpx.get(f"{base}/boom", headers={"X-API-Key": READ})
    assert answer.status_code == 500 and answer.headers["connection"] == "close"
    ok = httpx.get(f"{base}/healthz")
    assert ok.status_code == 200 and ok.headers.get("connection") != "close"
