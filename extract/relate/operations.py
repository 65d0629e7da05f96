"""Operation properties (year, crime, figures) and PARTICIPATED_IN / INVOLVED_IN relations."""

from __future__ import annotations

import re

from spacy.tokens import Span

from extract.dates import heading_year, years_in
from extract.records import Entity
from extract.relate.context import Context
from extract.relate.figures import find_figures

SMUGGLING = re.compile(
    r"smuggl|illegal (migration|migrants|immigration|border crossing)|irregular migra|"
    r"illegal transportation of migrants|facilitat\w+ (of )?(illegal|irregular)",
    re.I,
)
TRAFFICKING = re.compile(
    r"traffick|\bTHB\b|sexual(ly)? exploit|labour exploitation|labor exploitation|forced labou?r|"
    r"forced (begging|criminality|marriage)|slavery|prostitution",
    re.I,
)
ROLES = [("coordinat", "coordinated"), ("support", "supported"), ("led ", "led"),
         ("lead", "led"), ("organi", "coordinated"), ("assist", "supported")]  # fmt: skip


def crime_of(text: str) -> str | None:
    """migrant smuggling / human trafficking / both, from the words of a passage."""
    smuggling, trafficking = bool(SMUGGLING.search(text)), bool(TRAFFICKING.search(text))
    if smuggling and trafficking:
        return "both"
    return "migrant smuggling" if smuggling else "human trafficking" if trafficking else None


def _segment(ctx: Context, mention: Span) -> Span:
    """The part of the sentence about this operation (up to the next operation mention)."""
    sent = mention.sent
    others = [m for m in ctx.in_sentence(sent, "Operation") if m.kb_id_ != mention.kb_id_]
    if not others:
        return sent
    start = max([sent.start] + [m.end for m in others if m.end <= mention.start])
    end = min([sent.end] + [m.start for m in others if m.start >= mention.end])
    return ctx.doc[start:end]


def _year(ctx: Context, entity: Entity, mention: Span, info: dict[str, object]) -> int | None:
    if isinstance(info.get("year_in_name"), int):
        return int(str(info["year_in_name"]))
    years = years_in(_segment(ctx, mention).text)
    if years:
        return min(years)
    heading = heading_year(ctx.doc.text, mention.start_char)
    if heading:
        return heading
    return int(ctx.date[:4]) if ctx.date else None


def _list_intro(ctx: Context, sent: Span) -> Span | None:
    """The sentence introducing a list ("... were coordinated by X:") above this item."""
    sents = list(ctx.doc.sents)
    index = next(i for i, s in enumerate(sents) if s.start == sent.start)
    for previous in reversed(sents[max(0, index - 8) : index]):
        if previous.text.strip().endswith(":"):
            return previous
    return None


def _organisations(ctx: Context, entity: Entity, sent: Span) -> None:
    intro = _list_intro(ctx, sent)
    for source, confidence in ((sent, 0.8), (intro, 0.7)):
        if source is None:
            continue
        orgs = ctx.in_sentence(source, "Organisation")
        for org in orgs:
            text = source.text.lower()
            role = next((r for stem, r in ROLES if stem in text), "involved")
            ctx.relate("INVOLVED_IN", org.kb_id_, entity.id, confidence, source, role=role)
        if orgs:
            return
    main = ctx.main_organisation()
    if main:
        ctx.relate("INVOLVED_IN", main, entity.id, 0.4, sent, role="involved")


def _participants(ctx: Context, entity: Entity, segment: Span) -> None:
    orgs = ctx.in_sentence(segment.sent, "Organisation")
    for country in ctx.in_sentence(segment.sent, "Country"):
        inside_org = any(o.start <= country.start < o.end for o in orgs)
        if segment.start <= country.start < segment.end and not inside_org:
            ctx.relate("PARTICIPATED_IN", country.kb_id_, entity.id, 0.8, segment.sent)


def relate(ctx: Context) -> None:
    """Fill operation properties from each mention's sentence; add participant relations."""
    from extract.spans import mentions, meta

    info = meta(ctx.doc)
    for entity in [e for e in ctx.entities.values() if e.label == "Operation"]:
        years: list[int] = []
        crimes: set[str] = set()
        figures: dict[str, int] = {}
        for mention in [m for m in mentions(ctx.doc, "Operation") if m.kb_id_ == entity.id]:
            segment = _segment(ctx, mention)
            year = _year(ctx, entity, mention, info.get(entity.id, {}))
            years += [year] if year else []
            crime = crime_of(segment.text if segment != mention.sent else mention.sent.text)
            if crime == "both":
                crimes |= {"migrant smuggling", "human trafficking"}
            elif crime:
                crimes.add(crime)
            for key, value in find_figures(segment.text).items():
                figures.setdefault(key, value)
            _participants(ctx, entity, segment)
            _organisations(ctx, entity, mention.sent)
        crime_value = "both" if len(crimes) == 2 else next(iter(crimes), None)
        entity.properties.update(
            year=min(years) if years else None, crime=crime_value, figures=figures
        )
