"""`ctgraph_countries`: states by name, official name, adjective or demonym, and former names.

Candidate spans start at a capitalised token; the longest one found in the country table wins.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from ctgraph.extract.gazetteers import CountryTable
from ctgraph.extract.spans import (
    add_mention,
    covered,
    line_of,
    mentions,
    mentions_between,
    meta,
    set_meta,
    span_text,
)
from ctgraph.extract.text import fold
from ctgraph.extract.words import texts

CONNECTORS = {"and", "of", "the", "&", "-"}
OWNER_LINKERS = {"of", "de", "del", "da", "do", "du"}  # "Policía Nacional of Colombia"
REGION_WORDS = {"North", "South", "Latin", "Central", "Pan", "Anglo", "Afro", "Euro", "East",
                "Northern"}  # fmt: skip


def _capitalised(token: Token) -> bool:
    return token.is_alpha and (token.is_title or token.is_upper or token.text[:1].isupper())


def _line_is_shouting(token: Token) -> bool:
    """True inside an all-capitals line (a heading), where `US` is a pronoun."""
    line = line_of(token.doc, token.idx)
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 8 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _before_hyphen(doc: Doc, index: int) -> bool:
    """A combining form joined by a hyphen to the next word ("Franco-Spanish")."""
    return index + 2 < len(doc) and doc[index + 1].text == "-" and not doc[index].whitespace_


def _owned_by_another(doc: Doc, start: int, end: int, key: str) -> bool:
    """A genitive state before an agency name several states use ("Finland's National Bureau
    of Investigation"), or a state attached right after it ("the Policía Nacional of
    Colombia", "… de Bolivia"): that state, not the table's, owns it."""
    owner = None
    if start >= 2 and doc[start - 1].lower_ in {"'s", "’s"}:
        owner = next(iter(mentions_between(doc, start - 2, start - 1, "Country")), None)
    if owner is None and end + 1 < len(doc) and doc[end].lower_ in OWNER_LINKERS:
        after = end + 2 if doc[end + 1].lower_ in {"the", "la", "el"} else end + 1
        owner = next(iter(mentions_between(doc, after, after + 1, "Country")), None)
    return owner is not None and owner.kb_id_ != key


def _names_a_city(doc: Doc, end: int) -> bool:
    """ "Mexico City", "GUATEMALA CITY", "Kuwait City": a capital named after its state is a
    city, no mention of the state."""
    return end < len(doc) and doc[end].text in {"City", "CITY"}


class CountryFinder:
    """Adds `Country` mentions with ids `country:<alpha-2>` (alpha-4 for former states)."""

    def __init__(
        self,
        table: CountryTable,
        features: list[str] | None = None,
        regions: list[str] | None = None,
    ) -> None:
        self.table = table
        self.features = {f.lower() for f in features or []}
        self.regions = {r.lower() for r in regions or []}

    def _names_a_region(self, doc: Doc, start: int, end: int, code: str) -> bool:
        """ "Mexico State", "Vietnam's Lao Cai province": a state's name or adjective that begins
        a region's name (a region noun right after it, or after one more capitalised word)."""
        if end < len(doc) and doc[end].lower_ in self.regions:  # "Mexico State", not "Spanish
            return fold(doc[start:end].text) == fold(self.table.display.get(code, ""))  # State …"
        return end + 1 < len(doc) and doc[end].is_title and doc[end + 1].lower_ in self.regions

    def _in_a_feature(self, doc: Doc, start: int) -> bool:
        """The land a sea, strait or landform is named after ("the Gulf of Guinea", "the
        Strait of Gibraltar"): part of the feature's name, no mention of the state."""
        return (
            start >= 2
            and doc[start - 1].lower_ == "of"
            and doc[start - 2].lower_ in self.features
            and _capitalised(doc[start - 2])
        )

    def _match(self, doc: Doc, start: int) -> tuple[int, str] | None:
        """Longest table entry starting at token `start`: (end, code)."""
        first = doc[start]
        if first.text in self.table.short and not _line_is_shouting(first):
            return start + 1, self.table.short[first.text]
        if first.text in self.table.combining and _before_hyphen(doc, start):
            return start + 1, self.table.combining[first.text]
        if not _capitalised(first):
            return None
        best: tuple[int, str] | None = None
        end = start
        while end < min(len(doc), start + self.table.max_tokens):
            token = doc[end]
            elided = token.lower_.startswith("d'") or token.lower_.startswith("d’")
            if not (_capitalised(token) or token.lower_ in CONNECTORS or elided) or token.is_space:
                break
            end += 1
            code = self.table.names.get(fold(span_text(doc[start:end])).removeprefix("the "))
            if code and doc[end - 1].lower_ not in CONNECTORS:
                best = (end, code)
        return best

    def __call__(self, doc: Doc) -> Doc:
        words = texts(doc)
        short, combining = self.table.short, self.table.combining
        index = 0
        while index < len(doc):
            word = words[index]
            if not word[:1].isupper() and word not in short and word not in combining:
                index += 1  # no state's name, form or abbreviation starts here
                continue
            found = self._match(doc, index)
            if (
                found is None
                or (index > 0 and doc[index - 1].text in REGION_WORDS)
                or self._in_a_feature(doc, index)
                or _names_a_city(doc, found[0])
                or self._names_a_region(doc, index, *found)
            ):
                index += 1
                continue
            end, code = found
            start = index + 1 if doc[index].lower_ == "the" else index
            final = end >= len(doc) or doc[end].text != ","
            if code == "CSXX" and start > 0 and doc[start - 1].text == "," and final:
                # "A, B, Serbia and Montenegro": the end of a list names two states
                end, code = start + 1, self.table.names.get(fold(doc[start].text), code)
            key = f"country:{code}"
            if add_mention(doc, start, end, "Country", key) is not None:
                set_meta(
                    doc, key, name=self.table.display[code], iso2=self.table.iso2[code],
                    aliases=[doc[start:end].text],
                )  # fmt: skip
            index = end
        self._agencies(doc)
        return doc

    def _agencies(self, doc: Doc) -> None:
        """A national agency naming no state ("HSI", "the Guardia Civil") is also a mention of
        the state it acts for, so participation rules judge it like "Spanish police"."""
        info = meta(doc)
        for org in list(mentions(doc, "Organisation")):
            code = info.get(org.kb_id_, {}).get("state")
            if (
                not code
                or code not in self.table.display
                or covered(doc, org.start, org.end, "Country")
                or _owned_by_another(doc, org.start, org.end, f"country:{code}")
            ):
                continue
            key = f"country:{code}"
            if add_mention(doc, org.start, org.end, "Country", key) is not None:
                set_meta(doc, key, name=self.table.display[code], iso2=self.table.iso2[code],
                         aliases=[])  # fmt: skip


@Language.factory(
    "ctgraph_countries",
    assigns=["doc.spans", "doc.user_data"],
    requires=["token.is_sent_start"],
    default_config={
        "table": {"@misc": "ctgraph.country_table.v1"},
        "features": {"@misc": "ctgraph.word_list.v1", "path": "geographic_features.txt"},
        "regions": {"@misc": "ctgraph.word_list.v1", "path": "region_nouns.txt"},
    },
)
def make_countries(
    nlp: Language, name: str, table: CountryTable, features: list[str], regions: list[str]
) -> CountryFinder:
    """Factory of `CountryFinder`; the table, the feature and region nouns come from pattern
    files."""
    return CountryFinder(table, features, regions)
