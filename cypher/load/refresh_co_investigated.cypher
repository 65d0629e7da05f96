// Derive one pair's CO_INVESTIGATED from scratch: the operations both countries PARTICIPATED_IN,
// walked from the country with fewer of them, as parallel lists (ids, names, years with 0 for
// unknown, crimes with '' for unknown, ordered by year and id), their count, years and crimes,
// stored from the smaller iso2 to the larger; a pair that shares none is deleted. The loader keeps
// pairs up to date incrementally (update_co_investigated); this pass, run for every pair of
// `list_co_investigated_pairs`, repairs a graph (and clears a stale mark). Idempotent.
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
  WITH o.id AS id, coalesce(o.name, o.id) AS name, coalesce(o.year, 0) AS year,
       coalesce(o.crime, '') AS crime
  ORDER BY year, id
  RETURN collect(id) AS ids, collect(name) AS names, collect(year) AS years, collect(crime) AS crimes
}
CALL (a, b, ids) {
  WITH * WHERE size(ids) = 0
  OPTIONAL MATCH (a)-[stale:CO_INVESTIGATED]->(b)
  DELETE stale
}
CALL (a, b, ids, names, years, crimes) {
  WITH * WHERE size(ids) > 0
  MERGE (a)-[c:CO_INVESTIGATED]->(b)
  WITH c, ids, names, years, crimes,
       COLLECT { UNWIND range(0, size(ids) - 1) AS i
                 WITH years[i] AS year, crimes[i] AS crime, count(*) AS n
                 RETURN {year: year, crime: crime, n: n} ORDER BY year, crime } AS tally
  SET c.operations = ids,
      c.operation_names = names,
      c.operation_years = years,
      c.operation_crimes = crimes,
      c.count = size(ids),
      c.years = COLLECT { UNWIND tally AS t WITH DISTINCT t.year AS y WHERE y > 0 RETURN y ORDER BY y },
      c.crimes = COLLECT { UNWIND tally AS t WITH DISTINCT t.crime AS k WHERE k <> '' RETURN k ORDER BY k },
      c.tally_years = [t IN tally | t.year],
      c.tally_crimes = [t IN tally | t.crime],
      c.tally_counts = [t IN tally | t.n]
  REMOVE c.ctgraph_stale
}
RETURN size(ids) AS shared
