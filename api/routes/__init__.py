"""One router per resource; `ROUTERS` is the order they appear in the OpenAPI document."""

from __future__ import annotations

from ctgraph.api.routes import (
    connections,
    countries,
    documents,
    exports,
    guide,
    health,
    operations,
    organisations,
    pairs,
    persons,
    routes,
    search,
    stats,
    uploads,
)

ROUTERS = [
    health.router,
    countries.router,
    pairs.router,
    operations.router,
    organisations.router,
    persons.router,
    routes.router,
    documents.router,
    uploads.router,
    search.router,
    connections.router,
    stats.router,
    exports.router,
    guide.router,
]
