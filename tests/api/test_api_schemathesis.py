"""Property-based runs over the OpenAPI schema (schemathesis, every check), in both modes: open
reads (no keys configured) and keys configured (called with the write key). No input makes the
API answer 5xx, and every answer conforms to the schema the app publishes in that mode.
Bounded, so each finishes in about a minute; the longer runs are in the README."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
import st_hooks  # noqa: F401  (registers the hooks)
from api_builders import WRITE_KEY
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import negative_data_rejection, positive_data_acceptance
from schemathesis.generation.meta import negated_parameters

pytestmark = pytest.mark.neo4j

EXAMPLES = 15
KEY_HEADER = "X-API-Key"
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def open_schema(client: TestClient) -> schemathesis.BaseSchema:
    """The schema of the app with open reads, whose lifespan the `client` fixture runs."""
    return schemathesis.openapi.from_asgi("/openapi.json", client.app)


@pytest.fixture(scope="module")
def keyed_schema(keyed: TestClient) -> schemathesis.BaseSchema:
    """The schema of the app with a read and a write key."""
    return schemathesis.openapi.from_asgi("/openapi.json", keyed.app)


open_mode = schemathesis.pytest.from_fixture("open_schema")
keyed_mode = schemathesis.pytest.from_fixture("keyed_schema")


@open_mode.parametrize()
@SETTINGS
def test_open_reads(case: schemathesis.Case) -> None:
    case.call_and_validate(excluded_checks=_content_rules(case))


@keyed_mode.parametrize()
@SETTINGS
def test_keys_configured(case: schemathesis.Case) -> None:
    case.call_and_validate(headers=_key(case), excluded_checks=_content_rules(case))


def _key(case: schemathesis.Case) -> dict[str, str]:
    """The write key, unless this is a negative case that removed or changed the key header:
    adding it back would make the request valid, and its acceptance a false failure."""
    negated = {name.lower() for name, _ in negated_parameters(case.meta)}
    if KEY_HEADER.lower() in negated:
        return {}
    return {KEY_HEADER: WRITE_KEY}


def _content_rules(case: schemathesis.Case) -> list[Any]:
    """An uploaded file's bytes are schema-valid whatever they hold, but ingestion refuses one
    that is not text, PDF or DOCX with words in it (422): no schema can say so. And a multipart
    form carries only text: the "integer" or "object" a negative case puts in a field arrives as
    its text, a valid string, so accepting it is right. A new correction must name what the
    graph model declares for its fact type (the properties a PARTICIPATED_IN may carry, the
    property a `set` changes): the schema cannot tie them to the fact type, so a schema-valid
    correction may be refused (422 naming the field)."""
    if case.path == "/uploads":
        return [positive_data_acceptance, negative_data_rejection]
    if case.path == "/corrections" and case.method.upper() == "POST":
        return [positive_data_acceptance]
    return []
