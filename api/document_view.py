"""A document's text as one self-contained HTML page with its evidence spans highlighted.

Every sentence that supports a fact is a `<mark>` whose title names the fact(s) it supports and
the page (in a PDF); nothing is fetched from anywhere (inline CSS, system fonts, no script), so
the page reads the same on a machine without a network. Spans may overlap or repeat (several
facts in one sentence): the text is cut at every span boundary and each piece is marked with
the facts of every span covering it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html import escape
from itertools import pairwise
from typing import Any

STYLE = """
body { font: 16px/1.6 system-ui, sans-serif; color: #1d1d1f; background: #fafaf7;
       max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.4em; line-height: 1.3; margin-bottom: .2em; }
.meta { color: #555; font-size: .9em; margin-top: 0; }
.legend { font-size: .9em; color: #333; border-left: 4px solid #f2c94c; padding-left: .8em; }
.text { white-space: pre-wrap; overflow-wrap: break-word; }
mark { background: #fde68a; color: inherit; padding: 0 .1em; border-radius: 2px; }
mark[data-facts="2"], mark[data-facts="3"], mark[data-facts="many"] { background: #fcd34d; }
.page { font-size: .75em; color: #7a5b00; vertical-align: super; margin-right: .2em; }
"""


@dataclass(frozen=True, slots=True)
class Span:
    """One evidence span: offsets into the text, the fact in words, its page (None: no page)."""

    start: int
    end: int
    fact: str
    page: int | None = None


def spans(rows: Sequence[dict[str, Any]], length: int) -> list[Span]:
    """The evidence rows (`graph.read.documents.document_evidence`) as spans within the text;
    a span outside it (a stale offset) is clipped or dropped."""
    found = []
    for row in rows:
        start, end = max(0, int(row["start"] or 0)), min(length, int(row["end"] or 0))
        if start < end:
            fact = f"{row['source']} {row['type']} {row['target']}"
            found.append(Span(start, end, fact, row.get("page") or None))
    return found


def pieces(text: str, marks: Sequence[Span]) -> Iterator[tuple[str, list[Span]]]:
    """The text cut at every span boundary: each piece with the spans that cover it."""
    cuts = sorted({0, len(text), *(s.start for s in marks), *(s.end for s in marks)})
    waiting = deque(sorted(marks, key=lambda s: s.start))
    active: list[Span] = []
    for start, end in pairwise(cuts):
        active = [s for s in active if s.end > start]
        while waiting and waiting[0].start <= start:
            active.append(waiting.popleft())
        yield text[start:end], list(active)


def _title(covering: list[Span]) -> str:
    facts = list(dict.fromkeys(s.fact for s in covering))
    pages = sorted({s.page for s in covering if s.page})
    where = f" (page {', '.join(map(str, pages))})" if pages else ""
    return "; ".join(facts) + where


def _marked(text: str, covering: list[Span]) -> str:
    facts = len({s.fact for s in covering})
    count = str(facts) if facts < 4 else "many"
    return f'<mark title="{escape(_title(covering))}" data-facts="{count}">{escape(text)}</mark>'


def body(text: str, marks: Sequence[Span]) -> str:
    """The text as HTML: escaped, evidence marked, the first mark of each page preceded by a
    `p. N` tag."""
    out, last_page = [], None
    for piece, covering in pieces(text, marks):
        if not covering:
            out.append(escape(piece))
            continue
        page = next((s.page for s in covering if s.page), None)
        if page is not None and page != last_page:
            out.append(f'<span class="page">p.&nbsp;{page}</span>')
            last_page = page
        out.append(_marked(piece, covering))
    return "".join(out)


def page(document: dict[str, Any], marks: Sequence[Span]) -> str:
    """The whole HTML page of a document (`id`, `title`, `source`, `text`) and its spans."""
    text = str(document["text"])
    title = str(document.get("title") or document["id"])
    sentences, facts = len({(s.start, s.end) for s in marks}), len({s.fact for s in marks})
    source = f" · {escape(str(document['source']))}" if document.get("source") else ""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>"
        f"<h1>{escape(title)}</h1>"
        f'<p class="meta">{escape(str(document["id"]))}{source}</p>'
        f'<p class="legend">{sentences} evidence sentence(s) of {facts} fact(s) '
        "<mark>highlighted</mark>: hover one to see the facts it supports (and its page in a "
        "PDF).</p>"
        f'<div class="text">{body(text, marks)}</div></body></html>\n'
    )
