"""`ctgraph_lines`: a line break always ends a sentence (lists, headings, datelines), and so
does a news dateline's dash ("RABAT (MAP) – The police …"): the lead sentence after it is
parsed on its own, so the parser does not make the dateline's place its subject. (Whether a
dateline's state takes part is decided after the parse: `extract/datelines.py`.)"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

BULLETS = {"-", "•", "*", "–", "·", "—"}
#: the dashes that end a news dateline ("LIMA –", "Rabat (MAP) —", "NAIROBI --")
DATELINE_DASHES = frozenset({"-", "–", "—", "--"})


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
            elif line_start and not token.is_space:
                self._after_dateline(doc, index)
            line_start = token.is_space and line_start
        return doc

    def _after_dateline(self, doc: Doc, start: int) -> None:
        """A line opening with capitalised words, figures, commas, full stops and a bracketed
        credit, then a dash and a capitalised word, is a dateline when it opens with a word in
        capitals or holds a date's figure or a credit ("LIMA, 4 July 2026 (Andina) – The police
        …", "Rabat (MAP) – The …", "NAIROBI –"): the lead sentence starts after the dash. Not
        "Operation X - Romanian and Hungarian authorities …", a list item's title."""
        shouting = doc[start].is_upper and doc[start].is_alpha and len(doc[start]) > 1
        for index in range(start, min(len(doc) - 1, start + 12)):
            token = doc[index]
            if token.text in DATELINE_DASHES:
                following = doc[index + 1]
                head = doc[start:index]
                dated = any(t.like_num for t in head) or any(t.text == "(" for t in head)
                if head and (shouting or dated) and following.text[:1].isupper():
                    following.is_sent_start = True
                return
            if "\n" in token.text or (token.is_alpha and not token.text[:1].isupper()):
                return


@Language.factory(
    "ctgraph_lines",
    assigns=["token.is_sent_start"],
    requires=[],
)
def make_lines(nlp: Language, name: str) -> LineBreaks:
    """Factory of `LineBreaks`."""
    return LineBreaks()
