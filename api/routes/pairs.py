"""Co-investigation pairs: countries that took part in the same operations."""

from __future__ import annotations

from fastapi import APIRouter

from ctgraph.api.caching import Conditional
from ctgraph.api.deps import GraphDep, ReadAccess
from ctgraph.api.filters import OperationFilters
from ctgraph.api.params import PagingDep
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
    graph: GraphDep, filters: OperationFilters, page: PagingDep
) -> Page[Pair]:
    """Pairs of countries (`country_a` the smaller ISO code) by shared operations, filtered by country, organisation, crime, period and confidence."""
    rows = list_pairs(graph.driver, filters, page.window, database=graph.database)
    return Page[Pair](**rows, **page.meta(rows["total"]))
