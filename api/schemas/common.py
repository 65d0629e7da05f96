"""Shapes shared by several resources: pages, references, evidence, errors."""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")

Crime = Literal["migrant smuggling", "human trafficking", "both", "other"]

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
    """One mention supporting a fact: the document, offsets into its text, the sentence."""

    document: str
    start: int | None = None
    end: int | None = None
    text: str | None = None
    confidence: float | None = None


class Provenance(BaseModel):
    """How sure a fact is and where it is stated."""

    confidence: float | None = None
    extractor: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class ErrorBody(BaseModel):
    """What went wrong: the HTTP status, a stable code, a message and optional details."""

    status: int
    code: str
    message: str
    details: list[Any] | None = None


class ErrorResponse(BaseModel):
    """The one shape of every error the API returns."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "error": {
                        "status": 404,
                        "code": "not_found",
                        "message": "no country with ISO code 'ZZ'",
                        "details": None,
                    }
                }
            ]
        }
    )

    error: ErrorBody


ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": text}
    for status, text in {
        400: "Malformed request body",
        401: "Missing or unknown API key",
        403: "The key lacks the role",
        404: "Unknown id",
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
