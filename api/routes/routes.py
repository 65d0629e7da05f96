"""Trafficking and smuggling routes between countries."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import GraphDep, ReadAccess
from api.params import CountryFilter, PagingDep
from api.schemas.actors import Route
from api.schemas.common import ERRORS, Crime, Page
from graph.read.routes import list_routes

router = APIRouter(prefix="/routes", tags=["routes"], dependencies=[ReadAccess], responses=ERRORS)


@router.get("")
def list_trafficking_routes(
    graph: GraphDep,
    page: PagingDep,
    country: CountryFilter = None,
    crime: Annotated[Crime | None, Query(description="Only routes of this crime.")] = None,
) -> Page[Route]:
    """Routes between countries, with crime, purpose, kind and evidence, filtered by country and crime."""
    country = country.upper() if country else None
    rows = list_routes(
        graph.driver, database=graph.database, country=country, crime=crime, **vars(page)
    )
    return Page[Route](**rows, limit=page.limit, offset=page.offset)
