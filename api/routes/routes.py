"""Trafficking and smuggling routes between countries."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ctgraph.api.caching import Conditional
from ctgraph.api.deps import GraphDep, ReadAccess
from ctgraph.api.params import CountryFilter, PagingDep, country_iso2
from ctgraph.api.schemas.actors import Route
from ctgraph.api.schemas.common import READ_RESPONSES, Crime, Page
from ctgraph.graph.read.routes import list_routes

router = APIRouter(
    prefix="/routes",
    tags=["routes"],
    dependencies=[ReadAccess, Conditional],
    responses=READ_RESPONSES,
)


@router.get("")
def list_trafficking_routes(
    graph: GraphDep,
    page: PagingDep,
    country: CountryFilter = None,
    crime: Annotated[Crime | None, Query(description="Only routes of this crime.")] = None,
) -> Page[Route]:
    """Routes between countries, with crime, purpose, kind and evidence, filtered by country and crime."""
    country = country_iso2(country) if country else None
    rows = list_routes(
        graph.driver, database=graph.database, country=country, crime=crime, **page.window
    )
    return Page[Route](**rows, **page.meta(rows["total"]))
