"""Named Cypher queries: one file each under `cypher/`, loaded by name, never formatted, run by
one runner with one error mapping.

Folders (see `cypher/README.md`): the analysts' library is `cypher/<verb>_<noun>.cypher`; the API
reads `cypher/api/`, the notebooks `cypher/analysis/`, the loader writes with `cypher/load/`. Every
file starts with the same header of `//` comments: the description, then one
`// @param name: type — text` line per parameter (`// @param name = null: type — text` when it
may be omitted, meaning "no filter"). `bind` checks given parameters against it, and gives a
query the model's parameters it declares (`graph/model.yaml`, `parameters:`, e.g. `recent`).

A query may compose a fragment: its line `// @fragment <name>` stands for the Cypher of
`cypher/fragments/<name>.cypher`, whose `@param` lines join the query's header. A fragment holds
one rule that several queries share (the CO_INVESTIGATED pair rule), so it is written once.

`cypher/` is package data, found through `importlib.resources`, so a regular wheel works.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, Literal

from neo4j import READ_ACCESS, WRITE_ACCESS, Driver, Query, RoutingControl, Session
from neo4j.exceptions import (
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from ctgraph.graph.errors import ConnectionFailed, GraphError, QueryError, Retryable
from ctgraph.graph.filters import PARAMS as FILTER_PARAMS
from ctgraph.graph.filters import Filters
from ctgraph.graph.model import model

Folder = Literal["", "api", "analysis", "load", "export", "browser", "corrections"]
SCHEMA = "schema"
FRAGMENTS = "fragments"
Row = dict[str, Any]

_PARAM = re.compile(r"^//\s*@param\s+(\w+)\s*(=\s*null)?\s*:\s*(.*)$")
_FRAGMENT = re.compile(r"^([ \t]*)//\s*@fragment\s+(\w+)[ \t]*$", re.MULTILINE)
_TYPES = {
    "string": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "list": (list,),
    "map": (dict,),
    "any": (object,),
}


@dataclass(frozen=True, slots=True)
class Param:
    """One declared parameter: its type, and whether it may be omitted (null: "no filter")."""

    name: str
    type: str
    description: str
    required: bool

    def check(self, query: str, value: Any) -> None:
        """A `QueryError` when the value is not of the declared type."""
        kinds = _TYPES.get(self.type, (object,))
        wrong_bool = isinstance(value, bool) and bool not in kinds and self.type != "any"
        if value is not None and (wrong_bool or not isinstance(value, kinds)):
            raise QueryError(
                f"query {query!r}: parameter {self.name} must be {self.type}, got {value!r}"
            )


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A query file: its name (the file stem), header documentation and Cypher text."""

    name: str
    description: str
    params: tuple[Param, ...]
    text: str

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """All declared parameters (omitted optional ones as None, the model's parameters from
        the model unless given); unknown, missing or mistyped ones fail."""
        declared = {p.name for p in self.params}
        from_model = model().parameter_values.items()
        given = given | {k: v for k, v in from_model if k in declared and given.get(k) is None}
        unknown = sorted(set(given) - {p.name for p in self.params})
        if unknown:
            raise QueryError(f"query {self.name!r} has no parameter {', '.join(unknown)}")
        missing = [p.name for p in self.params if p.required and given.get(p.name) is None]
        if missing:
            raise QueryError(f"query {self.name!r} needs --param {missing[0]}=...")
        for param in self.params:
            param.check(self.name, given.get(param.name))
        return {p.name: given.get(p.name) for p in self.params}

    def check_filters(self, bound: dict[str, Any]) -> None:
        """The crime and period filter, when the query takes it, as a `graph.filters.Filters`:
        an unknown crime or an empty period fails naming the query."""
        if any(p.name in FILTER_PARAMS for p in self.params):
            try:
                Filters.of(bound)
            except QueryError as e:
                raise QueryError(f"query {self.name!r}: {e}") from e


def parse(name: str, text: str) -> NamedQuery:
    """A query's header: description lines, then `@param` lines (`name[= null]: type — text`)."""
    description: list[str] = []
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        match = _PARAM.match(line)
        if match:
            kind, _, about = match[3].partition("—")
            kind = kind.strip() if about else "any"
            params.append(Param(match[1], kind, (about or match[3]).strip(), match[2] is None))
        elif not params:
            description.append(line.lstrip("/").strip())
    return NamedQuery(name, " ".join(description).strip(), tuple(params), text)


def folder_files(folder: Folder = "") -> list[Traversable]:
    """The `.cypher` files of one folder of `cypher/` (the schema excluded), sorted by name."""
    root = resources.files("ctgraph.cypher")
    where = root / folder if folder else root
    files = [f for f in where.iterdir() if f.name.endswith(".cypher")]
    return sorted((f for f in files if f.name != f"{SCHEMA}.cypher"), key=lambda f: f.name)


@cache
def load(name: str, *, folder: Folder = "") -> NamedQuery:
    """The query `cypher/<folder>/<name>.cypher`; a `QueryError` naming it when it is missing."""
    root = resources.files("ctgraph.cypher")
    path = (root / folder if folder else root) / f"{name}.cypher"
    shown = f"cypher/{folder + '/' if folder else ''}{name}.cypher"
    if not re.fullmatch(r"[a-z0-9_]+", name) or not path.is_file():
        raise QueryError(f"no query named {name!r} (expected {shown}); see `ctgraph query --list`")
    return parse(name, composed(path.read_text(encoding="utf-8")))


def composed(text: str) -> str:
    """A query's text with each `// @fragment <name>` line replaced by the fragment's Cypher
    (indented like the line) and the fragment's `@param` lines added to the query's header."""
    params: list[str] = []

    def insert(match: re.Match[str]) -> str:
        header, body = _fragment(match[2])
        params.extend(line for line in header if line not in params)
        return "\n".join(match[1] + line if line else line for line in body)

    lines = _FRAGMENT.sub(insert, text).splitlines()
    end = next((i for i, line in enumerate(lines) if not line.startswith("//")), len(lines))
    declared = {m[1] for line in lines[:end] if (m := _PARAM.match(line))}
    added = [line for line in params if (m := _PARAM.match(line)) and m[1] not in declared]
    return "\n".join([*lines[:end], *added, *lines[end:]]) + "\n"


@cache
def _fragment(name: str) -> tuple[list[str], list[str]]:
    """The `@param` lines and the Cypher lines of `cypher/fragments/<name>.cypher`."""
    path = resources.files("ctgraph.cypher") / FRAGMENTS / f"{name}.cypher"
    if not path.is_file():
        raise QueryError(
            f"no query fragment named {name!r} (expected cypher/fragments/{name}.cypher)"
        )
    lines = path.read_text(encoding="utf-8").splitlines()
    end = next((i for i, line in enumerate(lines) if not line.startswith("//")), len(lines))
    return [line for line in lines[:end] if _PARAM.match(line)], lines[end:]


def library() -> list[NamedQuery]:
    """The analysts' queries, `cypher/*.cypher` except the schema, sorted by name."""
    return [load(f.name.removesuffix(".cypher")) for f in folder_files()]


def schema_statements(text: str | None = None) -> list[str]:
    """The statements of `cypher/schema.cypher` (or of another schema's text), comments dropped."""
    if text is None:
        text = (resources.files("ctgraph.cypher") / f"{SCHEMA}.cypher").read_text(encoding="utf-8")
    body = "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith("//"))
    return [s.strip() for s in body.split(";") if s.strip()]


def run(
    driver: Driver,
    name: str,
    params: dict[str, Any],
    *,
    folder: Folder = "",
    database: str | None = None,
    write: bool = False,
) -> tuple[list[str], list[Row]]:
    """Run a named query (a READ unless `write`); its column names and records as dicts."""
    query = load(name, folder=folder)
    bound = query.bind(params)
    if not folder:  # the library: analysts' filters are checked like the notebooks' Filters
        query.check_filters(bound)
    routing = RoutingControl.WRITE if write else RoutingControl.READ
    with driver_errors(f"the {name!r} query"):
        records, _, keys = driver.execute_query(
            Query(query.text),  # text from a file, never formatted
            parameters_=bound,
            routing_=routing,
            database_=database,
        )
    return list(keys), [record.data() for record in records]


def open_session(driver: Driver, *, database: str | None, write: bool) -> Session:
    """A session routed to the writer (`write`) or to a reader, in the causal chain of the
    driver's `execute_query` calls (their bookmark manager): on a cluster (`neo4j://`), a read
    after a write sees it, whichever server answers."""
    return driver.session(
        database=database,
        default_access_mode=WRITE_ACCESS if write else READ_ACCESS,
        bookmark_manager=driver.execute_query_bookmark_manager,
    )


def read(
    driver: Driver, name: str, /, *, folder: Folder, database: str | None, **params: Any
) -> list[Row]:
    """The rows of a named read query."""
    return run(driver, name, params, folder=folder, database=database)[1]


@contextmanager
def driver_errors(doing: str, *, failure: type[GraphError] = QueryError) -> Iterator[None]:
    """Driver errors as `graph` errors that say what was being done: a lost server is
    `ConnectionFailed`, a transient failure (memory pool, deadlock, leader switch) is
    `Retryable`, anything else `failure` (a `QueryError` unless the caller says otherwise)."""
    try:
        yield
    except (ServiceUnavailable, SessionExpired) as e:
        raise ConnectionFailed(f"Neo4j went away during {doing}: {e}") from e
    except TransientError as e:
        raise Retryable(f"Neo4j could not complete {doing} now, try again: {e.message}") from e
    except (Neo4jError, DriverError) as e:
        raise failure(f"{doing} failed: {e}") from e
