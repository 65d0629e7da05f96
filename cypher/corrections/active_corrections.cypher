// The corrections in force (not withdrawn), oldest first, optionally only those naming one of
// the given entities: what the loader applies after writing a batch.
// @param ids = null: list — entity ids; null: every correction in force
MATCH (c:Correction)
WHERE NOT c.action IN ['withdraw', 'split']
  AND ($ids IS NULL OR any(id IN [c.source, c.target, c.entity, c.keep, c.other] WHERE id IN $ids))
  AND NOT EXISTS { MATCH (:Correction {withdraws: c.id}) }
RETURN properties(c) AS record
ORDER BY c.at, c.id
