"""Co-investigation pairs: countries that took part in the same operations."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import GraphDep, ReadAccess
from api.params import CountryFilter, PagingDep, PeriodDep
from api.schemas.common import ERRORS, Page
from api.schemas.countries import Pair
from graph.read.countries import list_pairs

router = APIRouter(
    prefix="/co-investigations", tags=["countries"], dependencies=[ReadAccess], responses=ERRORS
)


@router.get("")
def list_co_investigations(
    graph: GraphDep, period: PeriodDep, page: PagingDep, country: CountryFilter = None
) -> Page[Pair]:
    """Pairs of countries (smaller ISO code first) by shared operations, filtered by country, crime and period."""
    country = country.upper() if country else None
    rows = list_pairs(
        graph.driver, database=graph.database, country=country, **vars(period), **vars(page)
    )
    return Page[Pair](**rows, limit=page.limit, offset=page.offset)
