"""Figures of an operation in a sentence: arrests, detentions, victims identified, charges."""

from __future__ import annotations

import re

from ctgraph.extract.text import NUMBER_WORDS, to_number

_NUM = r"(?P<n>\d{1,3}(?:[,.]\d{3})+|\d+|" + "|".join(NUMBER_WORDS) + ")"
_NOUN = (
    r"(?P<noun>victims?|traffickers?|smugglers?|suspects?|persons?|people|individuals|"
    r"migrants?|members|women|children|minors|perpetrators)"
)
_VERB = (
    r"(?P<verb>arrested|detained|identified|assisted|rescued|charged|convicted|"
    r"indicted|prosecuted|apprehended|intercepted|released|safeguarded)"
)
COUNT_VERB = re.compile(
    rf"\b{_NUM}\s+(?:[\w-]+\s+){{0,2}}?{_NOUN}?\s*(?:were\s+|have\s+been\s+|had\s+been\s+|was\s+)?{_VERB}\b",
    re.I,
)
ARREST_OF = re.compile(
    rf"\b(?P<verb>arrest|detention|rescue|identification)s?\s+of\s+{_NUM}\b", re.I
)
NOUN_KEYS = {"victim": "victims", "trafficker": "traffickers", "smuggler": "smugglers",
             "migrant": "migrants"}  # fmt: skip
VERB_KEYS = {"arrest": "arrested", "detention": "detained", "rescue": "rescued",
             "identification": "identified", "apprehended": "arrested"}  # fmt: skip


def _key(noun: str | None, verb: str) -> str:
    verb = VERB_KEYS.get(verb.lower(), verb.lower())
    stem = (noun or "").lower().rstrip("s")
    prefix = NOUN_KEYS.get(stem)
    if prefix and not (prefix == "victims" and verb in {"arrested", "detained"}):
        return f"{prefix}_{verb}"
    return verb


def find_figures(sentence: str) -> dict[str, int]:
    """`{"detained": 52, "victims_identified": 1301}` from one sentence."""
    figures: dict[str, int] = {}
    for match in COUNT_VERB.finditer(sentence):
        value = to_number(match.group("n"))
        if value is not None and not (1950 <= value <= 2049 and "," not in match.group("n")):
            figures.setdefault(_key(match.group("noun"), match.group("verb")), value)
    for match in ARREST_OF.finditer(sentence):
        value = to_number(match.group("n"))
        if value is not None:
            figures.setdefault(_key(None, match.group("verb")), value)
    return figures
