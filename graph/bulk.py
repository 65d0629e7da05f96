"""The CSV files of a bulk first load: a replayed graph (`graph.replay`) as the node and
relationship files that `neo4j-admin database import full` reads.

A file per kind (documents, entities, MENTIONS, extracted relationships) and per
set of compatible columns: a header names each property with its type (`count:long`,
`starts:long[]`); a property given two types by different rows goes to another file. List
elements and labels are separated by `ARRAY_DELIMITER` (a control character no text holds).
The format cannot hold an empty list, nor a list of one empty string (the tool reads both as no
value): such properties are named in marker properties instead (`ctgraph_empty`,
`ctgraph_blank`), which `cypher/load/set_marked_node_lists.cypher` and
`set_marked_relationship_lists.cypher` turn into the lists after the import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ctgraph.graph.errors import CannotBulkLoad
from ctgraph.graph.replay import Replay

ARRAY_DELIMITER = "\x1f"  # the tool's --array-delimiter=U+001F; also between labels
EMPTY_MARKER = "ctgraph_empty"  # names the properties that are empty lists
BLANK_MARKER = "ctgraph_blank"  # names the properties that are [''] (one empty string)
_BAD_KEY = set(':,"\n\r' + ARRAY_DELIMITER)

# One row of a file: the values of its fixed columns (ids, label, type) and its properties.
Row = tuple[list[str], dict[str, Any]]


@dataclass(frozen=True, slots=True)
class ImportFiles:
    """The files of one import, in the order the tool takes them."""

    nodes: list[Path]
    relationships: list[Path]


def write_import_files(graph: Replay, folder: Path, *, loaded_at: str) -> ImportFiles:
    """Write the graph as CSV files into `folder`; `loaded_at` (ISO 8601, UTC) dates documents."""
    stamp = _quote(loaded_at)
    documents = (
        ([_quote(doc_id), "Document", stamp], _without_id(props))
        for doc_id, props in graph.documents.items()
    )
    entities = (
        ([_quote(entity_id), _quote(ARRAY_DELIMITER.join(node.labels))], _without_id(node.props))
        for entity_id, node in graph.entities.items()
    )
    mentions = (
        ([_quote(doc_id), _quote(entity_id), "MENTIONS"], props)
        for doc_id, by_entity in graph.mentions.items()
        for entity_id, props in by_entity.items()
    )
    relations = (
        ([_quote(source), _quote(target), rel_type], props)
        for (source, rel_type, target), props in graph.relations.items()
    )
    between = [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"]
    write = _table_writer(folder)
    nodes = write("documents", ["id:ID(Document)", ":LABEL", "loaded_at:datetime"], documents)
    nodes += write("entities", ["id:ID(Entity)", ":LABEL"], entities)
    rels = write("mentions", [":START_ID(Document)", ":END_ID(Entity)", ":TYPE"], mentions)
    rels += write("relations", between, relations)
    return ImportFiles(nodes, rels)


def _table_writer(folder: Path) -> Callable[[str, list[str], Iterable[Row]], list[Path]]:
    def write(name: str, fixed: list[str], rows: Iterable[Row]) -> list[Path]:
        paths = []
        for n, (columns, grouped) in enumerate(_groups(rows)):
            path = folder / f"{name}-{n}.csv"
            keys = sorted(columns)
            encoders = [(key, _ENCODERS[columns[key]]) for key in keys]
            header = fixed + [f"{key}:{columns[key]}" for key in keys]
            with path.open("w", encoding="utf-8", newline="") as out:
                out.write(",".join(header) + "\n")
                for values, props in grouped:
                    cells = [_encoded(props.get(key), encode) for key, encode in encoders]
                    out.write(",".join(values + cells) + "\n")
            paths.append(path)
        return paths

    return write


def _encoded(value: Any, encode: Callable[[Any], str]) -> str:
    return "" if value is None else encode(value)


def _groups(rows: Iterable[Row]) -> list[tuple[dict[str, str], list[Row]]]:
    """The rows in groups whose properties agree on every column's type; markers added."""
    groups: list[tuple[dict[str, str], list[Row]]] = []
    checked: set[str] = set()
    for values, props in rows:
        marked = _marked(props)
        types = {key: _type(key, value) for key, value in marked.items()}
        for key in types.keys() - checked:
            if _BAD_KEY & set(key):
                raise CannotBulkLoad(
                    f"property name {key!r} cannot be a column of the import files"
                )
            checked.add(key)
        for columns, grouped in groups:
            if all(columns.get(key, kind) == kind for key, kind in types.items()):
                columns.update(types)
                grouped.append((values, marked))
                break
        else:
            groups.append((types, [(values, marked)]))
    return groups or [({}, [])]


def _marked(props: dict[str, Any]) -> dict[str, Any]:
    """The properties the format holds, and markers naming the lists it cannot."""
    empty = [key for key, value in props.items() if value == []]
    blank = [key for key, value in props.items() if value == [""]]
    if not empty and not blank:
        return props
    kept = {key: value for key, value in props.items() if value != [] and value != [""]}
    return {**kept, **({EMPTY_MARKER: empty} if empty else {}), **({BLANK_MARKER: blank} if blank else {})}  # fmt: skip


def _type(key: str, value: Any) -> str:
    name = _NAMES.get(type(value))
    if name is not None:
        return name
    if isinstance(value, list):
        kinds = set(map(type, value))
        name = _NAMES.get(kinds.pop()) if len(kinds) == 1 else None
        if name is not None:
            return f"{name}[]"
    raise CannotBulkLoad(f"property {key!r} has a value Neo4j cannot store: {value!r:.80}")


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _strings(values: list[str]) -> str:
    joined = ARRAY_DELIMITER.join(values)
    if joined.count(ARRAY_DELIMITER) != len(values) - 1:
        raise CannotBulkLoad(f"a list holds the control character U+001F: {joined[:80]!r}")
    return _quote(joined)


def _boolean(value: bool) -> str:
    return "true" if value else "false"


_NAMES = {bool: "boolean", int: "long", float: "double", str: "string"}
_ENCODERS: dict[str, Callable[[Any], str]] = {
    "boolean": _boolean,
    "long": str,
    "double": repr,
    "string": _quote,
    "boolean[]": lambda values: ARRAY_DELIMITER.join(map(_boolean, values)),
    "long[]": lambda values: ARRAY_DELIMITER.join(map(str, values)),
    "double[]": lambda values: ARRAY_DELIMITER.join(map(repr, values)),
    "string[]": _strings,
}


def _without_id(props: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in props.items() if key != "id"}
