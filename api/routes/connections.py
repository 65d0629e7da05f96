"""The shortest connection between two entities."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import GraphDep, ReadAccess
from api.errors import NotFound
from api.schemas.common import ERRORS
from api.schemas.misc import Connection
from graph.read.connections import shortest_connection

router = APIRouter(
    prefix="/connections", tags=["connections"], dependencies=[ReadAccess], responses=ERRORS
)

Id = Annotated[str, Query(min_length=1, max_length=300, description="An entity id.")]


@router.get("")
def find_connection(graph: GraphDep, source: Id, target: Id) -> Connection:
    """The shortest chain of facts (at most 8, documents excluded) between two entities."""
    row = shortest_connection(graph.driver, source, target, database=graph.database)
    if row is None:
        raise NotFound(f"no entity with id {source!r} or {target!r}")
    return Connection(**row)
