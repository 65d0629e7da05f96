// Merging an entity into another, first step: the facts the documents state about the absorbed
// entity now name the kept one (the `fact_target` lists of the MENTIONS of every document that
// mentions it), so that forgetting a document later finds the merged relationships.
// @param rows: list — list of maps {keep, other}: the kept entity's id and the absorbed one's
UNWIND $rows AS row
MATCH (:Entity {id: row.other})<-[:MENTIONS]-(d:Document)
WITH DISTINCT d, row
MATCH (d)-[m:MENTIONS]->()
WHERE row.other IN coalesce(m.fact_target, [])
SET m.fact_target = [x IN m.fact_target | CASE WHEN x = row.other THEN row.keep ELSE x END]
RETURN count(m) AS rewritten
