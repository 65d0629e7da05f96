// The outgoing relationships of one page of Document nodes, in id order, one row per node (with
// none when it has none, so that the page's last id is known).
// @param after = null: string — the last id of the previous page; null: the first page
// @param limit: int — nodes per page
MATCH (n:Document)
WHERE n.id > coalesce($after, '')
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id,
       COLLECT {
         MATCH (n)-[r]->(m)
         RETURN {type: type(r), target: m.id, target_kind: CASE WHEN m:Entity THEN 'Entity' ELSE 'Document' END,
                 properties: properties(r)}
       } AS relationships
