"""The graph as FollowTheMoney entities (what Aleph, OpenSanctions and `ftm` tooling read), one
JSON object per line. The graph model's `ftm:` declarations (graph/model.yaml) map each label to
an FtM schema and its properties, and each relationship type to an FtM link (its two ends, its
role); a link's description is its evidence: each supporting sentence with its document. Kinds
declared without `ftm:` (documents, `MENTIONS`, `CO_INVESTIGATED`) are not exported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from followthemoney import model as ftm_model
from followthemoney.proxy import EntityProxy
from followthemoney.util import make_entity_id

from ctgraph.graph.exchange.pages import Node, Relationship
from ctgraph.graph.model import Ftm, Model, model

PREFIX = "ctgraph"


@dataclass(frozen=True, slots=True)
class Mapping:
    """The export's mapping, from the graph model: per label its FtM schema and which FtM
    properties each graph property fills (the entity ones included); per relationship type its
    FtM link."""

    nodes: dict[str, tuple[str, dict[str, tuple[str, ...]]]]
    links: dict[str, Ftm]


def mapping(graph_model: Model | None = None) -> Mapping:
    """The mapping the model declares (`model()` unless another is given)."""
    declared = graph_model or model()
    shared = dict(declared.entity.ftm.properties) if declared.entity.ftm else {}
    nodes = {
        label.name: (label.ftm.schema, {**shared, **dict(label.ftm.properties)})
        for label in declared.labels
        if label.ftm is not None
    }
    links = {rel.name: rel.ftm for rel in declared.relations if rel.ftm is not None}
    return Mapping(nodes, links)


def problems(graph_model: Model) -> list[str]:
    """What FollowTheMoney does not know of the model's mapping: schemas and properties."""
    found = []
    declared = mapping(graph_model)
    wanted = [
        (schema, [p for ps in props.values() for p in ps])
        for schema, props in declared.nodes.values()
    ]
    wanted += [(link.schema, [link.source, link.target]) for link in declared.links.values()]
    for name, props in wanted:
        schema = ftm_model.get(name)
        if schema is None:
            found.append(f"no FtM schema {name!r}")
        else:
            found += [f"{name} has no property {p!r}" for p in props if p not in schema.properties]
    return found


def entity_id(graph_id: str) -> str:
    """The FtM id of a graph id: readable, stable, only letters, digits, dots and dashes."""
    return f"{PREFIX}-" + re.sub(r"[^A-Za-z0-9.]+", "-", graph_id).strip("-").lower()


def _values(value: Any) -> list[Any]:
    return [v for v in (value if isinstance(value, list) else [value]) if v not in (None, "")]


def node_entity(node: Node, declared: Mapping) -> EntityProxy | None:
    """The FtM entity of an entity node; None for labels the model maps to no FtM schema."""
    spec = next((declared.nodes[lb] for lb in node.labels if lb in declared.nodes), None)
    if spec is None:
        return None
    schema, properties = spec
    proxy = ftm_model.make_entity(schema)
    proxy.id = entity_id(node.id)
    for graph_prop, ftm_props in properties.items():
        for ftm_prop in ftm_props:
            for value in _values(node.properties.get(graph_prop)):
                proxy.add(ftm_prop, str(value))
    return proxy


def evidence(properties: dict[str, Any]) -> str:
    """Each supporting sentence with its document: `[document] sentence`, one per line."""
    docs = properties.get("evidence_doc") or []
    texts = properties.get("evidence_text") or []
    return "\n".join(f"[{doc}] {text}" for doc, text in zip(docs, texts, strict=False))


def link_entity(rel: Relationship, declared: Mapping) -> EntityProxy | None:
    """The FtM link of a relationship; None for types that are not exported."""
    spec = declared.links.get(rel.type)
    if spec is None:
        return None
    proxy = ftm_model.make_entity(spec.schema)
    proxy.id = f"{PREFIX}-" + str(make_entity_id(rel.type, rel.source, rel.target))
    proxy.add(spec.source, entity_id(rel.source))
    proxy.add(spec.target, entity_id(rel.target))
    roles = [*_values(rel.properties.get(spec.role_from)), spec.role]
    if role := " ".join(roles).strip():
        proxy.add("role", role)
    proxy.add("description", evidence(rel.properties) or None)
    return proxy


def entities(
    nodes: Iterable[Node], rels: Iterable[Relationship], *, graph_model: Model | None = None
) -> Iterator[EntityProxy]:
    """Every mapped node, then every mapped relationship whose ends were exported."""
    declared = mapping(graph_model)
    exported: set[str] = set()
    for node in nodes:
        if (proxy := node_entity(node, declared)) is not None:
            exported.add(node.id)
            yield proxy
    for rel in rels:
        proxy = link_entity(rel, declared) if {rel.source, rel.target} <= exported else None
        if proxy is not None:
            yield proxy


def lines(
    nodes: Iterable[Node], rels: Iterable[Relationship], *, graph_model: Model | None = None
) -> Iterator[str]:
    """The entities as JSON Lines (mapped as `graph_model` declares, `model()` unless given)."""
    for proxy in entities(nodes, rels, graph_model=graph_model):
        yield json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n"
