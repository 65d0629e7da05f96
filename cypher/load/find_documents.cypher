// The stored fingerprints of documents, to tell new, unchanged and changed documents apart.
// @param ids: list — list of document ids
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.sha256 AS sha256
