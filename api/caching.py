"""Cached reads: `ETag`, `Last-Modified` and `Cache-Control` from the graph's version, 304 when
the client's copy is current, and the answers of recent reads kept in memory.

A read answers the same as long as the graph is the same, so its ETag hashes the graph version
(document count, latest `loaded_at`, node and relationship counts: `cypher/api/graph_version
.cypher`, a few count-store reads and one scan of the Document nodes) with the path and query,
and the answer a route gave under an ETag is served again for it without a query (`Answers`,
`CTGRAPH_API_RESPONSE_CACHE_MB`; streamed answers, the exports, are not kept). The version is
read at most once per `VERSION_TTL` seconds per process, so a load by another process shows
within that time; a write through this API (`POST /documents`) makes the next read look again.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

from fastapi import Depends, Request
from fastapi.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ctgraph.api.deps import GraphDep, SettingsDep
from ctgraph.api.errors import NotModified
from ctgraph.graph.read.stats import graph_version

VERSION_TTL = 1.0
STATE_KEY = "ctgraph_cache_headers"
HIT_KEY = "ctgraph_cache_hit"
# Answers larger than this share of the cache are not kept (one page never evicts all others).
LARGEST_SHARE = 0.1
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Answer:
    """A read's 200 answer as its route gave it: raw headers (not the caching ones) and body,
    and the body gzipped once when it is worth it (so a hit is not compressed again)."""

    headers: list[tuple[bytes, bytes]]
    body: bytes
    gzipped: bytes | None = None

    @property
    def size(self) -> int:
        extra = len(self.gzipped) if self.gzipped is not None else 0
        return len(self.body) + extra + sum(len(k) + len(v) for k, v in self.headers)

    def response(self, accept_encoding: str) -> Response:
        """The answer, gzipped when the client accepts it and it was worth compressing."""
        if self.gzipped is None or "gzip" not in accept_encoding:
            response = Response(content=self.body)
            response.raw_headers = list(self.headers)
            return response
        response = Response(content=self.gzipped)
        response.raw_headers = [
            *((k, v) for k, v in self.headers if k != b"content-length"),
            (b"content-length", str(len(self.gzipped)).encode()),
            (b"content-encoding", b"gzip"),
            (b"vary", b"Accept-Encoding"),
        ]
        return response


class Answers:
    """Recent reads' answers by ETag, least recently used out first, within `max_bytes`."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._answers: OrderedDict[str, Answer] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, tag: str) -> Answer | None:
        with self._lock:
            answer = self._answers.get(tag)
            if answer is not None:
                self._answers.move_to_end(tag)
            return answer

    def put(self, tag: str, answer: Answer) -> None:
        if answer.size > self.max_bytes * LARGEST_SHARE:
            return
        with self._lock:
            if (old := self._answers.pop(tag, None)) is not None:
                self._bytes -= old.size
            self._answers[tag] = answer
            self._bytes += answer.size
            while self._bytes > self.max_bytes:
                _, evicted = self._answers.popitem(last=False)
                self._bytes -= evicted.size

    def __len__(self) -> int:
        return len(self._answers)


class Cached(Exception):
    """Raised by `conditional` when the read's answer is in the cache; rendered as that answer."""

    def __init__(self, answer: Answer) -> None:
        super().__init__("cached")
        self.answer = answer


def current_version(request: Request, graph: GraphDep) -> dict[str, Any]:
    """The graph version, reused for `VERSION_TTL` seconds (kept on the app's state). A version
    read while a write through this API went on is not kept (`forget_version`)."""
    state = request.app.state
    with _lock:
        cached = getattr(state, "graph_version", None)
        if cached is not None and time.monotonic() - cached[0] < VERSION_TTL:
            return dict(cached[1])
        generation = getattr(state, "version_generation", 0)
    version = graph_version(graph.driver, database=graph.database)
    with _lock:
        if getattr(state, "version_generation", 0) == generation:
            state.graph_version = (time.monotonic(), version)
    return dict(version)


def forget_version(state: Any) -> None:
    """The graph changed: the next read reads its version again."""
    with _lock:
        state.graph_version = None
        state.version_generation = getattr(state, "version_generation", 0) + 1


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
    answers: Answers | None = getattr(request.app.state, "answers", None)
    if answers is not None and (answer := answers.get(tag)) is not None:
        request.state.__setattr__(HIT_KEY, True)
        raise Cached(answer)


async def on_cached(request: Request, exc: Exception) -> Response:
    """The cached answer (`CachedReads` adds the caching headers, as to any read)."""
    assert isinstance(exc, Cached)
    return exc.answer.response(request.headers.get("accept-encoding", ""))


Conditional = Depends(conditional)


class CachedReads:
    """Adds the headers `conditional` prepared to a read's 200 answer (any response class), keeps
    the answer in the app's `Answers` unless it is streamed (gzipped too when it is at least
    `gzip_min_bytes`, as the gzip middleware would), and after a write that succeeded makes the
    next read look at the graph's version again."""

    def __init__(self, app: ASGIApp, *, gzip_min_bytes: int) -> None:
        self.app = app
        self.gzip_min_bytes = gzip_min_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        app_state = scope["app"].state
        answers: Answers | None = getattr(app_state, "answers", None)
        writes = scope["method"] not in SAFE_METHODS
        start: Message | None = None
        chunks: list[bytes] = []

        async def relay(message: Message) -> None:
            nonlocal start
            prepared = state.get(STATE_KEY)
            if message["type"] == "http.response.start":
                if writes and message["status"] < 400:
                    forget_version(app_state)
                if prepared and message["status"] == 200:
                    if answers is not None and not state.get(HIT_KEY):
                        start = message
                    message = {**message, "headers": [
                        *message.get("headers", []),
                        *((k.lower().encode(), v.encode()) for k, v in prepared.items()),
                    ]}  # fmt: skip
            elif message["type"] == "http.response.body" and start is not None:
                if message.get("more_body", False):  # streamed: not kept
                    start = None
                else:
                    chunks.append(message.get("body", b""))
                    body = b"".join(chunks)
                    packed = gzip.compress(body) if len(body) >= self.gzip_min_bytes else None
                    answer = Answer(list(start.get("headers", [])), body, packed)
                    assert answers is not None and prepared is not None
                    answers.put(prepared["ETag"], answer)
            await send(message)

        await self.app(scope, receive, relay)
