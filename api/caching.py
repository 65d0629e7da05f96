"""Conditional reads: `ETag`, `Last-Modified` and `Cache-Control` from the graph's version, and
304 when the client's copy is current.

A read answers the same as long as the graph is the same, so its ETag hashes the graph version
(document count, latest `loaded_at`, node and relationship counts: `cypher/api/graph_version
.cypher`, a few count-store reads and one scan of the Document nodes) with the path and query.
The version is read at most once per `VERSION_TTL` seconds per process.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

from fastapi import Depends, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.deps import GraphDep, SettingsDep
from api.errors import NotModified
from graph.read.stats import graph_version

VERSION_TTL = 1.0
STATE_KEY = "ctgraph_cache_headers"
_lock = threading.Lock()


def current_version(request: Request, graph: GraphDep) -> dict[str, Any]:
    """The graph version, reused for `VERSION_TTL` seconds (kept on the app's state)."""
    state = request.app.state
    with _lock:
        cached = getattr(state, "graph_version", None)
        if cached is not None and time.monotonic() - cached[0] < VERSION_TTL:
            return dict(cached[1])
    version = graph_version(graph.driver, database=graph.database)
    with _lock:
        state.graph_version = (time.monotonic(), version)
    return dict(version)


def etag(version: dict[str, Any], path: str, query: list[tuple[str, str]], api: str) -> str:
    """A weak ETag for one read of one graph version (weak: gzip may re-encode the body)."""
    key = json.dumps([api, version, path, sorted(query)], sort_keys=True, default=str)
    return 'W/"' + hashlib.sha256(key.encode()).hexdigest()[:32] + '"'


def last_modified(version: dict[str, Any]) -> datetime | None:
    """When the latest document was loaded (Neo4j's `datetime()` is UTC), to the second."""
    stamp = version.get("last_loaded")
    if not stamp:
        return None
    try:
        return datetime.fromisoformat(str(stamp)[:19]).replace(tzinfo=UTC)
    except ValueError:
        return None


def is_fresh(headers: Any, tag: str, modified: datetime | None) -> bool:
    """The client's copy is current: `If-None-Match` names the ETag, or, without it,
    `If-Modified-Since` is not older than the last load (RFC 9110 13.2.2)."""
    if_none_match = headers.get("if-none-match")
    if if_none_match is not None:
        given = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
        return "*" in given or tag.removeprefix("W/") in given
    since = headers.get("if-modified-since")
    if since is None or modified is None:
        return False
    try:
        return modified <= parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False


def conditional(request: Request, graph: GraphDep, settings: SettingsDep) -> None:
    """Set the caching headers of a successful read; 304 when the client's copy is current."""
    version = current_version(request, graph)
    tag = etag(version, request.url.path, request.query_params.multi_items(), request.app.version)
    modified = last_modified(version)
    headers = {
        "ETag": tag,
        # Shared caches may keep open reads; keyed reads stay in the client's cache. Both
        # revalidate every time, which costs a 304 while the graph is unchanged.
        "Cache-Control": "private, no-cache" if settings.api_read_keys else "no-cache",
    }
    if modified is not None:
        headers["Last-Modified"] = format_datetime(modified, usegmt=True)
    request.state.__setattr__(STATE_KEY, headers)
    if is_fresh(request.headers, tag, modified):
        raise NotModified(headers)


Conditional = Depends(conditional)


class CacheHeaders:
    """Adds the headers `conditional` prepared to the route's 200 answer (any response class)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})

        async def with_headers(message: Message) -> None:
            prepared = state.get(STATE_KEY)
            if message["type"] == "http.response.start" and prepared and message["status"] == 200:
                message = {**message, "headers": [
                    *message.get("headers", []),
                    *((k.lower().encode(), v.encode()) for k, v in prepared.items()),
                ]}  # fmt: skip
            await send(message)

        await self.app(scope, receive, with_headers)
