"""`doc_to_records`: the one pure function from an analysed `Doc` to typed records."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from ctgraph.extract.dates import document_date
from ctgraph.extract.records import DocumentInfo, DocumentRecord, Entity, Mention
from ctgraph.extract.relate import events, operations, persons, routes, succession
from ctgraph.extract.relate.context import Context
from ctgraph.extract.spans import mentions, meta
from ctgraph.extract.text import slug

# The model's entity labels (graph/model.yaml; tests/graph/test_model.py checks they agree).
LABEL_ORDER = ["Country", "Organisation", "Operation", "Person", "Place", "Event"]


def _entity(key: str, label: str, info: dict[str, Any]) -> Entity:
    """An entity from the metadata components left; label-specific properties."""
    name = info.get("name")
    aliases = [a for a in info.get("aliases", []) if a != name]
    props: dict[str, Any] = {}
    if label == "Country":
        props["iso2"] = info["iso2"]
    elif label == "Place":
        props["country"] = info.get("country")
    elif label == "Person":
        props["role"] = info.get("role")
    elif label == "Event":
        names = info.get("names", [])
        name = next((n for n in names if n[:1].isupper() and not n[:1].isdigit()), names[0])
        aliases = [n for n in names if n != name]
        props = {"kind": info.get("kind"), "ordinal": info.get("ordinal")}
    elif label == "Operation":
        props = {"named": bool(info.get("named"))}
    return Entity(key, label, name, aliases, props)


def build_entities(doc: Doc) -> dict[str, Entity]:
    """One entity per id, with all its mentions, in order of label then first mention."""
    entities: dict[str, Entity] = {}
    info = meta(doc)
    for label in LABEL_ORDER:
        for span in mentions(doc, label):
            entity = entities.get(span.kb_id_)
            if entity is None:
                entity = entities[span.kb_id_] = _entity(
                    span.kb_id_, label, info.get(span.kb_id_, {})
                )
            entity.mentions.append(Mention(span.start_char, span.end_char, span.text))
    return entities


def drop_operation_names(entities: dict[str, Entity]) -> dict[str, Entity]:
    """An organisation every mention of which lies inside an operation's name is that name."""
    spans = [
        (m.start, m.end) for e in entities.values() if e.label == "Operation" for m in e.mentions
    ]
    for key, entity in list(entities.items()):
        if (
            entity.label == "Organisation"
            and entity.mentions
            and all(any(s <= m.start and m.end <= e for s, e in spans) for m in entity.mentions)
        ):
            del entities[key]
    return entities


def doc_to_records(
    doc: Doc, *, doc_id: str, source: str, sha256: str, cleaning: dict[str, int] | None = None
) -> DocumentRecord:
    """Entities with mentions and relations with evidence; offsets point into `doc.text`."""
    text = doc.text
    title = next((line.strip() for line in text.split("\n") if line.strip()), "")
    ctx = Context(doc, drop_operation_names(build_entities(doc)), document_date(text))
    operations.relate(ctx)
    persons.relate(ctx)
    events.relate(ctx)
    routes.relate(ctx)
    succession.relate(ctx)
    info = DocumentInfo(doc_id, source, title[:300], sha256, "en", text, ctx.date, cleaning or {})
    scope_unnamed(ctx, doc_id)
    return DocumentRecord(info, list(ctx.entities.values()), ctx.relations)


def scope_unnamed(ctx: Context, doc_id: str) -> None:
    """Unnamed operations get ids unique to their document, so documents never merge them."""
    renamed = {
        key: f"operation:unnamed-{slug(doc_id)}-{key.rsplit('-', 1)[-1]}"
        for key, entity in ctx.entities.items()
        if entity.label == "Operation" and not entity.name
    }
    for old, new in renamed.items():
        ctx.entities[old].id = new
    ctx.entities = {e.id: e for e in ctx.entities.values()}
    for relation in ctx.relations:
        relation.source = renamed.get(relation.source, relation.source)
        relation.target = renamed.get(relation.target, relation.target)
