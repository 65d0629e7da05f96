"""The shortest connection between two entities."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ctgraph.api.caching import Conditional
from ctgraph.api.deps import GraphDep, ReadAccess
from ctgraph.api.errors import NotFound
from ctgraph.api.names import entity
from ctgraph.api.schemas.common import READ_RESPONSES
from ctgraph.api.schemas.misc import Connection
from ctgraph.graph.read.connections import shortest_connection

router = APIRouter(
    prefix="/connections",
    tags=["connections"],
    dependencies=[ReadAccess, Conditional],
    responses=READ_RESPONSES,
)

Name = Annotated[
    str,
    Query(
        min_length=1,
        max_length=300,
        description="An entity's id (`organisation:selec`), a country's ISO code (`RS`), or a "
        "name or alias in any case (`SELEC`, `Serbia`).",
        examples=["RS"],
    ),
]


@router.get("")
def find_connection(graph: GraphDep, source: Name, target: Name) -> Connection:
    """The shortest chain of facts (at most 8, documents excluded) between two entities."""
    start = entity(graph, source, label=None).id  # a 404 names the one that is missing
    end = entity(graph, target, label=None).id
    row = shortest_connection(graph.driver, start, end, database=graph.database)
    if row is None:
        raise NotFound(f"no entity {source!r} or {target!r}")
    return Connection(**row)
