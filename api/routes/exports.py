"""Exports of the cooperation graph (countries and CO_INVESTIGATED pairs)."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Response

from api.deps import GraphDep, ReadAccess
from api.schemas.common import ERRORS
from graph.read import exports

router = APIRouter(prefix="/exports", tags=["exports"], dependencies=[ReadAccess], responses=ERRORS)

FORMATS = {
    "graphml": ("application/graphml+xml", exports.to_graphml),
    "gexf": ("application/gexf+xml", exports.to_gexf),
    "csv": ("text/csv", exports.to_csv),
}
CONTENT = {media: {"schema": {"type": "string"}} for media, _ in FORMATS.values()}


@router.get(
    "/cooperation.{fmt}",
    response_class=Response,
    responses={200: {"content": CONTENT, "description": "The graph as a file."}},
)
def export_cooperation(graph: GraphDep, fmt: Literal["graphml", "gexf", "csv"]) -> Response:
    """The cooperation graph as GraphML or GEXF (countries, weighted pairs) or CSV (pairs)."""
    media, write = FORMATS[fmt]
    body = write(exports.cooperation_graph(graph.driver, database=graph.database))
    disposition = f'attachment; filename="ctgraph-cooperation.{fmt}"'
    return Response(body, media_type=media, headers={"Content-Disposition": disposition})
