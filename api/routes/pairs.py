"""Co-investigation pairs: countries that took part in the same operations."""

from __future__ import annotations

from fastapi import APIRouter

from ctgraph.api.caching import Conditional
from ctgraph.api.deps import GraphDep, ReadAccess
from ctgraph.api.params import CountryFilter, PagingDep, PeriodDep, country_iso2
from ctgraph.api.schemas.common import READ_RESPONSES, Page
from ctgraph.api.schemas.countries import Pair
from ctgraph.graph.read.countries import list_pairs

router = APIRouter(
    prefix="/co-investigations",
    tags=["co-investigations"],
    dependencies=[ReadAccess, Conditional],
    responses=READ_RESPONSES,
)


@router.get("")
def list_co_investigations(
    graph: GraphDep, period: PeriodDep, page: PagingDep, country: CountryFilter = None
) -> Page[Pair]:
    """Pairs of countries (smaller ISO code first) by shared operations, filtered by country, crime and period."""
    country = country_iso2(country) if country else None
    rows = list_pairs(
        graph.driver, database=graph.database, country=country, **vars(period), **page.window
    )
    return Page[Pair](**rows, **page.meta(rows["total"]))
