"""The OpenAPI document as the app is configured: security only where a key is needed, stable
operation ids, one tag per resource."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute

from ctgraph.api.schemas.common import Problem
from ctgraph.settings import Settings

TAGS = [
    {"name": "health", "description": "Liveness and readiness probes (no key)."},
    {"name": "countries", "description": "Countries and their co-investigation partners."},
    {"name": "co-investigations", "description": "Country pairs by shared operations."},
    {"name": "operations", "description": "Operations with participants and evidence."},
    {"name": "organisations", "description": "Organisations, members and successions."},
    {"name": "persons", "description": "Persons and their affiliations."},
    {"name": "routes", "description": "Trafficking and smuggling routes between countries."},
    {"name": "documents", "description": "Source documents, and ingestion of new texts."},
    {"name": "search", "description": "Fuzzy search over names and aliases."},
    {"name": "connections", "description": "Shortest chains of facts between entities."},
    {"name": "stats", "description": "Counts and the span of years."},
    {
        "name": "exports",
        "description": "The cooperation graph as GraphML, GEXF or CSV; the whole "
        "graph as a Cypher script, GraphML or FollowTheMoney entities.",
    },
    {"name": "browser", "description": "Neo4j Browser's style and guide (no key: no data)."},
    {"name": "corrections", "description": "Analysts' corrections, their history, rejected facts."},
]
READ_METHODS = {"get", "head"}
# Statuses a read cannot answer when reads are open: no key is checked.
KEY_STATUSES = ("401", "403")


def operation_id(route: APIRoute) -> str:
    """The route function's name (`list_partners`): stable, readable in generated clients."""
    return route.name


def open_reads(schema: dict[str, Any]) -> None:
    """Reads need no key: drop their security requirement and the key errors."""
    for operations in schema.get("paths", {}).values():
        for method, operation in operations.items():
            if method in READ_METHODS:
                operation.pop("security", None)
                for status in KEY_STATUSES:
                    operation.get("responses", {}).pop(status, None)


def configured_openapi(app: FastAPI, settings: Settings) -> Callable[[], dict[str, Any]]:
    """`app.openapi`, adjusted once to the settings (read keys or open reads)."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = generate()
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            components["Problem"] = Problem.model_json_schema(
                ref_template="#/components/schemas/{model}"
            )
            if not settings.api_read_keys:
                open_reads(schema)
        return app.openapi_schema or {}

    return openapi
