"""ROUTE: trafficking or smuggling movements between countries, with crime and purpose.

Origin: "from X", or a demonym on the moved people ("Romanian individuals", "Nigerian women");
transit: "through/via X"; destination: "to/into/in X" after the crime word.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from extract.relate.context import Context
from extract.relate.operations import crime_of

PEOPLE = {"individuals", "women", "girls", "men", "children", "minors", "victims", "nationals",
          "migrants", "citizens", "people", "persons", "workers", "boys", "refugees"}  # fmt: skip
CRIME_WORD = re.compile(r"traffick|smuggl", re.I)
PURPOSE = re.compile(
    r"(sexual exploitation|labou?r exploitation|forced labou?r|forced begging|begging|"
    r"forced criminality|organ removal|removal of organs|forced marriage|domestic servitude|"
    r"prostitution)",
    re.I,
)


def _role(ctx: Context, country: Span, crime_at: int) -> str | None:
    doc = ctx.doc
    before = doc[country.start - 1].lower_ if country.start > 0 else ""
    after = doc[country.end].lower_ if country.end < len(doc) else ""
    if before in {"from"}:
        return "origin"
    if after in PEOPLE or (after and doc[country.end + 1 : country.end + 2].text.lower() in PEOPLE):
        return "origin"
    if before in {"through", "via", "across"}:
        return "transit"
    if before in {"to", "into", "in", "towards"} and country.start_char > crime_at:
        return "destination"
    return None


def _relate_sentence(ctx: Context, sent: Span) -> None:
    match = CRIME_WORD.search(sent.text)
    if not match:
        return
    crime_at = sent.start_char + match.start()
    roles: dict[str, list[str]] = {"origin": [], "transit": [], "destination": []}
    for country in ctx.in_sentence(sent, "Country"):
        role = _role(ctx, country, crime_at)
        if role and country.kb_id_ not in roles[role]:
            roles[role].append(country.kb_id_)
    purpose_match = PURPOSE.search(sent.text)
    purpose = purpose_match.group(1).lower() if purpose_match else None
    crime = crime_of(sent.text)
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
    """Scan every sentence that names a crime and at least two countries."""
    for sent in ctx.doc.sents:
        if len({c.kb_id_ for c in ctx.in_sentence(sent, "Country")}) >= 2:
            _relate_sentence(ctx, sent)
