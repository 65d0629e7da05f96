// Create or update a Document node with its metadata and the time it was loaded.
// @param doc_id: string — id of the document
// @param props: map — map of source, title, sha256, language (and date when known)
MERGE (d:Document {id: $doc_id})
SET d += $props, d.loaded_at = datetime()
