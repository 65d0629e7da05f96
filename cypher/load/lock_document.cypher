// Take the document's write lock first, then read its stored fingerprint: a second writer of
// the same document waits here until the first commits, then sees its sha256 ("unchanged").
// A new document is created empty (the uniqueness constraint serialises two creators);
// `created` tells the loader it was not stored before.
// @param doc_id: string — id of the document
MERGE (d:Document {id: $doc_id})
ON CREATE SET d.ctgraph_created = true
SET d.ctgraph_lock = true
WITH d, coalesce(d.ctgraph_created, false) AS created
REMOVE d.ctgraph_lock, d.ctgraph_created
RETURN CASE WHEN created THEN null ELSE d.sha256 END AS sha256, created
