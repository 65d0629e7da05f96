"""Fuzzy search over entity names and aliases."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import AfterValidator, WithJsonSchema

from ctgraph.api.caching import Conditional
from ctgraph.api.deps import GraphDep, ReadAccess
from ctgraph.api.params import SearchPagingDep
from ctgraph.api.schemas.common import READ_RESPONSES
from ctgraph.api.schemas.misc import SearchResults
from ctgraph.graph.model import model
from ctgraph.graph.read.search import search

router = APIRouter(
    prefix="/search",
    tags=["search"],
    dependencies=[ReadAccess, Conditional],
    responses=READ_RESPONSES,
)


def _searchable(label: str) -> str:
    """A label the fulltext index covers, as graph/model.yaml declares them."""
    if label not in model().searchable_labels:
        raise ValueError(f"must be one of {', '.join(model().searchable_labels)}")
    return label


# The searchable labels, read from the graph model (an enum in the OpenAPI schema).
Label = Annotated[
    str,
    AfterValidator(_searchable),
    WithJsonSchema({"type": "string", "enum": list(model().searchable_labels)}),
]


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
