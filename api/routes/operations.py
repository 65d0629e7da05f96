"""Operations: filtered lists, and one operation in full."""

from __future__ import annotations

from fastapi import APIRouter

from ctgraph.api.caching import Conditional
from ctgraph.api.deps import GraphDep, ReadAccess
from ctgraph.api.errors import NotFound
from ctgraph.api.params import CountryFilter, EntityId, PagingDep, PeriodDep, country_iso2
from ctgraph.api.schemas.common import READ_RESPONSES, Page
from ctgraph.api.schemas.operations import Operation, OperationSummary
from ctgraph.graph.read import operations

router = APIRouter(
    prefix="/operations",
    tags=["operations"],
    dependencies=[ReadAccess, Conditional],
    responses=READ_RESPONSES,
)


@router.get("")
def list_operations(
    graph: GraphDep, period: PeriodDep, page: PagingDep, country: CountryFilter = None
) -> Page[OperationSummary]:
    """Operations, newest first, filtered by participating country, crime and period."""
    country = country_iso2(country) if country else None
    rows = operations.list_operations(
        graph.driver, database=graph.database, country=country, **vars(period), **page.window
    )
    return Page[OperationSummary](**rows, **page.meta(rows["total"]))


@router.get("/{operation_id}")
def get_operation(graph: GraphDep, operation_id: EntityId) -> Operation:
    """One operation with its countries, organisations, figures, evidence and documents."""
    row = operations.get_operation(graph.driver, operation_id, database=graph.database)
    if row is None:
        raise NotFound(f"no operation with id {operation_id!r}")
    return Operation(**row)
