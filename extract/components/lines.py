"""`ctgraph_lines`: a line break always ends a sentence (lists, headings, datelines)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class LineBreaks:
    """Marks the token after a newline as a sentence start; runs before the parser."""

    def __call__(self, doc: Doc) -> Doc:
        for index, token in enumerate(doc[:-1]):
            if "\n" in token.text or ("\n" in token.whitespace_):
                doc[index + 1].is_sent_start = True
        return doc


@Language.factory("ctgraph_lines")
def make_lines(nlp: Language, name: str) -> LineBreaks:
    """Factory of `LineBreaks`."""
    return LineBreaks()
