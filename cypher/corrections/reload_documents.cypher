// Make the next load of these documents a full one (their fingerprint cleared): a split merge
// gets its absorbed entity back from the documents that named it.
// @param ids: list — document ids
UNWIND $ids AS id
MATCH (d:Document {id: id})
SET d.sha256 = 'reload'
RETURN count(d) AS documents
