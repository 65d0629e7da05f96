// The CO_INVESTIGATED pairs marked stale by batches of an ingest run (this one, or one that was
// stopped before its end), in order: what refresh_pairs recomputes.
// (no parameters)
MATCH (a:Country)-[c:CO_INVESTIGATED]->(b:Country)
WHERE c.ctgraph_stale
RETURN a.id AS a, b.id AS b
ORDER BY a, b
