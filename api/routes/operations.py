"""Operations: filtered lists, and one operation in full."""

from __future__ import annotations

from fastapi import APIRouter

from ctgraph.api.caching import Conditional
from ctgraph.api.deps import GraphDep, ReadAccess
from ctgraph.api.errors import NotFound
from ctgraph.api.filters import OperationFilters
from ctgraph.api.names import entity
from ctgraph.api.params import OperationName, PagingDep
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
    graph: GraphDep, filters: OperationFilters, page: PagingDep
) -> Page[OperationSummary]:
    """Operations, newest first, filtered by participating country, organisation, crime, period and confidence."""
    rows = operations.list_operations(graph.driver, filters, page.window, database=graph.database)
    return Page[OperationSummary](**rows, **page.meta(rows["total"]))


@router.get("/{operation}")
def get_operation(graph: GraphDep, operation: OperationName) -> Operation:
    """One operation (by id, name or alias) with its countries, organisations, figures, evidence and documents."""
    found = entity(graph, operation, label="Operation")
    row = operations.get_operation(graph.driver, found.id, database=graph.database)
    if row is None:
        raise NotFound(f"no operation {operation!r}")
    return Operation(**row)
