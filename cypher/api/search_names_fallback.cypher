// Candidate entities whose name or an alias contains one of the search terms (case-insensitive),
// for ranking in Python when the fulltext index is missing.
// @param label = null: string — only entities of this label; null: any
// @param limit: int — page size
// @param terms: list — lower-case search terms
MATCH (n)
WHERE (n:Country OR n:Organisation OR n:Operation OR n:Person OR n:Place OR n:Event)
  AND ($label IS NULL OR $label IN labels(n))
  AND any(t IN $terms WHERE toLower(n.name) CONTAINS t
          OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS t))
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name,
       coalesce(n.aliases, []) AS aliases
LIMIT $limit
