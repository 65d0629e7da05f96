// get_entity: any entity (not a document) by id, with its label and name. Parameters: $id.
MATCH (n:Entity {id: $id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name
