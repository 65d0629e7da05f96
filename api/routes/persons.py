"""Persons: a list, and one with their affiliations."""

from __future__ import annotations

from fastapi import APIRouter

from ctgraph.api.caching import Conditional
from ctgraph.api.deps import GraphDep, ReadAccess
from ctgraph.api.errors import NotFound
from ctgraph.api.filters import PersonFilters
from ctgraph.api.names import entity
from ctgraph.api.params import PagingDep, PersonName
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
def list_persons(graph: GraphDep, filters: PersonFilters, page: PagingDep) -> Page[PersonSummary]:
    """Persons by name, with their role and organisations; filtered by words of a name and by organisation."""
    rows = persons.list_persons(graph.driver, filters, page.window, database=graph.database)
    return Page[PersonSummary](**rows, **page.meta(rows["total"]))


@router.get("/{person}")
def get_person(graph: GraphDep, person: PersonName) -> Person:
    """One person (by id, name or alias) with their affiliations and the documents mentioning them."""
    found = entity(graph, person, label="Person")
    row = persons.get_person(graph.driver, found.id, database=graph.database)
    if row is None:
        raise NotFound(f"no person {person!r}")
    return Person(**row)
