"""The query API: `create_app(settings)` builds the FastAPI app over one Neo4j driver."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi_offline import FastAPIOffline

from ctgraph.api import errors, hardening
from ctgraph.api.caching import Answers, Cached, CachedReads, on_cached
from ctgraph.api.deps import Graph, reject_unknown_query
from ctgraph.api.middleware import BodyLimit, DocsPolicy, HeadAsGet
from ctgraph.api.openapi import TAGS, configured_openapi, operation_id
from ctgraph.api.requestid import REQUEST_ID_HEADER, RequestId
from ctgraph.api.routes import ROUTERS, corrections
from ctgraph.database import open_driver
from ctgraph.graph.read.plans import warm_plans
from ctgraph.ingest import warm_up
from ctgraph.settings import Settings, get_settings

DESCRIPTION = """Read the counter-trafficking knowledge graph: countries and their
co-investigation partners, operations with their evidence, organisations, persons, routes,
documents, search, connections, statistics and exports; ingest new texts with a write key.

Send keys in the `X-API-Key` header. Without configured read keys reads are open; writes
always need a write key. Wherever an entity is expected (path or filter) it may be named by its
id (`country:RS`), a country's ISO code (`RS`), or a name or alias in any case (`Serbia`,
`SELEC`); a name that fits several is a 409 listing them. Every error is an RFC 9457 problem
(`application/problem+json`: `type`, `title`, `status`, `detail`, `instance`, `code`). Reads
carry an `ETag` (answer `If-None-Match` with 304) and lists `next`/`prev` links."""

# Responses smaller than this are not worth compressing.
GZIP_MIN_BYTES = 1000
EXPOSED_HEADERS = [
    "Content-Disposition", "ETag", "Last-Modified", "Link", "Retry-After", REQUEST_ID_HEADER,
]  # fmt: skip


def create_app(settings: Settings | None = None) -> FastAPI:
    """The app; its lifespan opens one driver (checked with `verify_connectivity`) and closes it."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        driver = open_driver(settings)
        app.state.graph = Graph(driver=driver, database=settings.neo4j_database)
        if settings.api_write_keys:  # only an app that may ingest needs the pipeline
            threading.Thread(target=warm_up, name="warm-extraction", daemon=True).start()
        stop = threading.Event()  # the first call of a route finds its query planned
        warming = threading.Thread(
            target=warm_plans, args=(driver,), kwargs={"database": settings.neo4j_database,
            "stop": stop}, name="warm-plans", daemon=True,
        )  # fmt: skip
        warming.start()
        try:
            yield
        finally:
            stop.set()
            warming.join()
            driver.close()

    # Swagger UI and ReDoc load their scripts from the installed package, not from a CDN.
    app = FastAPIOffline(
        title="ctgraph API",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
        dependencies=[Depends(reject_unknown_query)],
        openapi_tags=TAGS,
        generate_unique_id_function=operation_id,
        redirect_slashes=False,  # a trailing slash gets a relative redirect (errors.py)
    )
    app.state.settings = settings
    app.openapi = configured_openapi(app, settings)  # type: ignore[method-assign]
    errors.install(app)
    app.add_exception_handler(Cached, on_cached)
    if settings.api_response_cache_mb > 0:
        app.state.answers = Answers(int(settings.api_response_cache_mb * 1024 * 1024))
    for router in ROUTERS:
        app.include_router(router)
    app.include_router(corrections.router)
    app.include_router(corrections.browser_router)
    # Innermost first: each add_middleware wraps the ones before it.
    app.add_middleware(CachedReads, gzip_min_bytes=GZIP_MIN_BYTES)
    app.add_middleware(DocsPolicy, paths=("/docs", "/redoc"))
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES)
    app.add_middleware(HeadAsGet)
    hardening.install(app, settings)  # key checks, control characters, slow bodies, 5xx close
    # Oversized bodies are refused before routing or parsing, but inside CORS, so that a
    # browser can read the 413.
    app.add_middleware(BodyLimit, max_bytes=settings.api_max_body_bytes)
    if settings.api_cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.api_cors_origins,
            allow_methods=["GET", "HEAD", "POST"],
            allow_headers=["X-API-Key", "Content-Type", "If-None-Match", REQUEST_ID_HEADER],
            expose_headers=EXPOSED_HEADERS,
        )
    app.add_middleware(RequestId)
    return app
