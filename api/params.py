"""Query and path parameters shared by routes: paging (with links), countries, ids, periods.

One rule for identifiers: every entity is named by its id (`country:RS`, `operation:...`; a
document by its own id, which has no prefix). A country may also be named by its ISO 3166-1
alpha-2 code, in any case, wherever a country or an entity is expected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import Depends, Path, Query, Request, Response

from ctgraph.api.errors import PATH_SAFE, Invalid
from ctgraph.api.schemas.common import Crime

MAX_LIMIT = 500
MAX_OFFSET = 1_000_000
COUNTRY_PREFIX = "country:"
ISO2 = re.compile(r"^[A-Za-z]{2}$")
RFC3339 = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})[Tt](?P<time>\d{2}:\d{2}:\d{2})(?P<fraction>\.\d+)?"
    r"(?P<zone>[Zz]|[+-]\d{2}:\d{2})$"
)


@dataclass(frozen=True)
class Paging:
    """Which slice of a list to return, and where the request came from (for links)."""

    limit: int
    offset: int
    request: Request
    response: Response

    @property
    def window(self) -> dict[str, Any]:
        """`offset` and `limit`, as the read functions take them."""
        return {"offset": self.offset, "limit": self.limit}

    def url(self, offset: int) -> str:
        """This request's path and query with another offset (relative, so right behind proxies)."""
        query = self.request.query_params.multi_items()
        items = [(k, v) for k, v in query if k != "offset"] + [("offset", str(offset))]
        path = quote(self.request.scope["path"], safe=PATH_SAFE)  # includes the root path
        return f"{path}?{urlencode(items)}"

    def meta(self, total: int) -> dict[str, Any]:
        """`limit`, `offset`, `next` and `prev` of a page of `total` items; also a `Link` header."""
        following = self.offset + self.limit
        next_url = self.url(following) if following < total else None
        prev_url = self.url(max(self.offset - self.limit, 0)) if self.offset > 0 else None
        links = [f'<{u}>; rel="{rel}"' for rel, u in (("next", next_url), ("prev", prev_url)) if u]
        if links:
            self.response.headers["Link"] = ", ".join(links)
        return {"limit": self.limit, "offset": self.offset, "next": next_url, "prev": prev_url}


def paging(
    request: Request,
    response: Response,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")] = 0,
) -> Paging:
    """The `limit` and `offset` query parameters."""
    return Paging(limit=limit, offset=offset, request=request, response=response)


def search_paging(
    request: Request,
    response: Response,
    limit: Annotated[int, Query(ge=1, le=100, description="Hits per page.")] = 20,
    offset: Annotated[int, Query(ge=0, le=10_000, description="Hits to skip.")] = 0,
) -> Paging:
    """Paging of search hits (smaller pages: each hit is ranked)."""
    return Paging(limit=limit, offset=offset, request=request, response=response)


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
    year_from: Annotated[
        int | None,
        Query(ge=1900, le=2100, description="From this year (not after `year_to`: 422)."),
    ] = None,
    year_to: Annotated[
        int | None,
        Query(ge=1900, le=2100, description="Up to this year (not before `year_from`: 422)."),
    ] = None,
) -> Period:
    """The `crime`, `year_from` and `year_to` query parameters; `year_from > year_to` is a 422."""
    if year_from is not None and year_to is not None and year_from > year_to:
        raise Invalid(
            f"year_from ({year_from}) is after year_to ({year_to})",
            details=[
                {"loc": ["query", "year_from"], "msg": "after year_to", "type": "value_error"}
            ],
        )
    return Period(crime=crime, year_from=year_from, year_to=year_to)


def date_time(value: str | None, *, name: str) -> datetime | None:
    """An RFC 3339 date-time (with its offset) from a query parameter; 422 otherwise.

    Stricter than pydantic's `datetime`, which also takes numbers and dates without a time, so
    that what is accepted is exactly what the schema's `format: date-time` says."""
    if value is None:
        return None
    match = RFC3339.match(value)
    try:
        if match is None:
            raise ValueError("not an RFC 3339 date-time")
        fraction = (match["fraction"] or "")[:7]
        zone = "+00:00" if match["zone"] in ("Z", "z") else match["zone"]
        parsed = datetime.fromisoformat(f"{match['date']}T{match['time']}{fraction}{zone}")
    except ValueError as e:
        raise Invalid(
            f"{name} is not a date-time like 2026-11-23T09:40:00Z",
            details=[{"loc": ["query", name], "msg": str(e), "type": "datetime_parsing"}],
        ) from e
    # In UTC, which Neo4j takes whatever the offset (it refuses offsets past 18 hours); an
    # instant past the ends of Python's calendar is before or after everything loaded.
    try:
        return parsed.astimezone(UTC)
    except OverflowError:
        return (
            datetime.min.replace(tzinfo=UTC)
            if parsed.year < 2
            else datetime.max.replace(tzinfo=UTC)
        )


def country_iso2(value: str) -> str:
    """The upper-case ISO code of a country named by its code or its id."""
    return value.removeprefix(COUNTRY_PREFIX).upper()


def entity_id(value: str) -> str:
    """The id of an entity named by its id, or of a country named by its ISO code."""
    return COUNTRY_PREFIX + value.upper() if ISO2.match(value) else value


PagingDep = Annotated[Paging, Depends(paging)]
SearchPagingDep = Annotated[Paging, Depends(search_paging)]
PeriodDep = Annotated[Period, Depends(period)]
COUNTRY_PATTERN = r"^(country:)?[A-Za-z]{2}$"
Iso2 = Annotated[
    str,
    Path(
        pattern=COUNTRY_PATTERN,
        description="The country's ISO 3166-1 alpha-2 code (any case) or its id (`country:RS`).",
        examples=["RS"],
    ),
]
CountryFilter = Annotated[
    str | None,
    Query(
        pattern=COUNTRY_PATTERN,
        description="Only those involving this country (ISO code or id).",
        examples=["RS"],
    ),
]
EntityId = Annotated[str, Path(min_length=1, max_length=300, description="The entity's id.")]
