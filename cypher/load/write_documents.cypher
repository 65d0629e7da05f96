// Write a batch of documents (created empty by lock_documents, or updated ones that have just
// forgotten their MENTIONS): their metadata and the time they were loaded, and their links to
// every entity they yield: the offsets of each mention, and the document's evidence of each
// relation the entity is the source of (parallel `fact_*` lists, one entry per supporting mention;
// the full provenance, of which relationships keep a sample). The MENTIONS are created, not
// merged (a MERGE would walk a busy entity's thousands of MENTIONS); each document is found once.
// @param rows: list — list of maps {id, props, mentions}; props: source, title, sha256, language (and date when known); mentions: list of maps {id, starts, ends, fact_type, fact_target, fact_start, fact_end, fact_text, fact_confidence}
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
SET d += row.props, d.loaded_at = datetime()
WITH d, row
UNWIND row.mentions AS mention
MATCH (e:Entity {id: mention.id})
CREATE (d)-[m:MENTIONS]->(e)
SET m.count = size(mention.starts), m.starts = mention.starts, m.ends = mention.ends,
    m.fact_type = mention.fact_type, m.fact_target = mention.fact_target,
    m.fact_start = mention.fact_start, m.fact_end = mention.fact_end,
    m.fact_text = mention.fact_text, m.fact_confidence = mention.fact_confidence
RETURN count(m) AS mentions
