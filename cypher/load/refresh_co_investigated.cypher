// Derive (:Country)-[:CO_INVESTIGATED]->(:Country) from countries that PARTICIPATED_IN the same
// operation: one relationship per pair, from the smaller iso2 to the larger, with the shared
// operations, their names, count, years and crimes; stale pairs are deleted. Idempotent.
// (no parameters)
MATCH (a:Country)-[:PARTICIPATED_IN]->(o:Operation)<-[:PARTICIPATED_IN]-(b:Country)
WHERE coalesce(a.iso2, a.id) < coalesce(b.iso2, b.id)
WITH a, b, o
ORDER BY o.year, o.id
WITH a, b, collect(DISTINCT o) AS ops
MERGE (a)-[c:CO_INVESTIGATED]->(b)
SET c.operations = [op IN ops | op.id],
    c.operation_names = [op IN ops | op.name],
    c.count = size(ops),
    c.years = COLLECT { UNWIND ops AS op WITH DISTINCT op.year AS y WHERE y IS NOT NULL RETURN y ORDER BY y },
    c.crimes = COLLECT { UNWIND ops AS op WITH DISTINCT op.crime AS k WHERE k IS NOT NULL RETURN k ORDER BY k }
WITH collect(elementId(c)) AS keep
CALL (keep) {
  MATCH (:Country)-[stale:CO_INVESTIGATED]->(:Country)
  WHERE NOT elementId(stale) IN keep
  DELETE stale
}
RETURN size(keep) AS pairs
