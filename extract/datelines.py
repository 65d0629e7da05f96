"""News datelines ("BUENOS AIRES, Argentina –", "SINGAPORE –"): where a story was filed, which
names no participant of the operations it reports."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ctgraph.extract.components.lines import DATELINE_DASHES, line_start

__all__ = ["capitalised", "in_dateline", "line_start"]


def capitalised(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


def in_dateline(doc: Doc, country: Span) -> bool:
    """The state of a news dateline ("BUENOS AIRES, Argentina –", "LYON, France, 14 March
    2026 –", "JAKARTA, Indonesia (AAP) –", "SINGAPORE –") says where the story was filed,
    not who acted: a line opening with capitalised words and a comma before it, and only a
    date or a credit between it and the dash; or an upper-case name opening the line."""
    index = country.start
    if line_start(doc, index) and country.text.isupper():
        # "SINGAPORE –": a city-state's dateline
        return country.end < len(doc) and doc[country.end].text in DATELINE_DASHES
    if index < 2 or doc[index - 1].text != ",":
        return False
    index -= 1
    while index > 0 and not line_start(doc, index):
        if not (doc[index - 1].text == "," or capitalised(doc[index - 1])):
            return False
        index -= 1
    for token in doc[country.end : country.end + 10]:
        if token.text in DATELINE_DASHES:
            return True
        if not (token.text in {",", "(", ")", "."} or token.like_num or capitalised(token)):
            return False
    return False
