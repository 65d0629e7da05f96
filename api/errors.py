"""One JSON error shape for every failure, and the handlers that render it.

Every error the API returns is `{"error": {"status", "code", "message", "details"}}`: raised
`ApiError`s, FastAPI's validation errors (422), Starlette's HTTP errors (404 route, 405, 413),
`GraphError`s (503 when Neo4j does not answer) and anything unexpected (500).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from neo4j.exceptions import ServiceUnavailable, SessionExpired
from starlette.exceptions import HTTPException
from starlette.routing import Match

from graph.errors import ConnectionFailed, GraphError, Retryable

log = logging.getLogger("ctgraph.api")

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_parameters",
    500: "internal_error",
    503: "unavailable",
}


class ApiError(HTTPException):
    """An error with its HTTP status; an `HTTPException` so that it survives body parsing."""

    status = 500

    def __init__(self, message: str, *, details: list[Any] | None = None) -> None:
        super().__init__(status_code=self.status, detail=message)
        self.details = details


class NotFound(ApiError):
    """The id in the path names nothing in the graph."""

    status = 404


class Unauthorized(ApiError):
    """No API key, or an unknown one, where a key is required."""

    status = 401


class Forbidden(ApiError):
    """A valid key without the role the route needs (or writes are disabled)."""

    status = 403


class PayloadTooLarge(ApiError):
    """The request body is larger than `CTGRAPH_API_MAX_BODY_BYTES`."""

    status = 413


class Invalid(ApiError):
    """Parameters that are well-formed but make no sense together."""

    status = 422


class Unavailable(ApiError):
    """Neo4j (or ingestion) is not available right now."""

    status = 503


def error_body(status: int, message: str, details: list[Any] | None = None) -> dict[str, Any]:
    """The one error shape."""
    code = CODES.get(status, "error")
    return {"error": {"status": status, "code": code, "message": message, "details": details}}


def error_response(
    status: int,
    message: str,
    details: list[Any] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """The error shape as a response, with the error's headers (`Allow` of 405s, ...)."""
    headers = dict(headers or {})
    if status == 401:
        headers.setdefault("WWW-Authenticate", "APIKey")
    content = jsonable_encoder(error_body(status, message, details))
    return JSONResponse(content, status_code=status, headers=headers)


async def on_http_error(request: Request, exc: Exception) -> JSONResponse:
    """Starlette/FastAPI HTTP errors and our `ApiError`s, keeping their headers."""
    assert isinstance(exc, HTTPException)
    details = getattr(exc, "details", None)
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = ", ".join(allowed_methods(request))
    return error_response(exc.status_code, str(exc.detail), details, headers=headers)


def allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at this path (Starlette names only the first route's)."""
    methods: set[str] = set()
    for route in request.app.router.routes:
        match, _ = route.matches(request.scope)
        if match is not Match.NONE:
            methods |= set(getattr(route, "methods", None) or ())
    return sorted(methods)


async def on_validation_error(request: Request, exc: Exception) -> JSONResponse:
    """Bad parameters or body: 422 with pydantic's list of problems as details."""
    assert isinstance(exc, RequestValidationError)
    details = [
        {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
        for e in exc.errors()
    ]
    return error_response(422, "invalid parameters", details)


async def on_graph_error(request: Request, exc: Exception) -> JSONResponse:
    """Neo4j unreachable: 503; any other graph failure: 500 (logged, message kept generic)."""
    if isinstance(exc, ConnectionFailed | Retryable | ServiceUnavailable | SessionExpired):
        return error_response(503, "Neo4j is not available; try again later")
    log.error("graph error on %s: %s", request.url.path, exc, exc_info=exc)
    return error_response(500, "the query failed")


async def on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    """Anything else: 500 in the same shape; the traceback goes to the log, not the client."""
    log.error("unexpected error on %s", request.url.path, exc_info=exc)
    return error_response(500, "internal error")


def install(app: FastAPI) -> None:
    """Register the handlers on an app."""
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(GraphError, on_graph_error)
    app.add_exception_handler(ServiceUnavailable, on_graph_error)
    app.add_exception_handler(SessionExpired, on_graph_error)
    app.add_exception_handler(Exception, on_unexpected)
