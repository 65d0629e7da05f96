// Create or extend extracted relationships in one batch: one relationship per source, type and
// target; the document's evidence is appended to the parallel evidence lists. The existing
// relationship is found by expanding between the two endpoints (a MERGE with a dynamic type would
// scan every relationship in Neo4j 5.26).
// @param rows: list — list of maps {source, target, type, props, extractor, evidence_doc, evidence_start, evidence_end, evidence_text, evidence_confidence}
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
OPTIONAL MATCH (s)-[old]->(t)
WHERE type(old) = row.type
CALL (s, t, row, old) {
  WITH * WHERE old IS NULL
  CREATE (s)-[new:$(row.type)]->(t)
  RETURN new AS r
  UNION
  WITH * WHERE old IS NOT NULL
  RETURN old AS r
}
WITH r, row, coalesce(r.evidence_confidence, []) + row.evidence_confidence AS confidences
SET r += row.props,
    r.extractor = row.extractor,
    r.evidence_doc = coalesce(r.evidence_doc, []) + row.evidence_doc,
    r.evidence_start = coalesce(r.evidence_start, []) + row.evidence_start,
    r.evidence_end = coalesce(r.evidence_end, []) + row.evidence_end,
    r.evidence_text = coalesce(r.evidence_text, []) + row.evidence_text,
    r.evidence_confidence = confidences,
    r.confidence = reduce(m = 0.0, c IN confidences | CASE WHEN c > m THEN c ELSE m END)
RETURN count(r) AS relationships
