// One page of the relationships out of Entity nodes, in (source id, type, target id) order,
// which identifies a relationship (the model keeps one per source, type and target), as ONE
// record: a list of [source, type, target, target kind, properties] rows. The next page starts
// after the last row's key. The source's id index gives the first order, so a page costs its
// rows and the relationships of its first source only.
// @param after_source = null: string — source id of the last row of the previous page; null: the first page
// @param after_type = null: string — type of the last row of the previous page
// @param after_target = null: string — target id of the last row of the previous page
// @param limit: int — relationships per page
MATCH (n:Entity)
WHERE n.id >= coalesce($after_source, '')
MATCH (n)-[r]->(m)
WITH n.id AS source, type(r) AS type, m.id AS target, r, m
WHERE $after_source IS NULL OR source > $after_source
   OR (source = $after_source
       AND (type > $after_type OR (type = $after_type AND target > $after_target)))
WITH source, type, target, r, m
ORDER BY source, type, target
LIMIT $limit
RETURN collect([source, type, target, CASE WHEN m:Entity THEN 'Entity' ELSE 'Document' END,
                properties(r)]) AS rows
