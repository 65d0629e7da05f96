"""One error shape for every failure, RFC 9457 problem details, and the one handler set that
renders it.

Every error the API returns is `application/problem+json`: `type` (a URN naming the kind of
problem, `urn:ctgraph:problem:<code>`), `title` (the kind in words), `status`, `detail` (this
occurrence: what is missing or wrong, by name), `instance` (the request's path) and the
extension members `code` (the stable code of the type) and, when there are any, `errors` (the
parameters at fault) and a subclass's own (`candidates` of a 409, `document` of a failed
extraction). Raised `ApiError`s, FastAPI's validation errors (422), Starlette's HTTP errors
(404 route, 405, 413), `GraphError`s (503 with `Retry-After` when Neo4j does not answer or
reports a transient error) and anything unexpected (500) all go through `problem_response`. A
304 (`NotModified`) is the one answer without a body.
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

PROBLEM_JSON = "application/problem+json"
TYPE_PREFIX = "urn:ctgraph:problem:"
# The code and title of each status's default problem type; a subclass of `ApiError` may name
# its own (`code`, `title`), e.g. a 500-class failure of one document's extraction.
CODES = {
    400: ("bad_request", "Malformed request"),
    401: ("unauthorized", "API key required"),
    403: ("forbidden", "Not allowed with this key"),
    404: ("not_found", "Not found"),
    405: ("method_not_allowed", "Method not allowed"),
    409: ("ambiguous", "Ambiguous name"),
    413: ("payload_too_large", "Request body too large"),
    415: ("unsupported_media_type", "Unsupported media type"),
    422: ("invalid_parameters", "Invalid parameters"),
    500: ("internal_error", "Internal error"),
    503: ("unavailable", "Service unavailable"),
}


class ApiError(HTTPException):
    """An error with its HTTP status; an `HTTPException` so that it survives body parsing.

    `details` are the parameters at fault (`errors` in the body); `extensions` are further
    members of the problem (`{"candidates": [...]}`); a subclass may set its own `code` and
    `title` (its problem type), else those of its status are used."""

    status = 500
    code: str | None = None
    title: str | None = None

    def __init__(
        self,
        message: str,
        *,
        details: list[Any] | None = None,
        extensions: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(status_code=self.status, detail=message)
        self.details = details
        self.extensions = extensions or {}


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


class Ambiguous(ApiError):
    """A name that fits more than one entity; the candidates are listed."""

    status = 409


class Invalid(ApiError):
    """Parameters that are well-formed but make no sense together."""

    status = 422


class Unavailable(ApiError):
    """Neo4j (or ingestion) is not available right now."""

    status = 503

    def __init__(self, message: str, *, details: list[Any] | None = None) -> None:
        super().__init__(message, details=details)
        self.headers = {"Retry-After": str(RETRY_UNAVAILABLE)}


def problem(
    status: int,
    detail: str,
    *,
    details: list[Any] | None = None,
    instance: str | None = None,
    code: str | None = None,
    title: str | None = None,
    extensions: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The one error shape: an RFC 9457 problem (with `code`, and `errors` when given)."""
    default_code, default_title = CODES.get(status, ("error", "Error"))
    code = code or default_code
    body: dict[str, Any] = {
        "type": TYPE_PREFIX + code,
        "title": title or default_title,
        "status": status,
        "detail": detail,
        "instance": instance,
        "code": code,
    }
    if details:
        body["errors"] = details
    body.update(extensions or {})
    return body


def error_response(
    status: int,
    message: str,
    details: list[Any] | None = None,
    headers: dict[str, str] | None = None,
    *,
    instance: str | None = None,
    code: str | None = None,
    title: str | None = None,
    extensions: dict[str, Any] | None = None,
) -> JSONResponse:
    """A problem as a response (`application/problem+json`), with the error's headers (`Allow`
    of 405s, `Retry-After` of 503s, ...)."""
    headers = dict(headers or {})
    if status == 401:
        headers.setdefault("WWW-Authenticate", "APIKey")
    body = problem(status, message, details=details, instance=instance, code=code, title=title,
                   extensions=extensions)  # fmt: skip
    return JSONResponse(
        jsonable_encoder(body), status_code=status, headers=headers, media_type=PROBLEM_JSON
    )


def instance_of(request: Request) -> str:
    """The request's path (the root path included), the problem's `instance`."""
    return quote(request.scope.get("path", "/"), safe=PATH_SAFE)


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
    return error_response(
        exc.status_code, str(exc.detail) if isinstance(exc, ApiError) else routing_detail(request, exc), details, headers=headers, instance=instance_of(request),
        code=getattr(exc, "code", None), title=getattr(exc, "title", None),
        extensions=getattr(exc, "extensions", None),
    )  # fmt: skip


def routing_detail(request: Request, exc: HTTPException) -> str:
    """What Starlette's own errors mean, naming the path (its text is only the status's)."""
    path = request.scope.get("path", "/")
    if exc.status_code == 404:
        return f"no route {path}"
    if exc.status_code == 405:
        return f"method {request.method} is not allowed on {path}"
    return str(exc.detail)


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
    return error_response(422, invalid_detail(details), details, instance=instance_of(request))


def invalid_detail(details: list[dict[str, Any]]) -> str:
    """What is wrong, by name: `invalid query parameter 'limit': Input should be ...`."""
    if not details:
        return "invalid parameters"
    first = details[0]
    loc = [str(part) for part in first["loc"]]
    where = f"{loc[0]} parameter {'.'.join(loc[1:])!r}" if len(loc) > 1 else ".".join(loc)
    more = f" (and {len(details) - 1} more)" if len(details) > 1 else ""
    return f"invalid {where}: {first['msg']}{more}"


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
        return error_response(
            status, message, headers={"Retry-After": str(retry_after)},
            instance=instance_of(request),
        )  # fmt: skip
    log.error("graph error on %s [%s]: %s", request.url.path, request_id.get(), exc, exc_info=exc)
    return error_response(500, "the query failed", instance=instance_of(request))


async def on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    """Anything else: 500 in the same shape; the traceback goes to the log, not the client."""
    log.error("unexpected error on %s [%s]", request.url.path, request_id.get(), exc_info=exc)
    return error_response(500, "internal error", instance=instance_of(request))


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
