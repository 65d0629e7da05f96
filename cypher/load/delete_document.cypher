// Delete a Document node (its facts must have been forgotten first).
// @param doc_id: string — id of the document
MATCH (d:Document {id: $doc_id})
DETACH DELETE d
RETURN count(*) AS documents
