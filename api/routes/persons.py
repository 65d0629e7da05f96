"""Persons: a list, and one with their affiliations."""

from __future__ import annotations

from fastapi import APIRouter

from ctgraph.api.caching import Conditional
from ctgraph.api.deps import GraphDep, ReadAccess
from ctgraph.api.errors import NotFound
from ctgraph.api.params import EntityId, PagingDep
from ctgraph.api.schemas.actors import Person, PersonSummary
from ctgraph.api.schemas.common import READ_RESPONSES, Page
from ctgraph.graph.read import persons

router = APIRouter(
    prefix="/persons",
    tags=["persons"],
    dependencies=[ReadAccess, Conditional],
    responses=READ_RESPONSES,
)


@router.get("")
def list_persons(graph: GraphDep, page: PagingDep) -> Page[PersonSummary]:
    """Persons by name, with their role and organisations."""
    rows = persons.list_persons(graph.driver, database=graph.database, **page.window)
    return Page[PersonSummary](**rows, **page.meta(rows["total"]))


@router.get("/{person_id}")
def get_person(graph: GraphDep, person_id: EntityId) -> Person:
    """One person with their affiliations and the documents mentioning them."""
    row = persons.get_person(graph.driver, person_id, database=graph.database)
    if row is None:
        raise NotFound(f"no person with id {person_id!r}")
    return Person(**row)
