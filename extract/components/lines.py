"""`ctgraph_lines`: a line break always ends a sentence (lists, headings, datelines)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

BULLETS = {"-", "•", "*", "–", "·", "—"}
DASHES = {"-", "–", "—"}


def line_start(doc: Doc, index: int) -> bool:
    """Token `index` begins a line of the text."""
    return index == 0 or "\n" in doc[index - 1].text or doc[index - 1].is_space


class LineBreaks:
    """Marks the token after a newline as a sentence start, and the word after a line's bullet
    as none; runs before the parser, which keeps both."""

    def __call__(self, doc: Doc) -> Doc:
        line_start = True
        for index, token in enumerate(doc[:-1]):
            if "\n" in token.text or ("\n" in token.whitespace_):
                doc[index + 1].is_sent_start = True
                line_start = True
                continue
            if line_start and token.text in BULLETS and not doc[index + 1].is_space:
                doc[index + 1].is_sent_start = False
            line_start = token.is_space and line_start
        return doc


@Language.factory(
    "ctgraph_lines",
    assigns=["token.is_sent_start"],
    requires=[],
)
def make_lines(nlp: Language, name: str) -> LineBreaks:
    """Factory of `LineBreaks`."""
    return LineBreaks()
