"""`ctgraph_operations`: operations found by form only, never by a list of names.

Forms: "Operation X" / "operation 'X'", "Joint investigation X", "joint operation X",
numbered series ("Turquesa V") in an operational sentence, later "X operation(s)" mentions,
and unnamed joint operations ("a Belgian-Romanian international operation",
"a joint investigation among Moldovan and Romanian authorities").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from extract.spans import add_mention, covered, mentions, set_meta
from extract.text import is_roman, is_year, slug

QUOTES = {"'", '"', "‘", "’", "“", "”", "«", "»"}
TRIGGERS = {("operation",), ("joint", "investigation"), ("joint", "operation"), ("joint", "action")}
UNNAMED_HEADS = {"operation", "investigation"}
ORDERED_TRIGGERS = sorted(TRIGGERS, key=len, reverse=True)
FIRST_WORDS = {t[0] for t in TRIGGERS}
UNNAMED_FILLERS = {"-", "and", "international", "joint", "police", "cross", "border", "law"}
LINKERS = {"among", "between", "involving", "by", "of", "with"}
OPERATIONAL = {"operation", "operations", "investigation", "raid", "raids", "action", "arrested"}
STOP_NAMES = {"The", "A", "An", "In", "On", "Of", "And", "For", "To", "With", "Was", "Is"}


def _name_token(token: Token, capital_trigger: bool) -> bool:
    if not token.is_alpha or token.text in STOP_NAMES or len(token.text) < 2:
        return False
    return token.is_upper or (capital_trigger and token.is_title)


class OperationFinder:
    """Adds `Operation` mentions; ids `operation:<slug>` or `operation:unnamed-<n>`."""

    def _named(self, doc: Doc, start: int, end: int, name_start: int) -> int:
        """Read the name after a trigger ending at `name_start`; returns where it ends."""
        capital = doc[start].text[:1].isupper()
        index = name_start
        if index < len(doc) and doc[index].text in QUOTES:
            close = next((t.i for t in doc[index + 1 : index + 8] if t.text in QUOTES), None)
            if close is None or close == index + 1:
                return start
            return self._add_named(doc, start, close + 1, doc[index + 1 : close].text)
        while index < len(doc) and index - name_start < 4:
            token = doc[index]
            if _name_token(token, capital) or (index > name_start and is_roman(token.text)):
                index += 1
            else:
                break
        if index == name_start or covered(doc, name_start, index, "Country"):
            return start
        return self._add_named(doc, start, index, doc[name_start:index].text)

    def _add_named(self, doc: Doc, start: int, end: int, name: str) -> int:
        key = f"operation:{slug(name)}"
        if add_mention(doc, start, end, "Operation", key) is not None:
            year = doc[end].text if end < len(doc) and is_year(doc[end].text) else None
            set_meta(doc, key, name=name.upper(), named=True)
            if year:
                set_meta(doc, key, year_in_name=int(year))
        return end

    def _unnamed(self, doc: Doc, head: Token) -> None:
        """Country adjectives before the head, or `joint investigation among ...` after it."""
        index = head.i
        while index > 0 and (
            doc[index - 1].lower_ in UNNAMED_FILLERS or covered(doc, index - 1, index, "Country")
        ):
            index -= 1
        before = covered(doc, index, head.i, "Country")
        after = (
            head.i > 0
            and doc[head.i - 1].lower_ == "joint"
            and head.i + 1 < len(doc)
            and doc[head.i + 1].lower_ in LINKERS
            and covered(doc, head.i + 1, min(len(doc), head.i + 8), "Country")
        )
        if before or after:
            start = index if before else head.i - 1
            count = len({m.kb_id_ for m in mentions(doc, "Operation") if "unnamed" in m.kb_id_})
            key = f"operation:unnamed-{count + 1}"
            if add_mention(doc, start, head.i + 1, "Operation", key) is not None:
                set_meta(doc, key, name=None, named=False)

    def _series(self, doc: Doc) -> None:
        for token in doc[1:]:
            prev = doc[token.i - 1]
            if not (is_roman(token.text) and prev.is_alpha and prev.text[:1].isupper()):
                continue
            if prev.text in STOP_NAMES or covered(doc, prev.i, token.i + 1):
                continue
            if any(t.lower_ in OPERATIONAL for t in token.sent):
                self._add_named(doc, prev.i, token.i + 1, f"{prev.text} {token.text}")

    def _later_mentions(self, doc: Doc) -> None:
        """`Name operations` (e.g. "Lantern operations") refers back to an operation found by form."""
        names = {str(v["name"]).lower(): k for k, v in doc.user_data["ctgraph_meta"].items()
                 if k.startswith("operation:") and v.get("named")}  # fmt: skip
        for token in doc[:-1]:
            key = names.get(token.lower_)
            if key and doc[token.i + 1].lower_ in {"operation", "operations"}:
                add_mention(doc, token.i, token.i + 2, "Operation", key)

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data.setdefault("ctgraph_meta", {})
        index = 0
        while index < len(doc):
            token = doc[index]
            if token.lower_ not in FIRST_WORDS | UNNAMED_HEADS:
                index += 1
                continue
            for trigger in ORDERED_TRIGGERS:
                words = tuple(t.lower_ for t in doc[index : index + len(trigger)])
                if words == trigger:
                    end = self._named(doc, index, index + len(trigger), index + len(trigger))
                    if end == index and token.lower_ in UNNAMED_HEADS | {"joint"}:
                        self._unnamed(doc, doc[index + len(trigger) - 1])
                    index = max(index, end - 1)
                    break
            else:
                if token.lower_ in UNNAMED_HEADS:
                    self._unnamed(doc, token)
            index += 1
        self._series(doc)
        self._later_mentions(doc)
        return doc


@Language.factory("ctgraph_operations")
def make_operations(nlp: Language, name: str) -> OperationFinder:
    """Factory of `OperationFinder` (no data: operations are found by form)."""
    return OperationFinder()
