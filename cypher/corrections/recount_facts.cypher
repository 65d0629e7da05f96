// After a merge: the facts of the kept entities, duplicates combined (one relationship per
// source, type and target; an asserted mark is kept), their evidence recounted from the
// documents' MENTIONS: `evidence_count` (documents stating it), the sample and the confidence.
// @param ids: list — ids of the kept entities
// @param cap: int — most evidence entries a relationship keeps as its sample
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]-()
WHERE NOT type(r) IN ['MENTIONS', 'CO_INVESTIGATED']
WITH DISTINCT r
WITH startNode(r) AS s, endNode(r) AS t, type(r) AS type, collect(r) AS rs
WITH s, t, type, rs[0] AS r, rs[1..] AS duplicates
FOREACH (d IN duplicates | SET r += properties(d) DELETE d)
WITH s, t, type, r
CALL (s, t, type) {
  MATCH (d:Document)-[m:MENTIONS]->(s)
  WHERE size(coalesce(m.fact_type, [])) > 0
  UNWIND range(0, size(m.fact_type) - 1) AS i
  WITH d, m, i
  WHERE m.fact_type[i] = type AND m.fact_target[i] = t.id
  WITH d.id AS doc, m.fact_start[i] AS start, m.fact_end[i] AS end, m.fact_text[i] AS text,
       m.fact_confidence[i] AS confidence, coalesce(m.fact_page[i], 0) AS page
  ORDER BY doc, start
  RETURN collect(doc) AS docs, collect(start) AS starts, collect(end) AS ends,
         collect(text) AS texts, collect(confidence) AS confidences, collect(page) AS pages,
         max(confidence) AS best,
         count(DISTINCT doc) AS documents
}
WITH r, docs, starts, ends, texts, confidences, pages, best, documents
WHERE documents > 0
SET r.evidence_count = documents, r.confidence = best,
    r.evidence_doc = docs[..$cap], r.evidence_start = starts[..$cap],
    r.evidence_end = ends[..$cap], r.evidence_text = texts[..$cap],
    r.evidence_confidence = confidences[..$cap], r.evidence_page = pages[..$cap]
RETURN count(r) AS recounted
