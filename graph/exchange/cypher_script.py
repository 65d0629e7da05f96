"""The whole graph as a Cypher script that loads it into another, empty Neo4j (`cypher-shell -f`,
or statement by statement): ctgraph's schema, then `UNWIND` batches of nodes and relationships
with their values written as Cypher literals (the file is data for another server, not a query
ctgraph runs). One statement per line, each ending with `;`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timedelta
from functools import cache
from itertools import groupby, islice
from typing import Any

from neo4j.time import Date, DateTime, Duration, Time

from ctgraph.graph import queries
from ctgraph.graph.errors import GraphError
from ctgraph.graph.exchange.pages import Node, Relationship
from ctgraph.graph.model import Model
from ctgraph.graph.model_files import schema_text

BATCH = 500
_ESCAPES = {
    "\\": "\\\\",
    "'": "\\'",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}
# What a Cypher string literal escapes, as one `str.translate` table (other controls as \uXXXX).
_STRING = str.maketrans({chr(c): f"\\u{c:04x}" for c in range(0x20)} | _ESCAPES)
_TEMPORAL = ((DateTime, "datetime"), (datetime, "datetime"), (Date, "date"), (date, "date"),
             (Time, "time"), (time, "time"))  # fmt: skip


@cache
def name(text: str) -> str:
    """A label, type or property name, backtick-quoted."""
    return "`" + text.replace("`", "``") + "`"


def string(text: str) -> str:
    """A Cypher string literal."""
    return "'" + text.translate(_STRING) + "'"


def literal(value: Any) -> str:
    """A property value (or a map or list of them) as a Cypher literal."""
    if isinstance(value, str):
        return string(value)
    if value is None or isinstance(value, bool):
        return {None: "null", True: "true", False: "false"}[value]
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else _special_float(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{name(k)}: {literal(v)}" for k, v in value.items()) + "}"
    for kind, function in _TEMPORAL:
        if isinstance(value, kind):
            shown = value.iso_format() if hasattr(value, "iso_format") else value.isoformat()
            return f"{function}({string(shown)})"
    if isinstance(value, Duration | timedelta):
        return f"duration({string(_duration(value))})"
    raise GraphError(f"cannot write a {type(value).__name__} value as Cypher: {value!r}")


def _special_float(value: float) -> str:
    return "0.0 / 0.0" if math.isnan(value) else ("1.0 / 0.0" if value > 0 else "-1.0 / 0.0")


def _duration(value: Duration | timedelta) -> str:
    if isinstance(value, timedelta):
        return f"PT{value.total_seconds()}S"
    return value.iso_format()


def _batches(items: Iterable[Any], key: Any) -> Iterator[tuple[Any, list[Any]]]:
    """Runs of items with the same key, at most `BATCH` long."""
    for k, run in groupby(items, key=key):
        run = iter(run)
        while chunk := list(islice(run, BATCH)):
            yield k, chunk


def node_statements(nodes: Iterable[Node]) -> Iterator[str]:
    """`UNWIND [...] AS p CREATE (n:Label:...) SET n = p;` per run of nodes with the same labels."""
    for labels, chunk in _batches(nodes, key=lambda n: n.labels):
        rows = ", ".join(literal(n.properties) for n in chunk)
        label_text = "".join(f":{name(label)}" for label in labels)
        yield f"UNWIND [{rows}] AS p CREATE (n{label_text}) SET n = p;\n"


def relationship_statements(rels: Iterable[Relationship]) -> Iterator[str]:
    """`UNWIND` batches that find both ends by id (their kind's unique index) and create the link."""
    key = lambda r: (r.type, r.source_kind, r.target_kind)  # noqa: E731
    for (kind, source, target), chunk in _batches(rels, key=key):
        rows = ", ".join(
            f"{{s: {string(r.source)}, t: {string(r.target)}, p: {literal(r.properties)}}}"
            for r in chunk
        )
        yield (
            f"UNWIND [{rows}] AS row MATCH (a:{name(source)} {{id: row.s}}) "
            f"MATCH (b:{name(target)} {{id: row.t}}) CREATE (a)-[r:{name(kind)}]->(b) SET r = row.p;\n"
        )


def script(
    nodes: Iterable[Node], rels: Iterable[Relationship], *, graph_model: Model | None = None
) -> Iterator[str]:
    """The whole script: a header, the schema (`cypher/schema.cypher`, or the one `graph_model`
    gives), the nodes, the relationships."""
    yield "// ctgraph graph dump: load into an empty Neo4j 5 with `cypher-shell -f FILE`.\n"
    yield "// Schema first (cypher/schema.cypher), then nodes, then relationships.\n"
    schema = None if graph_model is None else schema_text(graph_model)
    for statement in queries.schema_statements(schema):
        yield " ".join(statement.split()) + ";\n"
    yield from node_statements(nodes)
    yield from relationship_statements(rels)
