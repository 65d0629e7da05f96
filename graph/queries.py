"""Named Cypher queries: one file each under `cypher/`, loaded by name, never formatted.

The analysts' library is `cypher/<verb>_<noun>.cypher`; the loader's own writes live in
`cypher/load/`. A file starts with a header of `//` comments: the description, then one
`// @param name: text` line per parameter (`// @param name = null: text` when it may be
omitted, meaning "no filter"). The header is the query's documentation for `ctgraph query`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from neo4j import Driver, RoutingControl
from neo4j.exceptions import DriverError, Neo4jError

from graph.errors import QueryError

CYPHER_DIR = Path(__file__).resolve().parent.parent / "cypher"
LOAD_DIR = CYPHER_DIR / "load"
SCHEMA_FILE = CYPHER_DIR / "schema.cypher"

_PARAM = re.compile(r"^//\s*@param\s+(\w+)\s*(=\s*null)?\s*:\s*(.*)$")


@dataclass(frozen=True, slots=True)
class Param:
    """One declared parameter: required, or optional with a null default ("no filter")."""

    name: str
    description: str
    required: bool


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A query file: its name (the file stem), header documentation and Cypher text."""

    name: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path = field(compare=False)

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """All declared parameters (omitted optional ones as None); unknown or missing ones fail."""
        unknown = sorted(set(given) - {p.name for p in self.params})
        if unknown:
            raise QueryError(f"query {self.name!r} has no parameter {', '.join(unknown)}")
        missing = [p.name for p in self.params if p.required and given.get(p.name) is None]
        if missing:
            raise QueryError(f"query {self.name!r} needs --param {missing[0]}=...")
        return {p.name: given.get(p.name) for p in self.params}


def parse(path: Path) -> NamedQuery:
    """Read a query file and its header."""
    text = path.read_text(encoding="utf-8")
    description: list[str] = []
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        match = _PARAM.match(line)
        if match:
            params.append(Param(match[1], match[3].strip(), required=match[2] is None))
        elif not params:
            description.append(line.lstrip("/").strip())
    return NamedQuery(path.stem, " ".join(description).strip(), tuple(params), text, path)


@cache
def load(name: str, *, folder: Path = CYPHER_DIR) -> NamedQuery:
    """The query `<folder>/<name>.cypher`; a `QueryError` naming the file when it is missing."""
    path = folder / f"{name}.cypher"
    if not re.fullmatch(r"[a-z0-9_]+", name) or not path.is_file():
        raise QueryError(f"no query named {name!r} (expected {path}); see `ctgraph query --list`")
    return parse(path)


def library() -> list[NamedQuery]:
    """The analysts' queries, `cypher/*.cypher` except the schema, sorted by name."""
    paths = sorted(p for p in CYPHER_DIR.glob("*.cypher") if p != SCHEMA_FILE)
    return [load(p.stem) for p in paths]


def loader_query(name: str) -> str:
    """The text of one of the loader's own queries, `cypher/load/<name>.cypher`."""
    return load(name, folder=LOAD_DIR).text


def schema_statements() -> list[str]:
    """The statements of `cypher/schema.cypher`, comments dropped."""
    lines = [ln for ln in SCHEMA_FILE.read_text(encoding="utf-8").splitlines()]
    body = "\n".join(ln for ln in lines if not ln.lstrip().startswith("//"))
    return [s.strip() for s in body.split(";") if s.strip()]


def run(
    driver: Driver, name: str, params: dict[str, Any], *, database: str | None = None
) -> tuple[list[str], list[dict[str, Any]]]:
    """Run a library query as a read; return its column names and records as dicts."""
    query = load(name)
    bound = query.bind(params)
    try:
        records, _, keys = driver.execute_query(
            query.text, parameters_=bound, routing_=RoutingControl.READ, database_=database
        )
    except (Neo4jError, DriverError) as e:
        raise QueryError(f"query {name!r} failed: {e}") from e
    return list(keys), [record.data() for record in records]
