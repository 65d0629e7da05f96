// Candidate entities whose name or an alias contains one of the search terms (case-insensitive),
// for ranking in Python when the fulltext index is missing. Every entity node carries `Entity`
// (graph/model.yaml), so every entity label is searched, whichever the model declares.
// @param label = null: string — only entities of this label; null: any
// @param limit: int — page size
// @param terms: list — lower-case search terms
MATCH (n:Entity)
WHERE ($label IS NULL OR $label IN labels(n))
  AND any(t IN $terms WHERE toLower(n.name) CONTAINS t
          OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS t))
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name,
       coalesce(n.aliases, []) AS aliases
LIMIT $limit
