// Take the write lock of every document of a batch first (in id order, so that two batches never
// wait for each other in a cycle), then read each stored fingerprint: a second writer of the
// same document waits here until the first commits, then sees its sha256 ("unchanged"). A new
// document is created empty (the uniqueness constraint serialises two creators); `created` tells
// the loader it was not stored before.
// @param ids: list — ids of the documents, sorted
UNWIND $ids AS id
MERGE (d:Document {id: id})
ON CREATE SET d.ctgraph_created = true
SET d.ctgraph_lock = true
WITH d, id, coalesce(d.ctgraph_created, false) AS created
REMOVE d.ctgraph_lock, d.ctgraph_created
RETURN id, CASE WHEN created THEN null ELSE d.sha256 END AS sha256, created
