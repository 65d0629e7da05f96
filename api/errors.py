"""One JSON error shape for every failure, and the handlers that render it.

Every error the API returns is `{"error": {"status", "code", "message", "details"}}`: raised
`ApiError`s, FastAPI's validation errors (422), Starlette's HTTP errors (404 route, 405, 413),
`GraphError`s (503 with `Retry-After` when Neo4j does not answer or reports a transient error)
and anything unexpected (500). A 304 (`NotModified`) is the one answer without a body.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from neo4j.exceptions import DriverError, Neo4jError, ServiceUnavailable, SessionExpired
from starlette.exceptions import HTTPException
from starlette.routing import Match

from ctgraph.api.requestid import RequestIdFilter, request_id
from ctgraph.graph.errors import ConnectionFailed, GraphError, Retryable

log = logging.getLogger("ctgraph.api")
log.addFilter(RequestIdFilter())

PATH_SAFE = "/:@!$&'()*+,;="  # characters a path segment may hold unescaped (RFC 3986)
METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
# Seconds a client should wait: Neo4j gone away (restart, leader election) or a transient error
# (memory pool full, deadlock) that a retry usually gets past.
RETRY_UNAVAILABLE = 5
RETRY_TRANSIENT = 1

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


class NotModified(ApiError):
    """The client's cached copy is current (`If-None-Match` / `If-Modified-Since`)."""

    status = 304

    def __init__(self, headers: dict[str, str]) -> None:
        super().__init__("not modified")
        self.headers = headers


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

    def __init__(self, message: str, *, details: list[Any] | None = None) -> None:
        super().__init__(message, details=details)
        self.headers = {"Retry-After": str(RETRY_UNAVAILABLE)}


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


async def on_http_error(request: Request, exc: Exception) -> Response:
    """Starlette/FastAPI HTTP errors and our `ApiError`s, keeping their headers."""
    assert isinstance(exc, HTTPException)
    details = getattr(exc, "details", None)
    headers = dict(exc.headers or {})
    if exc.status_code == 304:
        return Response(status_code=304, headers=headers)
    if exc.status_code == 404 and (location := without_trailing_slash(request)):
        return Response(status_code=308, headers={"Location": location})
    if exc.status_code == 405:
        headers["Allow"] = ", ".join(allowed_methods(request))
    return error_response(exc.status_code, str(exc.detail), details, headers=headers)


def without_trailing_slash(request: Request) -> str | None:
    """A relative URL without the path's trailing slash when a route serves that path.

    Relative, so that it stays right behind a TLS proxy (Starlette's own redirect is absolute
    and `http://`)."""
    full, root = request.scope["path"], request.scope.get("root_path", "")
    route_path = full.removeprefix(root) if root and full.startswith(root) else full
    if len(route_path) < 2 or not route_path.endswith("/"):
        return None
    path = full.rstrip("/")  # the ASGI path includes the root path
    scope = {**request.scope, "path": path}
    if not any(route.matches(scope)[0] is not Match.NONE for route in request.app.router.routes):
        return None
    query = request.scope.get("query_string", b"").decode("latin-1")
    return quote(path, safe=PATH_SAFE) + (f"?{query}" if query else "")


def allowed_methods(request: Request) -> list[str]:
    """Every method some route fully matches at this path, HEAD wherever GET is.

    Each method is tried through the routes' public `matches`: router entries need not carry
    `.methods` (FastAPI's included routers do not)."""
    allowed = set()
    for method in METHODS:
        scope = {**request.scope, "method": method}
        if any(route.matches(scope)[0] is Match.FULL for route in request.app.router.routes):
            allowed.add(method)
    if "GET" in allowed:
        allowed.add("HEAD")
    return [m for m in METHODS if m in allowed]


async def on_validation_error(request: Request, exc: Exception) -> JSONResponse:
    """Bad parameters or body: 422 with pydantic's list of problems as details."""
    assert isinstance(exc, RequestValidationError)
    details = [
        {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
        for e in exc.errors()
    ]
    return error_response(422, "invalid parameters", details)


def graph_error_status(exc: BaseException) -> tuple[int, int | None]:
    """The status and `Retry-After` seconds for a graph failure: 503 when Neo4j is unreachable
    or reports a transient error (memory pool, deadlock, leader switch: the driver's
    `is_retryable`), anywhere in the chain of causes; 500 otherwise."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ConnectionFailed | ServiceUnavailable | SessionExpired):
            return 503, RETRY_UNAVAILABLE
        if isinstance(seen, Retryable):
            return 503, RETRY_TRANSIENT
        if isinstance(seen, Neo4jError | DriverError) and seen.is_retryable():
            return 503, RETRY_TRANSIENT
        seen = seen.__cause__
    return 500, None


async def on_graph_error(request: Request, exc: Exception) -> JSONResponse:
    """Neo4j unreachable or busy: 503 with `Retry-After`; any other failure: 500 (logged)."""
    status, retry_after = graph_error_status(exc)
    if retry_after is not None:
        log.warning("graph unavailable on %s [%s]: %s", request.url.path, request_id.get(), exc)
        message = "Neo4j is not available right now; retry after the Retry-After seconds"
        return error_response(status, message, headers={"Retry-After": str(retry_after)})
    log.error("graph error on %s [%s]: %s", request.url.path, request_id.get(), exc, exc_info=exc)
    return error_response(500, "the query failed")


async def on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    """Anything else: 500 in the same shape; the traceback goes to the log, not the client."""
    log.error("unexpected error on %s [%s]", request.url.path, request_id.get(), exc_info=exc)
    return error_response(500, "internal error")


def install(app: FastAPI) -> None:
    """Register the handlers on an app."""
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(GraphError, on_graph_error)
    app.add_exception_handler(ServiceUnavailable, on_graph_error)
    app.add_exception_handler(SessionExpired, on_graph_error)
    app.add_exception_handler(Neo4jError, on_graph_error)
    app.add_exception_handler(DriverError, on_graph_error)
    app.add_exception_handler(Exception, on_unexpected)
