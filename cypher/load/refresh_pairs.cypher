// Derive CO_INVESTIGATED pairs from scratch, a country at a time: its operations are walked once
// for all its pairs in `bs` (not once per pair), each operation's countries read as the pair rule
// reads them (cypher/fragments/operation_countries), and each pair's properties set by the pair
// rule (cypher/fragments/set_pair_properties); a pair that shares none is deleted, a missing one
// created, a stale mark cleared. What refreshes the pairs an ingest run marked stale, repairs a
// graph (every pair of `list_co_investigated_pairs`) and completes a bulk load. Idempotent.
// @param rows: list — list of maps {a, bs}: a country id and the ids of its pairs' other countries (iso2 larger)
UNWIND $rows AS row
MATCH (a:Entity {id: row.a})
CALL (a, row) {
  MATCH (a)-[:PARTICIPATED_IN]->(o:Operation)
  WITH DISTINCT a, row, o
  // @fragment operation_countries
  WITH a, row, o, countries WHERE a IN countries
  UNWIND countries AS country
  WITH row, o, country.id AS b WHERE b IN row.bs
  WITH b, collect({id: o.id, name: coalesce(o.name, o.id), year: coalesce(o.year, 0),
                   crime: coalesce(o.crime, '')}) AS ops
  RETURN collect({b: b, ops: ops}) AS shared
}
UNWIND row.bs AS other
MATCH (b:Entity {id: other})
MERGE (a)-[c:CO_INVESTIGATED]->(b)
REMOVE c.ctgraph_stale
WITH c, coalesce([s IN shared WHERE s.b = other][0].ops, []) AS ops
// @fragment set_pair_properties
RETURN count(*) AS pairs
