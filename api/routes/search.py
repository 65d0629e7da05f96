"""Fuzzy search over entity names and aliases."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from api.deps import GraphDep, ReadAccess
from api.schemas.common import ERRORS
from api.schemas.misc import SearchResults
from graph.read.search import search

router = APIRouter(prefix="/search", tags=["search"], dependencies=[ReadAccess], responses=ERRORS)

Label = Literal["Country", "Organisation", "Operation", "Person", "Place", "Event"]


@router.get("")
def search_entities(
    graph: GraphDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Words of a name or alias.")],
    label: Annotated[Label | None, Query(description="Only entities of this label.")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> SearchResults:
    """Entities whose names or aliases match the words (misspellings tolerated), best first."""
    found = search(graph.driver, q, database=graph.database, label=label, limit=limit)
    return SearchResults(query=q, **found)
