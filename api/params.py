"""Query and path parameters shared by routes: paging (with links), names, date-times.

One rule for naming an entity, wherever one is expected (path or filter): its id
(`country:RS`, `organisation:selec`), a country's ISO 3166-1 alpha-2 code in any case (`RS`),
or its name or an alias in any case (`Serbia`, `SELEC`), resolved as the CLI resolves them
(`api/names.py`). A document is named by its own id. The filters are in `api/filters.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import Depends, Path, Query, Request, Response

from ctgraph.api.errors import PATH_SAFE, Invalid
from ctgraph.graph.filters import Window

MAX_LIMIT = 500
MAX_OFFSET = 1_000_000
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
    def window(self) -> Window:
        """`offset` and `limit`, as the read functions take them."""
        return Window(offset=self.offset, limit=self.limit)

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


PagingDep = Annotated[Paging, Depends(paging)]
SearchPagingDep = Annotated[Paging, Depends(search_paging)]
NAME_DESCRIPTION = (
    "{what}'s id (`{example_id}`), {iso}name or alias, in any case; a name that fits several "
    "is a 409 listing them."
)


def name_param(what: str, example_id: str, example: str, *, iso: bool = False) -> Any:
    """A path parameter naming an entity as the CLI does."""
    description = NAME_DESCRIPTION.format(
        what=what, example_id=example_id, iso="ISO 3166-1 alpha-2 code (`RS`), " if iso else ""
    )
    return Path(min_length=1, max_length=300, description=description, examples=[example])


CountryName = Annotated[str, name_param("The country", "country:RS", "Serbia", iso=True)]
OperationName = Annotated[
    str, name_param("The operation", "operation:mirage-2016", "operation:mirage-2016")
]
OrganisationName = Annotated[str, name_param("The organisation", "organisation:selec", "SELEC")]
PersonName = Annotated[str, name_param("The person", "person:dana-ionescu", "Dana Ionescu")]
DocumentId = Annotated[str, Path(min_length=1, max_length=300, description="The document's id.")]
