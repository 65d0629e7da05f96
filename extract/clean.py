"""Text cleaning before extraction: HTML to text and web page furniture dropped.

The cleaned text is what is stored (`document.text`) and every offset points into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from selectolax.parser import HTMLParser

PATTERNS_DIR = Path(__file__).parent / "patterns"
_HTML_HINT = re.compile(r"<(html|body|div|p|br|span|article|table|h[1-6])\b[^>]*>", re.I)
_BLOCKS = "p,div,br,li,h1,h2,h3,h4,h5,h6,tr,article,section,blockquote,title"
_FURNITURE = "script,style,nav,footer,header,form,aside,noscript,iframe,button,svg"
_EMPHASIS = re.compile(r"(?<![\w*])\*{1,3}(?=\S)|(?<=\S)\*{1,3}(?![\w*])")
_HASHTAGS = re.compile(r"^\s*(#\w+\s*){1,}$")
_NAV = re.compile(r"^[^|]{1,30}(\|[^|]{1,30}){2,}$")
_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
# A furniture pattern drops a whole line only when it is this short (a label, a menu); from a
# longer line it drops what it matched and the rest is kept (real sentences after a label).
NAVIGATION_CHARS = 80
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?(\s|$)")
# Function words of languages that appear as site furniture around English articles.
_FOREIGN = {
    "le", "la", "les", "des", "est", "et", "un", "une", "du", "sur", "pour", "avec", "vous",
    "der", "die", "das", "und", "ist", "mit", "ein", "nicht", "el", "los", "las", "y", "es",
    "una", "con", "por", "il", "di", "che", "della", "sono", "na", "je", "se", "sa", "ili",
}  # fmt: skip
_ENGLISH = {
    "the", "and", "of", "to", "in", "is", "for", "on", "was", "with", "by", "as", "are",
    "from", "that", "at", "be", "has", "have", "were", "this", "which", "an", "or", "its",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The stored text and what was removed from the input."""

    text: str
    removed_lines: int
    was_html: bool


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    """Drop-line and stop-line patterns from `patterns/boilerplate.txt`."""
    drop: list[re.Pattern[str]] = []
    stop: list[re.Pattern[str]] = []
    for line in (PATTERNS_DIR / "boilerplate.txt").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("stop:"):
            stop.append(re.compile(line[5:], re.I))
        else:
            drop.append(re.compile(line, re.I))
    return drop, stop


def html_to_text(html: str) -> str:
    """Strip tags and page furniture (nav, forms, scripts); block elements end lines."""
    tree = HTMLParser(html)
    for node in tree.css(_FURNITURE):
        node.decompose()
    for node in tree.css(_BLOCKS):
        node.insert_after("\n")
    root = tree.body or tree.root
    return root.text(separator="") if root is not None else ""


def is_foreign(line: str) -> bool:
    """A line written in another language (or script) than English: site furniture."""
    letters = _LETTER.findall(line)
    if len(letters) >= 4 and len(_LATIN.findall(line)) < len(letters) * 0.5:
        return True
    words = re.findall(r"[^\W\d_]+", line.lower())
    if len(words) < 5:
        return False
    foreign = sum(w in _FOREIGN for w in words)
    english = sum(w in _ENGLISH for w in words)
    return foreign >= 3 and foreign > 2 * english


def _short(line: str) -> bool:
    return len(line) <= NAVIGATION_CHARS


def _furniture_match(line: str) -> re.Match[str] | None:
    drop, _ = _boilerplate()
    return next((m for p in drop if (m := p.search(line))), None)


def is_furniture(line: str) -> bool:
    """Navigation bars, share buttons, hashtag lines, foreign-language furniture: lines that are
    furniture whole (a furniture phrase on a short line, or a line of another language)."""
    stripped = line.strip()
    if not stripped:
        return False
    return (
        (_furniture_match(stripped) is not None and _short(stripped))
        or bool(_HASHTAGS.match(stripped))
        or bool(_NAV.match(stripped))
        or is_foreign(stripped)
    )


def without_furniture(line: str) -> str | None:
    """The line with its furniture taken out: None when the whole line is furniture, else the
    line less a furniture phrase it starts with (a long line keeps its sentences), else as is."""
    if is_furniture(line):
        return None
    stripped = line.strip()
    found = _furniture_match(stripped)
    if found is None:
        return line
    rest = (stripped[: found.start()] + stripped[found.end() :]).strip(" :|-–»>")
    # What is left of a long tag list (no sentence in it) is furniture too.
    return rest if _SENTENCE_END.search(rest) else None


def clean_text(raw: str) -> Cleaned:
    """The text to store and analyse: HTML stripped, furniture lines dropped, blank runs cut."""
    was_html = bool(_HTML_HINT.search(raw[:5000]))
    text = html_to_text(raw) if was_html else raw
    _, stop = _boilerplate()
    kept: list[str] = []
    removed = 0
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if _short(line.strip()) and any(p.search(line) for p in stop):
            removed += len(lines) - index
            break
        kept_part = without_furniture(line)
        if kept_part is None:
            removed += 1
            continue
        kept.append(_EMPHASIS.sub("", kept_part.rstrip()))
    joined = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return Cleaned(joined + "\n", removed, was_html)
