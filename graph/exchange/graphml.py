"""The whole graph as GraphML, written as it is read: keys first (property names and types from
the graph's schema), then every node (`labels` as `:A:B`) and every edge (`label`: its type).
Lists and temporal values are written as JSON and ISO text, as APOC's GraphML export does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from ctgraph.graph.exchange.pages import Node, Relationship

# Neo4j's property types (db.schema.*TypeProperties) as GraphML's; any other is text.
_TYPES = {"String": "string", "Long": "long", "Double": "double", "Boolean": "boolean"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
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
    """A value as GraphML data text (XML-safe)."""
    if isinstance(value, bool):
        shown = "true" if value else "false"
    elif isinstance(value, list | tuple | dict):
        shown = json.dumps(value, ensure_ascii=False, default=str)
    else:
        shown = str(value)
    return escape(_NOT_XML.sub(" ", shown))


def keys(types: dict[str, dict[str, set[str]]]) -> Iterator[str]:
    """The `<key>` declarations: `labels` and the node properties, `label` and the edge ones."""
    yield '<key id="labels" for="node" attr.name="labels" attr.type="string"/>\n'
    yield '<key id="label" for="edge" attr.name="label" attr.type="string"/>\n'
    for owner, prefix in (("node", "n"), ("edge", "e")):
        for prop, found in sorted(types[owner].items()):
            ident = quoteattr(f"{prefix}_{prop}")
            yield (f"<key id={ident} for={quoteattr(owner)} attr.name={quoteattr(prop)} "
                   f'attr.type="{key_type(found)}"/>\n')  # fmt: skip


def _data(prefix: str, properties: dict[str, Any]) -> str:
    return "".join(
        f"<data key={quoteattr(f'{prefix}_{k}')}>{text(v)}</data>"
        for k, v in sorted(properties.items())
    )


def document(
    types: dict[str, dict[str, set[str]]], nodes: Iterable[Node], rels: Iterable[Relationship]
) -> Iterator[str]:
    """The GraphML document, piece by piece."""
    yield HEAD
    yield from keys(types)
    yield '<graph id="ctgraph" edgedefault="directed">\n'
    for n in nodes:
        labels = "".join(f":{label}" for label in n.labels)
        yield (f'<node id={quoteattr(n.id)}><data key="labels">{text(labels)}</data>'
               f"{_data('n', n.properties)}</node>\n")  # fmt: skip
    for r in rels:
        yield (f"<edge source={quoteattr(r.source)} target={quoteattr(r.target)}>"
               f'<data key="label">{text(r.type)}</data>{_data("e", r.properties)}</edge>\n')  # fmt: skip
    yield "</graph>\n</graphml>\n"
