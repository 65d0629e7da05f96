"""AFFILIATED_WITH: a person and the organisation named with their role."""

from __future__ import annotations

from extract.relate.context import Context
from extract.spans import mentions, meta


def relate(ctx: Context) -> None:
    """Person -> Organisation, with the role; without one in the text, the main organisation."""
    info = meta(ctx.doc)
    main = ctx.main_organisation()
    for entity in [e for e in ctx.entities.values() if e.label == "Person"]:
        first = next(m for m in mentions(ctx.doc, "Person") if m.kb_id_ == entity.id)
        data = info.get(entity.id, {})
        org = data.get("organisation")
        confidence = float(data.get("confidence") or 0.5)
        if not org and main:
            org, confidence = main, 0.5
        if org:
            entity.properties["organisation"] = org
            ctx.relate(
                "AFFILIATED_WITH", entity.id, str(org), confidence, first.sent,
                role=entity.properties.get("role"),
            )  # fmt: skip
