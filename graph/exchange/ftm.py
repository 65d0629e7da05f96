"""The graph as FollowTheMoney entities (what Aleph, OpenSanctions and `ftm` tooling read), one
JSON object per line. `ftm.json` maps each label to an FtM schema and its properties, and each
relationship type to an FtM link (its two ends, its role); a link's description is its evidence:
each supporting sentence with its document. Derived and provenance relationships
(`CO_INVESTIGATED`, `MENTIONS`) and documents are not exported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import Any

from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.util import make_entity_id

from ctgraph.graph.exchange.pages import Node, Relationship

PREFIX = "ctgraph"


@cache
def mapping() -> dict[str, Any]:
    """The label and relationship mapping of `ftm.json`."""
    text = (resources.files("ctgraph.graph.exchange") / "ftm.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def entity_id(graph_id: str) -> str:
    """The FtM id of a graph id: readable, stable, only letters, digits, dots and dashes."""
    return f"{PREFIX}-" + re.sub(r"[^A-Za-z0-9.]+", "-", graph_id).strip("-").lower()


def _values(value: Any) -> list[Any]:
    return [v for v in (value if isinstance(value, list) else [value]) if v not in (None, "")]


def node_entity(node: Node) -> EntityProxy | None:
    """The FtM entity of an entity node; None for labels FtM has no schema for here."""
    spec = next((mapping()["nodes"][lb] for lb in node.labels if lb in mapping()["nodes"]), None)
    if spec is None:
        return None
    proxy = model.make_entity(spec["schema"])
    proxy.id = entity_id(node.id)
    for graph_prop, ftm_props in spec["properties"].items():
        for ftm_prop in ftm_props:
            for value in _values(node.properties.get(graph_prop)):
                proxy.add(ftm_prop, str(value))
    return proxy


def evidence(properties: dict[str, Any]) -> str:
    """Each supporting sentence with its document: `[document] sentence`, one per line."""
    docs = properties.get("evidence_doc") or []
    texts = properties.get("evidence_text") or []
    return "\n".join(f"[{doc}] {text}" for doc, text in zip(docs, texts, strict=False))


def link_entity(rel: Relationship) -> EntityProxy | None:
    """The FtM link of a relationship; None for types that are not exported."""
    spec = mapping()["relationships"].get(rel.type)
    if spec is None:
        return None
    proxy = model.make_entity(spec["schema"])
    proxy.id = f"{PREFIX}-" + str(make_entity_id(rel.type, rel.source, rel.target))
    proxy.add(spec["source"], entity_id(rel.source))
    proxy.add(spec["target"], entity_id(rel.target))
    roles = [*_values(rel.properties.get(spec.get("role_from", ""))), spec.get("role", "")]
    if role := " ".join(roles).strip():
        proxy.add("role", role)
    proxy.add("description", evidence(rel.properties) or None)
    return proxy


def entities(nodes: Iterable[Node], rels: Iterable[Relationship]) -> Iterator[EntityProxy]:
    """Every mapped node, then every mapped relationship whose ends were exported."""
    exported: set[str] = set()
    for node in nodes:
        if (proxy := node_entity(node)) is not None:
            exported.add(node.id)
            yield proxy
    for rel in rels:
        proxy = link_entity(rel) if {rel.source, rel.target} <= exported else None
        if proxy is not None:
            yield proxy


def lines(nodes: Iterable[Node], rels: Iterable[Relationship]) -> Iterator[str]:
    """The entities as JSON Lines."""
    for proxy in entities(nodes, rels):
        yield json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n"
