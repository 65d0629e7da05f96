"""Countries and their co-investigation partners."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ctgraph.api.caching import Conditional
from ctgraph.api.deps import GraphDep, ReadAccess
from ctgraph.api.errors import NotFound
from ctgraph.api.params import Iso2, PagingDep, PeriodDep, country_iso2
from ctgraph.api.schemas.common import READ_RESPONSES, Page
from ctgraph.api.schemas.countries import Country, Partners
from ctgraph.graph.read import countries

WithOperations = Annotated[
    bool, Query(description="Also list up to 25 shared operations per partner (slower).")
]

router = APIRouter(
    prefix="/countries",
    tags=["countries"],
    dependencies=[ReadAccess, Conditional],
    responses=READ_RESPONSES,
)


@router.get("")
def list_countries(graph: GraphDep, page: PagingDep) -> Page[Country]:
    """Countries by name, with how many operations they took part in and their partner count."""
    rows = countries.list_countries(graph.driver, database=graph.database, **page.window)
    return Page[Country](**rows, **page.meta(rows["total"]))


@router.get("/{iso2}")
def get_country(graph: GraphDep, iso2: Iso2) -> Country:
    """One country by its ISO 3166-1 alpha-2 code (or its id)."""
    row = countries.get_country(graph.driver, country_iso2(iso2), database=graph.database)
    if row is None:
        raise NotFound(f"no country with ISO code {country_iso2(iso2)!r}")
    return Country(**row)


@router.get("/{iso2}/partners")
def list_partners(
    graph: GraphDep,
    iso2: Iso2,
    period: PeriodDep,
    page: PagingDep,
    operations: WithOperations = False,
) -> Partners:
    """The countries that took part in the same operations, most shared first, filtered by crime and period."""
    row = countries.list_partners(
        graph.driver,
        country_iso2(iso2),
        database=graph.database,
        with_operations=operations,
        **vars(period),
        **page.window,
    )
    if row is None:
        raise NotFound(f"no country with ISO code {country_iso2(iso2)!r}")
    return Partners(**row, **page.meta(row["total"]))
