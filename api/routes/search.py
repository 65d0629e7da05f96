"""Fuzzy search over entity names and aliases."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from ctgraph.api.caching import Conditional
from ctgraph.api.deps import GraphDep, ReadAccess
from ctgraph.api.params import SearchPagingDep
from ctgraph.api.schemas.common import READ_RESPONSES
from ctgraph.api.schemas.misc import SearchResults
from ctgraph.graph.read.search import search

router = APIRouter(
    prefix="/search",
    tags=["search"],
    dependencies=[ReadAccess, Conditional],
    responses=READ_RESPONSES,
)

Label = Literal["Country", "Organisation", "Operation", "Person", "Place", "Event"]


@router.get("")
def search_entities(
    graph: GraphDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Words of a name or alias.")],
    page: SearchPagingDep,
    label: Annotated[Label | None, Query(description="Only entities of this label.")] = None,
) -> SearchResults:
    """Entities whose names or aliases match the words (misspellings tolerated), best first."""
    found = search(
        graph.driver, q, database=graph.database, label=label, offset=page.offset, limit=page.limit
    )
    return SearchResults(query=q, **found, **page.meta(found["total"]))
