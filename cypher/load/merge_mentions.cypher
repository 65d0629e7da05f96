// Link documents to every entity they yield, in one batch: the offsets of each mention, and the
// document's evidence of each relation the entity is the source of (parallel `fact_*` lists, one
// entry per supporting mention; the full provenance, of which relationships keep a sample).
// The documents are new or have just forgotten their MENTIONS, so they are created, not merged
// (a MERGE would walk a busy entity's thousands of MENTIONS).
// @param rows: list — list of maps {doc, id, starts, ends, fact_type, fact_target, fact_start, fact_end, fact_text, fact_confidence}
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MATCH (e:Entity {id: row.id})
CREATE (d)-[m:MENTIONS]->(e)
SET m.count = size(row.starts), m.starts = row.starts, m.ends = row.ends,
    m.fact_type = row.fact_type, m.fact_target = row.fact_target,
    m.fact_start = row.fact_start, m.fact_end = row.fact_end,
    m.fact_text = row.fact_text, m.fact_confidence = row.fact_confidence
RETURN count(m) AS mentions
