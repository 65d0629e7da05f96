// The facts that rejections in force hide, with their correction and the evidence the documents
// still hold (the first `$limit` mentions): rejected facts stay inspectable.
// @param limit: int — most evidence entries per fact
MATCH (c:Correction {action: 'reject'})
WHERE c.fact_type IS NOT NULL AND NOT EXISTS { MATCH (:Correction {withdraws: c.id}) }
CALL (c) {
  OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(:Entity {id: c.source})
  WHERE any(x IN coalesce(m.fact_target, []) WHERE x = c.target)
  UNWIND CASE WHEN m IS NULL THEN [] ELSE range(0, size(m.fact_type) - 1) END AS i
  WITH d, m, i
  WHERE m.fact_type[i] = c.fact_type AND m.fact_target[i] = c.target
  WITH {document: d.id, start: m.fact_start[i], end: m.fact_end[i], text: m.fact_text[i],
        confidence: m.fact_confidence[i],
        page: CASE WHEN m.fact_page[i] > 0 THEN m.fact_page[i] END} AS evidence
  ORDER BY evidence.document, evidence.start
  RETURN collect(evidence)[..$limit] AS evidence
}
RETURN properties(c) AS correction, evidence
ORDER BY c.id
