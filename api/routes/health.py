"""Liveness and readiness probes (open, no API key)."""

from __future__ import annotations

from fastapi import APIRouter

from ctgraph.api.deps import GraphDep
from ctgraph.api.errors import Unavailable
from ctgraph.api.schemas.common import ERRORS
from ctgraph.api.schemas.misc import Status
from ctgraph.graph.errors import GraphError
from ctgraph.graph.read.stats import is_ready

# Probes refuse unknown query parameters like every route (422), so that is documented too.
router = APIRouter(tags=["health"], responses={422: ERRORS[422], 500: ERRORS[500]})


@router.get("/healthz")
def healthz() -> Status:
    """The process is alive (does not touch Neo4j)."""
    return Status(status="ok")


@router.get("/readyz", responses={503: ERRORS[503]})
def readyz(graph: GraphDep) -> Status:
    """Neo4j answers a read transaction; 503 otherwise."""
    try:
        is_ready(graph.driver, database=graph.database)
    except GraphError as e:
        raise Unavailable("Neo4j is not available") from e
    return Status(status="ready")
