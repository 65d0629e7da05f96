// Create or extend extracted relationships in one batch: one relationship per source, type and
// target. `evidence_count` counts the supporting documents and `confidence` is the highest; the
// parallel evidence lists are a sample, appended to only while they hold fewer than `$cap`
// entries, so a fact's 10,001st document costs what its first did (the full provenance is on
// MENTIONS). The existing relationship is found by expanding from the endpoint with fewer
// relationships (a MERGE with a dynamic type would scan every relationship in Neo4j 5.26, and an
// expansion between the two endpoints walks a busy country's thousands of relationships).
// @param rows: list — list of maps {source, target, type, props, extractor, documents, confidence, evidence_doc, evidence_start, evidence_end, evidence_text, evidence_confidence, evidence_page}
// @param cap: int — most evidence entries a relationship keeps as its sample
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CALL (s, t, row) {
  WITH * WHERE COUNT { (t)<--() } <= COUNT { (s)-->() }
  OPTIONAL MATCH (t)<-[found]-()
  WHERE type(found) = row.type AND startNode(found) = s
  RETURN found AS old
  UNION
  WITH * WHERE COUNT { (t)<--() } > COUNT { (s)-->() }
  OPTIONAL MATCH (s)-[found]->()
  WHERE type(found) = row.type AND endNode(found) = t
  RETURN found AS old
}
CALL (s, t, row, old) {
  WITH * WHERE old IS NULL
  CREATE (s)-[new:$(row.type)]->(t)
  RETURN new AS r
  UNION
  WITH * WHERE old IS NOT NULL
  RETURN old AS r
}
WITH r, row, $cap - size(coalesce(r.evidence_doc, [])) AS room
SET r += row.props,
    r.extractor = row.extractor,
    r.evidence_count = coalesce(r.evidence_count, 0) + row.documents,
    r.confidence = CASE WHEN r.confidence >= row.confidence THEN r.confidence ELSE row.confidence END
WITH r, row, room
WHERE room > 0
// A relationship stored before pages were has none: page 0 (none) for each of its entries
// (set first, so that it is sized on the entries before this append whatever the SET order).
SET r.evidence_page = coalesce(r.evidence_page, [x IN coalesce(r.evidence_doc, []) | 0])
                      + row.evidence_page[..room],
    r.evidence_doc = coalesce(r.evidence_doc, []) + row.evidence_doc[..room],
    r.evidence_start = coalesce(r.evidence_start, []) + row.evidence_start[..room],
    r.evidence_end = coalesce(r.evidence_end, []) + row.evidence_end[..room],
    r.evidence_text = coalesce(r.evidence_text, []) + row.evidence_text[..room],
    r.evidence_confidence = coalesce(r.evidence_confidence, []) + row.evidence_confidence[..room]
RETURN count(r) AS sampled
