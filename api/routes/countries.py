"""Countries and their co-investigation partners."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ctgraph.api.caching import Conditional
from ctgraph.api.deps import GraphDep, ReadAccess
from ctgraph.api.errors import NotFound
from ctgraph.api.filters import CountryFilters, PeriodDep
from ctgraph.api.names import entity
from ctgraph.api.params import CountryName, PagingDep
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
def list_countries(graph: GraphDep, filters: CountryFilters, page: PagingDep) -> Page[Country]:
    """Countries by name, with how many operations they took part in and their partner count."""
    rows = countries.list_countries(graph.driver, filters, page.window, database=graph.database)
    return Page[Country](**rows, **page.meta(rows["total"]))


@router.get("/{country}")
def get_country(graph: GraphDep, country: CountryName) -> Country:
    """One country by its ISO 3166-1 alpha-2 code, id, name or alias."""
    iso2 = entity(graph, country, label="Country").iso2 or ""
    row = countries.get_country(graph.driver, iso2, database=graph.database)
    if row is None:  # removed since it was resolved
        raise NotFound(f"no country {country!r}")
    return Country(**row)


@router.get("/{country}/partners")
def list_partners(
    graph: GraphDep,
    country: CountryName,
    filters: PeriodDep,
    page: PagingDep,
    operations: WithOperations = False,
) -> Partners:
    """The countries that took part in the same operations, most shared first, filtered by crime and period."""
    iso2 = entity(graph, country, label="Country").iso2 or ""
    row = countries.list_partners(
        graph.driver, iso2, filters, page.window, database=graph.database,
        with_operations=operations,
    )  # fmt: skip
    if row is None:
        raise NotFound(f"no country {country!r}")
    return Partners(**row, **page.meta(row["total"]))
