"""Organisations: a list, and one with its operations, members and successions."""

from __future__ import annotations

from fastapi import APIRouter

from ctgraph.api.caching import Conditional
from ctgraph.api.deps import GraphDep, ReadAccess
from ctgraph.api.errors import NotFound
from ctgraph.api.params import EntityId, PagingDep
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
def list_organisations(graph: GraphDep, page: PagingDep) -> Page[OrganisationSummary]:
    """Organisations by name, with their operation and member counts."""
    rows = organisations.list_organisations(graph.driver, database=graph.database, **page.window)
    return Page[OrganisationSummary](**rows, **page.meta(rows["total"]))


@router.get("/{organisation_id}")
def get_organisation(graph: GraphDep, organisation_id: EntityId) -> Organisation:
    """One organisation with its operations (and role), members, predecessors and successors."""
    row = organisations.get_organisation(graph.driver, organisation_id, database=graph.database)
    if row is None:
        raise NotFound(f"no organisation with id {organisation_id!r}")
    return Organisation(**row)
