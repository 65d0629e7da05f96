// A page of documents by title, with how many entities each mentions.
// @param limit: int — page size
// @param offset: int — rows to skip
MATCH (d:Document)
WITH d ORDER BY d.title, d.id
WITH collect(d) AS docs
RETURN size(docs) AS total,
       [d IN docs[$offset..$offset + $limit] | d {
         .id, .title, .source, .sha256, .language, loaded_at: toString(d.loaded_at),
         mentions: COUNT { (d)-[:MENTIONS]->() }
       }] AS items
