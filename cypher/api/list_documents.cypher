// list_documents: a page of documents by title, with how many entities each mentions.
// Parameters: $offset, $limit.
MATCH (d:Document)
WITH d ORDER BY d.title, d.id
WITH collect(d) AS docs
RETURN size(docs) AS total,
       [d IN docs[$offset..$offset + $limit] | d {
         .id, .title, .source, .sha256, .language, loaded_at: toString(d.loaded_at),
         mentions: COUNT { (d)-[:MENTIONS]->() }
       }] AS items
