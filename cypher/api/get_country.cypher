// One country by ISO code, with its operation and partner counts.
// @param iso2: string — ISO alpha-2 code of the country
MATCH (c:Country {iso2: $iso2})
RETURN c {
  .id, .iso2, .name, aliases: coalesce(c.aliases, []),
  operations: COUNT { (c)-[:PARTICIPATED_IN]->(:Operation) },
  partners: COUNT { (c)-[:CO_INVESTIGATED]-(:Country) }
} AS country
ORDER BY c.id
LIMIT 1
