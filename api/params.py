"""Query and path parameters shared by routes: paging, ISO codes, crime and period filters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Path, Query

from api.schemas.common import Crime

MAX_LIMIT = 500
MAX_OFFSET = 1_000_000


@dataclass(frozen=True)
class Paging:
    """Which slice of a list to return."""

    limit: int
    offset: int


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")] = 0,
) -> Paging:
    """The `limit` and `offset` query parameters."""
    return Paging(limit=limit, offset=offset)


@dataclass(frozen=True)
class Period:
    """Filter on an operation's crime and year (inclusive bounds)."""

    crime: str | None
    year_from: int | None
    year_to: int | None


def period(
    crime: Annotated[
        Crime | None, Query(description="Only operations of this crime ('both' counts for either).")
    ] = None,
    year_from: Annotated[int | None, Query(ge=1900, le=2100, description="From this year.")] = None,
    year_to: Annotated[int | None, Query(ge=1900, le=2100, description="Up to this year.")] = None,
) -> Period:
    """The `crime`, `year_from` and `year_to` query parameters."""
    return Period(crime=crime, year_from=year_from, year_to=year_to)


PagingDep = Annotated[Paging, Depends(paging)]
PeriodDep = Annotated[Period, Depends(period)]
ISO2_PATTERN = r"^[A-Za-z]{2}$"
Iso2 = Annotated[str, Path(pattern=ISO2_PATTERN, description="ISO 3166-1 alpha-2 code.")]
CountryFilter = Annotated[
    str | None,
    Query(pattern=ISO2_PATTERN, description="Only those involving this country (ISO code)."),
]
EntityId = Annotated[str, Path(min_length=1, max_length=300, description="The entity's id.")]
