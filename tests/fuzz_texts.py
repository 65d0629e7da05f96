"""Generated texts for the extractor's no-exception property: the hypothesis tests
(tests/extract/test_never_raises.py) and the fuzz benchmark (benchmarks/bench_fuzz_extract.py)
draw from the same kinds, each from a `random.Random`, so a failing seed replays.

Kinds: sentences of the corpora recombined, long lists of countries (multi-word names with
linker words inside: "Isle of Man", "Republic of Moldova", "Bosnia and Herzegovina"),
"Operation"/"JIT" before odd tokens, unicode noise, very long lines and one-word texts.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [ROOT / "data" / "corpus", ROOT / "tests" / "fixtures" / "texts"]

COUNTRIES = [
    "Isle of Man", "Republic of Moldova", "Republic of Korea", "Bosnia and Herzegovina",
    "Trinidad and Tobago", "Saint Kitts and Nevis", "Democratic Republic of the Congo",
    "United States of America", "United Kingdom", "the Netherlands", "Antigua and Barbuda",
    "Sao Tome and Principe", "Papua New Guinea", "Central African Republic", "Côte d'Ivoire",
    "North Macedonia", "Saint Vincent and the Grenadines", "Turks and Caicos Islands",
    "Heard Island and McDonald Islands", "Serbia and Montenegro", "Republic of the Congo",
    "Islamic Republic of Iran", "Lao People's Democratic Republic", "Viet Nam", "Türkiye",
    "Romania", "Bulgaria", "Spain", "Italy", "Greece", "Austria", "Nigeria", "Ghana", "Peru",
    "Chile", "Thailand", "U.S.", "UK", "Moldova", "Korea", "Congo", "Guinea-Bissau",
]  # fmt: skip
ADJECTIVES = ["Romanian", "Moldovan", "Spanish", "Bosnian", "Korean", "Congolese", "Manx",
              "Italian", "Nigerian", "Dutch", "Ivorian", "Vietnamese"]  # fmt: skip
OPERATION_HEADS = [
    "Operation", "operation", "OPERATION", "Operation X", "Operation Blue", "JIT", "the JIT",
    "a JIT", "joint investigation team (JIT)", "Joint investigation", "joint operation",
    "the operation", "code-named", "dubbed", "Operation '", "Operation \u201c", "Operation -",
    "the joint action day", "an international operation", "Joint Action Days", "HERA II",
]  # fmt: skip
ODD_TOKENS = [
    "", " ", "\n", "\n\n", "-", "–", "—", ":", ";", ".", ",", "'", '"', "(", ")", "()", "of",
    "between", "among", "with", "involving", "and", "the", "of the", "2023", "1", "II", "IV",
    "'s", "’s", "/", "&", "…", "\u200b", "\u00a0", "\t", "A", "X", "JIT", "Operation", "%",
    "https://example.org/a?b=c", "e-mail@example.org", "#", "@", "$", "\ufeff", "\u202e",
]  # fmt: skip
LINKERS = ["between", "among", "of", "with", "involving", "-", "–", "and"]
UNICODE_RANGES = [(0x20, 0x7E), (0xA0, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x590, 0x6FF),
                  (0x900, 0x97F), (0x3040, 0x30FF), (0x4E00, 0x4FFF), (0x1F300, 0x1F64F),
                  (0x300, 0x36F), (0x2000, 0x206F)]  # fmt: skip


def corpus_sentences(folders: list[Path] | None = None) -> list[str]:
    """Sentences (and list lines) of the texts in these folders, by a plain splitter."""
    found: list[str] = []
    for folder in folders or CORPORA:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            for line in path.read_text("utf-8", errors="replace").splitlines():
                found += [s for s in re.split(r"(?<=[.!?])\s+", line.strip()) if s]
    return found or ["Operation HERA was a joint operation between Spain and Senegal."]


def _country_list(rng: random.Random) -> str:
    names = rng.sample(COUNTRIES, rng.randint(2, min(25, len(COUNTRIES))))
    glue = rng.choice([", ", " and ", "; ", ", and ", " / ", "\n- "])
    return glue.join(names[:-1]) + rng.choice([" and ", ", ", " & "]) + names[-1]


def recombined(rng: random.Random, sentences: list[str]) -> str:
    """Sentences of the corpora in a new order, some joined by line breaks."""
    picked = [rng.choice(sentences) for _ in range(rng.randint(1, 12))]
    return "".join(s + rng.choice([" ", "\n", "\n\n"]) for s in picked)


def country_lists(rng: random.Random, sentences: list[str]) -> str:
    """Operations and JITs with long lists of countries, multi-word names included."""
    head = rng.choice(OPERATION_HEADS)
    templates = [
        "{h} {c} took part.", "{h} {l} {c}.", "{c} authorities joined {h}.",
        "The operation involved {c}.", "Participating countries:\n- {c}",
        "{h}, a joint operation between {c}, ended.", "{a} and {b} police ran {h} {c}.",
        "{c} officers took part in the operation, code-named {h}.", "{h} {c}",
    ]  # fmt: skip
    return rng.choice(templates).format(
        h=head, l=rng.choice(LINKERS), c=_country_list(rng),
        a=rng.choice(ADJECTIVES), b=rng.choice(COUNTRIES),
    )  # fmt: skip


def odd_operations(rng: random.Random, sentences: list[str]) -> str:
    """ "Operation"/"JIT" right before odd tokens, countries or the end of the text."""
    parts = []
    for _ in range(rng.randint(1, 6)):
        tail = [rng.choice(ODD_TOKENS + COUNTRIES) for _ in range(rng.randint(0, 4))]
        parts.append(" ".join([rng.choice(OPERATION_HEADS), *tail]))
    return rng.choice(["", " ", "\n"]).join(parts)


def unicode_noise(rng: random.Random, sentences: list[str]) -> str:
    """Random code points of many scripts, with corpus words and operations mixed in."""
    chars = []
    for _ in range(rng.randint(1, 300)):
        low, high = rng.choice(UNICODE_RANGES)
        chars.append(chr(rng.randint(low, high)))
        if rng.random() < 0.05:
            chars.append(f" {rng.choice(OPERATION_HEADS)} {rng.choice(COUNTRIES)} ")
    return "".join(chars)


def long_line(rng: random.Random, sentences: list[str]) -> str:
    """One very long line: many sentences and lists without a line break."""
    size = rng.choice([2_000, 8_000, 30_000])
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        parts.append(rng.choice(sentences) if rng.random() < 0.7 else country_lists(rng, sentences))
    return " ".join(parts)


def one_word(rng: random.Random, sentences: list[str]) -> str:
    """A single word or token: a country, an operation word, an odd token."""
    return rng.choice(COUNTRIES + OPERATION_HEADS + ODD_TOKENS + ["a", "Europol", "2019"])


KINDS: dict[str, Callable[[random.Random, list[str]], str]] = {
    "recombined": recombined,
    "country lists": country_lists,
    "odd operations": odd_operations,
    "unicode": unicode_noise,
    "long line": long_line,
    "one word": one_word,
}
WEIGHTS = {"recombined": 30, "country lists": 30, "odd operations": 20, "unicode": 10,
           "long line": 1, "one word": 9}  # fmt: skip


def generate(rng: random.Random, sentences: list[str]) -> tuple[str, str]:
    """(kind, text) of one generated text."""
    kind = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
    return kind, KINDS[kind](rng, sentences)
