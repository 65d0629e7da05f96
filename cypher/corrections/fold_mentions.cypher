// Merging an entity into another: each document's MENTIONS of the absorbed entity become (or are
// appended to) its MENTIONS of the kept one. Returns the documents that mentioned the absorbed
// entity, kept on the correction: a split reloads them.
// @param rows: list — list of maps {keep, other}: the kept entity's id and the absorbed one's
UNWIND $rows AS row
MATCH (a:Entity {id: row.keep})
MATCH (b:Entity {id: row.other})
MATCH (d:Document)-[m:MENTIONS]->(b)
OPTIONAL MATCH (d)-[old:MENTIONS]->(a)
WITH row, d, a, m, head(collect(old)) AS old
CALL (d, a, m, old) {
  WITH * WHERE old IS NULL
  CREATE (d)-[n:MENTIONS]->(a)
  SET n = properties(m)
}
CALL (m, old) {
  WITH * WHERE old IS NOT NULL
  // A MENTIONS stored before pages were has none: page 0 (none) for each of its facts (set
  // first, so that it is sized on the facts before this fold whatever the SET order).
  SET old.fact_page = coalesce(old.fact_page, [x IN coalesce(old.fact_type, []) | 0])
                      + coalesce(m.fact_page, [x IN coalesce(m.fact_type, []) | 0]),
      old.count = coalesce(old.count, 0) + coalesce(m.count, 0),
      old.starts = coalesce(old.starts, []) + coalesce(m.starts, []),
      old.ends = coalesce(old.ends, []) + coalesce(m.ends, []),
      old.fact_type = coalesce(old.fact_type, []) + coalesce(m.fact_type, []),
      old.fact_target = coalesce(old.fact_target, []) + coalesce(m.fact_target, []),
      old.fact_start = coalesce(old.fact_start, []) + coalesce(m.fact_start, []),
      old.fact_end = coalesce(old.fact_end, []) + coalesce(m.fact_end, []),
      old.fact_text = coalesce(old.fact_text, []) + coalesce(m.fact_text, []),
      old.fact_confidence = coalesce(old.fact_confidence, []) + coalesce(m.fact_confidence, [])
}
DELETE m
RETURN row.keep AS keep, row.other AS other, collect(DISTINCT d.id) AS documents
