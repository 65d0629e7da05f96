// Rebuild the evidence sample and confidence of relationships a forgotten document supported,
// from the MENTIONS evidence of the documents that still support them (in document id order).
// @param ids: list — list of relationship element ids
// @param cap: int — most evidence entries a relationship keeps as its sample
UNWIND $ids AS id
MATCH (s)-[r]->(t)
WHERE elementId(r) = id
CALL (s, r, t) {
  MATCH (d:Document)-[m:MENTIONS]->(s)
  WHERE size(coalesce(m.fact_type, [])) > 0
  UNWIND range(0, size(m.fact_type) - 1) AS i
  WITH d, m, i
  WHERE m.fact_type[i] = type(r) AND m.fact_target[i] = t.id
  WITH d.id AS doc, m.fact_start[i] AS start, m.fact_end[i] AS end, m.fact_text[i] AS text,
       m.fact_confidence[i] AS confidence, coalesce(m.fact_page[i], 0) AS page
  ORDER BY doc, start
  RETURN collect(doc) AS docs, collect(start) AS starts, collect(end) AS ends,
         collect(text) AS texts, collect(confidence) AS confidences, collect(page) AS pages,
         max(confidence) AS best
}
SET r.evidence_doc = docs[..$cap],
    r.evidence_start = starts[..$cap],
    r.evidence_end = ends[..$cap],
    r.evidence_text = texts[..$cap],
    r.evidence_confidence = confidences[..$cap],
    r.evidence_page = pages[..$cap],
    r.confidence = best
RETURN count(r) AS relationships
