// Write asserted facts: the relationship (source, type, target) is created when the extractor
// did not find it (no documents: `evidence_count` 0, confidence 1.0) and marked with who
// asserted it, when, on which correction and with what source; its properties are the asserted.
// @param rows: list — list of maps {id, type, source, target, props, author, at, source_document, quote, url}
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
OPTIONAL MATCH (s)-[found]->(t)
WHERE type(found) = row.type
WITH s, t, row, head(collect(found)) AS found
CALL (s, t, row, found) {
  WITH * WHERE found IS NULL
  CREATE (s)-[new:$(row.type)]->(t)
  SET new.evidence_count = 0, new.confidence = 1.0, new.extractor = 'analyst',
      new.evidence_doc = [], new.evidence_start = [], new.evidence_end = [],
      new.evidence_text = [], new.evidence_confidence = [], new.evidence_page = []
  RETURN new AS r
  UNION
  WITH * WHERE found IS NOT NULL
  RETURN found AS r
}
SET r += row.props,
    r.asserted_by = row.author, r.asserted_at = row.at, r.correction = row.id,
    r.asserted_source = coalesce(row.url, row.source_document), r.asserted_quote = row.quote
RETURN count(r) AS asserted
