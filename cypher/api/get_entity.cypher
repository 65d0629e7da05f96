// Any entity (not a document) by id, with its label and name.
// @param id: string — id of the node
MATCH (n:Entity {id: $id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name
