// Take the write lock of stale CO_INVESTIGATED pairs before reading their operations, by
// removing their mark: a batch that changes one of them later marks it again (and its run
// refreshes it), so no change is missed. Returns the pairs still marked (another run may have
// refreshed one already), grouped by their first country for refresh_pairs.
// @param rows: list — list of maps {a, b}: country ids, a's iso2 the smaller
UNWIND $rows AS row
MATCH (a:Entity {id: row.a})
MATCH (b:Entity {id: row.b})
MATCH (a)-[c:CO_INVESTIGATED]->(b)
WHERE c.ctgraph_stale
REMOVE c.ctgraph_stale
WITH a.id AS a, collect(b.id) AS bs
RETURN a, bs
ORDER BY a
