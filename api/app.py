"""The query API: `create_app(settings)` builds the FastAPI app over one Neo4j driver."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api import errors
from api.deps import Graph, reject_unknown_query
from api.middleware import BodyLimit
from api.routes import ROUTERS
from ctgraph.database import open_driver
from ctgraph.settings import Settings, get_settings

DESCRIPTION = """Read the counter-trafficking knowledge graph: countries and their
co-investigation partners, operations with their evidence, organisations, persons, routes,
documents, search, connections, statistics and exports; ingest new texts with a write key.

Send keys in the `X-API-Key` header. Without configured read keys reads are open; writes
always need a write key. Every error is `{"error": {"status", "code", "message", "details"}}`."""


def create_app(settings: Settings | None = None) -> FastAPI:
    """The app; its lifespan opens one driver (checked with `verify_connectivity`) and closes it."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        driver = open_driver(settings)
        app.state.graph = Graph(driver=driver, database=settings.neo4j_database)
        try:
            yield
        finally:
            driver.close()

    app = FastAPI(
        title="ctgraph API",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
        dependencies=[Depends(reject_unknown_query)],
    )
    app.state.settings = settings
    errors.install(app)
    for router in ROUTERS:
        app.include_router(router)
    if settings.api_cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.api_cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["X-API-Key", "Content-Type"],
        )
    # Added last, so it runs first: oversized bodies never reach CORS, routing or parsing.
    app.add_middleware(BodyLimit, max_bytes=settings.api_max_body_bytes)
    return app
