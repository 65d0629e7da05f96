// Note on corrections written in Neo4j Browser that the CO_INVESTIGATED pairs of their operations
// have been recomputed (`paired`), so that it is done once.
// @param ids: list — correction ids
UNWIND $ids AS id
MATCH (c:Correction {id: id})
SET c.paired = true
RETURN count(c) AS marked
