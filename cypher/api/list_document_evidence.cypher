// Every evidence span of one document: each fact's sentence offsets in the document's text, the
// fact (type, source and target names) and its page (null outside a PDF), read from the
// document's MENTIONS (`fact_*`, the full provenance), in text order; a fact a correction rejected
// (no relationship any more) is left out, as `get_document` leaves it out.
// @param id: string — id of the node
MATCH (:Document {id: $id})-[m:MENTIONS]->(s:Entity)
WHERE size(coalesce(m.fact_type, [])) > 0
UNWIND range(0, size(m.fact_type) - 1) AS i
MATCH (t:Entity {id: m.fact_target[i]})
WITH m, i, s, t, m.fact_type[i] AS type, coalesce(m.fact_page[i], 0) AS page
WHERE EXISTS { MATCH (s)-[r]->(t) WHERE type(r) = type }
RETURN m.fact_start[i] AS start, m.fact_end[i] AS end, type,
       coalesce(s.name, s.id) AS source, coalesce(t.name, t.id) AS target,
       m.fact_confidence[i] AS confidence, CASE WHEN page > 0 THEN page END AS page
ORDER BY start, end, type, source, target
