"""The whole graph as a file, streamed page by page: a Cypher script for another Neo4j, GraphML,
or FollowTheMoney entities."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from api.deps import GraphDep, ReadAccess
from api.schemas.common import ERRORS
from graph.exchange.formats import FILES, Format, stream

router = APIRouter(prefix="/exports", tags=["exports"], dependencies=[ReadAccess], responses=ERRORS)


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


def _doc(media: str) -> dict[int | str, dict[str, object]]:
    return {200: {"content": {media: {"schema": {"type": "string"}}}, "description": "A file."}}


@router.get("/graph.cypher", response_class=StreamingResponse,
            responses=_doc(FILES[Format.cypher].media_type))  # fmt: skip
def export_graph_cypher(graph: GraphDep) -> StreamingResponse:
    """The whole graph as a Cypher script that loads it into an empty Neo4j (`cypher-shell -f`)."""
    return _file(graph, Format.cypher)


@router.get("/graph.graphml", response_class=StreamingResponse,
            responses=_doc(FILES[Format.graphml].media_type))  # fmt: skip
def export_graph_graphml(graph: GraphDep) -> StreamingResponse:
    """The whole graph as GraphML: nodes with labels and properties, edges with type and properties."""
    return _file(graph, Format.graphml)


@router.get("/ftm.jsonl", response_class=StreamingResponse,
            responses=_doc(FILES[Format.ftm].media_type))  # fmt: skip
def export_ftm(graph: GraphDep) -> StreamingResponse:
    """Countries, organisations, persons, operations, events and places as FollowTheMoney entities,
    their relations as FtM links with the evidence as description (JSON Lines)."""
    return _file(graph, Format.ftm)
