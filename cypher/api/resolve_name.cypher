// The entities a name may mean, as analysts name them (the library's rule): by id, by ISO
// alpha-2 code (countries), by name or by alias, case-insensitively; of one label or any. The
// id and ISO code are looked up in their indexes first; only when neither names anything are
// names and aliases compared (a scan of the label). At most 10 candidates, exact ids first.
// @param label = null: string — Country, Organisation, Operation, Person, Place or Event; null: any entity
// @param name: string — an id, an ISO code, a name or an alias
CALL () {
  MATCH (n:Entity {id: $name})
  WHERE $label IS NULL OR $label IN labels(n)
  RETURN n, 0 AS rank
  UNION
  MATCH (n:Country {iso2: toUpper($name)})
  WHERE $label IS NULL OR $label = 'Country'
  RETURN n, 1 AS rank
}
WITH collect(n {.id, .name, .iso2, label: [l IN labels(n) WHERE l <> 'Entity'][0], rank: rank}) AS exact
CALL (exact) {
  UNWIND CASE WHEN size(exact) = 0 THEN [true] ELSE [] END AS by_name
  MATCH (n:Entity)
  WHERE ($label IS NULL OR $label IN labels(n))
    AND (toLower(n.name) = toLower($name)
         OR toLower($name) IN [a IN coalesce(n.aliases, []) | toLower(a)])
  RETURN collect(n {.id, .name, .iso2, label: [l IN labels(n) WHERE l <> 'Entity'][0], rank: 2}) AS named
}
UNWIND exact + named AS candidate
RETURN DISTINCT candidate.id AS id, candidate.label AS label, candidate.name AS name,
       candidate.iso2 AS iso2, candidate.rank AS rank
ORDER BY rank, id
LIMIT 10
