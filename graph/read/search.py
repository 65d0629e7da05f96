"""Fuzzy search over entity names and aliases: the `entity_names` fulltext index, else a fallback.

The fallback (no index yet) finds candidates with a case-insensitive CONTAINS on word prefixes
and ranks them with rapidfuzz, so a misspelt name still finds its entity.
"""

from __future__ import annotations

import re

from neo4j import Driver
from rapidfuzz import fuzz

from ctgraph.graph.read import Row, read

INDEX = "entity_names"
MAX_TERMS = 8
FALLBACK_CANDIDATES = 2000
FALLBACK_CUTOFF = 50.0


def terms(text: str) -> list[str]:
    """The lower-case words of a search text; no Lucene syntax survives."""
    return [w[:50] for w in re.findall(r"\w+", text.lower())][:MAX_TERMS]


def lucene_query(words: list[str]) -> str:
    """A Lucene query matching any word, fuzzily or as a prefix (words are plain `\\w+`)."""
    return " ".join(f"{w}~ {w}*" for w in words)


def search(
    driver: Driver,
    text: str,
    *,
    database: str,
    label: str | None = None,
    offset: int = 0,
    limit: int = 20,
) -> Row:
    """A page of entities matching `text`, best first: `backend`, `total` and `items`."""
    words = terms(text)
    if not words:
        return {"backend": "none", "total": 0, "items": []}
    if read(driver, "has_index", database=database, name=INDEX)[0]["present"]:
        page = read(
            driver,
            "search_names",
            database=database,
            query=lucene_query(words),
            label=label,
            offset=offset,
            limit=limit,
        )[0]
        return {"backend": "fulltext", **page}
    ranked = fallback(driver, text, words, database, label)
    return {"backend": "fallback", "total": len(ranked), "items": ranked[offset : offset + limit]}


def fallback(
    driver: Driver, text: str, words: list[str], database: str, label: str | None
) -> list[Row]:
    """Candidates containing a word prefix, ranked by rapidfuzz similarity to the whole text."""
    prefixes = sorted({w[:4] for w in words})
    rows = read(
        driver,
        "search_names_fallback",
        database=database,
        terms=prefixes,
        label=label,
        limit=FALLBACK_CANDIDATES,
    )
    query = " ".join(words)
    for row in rows:
        names = [row["name"] or "", *row["aliases"]]
        row["score"] = max(fuzz.WRatio(query, n.lower()) for n in names) / 100
    return sorted(
        (r for r in rows if r["score"] * 100 >= FALLBACK_CUTOFF),
        key=lambda r: (-r["score"], r["id"]),
    )
