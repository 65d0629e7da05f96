"""`ctgraph_events`: meetings and conferences ("24th Meeting of ...", "the 3rd conference
“Title”", "INTERPOL and Europol Operational Forum on ...", "Valletta Summit on migration")."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ctgraph.extract.spans import add_mention, set_meta
from ctgraph.extract.text import slug

HEADS = {"meeting", "conference", "forum", "summit", "workshop", "seminar", "congress",
         "symposium"}  # fmt: skip
ORDINAL = re.compile(r"^(\d{1,3})(st|nd|rd|th)$", re.I)
HELD = {"held", "took", "organised", "organized", "convened", "hosted"}
TAIL = {"of", "on", "for", "against", "in", "the", "and", "to"}
QUOTES = {"“", "”", '"', "„"}


def _title(token: object) -> bool:
    text = getattr(token, "text", "")
    return bool(text[:1].isupper()) and bool(getattr(token, "is_alpha", False))


class EventFinder:
    """Adds `Event` mentions; same kind and ordinal in one document is one event."""

    def _extent(self, doc: Doc, head: int, *, ordinal: bool = False) -> tuple[int, int]:
        if ordinal:
            end = head + 1
            while end < len(doc) and _title(doc[end]):
                end += 1
            return self._extent(doc, end - 1) if end > head + 1 else (head, head + 1)
        start = head
        while start > 0 and (_title(doc[start - 1]) or doc[start - 1].lower_ == "and"):
            start -= 1
        while start < head and doc[start].lower_ == "and":
            start += 1
        end = head + 1
        while (
            end + 1 < len(doc)
            and doc[end].lower_ in TAIL
            and (_title(doc[end + 1]) or doc[end + 1].lower_ in TAIL or doc[end].lower_ == "on")
        ):
            end += 2
            while end < len(doc) and (_title(doc[end]) or doc[end].lower_ in TAIL - {"in"}):
                end += 1
        while end > head + 1 and doc[end - 1].lower_ in TAIL:
            end -= 1
        return start, end

    def _quoted_title(self, doc: Doc, end: int) -> str | None:
        if end < len(doc) and doc[end].text in QUOTES:
            close = next((t.i for t in doc[end + 1 : end + 40] if t.text in QUOTES), None)
            if close:
                return doc[end + 1 : close].text.strip("* ")
        return None

    def _ordinal(self, span: Span) -> int | None:
        for token in span.doc[max(0, span.start - 2) : span.end]:
            found = ORDINAL.match(token.text)
            if found:
                return int(found.group(1))
        return None

    def _add(self, doc: Doc, span: Span, kind: str, seen: dict[tuple[str, int], str]) -> None:
        ordinal = self._ordinal(span)
        title = self._quoted_title(doc, span.end)
        key = seen.get((kind, ordinal)) if ordinal else None
        key = key or f"event:{slug(title or span.text)}"
        if ordinal:
            seen.setdefault((kind, ordinal), key)
        if add_mention(doc, span.start, span.end, "Event", key) is not None:
            set_meta(doc, key, kind=kind, ordinal=ordinal, names=[title or span.text])

    def __call__(self, doc: Doc) -> Doc:
        seen: dict[tuple[str, int], str] = {}
        for token in doc:
            if token.lower_ in HEADS and token.tag_ != "NNS":
                start, end = self._extent(doc, token.i)
                if start > 0 and ORDINAL.match(doc[start - 1].text):
                    start -= 1
                has_ordinal = self._ordinal(doc[start:end]) is not None
                named = token.is_title and (end > token.i + 1 or token.i - start >= 2)
                if has_ordinal or named or self._quoted_title(doc, end):
                    self._add(doc, doc[start:end], token.lower_, seen)
            elif ORDINAL.match(token.text) and any(t.lower_ in HELD for t in token.sent):
                start, end = self._extent(doc, token.i, ordinal=True)
                if end - token.i > 2:
                    self._add(doc, doc[token.i : end], "meeting", seen)
        return doc


@Language.factory(
    "ctgraph_events",
    assigns=["doc.spans", "doc.user_data"],
    requires=["token.tag"],
)
def make_events(nlp: Language, name: str) -> EventFinder:
    """Factory of `EventFinder`."""
    return EventFinder()
