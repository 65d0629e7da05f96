"""Search, connections, statistics and health."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from ctgraph.api.schemas.common import LabelledRef, Page


class SearchHit(LabelledRef):
    """An entity matching the search, with its aliases and a relevance score (higher is better)."""

    aliases: list[str] = Field(default_factory=list)
    score: float


class SearchResults(Page[SearchHit]):
    """A page of search hits, best first, and which backend answered (`fulltext` index or
    `fallback`)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "query": "mirage",
                    "backend": "fulltext",
                    "total": 1,
                    "limit": 20,
                    "offset": 0,
                    "next": None,
                    "prev": None,
                    "items": [
                        {
                            "id": "organisation:mirage-task-force",
                            "label": "Organisation",
                            "name": "Task Force Mirage",
                            "aliases": ["Mirage Task Force"],
                            "score": 2.1,
                        }
                    ],
                }
            ]
        }
    )

    query: str
    backend: str


class Link(BaseModel):
    """One relationship on a path, by type and the ids at its ends."""

    type: str
    source: str | None = None
    target: str | None = None


class Connection(BaseModel):
    """The shortest chain of facts between two entities (empty when they are not connected)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "source": "country:RS",
                    "target": "organisation:selec",
                    "connected": True,
                    "length": 2,
                    "nodes": [
                        {"id": "country:RS", "label": "Country", "name": "Serbia"},
                        {
                            "id": "operation:mirage-2016",
                            "label": "Operation",
                            "name": "Mirage 2016",
                        },
                        {"id": "organisation:selec", "label": "Organisation", "name": "SELEC"},
                    ],
                    "relationships": [
                        {
                            "type": "PARTICIPATED_IN",
                            "source": "country:RS",
                            "target": "operation:mirage-2016",
                        },
                        {
                            "type": "INVOLVED_IN",
                            "source": "organisation:selec",
                            "target": "operation:mirage-2016",
                        },
                    ],
                }
            ]
        }
    )

    source: str
    target: str
    connected: bool
    length: int | None = None
    nodes: list[LabelledRef] = Field(default_factory=list)
    relationships: list[Link] = Field(default_factory=list)


class Stats(BaseModel):
    """Node counts per label, relationship counts per type and the span of operation years."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "nodes": {"Country": 12, "Operation": 7, "Document": 5},
                    "relationships": {"PARTICIPATED_IN": 20, "CO_INVESTIGATED": 15},
                    "first_year": 2000,
                    "last_year": 2017,
                }
            ]
        }
    )

    nodes: dict[str, int]
    relationships: dict[str, int]
    first_year: int | None = None
    last_year: int | None = None


class Status(BaseModel):
    """Liveness or readiness."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"status": "ok"}]})

    status: str
