"""Cue phrases compiled to token tuples, matched on a Doc's lower-cased tokens."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span


class Cues:
    """Phrases by kind (from a pattern file), tokenised like the documents they are matched on."""

    def __init__(self, table: dict[str, list[str]], tokenize: Callable[[str], Doc]) -> None:
        self.kinds: dict[str, set[tuple[str, ...]]] = {}
        self.longest: dict[str, int] = {}
        for kind, phrases in table.items():
            tuples = {tuple(t.lower_ for t in tokenize(p)) for p in phrases}
            self.kinds[kind] = {t for t in tuples if t}
            self.longest[kind] = max((len(t) for t in self.kinds[kind]), default=0)

    def starts(self, doc: Doc, index: int, kind: str) -> int:
        """Length of the longest phrase of `kind` starting at token `index` (0: none)."""
        phrases = self.kinds.get(kind, set())
        for size in range(min(self.longest.get(kind, 0), len(doc) - index), 0, -1):
            if tuple(t.lower_ for t in doc[index : index + size]) in phrases:
                return size
        return 0

    def ends(self, doc: Doc, index: int, kind: str) -> int:
        """Length of the longest phrase of `kind` ending just before token `index` (0: none)."""
        phrases = self.kinds.get(kind, set())
        for size in range(min(self.longest.get(kind, 0), index), 0, -1):
            if tuple(t.lower_ for t in doc[index - size : index]) in phrases:
                return size
        return 0

    def find(self, span: Span, kind: str) -> list[int]:
        """Token indexes where a phrase of `kind` starts inside `span`."""
        return [t.i for t in span if self.starts(span.doc, t.i, kind)]

    def has(self, span: Span, kind: str) -> bool:
        """True when a phrase of `kind` occurs inside `span`."""
        return any(self.starts(span.doc, t.i, kind) for t in span)
