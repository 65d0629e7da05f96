// Derive one country's CO_INVESTIGATED pairs from scratch, from the countries that PARTICIPATED_IN
// the same operations: one relationship per pair, from the smaller iso2 to the larger, with the
// shared operations as parallel lists (ids, names, years with 0 for unknown, crimes with '' for
// unknown, ordered by year and id), their count, years and crimes; the country's stale pairs are
// deleted. The loader keeps pairs up to date incrementally (update_co_investigated); this pass,
// run for every country, repairs a graph. Idempotent.
// @param country: string — id of the country (its pairs to countries of a larger iso2)
MATCH (a:Country {id: $country})
CALL (a) {
  OPTIONAL MATCH (a)-[:PARTICIPATED_IN]->(o:Operation)<-[:PARTICIPATED_IN]-(b:Country)
  WHERE coalesce(a.iso2, a.id) < coalesce(b.iso2, b.id)
  WITH DISTINCT b, o
  WITH b, o, coalesce(o.year, 0) AS year
  ORDER BY year, o.id
  WITH b, collect({id: o.id, name: coalesce(o.name, o.id), year: year, crime: coalesce(o.crime, '')}) AS ops
  CALL (a, b, ops) {
    WITH * WHERE b IS NOT NULL
    MERGE (a)-[c:CO_INVESTIGATED]->(b)
    SET c.operations = [op IN ops | op.id],
        c.operation_names = [op IN ops | op.name],
        c.operation_years = [op IN ops | op.year],
        c.operation_crimes = [op IN ops | op.crime],
        c.count = size(ops),
        c.years = COLLECT { UNWIND ops AS op WITH DISTINCT op.year AS y WHERE y > 0 RETURN y ORDER BY y },
        c.crimes = COLLECT { UNWIND ops AS op WITH DISTINCT op.crime AS k WHERE k <> '' RETURN k ORDER BY k }
    RETURN elementId(c) AS kept
  }
  RETURN collect(kept) AS keep
}
CALL (a, keep) {
  MATCH (a)-[stale:CO_INVESTIGATED]->()
  WHERE NOT elementId(stale) IN keep
  DELETE stale
}
RETURN size(keep) AS pairs
