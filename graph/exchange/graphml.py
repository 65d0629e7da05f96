"""The whole graph as GraphML, written as it is read: keys first (property names and types from
the graph's schema), then every node (`labels` as `:A:B`) and every edge (`label`: its type).
Lists and temporal values are written as JSON and ISO text, as APOC's GraphML export does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import cache
from json.encoder import encode_basestring  # the C one json.dumps uses, where there is one
from typing import Any
from xml.sax.saxutils import quoteattr

from ctgraph.graph.exchange.pages import Node, Relationship

# Neo4j's property types (db.schema.*TypeProperties) as GraphML's; any other is text.
_TYPES = {"String": "string", "Long": "long", "Double": "double", "Boolean": "boolean"}
# XML's three escapes, and the control characters XML 1.0 cannot hold written as spaces: one
# `str.translate` per value (the text is most of the export's work).
_XML = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
    | {chr(c): " " for c in [*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)]}
)
_JSON = json.JSONEncoder(ensure_ascii=False, default=str)
HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)


def key_type(types: set[str]) -> str:
    """The GraphML type of a property with these Neo4j types: one simple type, else string."""
    found = {_TYPES.get(t, "string") for t in types}
    return found.pop() if len(found) == 1 else "string"


def text(value: Any) -> str:
    """A value as GraphML data text (XML-safe): lists and maps as JSON."""
    if isinstance(value, str):
        return value.translate(_XML)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple | dict):
        return _json_text(value).translate(_XML)
    return str(value).translate(_XML)


def _json_text(value: list[Any] | tuple[Any, ...] | dict[str, Any]) -> str:
    """`json.dumps(value, ensure_ascii=False, default=str)`; lists of strings (most of them:
    evidence, names) without the encoder's per-call set-up."""
    if isinstance(value, list) and all(type(v) is str for v in value):
        return "[" + ", ".join(map(encode_basestring, value)) + "]"
    return _JSON.encode(value)


def keys(types: dict[str, dict[str, set[str]]]) -> Iterator[str]:
    """The `<key>` declarations: `labels` and the node properties, `label` and the edge ones."""
    yield '<key id="labels" for="node" attr.name="labels" attr.type="string"/>\n'
    yield '<key id="label" for="edge" attr.name="label" attr.type="string"/>\n'
    for owner, prefix in (("node", "n"), ("edge", "e")):
        for prop, found in sorted(types[owner].items()):
            ident = quoteattr(f"{prefix}_{prop}")
            yield (f"<key id={ident} for={quoteattr(owner)} attr.name={quoteattr(prop)} "
                   f'attr.type="{key_type(found)}"/>\n')  # fmt: skip


@cache
def _opening(prefix: str, name: str) -> str:
    """The `<data>` tag of a property (a handful of names, each written millions of times)."""
    return f"<data key={quoteattr(f'{prefix}_{name}')}>"


@cache
def _labels(labels: tuple[str, ...]) -> str:
    return '<data key="labels">' + text("".join(f":{label}" for label in labels)) + "</data>"


def _data(prefix: str, properties: dict[str, Any]) -> str:
    return "".join(_opening(prefix, k) + text(v) + "</data>" for k, v in sorted(properties.items()))


def document(
    types: dict[str, dict[str, set[str]]], nodes: Iterable[Node], rels: Iterable[Relationship]
) -> Iterator[str]:
    """The GraphML document, piece by piece."""
    yield HEAD
    yield from keys(types)
    yield '<graph id="ctgraph" edgedefault="directed">\n'
    for n in nodes:
        yield (f"<node id={quoteattr(n.id)}>{_labels(n.labels)}"
               f"{_data('n', n.properties)}</node>\n")  # fmt: skip
    for r in rels:
        yield (f"<edge source={quoteattr(r.source)} target={quoteattr(r.target)}>"
               f'<data key="label">{text(r.type)}</data>{_data("e", r.properties)}</edge>\n')  # fmt: skip
    yield "</graph>\n</graphml>\n"
