"""Countries, partners and co-investigating pairs."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ctgraph.api.schemas.common import COUNTRY_EXAMPLE, CountryRef, OperationRef, Page

OPERATION_EXAMPLE: dict[str, Any] = {
    "id": "operation:mirage-2016",
    "name": "Mirage 2016",
    "year": 2016,
    "crime": "both",
}


class Country(CountryRef):
    """A country with its aliases, how many operations it took part in and its partner count."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    **COUNTRY_EXAMPLE,
                    "aliases": ["Republic of Serbia"],
                    "operations": 3,
                    "partners": 5,
                }
            ]
        }
    )

    aliases: list[str] = Field(default_factory=list)
    operations: int = 0
    partners: int = 0


class Partner(BaseModel):
    """A partner country, the number of shared operations, their years and the latest of them."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "country": {"id": "country:RO", "iso2": "RO", "name": "Romania"},
                    "count": 2,
                    "years": [2016, 2015],
                    "operations": [OPERATION_EXAMPLE],
                }
            ]
        }
    )

    country: CountryRef
    count: int
    years: list[int] = Field(default_factory=list)
    operations: list[OperationRef] = Field(
        default_factory=list,
        description="Up to 25 shared operations, newest first (with `operations=true`).",
    )


class Partners(Page[Partner]):
    """A page of one country's co-investigation partners."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "country": COUNTRY_EXAMPLE,
                    "total": 1,
                    "limit": 50,
                    "offset": 0,
                    "next": None,
                    "prev": None,
                    "items": Partner.model_config["json_schema_extra"]["examples"],  # type: ignore[index]
                }
            ]
        }
    )

    country: CountryRef


class Pair(BaseModel):
    """Two countries (smaller ISO code first) that took part in the same operations."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "country_a": {"id": "country:RO", "iso2": "RO", "name": "Romania"},
                    "country_b": COUNTRY_EXAMPLE,
                    "count": 2,
                    "years": [2016],
                    "crimes": ["both"],
                    "operations": [OPERATION_EXAMPLE],
                }
            ]
        }
    )

    country_a: CountryRef = Field(description="The country of the smaller ISO code.")
    country_b: CountryRef = Field(description="The other country.")
    count: int
    years: list[int] = Field(default_factory=list)
    crimes: list[str] = Field(default_factory=list)
    operations: list[OperationRef] = Field(
        default_factory=list, description="Up to 25 shared operations, newest first."
    )
