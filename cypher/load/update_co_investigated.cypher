// Apply a change of shared operations to CO_INVESTIGATED pairs: per pair, drop the operations in
// `remove`, add those in `add`, and recompute count, years and crimes from the pair's own
// per-operation lists (no walk over the pair's operations), the tally of its operations per
// (year, crime) that filters read, and the ids of the newest operations (overall, and per tally
// entry) that the API's pages list; a pair left with none is deleted.
// The count is written first so that the pair is locked before its lists are read; each list is
// read once into a variable (indexing a property in a loop would read it again each time).
// @param rows: list — list of maps {a, b, remove: [operation ids], add: [{id, name, year, crime}]}; a, b are country ids, a's iso2 the smaller
UNWIND $rows AS row
MATCH (a:Entity {id: row.a})
MATCH (b:Entity {id: row.b})
MERGE (a)-[c:CO_INVESTIGATED]->(b)
SET c.count = coalesce(c.count, 0)
WITH c, row, coalesce(c.operations, []) AS ids, c.operation_names AS names,
     c.operation_years AS years, c.operation_crimes AS crimes, [x IN row.add | x.id] AS added
WITH c, row,
     [i IN range(0, size(ids) - 1) WHERE NOT ids[i] IN row.remove AND NOT ids[i] IN added |
       {id: ids[i], name: names[i], year: years[i], crime: crimes[i]}]
     + row.add AS ops
WITH c, COLLECT { UNWIND ops AS op RETURN op ORDER BY op.year, op.id } AS ops
CALL (c, ops) {
  WITH * WHERE size(ops) = 0
  DELETE c
}
CALL (c, ops) {
  WITH * WHERE size(ops) > 0
  WITH c, ops, COLLECT { UNWIND ops AS op
                         WITH op.year AS year, op.crime AS crime, count(*) AS n, collect(op.id) AS ids
                         RETURN {year: year, crime: crime, n: n, recent: reverse(ids)[..25]}
                         ORDER BY year, crime } AS tally
  SET c.operations = [op IN ops | op.id],
      c.operation_names = [op IN ops | op.name],
      c.operation_years = [op IN ops | op.year],
      c.operation_crimes = [op IN ops | op.crime],
      c.count = size(ops),
      c.years = COLLECT { UNWIND ops AS op WITH DISTINCT op.year AS y WHERE y > 0 RETURN y ORDER BY y },
      c.crimes = COLLECT { UNWIND ops AS op WITH DISTINCT op.crime AS k WHERE k <> '' RETURN k ORDER BY k },
      c.tally_years = [t IN tally | t.year],
      c.tally_crimes = [t IN tally | t.crime],
      c.tally_counts = [t IN tally | t.n],
      c.tally_recent = reduce(ids = [], t IN tally | ids + t.recent),
      c.recent_operations = reverse([op IN ops | op.id])[..25]
}
RETURN count(*) AS pairs
