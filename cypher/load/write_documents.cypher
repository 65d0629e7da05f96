// Write a batch of documents (created empty by lock_documents, or updated ones that have just
// forgotten their MENTIONS): their metadata and the time they were loaded, and their links to
// every entity they yield: the offsets of each mention, and the document's evidence of each
// relation the entity is the source of (parallel `fact_*` lists, one entry per supporting mention;
// the full provenance, of which relationships keep a sample). The MENTIONS are created, not
// merged (a MERGE would walk a busy entity's thousands of MENTIONS); each document is found once.
// Properties are set by name, never from a map (`SET d += row.props`): a map may hold any key,
// `id` too, so the planner would put an Eager (every row held in memory) before the entities'
// look-up; an absent document property keeps its stored value, as `+=` did.
// @param rows: list — list of maps {id, props, mentions}; props: source, title, sha256, language (and date when known); mentions: list of maps {id, starts, ends, fact_type, fact_target, fact_start, fact_end, fact_text, fact_confidence, fact_page}
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
SET d.source = coalesce(row.props.source, d.source), d.title = coalesce(row.props.title, d.title),
    d.sha256 = coalesce(row.props.sha256, d.sha256),
    d.language = coalesce(row.props.language, d.language),
    d.date = coalesce(row.props.date, d.date), d.loaded_at = datetime()
WITH d, row
UNWIND row.mentions AS mention
MATCH (e:Entity {id: mention.id})
CREATE (d)-[m:MENTIONS {
  count: size(mention.starts), starts: mention.starts, ends: mention.ends,
  fact_type: mention.fact_type, fact_target: mention.fact_target,
  fact_start: mention.fact_start, fact_end: mention.fact_end,
  fact_text: mention.fact_text, fact_confidence: mention.fact_confidence,
  fact_page: mention.fact_page
}]->(e)
RETURN count(m) AS mentions
