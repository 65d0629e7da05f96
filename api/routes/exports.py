"""Exports of the cooperation graph (countries and CO_INVESTIGATED pairs), streamed.

The body is written while Neo4j's rows arrive (bounded memory, the first bytes at once), and
gzip-compressed as it goes when the client accepts gzip; the filters are those of the lists.
"""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Iterator
from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from api.caching import Conditional
from api.deps import GraphDep, ReadAccess
from api.params import CountryFilter, PeriodDep
from api.schemas.common import READ_RESPONSES
from graph.read import exports

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


@router.get(
    "/cooperation.{fmt}",
    response_class=StreamingResponse,
    responses={200: {"content": CONTENT, "description": "The graph as a file."}},
)
def export_cooperation(
    request: Request,
    graph: GraphDep,
    fmt: Literal["graphml", "gexf", "csv"],
    period: PeriodDep,
    country: CountryFilter = None,
) -> StreamingResponse:
    """The cooperation graph as GraphML or GEXF (countries, weighted pairs) or CSV (pairs),
    limited to the pairs whose shared operations pass the crime, period and country filters."""
    chunks = exports.export_cooperation(
        graph.driver, fmt, database=graph.database, country=country and country.upper(),
        crime=period.crime, year_from=period.year_from, year_to=period.year_to,
    )  # fmt: skip
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
