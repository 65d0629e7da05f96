// A page of countries by name, with their operation and partner counts; only those that took part
// in operations when `active`, only those whose name or an alias contains `q` when given.
// The counts read the country's degree by type (no walk: PARTICIPATED_IN only reaches operations
// and CO_INVESTIGATED only countries, so the far label needs no check).
// @param active = null: bool — true: only countries with operations; null: all
// @param limit: int — page size
// @param offset: int — rows to skip
// @param q = null: string — words of a name or alias (case-insensitive); null: any
MATCH (c:Country)
WHERE (NOT coalesce($active, false) OR EXISTS { (c)-[:PARTICIPATED_IN]->() })
  AND ($q IS NULL OR toLower(c.name) CONTAINS toLower($q)
       OR any(a IN coalesce(c.aliases, []) WHERE toLower(a) CONTAINS toLower($q)))
WITH c ORDER BY c.name, c.id
WITH collect(c) AS countries
RETURN size(countries) AS total,
       [c IN countries[$offset..$offset + $limit] | c {
         .id, .iso2, .name, aliases: coalesce(c.aliases, []),
         operations: COUNT { (c)-[:PARTICIPATED_IN]->() },
         partners: COUNT { (c)-[:CO_INVESTIGATED]-() }
       }] AS items
