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
ISO_DATE = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")
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
    for match in [*NUMERIC.finditer(text), *ISO_DATE.finditer(text)]:
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


@dataclass(frozen=True, slots=True)
class Period:
    """A stated time span ("from 5 to 9 June 2023", "in March"): offsets, ISO start and end
    (partial precision; one of them None when only one side is stated)."""

    start: int
    end: int
    first: str | None
    last: str | None


_PD = r"(?P<{}>\d{{1,2}})(?:st|nd|rd|th)?"
_PM = rf"(?P<{{}}>{_M})\.?"
_PY = r"(?P<{}>(?:19|20)\d\d)"
_TO = r"\s*(?:to|and|until|till|through|-|–|—)\s*"
_FROM = r"(?:(?P<lead>from|between|during|in|on|throughout|since|as of|starting|until|till|by)\s+(?:the\s+)?)?"


def _p(template: str) -> re.Pattern[str]:
    parts = {"d1": _PD.format("d1"), "d2": _PD.format("d2"), "m1": _PM.format("m1"),
             "m2": _PM.format("m2"), "y1": _PY.format("y1"), "y2": _PY.format("y2")}  # fmt: skip
    return re.compile(r"\b" + _FROM + template.format(to=_TO, **parts) + r"\b", re.I)


# Longest forms first; a later form never starts inside an earlier match.
PERIODS = [
    _p(r"{d1}\s+(?:of\s+)?{m1},?(?:\s+{y1})?{to}{d2}\s+(?:of\s+)?{m2},?\s+{y2}"),
    _p(r"{m1}\s+{d1}(?:,\s*{y1})?{to}{m2}\s+{d2},?\s+{y2}"),
    _p(r"{d1}{to}{d2}\s+(?:of\s+)?{m2},?(?:\s+{y2})?"),
    _p(r"{m2}\s+{d1}{to}{d2},?(?:\s+{y2})?"),
    _p(r"{m1}(?:\s+{y1})?{to}{m2}(?:\s+{y2})?"),
    _p(r"{y1}{to}{y2}"),
    _p(r"{d1}\s+(?:of\s+)?{m2},?(?:\s+{y2})?"),
    _p(r"{m2}\s+{d1},?(?:\s+{y2})?"),
    _p(r"{m2}(?:\s+{y2})?"),
]
# A month alone, a year alone or a bare year range only counts after a word that dates
NEEDS_LEAD = {4, 5, 8}
OPEN_END = {"since", "as of", "starting"}
OPEN_START = {"until", "till", "by"}


def _side(year: int | None, month: str | None, day: str | None) -> str | None:
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    return _iso(year, _month(month), int(day) if day else None)


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _period(match: re.Match[str], default_year: int | None) -> tuple[str | None, str | None]:
    g = match.groupdict()
    y2 = int(g["y2"]) if g.get("y2") else default_year
    m2 = g.get("m2")
    m1 = g.get("m1") or m2
    y1 = int(g["y1"]) if g.get("y1") else y2
    if y1 is not None and not g.get("y1") and m1 and m2 and _month(m1) > _month(m2):
        y1 -= 1  # "from December to February 2020" starts in 2019
    first = _side(y1, m1, g.get("d1"))
    # a single date ("on 5 June") ends on its own day; a range on its second day
    last = _side(y2, m2, g.get("d2") or (None if g.get("m1") else g.get("d1")))
    lead = (g.get("lead") or "").lower()
    if lead in OPEN_END:
        return first, None
    if lead in OPEN_START:
        return None, last
    return first, last


def find_periods(text: str, *, default_year: int | None = None) -> list[Period]:
    """Stated periods in order; a period without a year takes `default_year` (or is dropped)."""
    found: list[Period] = []
    taken: list[range] = []
    for number, pattern in enumerate(PERIODS):
        for match in pattern.finditer(text):
            if any(match.start() in r or match.end() - 1 in r for r in taken):
                continue
            if number in NEEDS_LEAD and not match.group("lead"):
                continue
            months = [m for k in ("m1", "m2") if (m := match.groupdict().get(k))]
            if any(m[0].islower() for m in months):
                continue  # "in march", "may": a month name is capitalised
            first, last = _period(match, default_year)
            if first is None and last is None:
                continue
            found.append(Period(match.start(), match.end(), first, last))
            taken.append(range(match.start(), match.end()))
    return sorted(found, key=lambda p: p.start)
