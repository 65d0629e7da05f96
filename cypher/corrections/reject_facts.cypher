// Take rejected facts out of the graph: each extracted relationship (source, type, target) is
// deleted and its properties returned, to be kept on its correction as the snapshot (its
// evidence stays on the documents' MENTIONS, so the fact stays inspectable and can come back).
// @param rows: list — list of maps {id, type, source, target}: the correction id and the fact
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})-[r]->(t:Entity {id: row.target})
WHERE type(r) = row.type
WITH row, r, properties(r) AS props
DELETE r
RETURN row.id AS id, props
