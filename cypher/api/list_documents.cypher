// A page of documents by title, with how many entities each mentions, only those loaded at or after
// $loaded_since when it is given (an ISO date-time, for syncing).
// @param limit: int — page size
// @param loaded_since = null: string — ISO date-time: only documents loaded at or after it; null: all
// @param offset: int — rows to skip
MATCH (d:Document)
WHERE $loaded_since IS NULL OR d.loaded_at >= datetime($loaded_since)
WITH d ORDER BY d.title, d.id
WITH collect(d) AS docs
RETURN size(docs) AS total,
       [d IN docs[$offset..$offset + $limit] | d {
         .id, .title, .source, .sha256, .language, loaded_at: toString(d.loaded_at),
         mentions: COUNT { (d)-[:MENTIONS]->() }
       }] AS items
