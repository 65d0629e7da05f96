"""Exports of the cooperation graph (countries and CO_INVESTIGATED pairs)."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Response

from api.caching import Conditional
from api.deps import GraphDep, ReadAccess
from api.schemas.common import READ_RESPONSES
from graph.read import exports

router = APIRouter(
    prefix="/exports",
    tags=["exports"],
    dependencies=[ReadAccess, Conditional],
    responses=READ_RESPONSES,
)

FORMATS = {
    "graphml": ("application/graphml+xml", exports.to_graphml),
    "gexf": ("application/gexf+xml", exports.to_gexf),
    "csv": ("text/csv", exports.to_csv),
}
EXAMPLES = {
    "application/graphml+xml": '<?xml version="1.0" encoding="utf-8"?>\n<graphml xmlns='
    '"http://graphml.graphdrawing.org/xmlns">...<node id="country:RS">...</graphml>',
    "application/gexf+xml": '<?xml version="1.0" encoding="utf-8"?>\n<gexf version="1.2">'
    '...<node id="country:RS" label="Serbia">...</gexf>',
    "text/csv": "source,target,source_iso2,target_iso2,count,years,crimes\n"
    "country:RO,country:RS,RO,RS,2,2015;2016,both\n",
}
CONTENT = {
    media: {"schema": {"type": "string"}, "example": EXAMPLES[media]}
    for media, _ in FORMATS.values()
}


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
