"""The graph as FollowTheMoney entities (what Aleph, OpenSanctions and `ftm` tooling read), one
JSON object per line. The graph model's `ftm:` declarations (graph/model.yaml) map each label to
an FtM schema and its properties, and each relationship type to an FtM link (its two ends, its
role); a link's description is its evidence: each supporting sentence with its document. So that
Aleph users can follow a fact to its source, documents are exported as FtM `Document`s, each link
names its documents as `proof`, and every `MENTIONS` is an FtM `Mention` (the document, the name,
the entity it resolves to). The derived `CO_INVESTIGATED` is not exported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from followthemoney import model as ftm_model
from followthemoney.proxy import EntityProxy
from followthemoney.util import make_entity_id

from ctgraph.graph.exchange.pages import Node, Relationship
from ctgraph.graph.model import Ftm, Model, model

PREFIX = "ctgraph"
_NOT_ID = re.compile(r"[^A-Za-z0-9.]+")
_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


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


@lru_cache(maxsize=1 << 16)  # countries and documents are named by thousands of links each
def entity_id(graph_id: str) -> str:
    """The FtM id of a graph id: readable, stable, only letters, digits, dots and dashes."""
    return f"{PREFIX}-" + _NOT_ID.sub("-", graph_id).strip("-").lower()


def add_reference(proxy: EntityProxy, prop: str, graph_id: str) -> None:
    """Point `prop` at the entity of a graph id. An `entity_id` is a valid FtM id by
    construction, so FtM's cleaning of it (a pattern and Unicode sanitising, per value, a good
    part of the export's time) is skipped; an id with nothing left of its graph id is cleaned
    (and so dropped) as before."""
    ident = entity_id(graph_id)
    proxy.add(prop, ident, cleaned=not ident.endswith("-"))


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
    """Each supporting sentence with its document (and page in a PDF): `[document] sentence` or
    `[document, p. 2] sentence`, one per line."""
    docs = properties.get("evidence_doc") or []
    texts = properties.get("evidence_text") or []
    pages = properties.get("evidence_page") or []
    return "\n".join(
        f"[{doc}{f', p. {pages[i]}' if i < len(pages) and pages[i] else ''}] {text}"
        for i, (doc, text) in enumerate(zip(docs, texts, strict=False))
    )


def link_entity(rel: Relationship, declared: Mapping) -> EntityProxy | None:
    """The FtM link of a relationship; None for types that are not exported."""
    spec = declared.links.get(rel.type)
    if spec is None:
        return None
    proxy = ftm_model.make_entity(spec.schema)
    proxy.id = f"{PREFIX}-" + str(make_entity_id(rel.type, rel.source, rel.target))
    add_reference(proxy, spec.source, rel.source)
    add_reference(proxy, spec.target, rel.target)
    roles = [*_values(rel.properties.get(spec.role_from)), spec.role]
    if role := " ".join(roles).strip():
        proxy.add("role", role)
    proxy.add("description", evidence(rel.properties) or None)
    return proxy


# Sources: documents, mentions and proofs --------------------------------------------------
# Kept apart from the model-derived mapping: what a document is in FtM does not change with
# the graph model. (`sha256` is left out: FtM's `contentHash` is a SHA-1.)
DOCUMENT_PROPERTIES = {  # Document property → FtM Document properties
    "title": ("title",),
    "source": ("fileName",),
    "language": ("language",),
    "date": ("date",),
    "text": ("bodyText",),  # the cleaned text the evidence offsets point into
}


def document_entity(node: Node) -> EntityProxy | None:
    """The FtM `Document` of a document node (None for any other node)."""
    if node.kind != "Document":
        return None
    proxy = ftm_model.make_entity("Document")
    proxy.id = entity_id(node.id)
    for graph_prop, ftm_props in DOCUMENT_PROPERTIES.items():
        for ftm_prop in ftm_props:
            for value in _values(node.properties.get(graph_prop)):
                proxy.add(ftm_prop, str(value))
    if not proxy.get("fileName"):
        proxy.add("fileName", node.id)  # FtM requires one
    return proxy


def mention_entity(rel: Relationship, named: dict[str, tuple[str, str]]) -> EntityProxy | None:
    """What a `MENTIONS` relationship whose entity was exported becomes: an FtM `Mention` (the
    document, the entity's name and schema, the entity it resolves to) when the entity is a
    legal entity (the range of `Mention.resolved`), else a `Documentation` (the document and
    the entity, e.g. an operation). `named`: id → (name, FtM schema)."""
    if rel.type != "MENTIONS" or rel.target not in named:
        return None
    name, schema = named[rel.target]
    found = ftm_model.get(schema)
    legal = found is not None and found.is_a("LegalEntity")
    proxy = ftm_model.make_entity("Mention" if legal else "Documentation")
    proxy.id = f"{PREFIX}-" + str(make_entity_id("MENTIONS", rel.source, rel.target))
    add_reference(proxy, "document", rel.source)
    if legal:
        add_reference(proxy, "resolved", rel.target)
        proxy.add("name", name or rel.target)
        proxy.add("detectedSchema", schema)
    else:
        add_reference(proxy, "entity", rel.target)
        proxy.add("role", "mentions")
    return proxy


def add_proof(proxy: EntityProxy, rel: Relationship) -> EntityProxy:
    """The link with its supporting documents as `proof` (FtM's pointer to a source)."""
    for doc in dict.fromkeys(_values(rel.properties.get("evidence_doc"))):
        add_reference(proxy, "proof", str(doc))
    return proxy


def entities(
    nodes: Iterable[Node], rels: Iterable[Relationship], *, graph_model: Model | None = None
) -> Iterator[EntityProxy]:
    """Every mapped node and document, then every mapped relationship (with its proof) and
    mention whose ends were exported."""
    declared = mapping(graph_model)
    exported: set[str] = set()
    named: dict[str, tuple[str, str]] = {}
    for node in nodes:
        proxy = node_entity(node, declared) or document_entity(node)
        if proxy is not None:
            exported.add(node.id)
            if node.kind != "Document":
                named[node.id] = (str(node.properties.get("name") or ""), proxy.schema.name)
            yield proxy
    for rel in rels:
        if {rel.source, rel.target} <= exported and (link := link_entity(rel, declared)):
            yield add_proof(link, rel)
        elif rel.source in exported and (mention := mention_entity(rel, named)) is not None:
            yield mention


def lines(
    nodes: Iterable[Node], rels: Iterable[Relationship], *, graph_model: Model | None = None
) -> Iterator[str]:
    """The entities as JSON Lines (mapped as `graph_model` declares, `model()` unless given)."""
    for proxy in entities(nodes, rels, graph_model=graph_model):
        yield _JSON.encode(proxy.to_dict()) + "\n"
