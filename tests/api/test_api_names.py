"""The API answers the question as asked: names, ISO codes and aliases wherever an id is (a name
that fits two entities is a 409 listing them), and the filters of the lists (organisation,
country, q, min_confidence, active, document date), all through one `Filters`."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import pytest
from api_builders import e
from fastapi.testclient import TestClient
from neo4j import Driver

from ctgraph.api.app import create_app
from ctgraph.graph.facts import as_facts
from ctgraph.graph.read.resolve import NAMED_PARAMS, Ambiguous, resolve
from ctgraph.ingest import ingest
from ctgraph.settings import Settings

pytestmark = pytest.mark.neo4j

EXTRA_ID = "api-test-names"


def extra_record() -> dict[str, Any]:
    """Two organisations sharing the acronym `DSP`, and a dated document."""
    text = "Danube Shield Police and Danube Search Patrol (both DSP) met in 2017."
    entities = [
        e("organisation:api-dsp-police", "Organisation", "Danube Shield Police", aliases=["DSP"]),
        e("organisation:api-dsp-patrol", "Organisation", "Danube Search Patrol", aliases=["DSP"]),
    ]
    document = {
        "id": EXTRA_ID, "source": "tests/api/test_api_names.py", "title": "API test: names",
        "sha256": hashlib.sha256(text.encode()).hexdigest(), "language": "en",
        "date": "2017-05-20",
    }  # fmt: skip
    return {"document": document, "entities": entities, "relations": [], "extractor": "api-tests"}


@pytest.fixture(scope="module")
def named(loaded: Driver, neo4j_settings: Settings) -> Iterator[TestClient]:
    """The API over the test graph plus the extra record."""
    summary = ingest(
        loaded, [(EXTRA_ID, as_facts(extra_record()))], database=neo4j_settings.neo4j_database
    )
    assert EXTRA_ID in summary.new, summary.failed
    with TestClient(create_app(neo4j_settings)) as c:
        yield c


@pytest.mark.parametrize(
    "name", ["Serbia", "serbia", "RS", "rs", "country:RS", "Republic of Serbia"]
)
def test_a_country_by_name_code_alias_or_id(named: TestClient, name: str) -> None:
    assert named.get(f"/countries/{name}").json()["id"] == "country:RS"
    partners = named.get(f"/countries/{name}/partners").json()
    assert partners["country"]["id"] == "country:RS"


def test_other_entities_by_name(named: TestClient) -> None:
    assert named.get("/operations/Operation Danube Shield").json()["id"] == (
        "operation:api-danube-shield"
    )
    assert named.get("/persons/jane doe").json()["id"] == "person:api-jane-doe"
    assert named.get("/organisations/Danube Shield Police").json()["id"] == (
        "organisation:api-dsp-police"
    )
    by_name = named.get("/operations", params={"country": "Serbia"}).json()
    assert by_name == named.get("/operations", params={"country": "RS"}).json()


def test_an_ambiguous_name_is_409_with_the_candidates(named: TestClient) -> None:
    for url in ("/organisations/DSP", "/operations?organisation=dsp"):
        response = named.get(url)
        assert response.status_code == 409, response.text
        assert response.headers["content-type"] == "application/problem+json"
        body = response.json()
        assert body["code"] == "ambiguous" and "DSP" in body["detail"].upper()
        assert {c["id"] for c in body["candidates"]} == {
            "organisation:api-dsp-police", "organisation:api-dsp-patrol"
        }  # fmt: skip
    # an exact id is never ambiguous
    assert named.get("/organisations/organisation:api-dsp-patrol").status_code == 200


def test_a_missing_connection_end_is_named_alone(named: TestClient) -> None:
    response = named.get("/connections", params={"source": "Serbia", "target": "Atlantis"})
    assert response.status_code == 404
    detail = response.json()["detail"]
    assert "'Atlantis'" in detail and "Serbia" not in detail and "RS" not in detail
    path = named.get("/connections", params={"source": "Serbia", "target": "Hungary"}).json()
    assert path["source"] == "country:RS" and path["target"] == "country:HU" and path["connected"]


def test_the_resolver_is_shared_with_the_cli(named: TestClient, neo4j_settings: Settings) -> None:
    from ctgraph.cli.graph import resolved

    driver = named.app.state.graph.driver  # type: ignore[attr-defined]
    database = neo4j_settings.neo4j_database
    assert resolve(driver, "hungary", label="Country", database=database).iso2 == "HU"
    with pytest.raises(Ambiguous) as raised:
        resolve(driver, "DSP", label="Organisation", database=database)
    assert len(raised.value.candidates) == 2
    assert NAMED_PARAMS["country"] == "Country"
    # `ctgraph query` resolves the library's entity parameters the same way
    given = {"country": "Republic of Serbia", "crime": "both"}
    assert resolved(driver, "find_partners", given, database=database) == {
        "country": "country:RS", "crime": "both"
    }  # fmt: skip
    with pytest.raises(Ambiguous):
        resolved(driver, "list_members", {"organisation": "dsp"}, database=database)


def items(client: TestClient, url: str, **params: Any) -> list[dict[str, Any]]:
    response = client.get(url, params={"limit": 500, **params})
    assert response.status_code == 200, response.text
    return response.json()["items"]  # type: ignore[no-any-return]


def ids(rows: list[dict[str, Any]], key: str = "id") -> set[str]:
    return {r[key] for r in rows}


def test_operations_and_pairs_by_organisation(named: TestClient) -> None:
    ops = items(named, "/operations", organisation="organisation:api-selec")
    assert ids(ops) == {"operation:api-danube-shield"}
    pairs = items(named, "/co-investigations", organisation="organisation:api-selec")
    assert {(p["country_a"]["iso2"], p["country_b"]["iso2"]) for p in pairs} == {
        ("HU", "RO"), ("HU", "RS"), ("RO", "RS")
    }  # fmt: skip
    only_rs = items(
        named, "/co-investigations", organisation="organisation:api-selec", country="RS"
    )
    assert len(only_rs) == 2 and all(p["count"] == 1 for p in only_rs)


def test_min_confidence(named: TestClient) -> None:
    sure = ids(items(named, "/operations", country="HU", min_confidence=0.85))
    assert {"operation:api-danube-shield", "operation:api-ring-2015"} <= sure
    surer = ids(items(named, "/operations", country="HU", min_confidence=0.95))
    assert not surer & {"operation:api-danube-shield", "operation:api-ring-2015"}
    routes = items(named, "/routes", country="TR", min_confidence=0.95)
    assert all(r["confidence"] >= 0.95 for r in routes)


def test_organisations_persons_and_countries_filters(named: TestClient) -> None:
    assert "organisation:api-selec" in ids(items(named, "/organisations", country="Romania"))
    assert ids(items(named, "/organisations", q="seci")) >= {"organisation:api-seci"}
    assert all("seci" in (o["name"] + " ".join(o["aliases"])).lower()
               for o in items(named, "/organisations", q="SECI"))  # fmt: skip
    assert ids(items(named, "/persons", q="jane")) >= {"person:api-jane-doe"}
    members = ids(items(named, "/persons", organisation="organisation:api-selec"))
    assert "person:api-jane-doe" in members
    active = items(named, "/countries", active="true")
    assert active and all(c["operations"] > 0 for c in active)
    assert len(active) < named.get("/countries").json()["total"] or all(
        c["operations"] > 0 for c in items(named, "/countries")
    )


def test_document_date_is_returned_and_filtered(named: TestClient) -> None:
    document = named.get(f"/documents/{EXTRA_ID}").json()
    assert document["date"] == "2017-05-20"
    for window, present in (({"date_from": "2017", "date_to": "2017"}, True),
                            ({"date_from": "2017-05", "date_to": "2017-05-20"}, True),
                            ({"date_from": "2018"}, False), ({"date_to": "2016-12"}, False)):  # fmt: skip
        listed = items(named, "/documents", **window)
        assert (EXTRA_ID in ids(listed)) is present, window
        assert all(d["date"] for d in listed)
    bad = named.get("/documents", params={"date_from": "2018", "date_to": "2017"})
    assert bad.status_code == 422 and bad.json()["errors"][0]["loc"] == ["query", "date_from"]
