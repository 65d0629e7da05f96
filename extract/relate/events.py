"""Event dates and places: HELD_IN (Event -> Place)."""

from __future__ import annotations

from ctgraph.extract.dates import find_dates, heading_year
from ctgraph.extract.relate.context import Context
from ctgraph.extract.spans import mentions, span_text

HEADER_LINES = 8


def relate(ctx: Context) -> None:
    """Date from the event's sentence (year from a heading), else the header for a title event."""
    text = ctx.text
    header_end = len("\n".join(text.split("\n")[:HEADER_LINES]))
    header_dates = find_dates(text[:header_end])
    for entity in [e for e in ctx.entities.values() if e.label == "Event"]:
        spans = [m for m in mentions(ctx.doc, "Event") if m.kb_id_ == entity.id]
        date, place = None, None
        for span in spans:
            sent = span.sent
            year = heading_year(text, span.start_char)
            dates = find_dates(span_text(sent), default_year=year)
            dates = [d for d in dates if d.start + sent.start_char >= span.start_char - 40]
            date = date or (dates[0].iso if dates else None)
            places = ctx.in_sentence(sent, "Place")
            if places and place is None:
                place = (places[0], sent)
        if date is None and spans[0].start_char < header_end and header_dates:
            date = header_dates[0].iso
        if place is None and spans[0].start_char < header_end:
            header_places = [m for m in mentions(ctx.doc, "Place") if m.start_char < header_end]
            place = (header_places[0], header_places[0].sent) if header_places else None
        entity.properties["date"] = date
        if place is not None:
            entity.properties["place"] = place[0].kb_id_
            ctx.relate("HELD_IN", entity.id, place[0].kb_id_, 0.8, place[1])
