// The pair rule, the one place CO_INVESTIGATED's properties are derived (the loader's incremental
// update, the refresh of stale pairs, the repair and the bulk load all compose it). Given `c`, a
// pair, and `ops`, its shared operations as maps {id, name, year, crime} (0 and '' when unknown,
// in any order): sets, ordered by year and id, the parallel lists (ids, names, years, crimes),
// their count, years and crimes, the tally per (year, crime) that filters read, and the ids of
// the newest operations (overall, and per tally entry) that the API's pages list; a pair left
// with none is deleted. Leaves one row per pair, with `c` and `ops`.
// @param recent: int — how many newest operations a pair keeps (graph/model.yaml, parameters)
WITH c, COLLECT { UNWIND ops AS op RETURN op ORDER BY op.year, op.id } AS ops
CALL (c, ops) {
  WITH * WHERE size(ops) = 0
  DELETE c
}
CALL (c, ops) {
  WITH * WHERE size(ops) > 0
  WITH c, ops, COLLECT { UNWIND ops AS op
                         WITH op.year AS year, op.crime AS crime, count(*) AS n, collect(op.id) AS ids
                         RETURN {year: year, crime: crime, n: n, recent: reverse(ids)[..$recent]}
                         ORDER BY year, crime } AS tally
  SET c.operations = [op IN ops | op.id],
      c.operation_names = [op IN ops | op.name],
      c.operation_years = [op IN ops | op.year],
      c.operation_crimes = [op IN ops | op.crime],
      c.count = size(ops),
      c.years = COLLECT { UNWIND tally AS t WITH DISTINCT t.year AS y WHERE y > 0 RETURN y ORDER BY y },
      c.crimes = COLLECT { UNWIND tally AS t WITH DISTINCT t.crime AS k WHERE k <> '' RETURN k ORDER BY k },
      c.tally_years = [t IN tally | t.year],
      c.tally_crimes = [t IN tally | t.crime],
      c.tally_counts = [t IN tally | t.n],
      c.tally_recent = reduce(ids = [], t IN tally | ids + t.recent),
      c.recent_operations = reverse([op IN ops | op.id])[..$recent]
}
