"""HTTP edges: what the server and the app do about slow, oversized, unkeyed or odd requests.

- `server_options()`: uvicorn's settings for `ctgraph serve` (h11 with a header size limit,
  keep-alive and a bound on concurrent connections); httptools has no header limit.
- `Hardening`: one pure ASGI middleware that checks the route's key before anything else
  validates the request (an unknown `?api_key=` is a 401, not a 422), replaces NUL and other
  control characters in posted JSON strings by U+FFFD (saying so in `X-Ctgraph-Cleaned`), times out a body that trickles in (slow
  loris) and sends `Connection: close` with every 5xx answer.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ctgraph.api.deps import require_read, require_write
from ctgraph.api.errors import ApiError, error_response
from ctgraph.settings import Settings

# The answer's header that says what was replaced in a posted text.
CLEANED_HEADER = "X-Ctgraph-Cleaned"
# What a control character becomes: one character for one, so that every length and pattern of
# the schema judges the posted value as it was sent (a removal could make a too-long value fit).
REPLACEMENT = "\ufffd"
# Seconds a client may take between two pieces of a request body.
BODY_TIMEOUT_SECONDS = 15.0
# Bytes of a request's line and headers (h11 refuses more with 431-like 400).
MAX_HEADER_BYTES = 16 * 1024
# Control characters refused in posted text: C0 less tab, newline, form feed (a page break)
# and carriage return; DEL; C1.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


class BodyTimeout(ApiError):
    """The request body came too slowly (a pause longer than `BODY_TIMEOUT_SECONDS`)."""

    status = 408
    message = "the request body came too slowly: send it at once"


def install(app: FastAPI, settings: Settings) -> None:
    """Add the checks (inside the body limit, where the call is made) and `Connection: close`
    on 5xx and 408 answers around everything, Starlette's own error answers included."""
    app.add_middleware(Hardening, settings=settings, top=app)
    build = app.build_middleware_stack

    def build_closing() -> ASGIApp:
        inner = build()

        async def closing(scope: Scope, receive: Receive, send: Send) -> None:
            await inner(scope, receive, _close_on_error(send) if scope["type"] == "http" else send)

        return closing

    app.build_middleware_stack = build_closing  # type: ignore[method-assign]


def server_options() -> dict[str, Any]:
    """uvicorn's keyword arguments for a public-facing server (see the module docstring)."""
    return {
        "http": "h11",
        "h11_max_incomplete_event_size": MAX_HEADER_BYTES,
        "timeout_keep_alive": 5,
        "limit_concurrency": 200,
        "server_header": False,
    }


def _api_routes(routes: Iterable[Any]) -> Iterator[APIRoute]:
    """Every API route, also those of included routers (FastAPI may keep them wrapped)."""
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
            continue
        inner = getattr(getattr(route, "original_router", None), "routes", None)
        yield from _api_routes(inner or getattr(route, "routes", None) or [])


def _route_access(app: FastAPI, scope: Scope) -> Callable[..., None] | None:
    """The key check (`require_read`/`require_write`) of the route the request goes to."""
    for route in _api_routes(app.router.routes):
        match, _ = route.matches(scope)
        if match == Match.FULL:
            return _access_of(route.dependant)
    return None


def _access_of(dependant: Any) -> Callable[..., None] | None:
    if dependant is None:
        return None
    for sub in dependant.dependencies:
        if sub.call in (require_write, require_read):
            return sub.call  # type: ignore[no-any-return]
        found = _access_of(sub)
        if found is not None:
            return found
    return None


def _strings(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path or "body", value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}[{index}]")


def without_control_characters(body: bytes) -> tuple[bytes, str | None]:
    """The JSON body with each control character of its strings replaced by U+FFFD, and what
    was replaced (None when nothing was, or the body is not JSON: the route's validation says so)."""
    try:
        value = json.loads(body)
    except (ValueError, RecursionError):
        return body, None
    found = [(path, text) for path, text in _strings(value) if _CONTROL.search(text)]
    if not found:
        return body, None
    removed = sum(len(_CONTROL.findall(text)) for _, text in found)
    fields = ", ".join(sorted({path for path, _ in found}))
    cleaned = json.dumps(_stripped(value)).encode()
    return cleaned, f"replaced {removed} control character(s) (NUL and the like) in {fields}"


def _stripped(value: Any) -> Any:
    if isinstance(value, str):
        return _CONTROL.sub(REPLACEMENT, value)
    if isinstance(value, dict):
        return {key: _stripped(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_stripped(item) for item in value]
    return value


class Hardening:
    """The request checks of the module docstring, before routing and body parsing."""

    def __init__(self, app: ASGIApp, *, settings: Settings, top: FastAPI | None = None) -> None:
        self.app = app
        self.settings = settings
        self.top = top  # the FastAPI app, whose routes say which key they need

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refused = self._key_refusal(scope)
        if refused is not None:
            await error_response(refused.status_code, str(refused.detail))(scope, receive, send)
            return
        receive = _timed(receive)
        if scope["method"] in ("POST", "PUT", "PATCH") and _is_json(scope):
            try:
                body, more = await _body(receive)
            except ApiError as e:  # the body limit's 413, raised while we read
                await error_response(e.status_code, str(e.detail))(scope, receive, send)
                return
            if body is None:
                await error_response(408, BodyTimeout.message)(scope, receive, send)
                return
            body, removed = without_control_characters(body)
            if removed is not None:  # told in a header of the answer
                send = _with_header(send, CLEANED_HEADER, removed)
                scope = _with_length(scope, len(body))
            receive = _replay(body, more, receive)
        await self.app(scope, receive, send)

    def _key_refusal(self, scope: Scope) -> ApiError | None:
        access = _route_access(self.top, scope) if self.top is not None else None
        if access is None:
            return None
        headers = dict(scope["headers"])
        key = headers.get(b"x-api-key", b"").decode("latin-1") or None
        try:
            access(self.settings, key)
        except ApiError as e:
            return e
        return None


def _is_json(scope: Scope) -> bool:
    content_type = dict(scope["headers"]).get(b"content-type", b"")
    return content_type.split(b";")[0].strip().lower() in (b"application/json", b"")


async def _body(receive: Receive) -> tuple[bytes | None, bool]:
    """The body (None when it came too slowly), and whether more messages follow a
    disconnect."""
    chunks: list[bytes] = []
    while True:
        try:
            message = await receive()
        except BodyTimeout:
            return None, False
        if message["type"] != "http.request":
            return b"".join(chunks), True
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks), False


def _replay(body: bytes, disconnected: bool, receive: Receive) -> Receive:
    sent = False

    async def again() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        if disconnected:
            return {"type": "http.disconnect"}
        return await receive()

    return again


def _timed(receive: Receive) -> Receive:
    async def timed() -> Message:
        try:
            return await asyncio.wait_for(receive(), BODY_TIMEOUT_SECONDS)
        except TimeoutError as e:
            raise BodyTimeout(BodyTimeout.message) from e

    return timed


def _with_header(send: Send, name: str, value: str) -> Send:
    async def adding(message: Message) -> None:
        if message["type"] == "http.response.start":
            extra = (name.lower().encode(), value.encode("latin-1", "replace"))
            message = {**message, "headers": [*message.get("headers", []), extra]}
        await send(message)

    return adding


def _with_length(scope: Scope, length: int) -> Scope:
    headers = [(k, v) for k, v in scope["headers"] if k != b"content-length"]
    return {**scope, "headers": [*headers, (b"content-length", str(length).encode())]}


def _close_on_error(send: Send) -> Send:
    async def closing(message: Message) -> None:
        if message["type"] == "http.response.start" and (
            message["status"] >= 500 or message["status"] == 408
        ):
            headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"connection"]
            message = {**message, "headers": [*headers, (b"connection", b"close")]}
        await send(message)

    return closing
