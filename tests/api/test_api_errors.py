"""One error shape for every failure: 404, 405, 413, 422, 503, and what renders them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from neo4j import READ_ACCESS, Driver, GraphDatabase, RoutingControl
from neo4j.exceptions import Neo4jError
from pydantic import SecretStr

from ctgraph.api.app import create_app
from ctgraph.api.deps import Graph
from ctgraph.api.errors import graph_error_status
from ctgraph.graph.errors import ConnectionFailed, QueryError
from ctgraph.settings import Settings

pytestmark = pytest.mark.neo4j


PROBLEM = {"type", "title", "status", "detail", "instance", "code"}


def assert_error(response: object, status: int, code: str) -> dict[str, object]:
    """The response is an RFC 9457 problem (`application/problem+json`) of this status and code."""
    assert response.status_code == status, response.text  # type: ignore[attr-defined]
    assert response.headers["content-type"] == "application/problem+json"  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert PROBLEM <= set(body) <= PROBLEM | {"errors", "candidates", "name", "document"}
    assert body["status"] == status and body["code"] == code
    assert body["type"] == f"urn:ctgraph:problem:{code}" and body["title"]
    assert isinstance(body["detail"], str) and body["detail"]
    return body  # type: ignore[no-any-return]


def test_the_error_shape_is_fixed(client: TestClient) -> None:
    error = assert_error(client.get("/countries/Atlantis"), 404, "not_found")
    assert error == {
        "type": "urn:ctgraph:problem:not_found",
        "title": "Not found",
        "status": 404,
        "detail": "no country 'Atlantis' (by id, ISO code, name or alias)",
        "instance": "/countries/Atlantis",
        "code": "not_found",
        "name": "Atlantis",
    }


def test_unknown_route_and_method(client: TestClient) -> None:
    assert_error(client.get("/nowhere"), 404, "not_found")
    assert_error(client.delete("/countries"), 405, "method_not_allowed")


def test_bad_parameters_are_422_with_details(client: TestClient) -> None:
    error = assert_error(client.get("/operations?limit=0"), 422, "invalid_parameters")
    assert error["errors"][0]["loc"] == ["query", "limit"]  # type: ignore[index]
    assert str(error["detail"]).startswith("invalid query parameter 'limit'")
    assert_error(client.get("/operations?year_from=abc"), 422, "invalid_parameters")
    assert_error(client.get("/operations?crime=piracy"), 422, "invalid_parameters")
    assert_error(client.get("/exports/cooperation.pdf"), 422, "invalid_parameters")


@pytest.fixture(scope="module")
def small_body(loaded: Driver, neo4j_settings: Settings) -> Iterator[TestClient]:
    """An app accepting bodies of at most 100 bytes."""
    settings = neo4j_settings.model_copy(
        update={"api_max_body_bytes": 100, "api_write_keys": [SecretStr("w")]}
    )
    with TestClient(create_app(settings)) as c:
        yield c


def test_large_bodies_are_413_before_anything_else(small_body: TestClient) -> None:
    big = {"source": "s", "text": "x" * 500}
    assert_error(small_body.post("/documents", json=big), 413, "payload_too_large")
    assert_error(
        small_body.post("/documents", json=big, headers={"X-API-Key": "w"}),
        413,
        "payload_too_large",
    )


def test_streamed_bodies_are_counted(small_body: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"source": "s", "text": "'
        for _ in range(20):
            yield b"x" * 50
        yield b'"}'

    response = small_body.post(
        "/documents",
        content=chunks(),
        headers={"X-API-Key": "w", "Content-Type": "application/json"},
    )
    assert_error(response, 413, "payload_too_large")


def test_neo4j_down_is_503(
    neo4j_settings: Settings, loaded: Driver, caplog: pytest.LogCaptureFixture
) -> None:
    with TestClient(create_app(neo4j_settings)) as c:
        # No retries: the default driver retries a refused connection for 30 s before failing.
        dead = GraphDatabase.driver(
            "bolt://127.0.0.1:9", auth=("neo4j", "x"), max_transaction_retry_time=0
        )
        c.app.state.graph = Graph(driver=dead, database="neo4j")  # type: ignore[attr-defined]
        try:
            ready = c.get("/readyz")
            assert_error(ready, 503, "unavailable")
            assert ready.headers["retry-after"] == "5"
            with caplog.at_level("WARNING", logger="ctgraph.api"):
                down = c.get("/countries", headers={"X-Request-ID": "req-down-1"})
            assert_error(down, 503, "unavailable")
            assert down.headers["retry-after"] == "5"
            assert any("req-down-1" in r.getMessage() for r in caplog.records)
            assert c.get("/healthz").status_code == 200
        finally:
            dead.close()


class Spy:
    """A driver that records the routing of every query it runs."""

    def __init__(self, driver: Driver) -> None:
        self.driver, self.routing = driver, []  # type: ignore[var-annotated]

    def execute_query(self, *args: object, **kwargs: object) -> object:
        self.routing.append(kwargs.get("routing_"))
        return self.driver.execute_query(*args, **kwargs)  # type: ignore[arg-type]

    @property
    def execute_query_bookmark_manager(self) -> object:
        """The driver's own: sessions join the causal chain of its queries."""
        return self.driver.execute_query_bookmark_manager

    def session(self, **kwargs: object) -> object:
        """A session (streamed exports): its access mode counts as its routing."""
        read = kwargs.get("default_access_mode") == READ_ACCESS
        self.routing.append(RoutingControl.READ if read else RoutingControl.WRITE)
        return self.driver.session(**kwargs)  # type: ignore[arg-type]

    def verify_connectivity(self) -> None:
        self.driver.verify_connectivity()


def test_every_read_runs_in_a_read_transaction(client: TestClient, loaded: Driver) -> None:
    spy = Spy(loaded)
    original = client.app.state.graph  # type: ignore[attr-defined]
    client.app.state.graph = Graph(driver=spy, database=original.database)  # type: ignore[arg-type,attr-defined]
    try:
        for url in ["/countries", "/countries/RS/partners", "/operations", "/search?q=serbia",
                    "/stats", "/exports/cooperation.csv", "/documents", "/readyz"]:  # fmt: skip
            assert client.get(url).status_code == 200
    finally:
        client.app.state.graph = original  # type: ignore[attr-defined]
    assert spy.routing and set(spy.routing) == {RoutingControl.READ}


@pytest.mark.parametrize(
    ("code", "status", "retry"),
    [
        ("Neo.TransientError.General.MemoryPoolOutOfMemoryError", 503, 1),
        ("Neo.TransientError.Transaction.DeadlockDetected", 503, 1),
        ("Neo.ClientError.Cluster.NotALeader", 503, 1),
        ("Neo.TransientError.General.DatabaseUnavailable", 503, 1),
        ("Neo.ClientError.Statement.SyntaxError", 500, None),
    ],
)
def test_transient_neo4j_errors_map_to_503(code: str, status: int, retry: int | None) -> None:
    cause = Neo4jError._hydrate_neo4j(code=code, message="from the server")
    try:
        raise QueryError("the 'list_countries' query failed") from cause
    except QueryError as wrapped:
        assert graph_error_status(wrapped) == (status, retry)
    assert graph_error_status(ConnectionFailed("gone")) == (503, 5)
    assert graph_error_status(ValueError("bug")) == (500, None)


def test_probes_document_their_422(client: TestClient) -> None:
    assert_error(client.get("/healthz?x=1"), 422, "invalid_parameters")
    schema = client.get("/openapi.json").json()
    for path in ("/healthz", "/readyz"):
        assert "422" in schema["paths"][path]["get"]["responses"]
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            assert "500" in operation["responses"], (method, path)
            if path != "/healthz" and not path.startswith("/browser/"):  # no Neo4j behind them
                assert "503" in operation["responses"], (method, path)
