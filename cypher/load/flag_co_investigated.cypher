// Mark existing CO_INVESTIGATED pairs whose shared operations a batch changed as stale (the
// transient `ctgraph_stale`), instead of rewriting their operation lists in every batch: the
// ingest run recomputes each of them once, at its end (refresh_pairs). Returns the pairs
// found; the others do not exist yet, and the batch creates them whole (update_co_investigated).
// @param rows: list — list of maps {a, b}: country ids, a's iso2 the smaller
UNWIND $rows AS row
MATCH (a:Entity {id: row.a})
MATCH (b:Entity {id: row.b})
MATCH (a)-[c:CO_INVESTIGATED]->(b)
SET c.ctgraph_stale = true
RETURN a.id AS a, b.id AS b
