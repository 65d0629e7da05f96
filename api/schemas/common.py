"""Shapes shared by several resources: pages, references, evidence, errors."""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from ctgraph.graph.filters import CRIMES

T = TypeVar("T")

# The model's crime vocabulary (graph/model.yaml), as a Literal so that the OpenAPI document
# lists the values; mypy cannot read a Literal made from data.
Crime = Literal[CRIMES]  # type: ignore[valid-type]

COUNTRY_EXAMPLE: dict[str, Any] = {"id": "country:RS", "iso2": "RS", "name": "Serbia"}


def page_example(schema: dict[str, Any], cls: type[BaseModel]) -> None:
    """An example page built from the item model's own example (for every `Page[...]`)."""
    items = cls.model_fields["items"].annotation
    item = getattr(items, "__args__", (None,))[0]
    config = getattr(item, "model_config", {}) or {}
    extra = config.get("json_schema_extra")
    examples = extra.get("examples", []) if isinstance(extra, dict) else []
    url = "/items?limit=1&offset="
    schema["examples"] = [
        {
            "total": 3,
            "limit": 1,
            "offset": 1,
            "next": url + "2",
            "prev": url + "0",
            "items": examples[:1],
        }
    ]


class Page(BaseModel, Generic[T]):
    """One page of a list: `total` items match, `items` holds `limit` of them from `offset`;
    `next` and `prev` are the pages around it (also in the `Link` header), null at the ends."""

    model_config = ConfigDict(json_schema_extra=page_example)

    total: int
    limit: int
    offset: int
    next: str | None = Field(default=None, description="The next page (a relative URL).")
    prev: str | None = Field(default=None, description="The previous page (a relative URL).")
    items: list[T]


class CountryRef(BaseModel):
    """A country, by id, ISO code and name."""

    model_config = ConfigDict(json_schema_extra={"examples": [COUNTRY_EXAMPLE]})

    id: str
    iso2: str | None = None
    name: str | None = None


class EntityRef(BaseModel):
    """Any entity, by id and name."""

    id: str
    name: str | None = None


class LabelledRef(EntityRef):
    """An entity with its label (Country, Operation...)."""

    label: str | None = None


class OperationRef(EntityRef):
    """An operation, by id, name, year and crime."""

    year: int | None = None
    crime: str | None = None


class DocumentRef(BaseModel):
    """A document mentioning something, and how often."""

    id: str
    title: str | None = None
    source: str | None = None
    count: int | None = None


class Evidence(BaseModel):
    """One mention supporting a fact: the document, offsets into its text (`GET
    /documents/{id}/text`), the sentence, and its page in a PDF."""

    document: str
    start: int | None = None
    end: int | None = None
    text: str | None = None
    confidence: float | None = None
    page: int | None = Field(
        default=None, description="The sentence's page, from 1, in a paged document (PDF)."
    )


class Provenance(BaseModel):
    """How sure a fact is and where it is stated."""

    confidence: float | None = None
    extractor: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Problem(BaseModel):
    """The one shape of every error the API returns: RFC 9457 problem details
    (`application/problem+json`), with the stable `code` of its type and, for bad parameters,
    the `errors` at fault; a 409 lists the `candidates` a name fits."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "type": "urn:ctgraph:problem:not_found",
                    "title": "Not found",
                    "status": 404,
                    "detail": "no country 'Atlantis'",
                    "instance": "/countries/Atlantis",
                    "code": "not_found",
                }
            ]
        },
    )

    type: str = Field(description="A URN naming the kind of problem: `urn:ctgraph:problem:<code>`.")
    title: str = Field(description="The kind of problem, in words.")
    status: int
    detail: str = Field(description="What went wrong this time, naming what is missing or wrong.")
    instance: str | None = Field(default=None, description="The path of the request.")
    code: str = Field(description="The stable code of the problem's type (`not_found`).")
    errors: list[Any] | None = Field(
        default=None, description="The parameters at fault (`loc`, `msg`, `type`)."
    )
    candidates: list[Any] | None = Field(
        default=None, description="With 409: the entities the name fits (`id`, `label`, `name`)."
    )


PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
PROBLEM_CONTENT = {"application/problem+json": {"schema": PROBLEM_REF}}
ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"content": PROBLEM_CONTENT, "description": text}
    for status, text in {
        400: "Malformed request body",
        401: "Missing or unknown API key",
        403: "The key lacks the role",
        404: "Unknown id or name (the detail names it)",
        409: "A name that fits several entities (the candidates are listed)",
        413: "Request body too large",
        422: "Invalid parameters",
        500: "Unexpected failure (logged with the request's X-Request-ID)",
        503: "Neo4j not available or busy; retry after `Retry-After` seconds",
    }.items()
}
ERRORS[503]["headers"] = {
    "Retry-After": {"description": "Seconds to wait before retrying", "schema": {"type": "integer"}}
}
NOT_MODIFIED: dict[int | str, dict[str, Any]] = {
    304: {"description": "Not modified: `If-None-Match` names the current ETag"}
}
READ_RESPONSES = {**ERRORS, **NOT_MODIFIED}
