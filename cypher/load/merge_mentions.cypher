// Link a document to every entity it yields, with the offsets of each mention, in one batch.
// @param doc_id: string — id of the document
// @param rows: list — list of maps {id, starts, ends}
MATCH (d:Document {id: $doc_id})
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
MERGE (d)-[m:MENTIONS]->(e)
SET m.count = size(row.starts), m.starts = row.starts, m.ends = row.ends
RETURN count(m) AS mentions
