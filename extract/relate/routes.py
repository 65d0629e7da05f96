"""ROUTE: trafficking or smuggling movements between countries, with crime and purpose.

Origin: "from X", "recruited in X", or a demonym on the moved people ("Romanian individuals",
"Nigerian women"), never the offenders' nationality; transit: "through/via/across X";
destination: "to/into/towards X" or "in X" after the crime word. A sentence with a destination
but no origin takes the document's one origin of moved people, when there is exactly one.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ctgraph.extract.participation import list_bounds
from ctgraph.extract.relate.context import Context
from ctgraph.extract.relate.operations import crime_of
from ctgraph.extract.spans import mentions, span_text

PEOPLE = {"individuals", "women", "girls", "men", "children", "minors", "victims", "migrants",
          "people", "persons", "workers", "boys", "refugees", "infants", "females"}  # fmt: skip
CRIME_WORD = re.compile(r"traffick|smuggl|lured|recruit|exploit|prostitut|brothel", re.I)
PURPOSE = re.compile(
    r"(sexual exploitation|labou?r exploitation|forced labou?r|forced begging|begging|"
    r"forced criminality|organ removal|removal of organs|forced marriage|domestic servitude|"
    r"prostitution)",
    re.I,
)
SKIP = {"the", "'", "’", "‘"}


def _before(ctx: Context, country: Span) -> tuple[str, str]:
    """The word before a country (articles and quotes skipped), and the one before that."""
    doc, index = ctx.doc, country.start - 1
    while index >= 0 and doc[index].lower_ in SKIP:
        index -= 1
    word = doc[index].lower_ if index >= 0 else ""
    index -= 1
    while index >= 0 and doc[index].lower_ in SKIP:
        index -= 1
    return word, doc[index].lower_ if index >= 0 else ""


def _people_after(ctx: Context, country: Span) -> bool:
    """`Nigerian women (were trafficked)`: moved people; `Albanian men who smuggled`: offenders."""
    doc = ctx.doc
    following = [t.lower_ for t in doc[country.end : country.end + 3]]
    for position, word in enumerate(following[:2]):
        if word in PEOPLE:
            after = following[position + 1] if position + 1 < len(following) else ""
            return after != "who" and not CRIME_WORD.match(after)
    return False


def _role(ctx: Context, country: Span, crime_at: int) -> str | None:
    if country.end < len(ctx.doc) and ctx.doc[country.end].lower_ in {"'s", "’s"}:
        return None  # "the U.K.'s National Crime Agency" names an owner, not a place
    start, _ = list_bounds(ctx.doc, country)
    before, _earlier = _before(ctx, ctx.doc[start : start + 1])
    recruited = any(t.lower_.startswith("recruit") for t in ctx.doc[max(0, start - 5) : start])
    if before == "from" or (before == "in" and recruited):
        return "origin"
    if _people_after(ctx, country):
        return "origin"
    if before in {"through", "via", "across"}:
        return "transit"
    if before in {"to", "into", "towards", "for", "including"} and country.start_char > crime_at:
        return "destination"
    if before == "in" and country.start_char > crime_at:
        return "destination"
    return None


def document_origins(ctx: Context) -> set[str]:
    """Countries whose people are moved ("Thai women", "Iraqi migrants") anywhere in the text."""
    return {c.kb_id_ for c in mentions(ctx.doc, "Country") if _people_after(ctx, c)}


def _relate_sentence(ctx: Context, sent: Span, fallback: set[str]) -> None:
    match = CRIME_WORD.search(span_text(sent))
    if not match:
        return
    crime_at = sent.start_char + match.start()
    roles: dict[str, list[str]] = {"origin": [], "transit": [], "destination": []}
    for country in ctx.in_sentence(sent, "Country"):
        role = _role(ctx, country, crime_at)
        if role and country.kb_id_ not in roles[role]:
            roles[role].append(country.kb_id_)
    if roles["destination"] and not roles["origin"] and len(fallback) == 1:
        roles["origin"] = list(fallback)
    purpose_match = PURPOSE.search(span_text(sent))
    purpose = purpose_match.group(1).lower() if purpose_match else None
    crime = crime_of(span_text(sent))
    legs = [("origin", "transit"), ("transit", "destination"), ("origin", "destination")]
    for from_role, to_role in legs:
        for source in roles[from_role]:
            for target in roles[to_role]:
                if source != target:
                    ctx.relate(
                        "ROUTE", source, target, 0.7, sent, crime=crime, purpose=purpose,
                        from_role=from_role, to_role=to_role,
                    )  # fmt: skip


def relate(ctx: Context) -> None:
    """Scan every sentence that names a crime or a recruitment and a country."""
    fallback = document_origins(ctx)
    for sent in ctx.sents:
        if ctx.in_sentence(sent, "Country"):
            _relate_sentence(ctx, sent, fallback)
