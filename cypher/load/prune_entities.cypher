// Delete the given entities when no document mentions them any more (with their relationships).
// @param ids: list — list of entity ids to check
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (:Document)-[:MENTIONS]->(e) }
DETACH DELETE e
RETURN count(*) AS entities
