// Recompute claimed CO_INVESTIGATED pairs from scratch, a country at a time: its operations are
// walked once for all its pairs that need it (not once per pair); per pair the shared operations
// as parallel lists (ids, names, years with 0 for unknown, crimes with '' for unknown, ordered by
// year and id), their count, years, crimes and the tally per (year, crime), as
// refresh_co_investigated and update_co_investigated write them; a pair left with none is deleted.
// @param rows: list — list of maps {a, bs}: a country id and the ids of its pairs' other countries (iso2 larger)
UNWIND $rows AS row
MATCH (a:Entity {id: row.a})
CALL (a, row) {
  MATCH (a)-[:PARTICIPATED_IN]->(o:Operation)<-[:PARTICIPATED_IN]-(b:Country)
  WHERE b.id IN row.bs
  WITH DISTINCT b.id AS b, o
  WITH b, {id: o.id, name: coalesce(o.name, o.id), year: coalesce(o.year, 0),
           crime: coalesce(o.crime, '')} AS op
  ORDER BY op.year, op.id
  WITH b, collect(op) AS ops
  RETURN collect({b: b, ops: ops}) AS shared
}
UNWIND row.bs AS other
MATCH (b:Entity {id: other})
MATCH (a)-[c:CO_INVESTIGATED]->(b)
WITH c, coalesce([s IN shared WHERE s.b = other][0].ops, []) AS ops
CALL (c, ops) {
  WITH * WHERE size(ops) = 0
  DELETE c
}
CALL (c, ops) {
  WITH * WHERE size(ops) > 0
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
RETURN count(*) AS pairs
