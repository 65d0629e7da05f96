"""Shapes shared by several resources: pages, references, evidence, errors."""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")

Crime = Literal["migrant smuggling", "human trafficking", "both", "other"]

COUNTRY_EXAMPLE: dict[str, Any] = {"id": "country:RS", "iso2": "RS", "name": "Serbia"}


class Page(BaseModel, Generic[T]):
    """One page of a list: `total` items match, `items` holds `limit` of them from `offset`."""

    total: int
    limit: int
    offset: int
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
        503: "Neo4j not available",
    }.items()
}
