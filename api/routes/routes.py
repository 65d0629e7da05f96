"""Trafficking and smuggling routes between countries."""

from __future__ import annotations

from fastapi import APIRouter

from ctgraph.api.caching import Conditional
from ctgraph.api.deps import GraphDep, ReadAccess
from ctgraph.api.filters import RouteFilters
from ctgraph.api.params import PagingDep
from ctgraph.api.schemas.actors import Route
from ctgraph.api.schemas.common import READ_RESPONSES, Page
from ctgraph.graph.read.routes import list_routes

router = APIRouter(
    prefix="/routes",
    tags=["routes"],
    dependencies=[ReadAccess, Conditional],
    responses=READ_RESPONSES,
)


@router.get("")
def list_trafficking_routes(graph: GraphDep, filters: RouteFilters, page: PagingDep) -> Page[Route]:
    """Routes between countries, with crime, purpose, kind and evidence, filtered by country, crime and confidence."""
    rows = list_routes(graph.driver, filters, page.window, database=graph.database)
    return Page[Route](**rows, **page.meta(rows["total"]))
