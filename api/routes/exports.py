"""Exports, streamed: the cooperation graph (countries and CO_INVESTIGATED pairs) as GraphML,
GEXF or CSV, and the whole graph as a Cypher script, GraphML or FollowTheMoney entities.

The body is written while Neo4j's rows arrive (bounded memory, the first bytes at once), and
gzip-compressed as it goes when the client accepts gzip; the filters are those of the lists.
"""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Iterator
from itertools import chain
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse

from ctgraph.api.caching import Conditional
from ctgraph.api.deps import GraphDep, ReadAccess
from ctgraph.api.filters import ExportFilters
from ctgraph.api.schemas.common import READ_RESPONSES
from ctgraph.graph.exchange.formats import FILES, Format, stream
from ctgraph.graph.exchange.weights import Weighting
from ctgraph.graph.read import exports

router = APIRouter(
    prefix="/exports",
    tags=["exports"],
    dependencies=[ReadAccess, Conditional],
    responses=READ_RESPONSES,
)

MEDIA = {"graphml": "application/graphml+xml", "gexf": "application/gexf+xml", "csv": "text/csv"}
EXAMPLES = {
    "application/graphml+xml": '<?xml version="1.0" encoding="utf-8"?>\n<graphml xmlns='
    '"http://graphml.graphdrawing.org/xmlns">...<node id="country:RS">...</graphml>',
    "application/gexf+xml": '<?xml version="1.0" encoding="utf-8"?>\n<gexf version="1.2">'
    '...<node id="country:RS" label="Serbia">...</gexf>',
    "text/csv": "source,target,source_iso2,target_iso2,count,years,crimes\n"
    "country:RO,country:RS,RO,RS,2,2015;2016,both\n",
}
CONTENT = {
    media: {"schema": {"type": "string"}, "example": EXAMPLES[media]} for media in MEDIA.values()
}


WeightQ = Annotated[
    Weighting,
    Query(description="A pair's weight: `count` of shared operations, or `size` (1/(n-1) per "
          "shared operation of n states, so big operations do not dominate)."),
]  # fmt: skip
IsolatedQ = Annotated[
    bool, Query(description="Keep the countries with no partner (that took part in operations).")
]


@router.get(
    "/cooperation.gexf",
    response_class=StreamingResponse,
    responses={200: {"content": {MEDIA["gexf"]: CONTENT[MEDIA["gexf"]]},
                     "description": "The graph as a GEXF file."}},
)  # fmt: skip
def export_cooperation_gexf(
    request: Request,
    graph: GraphDep,
    filters: ExportFilters,
    weight: WeightQ = "count",
    isolated: IsolatedQ = False,
) -> StreamingResponse:
    """The cooperation graph as dynamic GEXF for Gephi's timeline (years as time intervals), as
    `ctgraph export gexf` writes it: pairs weighted by `weight`, countries without a partner
    only if `isolated`; limited to the pairs whose shared operations pass the filters."""
    chunks = exports.export_cooperation(graph.driver, "gexf", filters, database=graph.database,
                                        weight=weight, isolated=isolated)  # fmt: skip
    return _streamed(request, chunks, "gexf")


@router.get(
    "/cooperation.{fmt}",
    response_class=StreamingResponse,
    responses={200: {"content": CONTENT, "description": "The graph as a file."}},
)
def export_cooperation(
    request: Request,
    graph: GraphDep,
    fmt: Literal["graphml", "csv"],
    filters: ExportFilters,
) -> StreamingResponse:
    """The cooperation graph as GraphML (countries, pairs weighted by count) or CSV (pairs),
    limited to the pairs whose shared operations pass the crime, period and country filters
    (GEXF: `/exports/cooperation.gexf`)."""
    chunks = exports.export_cooperation(graph.driver, fmt, filters, database=graph.database)
    return _streamed(request, chunks, fmt)


def _streamed(request: Request, chunks: Iterator[bytes], fmt: str) -> StreamingResponse:
    """The chunks as a file download, gzip-compressed when the client accepts it."""
    first = next(chunks)  # a failing query answers with its error, before any byte is sent
    body: Iterator[bytes] = itertools.chain([first], chunks)
    headers = {"Content-Disposition": f'attachment; filename="ctgraph-cooperation.{fmt}"'}
    if "gzip" in request.headers.get("accept-encoding", ""):
        body = _gzip(body)
        headers |= {"Content-Encoding": "gzip", "Vary": "Accept-Encoding"}
    return StreamingResponse(body, media_type=MEDIA[fmt], headers=headers)


def _gzip(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """The chunks gzip-compressed as they come."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    for chunk in chunks:
        if packed := compressor.compress(chunk):
            yield packed
    yield compressor.flush()


# The whole graph -------------------------------------------------------------------------

FIRST = 65_536  # bytes read before answering, so that a failure early on is a proper error


def _encoded(pieces: Iterator[str]) -> Iterator[bytes]:
    """The stream as bytes; its first `FIRST` bytes are read at once, the rest as sent."""
    head: list[bytes] = []
    size = 0
    for piece in pieces:
        head.append(piece.encode("utf-8"))
        size += len(head[-1])
        if size >= FIRST:
            break
    return chain(head, (piece.encode("utf-8") for piece in pieces))


def _file(graph: GraphDep, fmt: Format) -> StreamingResponse:
    kind = FILES[fmt]
    pieces = stream(graph.driver, fmt, database=graph.database)
    disposition = f'attachment; filename="{kind.filename}"'
    return StreamingResponse(
        _encoded(pieces), media_type=kind.media_type, headers={"Content-Disposition": disposition}
    )


DUMP_EXAMPLES = {
    Format.cypher: "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n"
    "UNWIND [{id: 'country:RS', name: 'Serbia'}] AS row CREATE (n:Entity:Country) SET n = row;\n",
    Format.graphml: '<?xml version="1.0" encoding="utf-8"?>\n<graphml xmlns='
    '"http://graphml.graphdrawing.org/xmlns">...<node id="country:RS">...</graphml>',
    Format.ftm: '{"id": "country-rs", "schema": "PublicBody", "properties": {"name": ["Serbia"]}}\n',
}


def _doc(fmt: Format) -> dict[int | str, dict[str, object]]:
    media = FILES[fmt].media_type
    content = {media: {"schema": {"type": "string"}, "example": DUMP_EXAMPLES[fmt]}}
    return {200: {"content": content, "description": "A file, streamed."}}


@router.get("/graph.cypher", response_class=StreamingResponse,
            responses=_doc(Format.cypher))  # fmt: skip
def export_graph_cypher(graph: GraphDep) -> StreamingResponse:
    """The whole graph as a Cypher script that loads it into an empty Neo4j (`cypher-shell -f`)."""
    return _file(graph, Format.cypher)


@router.get("/graph.graphml", response_class=StreamingResponse,
            responses=_doc(Format.graphml))  # fmt: skip
def export_graph_graphml(graph: GraphDep) -> StreamingResponse:
    """The whole graph as GraphML: nodes with labels and properties, edges with type and properties."""
    return _file(graph, Format.graphml)


@router.get("/ftm.jsonl", response_class=StreamingResponse,
            responses=_doc(Format.ftm))  # fmt: skip
def export_ftm(graph: GraphDep) -> StreamingResponse:
    """Countries, organisations, persons, operations, events and places as FollowTheMoney entities,
    their relations as FtM links with the evidence as description (JSON Lines)."""
    return _file(graph, Format.ftm)
