// Remove one document's entries from the evidence lists of the relationships it supported, and
// delete the relationships left without evidence; what other documents support stays.
// @param doc_id: string — id of the document
MATCH (:Document {id: $doc_id})-[:MENTIONS]->(:Entity)-[r]-(:Entity)
WHERE $doc_id IN r.evidence_doc
WITH DISTINCT r
WITH r, [i IN range(0, size(r.evidence_doc) - 1) WHERE r.evidence_doc[i] <> $doc_id] AS keep
WITH r, keep,
     [i IN keep | r.evidence_doc[i]] AS docs,
     [i IN keep | r.evidence_start[i]] AS starts,
     [i IN keep | r.evidence_end[i]] AS ends,
     [i IN keep | r.evidence_text[i]] AS texts,
     [i IN keep | r.evidence_confidence[i]] AS confidences
SET r.evidence_doc = docs,
    r.evidence_start = starts,
    r.evidence_end = ends,
    r.evidence_text = texts,
    r.evidence_confidence = confidences,
    r.confidence = reduce(m = 0.0, c IN confidences | CASE WHEN c > m THEN c ELSE m END)
WITH r, size(keep) AS left
CALL (r, left) {
  WITH r WHERE left = 0
  DELETE r
}
RETURN count(*) AS relationships
