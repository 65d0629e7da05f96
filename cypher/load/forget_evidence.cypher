// Take one document's support away from the relationships it supported (found through its
// MENTIONS evidence, not by scanning lists): one document less in `evidence_count`, its entries
// out of the sample; relationships left without support are deleted. Returns the relationships
// whose sample or confidence must be refilled from the other documents' evidence.
// @param doc_id: string — id of the document
MATCH (:Document {id: $doc_id})-[m:MENTIONS]->(s:Entity)
WHERE size(coalesce(m.fact_type, [])) > 0
UNWIND range(0, size(m.fact_type) - 1) AS i
WITH s, m.fact_type[i] AS type, m.fact_target[i] AS target, max(m.fact_confidence[i]) AS mine
MATCH (t:Entity {id: target})
MATCH (s)-[r]->(t)
WHERE type(r) = type
WITH r, mine, [i IN range(0, size(r.evidence_doc) - 1) WHERE r.evidence_doc[i] <> $doc_id] AS keep
SET r.evidence_count = r.evidence_count - 1
WITH r, mine, keep, size(keep) < size(r.evidence_doc) AS sampled
CALL (r, keep, sampled) {
  WITH * WHERE sampled
  SET r.evidence_doc = [i IN keep | r.evidence_doc[i]],
      r.evidence_start = [i IN keep | r.evidence_start[i]],
      r.evidence_end = [i IN keep | r.evidence_end[i]],
      r.evidence_text = [i IN keep | r.evidence_text[i]],
      r.evidence_confidence = [i IN keep | r.evidence_confidence[i]],
      r.evidence_page = [i IN keep | coalesce(r.evidence_page[i], 0)]  // 0: stored without pages
}
WITH r, r.evidence_count > 0 AND (sampled OR mine >= r.confidence) AS stale, elementId(r) AS id
CALL (r) {
  WITH r WHERE r.evidence_count <= 0
  DELETE r
}
RETURN collect(CASE WHEN stale THEN id END) AS stale
