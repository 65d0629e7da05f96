"""Operations from the document's frames: properties (year, crime, figures) and relations.

`ctgraph_frames` decided which mentions are one operation and which countries take part;
here each frame becomes one `Operation` entity with PARTICIPATED_IN and INVOLVED_IN relations.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span

from ctgraph.extract.components.frames import FRAMES
from ctgraph.extract.records import Entity
from ctgraph.extract.relate.context import Context
from ctgraph.extract.relate.figures import find_figures
from ctgraph.extract.relate.operation_dates import operation_dates
from ctgraph.extract.spans import meta, span_text

SMUGGLING = re.compile(
    r"smuggl|illegal (migration|migrants|immigration|border crossing)|irregular migra|"
    r"illegal transportation of migrants|facilitat\w+ (of )?(illegal|irregular)|unlawful immigration|"
    r"illegal immigrants|irregular migrants|traffick\w*( \w+){0,2} migrants",
    re.I,
)
TRAFFICKING = re.compile(
    r"traffick|\bTHB\b|sexual(ly)? exploit|labour exploitation|labor exploitation|forced labou?r|"
    r"forced (begging|criminality|marriage)|slavery|prostitution|\bexploited\b|"
    r"exploit\w* (\w+ ){0,2}(women|girls|boys|children|minors|victims|workers)",
    re.I,
)
# "trafficking migrants" and "drug trafficking" are not trafficking in human beings
MISUSED = re.compile(
    r"traffick\w*( \w+){0,2} migrants|(drug|cocaine|arms|firearms) trafficking", re.I
)
ROLES = [("coordinat", "coordinated"), ("support", "supported"), ("led ", "led"),
         ("lead", "led"), ("organi", "coordinated"), ("assist", "supported")]  # fmt: skip


def crime_of(text: str) -> str | None:
    """migrant smuggling / human trafficking / both, from the words of a passage."""
    smuggling, trafficking = bool(SMUGGLING.search(text)), bool(TRAFFICKING.search(text))
    if smuggling and trafficking:
        return "both"
    return "migrant smuggling" if smuggling else "human trafficking" if trafficking else None


def plain_text(ctx: Context, sent: Span) -> str:
    """A sentence's text with organisation names blanked ("Migrant Smuggling Centre" is no crime)."""
    text = span_text(sent)
    for org in ctx.in_sentence(sent, "Organisation"):
        start, end = org.start_char - sent.start_char, org.end_char - sent.start_char
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def frame_crime(texts: list[str]) -> str | None:
    """The crime most sentences about the operation name; both when they are balanced."""
    smuggling = sum(bool(SMUGGLING.search(t)) for t in texts)
    trafficking = sum(bool(TRAFFICKING.search(MISUSED.sub("", t))) for t in texts)
    if not smuggling and not trafficking:
        return None
    if smuggling >= 2 * trafficking:
        return "migrant smuggling"
    if trafficking >= 2 * smuggling:
        return "human trafficking"
    return "both"


def _list_intro(ctx: Context, sent: Span) -> Span | None:
    """The sentence introducing a list ("... were coordinated by X:") above this item."""
    index = ctx.sentence_index(sent.start)
    for previous in reversed(ctx.sents[max(0, index - 8) : index]):
        if span_text(previous).strip().endswith(":"):
            return previous
    return None


def _organisations(ctx: Context, entity: Entity, sent: Span) -> bool:
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
            return True
    return False


def _entity(ctx: Context, frame: dict[str, Any]) -> Entity:
    """The frame's entity, holding the mentions of every member it absorbed."""
    key = frame["key"]
    entity = ctx.entities.get(key)
    if entity is None:
        entity = ctx.entities[key] = Entity(key, "Operation", None, [], {"named": False})
    for member in frame["members"]:
        other = ctx.entities.pop(member, None)
        if other is not None and other is not entity:
            entity.mentions = sorted(entity.mentions + other.mentions, key=lambda m: m.start)
    return entity


def _relate_frame(ctx: Context, frame: dict[str, Any]) -> None:
    entity = _entity(ctx, frame)
    refs = [ctx.sents[i] for i in frame["sentences"]]
    scope = [ctx.sents[i] for i in sorted(set(frame["scope"]) | set(frame["sentences"]))]
    figures: dict[str, int] = {}
    for sent in refs + scope:
        for name, value in find_figures(span_text(sent)).items():
            figures.setdefault(name, value)
    dates = operation_dates(ctx, meta(ctx.doc).get(frame["key"], {}), refs, scope)
    crime = frame_crime([plain_text(ctx, s) for s in refs]) or frame_crime(
        [plain_text(ctx, s) for s in scope]
    )
    if crime is None and refs and not frame.get("item"):
        first = frame["sentences"][0]
        near = ctx.sents[max(0, first - 3) : first + 4]
        crime = frame_crime([plain_text(ctx, s) for s in near])
    entity.properties.update(crime=crime, figures=figures, **dates)
    for country, (confidence, index, how) in frame["participants"].items():
        ctx.relate("PARTICIPATED_IN", country, entity.id, confidence, ctx.sents[index], how=how)
    if not any([_organisations(ctx, entity, sent) for sent in refs]):
        main = ctx.main_organisation()
        if main and refs:
            ctx.relate("INVOLVED_IN", main, entity.id, 0.4, refs[0], role="involved")


def relate(ctx: Context) -> None:
    """One entity per frame, with properties and relations; dropped frames leave no entity."""
    frames = ctx.doc.user_data.get(FRAMES, [])
    kept = {f["key"] for f in frames} | {m for f in frames for m in f["members"]}
    for frame in frames:
        _relate_frame(ctx, frame)
    for key in [k for k, e in ctx.entities.items() if e.label == "Operation" and k not in kept]:
        del ctx.entities[key]
