"""Small text helpers shared by components: accent-free keys, slugs, years, number words."""

from __future__ import annotations

import re
from functools import lru_cache

from normality import ascii_text

_SPACES = re.compile(r"[\s\-_/]+")
_NON_WORD = re.compile(r"[^a-z0-9& ]+")
_YEAR = re.compile(r"^(19[5-9]\d|20[0-4]\d)$")

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-light key used for every dictionary lookup
    (remembered: the same names are folded over and over)."""
    folded = (ascii_text(text) or "").lower().replace("&", " and ").replace(".", "")
    folded = _NON_WORD.sub(" ", _SPACES.sub(" ", folded))
    return " ".join(folded.split())


def slug(text: str) -> str:
    """Deterministic id part: `fold` with dashes (`Jürgen Stock` -> `jurgen-stock`)."""
    return fold(text).replace("&", "and").replace(" ", "-")


def is_year(text: str) -> bool:
    """True for a plausible four-digit year of the domain (1950-2049)."""
    return bool(_YEAR.match(text))


def to_number(text: str) -> int | None:
    """Parse `1,301`, `52` or `four` into an int; None when it is not a count."""
    cleaned = text.replace(",", "").replace("\u202f", "").strip().lower()
    if cleaned.isdigit():
        return int(cleaned)
    return NUMBER_WORDS.get(cleaned)


ROMAN = re.compile(r"^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})$")


def is_roman(text: str) -> bool:
    """True for a Roman numeral from II to XXXIX (a lone `I` is too ambiguous)."""
    return text not in {"I", ""} and bool(ROMAN.match(text))
