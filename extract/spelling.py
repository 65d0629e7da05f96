"""British and American spellings of the words of organisation names ("Centre"/"Center",
"Organised"/"Organized"), from `patterns/spelling_variants.csv`: one id whichever is written."""

from __future__ import annotations

import csv
import re

from spacy.util import registry

from ctgraph.extract.errors import PatternError
from ctgraph.extract.gazetteers import pattern_path


def spelling_variants(path: str = "spelling_variants.csv") -> dict[str, str]:
    """Lower-case British word -> American word."""
    with pattern_path(path).open(encoding="utf-8") as handle:
        try:
            return {r["british"].strip(): r["american"].strip() for r in csv.DictReader(handle)}
        except (KeyError, AttributeError) as e:
            raise PatternError(f"{path}: needs columns british,american") from e


registry.misc("ctgraph.spelling_variants.v1", func=spelling_variants)

_WORD = re.compile(r"[\w-]+")


def _swap(name: str, table: dict[str, str]) -> str:
    def one(match: re.Match[str]) -> str:
        word = match.group(0)
        other = table.get(word.lower())
        if other is None:
            return word
        return other.capitalize() if word[:1].isupper() else other

    return _WORD.sub(one, name)


def normal_spelling(name: str, variants: dict[str, str]) -> str:
    """The name in one spelling (American), for ids: "Law Enforcement Centre" -> "... Center"."""
    return _swap(name, variants)


def other_spelling(name: str, variants: dict[str, str]) -> str:
    """The name in the other spelling (British), so gazetteer names match either."""
    return _swap(name, {v: k for k, v in variants.items()})
