"""When an operation ran: its year (and where that year comes from) and stated start and end.

The year comes from the operation's name ("HERA 2006"), the sentences that name or refer to
it, the year heading of its list, a full date in its passage, and, when the text gives none,
the document's publication date: then `year_source` is `publication date`, else `text`.
Start and end are the first period stated in a sentence about the operation ("from 5 to 9
June 2023", "between January and May 2019", "in March"), ISO with partial precision; a
period without a year takes the operation's year. The phrase and its sentence are kept as
`date_text` and `date_evidence`. A date that says when something was reported ("said on
5 June") is not the operation's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Span

from ctgraph.extract.dates import Period, find_dates, find_periods, year_above, years_in
from ctgraph.extract.gazetteers import phrase_table
from ctgraph.extract.relate.context import Context
from ctgraph.extract.spans import span_text

REPORTED = re.compile(
    r"\b(said|says|announced|announces|published|reported|stated|told|added|released|"
    r"press release|statement|news|dated?)\W+(\w+\W+){0,2}$",
    re.I,
)
TEXT, PUBLICATION = "text", "publication date"


def frame_year(
    ctx: Context, info: dict[str, Any], refs: list[Span], scope: list[Span]
) -> tuple[int | None, str | None]:
    """(year, source): from the name, the operation's sentences or list heading, its passage,
    else the publication date."""
    if isinstance(info.get("year_in_name"), int):
        return int(info["year_in_name"]), TEXT
    years = [y for s in refs for y in years_in(span_text(s))]
    if years:
        return years[0], TEXT
    headings = [h for s in refs if (h := year_above(ctx.headings, s.start_char))]
    if headings:
        return min(headings), TEXT
    for sent in sorted(scope, key=lambda s: s.start):
        dates = [d for d in find_dates(span_text(sent)) if len(d.iso) >= 7 and d.iso != ctx.date]
        if dates:
            return int(dates[0].iso[:4]), TEXT
    return (int(ctx.date[:4]), PUBLICATION) if ctx.date else (None, None)


@lru_cache(maxsize=1)
def _bound_lemmas() -> tuple[frozenset[str], frozenset[str]]:
    forms = phrase_table("operation_forms.jsonl")
    return frozenset(forms.get("start_lemma", [])), frozenset(forms.get("end_lemma", []))


def bounded(sent: Span, period: Period) -> Period:
    """A date governed by a start verb ("launched in May 2018") is only the start; by an end
    verb ("concluded on 9 June") only the end (read from the parse; unchanged without one)."""
    if not sent.doc.has_annotation("DEP") or period.first != period.last:
        return period
    char = sent.start_char + period.start
    token = next((t for t in sent if t.idx >= char), None)
    starts, ends = _bound_lemmas()
    for _ in range(4):
        if token is None or token.pos_ in {"VERB", "AUX"} or token.head == token:
            break
        token = token.head
    lemma = token.lemma_.lower() if token is not None else ""
    if lemma in starts:
        return Period(period.start, period.end, period.first, None)
    if lemma in ends:
        return Period(period.start, period.end, None, period.last)
    return period


def stated_period(refs: list[Span], year: int | None) -> tuple[Period, Span] | None:
    """The first period stated in the operation's sentences that is not a reporting date."""
    for sent in sorted(refs, key=lambda s: s.start):
        for period in find_periods(span_text(sent), default_year=year):
            if not REPORTED.search(span_text(sent)[: period.start]):
                return bounded(sent, period), sent
    return None


def operation_dates(
    ctx: Context, info: dict[str, Any], refs: list[Span], scope: list[Span]
) -> dict[str, Any]:
    """The date properties of one operation (`year`, `year_source`, `start_date`, `end_date`,
    `date_text`, `date_evidence`); values not stated are None."""
    year, source = frame_year(ctx, info, refs, scope)
    found = stated_period(refs, year if source == TEXT else None)
    if found is None and source == PUBLICATION:
        found = stated_period(refs, year)  # "in March" of the publication year
    props: dict[str, Any] = {"year": year, "year_source": source, "start_date": None,
                             "end_date": None, "date_text": None, "date_evidence": None}  # fmt: skip
    if found is None:
        return props
    period, sent = found
    props.update(
        start_date=period.first,
        end_date=period.last,
        date_text=span_text(sent)[period.start : period.end],
        date_evidence=span_text(sent).strip(),
    )
    stated = period.first or period.last
    if source == PUBLICATION and stated and stated[:4] != str(year):
        props.update(year=int(stated[:4]), year_source=TEXT)
    return props
