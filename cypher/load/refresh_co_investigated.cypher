// Derive (:Country)-[:CO_INVESTIGATED]->(:Country) from scratch, from countries that
// PARTICIPATED_IN the same operation: one relationship per pair, from the smaller iso2 to the
// larger, with the shared operations as parallel lists (ids, names, years with 0 for unknown,
// crimes with '' for unknown, ordered by year and id), their count, years and crimes; stale
// pairs are deleted. The loader keeps the pairs up to date incrementally
// (update_co_investigated); this full pass repairs a graph. Idempotent.
// (no parameters)
MATCH (a:Country)-[:PARTICIPATED_IN]->(o:Operation)<-[:PARTICIPATED_IN]-(b:Country)
WHERE coalesce(a.iso2, a.id) < coalesce(b.iso2, b.id)
WITH DISTINCT a, b, o
WITH a, b, o, coalesce(o.year, 0) AS year
ORDER BY year, o.id
WITH a, b, collect({id: o.id, name: o.name, year: year, crime: coalesce(o.crime, '')}) AS ops
MERGE (a)-[c:CO_INVESTIGATED]->(b)
SET c.operations = [op IN ops | op.id],
    c.operation_names = [op IN ops | op.name],
    c.operation_years = [op IN ops | op.year],
    c.operation_crimes = [op IN ops | op.crime],
    c.count = size(ops),
    c.years = COLLECT { UNWIND ops AS op WITH DISTINCT op.year AS y WHERE y > 0 RETURN y ORDER BY y },
    c.crimes = COLLECT { UNWIND ops AS op WITH DISTINCT op.crime AS k WHERE k <> '' RETURN k ORDER BY k }
WITH collect(elementId(c)) AS keep
CALL (keep) {
  MATCH (:Country)-[stale:CO_INVESTIGATED]->(:Country)
  WHERE NOT elementId(stale) IN keep
  DELETE stale
}
RETURN size(keep) AS pairs
