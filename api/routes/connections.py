"""The shortest connection between two entities."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ctgraph.api.caching import Conditional
from ctgraph.api.deps import GraphDep, ReadAccess
from ctgraph.api.errors import NotFound
from ctgraph.api.params import entity_id
from ctgraph.api.schemas.common import READ_RESPONSES
from ctgraph.api.schemas.misc import Connection
from ctgraph.graph.read.connections import shortest_connection

router = APIRouter(
    prefix="/connections",
    tags=["connections"],
    dependencies=[ReadAccess, Conditional],
    responses=READ_RESPONSES,
)

Id = Annotated[
    str,
    Query(
        min_length=1,
        max_length=300,
        description="An entity id (`organisation:selec`), or a country's ISO code (`RS`).",
        examples=["RS"],
    ),
]


@router.get("")
def find_connection(graph: GraphDep, source: Id, target: Id) -> Connection:
    """The shortest chain of facts (at most 8, documents excluded) between two entities."""
    source, target = entity_id(source), entity_id(target)
    row = shortest_connection(graph.driver, source, target, database=graph.database)
    if row is None:
        raise NotFound(f"no entity with id {source!r} or {target!r}")
    return Connection(**row)
