// Bring back facts whose rejection was withdrawn, from the evidence the documents' MENTIONS still
// hold: the relationship with its last extracted properties, `evidence_count` (the documents that
// state it), the first `$cap` entries as its sample and the highest confidence. A fact no document
// states any more stays away.
// @param rows: list — list of maps {type, source, target, props}
// @param cap: int — most evidence entries a relationship keeps as its sample
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
WHERE NOT EXISTS { MATCH (s)-[r]->(t) WHERE type(r) = row.type }
CALL (s, row) {
  MATCH (d:Document)-[m:MENTIONS]->(s)
  WHERE size(coalesce(m.fact_type, [])) > 0
  UNWIND range(0, size(m.fact_type) - 1) AS i
  WITH d, m, i
  WHERE m.fact_type[i] = row.type AND m.fact_target[i] = row.target
  WITH d.id AS doc, m.fact_start[i] AS start, m.fact_end[i] AS end, m.fact_text[i] AS text,
       m.fact_confidence[i] AS confidence, coalesce(m.fact_page[i], 0) AS page
  ORDER BY doc, start
  RETURN collect(doc) AS docs, collect(start) AS starts, collect(end) AS ends,
         collect(text) AS texts, collect(confidence) AS confidences, collect(page) AS pages,
         max(confidence) AS best,
         count(DISTINCT doc) AS documents
}
WITH s, t, row, docs, starts, ends, texts, confidences, pages, best, documents
WHERE documents > 0
CREATE (s)-[r:$(row.type)]->(t)
SET r += row.props,
    r.evidence_count = documents, r.confidence = best,
    r.evidence_doc = docs[..$cap], r.evidence_start = starts[..$cap],
    r.evidence_end = ends[..$cap], r.evidence_text = texts[..$cap],
    r.evidence_confidence = confidences[..$cap], r.evidence_page = pages[..$cap]
RETURN count(r) AS restored
