"""HTTP done right: Allow and HEAD, ETags and 304, answers cached per graph version, gzip,
request ids, CORS on every answer, relative trailing-slash redirects."""

from __future__ import annotations

import gzip

import pytest
from api_builders import READ_KEY
from fastapi.testclient import TestClient
from neo4j import Driver
from test_api_errors import assert_error

from ctgraph.api.app import create_app
from ctgraph.api.caching import Answer, Answers, forget_version
from ctgraph.settings import Settings

pytestmark = pytest.mark.neo4j


def test_405_names_the_allowed_methods(client: TestClient) -> None:
    response = client.delete("/countries")
    assert_error(response, 405, "method_not_allowed")
    assert response.headers["allow"] == "GET, HEAD"
    documents = client.put("/documents")
    assert documents.headers["allow"] == "GET, HEAD, POST"
    assert client.delete("/countries/RS").headers["allow"] == "GET, HEAD"


def test_head_answers_like_get_without_a_body(client: TestClient) -> None:
    get, head = client.get("/countries/RS"), client.head("/countries/RS")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert head.headers["etag"] == get.headers["etag"]
    assert client.head("/countries/ZZ").status_code == 404
    assert client.head("/healthz").status_code == 200


def test_reads_carry_an_etag_and_answer_304(client: TestClient) -> None:
    first = client.get("/countries/RS/partners")
    etag = first.headers["etag"]
    assert etag.startswith('W/"') and first.headers["cache-control"] == "no-cache"
    assert "last-modified" in first.headers
    again = client.get("/countries/RS/partners", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == etag
    other = client.get("/countries/RS/partners?limit=1", headers={"If-None-Match": etag})
    assert other.status_code == 200 and other.headers["etag"] != etag
    since = client.get("/countries", headers={"If-Modified-Since": first.headers["last-modified"]})
    assert since.status_code == 304
    old = client.get("/countries", headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})
    assert old.status_code == 200
    assert client.get("/countries/ZZ", headers={"If-None-Match": "*"}).status_code == 304
    assert "etag" not in client.get("/countries/SRB").headers  # errors are not cached


def test_the_etag_changes_when_the_graph_does(
    client: TestClient, loaded: Driver, neo4j_settings: Settings
) -> None:
    before = client.get("/stats").headers["etag"]
    loaded.execute_query(
        "MERGE (d:Document {id: 'api-etag-probe'}) SET d.loaded_at = datetime()",
        database_=neo4j_settings.neo4j_database,
    )
    try:
        forget_version(client.app.state)  # type: ignore[attr-defined]  # skip the 1 s cache
        assert client.get("/stats").headers["etag"] != before
    finally:
        loaded.execute_query(
            "MATCH (d:Document {id: 'api-etag-probe'}) DELETE d",
            database_=neo4j_settings.neo4j_database,
        )
        forget_version(client.app.state)  # type: ignore[attr-defined]


def test_a_repeated_read_is_answered_from_the_cache(client: TestClient) -> None:
    answers = client.app.state.answers  # type: ignore[attr-defined]
    first = client.get("/countries/RS/partners?limit=3")
    kept = len(answers)
    again = client.get("/countries/RS/partners?limit=3")
    assert first.status_code == again.status_code == 200 and len(answers) == kept
    assert answers.get(first.headers["etag"]) is not None
    assert again.content == first.content and again.headers["etag"] == first.headers["etag"]
    assert again.headers["content-type"] == "application/json"
    assert again.headers.get("link") == first.headers.get("link") is not None
    client.get("/exports/cooperation.csv")  # streamed: not kept
    assert len(answers) == kept


def test_a_cached_answer_is_gzipped_once(client: TestClient) -> None:
    plain = client.get("/co-investigations", headers={"Accept-Encoding": "identity"})
    packed = [client.get("/co-investigations", headers={"Accept-Encoding": "gzip"}) for _ in "ab"]
    answer = client.app.state.answers.get(plain.headers["etag"])  # type: ignore[attr-defined]
    assert answer is not None and answer.gzipped is not None
    for response in packed:  # httpx decodes it; the header says it travelled compressed
        assert response.headers["content-encoding"] == "gzip"
        assert (
            response.content == plain.content and response.headers["etag"] == plain.headers["etag"]
        )
    assert "content-encoding" not in plain.headers
    assert gzip.decompress(answer.gzipped) == plain.content


def test_the_cache_changes_with_the_graph(
    client: TestClient, loaded: Driver, neo4j_settings: Settings
) -> None:
    before = client.get("/stats").json()["nodes"]["Document"]
    loaded.execute_query(
        "MERGE (d:Document {id: 'api-cache-probe'}) SET d.loaded_at = datetime()",
        database_=neo4j_settings.neo4j_database,
    )
    try:
        forget_version(client.app.state)  # type: ignore[attr-defined]  # skip the 1 s wait
        assert client.get("/stats").json()["nodes"]["Document"] == before + 1
    finally:
        loaded.execute_query(
            "MATCH (d:Document {id: 'api-cache-probe'}) DELETE d",
            database_=neo4j_settings.neo4j_database,
        )
        forget_version(client.app.state)  # type: ignore[attr-defined]


def test_the_cache_can_be_turned_off(loaded: Driver, neo4j_settings: Settings) -> None:
    settings = neo4j_settings.model_copy(update={"api_response_cache_mb": 0})
    with TestClient(create_app(settings)) as c:
        assert not hasattr(c.app.state, "answers")  # type: ignore[attr-defined]
        assert c.get("/countries").json() == c.get("/countries").json()


def test_answers_stay_within_their_bytes() -> None:
    answers = Answers(max_bytes=10_000)
    for n in range(30):
        answers.put(f"tag{n}", Answer([(b"content-type", b"application/json")], b"x" * 900))
    assert len(answers) == 10 and answers.get("tag0") is None and answers.get("tag29")
    answers.get("tag20")  # used: kept over older ones
    answers.put("tag30", Answer([], b"y" * 900))
    assert answers.get("tag20") is not None and answers.get("tag21") is None
    answers.put("big", Answer([], b"z" * 2_000))  # over a tenth of the cache: not kept
    assert answers.get("big") is None


def test_keyed_reads_are_private(keyed: TestClient) -> None:
    response = keyed.get("/countries", headers={"X-API-Key": READ_KEY})
    assert response.headers["cache-control"] == "private, no-cache"
    assert keyed.get("/countries").status_code == 401  # the key comes before any 304


def test_large_answers_are_gzipped(client: TestClient) -> None:
    raw = client.get("/exports/cooperation.graphml", headers={"Accept-Encoding": "identity"})
    packed = client.get(
        "/exports/cooperation.graphml", headers={"Accept-Encoding": "gzip"}
    )  # httpx decodes it; the header says it travelled compressed
    assert packed.headers["content-encoding"] == "gzip"
    assert packed.content == raw.content and "content-encoding" not in raw.headers
    assert len(gzip.compress(raw.content)) < len(raw.content) / 3
    assert packed.headers["etag"] == raw.headers["etag"]
    assert "attachment" in packed.headers["content-disposition"]


def test_request_ids_are_echoed_or_made(client: TestClient) -> None:
    made = client.get("/healthz").headers["x-request-id"]
    assert len(made) == 32 and made != client.get("/healthz").headers["x-request-id"]
    kept = client.get("/countries/ZZ", headers={"X-Request-ID": "abc-123"})
    assert kept.headers["x-request-id"] == "abc-123"
    bad = client.get("/healthz", headers={"X-Request-ID": "no spaces <allowed>"})
    assert bad.headers["x-request-id"] != "no spaces <allowed>"


def test_trailing_slashes_redirect_relatively(client: TestClient) -> None:
    response = client.get("/countries/?limit=2", follow_redirects=False)
    assert response.status_code == 308 and response.headers["location"] == "/countries?limit=2"
    assert client.get("/countries/RS/", follow_redirects=False).headers["location"] == (
        "/countries/RS"
    )
    assert_error(client.get("/nowhere/", follow_redirects=False), 404, "not_found")


@pytest.fixture(scope="module")
def cors(loaded: Driver, neo4j_settings: Settings) -> TestClient:
    settings = neo4j_settings.model_copy(
        update={"api_cors_origins": ["http://app.example"], "api_max_body_bytes": 100}
    )
    with TestClient(create_app(settings)) as c:
        yield c  # type: ignore[misc]


def test_cors_headers_on_every_answer(cors: TestClient) -> None:
    origin = {"Origin": "http://app.example"}
    big = cors.post("/documents", json={"source": "s", "text": "x" * 500}, headers=origin)
    assert_error(big, 413, "payload_too_large")
    assert big.headers["access-control-allow-origin"] == "http://app.example"
    export = cors.get("/exports/cooperation.csv", headers=origin)
    exposed = export.headers["access-control-expose-headers"].lower()
    for name in ("content-disposition", "etag", "link", "x-request-id", "retry-after"):
        assert name in exposed


def test_links_and_redirects_keep_the_root_path(client: TestClient) -> None:
    behind = TestClient(client.app, root_path="/ctgraph")  # the app's graph is already open
    page = behind.get("/ctgraph/operations", params={"limit": 1}).json()
    assert page["next"] == "/ctgraph/operations?limit=1&offset=1"
    redirect = behind.get("/ctgraph/countries/RS/", follow_redirects=False)
    assert redirect.headers["location"] == "/ctgraph/countries/RS"
