// A page of documents by title, with their date and how many entities each mentions; only those
// loaded at or after $loaded_since when it is given (an ISO date-time, for syncing), and those
// dated within date_from..date_to (ISO dates of any precision: `2016` to `2016` is the whole year;
// a document of unknown date drops out of a date range).
// @param date_from = null: string — ISO date (2016, 2016-03, 2016-03-01): documents dated from it; null: no lower bound
// @param date_to = null: string — ISO date: documents dated up to it (inclusive of its whole year or month); null: no upper bound
// @param limit: int — page size
// @param loaded_since = null: string — ISO date-time: only documents loaded at or after it; null: all
// @param offset: int — rows to skip
MATCH (d:Document)
WHERE ($loaded_since IS NULL OR d.loaded_at >= datetime($loaded_since))
  AND ($date_from IS NULL OR toString(d.date) >= $date_from)
  AND ($date_to IS NULL OR toString(d.date) <= $date_to OR toString(d.date) STARTS WITH $date_to)
WITH d ORDER BY d.title, d.id
WITH collect(d) AS docs
RETURN size(docs) AS total,
       [d IN docs[$offset..$offset + $limit] | d {
         .id, .title, .source, .sha256, .language, date: toString(d.date),
         loaded_at: toString(d.loaded_at),
         mentions: COUNT { (d)-[:MENTIONS]->() }
       }] AS items
