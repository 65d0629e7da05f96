// Create or update Document nodes with their metadata and the time they were loaded, in one batch.
// @param rows: list — list of maps {id, props}; props: source, title, sha256, language (and date when known)
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d += row.props, d.loaded_at = datetime()
RETURN count(d) AS documents
