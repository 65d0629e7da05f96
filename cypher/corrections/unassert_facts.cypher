// Withdraw asserted facts: the marks of the withdrawn correction are removed, and a fact that no
// document states (`evidence_count` 0) is deleted.
// @param rows: list — list of maps {id, type, source, target}: the withdrawn correction and its fact
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})-[r]->(t:Entity {id: row.target})
WHERE type(r) = row.type AND r.correction = row.id
REMOVE r.asserted_by, r.asserted_at, r.correction, r.asserted_source, r.asserted_quote
WITH r
CALL (r) {
  WITH r WHERE coalesce(r.evidence_count, 0) <= 0
  DELETE r
}
RETURN count(*) AS withdrawn
