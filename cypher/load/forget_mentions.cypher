// Delete one document's MENTIONS and return the entities it mentioned (candidates to prune).
// @param doc_id: string — id of the document
OPTIONAL MATCH (:Document {id: $doc_id})-[m:MENTIONS]->(e:Entity)
DELETE m
RETURN collect(e.id) AS ids
