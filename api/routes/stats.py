"""Statistics of the graph."""

from __future__ import annotations

from fastapi import APIRouter

from ctgraph.api.caching import Conditional
from ctgraph.api.deps import GraphDep, ReadAccess
from ctgraph.api.schemas.common import READ_RESPONSES
from ctgraph.api.schemas.misc import Stats
from ctgraph.graph.read.stats import graph_stats

router = APIRouter(
    prefix="/stats",
    tags=["stats"],
    dependencies=[ReadAccess, Conditional],
    responses=READ_RESPONSES,
)


@router.get("")
def get_stats(graph: GraphDep) -> Stats:
    """Node counts per label, relationship counts per type and the span of operation years."""
    return Stats(**graph_stats(graph.driver, database=graph.database))
