"""AFFILIATED_WITH: a person and the organisation named with their role."""

from __future__ import annotations

from ctgraph.extract.relate.context import Context
from ctgraph.extract.spans import mentions, meta


def relate(ctx: Context) -> None:
    """Person -> Organisation named with their role (else the main one); no role, no affiliation.

    A person quoted or named without a role (an offender, a defendant) is not assumed to work
    for the organisation that happens to share their sentence.
    """
    info = meta(ctx.doc)
    main = ctx.main_organisation()
    for entity in [e for e in ctx.entities.values() if e.label == "Person"]:
        first = next(m for m in mentions(ctx.doc, "Person") if m.kb_id_ == entity.id)
        data = info.get(entity.id, {})
        if not entity.properties.get("role"):
            continue
        org = data.get("organisation")
        confidence = float(data.get("confidence") or 0.5)
        if not org and main:
            org, confidence = main, 0.5
        if org:
            entity.properties["organisation"] = org
            ctx.relate(
                "AFFILIATED_WITH", entity.id, str(org), confidence,
                ctx.sents[ctx.sentence_index(first.start)],
                role=entity.properties.get("role"),
            )  # fmt: skip
