// Correction records in the order they were made, each with its state: `withdrawn` (a later
// withdrawal names it), `dormant` (what it corrects is not in the graph: an entity is missing,
// or no document states the rejected fact any more) or `active`. Withdrawals are listed too.
// @param key = null: string — only the records about this target (a fact, property or pair key)
// @param entity = null: string — only the records naming this entity id
// @param action = null: string — only this action (reject, assert, merge, split, set, withdraw)
// @param after = null: string — only the records with an id after this one (the next page)
// @param limit: int — most records returned
MATCH (c:Correction)
WHERE ($key IS NULL OR c.key = $key)
  AND ($action IS NULL OR c.action = $action)
  AND ($entity IS NULL OR $entity IN [c.source, c.target, c.entity, c.keep, c.other])
  AND ($after IS NULL OR c.id > $after)
WITH c ORDER BY c.id LIMIT $limit
OPTIONAL MATCH (w:Correction {withdraws: c.id})
WITH c, w ORDER BY w.id
WITH c, head(collect(w)) AS w
WITH c, w,
     [id IN [c.source, c.target, c.entity, c.keep] WHERE id IS NOT NULL
        AND NOT EXISTS { MATCH (:Entity {id: id}) }] AS missing
WITH c, w, missing,
     c.action = 'reject' AND c.fact_type IS NOT NULL AND size(missing) = 0 AND NOT EXISTS {
       MATCH (:Document)-[m:MENTIONS]->(:Entity {id: c.source})
       WHERE any(i IN range(0, size(coalesce(m.fact_type, [])) - 1)
                 WHERE m.fact_type[i] = c.fact_type AND m.fact_target[i] = c.target)
     } AS unstated
RETURN properties(c) AS record,
       CASE WHEN c.action IN ['withdraw', 'split'] THEN 'recorded'
            WHEN w IS NOT NULL THEN 'withdrawn'
            WHEN size(missing) > 0 OR unstated THEN 'dormant'
            ELSE 'active' END AS state,
       CASE WHEN w IS NULL THEN null ELSE properties(w) END AS withdrawal
ORDER BY c.id
