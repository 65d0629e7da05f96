// Append correction records (a correction, or the withdrawal of one) to the log; a record whose
// id is stored already is left as it is (an import of the same file twice adds nothing).
// @param rows: list — list of maps, each a correction record's properties (graph/model.yaml, Correction)
UNWIND $rows AS row
MERGE (c:Correction {id: row.id})
ON CREATE SET c += row, c.ctgraph_created = true
WITH c, coalesce(c.ctgraph_created, false) AS created
REMOVE c.ctgraph_created
RETURN collect(CASE WHEN created THEN c.id END) AS created
