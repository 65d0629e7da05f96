"""Query plans warmed before the first request: the first run of a query costs Neo4j its planning
(hundreds of milliseconds for the API's paged queries, seconds on a busy machine), and Neo4j
caches a plan per query text AND per parameter types, so a filter given as a string where it
was null before is planned again. `warm_plans` runs every API read query once per shape a route
sends: all filters null, each filter set alone, and the period given whole. Running, not
EXPLAIN: an EXPLAIN leaves the first real run still paying for most of it (measured: 454 ms
after the EXPLAIN, 6 ms after a run).

The values are harmless (empty strings, year 0, confidence 1.0) and the queries read only; a
query that fails here is skipped (the request that needs it reports the failure)."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from itertools import combinations, product
from threading import Event
from typing import Any

from neo4j import Driver

from ctgraph.graph import queries
from ctgraph.graph.errors import ConnectionFailed, GraphError
from ctgraph.graph.read import read

log = logging.getLogger("ctgraph.graph.read")
VALUES: dict[str, Any] = {"string": "", "int": 0, "float": 1.0, "bool": False, "list": []}
# Neo4j also keys a plan on the size bucket of each string parameter (1-10, 11-100, 101-1000
# characters; measured): strings whose length varies are warmed short and long, the others at
# the length they have.
FIXED: dict[str, Any] = {
    "country": "XX",
    "iso2": "XX",
    "organisation": "organisation:warm",
    "date_from": "2016",
    "date_to": "2016-06",
    "loaded_since": "1970-01-01T00:00:00+00:00",
    "limit": 1,
    "terms": ["warm"],
}
VARYING: dict[str, tuple[str, str]] = {
    "crime": ("both", "human trafficking"),
    "label": ("Country", "Organisation"),
    "query": ("warm", "warm~ warm* again~ again*"),
}
SHORT, LONG = "warm", "warm:a-longer-name"
# Filters that are given together: a period (with or without a crime), a date range.
TOGETHER = (("crime", "year_from", "year_to"), ("year_from", "year_to"), ("date_from", "date_to"))


def shapes(query: queries.NamedQuery) -> Iterator[dict[str, Any]]:
    """The parameter sets that cover a route's shapes of the query: required ones always given,
    the optional ones none, each alone, and those given together (`TOGETHER`); each string of
    varying length short and long."""
    required = [p for p in query.params if p.required]
    optional = [p for p in query.params if not p.required]
    groups: list[tuple[queries.Param, ...]] = [(), *combinations(optional, 1)]
    names = {p.name for p in optional}
    groups += [tuple(p for p in optional if p.name in t) for t in TOGETHER if set(t) <= names]
    for group in groups:
        given = [*required, *group]
        choices = [values(p) for p in given]
        for chosen in product(*choices):
            yield {p.name: v for p, v in zip(given, chosen, strict=True)}


def values(param: queries.Param) -> tuple[Any, ...]:
    """Harmless values of the parameter's type: one, or a short and a long string."""
    if param.name in FIXED:
        return (FIXED[param.name],)
    if param.name in VARYING:
        return VARYING[param.name]
    if param.type == "string":
        return (SHORT, LONG)
    return (VALUES.get(param.type, ""),)


def warm_plans(driver: Driver, *, database: str, stop: Event | None = None) -> float:
    """Run every API read query in each shape once, until `stop` is set; the seconds it took.
    The plans are the server's: another app on the same server finds them cached."""
    started = time.perf_counter()
    for file in queries.folder_files("api"):
        query = queries.load(file.name.removesuffix(".cypher"), folder="api")
        for params in shapes(query):
            if stop is not None and stop.is_set():
                return time.perf_counter() - started
            try:
                read(driver, query.name, database=database, **params)
            except ConnectionFailed as e:  # Neo4j is away: the first requests will say so
                log.info("warming the query plans stopped: %s", e)
                return time.perf_counter() - started
            except GraphError as e:
                log.debug("warming %s %s: %s", query.name, sorted(params), e)
    return time.perf_counter() - started
