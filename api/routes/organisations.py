"""Organisations: a list, and one with its operations, members and successions."""

from __future__ import annotations

from fastapi import APIRouter

from ctgraph.api.caching import Conditional
from ctgraph.api.deps import GraphDep, ReadAccess
from ctgraph.api.errors import NotFound
from ctgraph.api.filters import OrganisationFilters
from ctgraph.api.names import entity
from ctgraph.api.params import OrganisationName, PagingDep
from ctgraph.api.schemas.actors import Organisation, OrganisationSummary
from ctgraph.api.schemas.common import READ_RESPONSES, Page
from ctgraph.graph.read import organisations

router = APIRouter(
    prefix="/organisations",
    tags=["organisations"],
    dependencies=[ReadAccess, Conditional],
    responses=READ_RESPONSES,
)


@router.get("")
def list_organisations(
    graph: GraphDep, filters: OrganisationFilters, page: PagingDep
) -> Page[OrganisationSummary]:
    """Organisations by name, with their operation and member counts; filtered by words of a name and by country."""
    rows = organisations.list_organisations(
        graph.driver, filters, page.window, database=graph.database
    )
    return Page[OrganisationSummary](**rows, **page.meta(rows["total"]))


@router.get("/{organisation}")
def get_organisation(graph: GraphDep, organisation: OrganisationName) -> Organisation:
    """One organisation (by id, name or acronym) with its operations (and role), members, predecessors and successors."""
    found = entity(graph, organisation, label="Organisation")
    row = organisations.get_organisation(graph.driver, found.id, database=graph.database)
    if row is None:
        raise NotFound(f"no organisation {organisation!r}")
    return Organisation(**row)
