// Derive one pair's CO_INVESTIGATED from scratch: the operations both countries PARTICIPATED_IN,
// walked from the country with fewer of them, as parallel lists (ids, names, years with 0 for
// unknown, crimes with '' for unknown, ordered by year and id), their count, years and crimes,
// stored from the smaller iso2 to the larger; a pair that shares none is deleted. The loader keeps
// pairs up to date incrementally (update_co_investigated); this pass, run for every pair of
// `list_co_investigated_pairs`, repairs a graph. Idempotent.
// @param a: string — id of the country with the smaller iso2
// @param b: string — id of the other country
MATCH (a:Country {id: $a})
MATCH (b:Country {id: $b})
CALL (a, b) {
  CALL (a, b) {
    WITH * WHERE COUNT { (a)-[:PARTICIPATED_IN]->() } <= COUNT { (b)-[:PARTICIPATED_IN]->() }
    MATCH (a)-[:PARTICIPATED_IN]->(o:Operation)
    WHERE EXISTS { (o)<-[:PARTICIPATED_IN]-(b) }
    RETURN DISTINCT o
    UNION
    WITH * WHERE COUNT { (a)-[:PARTICIPATED_IN]->() } > COUNT { (b)-[:PARTICIPATED_IN]->() }
    MATCH (b)-[:PARTICIPATED_IN]->(o:Operation)
    WHERE EXISTS { (o)<-[:PARTICIPATED_IN]-(a) }
    RETURN DISTINCT o
  }
  WITH o, coalesce(o.year, 0) AS year
  ORDER BY year, o.id
  RETURN collect({id: o.id, name: coalesce(o.name, o.id), year: year, crime: coalesce(o.crime, '')}) AS ops
}
CALL (a, b, ops) {
  WITH * WHERE size(ops) = 0
  OPTIONAL MATCH (a)-[stale:CO_INVESTIGATED]->(b)
  DELETE stale
}
CALL (a, b, ops) {
  WITH * WHERE size(ops) > 0
  MERGE (a)-[c:CO_INVESTIGATED]->(b)
  WITH c, ops, COLLECT { UNWIND ops AS op WITH op.year AS year, op.crime AS crime, count(*) AS n
                         RETURN {year: year, crime: crime, n: n} ORDER BY year, crime } AS tally
  SET c.operations = [op IN ops | op.id],
      c.operation_names = [op IN ops | op.name],
      c.operation_years = [op IN ops | op.year],
      c.operation_crimes = [op IN ops | op.crime],
      c.count = size(ops),
      c.years = COLLECT { UNWIND ops AS op WITH DISTINCT op.year AS y WHERE y > 0 RETURN y ORDER BY y },
      c.crimes = COLLECT { UNWIND ops AS op WITH DISTINCT op.crime AS k WHERE k <> '' RETURN k ORDER BY k },
      c.tally_years = [t IN tally | t.year],
      c.tally_crimes = [t IN tally | t.crime],
      c.tally_counts = [t IN tally | t.n]
}
RETURN size(ops) AS shared
