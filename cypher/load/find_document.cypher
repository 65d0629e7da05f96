// The stored fingerprint of a document, to tell new, unchanged and changed documents apart.
// @param doc_id: string — id of the document
MATCH (d:Document {id: $doc_id})
RETURN d.sha256 AS sha256
