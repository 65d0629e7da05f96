"""The filters of the lists: query parameters that build one `graph.filters.Filters`, which the
route hands to `graph/read` as it is. Each list declares the filters it understands (an unknown
query parameter is a 422); names in `country` and `organisation` are resolved as in paths
(`api/names.py`: 404 when they name nothing, 409 when they fit several)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from typing import Annotated, Any

from fastapi import Depends, Query

from ctgraph.api.deps import GraphDep
from ctgraph.api.errors import Invalid
from ctgraph.api.names import country_code, organisation_id
from ctgraph.api.schemas.common import Crime
from ctgraph.graph.errors import QueryError
from ctgraph.graph.filters import ISO_DATE, Filters

FILTER_NAMES = {f.name for f in fields(Filters)}

CrimeQ = Annotated[
    Crime | None, Query(description="Only operations of this crime ('both' counts for either).")
]
YearFrom = Annotated[
    int | None, Query(ge=1900, le=2100, description="From this year (not after `year_to`: 422).")
]
YearTo = Annotated[
    int | None,
    Query(ge=1900, le=2100, description="Up to this year (not before `year_from`: 422)."),
]
CountryQ = Annotated[
    str | None,
    Query(
        min_length=1,
        max_length=300,
        description="Only those involving this country: its ISO code, id, name or alias.",
        examples=["RS"],
    ),
]
OrganisationQ = Annotated[
    str | None,
    Query(
        min_length=1,
        max_length=300,
        description="Only those involving this organisation: its id, name or acronym.",
        examples=["SELEC"],
    ),
]
MinConfidence = Annotated[
    float | None,
    Query(ge=0, le=1, description="Only facts at least this sure (0 to 1).", examples=[0.8]),
]
Words = Annotated[
    str | None,
    Query(
        min_length=1,
        max_length=200,
        description="Only those whose name or an alias contains this text (any case).",
    ),
]
Active = Annotated[bool, Query(description="Only countries that took part in operations.")]
DATE_PATTERN = ISO_DATE.pattern
DateFrom = Annotated[
    str | None,
    Query(
        pattern=DATE_PATTERN,
        description="Only documents dated from this ISO date (`2016`, `2016-03`, `2016-03-01`); "
        "not after `date_to`: 422.",
        examples=["2016"],
    ),
]
DateTo = Annotated[
    str | None,
    Query(
        pattern=DATE_PATTERN,
        description="Only documents dated up to this ISO date (its whole year or month included); "
        "not before `date_from`: 422.",
        examples=["2019-06"],
    ),
]


@contextmanager
def checked() -> Iterator[None]:
    """A filter that makes no sense (an empty period or date range) as a 422 naming it."""
    try:
        yield
    except QueryError as e:
        # The check names the parameter first: "empty period: year_from 2018 is after ...",
        # "min_confidence must be within 0..1, ...".
        named = str(e).split(": ", 1)[-1].split(" ", 1)[0]
        loc = ["query", named] if named in FILTER_NAMES else ["query"]
        raise Invalid(str(e), details=[{"loc": loc, "msg": str(e), "type": "value_error"}]) from e


def built(**given: Any) -> Filters:
    """The `Filters` of the given values, checked."""
    with checked():
        return Filters(**given)


def period_filters(
    crime: CrimeQ = None, year_from: YearFrom = None, year_to: YearTo = None
) -> Filters:
    """Crime and period (the partners of a country)."""
    return built(crime=crime, year_from=year_from, year_to=year_to)


PeriodDep = Annotated[Filters, Depends(period_filters)]


def operation_filters(
    graph: GraphDep,
    period: PeriodDep,
    country: CountryQ = None,
    organisation: OrganisationQ = None,
    min_confidence: MinConfidence = None,
) -> Filters:
    """Crime, period, country, organisation and confidence (operations, pairs)."""
    return built(
        crime=period.crime, year_from=period.year_from, year_to=period.year_to,
        country=country_code(graph, country), organisation=organisation_id(graph, organisation),
        min_confidence=min_confidence,
    )  # fmt: skip


def export_filters(graph: GraphDep, period: PeriodDep, country: CountryQ = None) -> Filters:
    """Crime, period and country (the cooperation graph's exports)."""
    return built(
        crime=period.crime, year_from=period.year_from, year_to=period.year_to,
        country=country_code(graph, country),
    )  # fmt: skip


def country_filters(active: Active = False, q: Words = None) -> Filters:
    """Countries with operations only, and words of a name."""
    return built(active=active, q=q)


def organisation_filters(graph: GraphDep, q: Words = None, country: CountryQ = None) -> Filters:
    """Words of a name, and a country in the organisation's operations."""
    return built(q=q, country=country_code(graph, country))


def person_filters(graph: GraphDep, q: Words = None, organisation: OrganisationQ = None) -> Filters:
    """Words of a name, and an organisation they are affiliated with."""
    return built(q=q, organisation=organisation_id(graph, organisation))


def route_filters(
    graph: GraphDep,
    country: CountryQ = None,
    crime: Annotated[Crime | None, Query(description="Only routes of this crime.")] = None,
    min_confidence: MinConfidence = None,
) -> Filters:
    """A country at either end, crime and confidence."""
    return built(country=country_code(graph, country), crime=crime, min_confidence=min_confidence)


def document_filters(date_from: DateFrom = None, date_to: DateTo = None) -> Filters:
    """The document's date."""
    return built(date_from=date_from, date_to=date_to)


OperationFilters = Annotated[Filters, Depends(operation_filters)]
ExportFilters = Annotated[Filters, Depends(export_filters)]
CountryFilters = Annotated[Filters, Depends(country_filters)]
OrganisationFilters = Annotated[Filters, Depends(organisation_filters)]
PersonFilters = Annotated[Filters, Depends(person_filters)]
RouteFilters = Annotated[Filters, Depends(route_filters)]
DocumentFilters = Annotated[Filters, Depends(document_filters)]
