"""The graph as FollowTheMoney entities (what Aleph, OpenSanctions and `ftm` tooling read), one
JSON object per line. `ftm.json` maps each label to an FtM schema and its properties, and each
relationship type to an FtM link (its two ends, its role); a link's description is its evidence:
each supporting sentence with its document. So that Aleph users can follow a fact to its source,
documents are exported as FtM `Document`s, each link names its documents as `proof`, and every
`MENTIONS` is an FtM `Mention` (the document, the name, the entity it resolves to). The derived
`CO_INVESTIGATED` is not exported.
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


# Sources: documents, mentions and proofs --------------------------------------------------
# Kept apart from the model-derived mapping of `ftm.json`: what a document is in FtM does not
# change with the graph model. (`sha256` is left out: FtM's `contentHash` is a SHA-1.)
DOCUMENT_PROPERTIES = {  # Document property → FtM Document properties
    "title": ("title",),
    "source": ("fileName",),
    "language": ("language",),
    "date": ("date",),
}


def document_entity(node: Node) -> EntityProxy | None:
    """The FtM `Document` of a document node (None for any other node)."""
    if node.kind != "Document":
        return None
    proxy = model.make_entity("Document")
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
    found = model.get(schema)
    legal = found is not None and found.is_a("LegalEntity")
    proxy = model.make_entity("Mention" if legal else "Documentation")
    proxy.id = f"{PREFIX}-" + str(make_entity_id("MENTIONS", rel.source, rel.target))
    proxy.add("document", entity_id(rel.source))
    if legal:
        proxy.add("resolved", entity_id(rel.target))
        proxy.add("name", name or rel.target)
        proxy.add("detectedSchema", schema)
    else:
        proxy.add("entity", entity_id(rel.target))
        proxy.add("role", "mentions")
    return proxy


def add_proof(proxy: EntityProxy, rel: Relationship) -> EntityProxy:
    """The link with its supporting documents as `proof` (FtM's pointer to a source)."""
    for doc in dict.fromkeys(_values(rel.properties.get("evidence_doc"))):
        proxy.add("proof", entity_id(str(doc)))
    return proxy


def entities(nodes: Iterable[Node], rels: Iterable[Relationship]) -> Iterator[EntityProxy]:
    """Every mapped node and document, then every mapped relationship (with its proof) and
    mention whose ends were exported."""
    exported: set[str] = set()
    named: dict[str, tuple[str, str]] = {}
    for node in nodes:
        proxy = node_entity(node) or document_entity(node)
        if proxy is not None:
            exported.add(node.id)
            if node.kind != "Document":
                named[node.id] = (str(node.properties.get("name") or ""), proxy.schema.name)
            yield proxy
    for rel in rels:
        if {rel.source, rel.target} <= exported and (link := link_entity(rel)) is not None:
            yield add_proof(link, rel)
        elif rel.source in exported and (mention := mention_entity(rel, named)) is not None:
            yield mention


def lines(nodes: Iterable[Node], rels: Iterable[Relationship]) -> Iterator[str]:
    """The entities as JSON Lines."""
    for proxy in entities(nodes, rels):
        yield json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n"
