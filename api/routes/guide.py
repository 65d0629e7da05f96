"""What Neo4j Browser fetches when an analyst connects (the server's `browser.post_connect_cmd`):
ctgraph's style and guide. Open to every origin and without a key: they hold no data, only the
model and the query library, and the Browser runs on another origin (Neo4j's HTTP port)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from ctgraph.api.schemas.common import ERRORS
from ctgraph.graph.browser import guide

router = APIRouter(prefix="/browser", tags=["browser"], responses={500: ERRORS[500]})
GUIDE_EXAMPLE = (
    '<article class="guide"><carousel><slide><h3>ctgraph</h3>...</slide></carousel></article>'
)
STYLE_EXAMPLE = "node.Country {\n  color: #4C8EDA;\n  caption: '{name}';\n}\n"
SHARED = {"Access-Control-Allow-Origin": "*", "Cache-Control": "no-cache"}


@router.get("/guide.html", response_class=Response,
            responses={200: {"content": {"text/html": {"schema": {"type": "string"}, "example": GUIDE_EXAMPLE}}}})  # fmt: skip
def browser_guide() -> Response:
    """ctgraph's Neo4j Browser guide (`:guide URL`): the model and every query of the library."""
    return Response(guide.guide(), media_type="text/html", headers=SHARED)


@router.get("/style.grass", response_class=Response,
            responses={200: {"content": {"text/plain": {"schema": {"type": "string"}, "example": STYLE_EXAMPLE}}}})  # fmt: skip
def browser_style() -> Response:
    """ctgraph's Neo4j Browser style (`:style URL`): colours and captions per label and type."""
    return Response(guide.style(), media_type="text/plain", headers=SHARED)


@router.options("/{name}", include_in_schema=False)
def browser_preflight(name: str, request: Request) -> Response:
    """The CORS preflight the Browser sends first (it adds `Pragma` and `Cache-Control`)."""
    asked = request.headers.get("access-control-request-headers", "")
    headers = {**SHARED, "Access-Control-Allow-Methods": "GET", "Access-Control-Allow-Headers": asked,
               "Access-Control-Max-Age": "600"}  # fmt: skip
    return Response(status_code=204, headers=headers)
