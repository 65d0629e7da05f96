"""`ctgraph_operations`: named operations found by form only, never by a list of names.

Forms: "Operation X" / "operation 'X'" / "operation – X", "Joint investigation X", a quoted name
after any operation noun ("the action day 'X'", "the JIT 'X'"), names after
a cue ("dubbed X", "codenamed 'X'", "an operation called X", "named the X"), capitalised
phrases such as "1st Joint Period of Action", numbered series ("Turquesa V", "Hera I" beside
"Hera II"), and later "X operation(s)" mentions. Cue words live in `operation_forms.jsonl`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from ctgraph.extract.cues import Cues
from ctgraph.extract.operation_links import phrase_heads
from ctgraph.extract.spans import add_mention, covered, doc_text, set_meta
from ctgraph.extract.text import is_roman, is_year, slug
from ctgraph.extract.words import lowers

QUOTES = {"'", '"', "‘", "’", "“", "”", "«", "»"}
DASHES = {"-", "–", "—", ":"}
REPORTING = {"said", "says", "told", "added", "stated", "reported", "according"}
STOP_NAMES = {"The", "A", "An", "In", "On", "Of", "And", "For", "To", "With", "Was", "Is"}


def _headline(token: Token) -> bool:
    """True inside a line where most words are capitalised (a title, not a sentence). Names of
    states and organisations are capitalised in any sentence, so they do not count ("Police
    of A, B, C and D took part in Operation X" is a sentence)."""
    doc = token.doc
    text = doc_text(doc)
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    line = doc.char_span(start, end if end >= 0 else len(text), alignment_mode="expand")
    tokens = [t for t in (line if line is not None else [token]) if t.text[:1].isalpha()]
    words = [t for t in tokens if not _in_name(doc, t.i)]
    words = words if len(words) >= 4 else tokens
    return len(words) >= 4 and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)


def _in_name(doc: Doc, index: int) -> bool:
    """True inside a state's or an organisation's name."""
    return any(covered(doc, index, index + 1, label) for label in ("Country", "Organisation"))


def _name_token(token: Token, capital_trigger: bool) -> bool:
    if not token.is_alpha or token.text in STOP_NAMES or len(token.text) < 2:
        return False
    if token.tag_.startswith("VB") and not token.is_upper:
        return False
    return token.is_upper or (capital_trigger and token.is_title)


class OperationFinder:
    """Adds named `Operation` mentions with ids `operation:<slug>`."""

    def __init__(self, forms: Cues, *, naming: set[str] | None = None) -> None:
        self.forms = forms
        self.naming = naming or set()

    def _headline_name(self, doc: Doc, start: int) -> int:
        """In a title line every word is capitalised, so "Operation X Y" names X Y only where
        the title marks the name's end: a colon or dash, or the end of the line ("Operation
        Nordic Gate: results"); else no name (== start)."""
        end = self._read_name(doc, start, True)
        closing = end >= len(doc) or doc[end].text in DASHES or "\n" in doc[end].text
        return end if end > start and closing else start

    def _read_name(self, doc: Doc, start: int, capital: bool, limit: int = 4) -> int:
        """End of a name starting at `start` (== start when there is none)."""
        index = start
        while index < len(doc) and index - start < limit:
            token = doc[index]
            if index > start and covered(doc, index, index + 1, "Country"):
                break  # "Operation Blue Republic of Moldova": the name ends where a state begins
            if index > start and self.forms.starts(doc, index, "event_head"):
                break  # "Operation X Workshop": an event about operation X
            if _name_token(token, capital) or (index > start and is_roman(token.text)):
                index += 1
            elif index > start and token.is_digit and len(token.text) <= 2:
                index += 1
                break
            else:
                break
        return index

    def _quoted(self, doc: Doc, start: int, index: int) -> int:
        """A quoted name at `index`; returns where the mention ends (== start when none)."""
        close = next((t.i for t in doc[index + 1 : index + 8] if t.text in QUOTES), None)
        if close is None or close == index + 1:
            return start
        inner = doc[index + 1 : close]
        if inner[0].lower_ == "operation" and len(inner) > 1:
            inner = inner[1:]
        if not any(t.text[:1].isupper() for t in inner):
            return start
        return self._add_named(doc, start, close + 1, inner.text)

    def _named(self, doc: Doc, start: int, name_start: int) -> int:
        """Read the name after a trigger ending at `name_start`; returns where it ends."""
        capital = doc[start].text[:1].isupper() and not _headline(doc[start])
        index = name_start
        if index < len(doc) and doc[index].text in QUOTES:
            return self._quoted(doc, start, index)
        if index + 1 < len(doc) and doc[index].text in DASHES and doc[index + 1].is_upper:
            index += 1
        end = self._read_name(doc, index, capital)
        if end == index and doc[start].text[:1].isupper() and not capital:
            end = self._headline_name(doc, index)
        if end > index and self.forms.starts(doc, index, "generic"):
            return start
        if end == index or all(covered(doc, i, i + 1, "Country") for i in range(index, end)):
            return start
        return self._add_named(doc, start, end, doc[index:end].text)

    def _add_named(self, doc: Doc, start: int, end: int, name: str) -> int:
        key = f"operation:{slug(name)}"
        if add_mention(doc, start, end, "Operation", key) is not None:
            year = doc[end].text if end < len(doc) and is_year(doc[end].text) else None
            set_meta(doc, key, name=name.upper(), named=True)
            if year:
                set_meta(doc, key, year_in_name=int(year))
        return end

    def _triggers(self, doc: Doc) -> None:
        index = 0
        while index < len(doc):
            size = self.forms.starts(doc, index, "trigger")
            if size:
                end = self._named(doc, index, index + size)
                index = max(index + size - 1, end - 1) if end > index else index
            index += 1

    def _after_cue(self, doc: Doc, index: int, size: int) -> None:
        """A name after a cue word: quoted, or a capitalised phrase (acronym in brackets kept)."""
        sent = doc[index].sent
        near = self.forms.ends(doc, index, "op_noun") or (
            index > 1 and doc[index - 1].text == "," and self.forms.ends(doc, index - 1, "op_noun")
        )
        strong = self.forms.starts(doc, index, "name_cue") and self.forms.has(sent, "op_noun")
        if not (near or strong or self._names_subject(doc[index])):
            return
        start = index + size
        if start < len(doc) and doc[start].lower_ == "the":
            start += 1
        if start < len(doc) and doc[start].text in QUOTES:
            self._quoted(doc, start, start)
            return
        end = self._capitalised_run(doc, start)
        if end > start and not covered(doc, start, end, "Operation"):
            self._add_named(doc, start, end, doc[start:end].text)

    def _names_subject(self, verb: Token) -> bool:
        """`The joint operation ... was called X`, `the investigation, which was named X`: a
        naming verb whose passive subject or head is an operation noun (False without a parse)."""
        if verb.lemma_.lower() not in self.naming:
            return False
        nouns = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if verb.dep_ in {"relcl", "acl"}:  # "the investigation (between A and B), named X"
            nouns += phrase_heads(verb.head)
        return any(self.forms.starts(verb.doc, noun.i, "op_noun") for noun in nouns)

    def _capitalised_run(self, doc: Doc, start: int) -> int:
        """End of a run of capitalised words, bracketed acronyms, numerals and `of`."""
        index = start
        while index < len(doc) and index - start < 8:
            token = doc[index]
            bracket = token.text == "(" and index + 2 < len(doc) and doc[index + 2].text == ")"
            if bracket and doc[index + 1].is_upper:
                index += 3
            elif (
                (token.text[:1].isupper() and token.is_alpha)
                or is_roman(token.text)
                or (token.is_digit and index > start and len(token.text) <= 2)
                or (
                    token.lower_ == "of"
                    and index > start
                    and doc[index + 1 : index + 2].text.istitle()
                )
            ):
                index += 1
            else:
                break
        return index

    def _apposition(self, doc: Doc, comma: int) -> None:
        """`a joint operation, Poseidon, supported ...`: a name between commas after the noun."""
        start = comma + 1
        end = self._capitalised_run(doc, start)
        if end == start or end - start > 3 or end >= len(doc) or doc[end].text != ",":
            return
        if covered(doc, start, end) or doc[end + 1 : end + 2].text.lower() in REPORTING:
            return
        if any(self.forms.starts(doc, i, "generic") for i in range(start, end)):
            return
        self._add_named(doc, start, end, doc[start:end].text)

    def _cues(self, doc: Doc) -> None:
        cue_words = self.forms.first_words("name_cue") | self.forms.first_words("near_name_cue")
        for index, word in enumerate(lowers(doc)):
            if word == "," and self.forms.ends(doc, index, "op_noun"):
                self._apposition(doc, index)
            if word not in cue_words:
                continue
            size = self.forms.starts(doc, index, "name_cue") or self.forms.starts(
                doc, index, "near_name_cue"
            )
            if size:
                self._after_cue(doc, index, size)

    def _quoted_after_noun(self, doc: Doc) -> None:
        """ "the Joint Action Days 'Global Chain'", "the JIT 'Lighthouse'": a quoted name right
        after an operation noun names it (the quotes mark the name, whatever the noun)."""
        for token in doc[1:]:
            if token.text not in QUOTES or covered(doc, token.i, token.i + 1, "Operation"):
                continue
            if self.forms.ends(doc, token.i, "op_noun") or self.forms.ends(
                doc, token.i, "jit_head"
            ):
                self._quoted(doc, token.i, token.i)

    def _titles(self, doc: Doc) -> None:
        """Capitalised phrases with `Joint` and `Action`/`Operation` and a distinctive word."""
        for token in doc:
            if token.text != "Joint" or covered(doc, token.i, token.i + 1, "Operation"):
                continue
            start = token.i - 1 if token.i and doc[token.i - 1].like_num else token.i
            end = self._capitalised_run(doc, token.i)
            words = {t.lower_ for t in doc[token.i : end]}
            if not words & {"action", "operation", "operations"}:
                continue
            distinctive = start < token.i or any(
                not self.forms.starts(doc, t.i, "generic") and t.is_alpha
                for t in doc[token.i : end]
            )
            key = self._same_title(doc, token.i, end)
            if key:
                add_mention(doc, start, end, "Operation", key)
            elif distinctive:
                self._add_named(doc, start, end, doc[start:end].text)

    def _same_title(self, doc: Doc, start: int, end: int) -> str | None:
        """A named operation whose name ends with this phrase (a shorter later mention)."""
        text = doc[start:end].text.upper()
        for key, info in doc.user_data["ctgraph_meta"].items():
            name = str(info.get("name") or "")
            if key.startswith("operation:") and name != text and name.endswith(" " + text):
                return str(key)
        return None

    def _series(self, doc: Doc) -> None:
        names = {str(v.get("name")) for k, v in doc.user_data["ctgraph_meta"].items()
                 if k.startswith("operation:")}  # fmt: skip
        texts = [t.text for t in doc]
        for index in range(1, len(texts)):
            text, before = texts[index], texts[index - 1]
            lone_one = text == "I" and f"{before} II".upper() in names
            if not ((is_roman(text) or lone_one) and before.isalpha() and before[:1].isupper()):
                continue
            token, prev = doc[index], doc[index - 1]
            if prev.text in STOP_NAMES or covered(doc, prev.i, token.i + 1):
                continue
            if lone_one or self.forms.has(token.sent, "op_noun"):
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
        self._triggers(doc)
        self._cues(doc)
        self._quoted_after_noun(doc)
        self._titles(doc)
        self._series(doc)
        self._series(doc)
        self._later_mentions(doc)
        return doc


@Language.factory(
    "ctgraph_operations",
    assigns=["doc.spans", "doc.user_data"],
    requires=["token.tag", "doc.user_data"],
    default_config={"forms": {"@misc": "ctgraph.phrase_table.v1", "path": "operation_forms.jsonl"}},
)
def make_operations(nlp: Language, name: str, forms: dict[str, list[str]]) -> OperationFinder:
    """Factory of `OperationFinder`; cue words come from a pattern file."""
    return OperationFinder(Cues(forms, nlp.make_doc), naming=set(forms.get("naming_lemma", [])))
