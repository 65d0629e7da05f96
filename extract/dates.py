"""Dates in free text, normalised to ISO 8601 with partial precision (`2016`, `2016-05`)."""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_M = "|".join(sorted((m for m in MONTHS), key=len, reverse=True))
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|–|and|to)\s*\d{1,2}(?:st|nd|rd|th)?)?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
PATTERNS = [
    re.compile(rf"\b{_DAY}\s*(?:of\s+)?(?P<m>{_M})\.?,?\s*{_YEAR}?\b", re.I),
    re.compile(rf"\b(?P<m>{_M})\.?,?\s+{_DAY}\b(?:,?\s*{_YEAR})?", re.I),
    re.compile(rf"\b(?P<m>{_M})\s+{_YEAR}\b", re.I),
]
NUMERIC = re.compile(r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)\d\d)\b")
YEAR_ONLY = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
HEADING_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*$", re.M)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date in the text: character offsets and ISO value (year-less dates get `year`)."""

    start: int
    end: int
    iso: str


def _iso(year: int | None, month: int, day: int | None) -> str | None:
    if year is None:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if day > calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def find_dates(text: str, *, default_year: int | None = None) -> list[FoundDate]:
    """Full or partial dates; a date without a year takes `default_year` (or is dropped)."""
    found: list[FoundDate] = []
    taken: list[range] = []
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() in r for r in taken):
                continue
            groups = match.groupdict()
            month = MONTHS[groups["m"].lower().rstrip(".")]
            year = int(groups["y"]) if groups.get("y") else default_year
            day = int(groups["d"]) if groups.get("d") else None
            iso = _iso(year, month, day)
            if iso:
                found.append(FoundDate(match.start(), match.end(), iso))
                taken.append(range(match.start(), match.end()))
    for match in NUMERIC.finditer(text):
        if any(match.start() in r for r in taken) or not 1 <= int(match.group("m")) <= 12:
            continue
        iso = _iso(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        if iso:
            found.append(FoundDate(match.start(), match.end(), iso))
    return sorted(found, key=lambda d: d.start)


def years_in(text: str) -> list[int]:
    """Every plausible year named in a text, in order."""
    return [int(y) for y in YEAR_ONLY.findall(text)]


def heading_years(text: str) -> list[tuple[int, int]]:
    """(offset, year) of every line that holds only a year (list headings), in order."""
    return [(m.start(), int(m.group(1))) for m in HEADING_YEAR.finditer(text)]


def year_above(headings: list[tuple[int, int]], offset: int) -> int | None:
    """Year of the nearest heading line above `offset`."""
    index = bisect_left(headings, (offset, 0))
    return headings[index - 1][1] if index else None


def heading_year(text: str, offset: int) -> int | None:
    """Year of the nearest line above `offset` that holds only a year (a list's heading)."""
    best = None
    for match in HEADING_YEAR.finditer(text, 0, offset):
        best = int(match.group(1))
    return best


def document_date(text: str) -> str | None:
    """The dateline or `Date:` line of a document (first lines or a closing `Date:`)."""
    labelled = re.search(r"^\s*Date\s*:\s*(.+)$", text, re.M | re.I)
    if labelled:
        dates = find_dates(labelled.group(1))
        if dates:
            return dates[0].iso
    head = "\n".join(text.split("\n")[:4])
    dates = find_dates(head)
    return dates[0].iso if dates else None
