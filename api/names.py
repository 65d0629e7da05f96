"""Names in paths and filters, resolved as the CLI resolves them (`graph.read.resolve`): an id,
a country's ISO code, a name or an alias. A name that fits nothing is a 404 naming it; one that
fits several entities a 409 listing the candidates."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict

from ctgraph.api.deps import Graph
from ctgraph.api.errors import Ambiguous, NotFound
from ctgraph.graph.read import resolve
from ctgraph.graph.read.resolve import Candidate


@contextmanager
def resolution_errors() -> Iterator[None]:
    """The resolver's `Unknown` as 404 and `Ambiguous` as 409 (with the candidates)."""
    try:
        yield
    except resolve.Unknown as e:
        raise NotFound(str(e), extensions={"name": e.name}) from e
    except resolve.Ambiguous as e:
        candidates = [{k: v for k, v in asdict(c).items() if v is not None} for c in e.candidates]
        raise Ambiguous(str(e), extensions={"name": e.name, "candidates": candidates}) from e


def entity(graph: Graph, name: str, *, label: str | None) -> Candidate:
    """The one entity (of `label`, or any) that `name` means."""
    with resolution_errors():
        return resolve.resolve(graph.driver, name, label=label, database=graph.database)


def country_code(graph: Graph, name: str | None) -> str | None:
    """The ISO code of the country `name` means (None: no country asked for)."""
    if name is None:
        return None
    return entity(graph, name, label="Country").iso2


def organisation_id(graph: Graph, name: str | None) -> str | None:
    """The id of the organisation `name` means (None: none asked for)."""
    if name is None:
        return None
    return entity(graph, name, label="Organisation").id
