// One country by ISO code, with its operation and partner counts.
// The counts read the country's degree by type (no walk: PARTICIPATED_IN only reaches operations
// and CO_INVESTIGATED only countries, so the far label needs no check).
// @param iso2: string — ISO alpha-2 code of the country
MATCH (c:Country {iso2: $iso2})
RETURN c {
  .id, .iso2, .name, aliases: coalesce(c.aliases, []),
  operations: COUNT { (c)-[:PARTICIPATED_IN]->() },
  partners: COUNT { (c)-[:CO_INVESTIGATED]-() }
} AS country
ORDER BY c.id
LIMIT 1
