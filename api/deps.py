"""Typed dependencies: the settings, the graph (one driver per app) and the two API-key roles.

Roles: a read key may read; a write key may read and ingest. With no read key configured reads
are open; writes always need a write key, so with no write key configured they are refused.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader
from neo4j import Driver
from pydantic import SecretStr

from ctgraph.api.errors import Forbidden, Invalid, Unauthorized
from ctgraph.settings import Settings

api_key = APIKeyHeader(
    name="X-API-Key", auto_error=False, description="A read or write key from the settings."
)


@dataclass(frozen=True)
class Graph:
    """The app's one driver and the database its reads go to."""

    driver: Driver
    database: str


def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    settings: Settings = request.app.state.settings
    return settings


def get_graph(request: Request) -> Graph:
    """The driver opened in the app's lifespan."""
    graph: Graph = request.app.state.graph
    return graph


SettingsDep = Annotated[Settings, Depends(get_settings)]
GraphDep = Annotated[Graph, Depends(get_graph)]
KeyDep = Annotated[str | None, Security(api_key)]


def matches(key: str | None, keys: list[SecretStr]) -> bool:
    """True when the key is one of the keys (compared in constant time)."""
    if not key:
        return False
    given = key.encode()
    return any(secrets.compare_digest(given, k.get_secret_value().encode()) for k in keys)


def require_read(settings: SettingsDep, key: KeyDep) -> None:
    """Reads are open without read keys; otherwise a read or write key is needed."""
    if not settings.api_read_keys:
        return
    if not matches(key, settings.api_read_keys + settings.api_write_keys):
        raise Unauthorized("a valid X-API-Key header is required")


def require_write(settings: SettingsDep, key: KeyDep) -> None:
    """Writes need a write key; with none configured, writes are disabled."""
    if not settings.api_write_keys:
        raise Forbidden("writes are disabled: no write key is configured (CTGRAPH_API_WRITE_KEYS)")
    if matches(key, settings.api_write_keys):
        return
    if matches(key, settings.api_read_keys):
        raise Forbidden("this API key may read but not write")
    raise Unauthorized("a valid X-API-Key header with the write role is required")


def query_names(dependant: Any) -> set[str]:
    """The query parameters a route declares, its dependencies' included."""
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= query_names(sub)
    return names


def reject_unknown_query(request: Request) -> None:
    """Unknown query parameters are a 422, so that a misspelt filter is not silently ignored."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = query_names(dependant)
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        details = [{"loc": ["query", name], "msg": "unknown parameter", "type": "extra_forbidden"}
                   for name in unknown]  # fmt: skip
        raise Invalid(f"unknown query parameter(s): {', '.join(unknown)}", details=details)


ReadAccess = Depends(require_read)
WriteAccess = Depends(require_write)
